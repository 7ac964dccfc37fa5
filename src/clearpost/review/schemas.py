"""Review queue shapes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class CaseOut(BaseModel):
    id: str
    kind: str
    queue: str
    status: str
    item_id: str | None
    account_id: str
    appeal_id: str | None
    decision_id: str | None
    category: str | None
    lang: str | None
    priority: float
    reach: int
    report_count: int
    report_weight: float
    cluster_size: int
    created_at: datetime
    deadline_at: datetime
    overdue: bool
    claimed_by_you: bool
    claimed: bool
    claim_expires_at: datetime | None
    outcome: str | None
    decided_at: datetime | None
    seconds_to_decision: float | None


class DecideIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: str = Field(min_length=1, max_length=16)
    category: str | None = Field(default=None, max_length=64)
    note: str = Field(default="", max_length=2000)
    days: int | None = Field(default=None, ge=1, le=3650)


class DecideOut(BaseModel):
    case_id: str
    status: str
    outcome: str | None
    decision_id: str | None
