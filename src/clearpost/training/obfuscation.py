"""Obfuscated variants of flagged items, and how many of them the pipeline still catches.

Generators: `Obfuscator.variant(text, technique, targets)` rewrites the words that carry
the signal (`targets`: spans of `text`, e.g. lexicon evidence) plus a light random share
(`rate`) of the other words, the way people dodge filters: leetspeak, separators inside
words ("k i l l", "k.i.l.l", "fu ck"), look-alike letters and fonts, zero-width
characters, repeated letters, mixed case, upside-down phrases and emoji letters; for
Chinese: separators between characters, zero-width characters, pinyin, and homophone
characters where the lexicon knows them (`pinyin: true` terms, listed same-reading
variants). Traditional characters and full-width Latin apply to the whole post, as a
Traditional-Chinese writer or a full-width input method produce them. A variant in which
no target changed is not made (None): it would test nothing. Every choice comes from a
`random.Random` seeded by (seed, technique, text), so variants are reproducible.

Evaluation (`clearpost eval-obfuscation`): the test split of every shipped model's data
set is screened with the full pipeline (`build_screener()`); for the flagged items, one
variant per technique is screened too. Items flagged only by a classifier have no
evidence spans: there the targets are the two words (Chinese: two-character chunks) whose
removal lowers the deciding category's score most, which is what a filter-dodger who
probes the system would disguise.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import opencc
import typer
from pypinyin import Style, lazy_pinyin

from clearpost.policy.schema import RANK
from clearpost.text.chinese import CJK_CLASS, pinyin_key, syllable

if TYPE_CHECKING:
    from clearpost.detectors.lexicon_data import Entry
    from clearpost.policy.engine import Outcome
    from clearpost.screening.pipeline import Screened, Screener

Span = tuple[int, int]
Transform = Callable[[str, random.Random], str]

# --- character tables -----------------------------------------------------------------

_LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1"}
# Look-alikes that attackers paste in (Cyrillic, Greek, Armenian, IPA letters).
_LOOKALIKES = {
    "a": "аα", "b": "ь", "c": "сϲ", "d": "ԁ", "e": "е", "g": "ɡ", "h": "һհ", "i": "іι",
    "j": "ј", "k": "кκ", "l": "ӏ", "n": "ո", "o": "оοօ", "p": "рρ", "q": "ԛ", "s": "ѕ",
    "t": "τ", "u": "υս", "v": "ν", "w": "ԝω", "x": "хχ", "y": "уү",
}  # fmt: skip
# Whole-word "fonts": full-width and mathematical letters (lower case, upper case).
_FONTS = ((0xFF41, 0xFF21), (0x1D41A, 0x1D400), (0x1D4EA, 0x1D4D0), (0x1D586, 0x1D56C),
          (0x1D5EE, 0x1D5D4), (0x1D68A, 0x1D670))  # fmt: skip
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_LATIN_SEPARATORS = (" ", ".", "-", "_", "*", "|", " . ")
_CJK_SEPARATORS = (" ", "*", ".", "·", "/", "|", "-", "~", "…", "丨", "\u3000")
_UPSIDE_DOWN = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz", strict=True))
# Emoji that read as one letter, and the emoji alphabets (regional indicators, squares).
_EMOJI_LETTERS = {
    "a": ("🅰️",), "b": ("🅱️",), "i": ("ℹ️",), "m": ("Ⓜ️",), "o": ("⭕", "🅾️"), "p": ("🅿️",),
    "s": ("💲",), "x": ("❌", "✖️"),
}  # fmt: skip
_REGIONAL_A = 0x1F1E6
_NEGATIVE_SQUARED_A = 0x1F170

_WORD_RE = re.compile(rf"[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[{CJK_CLASS}]+")
_CJK_RE = re.compile(f"[{CJK_CLASS}]")
_S2T = opencc.OpenCC("s2t")


def _pick(rng: random.Random, indices: Sequence[int], share: float) -> list[int]:
    """Each index with probability `share`, and at least one when there are any."""
    chosen = [index for index in indices if rng.random() < share]
    return chosen or ([rng.choice(indices)] if indices else [])


def _substitute(
    word: str, rng: random.Random, table: Mapping[str, Sequence[str]], share: float
) -> str:
    chars = list(word)
    candidates = [i for i, char in enumerate(chars) if char.lower() in table]
    for index in _pick(rng, candidates, share):
        chars[index] = rng.choice(table[chars[index].lower()])
    return "".join(chars)


def _leet(word: str, rng: random.Random) -> str:
    return _substitute(word, rng, _LEET, 0.6)


def _spacing(word: str, rng: random.Random) -> str:
    if _CJK_RE.match(word):
        return rng.choice(_CJK_SEPARATORS).join(word)
    if len(word) >= 4 and rng.random() < 0.2:  # one split inside the word: "fu ck"
        cut = rng.randrange(2, len(word) - 1)
        return word[:cut] + " " + word[cut:]
    return rng.choice(_LATIN_SEPARATORS).join(word)


def _font(word: str, rng: random.Random) -> str:
    lower, upper = rng.choice(_FONTS)
    out = []
    for char in word:
        if "a" <= char <= "z":
            out.append(chr(lower + ord(char) - ord("a")))
        elif "A" <= char <= "Z":
            out.append(chr(upper + ord(char) - ord("A")))
        else:
            out.append(char)
    return "".join(out)


def _homoglyph(word: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return _font(word, rng)
    return _substitute(word, rng, _LOOKALIKES, 0.5)


def _zero_width(word: str, rng: random.Random) -> str:
    gaps = _pick(rng, range(1, len(word)), 0.5)
    out = list(word)
    for gap in sorted(gaps, reverse=True):
        out.insert(gap, rng.choice(_ZERO_WIDTH))
    return "".join(out)


def _repeat(word: str, rng: random.Random) -> str:
    letters = [i for i, char in enumerate(word) if char.isalpha()]
    chosen = set(rng.sample(letters, min(len(letters), rng.choice((1, 1, 2)))))
    return "".join(char * (rng.randint(3, 6) if i in chosen else 1) for i, char in enumerate(word))


def _mixed_case(word: str, rng: random.Random) -> str:
    letters = [i for i, char in enumerate(word) if char.isalpha()]
    flips = set(_pick(rng, letters, 0.5))
    return "".join(char.swapcase() if i in flips else char for i, char in enumerate(word))


def _upside_down(word: str, rng: random.Random) -> str:
    if _CJK_RE.search(word):
        return word
    return "".join(_UPSIDE_DOWN.get(char, char) for char in reversed(word.lower()))


def _emoji(word: str, rng: random.Random) -> str:
    mode = rng.random()
    letters = word.lower()
    if mode < 0.3 and letters.isalpha() and letters.isascii():  # "🇫 🇺 🇨 🇰"
        glue = rng.choice((" ", "\u200b"))
        return glue.join(chr(_REGIONAL_A + ord(char) - ord("a")) for char in letters)
    if mode < 0.5 and letters.isalpha() and letters.isascii():  # "🅵🆄🅲🅺"
        return "".join(chr(_NEGATIVE_SQUARED_A + ord(char) - ord("a")) for char in letters)
    return _substitute(word, rng, _EMOJI_LETTERS, 0.5)


def _traditional(word: str, rng: random.Random) -> str:
    return str(_S2T.convert(word))


def _fullwidth(word: str, rng: random.Random) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in word)


def _pinyin(word: str, rng: random.Random) -> str:
    if not _CJK_RE.match(word):
        return word
    syllables = lazy_pinyin(word, style=Style.NORMAL)
    return ("" if rng.random() < 0.5 else " ").join(syllables)


@cache
def _same_reading() -> dict[str, tuple[str, ...]]:
    """Toneless reading -> the common characters (GB2312 level 1, 3,755) that have it."""
    table: dict[str, list[str]] = {}
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                char = bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            reading = syllable(char)
            if reading:
                table.setdefault(reading, []).append(char)
    return {reading: tuple(chars) for reading, chars in table.items()}


@dataclass(frozen=True)
class Homophones:
    """What the lexicon knows about homophones: terms matched by reading (`pinyin: true`,
    any same-reading character will do) and listed same-reading variants of other terms."""

    by_reading: frozenset[str] = frozenset()
    listed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def apply(self, segment: str, rng: random.Random) -> str:
        for term in sorted(self.by_reading | set(self.listed), key=len, reverse=True):
            position = segment.find(term)
            if position < 0:
                continue
            if term in self.listed and (term not in self.by_reading or rng.random() < 0.5):
                swapped = rng.choice(self.listed[term])
            else:
                swapped = _swap_readings(term, rng)
            return segment[:position] + swapped + segment[position + len(term) :]
        return segment


def _swap_readings(term: str, rng: random.Random) -> str:
    table = _same_reading()
    chars = list(term)
    options = {
        i: [other for other in table.get(syllable(char) or "", ()) if other != char]
        for i, char in enumerate(chars)
    }
    for index in _pick(rng, [i for i, found in options.items() if found], 0.5):
        chars[index] = rng.choice(options[index])
    return "".join(chars)


def homophones_from_lexicon(entries: Iterable[Entry]) -> Homophones:
    """`Homophones` from lexicon entries (`clearpost.detectors.lexicon_data.Entry`)."""
    by_reading: set[str] = set()
    listed: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        if entry.lang != "zh" or pinyin_key(entry.term) is None:
            continue
        if entry.pinyin:
            by_reading.add(entry.term)
        key = pinyin_key(entry.term)
        same = tuple(
            v.text for v in entry.variants if v.text != entry.term and pinyin_key(v.text) == key
        )
        if same:
            listed[entry.term] = same
    return Homophones(frozenset(by_reading), listed)


@dataclass(frozen=True)
class AnyReading(Homophones):
    """Homophones without the lexicon, for training: characters of the rewritten segment
    become other common characters of the same reading (`她妈` for `他妈`), whatever the
    words are. Augmentation uses it, so that training does not depend on the lexicons."""

    def apply(self, segment: str, rng: random.Random) -> str:
        return _swap_readings(segment, rng)


def _needs_the_lexicon(word: str, rng: random.Random) -> str:
    """Placeholder: homophones come from `Obfuscator.homophones` (what the lexicon knows)."""
    return word


@dataclass(frozen=True)
class Technique:
    name: str
    langs: tuple[str, ...]
    transform: Transform
    whole_text: bool = False  # applied to the whole text, not word by word


TECHNIQUES: dict[str, Technique] = {
    t.name: t
    for t in (
        Technique("leet", ("en",), _leet),
        Technique("spacing", ("en", "zh"), _spacing),
        Technique("homoglyph", ("en",), _homoglyph),
        Technique("zero_width", ("en", "zh"), _zero_width),
        Technique("repeat", ("en",), _repeat),
        Technique("mixed_case", ("en",), _mixed_case),
        Technique("upside_down", ("en",), _upside_down),
        Technique("emoji", ("en",), _emoji),
        Technique("traditional", ("zh",), _traditional, whole_text=True),
        Technique("fullwidth", ("zh",), _fullwidth, whole_text=True),
        Technique("pinyin", ("zh",), _pinyin),
        Technique("homophone", ("zh",), _needs_the_lexicon),
    )
}


def _segments(text: str, targets: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """Target segments (Latin words touching a target, the Chinese characters inside one)
    and the other segments (Latin words, two-character Chinese chunks)."""
    hit = [False] * len(text)
    for start, end in targets:
        for index in range(max(start, 0), min(end, len(text))):
            hit[index] = True
    chosen: list[Span] = []
    others: list[Span] = []
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        if not _CJK_RE.match(text, start):
            (chosen if any(hit[start:end]) else others).append((start, end))
            continue
        index = start
        while index < end:  # alternate runs of target and other characters
            stop = index
            while stop < end and hit[stop] == hit[index]:
                stop += 1
            if hit[index]:
                chosen.append((index, stop))
            else:
                others.extend((i, min(i + 2, stop)) for i in range(index, stop, 2))
            index = stop
    return chosen, others


def _phrases(text: str, segments: list[Span]) -> list[Span]:
    """Segments separated by nothing but spaces, merged."""
    merged: list[Span] = []
    for start, end in sorted(segments):
        if merged and text[merged[-1][1] : start].strip(" ") == "":
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Obfuscator:
    """Deterministic variant maker: the same (seed, technique, text, targets) always give
    the same variant. `rate` is the share of non-target words also rewritten."""

    seed: int = 0
    rate: float = 0.1
    homophones: Homophones = field(default_factory=Homophones)

    def variant(self, text: str, technique: str, targets: Sequence[Span] = ()) -> str | None:
        """The variant, or None when the technique leaves every target as it was (leetspeak
        of "fuck", pinyin of a Latin word): such a variant tests nothing."""
        spec = TECHNIQUES[technique]
        rng = random.Random(f"{self.seed}\x00{technique}\x00{text}")
        transform = self.homophones.apply if technique == "homophone" else spec.transform
        chosen, others = _segments(text, targets)
        if technique == "upside_down":  # flip tools turn a whole phrase around
            chosen = _phrases(text, chosen)
        if spec.whole_text:
            touched = any(transform(text[s:e], rng) != text[s:e] for s, e in chosen)
            return transform(text, rng) if touched else None
        picked = sorted(chosen + [span for span in others if rng.random() < self.rate])
        targeted = set(chosen)
        pieces = []
        position = 0
        touched = False
        for start, end in picked:
            piece = transform(text[start:end], rng)
            touched = touched or ((start, end) in targeted and piece != text[start:end])
            pieces.append(text[position:start])
            pieces.append(piece)
            position = end
        pieces.append(text[position:])
        return "".join(pieces) if touched else None


def obfuscate(
    text: str, technique: str, targets: Sequence[Span] = (), *, seed: int = 0, rate: float = 0.1
) -> str:
    """One variant of `text` (`text` itself when no target changes); see `Obfuscator`."""
    return Obfuscator(seed, rate).variant(text, technique, targets) or text


# --- evaluation ------------------------------------------------------------------------

_BATCH = 512
_OCCLUDED = 2  # words a prober would disguise when no evidence says which ones count
# Words nobody disguises: a prober looks for the content words the classifier reacts to.
_COMMON = """
the and for are was were you your yours that this these those with have has had not but
they them their what when who how why all any can will would could should from his her him
she our out just than then there here its it's i'm you're don't been into about some more
very also only one two get got
"""
_FUNCTION_WORDS = frozenset(_COMMON.split())
_FUNCTION_CHARS = frozenset("的了是在我你他她它们这那就都也和与及吗吧呢啊着个一有不人")


def _content(text: str, span: Span) -> bool:
    word = text[span[0] : span[1]].lower()
    if _CJK_RE.match(word):
        return not set(word) <= _FUNCTION_CHARS
    return len(word) >= 3 and word not in _FUNCTION_WORDS and not word.isdigit()


def content_words(text: str) -> list[Span]:
    """The words (Chinese: two-character chunks) someone dodging a filter would disguise:
    the content words of `text`, or every word where it has none."""
    _, words = _segments(text, ())
    return [word for word in words if _content(text, word)] or words


@dataclass(frozen=True)
class Original:
    """A flagged test item: its text, the action it got and the spans that carry it."""

    text: str
    action: str
    targets: tuple[Span, ...]
    evidence: bool = True  # the top category has lexicon evidence (else a classifier decided)


@dataclass
class Tally:
    """Variants screened for one (data set, technique)."""

    n: int = 0
    caught: int = 0  # any action but allow
    kept: int = 0  # the original's action or a stronger one

    def add(self, original: str, variant: str) -> None:
        self.n += 1
        self.caught += variant != "allow"
        self.kept += RANK[variant] >= RANK[original]

    def as_dict(self) -> dict[str, Any]:
        def share(count: int) -> float | None:
            return round(count / self.n, 4) if self.n else None

        return {
            "n": self.n,
            "caught": self.caught,
            "same_or_stronger": self.kept,
            "caught_rate": share(self.caught),
            "same_or_stronger_rate": share(self.kept),
        }


class TextScreen:
    """Screens plain texts as one field of an item (`title` for title-only models)."""

    def __init__(self, screener: Screener, field_name: str = "body") -> None:
        self.screener = screener
        self.field_name = field_name

    def __call__(self, texts: Sequence[str]) -> list[Screened]:
        from clearpost.screening.pipeline import ScreenInput

        results: list[Screened] = []
        for first in range(0, len(texts), _BATCH):
            chunk = texts[first : first + _BATCH]
            if self.field_name == "title":
                items = [ScreenInput(str(i), body="", title=t) for i, t in enumerate(chunk)]
            else:
                items = [ScreenInput(str(i), body=t) for i, t in enumerate(chunk)]
            results.extend(self.screener.screen(items))
        return results

    def text_of(self, result: Screened) -> str:
        """The text a result was screened for."""
        return (result.input.title if self.field_name == "title" else result.input.body) or ""


def _outcome(result: Screened) -> Outcome:
    assert result.outcome is not None  # `Screener.screen` always decides
    return result.outcome


def _occlusion_targets(screen: TextScreen, flagged: Sequence[Screened]) -> list[list[Span]]:
    """Per item, the `_OCCLUDED` words whose removal lowers the top category's score most."""
    probes: list[str] = []
    owners: list[tuple[int, Span]] = []
    for index, result in enumerate(flagged):
        text = screen.text_of(result)
        for start, end in content_words(text):
            probes.append(text[:start] + text[end:])
            owners.append((index, (start, end)))
    drops: list[list[tuple[float, int, Span]]] = [[] for _ in flagged]
    for (index, span), probe in zip(owners, screen(probes), strict=True):
        outcome = _outcome(flagged[index])
        category = outcome.category or ""
        drop = outcome.categories[category] - _outcome(probe).categories.get(category, 0.0)
        drops[index].append((drop, span[1] - span[0], span))
    return [
        sorted(span for _, _, span in sorted(found, key=lambda d: (-d[0], -d[1]))[:_OCCLUDED])
        for found in drops
    ]


