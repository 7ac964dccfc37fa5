"""Compile a lexicon into Aho-Corasick automata and find hits in normalized text.

Two automata, built once: one over the skeleton view (terms, variants, Latin pinyin,
initials, false friends, contexts) and one over the pinyin view of Chinese text
(homophones). Every hit is kept in skeleton coordinates, so it maps back to the original
text through the skeleton's offset map.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from clearpost.detectors.lexicon_data import Context, Entry, FalseFriend, Lexicon
from clearpost.text.chinese import CJK_RE, latin_pinyin, pinyin_key, pinyin_view, token_index
from clearpost.text.normalize import View, normalize

# A homophone or a romanisation is weaker evidence than the characters themselves.
PINYIN_FACTOR = 0.8
# Latin pinyin spellings shorter than this collide with English words ("made" = 妈的).
MIN_LATIN_PINYIN = 5
# Latin keys from the Chinese lexicon shorter than this (initials such as "sb", "cnm"), or
# with a space (spaced pinyin: "nao can" is also English), only count where the item is
# Chinese or the field has Chinese characters.
MIN_LATIN_WITHOUT_ZH = 5
# Terms with more "l"s than this get only the all-or-nothing "1" variants (2**n keys).
_MAX_L_COMBINATIONS = 4


def _latin_word_char(char: str) -> bool:
    return ("a" <= char <= "z") or ("0" <= char <= "9")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One automaton key that stands for a lexicon entry."""

    entry: Entry
    spelling: str  # the term or variant text it came from
    weight: float
    match: str
    needs: tuple[tuple[int, int], ...]  # (offset, run length) the text must reach
    needs_zh: bool
    via: str  # "term", "variant", "pinyin"


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern found in one field, in skeleton coordinates [start, end)."""

    pattern: Pattern
    start: int
    end: int


@dataclass(slots=True)
class Found:
    """What one field's scan found, all in skeleton coordinates."""

    hits: list[Hit]
    friends: list[tuple[int, int]]  # false-friend spans: hits overlapping them are dropped
    contexts: list[tuple[Context, int, int]]


_Item = Pattern | FalseFriend | Context


