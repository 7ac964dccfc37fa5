"""The report's numbers equal counts derived independently from the raw rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from clearpost.transparency import service
from clearpost.transparency.schemas import MedianRow, Report
from tests.transparency import expected, factories
from tests.transparency.conftest import Seeded

PERIODS = [
    (date(2026, 1, 1), date(2026, 6, 30)),  # everything, per month
    (date(2026, 2, 1), date(2026, 2, 28)),  # a month, per day
    (date(2026, 4, 1), date(2026, 4, 30)),  # boundary items on its first and last instant
    (date(2026, 3, 5), date(2026, 3, 6)),  # removal later restored, seen before the appeal
    (date(2026, 2, 10), date(2026, 2, 10)),  # one day
    (date(2025, 12, 15), date(2026, 3, 15)),  # across a year, per month
    (date(2025, 1, 1), date(2025, 1, 31)),  # nothing happened
]


def _medians(rows: list[MedianRow]) -> dict[str, tuple[int, float | None]]:
    return {m.group: (m.count, m.median_seconds) for m in rows if m.count or m.group != "all"}


def _close(
    got: dict[str, tuple[int, float | None]], want: dict[str, tuple[int, float | None]]
) -> None:
    want = {k: v for k, v in want.items() if v[0] or k != "all"}
    assert got.keys() == want.keys()
    for key, (count, value) in want.items():
        assert got[key][0] == count, key
        if value is None:
            assert got[key][1] is None
        else:
            # SQLite measures time with julianday(): exact to well under a millisecond.
            assert got[key][1] == pytest.approx(value, abs=0.01), key


def check(report: Report, want: dict[str, Any]) -> None:
    assert report.period.granularity == want["granularity"]
    assert report.totals.model_dump() == want["totals"]
    assert {(a.category, a.action): (a.items, a.accounts) for a in report.actions} == want[
        "actions"
    ]
    assert {
        (a.subject, a.automated_decision, a.automated_detection): (a.decisions, a.restrictive)
        for a in report.automation
    } == want["automation"]
    assert {s.standing: (s.decisions, s.accounts, s.automated) for s in report.sanctions} == want[
        "sanctions"
    ]
    assert {r.category: (r.received, r.upheld, r.rejected, r.open) for r in report.reports} == want[
        "reports"
    ]
    a = report.appeals
    *counts, seconds = want["appeals"]
    assert (a.received, a.decided, a.upheld, a.overturned, a.reversal_rate) == tuple(counts)
    if seconds is None:
        assert a.median_seconds_to_decide is None
    else:
        assert a.median_seconds_to_decide == pytest.approx(seconds, abs=0.01)
    _close(_medians(report.case_time), want["case_time"])
    _close(_medians(report.first_action_time), want["first_action_time"])
    assert [(p.bucket, p.items_acted_on, p.reports, p.appeals) for p in report.series] == want[
        "series"
    ]


@pytest.fixture(scope="module")
def tables(seeded: Seeded) -> expected.Tables:
    with seeded.db.engine.connect() as conn:
        return expected.load(conn)


@pytest.mark.parametrize(("start", "end"), PERIODS, ids=lambda d: d.isoformat())
def test_numbers_match_independent_counts(
    seeded: Seeded, tables: expected.Tables, start: date, end: date
) -> None:
    with seeded.session() as session:
        report = service.compute(db_session=session, start=start, end=end)
    check(report, expected.report(tables, start, end))


def test_the_seed_is_big_and_varied(tables: expected.Tables) -> None:
    assert len(tables.decisions) >= 10_000
    months = {d.created_at.strftime("%Y-%m") for d in tables.decisions}
    assert len(months) >= 6
    assert {d.action for d in tables.decisions} >= {"allow", "label", "limit", "hold", "remove"}
    assert max(d.number for d in tables.decisions) >= 3


def test_full_period_has_every_section(seeded: Seeded) -> None:
    with seeded.session() as session:
        report = service.compute(db_session=session, start=date(2026, 1, 1), end=date(2026, 6, 30))
    assert report.totals.items_acted_on > 1_000
    assert report.sanctions and report.reports and report.appeals.overturned > 0
    assert {m.group for m in report.case_time} >= {"all", "automated", "reports", "appeals"}
    assert {m.group for m in report.first_action_time} == {"all", "automated", "human"}
    assert [p.bucket for p in report.series] == [f"2026-0{m}" for m in range(1, 7)]


# Edge cases on their own, with exact expected numbers --------------------------------------


@pytest.fixture
def edges(connection: Connection) -> Session:
    """Only the hand-made edge histories, inside the test's rolled-back transaction."""
    rows = factories.Rows()
    factories.edges(rows)
    rows.insert(connection)
    return Session(bind=connection, join_transaction_mode="create_savepoint")