def flagged_originals(
    screen: TextScreen, texts: Sequence[str], limit: int | None = None, seed: str = ""
) -> tuple[int, list[Original]]:
    """How many of `texts` the pipeline flags, and (at most `limit` of) them with the spans
    an obfuscator would disguise: the evidence of every flagged category, plus probed words
    when the top category has none (a classifier decided)."""
    flagged = [result for result in screen(texts) if _outcome(result).action != "allow"]
    count = len(flagged)
    if limit is not None and count > limit:
        flagged = [flagged[i] for i in sorted(random.Random(seed).sample(range(count), limit))]
    outcomes = [_outcome(result) for result in flagged]
    spans = [[(e["start"], e["end"]) for r in o.reasons for e in r["evidence"]] for o in outcomes]
    blind = [i for i, outcome in enumerate(outcomes) if not outcome.reasons[0]["evidence"]]
    for i, extra in zip(
        blind, _occlusion_targets(screen, [flagged[i] for i in blind]), strict=True
    ):
        spans[i] += extra
    return count, [
        Original(
            screen.text_of(result),
            outcome.action,
            tuple(sorted(set(found))),
            bool(outcome.reasons[0]["evidence"]),
        )
        for result, outcome, found in zip(flagged, outcomes, spans, strict=True)
    ]


