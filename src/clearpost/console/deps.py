"""Console request dependencies: the signed-in staff member, permissions, CSRF, the form.

No `from __future__ import annotations` here: FastAPI must see the closures' dependency
annotations as objects (a string would name a local variable it cannot resolve).
"""

import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from clearpost.console import auth
from clearpost.console.auth import SignedIn
from clearpost.staff import service as staff_service
from clearpost.web.deps import CurrentClock, DbSession, State
from clearpost.web.state import AppState

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class ConsoleError(Exception):
    """Answered with the console's HTML error page (or a message for HTMX requests)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class LoginRequired(Exception):
    """No valid session: GET requests go to the sign-in page and come back afterwards."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def signing_key(
    request: Request, state: AppState, db_session: Session, *, create: bool, now: datetime
) -> bytes | None:
    """The cookie-signing key: the setting, else the generated one (cached per app)."""
    cached: bytes | None = getattr(request.app.state, "console_key", None)
    if cached:
        return cached
    configured = state.settings.secret_key.get_secret_value()
    if configured:
        key: bytes | None = configured.encode("utf-8")
    else:
        key = auth.stored_key(db_session=db_session, create=create, now=now)
    if key:
        request.app.state.console_key = key
    return key


def get_signed_in(
    request: Request, state: State, db_session: DbSession, clock: CurrentClock
) -> SignedIn:
    """The staff member of this request's console session (else LoginRequired)."""
    cookie = request.cookies.get(auth.COOKIE)
    found = None
    if cookie:
        now = clock.now()
        key = signing_key(request, state, db_session, create=False, now=now)
        if key is not None:
            found = auth.current(db_session=db_session, key=key, cookie=cookie, now=now)
    request.state.console_user = found
    if found is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target if request.method == "GET" else "/console")
    return found


Viewer = Annotated[SignedIn, Depends(get_signed_in)]


def require(permission: str | None) -> Callable[..., SignedIn]:
    """Dependency factory: the signed-in staff member, who must hold `permission`."""

    def check(user: Viewer) -> SignedIn:
        if permission is not None and not staff_service.can(user.staff, permission):
            raise ConsoleError(
                403, f"Your role ({user.staff.role}) cannot open this page or do this."
            )
        return user

    return check


async def read_form(request: Request) -> AsyncIterator[FormData]:
    """The submitted form, parsed once per request; uploaded files are closed after it."""
    form = await request.form(max_part_size=2 * 1024 * 1024)
    try:
        yield form
    finally:
        await form.close()


Form = Annotated[FormData, Depends(read_form)]


def guard(permission: str | None) -> Callable[..., Awaitable[SignedIn]]:
    """For POST routes: signed in, holds `permission`, and sent this session's CSRF token
    (hidden field `csrf_token`, or the X-CSRF-Token header that HTMX requests carry)."""
    allowed = require(permission)

    async def check(
        request: Request, form: Form, user: Annotated[SignedIn, Depends(allowed)]
    ) -> SignedIn:
        sent = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or ""
        if not isinstance(sent, str) or not hmac.compare_digest(sent, user.csrf):
            raise ConsoleError(
                403, "This form has expired or did not come from the console. Reload the page."
            )
        return user

    return check


def field(form: FormData, name: str, limit: int = 2000) -> str:
    """A text field of the form, stripped and cut to `limit` characters."""
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""
