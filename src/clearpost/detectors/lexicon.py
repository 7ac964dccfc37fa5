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
from clearpost.detectors.lexicon_combos import ComboHit, Rules
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
    combos: list[ComboHit]


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
        self._combos = {
            lang: Rules([c for c in self.lexicon.combinations if c.lang in ("en", lang)])
            for lang in ("en", "zh")
        }

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
            combos = self._combos["zh" if zh else "en"].find(text)
            scans.append(_FieldScan(name, normalized.original, view, hits, found.contexts, combos))
        return scans

    def _detect_one(self, item: Prepared) -> list[Signal]:
        scans = self._scan(item)
        if not any(scan.hits or scan.combos for scan in scans):
            return []
        everywhere = [(scan.name, *context) for scan in scans for context in scan.contexts]
        found: dict[str, _Findings] = {}
        for order, scan in enumerate(scans):
            for hit in scan.hits:
                entry = hit.pattern.entry
                weight = hit.pattern.weight * _factor(
                    entry.category, hit.start, hit.end, scan.name, everywhere
                )
                if weight > 0:
                    findings = found.setdefault(entry.category, _Findings())
                    findings.add(entry.term, entry.label, weight, hit.pattern.via)
                    findings.cite(order, scan, hit.start, hit.end)
            for combo in scan.combos:
                rule = combo.combination
                weight = rule.weight * _factor(
                    rule.category, combo.start, combo.end, scan.name, everywhere
                )
                if weight > 0:
                    findings = found.setdefault(rule.category, _Findings())
                    findings.add(rule.key, rule.label, weight, "combination")
                    findings.cite(order, scan, combo.start, combo.end)
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

    def add(self, term: str, label: str, weight: float, via: str) -> None:
        if weight > self.terms.get(term, (0.0, ""))[0]:
            self.terms[term] = (weight, label)
        self.via.add(via)

    def cite(self, order: int, scan: _FieldScan, view_start: int, view_end: int) -> None:
        start, end = scan.view.to_original(view_start, view_end)
        self.evidence[(order, start, end)] = Evidence(
            scan.name, start, end, scan.original[start:end]
        )

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


def _factor(
    category: str,
    hit_start: int,
    hit_end: int,
    field: str,
    everywhere: list[tuple[str, Context, int, int]],
) -> float:
    """The strongest softening any applicable context gives a hit (1.0 when none)."""
    factor = 1.0
    for where, context, start, end in everywhere:
        if category not in context.categories or context.factor >= factor:
            continue
        if context.scope == "item" or (
            where == field and (context.scope == "field" or (start < hit_end and hit_start < end))
        ):
            factor = context.factor
    return factor
