"""Canonical text views with a map back to original offsets.

First version: NFKC, case folding and removal of invisible characters. The lexicon work
extends this module (homoglyphs, leetspeak, Traditional to Simplified, pinyin keys).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """`canon[i]` came from `original[offsets[i]:offsets[i + 1]]` (roughly; see to_original)."""

    original: str
    canon: str
    offsets: tuple[int, ...]  # len(canon) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a canon span [start, end) to the original span that produced it."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self._end_of(end - 1)

    def _end_of(self, index: int) -> int:
        begin = self.offsets[index]
        nxt = index + 1
        while nxt < len(self.canon) and self.offsets[nxt] == begin:
            nxt += 1
        return self.offsets[nxt]


def normalize(text: str) -> NormalizedText:
    """Return the canonical view of `text` with its offset map."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE or unicodedata.category(char) == "Cf":
            continue
        folded = unicodedata.normalize("NFKC", char).casefold()
        for piece in folded:
            out.append(piece)
            offsets.append(index)
    offsets.append(len(text))
    return NormalizedText(original=text, canon="".join(out), offsets=tuple(offsets))


def model_view(text: str) -> str:
    """The string classifiers are trained on and read at screening time."""
    return normalize(text).canon
