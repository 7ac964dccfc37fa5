"""The report's SQL. Every number is a GROUP BY here, the same on SQLite and PostgreSQL.

A period is a half-open window [start, end) in UTC. Python only reshapes the few grouped
rows these queries return; it never walks decision rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    extract,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import Subquery

from clearpost.appeals.models import Appeal
from clearpost.decisions.models import Decision
from clearpost.items.models import Item, ItemRevision
from clearpost.reports.models import Report
from clearpost.review.models import ReviewCase

# Actions that restrict an item or an account (everything else allows or restores).
ITEM_RESTRICTIONS = ("label", "limit", "hold", "remove")
ACCOUNT_SANCTIONS = ("warned", "limited", "suspended", "closed")
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
        fmt = "'%Y-%m-%d'" if day else "'%Y-%m'"
        return func.strftime(literal_column(fmt), column)
    fmt = "'YYYY-MM-DD'" if day else "'YYYY-MM'"
    return func.to_char(func.timezone(literal_column("'UTC'"), column), literal_column(fmt))


def current_item_decisions(window: Window) -> Subquery:
    """Per item with a decision in the window, its latest decision in the window."""
    latest = (
        select(Decision.item_id, func.max(Decision.number).label("number"))
        .where(Decision.subject_type == "item", within(Decision.created_at, window))
        .group_by(Decision.item_id)
        .subquery("latest")
    )
    return (
        select(
            Decision.id,
            Decision.item_id,
            Decision.account_id,
            Decision.action,
            Decision.category,
            Decision.created_at,
        )
        .join(
            latest,
            and_(Decision.item_id == latest.c.item_id, Decision.number == latest.c.number),
        )
        .subquery("current")
    )


def actions(db_session: Session, window: Window) -> list[tuple[str, str, int, int]]:
    """(category, action, items, distinct accounts) over items' current decisions."""
    cur = current_item_decisions(window)
    category = func.coalesce(cur.c.category, literal_column("'none'"))
    query = (
        select(category, cur.c.action, func.count(), func.count(cur.c.account_id.distinct()))
        .where(cur.c.action != "allow")
        .group_by(category, cur.c.action)
    )
    return [(r[0], r[1], int(r[2]), int(r[3])) for r in db_session.execute(query)]


def item_totals(db_session: Session, window: Window) -> tuple[int, int, int]:
    """(items decided, items acted on, distinct accounts acted on)."""
    cur = current_item_decisions(window)
    acted = cur.c.action != "allow"
    query = select(
        func.count(),
        func.coalesce(func.sum(case((acted, 1), else_=0)), 0),
        func.count(func.distinct(case((acted, cur.c.account_id)))),
    )
    row = db_session.execute(query).one()
    return int(row[0]), int(row[1]), int(row[2])


def sanctions(db_session: Session, window: Window) -> list[tuple[str, int, int, int]]:
    """(standing, decisions, distinct accounts, automated) for account decisions."""
    automated = func.sum(case((Decision.automated_decision != "not", 1), else_=0))
    query = (
        select(
            Decision.action,
            func.count(),
            func.count(Decision.account_id.distinct()),
            automated,
        )
        .where(
            Decision.subject_type == "account",
            Decision.action.in_(ACCOUNT_SANCTIONS),
            within(Decision.created_at, window),
        )
        .group_by(Decision.action)
    )
    return [(r[0], int(r[1]), int(r[2]), int(r[3] or 0)) for r in db_session.execute(query)]


def automation(db_session: Session, window: Window) -> list[tuple[str, str, bool, int, int]]:
    """(subject, automated_decision, automated_detection, decisions, restrictive)."""
    restrictive = func.sum(case((Decision.action.not_in(NOT_RESTRICTIVE), 1), else_=0))
    query = (
        select(
            Decision.subject_type,
            Decision.automated_decision,
            Decision.automated_detection,
            func.count(),
            restrictive,
        )
        .where(within(Decision.created_at, window))
        .group_by(Decision.subject_type, Decision.automated_decision, Decision.automated_detection)
    )
    return [(r[0], r[1], bool(r[2]), int(r[3]), int(r[4] or 0)) for r in db_session.execute(query)]


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
    decided = Appeal.status.in_(("upheld", "overturned"))
    row = db_session.execute(
        select(
            func.count(),
            func.sum(case((Appeal.status == "upheld", 1), else_=0)),
            func.sum(case((Appeal.status == "overturned", 1), else_=0)),
        ).where(decided, within(Appeal.decided_at, window))
    ).one()
    return int(received), int(row[0]), int(row[1] or 0), int(row[2] or 0)