def acted(session: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    report = service.compute(db_session=session, start=start, end=end)
    return {(a.category, a.action): a.items for a in report.actions}


def test_an_item_decided_twice_counts_once_under_its_latest_decision(edges: Session) -> None:
    assert acted(edges, date(2026, 2, 1), date(2026, 2, 28)) == {("hate", "remove"): 1}
    assert acted(edges, date(2026, 2, 10), date(2026, 2, 11)) == {("hate", "label"): 1}
    assert acted(edges, date(2026, 2, 12), date(2026, 2, 12)) == {("hate", "remove"): 1}
    report = service.compute(db_session=edges, start=date(2026, 2, 1), end=date(2026, 2, 28))
    assert report.totals.decisions == 2
    assert report.totals.items_decided == 1
    assert report.totals.statements == 2  # both decisions restricted the item
    # Time to first action counts the first restriction only (the label, 1 s after receipt).
    first = {m.group: (m.count, m.median_seconds) for m in report.first_action_time}
    assert first["all"][0] == 1
    assert first["all"][1] == pytest.approx(1.0, abs=0.01)


def test_a_removal_restored_on_appeal_is_not_counted(edges: Session) -> None:
    assert acted(edges, date(2026, 3, 1), date(2026, 3, 31)) == {}
    assert acted(edges, date(2026, 3, 5), date(2026, 3, 6)) == {("fraud", "remove"): 1}
    report = service.compute(db_session=edges, start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert report.totals.items_decided == 1
    assert report.totals.items_acted_on == 0
    assert (report.appeals.received, report.appeals.decided, report.appeals.overturned) == (
        1,
        1,
        1,
    )
    assert report.appeals.reversal_rate == 1.0
    assert report.appeals.median_seconds_to_decide == pytest.approx(86400, abs=0.01)


def test_period_boundaries_are_whole_utc_days(edges: Session) -> None:
    # 2026-04-01T00:00:00 and 2026-04-30T23:59:59.999999 are in April; 05-01T00:00 is not.
    assert acted(edges, date(2026, 4, 1), date(2026, 4, 30)) == {("violence", "remove"): 2}
    assert acted(edges, date(2026, 3, 1), date(2026, 3, 31)) == {}
    assert acted(edges, date(2026, 5, 1), date(2026, 5, 1)) == {("violence", "remove"): 1}
    assert acted(edges, date(2026, 4, 30), date(2026, 4, 30)) == {("violence", "remove"): 1}
    report = service.compute(db_session=edges, start=date(2026, 4, 1), end=date(2026, 4, 30))
    series = {p.bucket: p.items_acted_on for p in report.series}
    assert series["2026-04-01"] == 1 and series["2026-04-30"] == 1
    assert sum(series.values()) == 2


def test_bad_periods_are_refused() -> None:
    with pytest.raises(service.PeriodError, match="after"):
        service.check_period(date(2026, 2, 2), date(2026, 2, 1))
    for bad in ("2026-2-01", "2026-02-30", "yesterday", "", "20260201"):
        with pytest.raises(service.PeriodError, match="from"):
            service.parse_day(bad, "from")


def test_granularity_follows_period_length() -> None:
    assert service.granularity(date(2026, 1, 1), date(2026, 3, 3)) == "day"  # 62 days
    assert service.granularity(date(2026, 1, 1), date(2026, 3, 4)) == "month"
    assert service.buckets(date(2025, 11, 20), date(2026, 2, 1), "month") == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_windows_are_utc(seeded: Seeded) -> None:
    with seeded.session() as session:
        w = service.window(db_session=session, start=date(2026, 4, 1), end=date(2026, 4, 30))
    assert w.start == datetime(2026, 4, 1, tzinfo=UTC)
    assert w.end == datetime(2026, 5, 1, tzinfo=UTC)
