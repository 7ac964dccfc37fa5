"""Evidence spans cut the original text into highlighted pieces."""

from __future__ import annotations

from clearpost.console.evidence import Piece, Span, dedupe, highlight, spans_from

LABELS = {"fraud": "Fraud and scams, clause CP-FRD-1", "spam": "Spam, clause CP-SPM-1"}


def test_spans_become_marked_pieces_with_their_labels() -> None:
    text = "Send your PIN to win a prize now"
    spans = spans_from(
        [{"field": "body", "start": 10, "end": 13, "text": "PIN"}], "fraud", LABELS
    ) + spans_from(
        [{"field": "body", "start": 17, "end": 28, "text": "win a prize"}], "spam", LABELS
    )
    pieces, unplaced = highlight(text, spans)
    assert "".join(p.text for p in pieces) == text
    assert [p for p in pieces if p.labels] == [
        Piece("PIN", (LABELS["fraud"],)),
        Piece("win a prize", (LABELS["spam"],)),
    ]
    assert unplaced == []


def test_overlapping_spans_split_at_every_boundary() -> None:
    text = "abcdefghij"
    spans = [Span("body", 2, 6, "cdef", "A"), Span("body", 4, 8, "efgh", "B")]
    pieces, _ = highlight(text, spans)
    assert pieces == [
        Piece("ab"),
        Piece("cd", ("A",)),
        Piece("ef", ("A", "B")),
        Piece("gh", ("B",)),
        Piece("ij"),
    ]


def test_spans_that_do_not_fit_are_not_highlighted() -> None:
    text = "short text"
    wrong_text = Span("body", 0, 5, "other", "A")
    out_of_range = Span("body", 5, 50, "", "A")
    empty = Span("body", 3, 3, "", "A")
    pieces, unplaced = highlight(text, [wrong_text, out_of_range, empty])
    assert pieces == [Piece(text)]
    assert unplaced == [wrong_text, out_of_range, empty]


def test_unicode_offsets_are_characters() -> None:
    text = "恭喜您被选中,请添加客服微信领取奖励"
    start = text.index("微信")
    pieces, _ = highlight(text, [Span("body", start, start + 2, "微信", "spam")])
    assert Piece("微信", ("spam",)) in pieces


def test_malformed_evidence_is_ignored_and_duplicates_dropped() -> None:
    raw = [{"field": "body", "start": "x", "end": 2}, {"start": 0, "end": 2, "text": "ab"}]
    spans = spans_from(raw, None, LABELS)
    assert spans == [Span("body", 0, 2, "ab", "evidence")]
    assert dedupe(spans + spans) == spans