def skeleton_key(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The skeleton string of a term and the run lengths it requires (e.g. "ass": s >= 2)."""
    view = normalize(text).skeleton
    assert view is not None
    needs = tuple((index, run) for index, run in sorted(view.runs.items()))
    return view.text, needs


def _spellings_with_one(text: str) -> set[str]:
    """Spellings of `text` with some "l" written as "1", which folds to "i" ("s1ut")."""
    lowered = normalize(text).canon
    positions = [index for index, char in enumerate(lowered) if char == "l"]
    if not positions:
        return {lowered}
    if len(positions) > _MAX_L_COMBINATIONS:
        return {lowered, lowered.replace("l", "1")}
    spellings = set()
    for mask in itertools.product((False, True), repeat=len(positions)):
        chars = list(lowered)
        for position, flip in zip(positions, mask, strict=True):
            if flip:
                chars[position] = "1"
        spellings.add("".join(chars))
    return spellings


class Matcher:
    """The compiled lexicon: call `scan` on one field's skeleton view."""

    def __init__(self, lexicon: Lexicon) -> None:
        skeleton: dict[str, list[_Item]] = defaultdict(list)
        pinyin: dict[str, list[_Item]] = defaultdict(list)
        for entry in lexicon.entries:
            self._add_entry(entry, skeleton, pinyin)
        for friend in lexicon.false_friends:
            skeleton[skeleton_key(friend.text)[0]].append(friend)
        for context in lexicon.contexts:
            skeleton[skeleton_key(context.phrase)[0]].append(context)
        self.skeleton = _automaton(skeleton)
        self.pinyin = _automaton(pinyin)

    def _add_entry(
        self, entry: Entry, skeleton: dict[str, list[_Item]], pinyin: dict[str, list[_Item]]
    ) -> None:
        spellings = [(entry.term, entry.weight, entry.match, "term")]
        spellings += [(v.text, v.weight, v.match, "variant") for v in entry.variants]
        if entry.pinyin:
            romanised = latin_pinyin(skeleton_key(entry.term)[0])
            if romanised is not None:
                joined, spaced = romanised
                weight = entry.weight * PINYIN_FACTOR
                if len(joined) >= MIN_LATIN_PINYIN:
                    spellings.append((joined, weight, "word", "pinyin"))
                spellings.append((spaced, weight, "word", "pinyin"))
        seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
        for text, weight, match, via in spellings:
            for spelling in _spellings_with_one(text) if CJK_RE.search(text) is None else {text}:
                key, needs = skeleton_key(spelling)
                if (key, needs) in seen:
                    continue
                seen.add((key, needs))
                latin = CJK_RE.search(key) is None
                ambiguous = len(key) < MIN_LATIN_WITHOUT_ZH or " " in key  # "nao can"
                needs_zh = entry.lang == "zh" and latin and ambiguous
                skeleton[key].append(Pattern(entry, text, weight, match, needs, needs_zh, via))
        if entry.pinyin:
            key, needs = skeleton_key(entry.term)
            reading = pinyin_key(key)
            if reading is not None:
                weight = entry.weight * PINYIN_FACTOR
                pattern = Pattern(entry, entry.term, weight, "anywhere", needs, False, "pinyin")
                pinyin[reading].append(pattern)

    def scan(self, view: View, zh: bool) -> Found:
        """Find entry hits, false-friend spans and contexts in one skeleton view.

        `zh` says whether the item is Chinese or this field has Chinese characters: short or
        spaced Latin keys of the Chinese lexicon ("sb", "nao can") only count then.
        """
        text = view.text
        found = Found([], [], [])
        for last, (length, items) in self.skeleton.iter(text):
            start, end = last - length + 1, last + 1
            for item in items:
                if isinstance(item, Pattern):
                    if (zh or not item.needs_zh) and _fits(item, view, start, end):
                        found.hits.append(Hit(item, start, end))
                elif isinstance(item, FalseFriend):
                    found.friends.append((start, end))  # anywhere: "classical" too
                elif _bounded(text, start, end):
                    found.contexts.append((item, start, end))
        if not text.isascii() and CJK_RE.search(text) is not None:
            found.hits.extend(self._scan_pinyin(view))
        return found

    def _scan_pinyin(self, view: View) -> list[Hit]:
        keys = pinyin_view(view.text)
        hits = []
        for last, (length, items) in self.pinyin.iter(keys):
            if last + 1 < len(keys) and keys[last + 1] != " ":
                continue  # the last syllable must end here: "sha bi" is not "sha bing"
            start = token_index(keys, last - length + 1)
            end = start + keys.count(" ", last - length + 1, last + 1)
            for item in items:
                if isinstance(item, Pattern) and _runs_ok(item, view, start):
                    hits.append(Hit(item, start, end))
        return hits


def _runs_ok(pattern: Pattern, view: View, start: int) -> bool:
    return all(view.run(start + offset) >= run for offset, run in pattern.needs)


def _starts_word(text: str, start: int) -> bool:
    # Only Latin edges need a boundary: Chinese has no spaces between words.
    return start == 0 or not (_latin_word_char(text[start]) and _latin_word_char(text[start - 1]))


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or not (_latin_word_char(text[end - 1]) and _latin_word_char(text[end]))


def _bounded(text: str, start: int, end: int) -> bool:
    return _starts_word(text, start) and _ends_word(text, end)


def _fits(pattern: Pattern, view: View, start: int, end: int) -> bool:
    """Word boundaries (for word/prefix keys) and squeezed run lengths."""
    if pattern.match == "word" and not _bounded(view.text, start, end):
        return False
    if pattern.match == "prefix" and not _starts_word(view.text, start):
        return False
    return _runs_ok(pattern, view, start)


def _automaton(keys: dict[str, list[_Item]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, items in keys.items():
        automaton.add_word(key, (len(key), tuple(items)))
    if len(automaton) == 0:
        automaton.add_word("\x00", (1, ()))  # an empty automaton cannot be searched
    automaton.make_automaton()
    return automaton
