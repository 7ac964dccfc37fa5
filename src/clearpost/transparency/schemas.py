"""The transparency report's shape: one object the page, the CLI and the downloads all use."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Granularity = Literal["day", "month"]


class Period(BaseModel):
    """`start` and `end` are both included: from start 00:00 UTC to end 24:00 UTC."""

    start: date
    end: date
    granularity: Granularity


class Totals(BaseModel):
    decisions: int = Field(description="Decisions (items and accounts) created in the period")
    items_decided: int = Field(description="Distinct items with a decision in the period")
    items_acted_on: int = Field(description="Items whose latest decision in the period restricts")
    accounts_acted_on: int = Field(description="Distinct accounts owning those items")
    account_sanctions: int = Field(description="Account decisions setting warned or worse")
    reports: int = Field(description="Reports received in the period")
    appeals: int = Field(description="Appeals received in the period")
    statements: int = Field(description="DSA statements of reasons for the period")


class ActionRow(BaseModel):
    """Items acted on for one category and action (counted by their current state)."""

    category: str
    action: str
    items: int
    accounts: int


class SanctionRow(BaseModel):
    standing: str
    decisions: int
    accounts: int
    automated: int


class AutomationRow(BaseModel):
    subject: str  # item | account
    automated_decision: str  # fully | partially | not
    automated_detection: bool
    decisions: int
    restrictive: int


class ReportRow(BaseModel):
    """Reports received in the period, by their state at the end of the period."""

    category: str
    received: int
    upheld: int
    rejected: int
    open: int


class Appeals(BaseModel):
    received: int
    decided: int
    upheld: int
    overturned: int
    reversal_rate: float | None
    median_seconds_to_decide: float | None


class MedianRow(BaseModel):
    group: str
    count: int
    median_seconds: float | None


class SeriesPoint(BaseModel):
    bucket: str  # YYYY-MM-DD or YYYY-MM
    items_acted_on: int
    reports: int
    appeals: int


class Report(BaseModel):
    """A transparency report over one period, computed from the decision records."""

    model_config = ConfigDict(frozen=True)

    period: Period
    totals: Totals
    actions: list[ActionRow]
    sanctions: list[SanctionRow]
    automation: list[AutomationRow]
    reports: list[ReportRow]
    appeals: Appeals
    case_time: list[MedianRow]
    first_action_time: list[MedianRow]
    series: list[SeriesPoint]


class ExampleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision_id: str = Field(min_length=1, max_length=40)
    title: str = Field(min_length=1, max_length=200)
    summary: str = Field(min_length=1, max_length=2000)


class ExampleOut(BaseModel):
    id: int
    decision_id: str
    clause: str
    title: str
    summary: str
    action: str
    marked_by: str
    created_at: datetime
