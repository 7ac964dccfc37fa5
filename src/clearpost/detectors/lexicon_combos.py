"""Combinations: evidence that needs two or more phrases in order, a few words apart.

Some harm has no tell-tale word of its own. "All immigrants are vermin" is dehumanising
because a group is called vermin; neither "immigrants" nor "vermin" is evidence alone
("the barn had vermin"). A combination lists its parts, each a list of phrases, and the
most words allowed between one part and the next:

    combinations:
      - label: dehumanization
        weight: 0.9
        parts:
          - [immigrants, muslims, jews]
          - [are, were, "=" ]
          - [vermin, rats, parasites]
        gaps: [1, 3]        # "immigrants [all] are [nothing but filthy] vermin"

Phrases are matched as whole words on the skeleton view (the same folding as terms:
leetspeak, look-alikes, spacing, repeated letters, Traditional characters); a Chinese
character counts as one word. One hit per combination and field: the first chain found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import ahocorasick
import yaml

from clearpost.detectors.lexicon_yaml import YamlFile
from clearpost.text.chinese import CJK_CLASS, CJK_RE
from clearpost.text.normalize import normalize

COMBINATION_KEYS = {"label", "weight", "parts", "gaps", "note"}
MAX_GAP = 8
_TOKEN = re.compile(rf"[a-z0-9]+(?:'[a-z]+)?|[{CJK_CLASS}]|=")
_NAME = re.compile(r"^[a-z][a-z_]*$")


@dataclass(frozen=True, slots=True)
class Combination:
    """Phrases of each part, in order, at most `gaps[i]` words after the previous part."""

    lang: str
    category: str
    label: str
    weight: float
    parts: tuple[tuple[tuple[str, ...], ...], ...]  # part -> phrases -> tokens
    gaps: tuple[int, ...]
    source: str
    # Per part: first word -> the part's phrases that start with it (a lookup per word).
    index: tuple[dict[str, tuple[tuple[str, ...], ...]], ...] = field(
        default=(), compare=False, hash=False, repr=False
    )
    # Per part, a regex that finds any of its phrases in the raw skeleton text (words
    # possibly apart): a cheap test that a part is there at all, before tokenising.
    screens: tuple[re.Pattern[str], ...] = field(default=(), compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        index = []
        for phrases in self.parts:
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for phrase in phrases:
                by_first.setdefault(phrase[0], []).append(phrase)
            index.append({first: tuple(found) for first, found in by_first.items()})
        object.__setattr__(self, "index", tuple(index))

    @property
    def key(self) -> str:
        """What the detector lists among its terms: the label and where it was written."""
        return f"{self.label} ({self.source})"


@dataclass(frozen=True, slots=True)
class ComboHit:
    combination: Combination
    start: int  # in the skeleton view's text
    end: int


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words (and Chinese characters) of a skeleton text, with their character spans."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrase(file: YamlFile, node: yaml.Node) -> tuple[str, ...] | None:
    text = file.text(node, "phrase")
    if text is None:
        return None
    view = normalize(text).skeleton
    words = tuple(token for token, _, _ in tokens(view.text if view is not None else ""))
    if not words:
        file.error(node, f"{text!r} has no word once normalized")
        return None
    return words


def parse_combination(
    file: YamlFile, node: yaml.Node, lang: str, category: str
) -> Combination | None:
    """One `combinations:` item of a category file, validated (errors go to `file`)."""
    fields = file.mapping(node, COMBINATION_KEYS)
    if not fields:
        return None
    label = file.text(fields.get("label", node), "label")
    if label is not None and not _NAME.match(label):
        file.error(fields["label"], "label must be lower_snake_case")
    weight = file.number(fields.get("weight", node), "weight")
    parts = []
    for part_node in file.sequence(fields.get("parts", node)):
        phrases = [_phrase(file, item) for item in file.sequence(part_node)]
        kept = tuple(p for p in phrases if p is not None)
        if not kept:
            file.error(part_node, "a part needs at least one phrase")
        parts.append(kept)
    if len(parts) < 2:
        file.error(fields.get("parts", node), "a combination needs two or more parts")
    gaps_value = file.value(fields["gaps"]) if "gaps" in fields else [2] * (len(parts) - 1)
    if (
        not isinstance(gaps_value, list)
        or len(gaps_value) != max(len(parts) - 1, 0)
        or not all(isinstance(g, int) and 0 <= g <= MAX_GAP for g in gaps_value)
    ):
        file.error(
            fields.get("gaps", node),
            f"gaps must list {len(parts) - 1} whole numbers from 0 to {MAX_GAP}",
        )
        gaps_value = [0] * (len(parts) - 1)
    if label is None or len(parts) < 2 or not all(parts):
        return None
    return Combination(
        lang, category, label, weight, tuple(parts), tuple(gaps_value), file.where(node)
    )


def _occurrences(
    words: list[str],
    where: dict[str, list[int]],
    index: dict[str, tuple[tuple[str, ...], ...]],
) -> list[tuple[int, int]]:
    """(first, last) word index of every occurrence of a part's phrases; `where` maps each
    word of the text to its positions."""
    found = []
    for first, phrases in index.items():
        for i in where.get(first, ()):
            for phrase in phrases:
                if len(phrase) == 1 or tuple(words[i : i + len(phrase)]) == phrase:
                    found.append((i, i + len(phrase) - 1))
    return found


def _needle(phrase: tuple[str, ...]) -> str:
    """A string every occurrence of `phrase` contains: its longest word (Latin words may be
    apart in the text), or the whole phrase when it is Chinese (the skeleton joins
    spaced-out characters, and one character alone is too common to screen with)."""
    if CJK_RE.match(phrase[0]):
        return "".join(phrase)
    return max(phrase, key=len)


# How far from a rule's rarest part its chain is looked for, in characters either side:
# more than any chain spans (parts of a few words, gaps of at most `MAX_GAP` words; a
# Chinese word is one character).
_WINDOW = {"en": 160, "zh": 48}
# A part with a needle this short ("r", "=") is in nearly every text: not screened.
_MIN_NEEDLE = 3


class Rules:
    """Combinations with one Aho-Corasick pass that says which of their parts a text holds."""

    def __init__(self, combinations: Sequence[Combination]) -> None:
        self.combinations = tuple(combinations)
        needles: dict[str, set[tuple[int, int]]] = {}
        self._screened: list[tuple[int, ...]] = []  # per combination, the parts screened
        for c, combination in enumerate(self.combinations):
            screened = []
            for p, phrases in enumerate(combination.parts):
                found = [_needle(phrase) for phrase in phrases]
                if any(len(n) < _MIN_NEEDLE and not CJK_RE.match(n) for n in found):
                    continue
                screened.append(p)
                for needle in found:
                    needles.setdefault(needle, set()).add((c, p))
            self._screened.append(tuple(screened))
        self._required = [
            frozenset((c, p) for p in parts) for c, parts in enumerate(self._screened)
        ]
        self._always = any(not parts for parts in self._screened)  # a rule nothing screens
        self._automaton = ahocorasick.Automaton()
        for needle, places in needles.items():
            self._automaton.add_word(needle, tuple(places))
        if needles:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[ComboHit]:
        """The first chain of every combination found in `text` (a skeleton view's text).

        Chains are only looked for near where the automaton saw the rarest screened part
        of a rule (`_WINDOW` characters either side), so a long post is tokenised in a few
        small windows, not whole.
        """
        if not self.combinations:
            return []
        seen: dict[tuple[int, int], list[int]] = {}
        for end, places in self._automaton.iter(text):
            for place in places:
                seen.setdefault(place, []).append(end)
        if not seen and not self._always:
            return []
        hits = []
        for c, combination in enumerate(self.combinations):
            if not self._required[c].issubset(seen):
                continue
            screened = self._screened[c]
            # Anchor on the part seen least often here (usually what is said of a group).
            rare = min(screened, key=lambda p: len(seen[(c, p)])) if screened else None
            anchors = seen[(c, rare)] if rare is not None else [0]
            width = _WINDOW.get(combination.lang, max(_WINDOW.values()))
            for start, end in _windows(text, anchors, width, whole=not screened):
                found = _chain(text[start:end], combination)
                if found is not None:
                    hits.append(ComboHit(combination, found[0] + start, found[1] + start))
                    break
        return hits


def _windows(text: str, anchors: list[int], width: int, whole: bool) -> list[tuple[int, int]]:
    """Merged spans of `width` characters either side of each anchor, widened to word
    boundaries (a window never starts or ends inside a word)."""
    if whole or len(text) <= 2 * width:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for anchor in sorted(anchors):
        start, end = max(anchor - width, 0), min(anchor + width, len(text))
        while start > 0 and text[start - 1].isalnum() and text[start - 1].isascii():
            start -= 1
        while end < len(text) and text[end].isalnum() and text[end].isascii():
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _chain(text: str, combination: Combination) -> tuple[int, int] | None:
    """Character span of the first chain of `combination` in `text`, or None."""
    spans = tokens(text)
    words = [word for word, _, _ in spans]
    where: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        where.setdefault(word, []).append(i)
    # A chain is (first word of the first part, last word of the latest part).
    chains = _occurrences(words, where, combination.index[0])
    for part, gap in zip(combination.index[1:], combination.gaps, strict=True):
        following = _occurrences(words, where, part)
        chains = [
            (start, last)
            for start, end in chains
            for begin, last in following
            if end < begin <= end + 1 + gap
        ]
        if not chains:
            return None
    if not chains:
        return None
    start, last = min(chains)
    return spans[start][1], spans[last][2]
