"""Store decisions with their signals, and read them back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, select, update
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session, aliased

from clearpost.audit import service as audit
from clearpost.decisions.models import Decision, Signal
from clearpost.detectors.base import Signal as FoundSignal
from clearpost.items.models import Item, ItemRevision
from clearpost.policy.engine import Outcome

# Signals below this score, without evidence and not decisive, are not stored one by one:
# the decision's `categories` keeps every category's combined score.
SIGNAL_FLOOR = 0.05


def worth_keeping(signal: FoundSignal) -> bool:
    return signal.score >= SIGNAL_FLOOR or signal.decisive or bool(signal.evidence)


def new_id() -> str:
    return str(uuid.uuid4())


def summary(decision: Decision) -> dict[str, Any]:
    """What the audit log keeps of a decision."""
    return {
        "decision_id": decision.id,
        "subject": decision.subject_type,
        "item_id": decision.item_id,
        "account_id": decision.account_id,
        "action": decision.action,
        "category": decision.category,
        "flagged": list(decision.flagged),
        "policy_version": decision.policy_version,
        "source": decision.source,
        "decided_by": decision.decided_by,
    }


def create_from_outcome(
    *,
    db_session: Session,
    item: Item,
    revision: ItemRevision,
    outcome: Outcome,
    signals: Sequence[FoundSignal],
    actor: str,
    now: datetime,
) -> Decision:
    """An automated decision for one revision, its signals and its audit event."""
    previous = get(db_session=db_session, decision_id=item.current_decision_id)
    decision = Decision(
        id=new_id(),
        subject_type="item",
        item_id=item.id,
        number=previous.number + 1 if previous else 1,
        revision_id=revision.id,
        account_id=item.account_id,
        action=outcome.action,
        categories=dict(outcome.categories),
        flagged=list(outcome.flagged),
        category=outcome.category,
        reasons=list(outcome.reasons),
        review=outcome.review,
        automated_detection=True,
        automated_decision=outcome.automated_decision,
        source="screening",
        decided_by=None,
        supersedes_id=item.current_decision_id,
        policy_version=outcome.policy_version,
        created_at=now,
    )
    if previous is not None:
        previous.superseded_at = now
    _first_action(item, decision, revision.received_at, now)
    db_session.add(decision)
    _remember(db_session, decision)
    db_session.add_all(
        Signal(
            decision_id=decision.id,
            detector=s.detector,
            category=s.category,
            label=s.label,
            score=float(s.score),
            decisive=s.decisive,
            evidence=[e.as_dict() for e in s.evidence],
            details=dict(s.details),
        )
        for s in signals
        if worth_keeping(s)
    )
    item.current_decision_id = decision.id
    audit.record(
        db_session=db_session,
        actor=actor,
        action="decision.created",
        subject_type="item",
        subject_id=item.id,
        before=summary(previous) if previous else None,
        after=summary(decision),
        now=now,
    )
    return decision


def _first_action(item: Item, decision: Decision, received_at: datetime, now: datetime) -> None:
    """Record the time to action on the item's first restriction (reported, never updated)."""
    if decision.action != "allow" and item.first_action_at is None:
        item.first_action_at = now
        decision.first_action_seconds = max((now - received_at).total_seconds(), 0.0)


_NEW_KEY = "clearpost.new_decisions"


@sa_event.listens_for(Session, "after_commit")
@sa_event.listens_for(Session, "after_soft_rollback")
def _forget(db_session: Session, *_: object) -> None:
    db_session.info.pop(_NEW_KEY, None)


def _remember(db_session: Session, decision: Decision) -> None:
    """Decisions made in this session, found by id without flushing (see `get`)."""
    db_session.info.setdefault(_NEW_KEY, {})[decision.id] = decision


def get(*, db_session: Session, decision_id: str | None) -> Decision | None:
    """A decision by id. One made in this session is returned as is: looking it up through
    the identity map would first flush every pending row."""
    if decision_id is None:
        return None
    made = db_session.info.get(_NEW_KEY, {}).get(decision_id)
    if made is not None:
        return made
    return db_session.get(Decision, decision_id)


def list_for_item(*, db_session: Session, item_id: str) -> Sequence[Decision]:
    query = select(Decision).where(Decision.item_id == item_id).order_by(Decision.number.desc())
    return db_session.execute(query).scalars().all()


def revision_numbers(
    *, db_session: Session, decisions: Sequence[Decision]
) -> dict[int | None, int]:
    ids = {d.revision_id for d in decisions if d.revision_id is not None}
    if not ids:
        return {}
    rows = db_session.execute(
        select(ItemRevision.id, ItemRevision.number).where(ItemRevision.id.in_(ids))
    )
    return {row.id: row.number for row in rows}


