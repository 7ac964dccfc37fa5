"""Appeals, account search and account pages, and the audit log."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.accounts import service as accounts
from clearpost.accounts.views import account_out
from clearpost.audit import service as audit
from clearpost.audit.models import AuditHead
from clearpost.console import service as console
from clearpost.console.auth import SignedIn
from clearpost.console.deps import ConsoleError, Form, field, guard, require
from clearpost.console.templating import render
from clearpost.notices import service as notices
from clearpost.staff import service as staff_service
from clearpost.web.deps import CurrentClock, DbSession, State
from clearpost.web.state import AppState

router = APIRouter(prefix="/console", include_in_schema=False)
Reviewer = Annotated[SignedIn, Depends(require("review"))]
Senior = Annotated[SignedIn, Depends(require("appeals"))]
AccountEditor = Annotated[SignedIn, Depends(guard("accounts"))]
Auditor = Annotated[SignedIn, Depends(require("audit"))]


@router.get("/appeals", response_class=HTMLResponse, name="console_appeals")
def appeals_page(
    request: Request,
    db_session: DbSession,
    clock: CurrentClock,
    user: Senior,
    status: Annotated[str, Query(pattern="^(open|decided)$")] = "open",
) -> HTMLResponse:
    """Open (or decided) appeals with the appellant's statement and the decision appealed."""
    rows = console.appeals(db_session=db_session, status=status)
    return render(
        request,
        "console/appeals.html",
        {"rows": rows, "status": status, "now": clock.now()},
        user,
    )


@router.get("/accounts", response_class=HTMLResponse, name="console_accounts")
def accounts_page(
    request: Request,
    db_session: DbSession,
    user: Reviewer,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    """Search accounts by id (prefix) or display name."""
    found = console.search_accounts(db_session=db_session, text=q)
    return render(request, "console/accounts.html", {"q": q, "found": found}, user)


def account_page(
    request: Request,
    db_session: Session,
    state: AppState,
    user: SignedIn,
    account_id: str,
    now: datetime,
    *,
    error: str | None = None,
    notice: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    account = accounts.get(db_session=db_session, account_id=account_id)
    if account is None:
        raise ConsoleError(404, "No such account.")
    out = account_out(db_session, account, state, now)
    sent = notices.list_for(
        db_session=db_session, recipient_type="account", recipient_id=account.id, limit=50
    )
    policy = state.policy.current
    return render(
        request,
        "console/account.html",
        {
            "a": out,
            "notices": sent,
            "tiers": policy.tiers,
            "classifications": policy.spec.accounts.classifications,
            "error": error,
            "notice": notice,
        },
        user,
        status_code=status,
    )


@router.get("/accounts/{account_id:path}", response_class=HTMLResponse, name="console_account")
def show_account(
    account_id: str,
    request: Request,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: Reviewer,
    done: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    """Standing, strikes, sanctions, notices and decisions of one account."""
    notice = "Saved." if done == "saved" else None
    return account_page(request, db_session, state, user, account_id, clock.now(), notice=notice)


@router.post("/accounts/{account_id:path}", name="console_account_post")
def update_account(
    account_id: str,
    request: Request,
    form: Form,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: AccountEditor,
) -> Response:
    """Set tier and classification through the accounts service (audited)."""
    now = clock.now()
    if accounts.get(db_session=db_session, account_id=account_id) is None:
        raise ConsoleError(404, "No such account.")
    try:
        accounts.put(
            db_session=db_session,
            account_id=account_id,
            classification=field(form, "classification", 64) or None,
            tier=field(form, "tier", 32) or None,
            display_name=None,
            policy=state.policy.current,
            actor=staff_service.label(user.staff),
            staff=True,
            now=now,
        )
    except accounts.AccountRequestError as exc:
        return account_page(
            request,
            db_session,
            state,
            user,
            account_id,
            now,
            error=f"{exc.field}: {exc}",
            status=422,
        )
    return RedirectResponse(f"/console/accounts/{quote(account_id)}?done=saved", status_code=303)


@router.get("/audit", response_class=HTMLResponse, name="console_audit")
def audit_page(
    request: Request,
    db_session: DbSession,
    user: Auditor,
    before: Annotated[int | None, Query(ge=1)] = None,
    actor: Annotated[str, Query(max_length=200)] = "",
    action: Annotated[str, Query(max_length=64)] = "",
    subject: Annotated[str, Query(max_length=240)] = "",
) -> HTMLResponse:
    """The audit log, newest first, 50 a page; the chain check loads beside it."""
    filters = console.AuditFilters(actor=actor.strip(), action=action.strip(), subject=subject)
    page = console.audit_page(db_session=db_session, before=before, filters=filters)
    query = "&".join(
        f"{k}={quote(v)}"
        for k, v in (("actor", actor), ("action", action), ("subject", subject))
        if v
    )
    return render(
        request,
        "console/audit.html",
        {"page": page, "filters": filters, "query": query, "first": before is None},
        user,
    )


# A verification is reused for this long while the chain's head is unchanged (so reloading
# the page does not rehash the whole log); "Verify again" always recomputes.
CHAIN_REUSE_SECONDS = 60.0


class ChainCache:
    """The last verification per app, with the head it saw and when."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.head: str | None = None
        self.at = 0.0
        self.result: audit.ChainCheck | None = None


@router.get("/audit/verify", response_class=HTMLResponse, name="console_audit_verify")
def verify(
    request: Request,
    db_session: DbSession,
    user: Auditor,
    fresh: Annotated[bool, Query()] = False,
) -> HTMLResponse:
    """Recompute every hash of the chain (audit.service.verify_chain)."""
    cache: ChainCache | None = getattr(request.app.state, "console_chain", None)
    if cache is None:
        cache = request.app.state.console_chain = ChainCache()
    head = db_session.execute(select(AuditHead.hash).where(AuditHead.id == 1)).scalar()
    with cache.lock:
        stale = time.monotonic() - cache.at > CHAIN_REUSE_SECONDS
        if fresh or stale or cache.result is None or cache.head != head:
            cache.result, cache.head = audit.verify_chain(db_session=db_session), head
            cache.at = time.monotonic()
        result = cache.result
    partial = request.headers.get("hx-request") == "true"
    name = "console/_chain.html" if partial else "console/chain.html"
    return render(request, name, {"check": result, "head": head}, user)
