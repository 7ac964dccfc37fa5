"""Chinese helpers (Traditional to Simplified, pinyin view) and language detection."""

from __future__ import annotations

import pytest

from clearpost.text.chinese import (
    latin_pinyin,
    pinyin_key,
    pinyin_syllables,
    pinyin_view,
    t2s_char,
    token_index,
)
from clearpost.text.lang import detect_lang


def test_t2s_is_per_character() -> None:
    assert "".join(t2s_char(char) for char in "這個說話") == "这个说话"
    assert t2s_char("a") == "a"


def test_pinyin_view_has_one_token_per_character() -> None:
    view = pinyin_view("你是煞笔a")
    assert view == " ni shi sha bi #"
    position = view.index(" sha bi")
    assert token_index(view, position) == 2


def test_pinyin_keys() -> None:
    assert pinyin_key("傻逼") == pinyin_key("煞笔") == " sha bi"
    assert pinyin_key("傻b") is None
    assert latin_pinyin("傻逼") == ("shabi", "sha bi")


def test_pinyin_syllables() -> None:
    syllables = pinyin_syllables()
    assert {"ni", "sha", "zhuang", "lv", "can"} <= syllables
    assert not {"the", "walk", "a", "m"} & syllables


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hello world", "en"),
        ("今天天气很好", "zh"),
        ("我今天去了Starbucks喝coffee", "zh"),
        ("The Chinese word 你好 means hello, and people say it every day", "en"),
        ("café au lait", "en"),
        ("", "en"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
