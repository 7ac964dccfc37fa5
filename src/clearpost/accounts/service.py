"""Account operations: create/update, strikes, sanctions, standing, promotion."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearpost.accounts import ladder
from clearpost.accounts.models import Account, Sanction, Strike
from clearpost.audit import service as audit
from clearpost.decisions.models import Decision
from clearpost.policy.engine import CompiledPolicy


class AccountRequestError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def get(*, db_session: Session, account_id: str) -> Account | None:
    return db_session.get(Account, account_id)


def get_many(*, db_session: Session, account_ids: Sequence[str]) -> dict[str, Account]:
    """Accounts by id in one query (they stay in the session's identity map)."""
    if not account_ids:
        return {}
    rows = db_session.execute(select(Account).where(Account.id.in_(set(account_ids)))).scalars()
    return {row.id: row for row in rows}


def get_or_create(
    *, db_session: Session, account_id: str, tier: str, now: datetime
) -> tuple[Account, bool]:
    """The account, created with `tier` when Clearpost sees it for the first time."""
    account = db_session.get(Account, account_id)
    if account is not None:
        return account, False
    return create(db_session=db_session, account_id=account_id, tier=tier, now=now), True


def create(*, db_session: Session, account_id: str, tier: str, now: datetime) -> Account:
    """A new account (the caller knows it does not exist yet)."""
    account = Account(
        id=account_id, tier=tier, standing="good", items_count=0, created_at=now, updated_at=now
    )
    db_session.add(account)
    return account


def put(
    *,
    db_session: Session,
    account_id: str,
    classification: str | None,
    tier: str | None,
    display_name: str | None,
    policy: CompiledPolicy,
    actor: str,
    staff: bool,
    now: datetime,
) -> tuple[Account, bool]:
    """Create or update an account's classification, tier and name (audited)."""
    rules = policy.spec.accounts
    if tier is not None and tier not in policy.tiers:
        raise AccountRequestError(
            "tier", f"unknown tier {tier!r} (tiers: {', '.join(policy.tiers)})"
        )
    if (
        classification is not None
        and rules.classifications
        and classification not in rules.classifications
    ):
        raise AccountRequestError(
            "classification",
            f"unknown classification {classification!r} "
            f"(known: {', '.join(rules.classifications)})",
        )
    account, created = get_or_create(
        db_session=db_session, account_id=account_id, tier=policy.spec.default_tier, now=now
    )
    before = snapshot(account)
    if tier is not None and tier != account.tier:
        if tier in rules.staff_only_tiers and not staff:
            raise AccountRequestError("tier", f"only staff can set the {tier!r} tier")
        if account.tier in rules.staff_only_tiers and not staff:
            raise AccountRequestError("tier", f"only staff can change a {account.tier!r} account")
        account.tier = tier
    if classification is not None:
        account.classification = classification
    if display_name is not None:
        account.display_name = display_name
    account.updated_at = now
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=actor,
        action="account.created" if created else "account.updated",
        subject_type="account",
        subject_id=account.id,
        before=None if created else before,
        after=snapshot(account),
        now=now,
    )
    return account, created


def snapshot(account: Account) -> dict[str, str | None]:
    return {
        "tier": account.tier,
        "classification": account.classification,
        "standing": account.standing,
        "display_name": account.display_name,
    }


def strikes(*, db_session: Session, account_id: str) -> Sequence[Strike]:
    query = select(Strike).where(Strike.account_id == account_id).order_by(Strike.id)
    return db_session.execute(query).scalars().all()


def sanctions(*, db_session: Session, account_id: str) -> Sequence[Sanction]:
    query = select(Sanction).where(Sanction.account_id == account_id).order_by(Sanction.id)
    return db_session.execute(query).scalars().all()


def standing_now(
    *, db_session: Session, account: Account, policy: CompiledPolicy, now: datetime
) -> str:
    """Standing at `now` (strikes may have expired since it was cached)."""
    return ladder.standing(
        strikes(db_session=db_session, account_id=account.id),
        sanctions(db_session=db_session, account_id=account.id),
        policy.spec.sanctions,
        now,
    )


def posting_refusal(
    *, db_session: Session, account: Account, policy: CompiledPolicy, now: datetime
) -> str | None:
    """Why this account may not post now, or None."""
    if account.standing not in ("suspended", "closed"):
        # The cached standing only rises through recompute or a sanction, both of which
        # update it, so anything below "suspended" here is final.
        return None
    current = standing_now(db_session=db_session, account=account, policy=policy, now=now)
    if current not in ("suspended", "closed"):
        return None
    active = ladder.active_sanctions(sanctions(db_session=db_session, account_id=account.id), now)
    binding = [s for s in active if s.standing == current]
    if current == "closed":
        reason = binding[-1].reason if binding else "account closed"
        return f"account {account.id!r} is closed: {reason}"
    until = binding[-1].ends_at if binding else None
    reason = binding[-1].reason if binding else "posting suspended"
    when = f" until {until.isoformat()}" if until else ""
    return f"account {account.id!r} is suspended from posting{when}: {reason}"


def add_strike(
    *,
    db_session: Session,
    account_id: str,
    decision_id: str,
    category: str,
    severity: str,
    points: int,
    expires_at: datetime,
    now: datetime,
) -> Strike:
    strike = Strike(
        account_id=account_id,
        decision_id=decision_id,
        category=category,
        severity=severity,
        points=points,
        created_at=now,
        expires_at=expires_at,
    )
    db_session.add(strike)
    db_session.flush()
    return strike


def remove_strikes(
    *, db_session: Session, decision_id: str, reason: str, now: datetime
) -> list[Strike]:
    query = select(Strike).where(Strike.decision_id == decision_id, Strike.removed_at.is_(None))
    removed = list(db_session.execute(query).scalars())
    for strike in removed:
        strike.removed_at, strike.removed_reason = now, reason[:200]
    db_session.flush()
    return removed


def clean_item_count(*, db_session: Session, account_id: str) -> int:
    """Items of the account whose current decision is allow."""
    from clearpost.items.models import Item

    query = (
        select(func.count())
        .select_from(Item)
        .join(Decision, Decision.id == Item.current_decision_id)
        .where(Item.account_id == account_id, Decision.action == "allow")
    )
    return int(db_session.execute(query).scalar_one())


def maybe_promote(
    *, db_session: Session, account: Account, policy: CompiledPolicy, now: datetime
) -> str | None:
    """Promote the tier under the policy's rules for a clean history; returns the new tier.

    Cheap checks (tier, age) come first: this runs after every screened item.
    """
    for rule in policy.spec.accounts.promotion:
        if account.tier != rule.from_tier or account.items_count < rule.min_items:
            continue
        if now - account.created_at < timedelta(days=rule.min_days):
            continue
        points = ladder.active_points(strikes(db_session=db_session, account_id=account.id), now)
        if points > rule.max_active_points:
            continue
        if clean_item_count(db_session=db_session, account_id=account.id) < rule.min_items:
            continue
        before = snapshot(account)
        account.tier, account.updated_at = rule.to_tier, now
        audit.record(
            db_session=db_session,
            actor="system",
            action="account.promoted",
            subject_type="account",
            subject_id=account.id,
            before=before,
            after=snapshot(account),
            now=now,
        )
        return rule.to_tier
    return None
