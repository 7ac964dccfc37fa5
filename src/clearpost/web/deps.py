"""Typed request dependencies: the transaction, the caller, the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from clearpost.clock import Clock
from clearpost.db import READ_ONLY
from clearpost.keys import service as keys
from clearpost.keys.models import ApiKey
from clearpost.staff import service as staff_service
from clearpost.staff.models import Staff
from clearpost.web.state import AppState


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.clearpost
    return state


State = Annotated[AppState, Depends(get_state)]


def get_db(state: State, request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns without error.

    GET and HEAD requests read only; on SQLite they begin deferred and never take the
    write lock.
    """
    session = state.sessions()
    if request.method in ("GET", "HEAD") and session.get_bind().dialect.name == "sqlite":
        session.connection(execution_options=READ_ONLY)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


DbSession = Annotated[Session, Depends(get_db, scope="function")]


def get_clock(state: State) -> Clock:
    return state.clock


CurrentClock = Annotated[Clock, Depends(get_clock)]

_bearer = HTTPBearer(auto_error=False)


def get_api_key(
    db_session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiKey:
    if credentials is None:
        raise HTTPException(
            401,
            "missing API key: send Authorization: Bearer <key>",
            headers={"WWW-Authenticate": "Bearer"},
        )
    key = keys.authenticate(db_session=db_session, key=credentials.credentials)
    if key is None:
        raise HTTPException(
            401, "invalid or revoked API key", headers={"WWW-Authenticate": "Bearer"}
        )
    return key


def require_scope(scope: str) -> Callable[..., ApiKey]:
    """Dependency factory: the API key, which must carry `scope`."""

    def check(key: Annotated[ApiKey, Depends(get_api_key)]) -> ApiKey:
        if scope not in key.scopes:
            raise HTTPException(403, f"this API key lacks the {scope!r} scope")
        return key

    return check


def get_staff(
    db_session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Staff:
    """The staff member behind a staff token (review, appeals, console APIs)."""
    if credentials is None:
        raise HTTPException(
            401,
            "missing staff token: send Authorization: Bearer <token>",
            headers={"WWW-Authenticate": "Bearer"},
        )
    staff = staff_service.authenticate(db_session=db_session, token=credentials.credentials)
    if staff is None:
        raise HTTPException(401, "invalid staff token", headers={"WWW-Authenticate": "Bearer"})
    return staff


CurrentStaff = Annotated[Staff, Depends(get_staff)]


def require_permission(permission: str) -> Callable[..., Staff]:
    def check(staff: CurrentStaff) -> Staff:
        if not staff_service.can(staff, permission):
            raise HTTPException(403, f"the {staff.role} role lacks the {permission!r} permission")
        return staff

    return check


def get_caller(
    db_session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiKey | Staff:
    """Either a host platform's API key or a staff token."""
    if credentials is not None and credentials.credentials.startswith(staff_service.TOKEN_PREFIX):
        return get_staff(db_session, credentials)
    return get_api_key(db_session, credentials)


Caller = Annotated[ApiKey | Staff, Depends(get_caller)]


def caller_label(caller: ApiKey | Staff) -> str:
    if isinstance(caller, Staff):
        return staff_service.label(caller)
    return f"key:{caller.name}"


def check_scope(caller: ApiKey | Staff, scope: str, permission: str) -> None:
    """A key needs `scope`; a staff member needs `permission`."""
    if isinstance(caller, Staff):
        if not staff_service.can(caller, permission):
            raise HTTPException(403, f"the {caller.role} role lacks the {permission!r} permission")
    elif scope not in caller.scopes:
        raise HTTPException(403, f"this API key lacks the {scope!r} scope")
