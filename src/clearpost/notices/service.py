"""Notices with a statement of reasons, for account holders and reporters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.decisions.models import Decision
from clearpost.notices.models import Notice
from clearpost.policy.engine import CompiledPolicy

APPEALABLE = {"label", "limit", "hold", "remove", "warned", "limited", "suspended", "closed"}


def appeal_deadline(decision: Decision, policy: CompiledPolicy) -> datetime:
    return decision.created_at + timedelta(days=policy.spec.appeals.window_days)


def statement(
    decision: Decision, policy: CompiledPolicy, *, strike: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The statement of reasons for one decision, as the affected account sees it."""
    category = policy.categories.get(decision.category or "")
    reasons = decision.reasons or []
    facts = _facts(decision, category.title if category else None)
    body: dict[str, Any] = {
        "decision_id": decision.id,
        "subject": decision.subject_type,
        "item_id": decision.item_id,
        "action": decision.action,
        "category": decision.category,
        "clause": category.clause if category else None,
        "rule": category.title if category else None,
        "policy_version": decision.policy_version,
        "facts": facts,
        "evidence": [e for r in reasons for e in r.get("evidence", [])][:10],
        "automated_detection": decision.automated_detection,
        "automated_decision": decision.automated_decision,
        "note": decision.note,
        "decided_at": decision.created_at.isoformat(),
    }
    if decision.action in APPEALABLE:
        body["appeal"] = {
            "how": "POST /v1/appeals with this decision_id and your statement",
            "until": appeal_deadline(decision, policy).isoformat(),
        }
    if strike:
        body["strike"] = strike
    support = next((r.get("support") for r in reasons if r.get("support")), None)
    if support:
        body["support"] = support
    return body


def _facts(decision: Decision, rule: str | None) -> str:
    what = "Your account" if decision.subject_type == "account" else "Your content"
    how = "automatically" if decision.automated_decision == "fully" else "after human review"
    verb = {
        "allow": "was restored",
        "label": "was labelled",
        "limit": "has reduced reach",
        "hold": "is held for review",
        "remove": "was removed",
        "warned": "received a warning",
        "limited": "has reduced reach",
        "suspended": "is suspended from posting",
        "closed": "was closed",
        "good": "is back in good standing",
    }.get(decision.action, decision.action)
    because = f" under the rule on {rule.lower()}" if rule else ""
    return f"{what} {verb}{because}, decided {how}."


def create(
    *,
    db_session: Session,
    recipient_type: str,
    recipient_id: str,
    kind: str,
    subject_id: str,
    body: dict[str, Any],
    now: datetime,
) -> Notice:
    notice = Notice(
        recipient_type=recipient_type,
        recipient_id=recipient_id,
        kind=kind,
        subject_id=subject_id,
        statement=body,
        created_at=now,
    )
    db_session.add(notice)
    return notice


def list_for(
    *, db_session: Session, recipient_type: str, recipient_id: str, limit: int = 100
) -> Sequence[Notice]:
    query = (
        select(Notice)
        .where(Notice.recipient_type == recipient_type, Notice.recipient_id == recipient_id)
        .order_by(Notice.id.desc())
        .limit(limit)
    )
    return db_session.execute(query).scalars().all()
