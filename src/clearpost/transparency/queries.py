"""The report's SQL. Every number is a GROUP BY here, the same on SQLite and PostgreSQL.

A period is a half-open window [start, end) in UTC. Python only adds up the few grouped
rows these queries return (tens to hundreds); it never walks decision rows. The indexes
these queries rely on are declared in transparency/models.py.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    extract,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from clearpost.appeals.models import Appeal
from clearpost.decisions.models import Decision
from clearpost.reports.models import Report
from clearpost.review.models import ReviewCase

# Actions that restrict an item or an account; a warning restricts nothing.
ITEM_RESTRICTIONS = ("label", "limit", "hold", "remove")
ACCOUNT_SANCTIONS = ("warned", "limited", "suspended", "closed")
ACCOUNT_RESTRICTIONS = ("limited", "suspended", "closed")
NOT_RESTRICTIVE = ("allow", "good")


@dataclass(frozen=True)
class Window:
    start: datetime  # included
    end: datetime  # excluded
    dialect: str
    granularity: str  # day | month


def within(column: Any, window: Window) -> ColumnElement[bool]:
    return and_(column >= window.start, column < window.end)


def seconds_between(later: Any, earlier: Any, dialect: str) -> ColumnElement[Any]:
    """`later - earlier` in seconds, as a float, on either database."""
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    return extract("epoch", later - earlier)


def bucket(column: Any, window: Window) -> ColumnElement[str]:
    """The UTC day (YYYY-MM-DD) or month (YYYY-MM) of a timestamp, as text.

    Formats are literal SQL, not bound parameters, so PostgreSQL sees the GROUP BY
    expression as the same one as in the select list.
    """
    day = window.granularity == "day"
    if window.dialect == "sqlite":
        # SQLite stores UTC timestamps as ISO text ("2026-03-01 12:00:00.000000"): the
        # prefix is the bucket, and substr costs a fraction of strftime's date parsing.
        return func.substr(column, 1, 10 if day else 7)
    fmt = "'YYYY-MM-DD'" if day else "'YYYY-MM'"
    return func.to_char(func.timezone(literal_column("'UTC'"), column), literal_column(fmt))


# Decisions of the window ------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    subject: str
    action: str
    automated_decision: str
    automated_detection: bool
    decisions: int


def decision_groups(db_session: Session, window: Window) -> list[Group]:
    """The window's decisions grouped by subject, action and automation.

    One pass over the window; the automation table, the decision and statement totals and
    the sanction counts are sums of these groups.
    """
    query = (
        select(
            Decision.subject_type,
            Decision.action,
            Decision.automated_decision,
            Decision.automated_detection,
            func.count(),
        )
        .where(within(Decision.created_at, window))
        .group_by(
            Decision.subject_type,
            Decision.action,
            Decision.automated_decision,
            Decision.automated_detection,
        )
    )
    return [Group(r[0], r[1], r[2], bool(r[3]), int(r[4])) for r in db_session.execute(query)]


def sanction_accounts(db_session: Session, window: Window) -> dict[str, int]:
    """Distinct accounts per standing set by an account decision in the window."""
    query = (
        select(Decision.action, func.count(Decision.account_id.distinct()))
        .where(
            within(Decision.created_at, window),
            Decision.subject_type == "account",
            Decision.action.in_(ACCOUNT_SANCTIONS),
        )
        .group_by(Decision.action)
    )
    return {str(a): int(n) for a, n in db_session.execute(query)}


def statement_filter(window: Window) -> ColumnElement[bool]:
    """Decisions that need a DSA statement of reasons: restrictions made in the window."""
    return and_(
        within(Decision.created_at, window),
        or_(
            and_(Decision.subject_type == "item", Decision.action.in_(ITEM_RESTRICTIONS)),
            and_(
                Decision.subject_type == "account",
                Decision.action.in_(ACCOUNT_RESTRICTIONS),
            ),
        ),
    )


# Items by their current state -------------------------------------------------------------


def current_filter(window: Window) -> ColumnElement[bool]:
    """An item decision in the window that no later decision in the window replaced.

    Each item decided in the window has exactly one such decision: its current state for
    the period. `superseded_at` (set when the next decision is made) makes it a plain
    filter instead of a probe for a later decision.
    """
    return and_(
        Decision.subject_type == "item",
        within(Decision.created_at, window),
        or_(Decision.superseded_at.is_(None), Decision.superseded_at >= window.end),
    )


def items_decided(db_session: Session, window: Window) -> int:
    """Distinct items with at least one decision in the window: each has exactly one
    current decision there (`current_filter`), so this is a count, not a DISTINCT."""
    query = select(func.count()).select_from(Decision).where(current_filter(window))
    return int(db_session.execute(query).scalar_one())


@dataclass(frozen=True)
class CurrentStats:
    cells: list[tuple[str, str, str, int]]  # (category, action, bucket, items)
    accounts: dict[tuple[str, str], int]  # distinct accounts per (category, action)
    accounts_total: int


def current_stats(db_session: Session, window: Window) -> CurrentStats:
    """Items acted on (current decision not allow) by category, action and bucket, and
    the distinct accounts behind them, from one materialised pass."""
    category = func.coalesce(Decision.category, literal_column("'none'"))
    cur = (
        select(
            category.label("category"),
            Decision.action.label("action"),
            Decision.account_id.label("account_id"),
            bucket(Decision.created_at, window).label("bucket"),
        )
        .where(current_filter(window), Decision.action != "allow")
        .cte("current_decisions")
        .prefix_with("MATERIALIZED")
    )
    text_null = cast(null(), String)
    cells = select(
        literal_column("'cell'").label("kind"),
        cur.c.category,
        cur.c.action,
        cur.c.bucket,
        func.count().label("n"),
    ).group_by(cur.c.category, cur.c.action, cur.c.bucket)
    per_group = select(
        literal_column("'accounts'"),
        cur.c.category,
        cur.c.action,
        text_null,
        func.count(cur.c.account_id.distinct()),
    ).group_by(cur.c.category, cur.c.action)
    total: Select = select(
        literal_column("'total'"),
        text_null,
        text_null,
        text_null,
        func.count(cur.c.account_id.distinct()),
    )
    stats = CurrentStats(cells=[], accounts={}, accounts_total=0)
    accounts_total = 0
    for kind, cat, action, label, n in db_session.execute(union_all(cells, per_group, total)):
        if kind == "cell":
            stats.cells.append((str(cat), str(action), str(label), int(n)))
        elif kind == "accounts":
            stats.accounts[(str(cat), str(action))] = int(n)
        else:
            accounts_total = int(n)
    return CurrentStats(stats.cells, stats.accounts, accounts_total)


# Reports and appeals ------------------------------------------------------------------------


def reports(db_session: Session, window: Window) -> list[tuple[str, int, int, int, int]]:
    """(category, received, upheld, rejected, open) — state as of the end of the window."""
    resolved = and_(Report.resolved_at.is_not(None), Report.resolved_at < window.end)

    def outcome(name: str) -> Any:
        return func.sum(case((and_(resolved, Report.outcome == name), 1), else_=0))

    query = (
        select(
            Report.category,
            func.count(),
            outcome("upheld"),
            outcome("rejected"),
            func.sum(case((resolved, 0), else_=1)),
        )
        .where(within(Report.created_at, window))
        .group_by(Report.category)
    )
    return [
        (r[0], int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0))
        for r in db_session.execute(query)
    ]


def appeals(db_session: Session, window: Window) -> tuple[int, int, int, int]:
    """(received, decided, upheld, overturned): received by created_at, the rest by decided_at."""
    received = db_session.execute(
        select(func.count()).select_from(Appeal).where(within(Appeal.created_at, window))
    ).scalar_one()
    row = db_session.execute(
        select(
            func.count(),
            func.sum(case((Appeal.status == "upheld", 1), else_=0)),
            func.sum(case((Appeal.status == "overturned", 1), else_=0)),
        ).where(Appeal.status.in_(("upheld", "overturned")), within(Appeal.decided_at, window))
    ).one()
    return int(received), int(row[0]), int(row[1] or 0), int(row[2] or 0)


# Medians ------------------------------------------------------------------------------------


def medians(db_session: Session, values: Select) -> dict[str, tuple[int, float | None]]:
    """Median of `value` per `grp`, and over every row as group "all".

    The database filters and computes the values; the medians are taken here from the one
    numeric column it returns. Window-function medians (ROW_NUMBER over a sorted CTE) cost
    several times more on SQLite for the same numbers.
    """
    groups: dict[str, list[float]] = {}
    for grp, value in db_session.execute(values):
        if value is not None:
            groups.setdefault(str(grp), []).append(float(value))
    every = [v for found in groups.values() for v in found]
    if every:
        groups["all"] = every
    out: dict[str, tuple[int, float | None]] = {}
    for grp, found in groups.items():
        out[grp] = (len(found), round(statistics.median(found), 3))
    return out


def case_times(db_session: Session, window: Window) -> dict[str, tuple[int, float | None]]:
    """Median seconds from a review case opening to its decision, per queue and for all."""
    done = and_(within(ReviewCase.decided_at, window), ReviewCase.seconds_to_decision.is_not(None))
    values = select(
        ReviewCase.queue.label("grp"), ReviewCase.seconds_to_decision.label("value")
    ).where(done)
    return medians(db_session, values)


def first_action_times(db_session: Session, window: Window) -> dict[str, tuple[int, float | None]]:
    """Median seconds from receiving the content to the item's first restriction.

    Counted for items whose first non-allow decision ever falls in the window; measured
    from the revision that decision was about (an edit starts the clock again). The seconds
    are written on that decision when it is made (`first_action_seconds`).
    """
    who = case(
        (Decision.automated_decision != "not", literal_column("'automated'")),
        else_=literal_column("'human'"),
    )
    values = select(who.label("grp"), Decision.first_action_seconds.label("value")).where(
        Decision.subject_type == "item",
        within(Decision.created_at, window),
        Decision.first_action_seconds.is_not(None),
    )
    return medians(db_session, values)


def appeal_time(db_session: Session, window: Window) -> float | None:
    seconds = seconds_between(Appeal.decided_at, Appeal.created_at, window.dialect)
    values = select(literal_column("'appeals'").label("grp"), seconds.label("value")).where(
        Appeal.status.in_(("upheld", "overturned")), within(Appeal.decided_at, window)
    )
    return medians(db_session, values).get("all", (0, None))[1]


def received_series(db_session: Session, window: Window) -> dict[str, dict[str, int]]:
    """Reports and appeals received per day or month."""
    out: dict[str, dict[str, int]] = {}
    for name, column in (("reports", Report.created_at), ("appeals", Appeal.created_at)):
        key = bucket(column, window)
        query = select(key, func.count()).where(within(column, window)).group_by(key)
        for label, count in db_session.execute(query):
            out.setdefault(str(label), {})[name] = int(count)
    return out
