"""Appeal request/response shapes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class AppealIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision_id: str = Field(min_length=1, max_length=40)
    account_id: str = Field(min_length=1, max_length=200)
    statement: str = Field(min_length=1, max_length=5000)


class AppealCreated(BaseModel):
    appeal_id: str
    case_id: str


class AppealOut(BaseModel):
    appeal_id: str
    case_id: str
    decision_id: str
    account_id: str
    status: str
    statement: str
    created_at: datetime
    decided_at: datetime | None
    reversal_decision_id: str | None
