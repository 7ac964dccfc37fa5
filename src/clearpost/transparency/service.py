"""Transparency operations: compute a report over a period; mark and list example cases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clearpost.audit import service as audit
from clearpost.decisions.models import Decision
from clearpost.staff import service as staff_service
from clearpost.staff.models import Staff
from clearpost.transparency import queries as q
from clearpost.transparency.models import ExampleCase
from clearpost.transparency.schemas import (
    ActionRow,
    Appeals,
    AutomationRow,
    ExampleOut,
    Granularity,
    MedianRow,
    Period,
    Report,
    ReportRow,
    SanctionRow,
    SeriesPoint,
    Totals,
)

# Periods up to this many days are charted per day; longer ones per month.
DAILY_UP_TO_DAYS = 62
ACTION_ORDER = {a: i for i, a in enumerate(("remove", "hold", "limit", "label"))}
STANDING_ORDER = {s: i for i, s in enumerate(q.ACCOUNT_SANCTIONS)}
CASE_QUEUES = ("all", "automated", "reports", "appeals", "spam_wave")
ACTORS = ("all", "automated", "human")


class PeriodError(ValueError):
    """A period that cannot be reported on; the message names the problem."""


def parse_day(value: str, name: str) -> date:
    """A strict YYYY-MM-DD date (raises PeriodError naming the parameter)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        raise PeriodError(f"{name}: expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise PeriodError(f"{name}: {value!r} is not a real date ({exc})") from None


def check_period(start: date, end: date, names: tuple[str, str] = ("from", "to")) -> None:
    if start > end:
        first, last = names
        raise PeriodError(f"{first}: {start.isoformat()} is after {last} ({end.isoformat()})")


def granularity(start: date, end: date) -> Granularity:
    return "day" if (end - start).days + 1 <= DAILY_UP_TO_DAYS else "month"


def window(*, db_session: Session, start: date, end: date) -> q.Window:
    """The half-open UTC window [start 00:00, end + 1 day 00:00) of a period."""
    check_period(start, end)
    return q.Window(
        start=datetime.combine(start, time.min, tzinfo=UTC),
        end=datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC),
        dialect=db_session.get_bind().dialect.name,
        granularity=granularity(start, end),
    )


def buckets(start: date, end: date, unit: Granularity) -> list[str]:
    """Every day or month label of the period, so quiet days show as zero."""
    labels: list[str] = []
    if unit == "day":
        day = start
        while day <= end:
            labels.append(day.isoformat())
            day += timedelta(days=1)
        return labels
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return labels


def _medians(found: dict[str, tuple[int, float | None]], order: Sequence[str]) -> list[MedianRow]:
    keys = [k for k in order if k in found] + sorted(k for k in found if k not in order)
    rows = [MedianRow(group=k, count=found[k][0], median_seconds=found[k][1]) for k in keys]
    if "all" not in found:
        rows.insert(0, MedianRow(group="all", count=0, median_seconds=None))
    return rows


def compute(*, db_session: Session, start: date, end: date) -> Report:
    """The transparency report for the days `start`..`end` (both included, UTC).

    Every number comes from the decision records by GROUP BY queries (queries.py); the
    definitions are in docs/transparency.md.
    """
    w = window(db_session=db_session, start=start, end=end)
    unit = granularity(start, end)
    if w.dialect == "postgresql":
        # Each query runs in milliseconds; PostgreSQL's JIT would spend hundreds compiling
        # them (measured: 440 ms of 590). Only this transaction is affected.
        db_session.execute(text("SET LOCAL jit = off"))
    groups = q.decision_groups(db_session, w)
    current = q.current_stats(db_session, w)

    items: dict[tuple[str, str], int] = {}
    acted_by_bucket: dict[str, int] = {}
    for category, action, label, n in current.cells:
        items[(category, action)] = items.get((category, action), 0) + n
        acted_by_bucket[label] = acted_by_bucket.get(label, 0) + n
    actions = [
        ActionRow(category=c, action=a, items=n, accounts=current.accounts.get((c, a), 0))
        for (c, a), n in items.items()
    ]
    actions.sort(key=lambda r: (r.category, ACTION_ORDER.get(r.action, 99), r.action))

    by_standing: dict[str, list[int]] = {}
    by_automation: dict[tuple[str, str, bool], list[int]] = {}
    for g in groups:
        restrictive = g.action not in q.NOT_RESTRICTIVE
        cell = by_automation.setdefault(
            (g.subject, g.automated_decision, g.automated_detection), [0, 0]
        )
        cell[0] += g.decisions
        cell[1] += g.decisions if restrictive else 0
        if g.subject == "account" and g.action in q.ACCOUNT_SANCTIONS:
            tally = by_standing.setdefault(g.action, [0, 0])
            tally[0] += g.decisions
            tally[1] += g.decisions if g.automated_decision != "not" else 0
    accounts_by_standing = q.sanction_accounts(db_session, w) if by_standing else {}
    sanctions = [
        SanctionRow(standing=s, decisions=n, accounts=accounts_by_standing.get(s, 0), automated=a)
        for s, (n, a) in by_standing.items()
    ]
    sanctions.sort(key=lambda r: STANDING_ORDER.get(r.standing, 99))
    automation = [
        AutomationRow(
            subject=s, automated_decision=d, automated_detection=t, decisions=n, restrictive=r
        )
        for (s, d, t), (n, r) in by_automation.items()
    ]
    automation.sort(
        key=lambda r: (r.subject != "item", r.automated_decision, not r.automated_detection)
    )
    statements = sum(
        g.decisions
        for g in groups
        if (g.subject == "item" and g.action in q.ITEM_RESTRICTIONS)
        or (g.subject == "account" and g.action in q.ACCOUNT_RESTRICTIONS)
    )

    reports = [
        ReportRow(category=c, received=n, upheld=u, rejected=r, open=o)
        for c, n, u, r, o in q.reports(db_session, w)
    ]
    reports.sort(key=lambda r: r.category)
    received, decided, upheld, overturned = q.appeals(db_session, w)
    appeals = Appeals(
        received=received,
        decided=decided,
        upheld=upheld,
        overturned=overturned,
        reversal_rate=round(overturned / decided, 4) if decided else None,
        median_seconds_to_decide=q.appeal_time(db_session, w) if decided else None,
    )
    received_by_bucket = q.received_series(db_session, w)
    series = [
        SeriesPoint(
            bucket=label,
            items_acted_on=acted_by_bucket.get(label, 0),
            reports=received_by_bucket.get(label, {}).get("reports", 0),
            appeals=received_by_bucket.get(label, {}).get("appeals", 0),
        )
        for label in buckets(start, end, unit)
    ]
    totals = Totals(
        decisions=sum(g.decisions for g in groups),
        items_decided=q.items_decided(db_session, w),
        items_acted_on=sum(items.values()),
        accounts_acted_on=current.accounts_total,
        account_sanctions=sum(r.decisions for r in sanctions),
        reports=sum(r.received for r in reports),
        appeals=received,
        statements=statements,
    )
    return Report(
        period=Period(start=start, end=end, granularity=unit),
        totals=totals,
        actions=actions,
        sanctions=sanctions,
        automation=automation,
        reports=reports,
        appeals=appeals,
        case_time=_medians(q.case_times(db_session, w), CASE_QUEUES),
        first_action_time=_medians(q.first_action_times(db_session, w), ACTORS),
        series=series,
    )


