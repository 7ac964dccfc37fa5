"""HTTP routes for accounts and their notices."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import select

from clearpost.accounts import ladder
from clearpost.accounts import service as accounts
from clearpost.accounts.models import Account
from clearpost.accounts.schemas import AccountIn, AccountOut, NoticeOut, SanctionOut, StrikeOut
from clearpost.decisions.models import Decision
from clearpost.notices import service as notices
from clearpost.staff.models import Staff
from clearpost.web.deps import Caller, CurrentClock, DbSession, State, caller_label, check_scope
from clearpost.web.errors import ApiError

router = APIRouter(prefix="/v1/accounts", tags=["accounts"])


def account_out(db_session: Any, account: Account, state: Any, now: Any) -> AccountOut:
    policy = state.policy.current
    strikes = accounts.strikes(db_session=db_session, account_id=account.id)
    sanctions = accounts.sanctions(db_session=db_session, account_id=account.id)
    active = {s.id for s in ladder.active_sanctions(sanctions, now)}
    history = (
        db_session.execute(
            select(Decision)
            .where(Decision.account_id == account.id)
            .order_by(Decision.created_at.desc())
            .limit(50)
        )
        .scalars()
        .all()
    )
    return AccountOut(
        id=account.id,
        display_name=account.display_name,
        classification=account.classification,
        tier=account.tier,
        standing=ladder.standing(strikes, sanctions, policy.spec.sanctions, now),
        active_points=ladder.active_points(strikes, now),
        moderation=policy.moderation_mode(account.tier, account.classification),
        strikes=[
            StrikeOut(
                id=s.id,
                decision_id=s.decision_id,
                category=s.category,
                severity=s.severity,
                points=s.points,
                created_at=s.created_at,
                expires_at=s.expires_at,
                active=s.removed_at is None and s.expires_at > now,
                removed_at=s.removed_at,
                removed_reason=s.removed_reason,
            )
            for s in strikes
        ],
        sanctions=[
            SanctionOut(
                id=s.id,
                standing=s.standing,
                source=s.source,
                reason=s.reason,
                decision_id=s.decision_id,
                starts_at=s.starts_at,
                ends_at=s.ends_at,
                lifted_at=s.lifted_at,
                active=s.id in active,
            )
            for s in sanctions
        ],
        history=[
            {
                "decision_id": d.id,
                "subject": d.subject_type,
                "item_id": d.item_id,
                "action": d.action,
                "category": d.category,
                "source": d.source,
                "created_at": d.created_at.isoformat(),
            }
            for d in history
        ],
        created_at=account.created_at,
    )


@router.put("/{account_id}", response_model=AccountOut)
def put_account(
    account_id: str,
    body: AccountIn,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    caller: Caller,
    response: Response,
) -> Any:
    """Create or update an account's classification, tier and display name."""
    check_scope(caller, "accounts:write", "accounts")
    if not 1 <= len(account_id) <= 200:
        raise ApiError(422, "must be 1 to 200 characters", "account_id")
    try:
        account, created = accounts.put(
            db_session=db_session,
            account_id=account_id,
            classification=body.classification,
            tier=body.tier,
            display_name=body.display_name,
            policy=state.policy.current,
            actor=caller_label(caller),
            staff=isinstance(caller, Staff),
            now=clock.now(),
        )
    except accounts.AccountRequestError as exc:
        status = 403 if "only staff" in str(exc) else 422
        raise ApiError(status, str(exc), exc.field) from None
    response.status_code = 201 if created else 200
    return account_out(db_session, account, state, clock.now())


@router.get("/{account_id}", response_model=AccountOut)
def get_account(
    account_id: str, db_session: DbSession, state: State, clock: CurrentClock, caller: Caller
) -> Any:
    """Classification, tier, standing, strikes, sanctions and decision history."""
    check_scope(caller, "accounts:read", "review")
    account = accounts.get(db_session=db_session, account_id=account_id)
    if account is None:
        raise ApiError(404, f"no account with id {account_id!r}")
    return account_out(db_session, account, state, clock.now())


@router.get("/{account_id}/notices", response_model=list[NoticeOut])
def get_notices(account_id: str, db_session: DbSession, caller: Caller, limit: int = 100) -> Any:
    """Notices sent to the account holder, newest first (reporters are never named)."""
    check_scope(caller, "accounts:read", "review")
    if accounts.get(db_session=db_session, account_id=account_id) is None:
        raise ApiError(404, f"no account with id {account_id!r}")
    rows = notices.list_for(
        db_session=db_session,
        recipient_type="account",
        recipient_id=account_id,
        limit=min(max(limit, 1), 500),
    )
    return [
        NoticeOut(
            id=n.id,
            kind=n.kind,
            subject_id=n.subject_id,
            statement=n.statement,
            created_at=n.created_at,
        )
        for n in rows
    ]
