"""Appeals: one per decision, within the window, by the affected account."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.appeals.models import Appeal
from clearpost.audit import service as audit
from clearpost.decisions.models import Decision
from clearpost.items.models import Item
from clearpost.notices.service import APPEALABLE, appeal_deadline
from clearpost.policy.engine import CompiledPolicy
from clearpost.review import service as review


class AppealRequestError(Exception):
    def __init__(self, status: int, field: str | None, message: str) -> None:
        super().__init__(message)
        self.status, self.field = status, field


def get(*, db_session: Session, appeal_id: str) -> Appeal | None:
    return db_session.get(Appeal, appeal_id)


def get_by_decision(*, db_session: Session, decision_id: str) -> Appeal | None:
    query = select(Appeal).where(Appeal.decision_id == decision_id)
    return db_session.execute(query).scalar_one_or_none()


def create(
    *,
    db_session: Session,
    policy: CompiledPolicy,
    decision_id: str,
    account_id: str,
    statement: str,
    now: datetime,
) -> Appeal:
    """File an appeal and open its review case. Every refusal changes nothing."""
    decision = db_session.get(Decision, decision_id)
    if decision is None:
        raise AppealRequestError(404, "decision_id", f"no decision with id {decision_id!r}")
    if decision.account_id != account_id:
        raise AppealRequestError(
            403, "account_id", "only the account the decision concerns can appeal it"
        )
    if decision.action not in APPEALABLE:
        raise AppealRequestError(
            409, "decision_id", f"a decision to {decision.action!r} cannot be appealed"
        )
    deadline = appeal_deadline(decision, policy)
    if now > deadline:
        raise AppealRequestError(
            409, "decision_id", f"the appeal window closed on {deadline.isoformat()}"
        )
    if get_by_decision(db_session=db_session, decision_id=decision_id) is not None:
        raise AppealRequestError(409, "decision_id", "this decision has already been appealed")
    if decision.subject_type == "item":
        item = db_session.get(Item, decision.item_id)
        if item is not None and item.current_decision_id != decision.id:
            raise AppealRequestError(
                409,
                "decision_id",
                f"this decision has been replaced by decision {item.current_decision_id}",
            )
    appeal_id = str(uuid.uuid4())
    case, _ = review.open_or_join(
        db_session=db_session,
        policy=policy,
        kind="appeal",
        queue="appeals",
        account_id=account_id,
        item_id=decision.item_id,
        decision_id=decision.id,
        category=decision.category,
        lang=None,
        reach=0,
        automated_detection=decision.automated_detection,
        now=now,
        appeal_id=appeal_id,
    )
    appeal = Appeal(
        id=appeal_id,
        decision_id=decision.id,
        account_id=account_id,
        statement=statement,
        case_id=case.id,
        status="open",
        created_at=now,
    )
    db_session.add(appeal)
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=f"account:{account_id}",
        action="appeal.created",
        subject_type="decision",
        subject_id=decision.id,
        after={"appeal_id": appeal.id, "case_id": case.id},
        now=now,
    )
    return appeal
