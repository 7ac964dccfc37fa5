"""Review cases: open or join, list by priority, claim."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.audit import service as audit
from clearpost.policy.engine import CompiledPolicy
from clearpost.review.models import ReviewCase
from clearpost.review.priority import SEVERITY_WEIGHT, base, priority, priority_sql
from clearpost.staff import service as staff_service
from clearpost.staff.models import Staff


class CaseError(Exception):
    """A request the case's state does not allow: `status` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def deadline_hours(policy: CompiledPolicy, category: str | None) -> float:
    hours = policy.spec.review.deadline_hours
    return float(hours.get(category or "", hours.get("default", 24.0)))


def severity_weight(policy: CompiledPolicy, category: str | None) -> float:
    found = policy.categories.get(category or "")
    return SEVERITY_WEIGHT[found.severity] if found else 1.0


def get(*, db_session: Session, case_id: str) -> ReviewCase | None:
    return db_session.get(ReviewCase, case_id)


def open_case_for_item(*, db_session: Session, item_id: str) -> ReviewCase | None:
    query = select(ReviewCase).where(
        ReviewCase.item_id == item_id, ReviewCase.kind == "item", ReviewCase.status == "open"
    )
    return db_session.execute(query).scalars().first()


def open_or_join(
    *,
    db_session: Session,
    policy: CompiledPolicy,
    kind: str,
    queue: str,
    account_id: str,
    item_id: str | None,
    decision_id: str | None,
    category: str | None,
    lang: str | None,
    reach: int,
    automated_detection: bool,
    now: datetime,
    appeal_id: str | None = None,
    cluster_size: int = 0,
) -> tuple[ReviewCase, bool]:
    """One open case per item: reports and flags on the same item join it."""
    if kind == "item" and item_id is not None:
        found = open_case_for_item(db_session=db_session, item_id=item_id)
        if found is not None:
            if severity_weight(policy, category) > found.severity:
                found.category, found.severity = category, severity_weight(policy, category)
                found.deadline_at = min(
                    found.deadline_at,
                    found.created_at + timedelta(hours=deadline_hours(policy, category)),
                )
            found.cluster_size = max(found.cluster_size, cluster_size)
            found.automated_detection = found.automated_detection or automated_detection
            reprioritize(found)
            return found, False
    case = ReviewCase(
        id=str(uuid.uuid4()),
        kind=kind,
        queue=queue,
        item_id=item_id,
        account_id=account_id,
        appeal_id=appeal_id,
        decision_id=decision_id,
        category=category,
        lang=lang,
        severity=severity_weight(policy, category),
        reach=reach,
        report_weight=0.0,
        report_count=0,
        cluster_size=cluster_size,
        automated_detection=automated_detection,
        status="open",
        created_at=now,
        deadline_at=now + timedelta(hours=deadline_hours(policy, category)),
    )
    reprioritize(case)
    db_session.add(case)
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor="system",
        action="case.opened",
        subject_type="case",
        subject_id=case.id,
        after={"kind": kind, "queue": queue, "item_id": item_id, "category": category},
        now=now,
    )
    return case, True


def list_queue(
    *,
    db_session: Session,
    now: datetime,
    queue: str | None = None,
    category: str | None = None,
    status: str = "open",
    lang: str | None = None,
    only_overdue: bool = False,
    limit: int = 50,
) -> list[tuple[ReviewCase, float]]:
    """Cases with their priority, highest first, ranked by the database over every match."""
    dialect = db_session.get_bind().dialect.name
    rank = priority_sql(now, dialect)
    query = select(ReviewCase).where(ReviewCase.status == status)
    if queue:
        query = query.where(ReviewCase.queue == queue)
    if category:
        query = query.where(ReviewCase.category == category)
    if lang:
        query = query.where(ReviewCase.lang == lang)
    if only_overdue:
        query = query.where(ReviewCase.deadline_at < now)
    if status == "open":
        query = query.order_by(rank.desc(), ReviewCase.id)
    else:
        query = query.order_by(ReviewCase.decided_at.desc(), ReviewCase.id)
    cases: Sequence[ReviewCase] = db_session.execute(query.limit(limit)).scalars().all()
    return [(c, priority(c, now)) for c in cases]


def reprioritize(case: ReviewCase) -> None:
    """Refresh the stored part of the priority after severity, reach, reports or wave size
    changed."""
    case.base_priority = base(case)


def claim(
    *,
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    policy: CompiledPolicy,
    original_decider: str | None,
    now: datetime,
) -> ReviewCase:
    """Exclusive claim for `claim_minutes`; the same person may renew it."""
    if case.status != "open":
        raise CaseError(409, f"case {case.id} is already {case.status}")
    check_may_decide(case=case, staff=staff, original_decider=original_decider)
    held = (
        case.claimed_by is not None
        and case.claim_expires_at is not None
        and case.claim_expires_at > now
    )
    if held and case.claimed_by != staff.id:
        raise CaseError(
            409,
            f"case {case.id} is claimed by another moderator until "
            f"{case.claim_expires_at.isoformat() if case.claim_expires_at else ''}",
        )
    case.claimed_by = staff.id
    case.claim_expires_at = now + timedelta(minutes=policy.spec.review.claim_minutes)
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=staff_service.label(staff),
        action="case.claimed",
        subject_type="case",
        subject_id=case.id,
        after={"until": case.claim_expires_at.isoformat()},
        now=now,
    )
    return case


def check_may_decide(*, case: ReviewCase, staff: Staff, original_decider: str | None) -> None:
    needed = "appeals" if case.kind == "appeal" else "review"
    if not staff_service.can(staff, needed):
        raise CaseError(403, f"the {staff.role} role cannot decide {case.kind} cases")
    if case.kind == "appeal" and original_decider == staff_service.label(staff):
        raise CaseError(
            403,
            "an appeal must be decided by someone other than the moderator "
            "who made the original decision",
        )


def check_claim(*, case: ReviewCase, staff: Staff, now: datetime) -> None:
    if case.status != "open":
        raise CaseError(409, f"case {case.id} is already {case.status}")
    if case.claimed_by != staff.id:
        raise CaseError(409, f"claim case {case.id} before deciding it")
    if case.claim_expires_at is None or case.claim_expires_at <= now:
        raise CaseError(409, f"your claim on case {case.id} has expired; claim it again")


def close(
    *,
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    outcome: str,
    decision_id: str | None,
    now: datetime,
) -> None:
    case.status, case.outcome = "decided", outcome
    case.decided_by, case.decided_at = staff.id, now
    case.outcome_decision_id = decision_id
    case.seconds_to_decision = (now - case.created_at).total_seconds()
    case.claimed_by, case.claim_expires_at = None, None
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=staff_service.label(staff),
        action="case.decided",
        subject_type="case",
        subject_id=case.id,
        after={
            "outcome": outcome,
            "decision_id": decision_id,
            "seconds_to_decision": case.seconds_to_decision,
        },
        now=now,
    )
