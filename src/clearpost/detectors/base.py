"""The one interface every detector implements.

A detector receives a batch of prepared items and returns, for each item, a list of
signals. Detectors never do I/O at detect time (models and lists are loaded once, when
the detector is built) and never decide anything: the policy turns signals into actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from clearpost.text.normalize import NormalizedText


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the *original* text of one field that supports a signal."""

    field: str  # "title", "body", "link:0", "image:0"
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Signal:
    """One detector's finding about one item in one category.

    `score` is a calibrated probability-like value in [0, 1]; the policy compares it with
    its thresholds, so the same number must mean the same thing across detectors.
    `decisive` marks findings that need no threshold (a known-bad hash match).
    """

    detector: str
    category: str
    score: float
    evidence: tuple[Evidence, ...] = ()
    label: str | None = None  # finer label, e.g. "clickbait", "slur", "threat"
    decisive: bool = False
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImageInput:
    """An image attached to an item: raw bytes (already decoded from base64 or read)."""

    data: bytes
    name: str = ""


@dataclass(frozen=True, slots=True)
class Prepared:
    """One item as detectors see it: original fields plus their normalized views.

    Built once per item by the pipeline so that every detector shares the same work.
    """

    item_id: str
    fields: Mapping[str, NormalizedText]  # "title", "body" (only non-empty ones)
    lang: str  # "en" or "zh" (detected when the host did not say)
    links: tuple[str, ...] = ()
    images: tuple[ImageInput, ...] = ()
    account_id: str | None = None

    @property
    def model_text(self) -> str:
        """The text classifiers read (the same `model_view` they were trained on): title and
        body joined by a newline."""
        return "\n".join(view.model for view in self.fields.values())


@runtime_checkable
class Detector(Protocol):
    """Batch detector. `detect` returns one list of signals per input item, same order."""

    name: str
    categories: tuple[str, ...]

    def detect(self, batch: Sequence[Prepared]) -> list[list[Signal]]: ...
