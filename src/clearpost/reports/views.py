"""HTTP routes for reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from clearpost.keys.models import ApiKey
from clearpost.reports import service as reports
from clearpost.reports.schemas import ReportCreated, ReportIn, ReportOut
from clearpost.web.deps import CurrentClock, DbSession, State, require_scope
from clearpost.web.errors import ApiError

router = APIRouter(prefix="/v1/reports", tags=["reports"])


@router.post("", response_model=ReportCreated, status_code=201)
def create_report(
    body: ReportIn,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    key: Annotated[ApiKey, Depends(require_scope("reports:write"))],
) -> Any:
    """A user complaint about an item or an account. It joins the item's open case."""
    try:
        report = reports.create(
            db_session=db_session,
            policy=state.policy.current,
            item_id=body.item_id,
            account_id=body.account_id,
            reporter_id=body.reporter_id,
            category=body.category,
            details=body.details,
            now=clock.now(),
        )
    except reports.ReportRequestError as exc:
        raise ApiError(exc.status, str(exc), exc.field) from None
    return ReportCreated(report_id=report.id, case_id=report.case_id, status=report.status)


@router.get("/{report_id}", response_model=ReportOut)
def get_report(
    report_id: str,
    db_session: DbSession,
    key: Annotated[ApiKey, Depends(require_scope("reports:read"))],
) -> Any:
    """The status and outcome, as shown to the reporter."""
    report = reports.get(db_session=db_session, report_id=report_id)
    if report is None:
        raise ApiError(404, f"no report with id {report_id!r}")
    return ReportOut(
        report_id=report.id,
        case_id=report.case_id,
        item_id=report.item_id,
        category=report.category,
        status=report.status,
        outcome=report.outcome,
        action=report.action,
        created_at=report.created_at,
        resolved_at=report.resolved_at,
    )
