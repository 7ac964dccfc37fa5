"""Case and item pages: evidence, signals, the account, reports, spam waves; deciding."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from clearpost.console import casefile
from clearpost.console.auth import SignedIn
from clearpost.console.casefile import signal_details
from clearpost.console.deps import ConsoleError, Form, field, guard, require
from clearpost.console.flows import decide_wave
from clearpost.console.templating import render
from clearpost.items import service as items
from clearpost.review import flows
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.transparency import service as transparency
from clearpost.web.deps import CurrentClock, DbSession, State
from clearpost.web.state import AppState

router = APIRouter(prefix="/console", include_in_schema=False)
Reviewer = Annotated[SignedIn, Depends(require("review"))]
Decider = Annotated[SignedIn, Depends(guard("review"))]
Senior = Annotated[SignedIn, Depends(guard("examples"))]

ACTIONS = {"item": flows.ITEM_ACTIONS, "account": flows.ACCOUNT_ACTIONS}
ACTIONS["appeal"] = flows.APPEAL_ACTIONS
# Keyboard shortcuts of the decide form: key → action (documented on the page).
SHORTCUTS = {
    "allow": "a",
    "label": "l",
    "limit": "m",
    "remove": "r",
    "uphold": "u",
    "overturn": "o",
    "warned": "w",
}
NOTE_REQUIRED = frozenset({"remove", "closed", "suspended", "overturn"})
DONE = {
    "claimed": "You claimed this case. Decide it before the claim runs out.",
    "decided": "Decided. The item, the account, notices and the audit log are updated.",
    "example": "Published as an example on the community standards page.",
}


def _case(db_session: Session, case_id: str, user: SignedIn) -> ReviewCase:
    case = review.get(db_session=db_session, case_id=case_id)
    if case is None:
        raise ConsoleError(404, "No such case.")
    if case.kind == "appeal" and not user.can("appeals"):
        raise ConsoleError(403, f"Your role ({user.role}) cannot open appeal cases.")
    return case


def case_page(
    request: Request,
    db_session: Session,
    state: AppState,
    now: datetime,
    user: SignedIn,
    case: ReviewCase,
    *,
    error: str | None = None,
    notice: str | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    found = casefile.case_file(db_session=db_session, case=case, state=state, now=now)
    policy = state.policy.current
    context: dict[str, Any] = {
        "f": found,
        "case": case,
        "now": now,
        "actions": ACTIONS.get(case.kind, ()),
        "shortcuts": SHORTCUTS,
        "note_required": NOTE_REQUIRED,
        "categories": policy.categories,
        "claim_minutes": policy.spec.review.claim_minutes,
        "claimed_by_you": case.claimed_by == user.staff.id
        and case.claim_expires_at is not None
        and case.claim_expires_at > now,
        "error": error,
        "notice": notice,
        "values": values or {},
        "signal_details": signal_details,
    }
    return render(request, "console/case.html", context, user, status_code=status)


@router.get("/cases/{case_id}", response_class=HTMLResponse, name="console_case")
def show_case(
    case_id: str,
    request: Request,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: Reviewer,
    done: Annotated[str, Query(max_length=16)] = "",
    n: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    skipped: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    """One case with everything needed to decide it."""
    case = _case(db_session, case_id, user)
    notice = DONE.get(done)
    if done == "wave":
        notice = f"Decided {n} item(s) of the wave with one verdict; {skipped} skipped."
    return case_page(request, db_session, state, clock.now(), user, case, notice=notice)


def _verdict(form: FormData) -> tuple[flows.Verdict | None, str | None]:
    action = field(form, "action", 16)
    note = field(form, "note", 2000)
    if not action:
        return None, "Choose an action."
    if action in NOTE_REQUIRED and not note:
        return None, f"Write a note: it is required to {action} (it goes into the statement)."
    days = None
    raw_days = field(form, "days", 8)
    if raw_days:
        if not raw_days.isdigit() or not 1 <= int(raw_days) <= 3650:
            return None, "Days must be a whole number from 1 to 3650."
        days = int(raw_days)
    category = field(form, "category", 64) or None
    return flows.Verdict(action=action, category=category, note=note or None, days=days), None


def _values(form: FormData) -> dict[str, str]:
    return {k: field(form, k) for k in ("action", "category", "note", "days", "title", "summary")}


@router.post("/cases/{case_id}/decide", name="console_decide")
def decide(
    case_id: str,
    request: Request,
    form: Form,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: Decider,
) -> Response:
    """Decide a claimed case with review.flows.decide (the API's flow)."""
    case = _case(db_session, case_id, user)
    now = clock.now()
    verdict, problem = _verdict(form)
    wave = field(form, "scope", 8) == "wave"
    try:
        if verdict is None:
            raise review.CaseError(422, problem or "invalid form")
        if wave:
            outcome = decide_wave(
                db_session=db_session,
                case=case,
                staff=user.staff,
                verdict=verdict,
                policy=state.policy.current,
                now=now,
            )
        else:
            flows.decide(
                db_session=db_session,
                case=case,
                staff=user.staff,
                verdict=verdict,
                policy=state.policy.current,
                now=now,
            )
    except review.CaseError as exc:
        return case_page(
            request,
            db_session,
            state,
            now,
            user,
            case,
            error=str(exc),
            values=_values(form),
            status=exc.status,
        )
    target = f"/console/cases/{quote(case.id)}?done=decided"
    if wave:
        target = (
            f"/console/cases/{quote(case.id)}?done=wave"
            f"&n={len(outcome.decided)}&skipped={len(outcome.skipped)}"
        )
    return RedirectResponse(target, status_code=303)


@router.post("/cases/{case_id}/example", name="console_example")
def mark_example(
    case_id: str,
    request: Request,
    form: Form,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: Senior,
) -> Response:
    """Publish the case's decision as an example on /standards (transparency service)."""
    case = _case(db_session, case_id, user)
    now = clock.now()
    try:
        if not case.outcome_decision_id:
            raise transparency.ExampleError(422, None, "this case has no decision to publish")
        transparency.mark_example(
            db_session=db_session,
            decision_id=case.outcome_decision_id,
            title=field(form, "title", 200),
            summary=field(form, "summary", 2000),
            staff=user.staff,
            now=now,
        )
    except transparency.ExampleError as exc:
        message = f"{exc.field}: {exc}" if exc.field else str(exc)
        return case_page(
            request,
            db_session,
            state,
            now,
            user,
            case,
            error=message,
            values=_values(form),
            status=exc.status,
        )
    return RedirectResponse(f"/console/cases/{quote(case.id)}?done=example", status_code=303)


@router.get("/items/{item_id:path}", response_class=HTMLResponse, name="console_item")
def show_item(
    item_id: str,
    request: Request,
    db_session: DbSession,
    state: State,
    user: Reviewer,
) -> HTMLResponse:
    """One item: its text with evidence, signals and decision history."""
    item = items.get(db_session=db_session, item_id=item_id)
    if item is None:
        raise ConsoleError(404, "No such item.")
    view = casefile.item_view(db_session=db_session, item=item, policy=state.policy.current)
    return render(
        request,
        "console/item.html",
        {"v": view, "signal_details": signal_details},
        user,
    )
