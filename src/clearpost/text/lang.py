"""Language guess for screening: Chinese or English, from the share of CJK characters."""

from __future__ import annotations

import re

from clearpost.text.chinese import CJK_CLASS

_CJK_OR_KANA = re.compile(f"[{CJK_CLASS}\u3040-\u30ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")

# One ideograph carries about as much as a short English word (~4 letters), so a post is
# Chinese when its ideographs outweigh a quarter of its Latin letters: "我今天去Starbucks"
# is Chinese, an English post quoting "傻逼" once is not.
_LETTERS_PER_IDEOGRAPH = 4


def detect_lang(text: str) -> str:
    """Return "zh" when Chinese characters dominate `text`, else "en"."""
    if text.isascii():
        return "en"
    ideographs = len(_CJK_OR_KANA.findall(text))
    if not ideographs:
        return "en"
    letters = len(_LATIN_LETTER.findall(text))
    return "zh" if ideographs * _LETTERS_PER_IDEOGRAPH >= letters else "en"
