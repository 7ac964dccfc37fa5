"""Effects: what a decision does, as plain objects. Pure planning; `apply` acts on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from clearpost.decisions.models import Decision
from clearpost.policy.engine import CompiledPolicy

VISIBILITY = {
    "allow": "visible",
    "label": "labelled",
    "limit": "limited",
    "hold": "held",
    "remove": "removed",
}


@dataclass(frozen=True, slots=True)
class SetVisibility:
    item_id: str
    visibility: str


@dataclass(frozen=True, slots=True)
class AddStrike:
    account_id: str
    decision_id: str
    category: str
    severity: str
    points: int
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class RemoveStrikes:
    decision_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class RecomputeStanding:
    account_id: str


@dataclass(frozen=True, slots=True)
class OpenCase:
    decision_id: str
    queue: str


@dataclass(frozen=True, slots=True)
class NotifyAccount:
    decision_id: str


@dataclass(frozen=True, slots=True)
class Emit:
    event: str
    decision_id: str


Effect = (
    SetVisibility | AddStrike | RemoveStrikes | RecomputeStanding | OpenCase | NotifyAccount | Emit
)


def strike_for(decision: Decision, policy: CompiledPolicy) -> AddStrike | None:
    """A removal for a category with a severity earns a strike; nothing else does."""
    if decision.action != "remove" or not decision.category:
        return None
    category = policy.categories.get(decision.category)
    if category is None:
        return None
    points = policy.spec.strikes.points.get(category.severity, 0)
    days = policy.spec.strikes.expire_days.get(category.severity, 0)
    if points <= 0 or days <= 0:
        return None
    return AddStrike(
        decision.account_id,
        decision.id,
        decision.category,
        category.severity,
        points,
        decision.created_at + timedelta(days=days),
    )


def plan(
    decision: Decision,
    previous: Decision | None,
    policy: CompiledPolicy,
    *,
    event: str = "decision.created",
) -> list[Effect]:
    """Everything that follows from an item decision that replaces `previous`."""
    effects: list[Effect] = []
    if decision.item_id is not None:
        effects.append(SetVisibility(decision.item_id, VISIBILITY[decision.action]))
    strikes_changed = False
    if previous is not None and previous.action == "remove":
        effects.append(RemoveStrikes(previous.id, f"superseded by decision {decision.id}"))
        strikes_changed = True
    strike = strike_for(decision, policy)
    if strike is not None:
        effects.append(strike)
        strikes_changed = True
    if strikes_changed:
        effects.append(RecomputeStanding(decision.account_id))
    if decision.review and decision.source == "screening":
        effects.append(OpenCase(decision.id, "automated"))
    if decision.action != "allow" or (previous is not None and previous.action != "allow"):
        effects.append(NotifyAccount(decision.id))
    effects.append(Emit(event, decision.id))
    return effects
