"""The policy page: the active policy and its history, dry runs of a draft, activation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile

from clearpost.console import dryrun, policies
from clearpost.console.auth import SignedIn
from clearpost.console.deps import ConsoleError, Form, field, guard, require
from clearpost.console.policy_sync import PolicySync
from clearpost.console.templating import render
from clearpost.policy.loader import PolicyError
from clearpost.policy.schema import THRESHOLD_ACTIONS
from clearpost.web.deps import CurrentClock, DbSession, State
from clearpost.web.state import AppState

router = APIRouter(prefix="/console", include_in_schema=False)
Reviewer = Annotated[SignedIn, Depends(require("review"))]
PolicyAdmin = Annotated[SignedIn, Depends(guard("policy"))]


def policy_page(
    request: Request,
    db_session: Session,
    state: AppState,
    user: SignedIn,
    *,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    policy = state.policy.current
    rows = policies.history(db_session=db_session)
    context = {
        "policy": policy,
        "history": rows,
        "active_id": rows[0].id if rows else None,
        "active_sha": rows[0].sha256 if rows else None,
        "threshold_actions": THRESHOLD_ACTIONS,
        "default_items": dryrun.DEFAULT_ITEMS,
        "max_items": dryrun.MAX_ITEMS,
        "draft": "",
        "limit": dryrun.DEFAULT_ITEMS,
        **extra,
    }
    return render(request, "console/policy.html", context, user, status_code=status)


@router.get("/policy", response_class=HTMLResponse, name="console_policy")
def show_policy(
    request: Request,
    db_session: DbSession,
    state: State,
    user: Reviewer,
    done: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    """The active policy (version, categories, thresholds) and the versions before it."""
    notice = "Activated: the new policy decides from now on." if done == "activated" else None
    return policy_page(request, db_session, state, user, notice=notice)


@router.get(
    "/policy/versions/{version_id}", response_class=PlainTextResponse, name="console_policy_yaml"
)
def policy_yaml(version_id: int, db_session: DbSession, user: Reviewer) -> PlainTextResponse:
    """The YAML text of one stored version."""
    row = policies.get(db_session=db_session, version_id=version_id)
    if row is None:
        raise ConsoleError(404, "No such policy version.")
    return PlainTextResponse(
        row.yaml,
        media_type="text/plain; charset=utf-8",
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )


async def _draft_text(form: FormData) -> tuple[str, str | None]:
    """The draft from the uploaded file, else the text area; with a problem, if any."""
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        raw = await upload.read(policies.MAX_POLICY_CHARS + 1)
        if len(raw) > policies.MAX_POLICY_CHARS:
            return "", "The file is too large for a policy."
        try:
            return _lines(raw.decode("utf-8")), None
        except UnicodeDecodeError as exc:
            return "", f"The file is not UTF-8 text (byte {exc.start})."
    text = form.get("yaml")
    return _lines(text if isinstance(text, str) else ""), None


def _lines(text: str) -> str:
    """Browsers send CRLF line ends; store and hash the text with LF."""
    return text.replace("\r\n", "\n")


async def read_draft(form: Form) -> tuple[str, str | None]:
    return await _draft_text(form)


Draft = Annotated[tuple[str, str | None], Depends(read_draft)]


@router.post("/policy/dry-run", response_class=HTMLResponse, name="console_dry_run")
def dry_run(
    request: Request,
    form: Form,
    draft: Draft,
    db_session: DbSession,
    state: State,
    user: PolicyAdmin,
) -> HTMLResponse:
    """Validate a draft and re-decide the last N items with it; nothing changes."""
    text, problem = draft
    raw_limit = field(form, "limit", 8) or str(dryrun.DEFAULT_ITEMS)
    limit = int(raw_limit) if raw_limit.isdigit() else 0
    values: dict[str, Any] = {"draft": text, "limit": limit or raw_limit}
    if problem is None and not text.strip():
        problem = "Paste a draft policy or choose a file."
    if problem is None and not 1 <= limit <= dryrun.MAX_ITEMS:
        problem = f"Items: a whole number from 1 to {dryrun.MAX_ITEMS:,}."
    if problem is not None:
        return policy_page(request, db_session, state, user, status=422, error=problem, **values)
    try:
        compiled = policies.compile_text(text)
    except PolicyError as exc:
        return policy_page(request, db_session, state, user, status=422, invalid=exc, **values)
    result = dryrun.evaluate(
        db_session=db_session, draft=compiled, active=state.policy.current, limit=limit
    )
    return policy_page(
        request,
        db_session,
        state,
        user,
        result=result,
        sha=policies.digest(text),
        **values,
    )


@router.post("/policy/activate", name="console_activate")
def activate(
    request: Request,
    form: Form,
    background: BackgroundTasks,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    user: PolicyAdmin,
) -> Response:
    """Store the draft as the active policy; this process swaps it in once the transaction
    has committed, the others at their next sync."""
    raw = form.get("yaml")
    text = _lines(raw if isinstance(raw, str) else "")
    if policies.digest(text) != field(form, "sha256", 64):
        problem = "The draft changed since its dry run. Run it again before activating."
        return policy_page(request, db_session, state, user, status=422, error=problem, draft=text)
    try:
        policies.activate(
            db_session=db_session,
            text=text,
            running=state.policy.current,
            staff=user.staff,
            now=clock.now(),
        )
    except PolicyError as exc:
        return policy_page(request, db_session, state, user, status=422, invalid=exc, draft=text)
    except policies.ActivationError as exc:
        return policy_page(request, db_session, state, user, status=409, error=str(exc), draft=text)
    sync: PolicySync = request.app.state.console_policy_sync
    background.add_task(sync.run)  # runs after the response, so after the commit
    return RedirectResponse("/console/policy?done=activated", status_code=303)
