"""Account request/response shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class AccountIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    classification: str | None = Field(default=None, min_length=1, max_length=64)
    tier: str | None = Field(default=None, min_length=1, max_length=32)
    display_name: str | None = Field(default=None, max_length=200)


class StrikeOut(BaseModel):
    id: int
    decision_id: str
    category: str
    severity: str
    points: int
    created_at: datetime
    expires_at: datetime
    active: bool
    removed_at: datetime | None = None
    removed_reason: str | None = None


class SanctionOut(BaseModel):
    id: int
    standing: str
    source: str
    reason: str
    decision_id: str | None
    starts_at: datetime
    ends_at: datetime | None
    lifted_at: datetime | None
    active: bool


class AccountOut(BaseModel):
    id: str
    display_name: str | None
    classification: str | None
    tier: str
    standing: str
    active_points: int
    moderation: str
    strikes: list[StrikeOut]
    sanctions: list[SanctionOut]
    history: list[dict[str, Any]]
    created_at: datetime


class NoticeOut(BaseModel):
    id: int
    kind: str
    subject_id: str
    statement: dict[str, Any]
    created_at: datetime


class BulkResult(BaseModel):
    account_id: str
    decision_id: str | None
    error: str | None = None
