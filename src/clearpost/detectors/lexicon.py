"""The lexicon detector: reviewed term lists matched on obfuscation-proof text views.

Terms are matched on the skeleton view (leet, homoglyphs, spacing, repeated letters,
Traditional characters all folded) and, for Chinese, on a pinyin view (homophones).
False friends ("Scunthorpe", "assassin") drop the hits inside them; contexts ("breast
cancer", "防骗提醒") lower or cancel hits of chosen categories. One Signal per category,
with every supporting span of the original text as evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from clearpost.detectors.base import Evidence, Prepared, Signal
from clearpost.detectors.lexicon_data import Context, Lexicon, load_lexicon
from clearpost.detectors.lexicon_match import Hit, Matcher
from clearpost.resources import bundled_path
from clearpost.text.chinese import CJK_RE
from clearpost.text.normalize import NormalizedText, View, normalize


def default_lexicon_dir() -> Path:
    """The bundled lexicons: clearpost/_bundled/lexicons in a wheel, else the repo's lexicons/."""
    return bundled_path("lexicons")


@dataclass(slots=True)
class _FieldScan:
    name: str
    original: str
    view: View
    hits: list[Hit]
    contexts: list[tuple[Context, int, int]]


def _skeleton(normalized: NormalizedText) -> View:
    if normalized.skeleton is not None:
        return normalized.skeleton
    view = normalize(normalized.original).skeleton  # hand-built NormalizedText
    assert view is not None
    return view


def _false_friend(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    """The hit overlaps a benign word that is not itself inside the hit.

    Overlap, not containment, because Chinese has no spaces: in "我操作" the hit "我操"
    only overlaps the word "操作". A false friend wholly inside a longer hit does not
    excuse it.
    """
    return any(
        start < hit.end and hit.start < end and not (hit.start <= start and end <= hit.end)
        for start, end in spans
    )


def _drop_contained(hits: list[Hit]) -> list[Hit]:
    """Keep the most specific hit: "kill you" inside "i will kill you" (same category)
    is not a second piece of evidence."""
    hits.sort(key=lambda hit: (hit.start, hit.start - hit.end))
    kept: list[Hit] = []
    for hit in hits:
        category = hit.pattern.entry.category
        if not any(
            other.pattern.entry.category == category
            and other.start <= hit.start
            and hit.end <= other.end
            and other.end - other.start > hit.end - hit.start
            for other in kept
        ):
            kept.append(hit)
    return kept


class LexiconDetector:
    """Detector over the bundled (or a custom) lexicon directory; see lexicons/README.md."""

    name = "lexicon"

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory else default_lexicon_dir()
        self.lexicon: Lexicon = load_lexicon(self.directory)
        self.categories: tuple[str, ...] = self.lexicon.categories
        self._matcher = Matcher(self.lexicon)

    def detect(self, batch: Sequence[Prepared]) -> list[list[Signal]]:
        """One list of signals per item: at most one Signal per category."""
        return [self._detect_one(item) for item in batch]

    def _scan(self, item: Prepared) -> list[_FieldScan]:
        scans = []
        for name, normalized in item.fields.items():
            view = _skeleton(normalized)
            text = view.text
            zh = item.lang == "zh" or (not text.isascii() and CJK_RE.search(text) is not None)
            found = self._matcher.scan(view, zh)
            hits = _drop_contained(
                [hit for hit in found.hits if not _false_friend(hit, found.friends)]
            )
            scans.append(_FieldScan(name, normalized.original, view, hits, found.contexts))
        return scans

    def _detect_one(self, item: Prepared) -> list[Signal]:
        scans = self._scan(item)
        if not any(scan.hits for scan in scans):
            return []
        everywhere = [(scan.name, *context) for scan in scans for context in scan.contexts]
        found: dict[str, _Findings] = {}
        for order, scan in enumerate(scans):
            for hit in scan.hits:
                weight = hit.pattern.weight * _factor(hit, scan.name, everywhere)
                if weight > 0:
                    findings = found.setdefault(hit.pattern.entry.category, _Findings())
                    findings.add(hit, weight, order, scan)
        return [
            found[category].signal(self.name, category)
            for category in self.categories
            if category in found
        ]


@dataclass(slots=True)
class _Findings:
    """Everything found for one category of one item."""

    terms: dict[str, tuple[float, str]] = field(default_factory=dict)  # term -> weight, label
    evidence: dict[tuple[int, int, int], Evidence] = field(default_factory=dict)
    via: set[str] = field(default_factory=set)

    def add(self, hit: Hit, weight: float, order: int, scan: _FieldScan) -> None:
        entry = hit.pattern.entry
        if weight > self.terms.get(entry.term, (0.0, ""))[0]:
            self.terms[entry.term] = (weight, entry.label)
        start, end = scan.view.to_original(hit.start, hit.end)
        self.evidence[(order, start, end)] = Evidence(
            scan.name, start, end, scan.original[start:end]
        )
        self.via.add(hit.pattern.via)

    def signal(self, detector: str, category: str) -> Signal:
        ranked = sorted(self.terms.items(), key=lambda pair: -pair[1][0])
        miss = 1.0
        for _, (weight, _label) in ranked:
            miss *= 1.0 - weight  # noisy-OR: each distinct term is another piece of evidence
        return Signal(
            detector=detector,
            category=category,
            score=round(1.0 - miss, 4),
            evidence=tuple(self.evidence[key] for key in sorted(self.evidence)),
            label=ranked[0][1][1],
            details={"terms": [term for term, _ in ranked], "via": sorted(self.via)},
        )


def _factor(hit: Hit, field: str, everywhere: list[tuple[str, Context, int, int]]) -> float:
    """The strongest softening any applicable context gives this hit (1.0 when none)."""
    category = hit.pattern.entry.category
    factor = 1.0
    for where, context, start, end in everywhere:
        if category not in context.categories or context.factor >= factor:
            continue
        if context.scope == "item" or (
            where == field and (context.scope == "field" or (start < hit.end and hit.start < end))
        ):
            factor = context.factor
    return factor