def _datasets() -> list[tuple[str, str, str]]:
    """(data set, language, field) of every shipped model's data set, authored ones too."""
    from clearpost.training.catalog import RECIPES

    return [
        (name, recipe.lang, "title" if recipe.fields == ("title",) else "body")
        for name, recipe in sorted(RECIPES.items())
    ]


def evaluate(
    techniques: Sequence[str] | None = None,
    limit: int | None = None,
    seed: int = 0,
    datasets: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Catch rates of obfuscated variants of the flagged test items, per data set and
    technique, with the full pipeline and the default policy."""
    from clearpost.detectors.lexicon import LexiconDetector
    from clearpost.runtime import build_screener
    from clearpost.training.data import find_dataset, read_rows

    begin = time.perf_counter()
    screener = build_screener()
    lexicons = [d.lexicon for d in screener.detectors if isinstance(d, LexiconDetector)]
    entries = [entry for lexicon in lexicons for entry in lexicon.entries]
    obfuscator = Obfuscator(seed=seed, homophones=homophones_from_lexicon(entries))

    chosen = list(techniques or TECHNIQUES)
    report: dict[str, Any] = {"seed": seed, "rate": obfuscator.rate, "limit": limit}
    report["policy"] = screener.policy.version
    rows = []
    overall = {(lang, name): Tally() for lang in ("en", "zh") for name in chosen}
    by_kind = {
        (lang, name, kind): Tally()
        for lang in ("en", "zh")
        for name in chosen
        for kind in _DECIDED_BY
    }
    for name, lang, field_name in _datasets():
        if datasets and name not in datasets:
            continue
        texts = [r["text"] for r in read_rows(find_dataset(name)) if r["split"] == "test"]
        screen = TextScreen(screener, field_name)
        flagged, originals = flagged_originals(screen, texts, limit, f"{seed}:{name}")
        tallies: dict[str, Any] = {}
        for technique in chosen:
            if lang not in TECHNIQUES[technique].langs:
                continue
            pairs = [
                (original, variant)
                for original in originals
                if (variant := obfuscator.variant(original.text, technique, original.targets))
            ]
            tally = Tally()
            for (original, _), result in zip(pairs, screen([v for _, v in pairs]), strict=True):
                action = result.outcome.action if result.outcome else "allow"
                tally.add(original.action, action)
                overall[lang, technique].add(original.action, action)
                by_kind[lang, technique, _decided_by(original)].add(original.action, action)
            tallies[technique] = tally.as_dict()
        rows.append(
            {"dataset": name, "lang": lang, "field": field_name, "test": len(texts),
             "flagged": flagged, "originals": len(originals), "techniques": tallies}
        )  # fmt: skip
    report["datasets"] = rows
    report["overall"] = {
        lang: {t: overall[lang, t].as_dict() for t in chosen if lang in TECHNIQUES[t].langs}
        for lang in ("en", "zh")
    }
    report["overall_by_evidence"] = {
        lang: {
            t: {kind: by_kind[lang, t, kind].as_dict() for kind in _DECIDED_BY}
            for t in chosen
            if lang in TECHNIQUES[t].langs
        }
        for lang in ("en", "zh")
    }
    report["seconds"] = round(time.perf_counter() - begin, 1)
    return report


# What flagged an original: lexicon evidence for its top category, or a classifier alone.
_DECIDED_BY = ("lexicon", "classifier")


def _decided_by(original: Original) -> str:
    return "lexicon" if original.evidence else "classifier"


def _cell(tally: Mapping[str, Any] | None) -> str:
    if not tally or not tally["n"]:
        return "—"
    return f"{100 * tally['caught_rate']:.1f} / {100 * tally['same_or_stronger_rate']:.1f}"


def format_report(report: Mapping[str, Any]) -> str:
    """Markdown tables, one per language: caught / same-or-stronger, % of originals."""
    lines = []
    for lang in ("en", "zh"):
        rows = [row for row in report["datasets"] if row["lang"] == lang]
        names = list(report["overall"][lang])
        if not rows or not names:
            continue
        lines.append(f"| data set ({lang}) | items | " + " | ".join(names) + " |")
        lines.append("|---|---|" + "---|" * len(names))
        for row in rows:
            cells = [_cell(row["techniques"].get(name)) for name in names]
            lines.append(f"| {row['dataset']} | {row['originals']} | " + " | ".join(cells) + " |")
        pooled = [_cell(report["overall"][lang][name]) for name in names]
        lines.append(f"| **all {lang}** | | " + " | ".join(pooled) + " |")
        split = report.get("overall_by_evidence", {}).get(lang, {})
        for kind, title in (("lexicon", "lexicon evidence"), ("classifier", "classifier only")):
            if split:
                cells = [_cell(split.get(name, {}).get(kind)) for name in names]
                lines.append(f"| all {lang}, {title} | | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def obfuscation_command(
    limit: int | None = typer.Option(
        None, "--limit", help="At most N flagged items per data set (fixed-seed sample)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    technique: list[str] = typer.Option(
        [], "--technique", help=f"Only these (repeatable): {', '.join(TECHNIQUES)}."
    ),
    dataset: list[str] = typer.Option([], "--dataset", help="Only these data sets (repeatable)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generators and the sample."),
) -> None:
    """Screen obfuscated variants of the flagged test items; report the share still caught."""
    unknown = sorted(set(technique) - set(TECHNIQUES))
    if unknown:
        typer.echo(f"error: unknown technique {', '.join(unknown)}", err=True)
        raise typer.Exit(2)
    report = evaluate(technique or None, limit, seed, dataset or None)
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    typer.echo(format_report(report))
    typer.echo(
        f"cells: caught (any action but allow) / same-or-stronger action, % of the flagged "
        f"originals; seed {report['seed']}, {report['seconds']} s"
    )
