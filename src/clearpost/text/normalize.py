"""Canonical text views with a map back to original offsets.

`normalize(text)` builds, once per field:

- `canon`: NFKC, case folding, invisible characters removed, confusable letters folded to
  Latin, Traditional Chinese to Simplified (per character), whitespace collapsed and
  trimmed, upside-down runs turned back ("ʞɔnɟ" -> "fuck", each character mapped to the
  whole run). `canon[i]` came from `original[offsets[i]:ends[i]]`.
- `skeleton` (a `View`): canon with Latin accents and combining marks removed, spaced-out
  letters joined ("f.u.c.k", "傻 逼", "傻丨逼"), leetspeak and emoji letters folded
  ("sh!t", "s3x", "wh0r3", "💲hit") and runs of one letter squeezed ("fuuuck" -> "fuck",
  run lengths kept). The lexicon matches here.
- `model`: what classifiers read, see `model_view`.

Speed matters (every post goes through here): each step is one `str.translate` or one
compiled regex, and per-character Python loops only run on the rare texts that contain
characters which fold to nothing or to several characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from clearpost.text.chinese import CJK_CLASS, CJK_RE
from clearpost.text.confusables import FOLD, SKELETON_FOLD
from clearpost.text.flipped import FLIPPED_ANY, FLIPPED_RE, unflip, unflip_text
from clearpost.text.leet import (
    SPACED_CJK_RE,
    SPACED_LATIN_RE,
    SQUEEZE_RE,
    collapse_cjk,
    collapse_latin,
    collapse_latin_text,
    fold_leet,
)

_SPACES = re.compile(r"^ +| +$| {2,}")
_SQUEEZE_MODEL_RE = re.compile(f"([a-z{CJK_CLASS}])\\1{{2,}}")
_Offsets = Sequence[int]
_Replacement = Callable[[re.Match[str]], "tuple[str, list[tuple[int, int]]] | None"]


@dataclass(frozen=True, slots=True)
class View:
    """A derived string: `text[i]` came from `original[starts[i]:ends[i]]`.

    `runs[i]` is how many equal characters were squeezed into `text[i]` (absent means 1).
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    runs: Mapping[int, int] = field(default_factory=dict)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of this view to the original span that produced it."""
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else _last(self.ends)
            return position, position
        return self.starts[start], self.ends[end - 1]

    def run(self, index: int) -> int:
        """Length of the squeezed run behind `text[index]`."""
        return self.runs.get(index, 1)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """`canon[i]` came from `original[offsets[i]:ends[i]]`.

    Build it with `normalize`; the later fields have defaults only so that hand-made
    instances in older tests keep working (detectors re-normalize when `skeleton` is None).
    """

    original: str
    canon: str
    offsets: tuple[int, ...]  # len(canon) + 1 entries; the last is len(original)
    ends: tuple[int, ...] = ()
    skeleton: View | None = None
    model: str = ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a canon span [start, end) to the original span that produced it."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        if self.ends:
            return self.offsets[start], self.ends[end - 1]
        return self.offsets[start], self._end_of(end - 1)

    def _end_of(self, index: int) -> int:
        begin = self.offsets[index]
        nxt = index + 1
        while nxt < len(self.canon) and self.offsets[nxt] == begin:
            nxt += 1
        return self.offsets[nxt]


def _last(values: Sequence[int]) -> int:
    return values[-1] if values else 0


def _rewrite(
    text: str, starts: _Offsets, ends: _Offsets, pattern: re.Pattern[str], repl: _Replacement
) -> tuple[str, _Offsets, _Offsets]:
    """Apply `pattern` with `repl`, carrying the offset maps along.

    `repl` returns the new text of a match and, per new character, the local span of the
    match it came from (or None to keep the match as it is).
    """
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        result = repl(match)
        if result is None:
            continue
        replacement, spans = result
        begin, finish = match.span()
        pieces.append(text[position:begin])
        new_starts.extend(starts[position:begin])
        new_ends.extend(ends[position:begin])
        pieces.append(replacement)
        for local_start, local_end in spans:
            new_starts.append(starts[begin + local_start])
            new_ends.append(ends[begin + local_end - 1])
        position = finish
    if not pieces:
        return text, starts, ends
    pieces.append(text[position:])
    new_starts.extend(starts[position:])
    new_ends.extend(ends[position:])
    return "".join(pieces), new_starts, new_ends


def _squeeze(text: str, starts: _Offsets, ends: _Offsets) -> tuple[View, str]:
    """One pass for both: the skeleton (Latin runs squeezed to one letter, run lengths
    recorded) and the model view (Latin and CJK runs of three or more cut to two)."""
    pieces: list[str] = []
    model: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    runs: dict[int, int] = {}
    position = model_position = 0
    for match in SQUEEZE_RE.finditer(text):
        begin, finish = match.span()
        model.append(text[model_position:begin])
        model.append(text[begin : begin + 2])
        model_position = finish
        if match.group(1) is None:  # a CJK run: the skeleton keeps it
            continue
        pieces.append(text[position:begin])
        new_starts.extend(starts[position:begin])
        new_ends.extend(ends[position:begin])
        runs[len(new_starts)] = finish - begin
        pieces.append(text[begin])
        new_starts.append(starts[begin])
        new_ends.append(ends[finish - 1])
        position = finish
    if not model:
        return View(text, tuple(starts), tuple(ends)), text
    model.append(text[model_position:])
    if not runs:
        return View(text, tuple(starts), tuple(ends)), "".join(model)
    pieces.append(text[position:])
    new_starts.extend(starts[position:])
    new_ends.extend(ends[position:])
    view = View("".join(pieces), tuple(new_starts), tuple(new_ends), runs)
    return view, "".join(model)


def _collapse_spaces(match: re.Match[str]) -> tuple[str, list[tuple[int, int]]]:
    if match.start() == 0 or match.end() == len(match.string):
        return "", []  # leading or trailing: trimmed
    return " ", [(0, match.end() - match.start())]


def _canon(text: str) -> tuple[str, _Offsets, _Offsets]:
    folded = text.translate(FOLD)
    if len(folded) == len(text) and FOLD.irregular_re.search(text) is None:
        starts: _Offsets = range(len(text))
        ends: _Offsets = range(1, len(text) + 1)
    else:  # some characters vanished or expanded: map those, copy the runs between
        starts, ends = [], []
        position = 0
        for match in FOLD.irregular_re.finditer(text):
            index = match.start()
            starts.extend(range(position, index))
            ends.extend(range(position + 1, index + 1))
            width = len(FOLD[ord(text[index])])
            starts.extend([index] * width)
            ends.extend([index + 1] * width)
            position = index + 1
        starts.extend(range(position, len(text)))
        ends.extend(range(position + 1, len(text) + 1))
    if "  " in folded or folded[:1] == " " or folded[-1:] == " ":
        folded, starts, ends = _rewrite(folded, starts, ends, _SPACES, _collapse_spaces)
    if not folded.isascii() and FLIPPED_ANY.search(folded) is not None:
        return _rewrite(folded, starts, ends, FLIPPED_RE, unflip)
    return folded, starts, ends


def _skeleton(canon: str, starts: _Offsets, ends: _Offsets) -> tuple[View, str]:
    text = canon
    if not canon.isascii() and FOLD.skeleton_re.search(canon) is not None:
        text = canon.translate(SKELETON_FOLD)
    if len(text) != len(canon):  # combining marks dropped (skeleton_char gives 0 or 1)
        kept = [index for index, char in enumerate(canon) if SKELETON_FOLD[ord(char)]]
        starts = [starts[index] for index in kept]
        ends = [ends[index] for index in kept]
        # Marks on spaces ("a \u0301 b") leave spaces to collapse again.
        text, starts, ends = _rewrite(text, starts, ends, _SPACES, _collapse_spaces)
    if not text.isascii() and CJK_RE.search(text) is not None:
        text, starts, ends = _rewrite(text, starts, ends, SPACED_CJK_RE, collapse_cjk)
    text, starts, ends = _rewrite(text, starts, ends, SPACED_LATIN_RE, collapse_latin)
    text = fold_leet(text)  # same length: offsets unchanged
    return _squeeze(text, starts, ends)


def normalize(text: str) -> NormalizedText:
    """Return the canonical, skeleton and model views of `text` with their offset maps."""
    canon, starts, ends = _canon(text)
    skeleton, model = _skeleton(canon, starts, ends)
    return NormalizedText(
        original=text,
        canon=canon,
        offsets=(*starts, len(text)),
        ends=tuple(ends),
        skeleton=skeleton,
        model=model,
    )


def model_view(text: str) -> str:
    """The string classifiers are trained on and read at screening time.

    Canon, then the skeleton's folding (accents, spaced-out letters, leetspeak) so that
    classifiers are as hard to dodge as the lexicon, but runs of one letter are only cut
    to two: "soooo" -> "soo" keeps "good" and "god" apart. Equals `normalize(text).model`;
    this string-only path skips the offset maps.
    """
    canon = " ".join(text.translate(FOLD).split())
    if not canon.isascii() and FLIPPED_ANY.search(canon) is not None:
        canon = FLIPPED_RE.sub(unflip_text, canon)
    skeleton = canon
    if not canon.isascii() and FOLD.skeleton_re.search(canon) is not None:
        skeleton = canon.translate(SKELETON_FOLD)
        if len(skeleton) != len(canon):
            skeleton = " ".join(skeleton.split())
    if not skeleton.isascii() and CJK_RE.search(skeleton) is not None:
        skeleton = SPACED_CJK_RE.sub(r"\1", skeleton)
    skeleton = fold_leet(SPACED_LATIN_RE.sub(collapse_latin_text, skeleton))
    return _SQUEEZE_MODEL_RE.sub(r"\1\1", skeleton)
