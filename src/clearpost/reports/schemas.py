"""Report request/response shapes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item_id: str | None = Field(default=None, min_length=1, max_length=200)
    account_id: str | None = Field(default=None, min_length=1, max_length=200)
    reporter_id: str = Field(min_length=1, max_length=200)
    category: str = Field(min_length=1, max_length=64)
    details: str | None = Field(default=None, max_length=5000)


class ReportCreated(BaseModel):
    report_id: str
    case_id: str
    status: str


class ReportOut(BaseModel):
    """What the reporter may know: status and outcome, never the moderator."""

    report_id: str
    case_id: str
    item_id: str | None
    category: str
    status: str
    outcome: str | None
    action: str | None
    created_at: datetime
    resolved_at: datetime | None
