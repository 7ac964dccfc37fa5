"""The decision as the API, the CLI and notices show it (one shape everywhere)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from clearpost.decisions.models import Decision
from clearpost.policy.engine import Outcome


class EvidenceOut(BaseModel):
    field: str
    start: int
    end: int
    text: str


class ReasonOut(BaseModel):
    category: str
    clause: str
    action: str
    score: float | None = None
    detector: str | None = None
    label: str | None = None
    detectors: list[str] = Field(default_factory=list)
    evidence: list[EvidenceOut] = Field(default_factory=list)


class AutomatedOut(BaseModel):
    detection: bool
    decision: Literal["fully", "partially", "not"]


class DecisionOut(BaseModel):
    """A decision with its statement of reasons."""

    item_id: str | None
    decision_id: str
    subject: Literal["item", "account"] = "item"
    account_id: str | None = None
    revision: int | None = None
    action: Literal[
        "allow",
        "label",
        "limit",
        "hold",
        "remove",  # items
        "good",
        "warned",
        "limited",
        "suspended",
        "closed",  # accounts
    ]
    categories: dict[str, float]
    flagged: list[str]
    reasons: list[ReasonOut]
    automated: AutomatedOut
    review: bool = False
    support: dict[str, Any] | None = None
    source: str = "screening"
    note: str | None = None
    supersedes: str | None = None
    policy_version: str
    created_at: datetime


def from_row(decision: Decision, revision: int | None = None) -> DecisionOut:
    """The public shape of a stored decision."""
    return DecisionOut(
        item_id=decision.item_id,
        decision_id=decision.id,
        subject=decision.subject_type,
        account_id=decision.account_id,
        revision=revision,
        action=decision.action,
        categories=dict(decision.categories),
        flagged=list(decision.flagged),
        reasons=[ReasonOut.model_validate(r) for r in decision.reasons],
        automated=AutomatedOut(
            detection=decision.automated_detection,
            decision=decision.automated_decision,
        ),
        review=decision.review,
        support=_support(decision),
        source=decision.source,
        note=decision.note,
        supersedes=decision.supersedes_id,
        policy_version=decision.policy_version,
        created_at=decision.created_at,
    )


def _support(decision: Decision) -> dict[str, Any] | None:
    for reason in decision.reasons:
        if reason.get("support"):
            return dict(reason["support"])
    return None


def from_outcome(
    item_id: str, decision_id: str, outcome: Outcome, created_at: datetime
) -> DecisionOut:
    """The public shape of a decision that is not stored (`clearpost screen`)."""
    return DecisionOut(
        item_id=item_id,
        decision_id=decision_id,
        action=outcome.action,
        categories=dict(outcome.categories),
        flagged=list(outcome.flagged),
        reasons=[ReasonOut.model_validate(r) for r in outcome.reasons],
        automated=AutomatedOut(detection=True, decision=outcome.automated_decision),
        review=outcome.review,
        support=outcome.support,
        source="screening",
        policy_version=outcome.policy_version,
        created_at=created_at,
    )
