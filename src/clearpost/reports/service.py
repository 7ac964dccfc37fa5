"""Reports from users: each joins the item's open case; reporters earn or lose weight."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.accounts import service as accounts
from clearpost.audit import service as audit
from clearpost.items.models import Item, ItemRevision
from clearpost.policy.engine import CompiledPolicy
from clearpost.reports.models import Report, Reporter
from clearpost.review import service as review

# A new reporter counts as half a report. With a record, weight is a smoothed share of
# upheld reports: (upheld + 1) / (upheld + rejected + 2), between 0 and 1; so mass reports
# by fresh accounts add little, and a reliable reporter's report counts almost fully.
NEW_REPORTER_WEIGHT = 0.5


class ReportRequestError(Exception):
    def __init__(self, status: int, field: str | None, message: str) -> None:
        super().__init__(message)
        self.status, self.field = status, field


def weight(reporter: Reporter) -> float:
    """How much one report from this reporter counts."""
    if reporter.upheld + reporter.rejected == 0:
        return NEW_REPORTER_WEIGHT
    return round((reporter.upheld + 1) / (reporter.upheld + reporter.rejected + 2), 4)


def reporter(*, db_session: Session, reporter_id: str, now: datetime) -> Reporter:
    found = db_session.get(Reporter, reporter_id)
    if found is None:
        found = Reporter(id=reporter_id, upheld=0, rejected=0, created_at=now)
        db_session.add(found)
        db_session.flush()
    return found


def create(
    *,
    db_session: Session,
    policy: CompiledPolicy,
    item_id: str | None,
    account_id: str | None,
    reporter_id: str,
    category: str,
    details: str | None,
    now: datetime,
) -> Report:
    """File a report; it creates or joins the open case for the item (or account)."""
    if category not in policy.categories:
        raise ReportRequestError(
            422,
            "category",
            f"unknown category {category!r} (categories: {', '.join(policy.categories)})",
        )
    if (item_id is None) == (account_id is None):
        raise ReportRequestError(422, "item_id", "give exactly one of item_id and account_id")
    item = None
    if item_id is not None:
        item = db_session.get(Item, item_id)
        if item is None:
            raise ReportRequestError(404, "item_id", f"no item with id {item_id!r}")
        account_id = item.account_id
    assert account_id is not None
    if accounts.get(db_session=db_session, account_id=account_id) is None:
        raise ReportRequestError(404, "account_id", f"no account with id {account_id!r}")
    who = reporter(db_session=db_session, reporter_id=reporter_id, now=now)
    lang = None
    if item is not None:
        revision = db_session.execute(
            select(ItemRevision).where(
                ItemRevision.item_id == item.id, ItemRevision.number == item.revision
            )
        ).scalar_one()
        lang = revision.lang
    case, _ = review.open_or_join(
        db_session=db_session,
        policy=policy,
        kind="item" if item else "account",
        queue="reports",
        account_id=account_id,
        item_id=item.id if item else None,
        decision_id=item.current_decision_id if item else None,
        category=category,
        lang=lang,
        reach=item.reach if item else 0,
        automated_detection=False,
        now=now,
    )
    report = Report(
        id=str(uuid.uuid4()),
        item_id=item.id if item else None,
        account_id=account_id,
        reporter_id=who.id,
        category=category,
        details=details,
        weight=weight(who),
        case_id=case.id,
        status="open",
        created_at=now,
    )
    db_session.add(report)
    case.report_count += 1
    case.report_weight = round(case.report_weight + report.weight, 4)
    review.reprioritize(case)
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=f"reporter:{who.id}",
        action="report.created",
        subject_type="case",
        subject_id=case.id,
        after={"report_id": report.id, "category": category},
        now=now,
    )
    return report


def get(*, db_session: Session, report_id: str) -> Report | None:
    return db_session.get(Report, report_id)


def for_case(*, db_session: Session, case_id: str) -> Sequence[Report]:
    query = select(Report).where(Report.case_id == case_id).order_by(Report.created_at)
    return db_session.execute(query).scalars().all()


def resolve_case_reports(
    *, db_session: Session, case_id: str, upheld: bool, action: str, now: datetime
) -> list[Report]:
    """Close every open report of a case with the outcome; update reporters' records."""
    resolved = []
    for report in for_case(db_session=db_session, case_id=case_id):
        if report.status != "open":
            continue
        report.status, report.resolved_at = "resolved", now
        report.outcome, report.action = ("upheld" if upheld else "rejected"), action
        who = db_session.get(Reporter, report.reporter_id)
        if who is not None:
            if upheld:
                who.upheld += 1
            else:
                who.rejected += 1
        resolved.append(report)
    db_session.flush()
    return resolved
