"""normalize → detectors (batch) → policy. Pure computation: no database, no HTTP."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from clearpost.detectors.base import Detector, ImageInput, Prepared, Signal
from clearpost.policy.engine import CompiledPolicy, Outcome
from clearpost.text.lang import detect_lang
from clearpost.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class ScreenInput:
    """One item to screen, as the pipeline needs it."""

    item_id: str
    body: str
    title: str | None = None
    lang: str | None = None
    links: tuple[str, ...] = ()
    images: tuple[ImageInput, ...] = ()
    account_id: str | None = None
    tier: str | None = None
    classification: str | None = None


@dataclass(frozen=True, slots=True)
class Screened:
    """The result for one item: what detectors found and what the policy decided."""

    input: ScreenInput
    lang: str
    signals: list[Signal] = field(default_factory=list)
    outcome: Outcome | None = None


def prepare(item: ScreenInput) -> Prepared:
    """Normalize the text fields once, for every detector."""
    fields = {}
    if item.title:
        fields["title"] = normalize(item.title)
    if item.body:
        fields["body"] = normalize(item.body)
    lang = _lang(item.lang) or detect_lang(" ".join(v.canon for v in fields.values()))
    return Prepared(
        item_id=item.item_id,
        fields=fields,
        lang=lang,
        links=item.links,
        images=item.images,
        account_id=item.account_id,
    )


def _lang(declared: str | None) -> str | None:
    if not declared:
        return None
    base = declared.lower().replace("_", "-").split("-")[0]
    return base if base in {"en", "zh"} else None


class Screener:
    """Runs every detector over a batch, then asks the current policy for each item."""

    def __init__(self, detectors: Sequence[Detector], policy: Callable[[], CompiledPolicy]):
        self.detectors = list(detectors)
        self._policy = policy

    @property
    def policy(self) -> CompiledPolicy:
        return self._policy()

    def screen(self, items: Sequence[ScreenInput]) -> list[Screened]:
        """Screen a batch; results are in input order."""
        if not items:
            return []
        prepared = [prepare(item) for item in items]
        found: list[list[Signal]] = [[] for _ in items]
        for detector in self.detectors:
            results = detector.detect(prepared)
            if len(results) != len(prepared):
                raise RuntimeError(
                    f"detector {detector.name} returned {len(results)} results "
                    f"for {len(prepared)} items"
                )
            for bucket, signals in zip(found, results, strict=True):
                bucket.extend(signals)
        policy = self.policy
        return [
            Screened(
                input=item,
                lang=prep.lang,
                signals=signals,
                outcome=policy.decide(
                    signals, tier=item.tier, classification=item.classification, lang=prep.lang
                ),
            )
            for item, prep, signals in zip(items, prepared, found, strict=True)
        ]
