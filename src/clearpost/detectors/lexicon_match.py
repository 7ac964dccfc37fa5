"""Compile a lexicon into Aho-Corasick automata and find hits in normalized text.

Two automata, built once: one over the skeleton view (terms, variants, Latin pinyin of
every Chinese term, initials, false friends, contexts) and one over the pinyin view of
Chinese text (homophones). The skeleton automaton also reads windows in which a word split
by a space ("fu ck") is joined again (`lexicon_split`). Every hit is kept in skeleton
coordinates, so it maps back to the original text through the skeleton's offset map.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from clearpost.detectors.lexicon_data import Context, Entry, FalseFriend, Lexicon
from clearpost.detectors.lexicon_split import Joined, split_words
from clearpost.text.chinese import (
    CJK_RE,
    latin_pinyin,
    pinyin_key,
    pinyin_syllables,
    pinyin_view,
    token_index,
)
from clearpost.text.normalize import View, normalize

# A homophone is weaker evidence than the characters themselves.
PINYIN_FACTOR = 0.8
# A romanisation ("sha bi", "shabi") too, if less so: nobody types Latin pinyin by accident.
LATIN_PINYIN_FACTOR = 0.95
# Latin pinyin spellings shorter than this collide with English words ("made" = 妈的).
MIN_LATIN_PINYIN = 5
# Latin keys from the Chinese lexicon shorter than this (initials such as "sb", "cnm"), or
# with a space (spaced pinyin: "nao can" is also English), only count where the item is
# Chinese or the field has Chinese characters.
MIN_LATIN_WITHOUT_ZH = 5
# Terms with more "l"s than this get only the all-or-nothing "1" variants (2**n keys).
_MAX_L_COMBINATIONS = 4
# Where the skeleton dropped something between two letters (the separators of a spaced-out
# run, invisible characters), a word may start or end: "a t w a t" -> "atwat" holds "twat".
# Only for keys this long, since shorter ones hide in any run ("c l a s s" holds "ass").
MIN_KEY_AT_GAP = 4
# Latin pinyin in a post without Chinese characters counts inside a run of at least this
# many pinyin syllables ("ni shi sha bi"; not "the NAO can walk").
MIN_PINYIN_RUN = 3
_TAIL_LEET = "aeiolst"
_TAIL_DIGITS = str.maketrans("aeiolst", "4310157")
# Two-letter initials of the Chinese lexicon ("sb") also match spelled out ("s b", "s.b").
_INITIAL_SEPARATORS = (" ", ".", "*", "-", "_", "/", "|", "~", "·", " . ")


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


def _latin_spellings(text: str) -> set[str]:
    """The "1" spellings, each also with its last one or two letters in leetspeak ("cun7",
    "fagg07", "whor3"): the skeleton keeps digits that end a word as they are ("mp3",
    "gta5"), so these need keys of their own. Three letters at least stay letters, or
    "a55" (Galaxy) would be "ass"."""
    spellings = _spellings_with_one(text)
    for spelling in list(spellings):
        start = spelling.rfind(" ") + 1
        for count in (1, 2):
            tail = spelling[len(spelling) - count :]
            if len(spelling) - count - start < 3 or not all(c in _TAIL_LEET for c in tail):
                break
            spellings.add(spelling[: len(spelling) - count] + tail.translate(_TAIL_DIGITS))
    return spellings


def _romanised(
    entry: Entry, spellings: list[tuple[str, float, str, str]]
) -> list[tuple[str, float, str, str]]:
    """Latin pinyin of every all-Chinese spelling: joined ("shuadan", 5+ letters, since
    "made" is English) and spaced ("shua dan"), at `LATIN_PINYIN_FACTOR` of the weight."""
    out = []
    for text, weight, _, _ in spellings:
        romanised = latin_pinyin(skeleton_key(text)[0]) if len(text) >= 2 else None
        if romanised is None:
            continue
        joined, spaced = romanised
        if len(joined) >= MIN_LATIN_PINYIN:
            out.append((joined, weight * LATIN_PINYIN_FACTOR, "word", "pinyin"))
        out.append((spaced, weight * LATIN_PINYIN_FACTOR, "word", "pinyin"))
    return out


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
        if entry.lang == "zh":
            spellings += _romanised(entry, spellings)
        seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
        for text, weight, match, via in spellings:
            for spelling in _latin_spellings(text) if CJK_RE.search(text) is None else {text}:
                key, needs = skeleton_key(spelling)
                if (key, needs) in seen:
                    continue
                seen.add((key, needs))
                latin = CJK_RE.search(key) is None
                # Short or spaced Latin keys ("sb", "nao can"), and the romanisations of
                # terms not reviewed for homophones, are only safe in Chinese context.
                ambiguous = (
                    len(key) < MIN_LATIN_WITHOUT_ZH
                    or " " in key
                    or (via == "pinyin" and not entry.pinyin)
                )
                needs_zh = entry.lang == "zh" and latin and ambiguous
                pattern = Pattern(entry, text, weight, match, needs, needs_zh, via)
                skeleton[key].append(pattern)
                if needs_zh and len(key) == 2 and key.isalpha():  # "s b", "s.b"
                    for separator in _INITIAL_SEPARATORS:
                        skeleton[skeleton_key(separator.join(key))[0]].append(pattern)
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
        found = Found([], [], [])
        self._scan_skeleton(view, zh, found)
        if " " in view.text:
            for joined in split_words(view):
                self._scan_skeleton(joined.view, zh, found, joined)
        text = view.text
        if not text.isascii() and CJK_RE.search(text) is not None:
            found.hits.extend(self._scan_pinyin(view))
        return found

    def _scan_skeleton(
        self, view: View, zh: bool, found: Found, joined: Joined | None = None
    ) -> None:
        text = view.text
        for last, (length, items) in self.skeleton.iter(text):
            start, end = last - length + 1, last + 1
            if joined is not None:  # only what the removed space was hiding, mapped back
                if not start < joined.at < end:
                    continue
                for item in items:
                    if isinstance(item, FalseFriend):
                        found.friends.append(joined.back(start, end))
                    elif (
                        isinstance(item, Pattern)
                        and length >= MIN_KEY_AT_GAP
                        and (zh or not item.needs_zh)
                        and _starts_word(text, start)  # "vs hitm" holds no "shit"
                        and _fits(item, view, start, end)
                    ):
                        found.hits.append(Hit(item, *joined.back(start, end)))
                continue
            for item in items:
                if isinstance(item, Pattern):
                    context = zh or not item.needs_zh or _pinyin_run(item, text, start, end)
                    if context and _fits(item, view, start, end):
                        found.hits.append(Hit(item, start, end))
                elif isinstance(item, FalseFriend):
                    found.friends.append((start, end))  # anywhere: "classical" too
                elif _bounded(text, start, end):
                    found.contexts.append((item, start, end))

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


def _gap(view: View, index: int) -> bool:
    """Something was dropped between `text[index - 1]` and `text[index]`."""
    return 0 < index < len(view.text) and view.ends[index - 1] < view.starts[index]


def _fits(pattern: Pattern, view: View, start: int, end: int) -> bool:
    """Word boundaries (for word/prefix keys) and squeezed run lengths."""
    if pattern.match != "anywhere":
        long = end - start >= MIN_KEY_AT_GAP
        if not (_starts_word(view.text, start) or (long and _gap(view, start))):
            return False
        if pattern.match == "word" and not (
            _ends_word(view.text, end) or (long and _gap(view, end))
        ):
            return False
    return _runs_ok(pattern, view, start)


def _pinyin_run(pattern: Pattern, text: str, start: int, end: int) -> bool:
    """A romanisation among enough pinyin syllables: the post is written in pinyin."""
    if pattern.via != "pinyin":
        return False
    syllables = pinyin_syllables()
    count = text.count(" ", start, end) + 1
    for token in reversed(text[max(start - 60, 0) : start].split(" ")[:-1]):
        if token not in syllables:
            break
        count += 1
    for token in text[end : end + 60].split(" ")[1:]:
        if token not in syllables:
            break
        count += 1
    return count >= MIN_PINYIN_RUN


def _automaton(keys: dict[str, list[_Item]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, items in keys.items():
        automaton.add_word(key, (len(key), tuple(items)))
    if len(automaton) == 0:
        automaton.add_word("\x00", (1, ()))  # an empty automaton cannot be searched
    automaton.make_automaton()
    return automaton
