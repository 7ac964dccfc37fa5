"""The moderator console at /console: mounting, error pages, the queue and claiming.

Pages are split by subject: auth_views (sign-in), case_views (cases, items, spam waves,
examples), people_views (appeals, accounts, audit log), policy_views (policy, dry runs,
activation). Every action calls the same services as the API (review.flows.decide,
review.service.claim, accounts.service.put, transparency.service.mark_example).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from clearpost.console import auth_views, case_views, people_views, policy_views
from clearpost.console import service as console
from clearpost.console.auth import SignedIn, Throttle
from clearpost.console.deps import ConsoleError, LoginRequired, Viewer, guard
from clearpost.console.policy_sync import PolicySync, PolicySyncMiddleware
from clearpost.console.templating import render, templates
from clearpost.review import flows
from clearpost.review import service as review
from clearpost.web.deps import CurrentClock, DbSession, State

router = APIRouter(prefix="/console", include_in_schema=False)
Claimer = Annotated[SignedIn, Depends(guard("review"))]


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


@router.get("", response_class=HTMLResponse, name="console_queue")
def queue_page(
    request: Request,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: Viewer,
    queue: Annotated[str, Query(max_length=32)] = "",
    category: Annotated[str, Query(max_length=64)] = "",
    lang: Annotated[str, Query(max_length=8)] = "",
    overdue: Annotated[str, Query(max_length=8)] = "",
) -> Response:
    """Open cases by priority, with deadlines and one-click claims."""
    if not user.can("review"):
        if user.can("audit"):
            return RedirectResponse("/console/audit", status_code=303)
        raise ConsoleError(403, f"Your role ({user.role}) has no console pages.")
    now = clock.now()
    filters = console.QueueFilters(
        queue=queue or None, category=category or None, lang=lang or None, overdue=bool(overdue)
    )
    rows = console.queue(db_session=db_session, now=now, staff=user.staff, filters=filters)
    context = {
        "rows": rows,
        "now": now,
        "filters": filters,
        "choices": console.queue_choices(db_session=db_session),
        "categories": state.policy.current.categories,
        "claim_minutes": state.policy.current.spec.review.claim_minutes,
    }
    if is_htmx(request) and request.headers.get("hx-target") == "queue-results":
        return render(request, "console/_queue_table.html", context, user)
    return render(request, "console/queue.html", context, user)


@router.post("/cases/{case_id}/claim", name="console_claim")
def claim(
    case_id: str,
    request: Request,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: Claimer,
) -> Response:
    """Claim a case (review.service.claim). HTMX gets the queue row back; a plain form
    goes on to the case."""
    case = review.get(db_session=db_session, case_id=case_id)
    if case is None:
        raise ConsoleError(404, "No such case.")
    now = clock.now()
    error = None
    try:
        review.claim(
            db_session=db_session,
            case=case,
            staff=user.staff,
            policy=state.policy.current,
            original_decider=flows.original_decider(db_session, case),
            now=now,
        )
    except review.CaseError as exc:
        if not is_htmx(request):
            raise ConsoleError(exc.status, str(exc)) from None
        error = str(exc)
    if not is_htmx(request):
        return RedirectResponse(f"/console/cases/{quote(case.id)}?done=claimed", status_code=303)
    row = console.rows_for(db_session=db_session, now=now, staff=user.staff, ranked=[(case, 0.0)])[
        0
    ]
    return render(
        request,
        "console/_queue_row.html",
        {"row": row, "now": now, "error": error},
        user,
        status_code=409 if error else 200,
    )


def _error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsoleError)
    user = getattr(request.state, "console_user", None)
    if is_htmx(request):
        body = templates.get_template("console/_message.html").render(
            message=exc.message, kind="error"
        )
        return HTMLResponse(body, status_code=exc.status)
    return render(
        request,
        "console/error.html",
        {"message": exc.message, "status": exc.status},
        user,
        status_code=exc.status,
    )


def _login_required(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    target = "/console/login?next=" + quote(exc.next_path, safe="/")
    if is_htmx(request):
        return Response(status_code=401, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def mount_console(app: FastAPI) -> None:
    """Add the console's routes, error pages and policy sync to the app (once)."""
    if any(getattr(route, "name", None) == "console_queue" for route in app.routes):
        return
    for part in (auth_views.router, router, case_views.router, people_views.router):
        app.include_router(part)
    app.include_router(policy_views.router)
    app.add_exception_handler(ConsoleError, _error_page)
    app.add_exception_handler(LoginRequired, _login_required)
    state = app.state.clearpost
    sync = PolicySync(state.policy, state.sessions, state.clock, state.settings.policy_sync_seconds)
    app.state.console_policy_sync = sync
    app.state.console_throttle = Throttle()
    app.add_middleware(PolicySyncMiddleware, sync=sync)
