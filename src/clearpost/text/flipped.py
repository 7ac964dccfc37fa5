"""Upside-down text ("ʞɔnɟ ǝɥʇ ʇɐɥʍ"): letters turned back and the order restored.

Flip generators turn each letter (a -> ɐ, e -> ǝ, k -> ʞ...) and reverse the whole string.
A run of words with at least one turned letter is read back to front; letters that turn
into other Latin letters (b/q, d/p, n/u) are swapped back there, and only there. Words
without a turned letter ("pun", "bob") are never touched, so ordinary text stays as it is
(IPA and African-alphabet letters such as ɔ and ɛ are the price, as for confusables).
"""

from __future__ import annotations

import re

# Turned letters (lower case: the canonical view has case-folded them already).
_TURNED = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ⅎ": "f", "ƃ": "g", "ᵷ": "g", "⅁": "g", "ɥ": "h",
    "ᴉ": "i", "ɾ": "j", "ʞ": "k", "ꞁ": "l", "˥": "l", "⅂": "l", "ɯ": "m", "ɹ": "r", "ʇ": "t",
    "ʌ": "v", "ʍ": "w", "ʎ": "y", "⅄": "y",
}  # fmt: skip
# Latin letters that are another letter turned around.
_SWAPPED = {"b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n"}
_TABLE = str.maketrans({**_TURNED, **_SWAPPED})

_ANY = "".join(_TURNED)
_WORD = f"[a-z']*[{_ANY}][a-z'{_ANY}]*"
# Between flipped words, only words that look the same turned ("ʇou op ʇ,uop": "op" is
# "do"); "name" between two flipped words was written the right way up.
_SAME = "bdlnopqsuxz'"
FLIPPED_RE = re.compile(f"{_WORD}(?:(?: [{_SAME}]+)* {_WORD})*")
FLIPPED_ANY = re.compile(f"[{_ANY}]")


def unflip_text(match: re.Match[str]) -> str:
    """The run read the right way up."""
    return match.group()[::-1].translate(_TABLE)


def unflip(match: re.Match[str]) -> tuple[str, list[tuple[int, int]]]:
    """Replacement for `_rewrite`: every character maps to the whole flipped run."""
    text = unflip_text(match)
    return text, [(0, len(match.group()))] * len(text)
