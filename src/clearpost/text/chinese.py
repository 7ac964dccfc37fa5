"""Chinese helpers: the CJK character class, Traditional to Simplified, pinyin keys.

Conversions are per character and cached, which keeps every view 1:1 with its source
(exact offsets) and makes them cost one `str.translate` call after warm-up. Phrase-level
OpenCC or pypinyin segmentation would be more accurate for ambiguous characters, but is
100x slower and would make a term and the text around it convert differently.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import opencc
from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

# Unified ideographs, extension A, compatibility ideographs and the supplementary planes.
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{CJK_CLASS}]")

_T2S = opencc.OpenCC("t2s")

# What a non-Chinese character becomes in the pinyin view: a token no key contains, so
# pinyin keys never match across Latin text, digits or punctuation.
PINYIN_GAP = " #"


def is_cjk(char: str) -> bool:
    """True for one CJK ideograph."""
    return CJK_RE.match(char) is not None


def t2s_char(char: str) -> str:
    """Simplified form of one character (itself when it is not Traditional Chinese)."""
    if not is_cjk(char):
        return char
    converted = _T2S.convert(char)
    return converted if len(converted) == 1 else char


def syllable(char: str) -> str | None:
    """Toneless pinyin of one ideograph (its most common reading), None if not Chinese."""
    if not is_cjk(char):
        return None
    reading = lazy_pinyin(char, style=Style.NORMAL)[0]
    return reading if reading.isascii() and reading.isalpha() else None


class _PinyinTable(dict[int, str]):
    """`str.translate` table: each character becomes exactly one " token" of the view."""

    __slots__ = ()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if is_cjk(char):
            reading = syllable(char)
            token = " " + (reading if reading else char)
        else:
            token = PINYIN_GAP
        self[code] = token
        return token


_PINYIN = _PinyinTable()


def pinyin_view(text: str) -> str:
    """Pinyin key view: one " syllable" token per character of `text`.

    Token `k` (the k-th space-led token) came from `text[k]`, so a match in this view maps
    back to the source by counting spaces; see `token_index`.
    """
    return text.translate(_PINYIN)


def token_index(view: str, position: int) -> int:
    """Index in the source text of the token that starts at `position` in a pinyin view."""
    return view.count(" ", 0, position)


def pinyin_key(term: str) -> str | None:
    """The pinyin-view key of an all-Chinese term, or None when it has a non-Chinese char."""
    readings = [syllable(char) for char in term]
    if not readings or any(reading is None for reading in readings):
        return None
    return "".join(" " + str(reading) for reading in readings)


def latin_pinyin(term: str) -> tuple[str, str] | None:
    """The joined ("shabi") and spaced ("sha bi") Latin spellings of an all-Chinese term."""
    key = pinyin_key(term)
    if key is None:
        return None
    parts = key.split()
    return "".join(parts), " ".join(parts)


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable of two or more letters ("ni", "sha", "zhuang")."""
    found = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            # Tone marks go, the diaeresis stays: "lǚ" -> "lü" -> "lv", as in `syllable`.
            bare = unicodedata.normalize("NFD", reading)
            kept = "".join(c for c in bare if c == "\u0308" or not unicodedata.combining(c))
            found.add(unicodedata.normalize("NFC", kept).replace("ü", "v"))
    return frozenset(s for s in found if len(s) >= 2 and s.isascii() and s.isalpha())
