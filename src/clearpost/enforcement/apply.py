"""Carry out effects inside the caller's transaction: the only code here that acts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from clearpost.accounts import ladder
from clearpost.accounts import service as accounts
from clearpost.accounts.models import Account, Sanction
from clearpost.decisions import schemas as decision_schemas
from clearpost.decisions import service as decisions
from clearpost.decisions.models import Decision
from clearpost.enforcement import effects as fx
from clearpost.items.models import Item
from clearpost.notices import service as notices
from clearpost.notices.flows import tell
from clearpost.policy.engine import CompiledPolicy
from clearpost.review import service as review
from clearpost.webhooks import service as webhooks


def apply(
    *,
    db_session: Session,
    effects: Sequence[fx.Effect],
    policy: CompiledPolicy,
    now: datetime,
    actor: str,
) -> None:
    """Apply effects in order. Strikes are recorded before notices so notices can cite them."""
    strikes: dict[str, dict[str, Any]] = {}
    # Standing before any strike changes, so the ladder can tell what moved.
    before = {
        e.account_id: _standing(db_session, e.account_id, policy, now)
        for e in effects
        if isinstance(e, fx.RecomputeStanding)
    }
    for effect in effects:
        if isinstance(effect, fx.SetVisibility):
            item = db_session.get(Item, effect.item_id)
            if item is not None:
                item.visibility = effect.visibility
        elif isinstance(effect, fx.AddStrike):
            strike = accounts.add_strike(
                db_session=db_session,
                account_id=effect.account_id,
                decision_id=effect.decision_id,
                category=effect.category,
                severity=effect.severity,
                points=effect.points,
                expires_at=effect.expires_at,
                now=now,
            )
            strikes[effect.decision_id] = {
                "points": strike.points,
                "expires_at": strike.expires_at.isoformat(),
            }
        elif isinstance(effect, fx.RemoveStrikes):
            accounts.remove_strikes(
                db_session=db_session, decision_id=effect.decision_id, reason=effect.reason, now=now
            )
        elif isinstance(effect, fx.RecomputeStanding):
            recompute_standing(
                db_session=db_session,
                account_id=effect.account_id,
                policy=policy,
                now=now,
                actor=actor,
                before=before.get(effect.account_id),
            )
        elif isinstance(effect, fx.OpenCase):
            _open_case(db_session, effect, policy, now)
        elif isinstance(effect, fx.NotifyAccount):
            decision = _decision(db_session, effect.decision_id)
            notices.create(
                db_session=db_session,
                recipient_type="account",
                recipient_id=decision.account_id,
                kind=f"decision.{decision.action}",
                subject_id=decision.id,
                body=notices.statement(decision, policy, strike=strikes.get(decision.id)),
                now=now,
            )
        elif isinstance(effect, fx.Emit):
            if not webhooks.subscribed(db_session=db_session, event=effect.event):
                continue
            decision = _decision(db_session, effect.decision_id)
            webhooks.emit(
                db_session=db_session,
                event=effect.event,
                data=decision_schemas.from_row(decision).model_dump(mode="json"),
                now=now,
            )


def _standing(db_session: Session, account_id: str, policy: CompiledPolicy, now: datetime) -> str:
    return ladder.standing(
        accounts.strikes(db_session=db_session, account_id=account_id),
        accounts.sanctions(db_session=db_session, account_id=account_id),
        policy.spec.sanctions,
        now,
    )


def _decision(db_session: Session, decision_id: str) -> Decision:
    found = decisions.get(db_session=db_session, decision_id=decision_id)
    assert found is not None, decision_id
    return found


def _open_case(
    db_session: Session, effect: fx.OpenCase, policy: CompiledPolicy, now: datetime
) -> None:
    decision = _decision(db_session, effect.decision_id)
    item = db_session.get(Item, decision.item_id) if decision.item_id else None
    review.open_or_join(
        db_session=db_session,
        policy=policy,
        kind="item",
        queue=effect.queue,
        account_id=decision.account_id,
        item_id=decision.item_id,
        decision_id=decision.id,
        category=decision.category,
        lang=_lang(db_session, decision),
        reach=item.reach if item else 0,
        automated_detection=decision.automated_detection,
        now=now,
    )


def _lang(db_session: Session, decision: Decision) -> str | None:
    from clearpost.items.models import ItemRevision

    if decision.revision_id is None:
        return None
    revision = db_session.get(ItemRevision, decision.revision_id)
    return revision.lang if revision else None


def recompute_standing(
    *,
    db_session: Session,
    account_id: str,
    policy: CompiledPolicy,
    now: datetime,
    actor: str,
    before: str | None = None,
) -> Decision | None:
    """Move the account along the ladder after its strikes changed.

    Escalation creates the binding sanction (suspension, closure), an account decision, a
    notice and an `account.sanctioned` event. De-escalation (a strike overturned) lifts
    ladder sanctions no longer justified and tells the account.
    """
    account = db_session.get(Account, account_id)
    if account is None:
        return None
    rules = policy.spec.sanctions
    all_strikes = accounts.strikes(db_session=db_session, account_id=account_id)
    all_sanctions = list(accounts.sanctions(db_session=db_session, account_id=account_id))
    rung = ladder.rung_for(ladder.active_points(all_strikes, now), rules)
    target = rung.standing if rung else "good"
    old = before or ladder.standing(all_strikes, all_sanctions, rules, now)
    active = ladder.active_sanctions(all_sanctions, now)
    if target in ("suspended", "closed") and not any(s.standing == target for s in active):
        sanction = Sanction(
            account_id=account_id,
            standing=target,
            source="ladder",
            reason=f"{ladder.active_points(all_strikes, now)} active strike points",
            created_by="system",
            starts_at=now,
            ends_at=now + timedelta(days=rung.days) if rung and rung.days else None,
        )
        db_session.add(sanction)
        all_sanctions.append(sanction)
    for sanction in active:
        if sanction.source == "ladder" and ladder.RANK[sanction.standing] > ladder.RANK[target]:
            sanction.lifted_at, sanction.lifted_reason = now, "strikes no longer justify it"
    db_session.flush()
    new = ladder.standing(all_strikes, all_sanctions, rules, now)
    account.standing, account.updated_at = new, now
    if new == old:
        return None
    worse = ladder.RANK[new] > ladder.RANK[old]
    latest = max((s for s in all_strikes if s.removed_at is None), key=lambda s: s.id, default=None)
    reasons: list[dict[str, Any]] = [
        {
            "category": latest.category if latest else "strikes",
            "clause": policy.categories[latest.category].clause
            if latest and latest.category in policy.categories
            else "ladder",
            "action": new,
            "detector": None,
            "evidence": [],
            "points": ladder.active_points(all_strikes, now),
        }
    ]
    decision = decisions.create_account_decision(
        db_session=db_session,
        account_id=account_id,
        action=new,
        category=latest.category if latest and worse else None,
        reasons=reasons,
        policy_version=policy.version,
        automated=True,
        decided_by=None,
        note=None if worse else "strikes removed or expired",
        actor=actor,
        now=now,
    )
    for sanction in all_sanctions:
        if sanction.decision_id is None and sanction.lifted_at is None:
            sanction.decision_id = decision.id
    binding = [s for s in ladder.active_sanctions(all_sanctions, now) if s.standing == new]
    ends = binding[-1].ends_at if binding else None
    tell(
        db_session=db_session,
        recipient_type="account",
        recipient_id=account_id,
        kind=f"account.{new}",
        subject_id=decision.id,
        body=notices.statement(decision, policy),
        now=now,
        event="account.sanctioned" if worse else None,
        event_data={
            "account_id": account_id,
            "standing": new,
            "ends_at": ends.isoformat() if ends else None,
        },
    )
    return decision
