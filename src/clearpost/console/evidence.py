"""Evidence spans on the original text: cut a field into plain and highlighted pieces.

Spans are {field, start, end, text} on the ORIGINAL title or body of the revision a
decision was made on. Overlapping spans are split at every boundary, so each piece carries
the labels (category and clause) of every span that covers it. A span whose offsets do not
fit the text (another revision) is returned as unplaced instead of highlighting the wrong
characters.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    field: str
    start: int
    end: int
    text: str
    label: str  # "Fraud and scams, clause CP-FRD-1"


@dataclass(frozen=True)
class Piece:
    text: str
    labels: tuple[str, ...] = ()  # empty: plain text


def spans_from(
    evidence: Iterable[Mapping[str, Any]], category: str | None, labels: Mapping[str, str]
) -> list[Span]:
    """Spans of one reason or signal; `labels` maps a category to its readable label."""
    out = []
    label = labels.get(category or "", category or "evidence")
    for raw in evidence:
        try:
            start, end = int(raw["start"]), int(raw["end"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append(Span(str(raw.get("field", "body")), start, end, str(raw.get("text", "")), label))
    return out


def _fits(span: Span, text: str) -> bool:
    if not 0 <= span.start < span.end <= len(text):
        return False
    return not span.text or text[span.start : span.end] == span.text


def highlight(text: str, spans: Iterable[Span]) -> tuple[list[Piece], list[Span]]:
    """The text as pieces, highlighted where spans cover it; and the spans that do not fit."""
    placed: list[Span] = []
    unplaced: list[Span] = []
    for span in spans:
        (placed if _fits(span, text) else unplaced).append(span)
    if not placed:
        return [Piece(text)] if text else [], unplaced
    cuts = sorted({0, len(text), *(s.start for s in placed), *(s.end for s in placed)})
    pieces: list[Piece] = []
    for left, right in itertools.pairwise(cuts):
        labels = tuple(sorted({s.label for s in placed if s.start <= left and right <= s.end}))
        chunk = text[left:right]
        if pieces and pieces[-1].labels == labels:
            pieces[-1] = Piece(pieces[-1].text + chunk, labels)
        else:
            pieces.append(Piece(chunk, labels))
    return pieces, unplaced


def dedupe(spans: Iterable[Span]) -> list[Span]:
    seen: set[tuple[str, int, int, str]] = set()
    out = []
    for span in spans:
        key = (span.field, span.start, span.end, span.label)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
