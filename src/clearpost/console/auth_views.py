"""Sign in and out of the console."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit

import structlog
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from clearpost.console import auth
from clearpost.console.auth import SignedIn
from clearpost.console.deps import Form, field, guard, signing_key
from clearpost.console.templating import render
from clearpost.staff import service as staff_service
from clearpost.web.deps import CurrentClock, DbSession, State
from clearpost.web.state import AppState

router = APIRouter(prefix="/console", include_in_schema=False)
log = structlog.get_logger(__name__)
FAILED = "That email and token do not match an active staff account."


def safe_next(target: str | None) -> str:
    """Only console paths on this site (no open redirect)."""
    if not target:
        return "/console"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/console"):
        return "/console"
    if target.startswith("//") or "\\" in target:
        return "/console"
    return target


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _current(
    request: Request, state: AppState, db_session: Session, now: datetime
) -> SignedIn | None:
    cookie = request.cookies.get(auth.COOKIE)
    if not cookie:
        return None
    key = signing_key(request, state, db_session, create=False, now=now)
    return auth.current(db_session=db_session, key=key, cookie=cookie, now=now) if key else None


def _login_page(
    request: Request,
    next_path: str,
    error: str | None,
    email: str = "",
    status: int = 200,
    notice: str | None = None,
) -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "console/login.html",
        {
            "next": next_path,
            "error": error,
            "notice": notice,
            "email": email,
            "login_csrf": token,
        },
        None,
        status_code=status,
    )
    response.set_cookie(
        auth.LOGIN_COOKIE,
        token,
        max_age=3600,
        path="/console",
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    return response


@router.get("/login", response_class=HTMLResponse, name="console_login")
def login_page(
    request: Request,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    next: Annotated[str, Query(max_length=2000)] = "",
    done: Annotated[str, Query(max_length=16)] = "",
) -> Response:
    """The sign-in form (staff email and the token from `clearpost staff create`)."""
    target = safe_next(next)
    if _current(request, state, db_session, clock.now()) is not None:
        return RedirectResponse(target, status_code=303)
    notice = "You are signed out." if done == "logout" else None
    return _login_page(request, target, None, notice=notice)


@router.post("/login", name="console_login_post")
def login(
    request: Request, form: Form, db_session: DbSession, state: State, clock: CurrentClock
) -> Response:
    """Check the credentials; on success start a session and go to `next`."""
    now = clock.now()
    email, token = field(form, "email", 200), field(form, "token", 200)
    target = safe_next(field(form, "next"))
    sent = field(form, "login_csrf", 200)
    expected = request.cookies.get(auth.LOGIN_COOKIE, "")
    if not sent or not hmac.compare_digest(sent, expected):
        message = "The sign-in form expired. Please try again."
        return _login_page(request, target, message, email, status=403)
    client = request.client.host if request.client else "unknown"
    throttle: auth.Throttle = request.app.state.console_throttle
    if throttle.blocked(client, now):
        # Logged, not audited: a flood must not serialise every writer on the audit chain.
        log.warning("console.login_throttled", client=client)
        message = "Too many failed sign-ins from this address. Wait 15 minutes and try again."
        return _login_page(request, target, message, email, status=429)
    staff = auth.verify_credentials(db_session=db_session, email=email, token=token)
    if staff is None:
        throttle.fail(client, now)
        auth.record_failure(db_session=db_session, email=email, client=client, now=now)
        return _login_page(request, target, FAILED, email, status=401)
    throttle.clear(client)
    key = signing_key(request, state, db_session, create=True, now=now)
    assert key is not None
    hours = state.settings.console_session_hours
    cookie, _ = auth.start(db_session=db_session, key=key, staff=staff, hours=hours, now=now)
    if target == "/console" and not staff_service.can(staff, "review"):
        target = "/console/audit"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        auth.COOKIE,
        cookie,
        max_age=int(hours * 3600),
        path="/console",
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    response.delete_cookie(auth.LOGIN_COOKIE, path="/console")
    return response


@router.post("/logout", name="console_logout")
def logout(
    db_session: DbSession,
    clock: CurrentClock,
    user: Annotated[SignedIn, Depends(guard(None))],
) -> Response:
    """End the session (server side too) and clear the cookie."""
    auth.end(db_session=db_session, signed_in=user, now=clock.now())
    response = RedirectResponse("/console/login?done=logout", status_code=303)
    response.delete_cookie(auth.COOKIE, path="/console")
    return response
