"""Obfuscation generators: deterministic, aimed at the words that carry the signal; variants
of flagged items are still flagged (lexicon and policy only: fast, and independent of the
shipped models, whose scores move when they are retrained)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
import typer
from typer.testing import CliRunner

from clearpost.detectors.lexicon import LexiconDetector
from clearpost.runtime import build_policy
from clearpost.screening.pipeline import Screener
from clearpost.settings import get_settings
from clearpost.text.chinese import pinyin_key
from clearpost.training.obfuscation import (
    TECHNIQUES,
    Obfuscator,
    TextScreen,
    flagged_originals,
    homophones_from_lexicon,
    obfuscate,
    obfuscation_command,
)

EN = "You are a worthless idiot, go kill yourself"
ZH = "你就是个傻逼，刷单返利日赚千元，加vx"


def spans(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(word), text.index(word) + len(word)) for word in words]


EN_TARGETS = spans(EN, "idiot", "kill yourself")
ZH_TARGETS = spans(ZH, "傻逼", "刷单返利", "加vx")


@pytest.fixture(scope="module")
def lexicon() -> LexiconDetector:
    return LexiconDetector()


@pytest.fixture(scope="module")
def obfuscator(lexicon: LexiconDetector) -> Obfuscator:
    return Obfuscator(seed=7, homophones=homophones_from_lexicon(lexicon.lexicon.entries))


def sample(technique: str) -> tuple[str, list[tuple[int, int]]]:
    return (EN, EN_TARGETS) if "en" in TECHNIQUES[technique].langs else (ZH, ZH_TARGETS)


@pytest.mark.parametrize("technique", list(TECHNIQUES))
def test_generators_are_deterministic(obfuscator: Obfuscator, technique: str) -> None:
    text, targets = sample(technique)
    first = obfuscator.variant(text, technique, targets)
    again = Obfuscator(seed=7, homophones=obfuscator.homophones).variant(text, technique, targets)
    assert first is not None
    assert first == again
    assert first != text


def test_the_seed_changes_the_variants() -> None:
    one = [obfuscate(EN, t, EN_TARGETS, seed=1) for t in ("leet", "spacing", "homoglyph")]
    two = [obfuscate(EN, t, EN_TARGETS, seed=2) for t in ("leet", "spacing", "homoglyph")]
    assert one != two


@pytest.mark.parametrize(
    ("technique", "looks_like"),
    [
        ("leet", r"[0-9@$!]"),
        ("spacing", r"[a-z][ .\-_*|]+[a-z]"),
        ("homoglyph", r"[^\x00-\x7f]"),
        ("zero_width", "[\u200b\u200c\u200d\u2060\ufeff\u00ad]"),
        ("repeat", r"([a-z])\1\1"),
        ("mixed_case", r"[a-z][A-Z]|[A-Z]{2}"),
        ("upside_down", "[ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ]"),
        ("emoji", "[\U0001f100-\U0001f1ff\u2139\u24c2\u2b55\u274c\u2716\U0001f4b2]"),
        ("traditional", "[個單賺]"),
        ("fullwidth", "ｖｘ"),
        ("pinyin", "sha ?bi"),
    ],
)
def test_each_technique_rewrites_the_targets(
    obfuscator: Obfuscator, technique: str, looks_like: str
) -> None:
    text, targets = sample(technique)
    variant = Obfuscator(seed=7, rate=0.0).variant(text, technique, targets)
    assert variant is not None
    assert re.search(looks_like, variant), variant
    # Only the targets: the words around them are left as they were (rate 0).
    if not TECHNIQUES[technique].whole_text:
        assert variant.startswith(text[: targets[0][0]]) or technique == "upside_down"


def test_homophones_only_where_the_lexicon_knows_them(obfuscator: Obfuscator) -> None:
    variant = obfuscator.variant(ZH, "homophone", ZH_TARGETS)
    assert variant is not None and "傻逼" not in variant
    start = ZH.index("傻逼")
    assert pinyin_key(variant[start : start + 2]) == pinyin_key("傻逼")
    assert "刷单返利" in variant  # not reviewed for homophones (no `pinyin: true`)
    assert obfuscator.variant("刷单返利", "homophone", [(0, 4)]) is None


def test_no_target_and_no_rate_leaves_nothing_to_test() -> None:
    quiet = Obfuscator(rate=0.0)
    assert all(quiet.variant(EN, technique) is None for technique in TECHNIQUES)
    assert quiet.variant(EN, "pinyin", EN_TARGETS) is None  # no Chinese to romanise


FLAGGED = {
    "en": [
        "You are a worthless idiot, go kill yourself",
        "Shut the fuck up, you dumb bitch",
        "I will kill you and burn your house down",
        "Send nudes or I leak your address",
    ],
    "zh": [
        "你就是个傻逼，去死吧",
        "兼职刷单返利，日赚千元",
        "我不想活了，想自杀",
        "你个sb，去死吧",
    ],
}


@pytest.mark.parametrize("technique", list(TECHNIQUES))
def test_variants_of_flagged_items_stay_flagged(
    lexicon: LexiconDetector, obfuscator: Obfuscator, technique: str
) -> None:
    policy = build_policy()
    screen = TextScreen(Screener([lexicon], lambda: policy))
    texts = [t for lang in TECHNIQUES[technique].langs for t in FLAGGED[lang]]
    count, originals = flagged_originals(screen, texts)
    assert count == len(texts)
    pairs = [(o, v) for o in originals if (v := obfuscator.variant(o.text, technique, o.targets))]
    assert pairs
    for (original, variant), result in zip(pairs, screen([v for _, v in pairs]), strict=True):
        assert result.outcome is not None
        assert result.outcome.action != "allow", (original.text, variant)


@pytest.fixture
def text_detectors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The text pipeline without the hash-list detector (no database here to warn about)."""
    monkeypatch.setenv("CLEARPOST_DETECTORS", "lexicon,classifier")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("text_detectors")
def test_command_reports_catch_rates_per_data_set_and_technique() -> None:
    app = typer.Typer()
    app.command("eval-obfuscation")(obfuscation_command)
    app.command("unused")(lambda: None)  # two commands: "eval-obfuscation" stays a name
    runner = CliRunner()
    args = ["eval-obfuscation", "--dataset", "violence_en", "--limit", "3", "--json"]
    result = runner.invoke(app, [*args, "--technique", "leet", "--technique", "pinyin"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    [row] = report["datasets"]
    assert row["dataset"] == "violence_en" and row["originals"] <= 3
    assert set(row["techniques"]) == {"leet"}  # pinyin is for Chinese sets
    assert row["techniques"]["leet"]["n"] <= 3
    assert set(report["overall"]["zh"]) == {"pinyin"}

    bad = runner.invoke(app, ["eval-obfuscation", "--technique", "rot13"])
    assert bad.exit_code == 2 and "rot13" in bad.stderr