def create_account_decision(
    *,
    db_session: Session,
    account_id: str,
    action: str,
    category: str | None,
    reasons: list[dict[str, Any]],
    policy_version: str,
    automated: bool,
    decided_by: str | None,
    note: str | None,
    actor: str,
    now: datetime,
) -> Decision:
    """A decision about an account (a sanction or its lifting), audited like item decisions."""
    decision = Decision(
        id=new_id(),
        subject_type="account",
        item_id=None,
        number=1,
        revision_id=None,
        account_id=account_id,
        action=action,
        categories={},
        flagged=[category] if category else [],
        category=category,
        reasons=reasons,
        review=False,
        automated_detection=automated,
        automated_decision="fully" if automated else "not",
        source="screening" if automated else "staff",
        decided_by=decided_by,
        supersedes_id=None,
        policy_version=policy_version,
        note=note,
        created_at=now,
    )
    db_session.add(decision)
    _remember(db_session, decision)
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=actor,
        action="account.decision",
        subject_type="account",
        subject_id=account_id,
        after=summary(decision),
        now=now,
    )
    return decision


def create_human(
    *,
    db_session: Session,
    item: Item,
    previous: Decision | None,
    action: str,
    category: str | None,
    reasons: list[dict[str, Any]],
    source: str,
    decided_by: str,
    automated_detection: bool,
    note: str | None,
    policy_version: str,
    now: datetime,
) -> Decision:
    """A person's decision on an item (review or appeal), superseding the current one."""
    decision = Decision(
        id=new_id(),
        subject_type="item",
        item_id=item.id,
        number=previous.number + 1 if previous else 1,
        revision_id=previous.revision_id if previous else None,
        account_id=item.account_id,
        action=action,
        categories=dict(previous.categories) if previous else {},
        flagged=[category] if category and action != "allow" else [],
        category=category if action != "allow" else None,
        reasons=reasons,
        review=False,
        automated_detection=automated_detection,
        automated_decision="not",
        source=source,
        decided_by=decided_by,
        supersedes_id=previous.id if previous else None,
        policy_version=policy_version,
        note=note,
        created_at=now,
    )
    if previous is not None:
        previous.superseded_at = now
    revision = db_session.get(ItemRevision, decision.revision_id) if decision.revision_id else None
    _first_action(item, decision, revision.received_at if revision else item.received_at, now)
    db_session.add(decision)
    _remember(db_session, decision)
    db_session.flush()
    item.current_decision_id = decision.id
    audit.record(
        db_session=db_session,
        actor=decided_by,
        action=f"decision.{source}",
        subject_type="item",
        subject_id=item.id,
        before=summary(previous) if previous else None,
        after=summary(decision),
        now=now,
    )
    return decision


def backfill_history(*, connection: Connection) -> None:
    """Fill the columns written at decision time (`superseded_at`, `first_action_seconds`,
    `Item.first_action_at`) for history loaded in bulk, e.g. an import or test data."""
    later = aliased(Decision)
    next_at = (
        select(func.min(later.created_at))
        .where(later.item_id == Decision.item_id, later.number > Decision.number)
        .scalar_subquery()
    )
    connection.execute(
        update(Decision).where(Decision.subject_type == "item").values(superseded_at=next_at)
    )
    earlier = aliased(Decision)
    first = and_(
        Decision.subject_type == "item",
        Decision.action != "allow",
        ~select(earlier.id)
        .where(
            earlier.item_id == Decision.item_id,
            earlier.number < Decision.number,
            earlier.action != "allow",
        )
        .exists(),
    )
    received = select(ItemRevision.received_at).where(ItemRevision.id == Decision.revision_id)
    rows = connection.execute(
        select(
            Decision.id, Decision.item_id, Decision.created_at, received.scalar_subquery()
        ).where(first)
    ).all()
    if rows:
        connection.execute(
            update(Decision).where(Decision.id == bindparam("b_id")),
            [{"b_id": r[0], "first_action_seconds": _seconds(r[2], r[3])} for r in rows],
        )
        connection.execute(
            update(Item).where(Item.id == bindparam("b_item")),
            [{"b_item": r[1], "first_action_at": r[2]} for r in rows],
        )


def _seconds(later: datetime, earlier: datetime | None) -> float | None:
    return None if earlier is None else max((later - earlier).total_seconds(), 0.0)
