"""HTTP routes for the review queue (staff tokens)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from clearpost.review import flows
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.review.priority import overdue, priority
from clearpost.review.schemas import CaseOut, DecideIn, DecideOut
from clearpost.staff.models import Staff
from clearpost.web.deps import CurrentClock, DbSession, State, require_permission
from clearpost.web.errors import ApiError

router = APIRouter(prefix="/v1/review", tags=["review"])
Reviewer = Annotated[Staff, Depends(require_permission("review"))]


def case_out(case: ReviewCase, staff: Staff, now: datetime) -> CaseOut:
    held = case.claim_expires_at is not None and case.claim_expires_at > now
    return CaseOut(
        id=case.id,
        kind=case.kind,
        queue=case.queue,
        status=case.status,
        item_id=case.item_id,
        account_id=case.account_id,
        appeal_id=case.appeal_id,
        decision_id=case.decision_id,
        category=case.category,
        lang=case.lang,
        priority=priority(case, now),
        reach=case.reach,
        report_count=case.report_count,
        report_weight=case.report_weight,
        cluster_size=case.cluster_size,
        created_at=case.created_at,
        deadline_at=case.deadline_at,
        overdue=overdue(case, now),
        claimed_by_you=held and case.claimed_by == staff.id,
        claimed=held,
        claim_expires_at=case.claim_expires_at if held else None,
        outcome=case.outcome,
        decided_at=case.decided_at,
        seconds_to_decision=case.seconds_to_decision,
    )


def _case(db_session: Any, case_id: str) -> ReviewCase:
    case = review.get(db_session=db_session, case_id=case_id)
    if case is None:
        raise ApiError(404, f"no case with id {case_id!r}")
    return case


@router.get("/cases", response_model=list[CaseOut])
def list_cases(
    db_session: DbSession,
    clock: CurrentClock,
    staff: Reviewer,
    queue: str | None = None,
    category: str | None = None,
    status: str = Query("open", pattern="^(open|decided)$"),
    lang: str | None = None,
    overdue_only: bool = Query(False, alias="overdue"),
    limit: int = Query(50, ge=1, le=500),
) -> Any:
    """Cases by priority (severity, urgency, reach, reports, age); overdue ones flagged."""
    now = clock.now()
    ranked = review.list_queue(
        db_session=db_session,
        now=now,
        queue=queue,
        category=category,
        status=status,
        lang=lang,
        only_overdue=overdue_only,
        limit=limit,
    )
    return [case_out(case, staff, now) for case, _ in ranked]


@router.get("/cases/{case_id}", response_model=CaseOut)
def get_case(case_id: str, db_session: DbSession, clock: CurrentClock, staff: Reviewer) -> Any:
    return case_out(_case(db_session, case_id), staff, clock.now())


@router.post("/cases/{case_id}/claim", response_model=CaseOut)
def claim_case(
    case_id: str, db_session: DbSession, state: State, clock: CurrentClock, staff: Reviewer
) -> Any:
    """Claim a case exclusively; the claim expires after the policy's claim_minutes."""
    case = _case(db_session, case_id)
    try:
        review.claim(
            db_session=db_session,
            case=case,
            staff=staff,
            policy=state.policy.current,
            original_decider=flows.original_decider(db_session, case),
            now=clock.now(),
        )
    except review.CaseError as exc:
        raise ApiError(exc.status, str(exc)) from None
    return case_out(case, staff, clock.now())


@router.post("/cases/{case_id}/decide", response_model=DecideOut)
def decide_case(
    case_id: str,
    body: DecideIn,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    staff: Reviewer,
) -> Any:
    """Decide a case you have claimed: an item action, an account sanction, or for an
    appeal `uphold` / `overturn`."""
    case = _case(db_session, case_id)
    verdict = flows.Verdict(
        action=body.action, category=body.category, note=body.note or None, days=body.days
    )
    try:
        decision = flows.decide(
            db_session=db_session,
            case=case,
            staff=staff,
            verdict=verdict,
            policy=state.policy.current,
            now=clock.now(),
        )
    except review.CaseError as exc:
        raise ApiError(exc.status, str(exc)) from None
    return DecideOut(
        case_id=case.id,
        status=case.status,
        outcome=case.outcome,
        decision_id=decision.id if decision else None,
    )