# Example cases -------------------------------------------------------------------------

# A light guard against personal data in what a senior writes for the public page.
_PERSONAL = (
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "an email address"),
    (re.compile(r"https?://|www\.", re.I), "a link"),
    (re.compile(r"(?<![\w@])@\w{2,}"), "an @handle"),
    (re.compile(r"\d(?:[ ()-]*\d){7,}"), "a phone or id number"),
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


class ExampleError(Exception):
    def __init__(self, status: int, field: str | None, message: str) -> None:
        super().__init__(message)
        self.status, self.field = status, field


def _clause(decision: Decision) -> str | None:
    for reason in decision.reasons or []:
        if reason.get("category") == decision.category and reason.get("clause"):
            return str(reason["clause"])
    return None


def mark_example(
    *,
    db_session: Session,
    decision_id: str,
    title: str,
    summary: str,
    staff: Staff,
    now: datetime,
) -> ExampleCase:
    """Publish a decision as an example of its clause, in the senior's own words.

    The title and summary are written by the staff member (never copied from the item);
    text that looks like personal data (emails, links, @handles, phone numbers) is refused.
    Raises ExampleError (nothing changed) when it may not.
    """
    if not staff_service.can(staff, "examples"):
        raise ExampleError(403, None, f"the {staff.role} role lacks the 'examples' permission")
    title, summary = title.strip(), summary.strip()
    for name, written in (("title", title), ("summary", summary)):
        if not written:
            raise ExampleError(422, name, "must not be empty")
        for pattern, what in _PERSONAL:
            if pattern.search(_ISO_DATE.sub(" ", written)):
                raise ExampleError(
                    422, name, f"looks like it contains {what}; remove personal data"
                )
    decision = db_session.get(Decision, decision_id)
    if decision is None:
        raise ExampleError(404, "decision_id", f"no decision with id {decision_id!r}")
    clause = _clause(decision)
    if decision.category is None or clause is None:
        raise ExampleError(
            422, "decision_id", "this decision cites no policy clause (an allow decision?)"
        )
    found = db_session.execute(
        select(ExampleCase.id).where(ExampleCase.decision_id == decision_id)
    ).first()
    if found is not None:
        raise ExampleError(409, "decision_id", "this decision is already an example")
    actor = staff_service.label(staff)
    example = ExampleCase(
        decision_id=decision_id,
        clause=clause,
        title=title,
        summary=summary,
        marked_by=actor,
        created_at=now,
    )
    try:
        with db_session.begin_nested():
            db_session.add(example)
            db_session.flush()
    except IntegrityError:
        raise ExampleError(409, "decision_id", "this decision is already an example") from None
    audit.record(
        db_session=db_session,
        actor=actor,
        action="example.marked",
        subject_type="decision",
        subject_id=decision_id,
        after={"example_id": example.id, "clause": clause, "title": title},
        now=now,
    )
    return example


def example_out(example: ExampleCase, action: str) -> ExampleOut:
    return ExampleOut(
        id=example.id,
        decision_id=example.decision_id,
        clause=example.clause,
        title=example.title,
        summary=example.summary,
        action=action,
        marked_by=example.marked_by,
        created_at=example.created_at,
    )


def list_examples(
    *, db_session: Session, per_clause: int = 5
) -> dict[str, list[tuple[ExampleCase, str]]]:
    """The newest examples of each clause, with the action the decision took."""
    rows = db_session.execute(
        select(ExampleCase, Decision.action)
        .join(Decision, Decision.id == ExampleCase.decision_id)
        .order_by(ExampleCase.clause, ExampleCase.created_at.desc(), ExampleCase.id.desc())
    )
    out: dict[str, list[tuple[ExampleCase, str]]] = {}
    for example, action in rows:
        shelf = out.setdefault(example.clause, [])
        if len(shelf) < per_clause:
            shelf.append((example, action))
    return out


def decision_action(*, db_session: Session, decision_id: str) -> str:
    decision = db_session.get(Decision, decision_id)
    return decision.action if decision is not None else ""
