"""Latin pinyin back to characters for the Chinese classifiers (`text.pinyin_decode`)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from clearpost.text.normalize import model_view
from clearpost.text.pinyin_decode import (
    PinyinTable,
    decode_pinyin,
    decode_syllables,
    load_table,
    shipped_table,
    split_syllables,
    table_path,
)
from clearpost.training.cli import register
from clearpost.training.pinyin_table import build, english_words

TABLE = PinyinTable(
    singles={"sha": ("杀", 9), "bi": ("比", 9), "ni": ("你", 20), "ma": ("吗", 5)},
    pairs={"sha bi": ("傻逼", 4), "ni ma": ("你妈", 3)},
    english=frozenset({"nima"}),
)


def test_split_syllables_prefers_the_fewest() -> None:
    assert split_syllables("shabi") == ["sha", "bi"]
    assert split_syllables("xian") == ["xian"]
    assert split_syllables("zhuangbi") == ["zhuang", "bi"]
    assert split_syllables("wechat") is None
    assert split_syllables("ok") is None


def test_pairs_first_then_single_readings() -> None:
    assert decode_syllables(["sha", "bi"], TABLE) == "傻逼"
    assert decode_syllables(["ni", "sha", "bi"], TABLE) == "你傻逼"
    # More than a third left to single readings: not read as Chinese.
    assert decode_syllables(["ni", "sha"], TABLE) is None
    assert decode_syllables(["sha", "bi", "zhuang"], TABLE) is None  # no character known


def test_decodes_pinyin_inside_chinese_posts_only() -> None:
    assert decode_pinyin("这人就是个 sha bi", TABLE) == "这人就是个傻逼"
    assert decode_pinyin("这人就是个shabi吧", TABLE) == "这人就是个傻逼吧"
    assert decode_pinyin("你是 sha bi ok", TABLE) == "你是傻逼 ok"
    assert decode_pinyin("sha bi", TABLE) == "sha bi"  # no Chinese: an English post
    assert decode_pinyin("今天 sha 了", TABLE) == "今天 sha 了"  # one syllable is too little


def test_ids_links_and_english_words_stay() -> None:
    for text in (
        "加微信 wxid_shabi123 领",
        "链接 http://shabi.example.com 领",
        "邮箱 shabi@example.com 领",
        "编号 shabi-2 领",
        "你 nima 呢",  # an English word of the table (here: made up) is left
    ):
        assert decode_pinyin(text, TABLE) == text


def test_build_keeps_the_most_frequent_characters() -> None:
    table = build(
        ["你是傻逼", "傻逼一个", "沙比", "杀人", "杀了", "杀手"] * 2,
        ["make sense", "make it", "make", "line"] * 2,
    )
    assert table.pairs["sha bi"][0] == "傻逼"
    assert table.singles["sha"][0] == "杀"
    assert "make" in table.english and "line" not in table.english  # seen 3+ times
    assert english_words(["sense sense sense"]) == frozenset({"sense"})


def test_shipped_table_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "table.json.gz"
    path.write_bytes(gzip.compress(json.dumps(TABLE.as_json()).encode()))
    assert load_table(path) == TABLE
    assert table_path().is_file()
    shipped = shipped_table()
    assert shipped.pairs["sha bi"][0] == "傻逼"
    assert "make" in shipped.english
    assert decode_pinyin(model_view("你去 si ba")) == "你去死吧"
    assert decode_pinyin(model_view("所以你的说法make sense?")) == "所以你的说法make sense?"


@pytest.mark.parametrize(
    ("pinyin", "chinese"),
    [("这人就是个 sha bi", "这人就是个傻逼"), ("wo yao sha le ni,你等着", "我要杀了你,你等着")],
)
def test_chinese_models_read_pinyin_as_characters(pinyin: str, chinese: str) -> None:
    from clearpost.detectors.base import Prepared
    from clearpost.detectors.classifier import ClassifierDetector
    from clearpost.text.normalize import normalize

    detector = ClassifierDetector()
    assert all(m.spec.decode_pinyin for m in detector.models if m.lang == "zh")
    batch = [
        Prepared(item_id=str(i), fields={"body": normalize(t)}, lang="zh")
        for i, t in enumerate((pinyin, chinese))
    ]
    as_pinyin, as_chinese = detector.detect(batch)
    assert [s.score for s in as_pinyin] == pytest.approx([s.score for s in as_chinese])


def test_train_pinyin_reports_missing_data(tmp_path: Path) -> None:
    app = typer.Typer()  # the training commands alone: the main app configures logging
    register(app)
    result = CliRunner().invoke(
        app, ["train-pinyin", "--out", str(tmp_path / "t"), "--data-dir", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "data set not found" in result.output
    assert not (tmp_path / "t").exists()
