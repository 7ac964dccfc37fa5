"""HTTP routes for appeals."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from clearpost.appeals import service as appeals
from clearpost.appeals.schemas import AppealCreated, AppealIn, AppealOut
from clearpost.keys.models import ApiKey
from clearpost.web.deps import CurrentClock, DbSession, State, require_scope
from clearpost.web.errors import ApiError

router = APIRouter(prefix="/v1/appeals", tags=["appeals"])


@router.post("", response_model=AppealCreated, status_code=201)
def create_appeal(
    body: AppealIn,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    key: Annotated[ApiKey, Depends(require_scope("appeals:write"))],
) -> Any:
    """Appeal a decision (once, within the window); a different moderator decides it."""
    try:
        appeal = appeals.create(
            db_session=db_session,
            policy=state.policy.current,
            decision_id=body.decision_id,
            account_id=body.account_id,
            statement=body.statement,
            now=clock.now(),
        )
    except appeals.AppealRequestError as exc:
        raise ApiError(exc.status, str(exc), exc.field) from None
    return AppealCreated(appeal_id=appeal.id, case_id=appeal.case_id)


@router.get("/{appeal_id}", response_model=AppealOut)
def get_appeal(
    appeal_id: str,
    db_session: DbSession,
    key: Annotated[ApiKey, Depends(require_scope("appeals:read"))],
) -> Any:
    appeal = appeals.get(db_session=db_session, appeal_id=appeal_id)
    if appeal is None:
        raise ApiError(404, f"no appeal with id {appeal_id!r}")
    return AppealOut(
        appeal_id=appeal.id,
        case_id=appeal.case_id,
        decision_id=appeal.decision_id,
        account_id=appeal.account_id,
        status=appeal.status,
        statement=appeal.statement,
        created_at=appeal.created_at,
        decided_at=appeal.decided_at,
        reversal_decision_id=appeal.reversal_decision_id,
    )