def medians(
    db_session: Session, parts: Sequence[Select]
) -> dict[str, tuple[int, float | None]]:
    """Median of `value` per `grp` over the union of `parts` (each selects grp, value).

    Portable median: rank the values in each group with window functions and average
    the middle one (odd count) or two (even count).
    """
    values = union_all(*parts).subquery("v") if len(parts) > 1 else parts[0].subquery("v")
    rank = func.row_number().over(partition_by=values.c.grp, order_by=values.c.value)
    ranked = select(
        values.c.grp,
        values.c.value,
        rank.label("rn"),
        func.count().over(partition_by=values.c.grp).label("n"),
    ).subquery("r")
    middle = or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2)
    query = (
        select(ranked.c.grp, func.max(ranked.c.n), func.avg(ranked.c.value))
        .where(middle)
        .group_by(ranked.c.grp)
    )
    out: dict[str, tuple[int, float | None]] = {}
    for grp, n, value in db_session.execute(query):
        out[str(grp)] = (int(n), None if value is None else round(float(value), 3))
    return out


def case_times(db_session: Session, window: Window) -> dict[str, tuple[int, float | None]]:
    """Median seconds from a review case opening to its decision, per queue and for all."""
    done = and_(ReviewCase.seconds_to_decision.is_not(None), within(ReviewCase.decided_at, window))
    per_queue = select(
        ReviewCase.queue.label("grp"), ReviewCase.seconds_to_decision.label("value")
    ).where(done)
    every = select(
        literal("all").label("grp"), ReviewCase.seconds_to_decision.label("value")
    ).where(done)
    return medians(db_session, [per_queue, every])


def first_action_times(db_session: Session, window: Window) -> dict[str, tuple[int, float | None]]:
    """Median seconds from receiving the content to the item's first restriction.

    Counted for items whose first non-allow decision ever falls in the window; measured
    from the revision that decision was about (an edit starts the clock again).
    """
    earlier = aliased(Decision)
    first = and_(
        Decision.subject_type == "item",
        Decision.action != "allow",
        within(Decision.created_at, window),
        ~exists().where(
            earlier.item_id == Decision.item_id,
            earlier.number < Decision.number,
            earlier.action != "allow",
        ),
    )
    received = func.coalesce(ItemRevision.received_at, Item.received_at)
    seconds = seconds_between(Decision.created_at, received, window.dialect)
    who = case((Decision.automated_decision != "not", "automated"), else_="human")

    def part(grp: Any) -> Select:
        return (
            select(grp.label("grp"), seconds.label("value"))
            .select_from(Decision)
            .join(Item, Item.id == Decision.item_id)
            .outerjoin(ItemRevision, ItemRevision.id == Decision.revision_id)
            .where(first)
        )

    return medians(db_session, [part(who), part(literal("all"))])


def appeal_time(db_session: Session, window: Window) -> float | None:
    seconds = seconds_between(Appeal.decided_at, Appeal.created_at, window.dialect)
    part = select(literal("all").label("grp"), seconds.label("value")).where(
        Appeal.status.in_(("upheld", "overturned")), within(Appeal.decided_at, window)
    )
    return medians(db_session, [part]).get("all", (0, None))[1]


def series(db_session: Session, window: Window) -> dict[str, dict[str, int]]:
    """Per day or month: items acted on (by the date of their current decision), reports
    and appeals received."""
    out: dict[str, dict[str, int]] = {}
    cur = current_item_decisions(window)
    key = bucket(cur.c.created_at, window)
    queries: list[tuple[str, Select]] = [
        (
            "items_acted_on",
            select(key, func.count()).where(cur.c.action != "allow").group_by(key),
        ),
    ]
    for name, column in (("reports", Report.created_at), ("appeals", Appeal.created_at)):
        key = bucket(column, window)
        queries.append(
            (name, select(key, func.count()).where(within(column, window)).group_by(key))
        )
    for name, query in queries:
        for label, count in db_session.execute(query):
            out.setdefault(str(label), {})[name] = int(count)
    return out


def decision_count(db_session: Session, window: Window) -> int:
    query = select(func.count()).select_from(Decision).where(within(Decision.created_at, window))
    return int(db_session.execute(query).scalar_one())


# Account decisions that restrict the account (a warning restricts nothing: no statement).
ACCOUNT_RESTRICTIONS = ("limited", "suspended", "closed")


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


def statement_count(db_session: Session, window: Window) -> int:
    query = select(func.count()).select_from(Decision).where(statement_filter(window))
    return int(db_session.execute(query).scalar_one())
