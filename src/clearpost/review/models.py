"""Review cases: the units of human work in the queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class ReviewCase(Base):
    __tablename__ = "review_cases"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # item | account | appeal
    queue: Mapped[str] = mapped_column(String(32))  # automated | reports | appeals | spam_wave
    item_id: Mapped[str | None] = mapped_column(ForeignKey("items.id"))
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    appeal_id: Mapped[str | None] = mapped_column(String(40))
    decision_id: Mapped[str | None] = mapped_column(String(40))  # the decision under review
    category: Mapped[str | None] = mapped_column(String(64))
    lang: Mapped[str | None] = mapped_column(String(8))
    severity: Mapped[float] = mapped_column(Float)
    # The time-independent part of the priority (review.priority.base), kept current by
    # review.service.reprioritize so that the queue is ordered in SQL.
    base_priority: Mapped[float] = mapped_column(Float, default=0.0)
    reach: Mapped[int] = mapped_column(Integer, default=0)
    report_weight: Mapped[float] = mapped_column(Float, default=0.0)
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    cluster_size: Mapped[int] = mapped_column(Integer, default=0)
    automated_detection: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | decided
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_decision_id: Mapped[str | None] = mapped_column(String(40))
    seconds_to_decision: Mapped[float | None] = mapped_column(Float)


Index("ix_review_cases_status", ReviewCase.status, ReviewCase.queue)
Index("ix_review_cases_item", ReviewCase.item_id, ReviewCase.status)
Index("ix_review_cases_decided_at", ReviewCase.decided_at)
