"""Decisions (with their statement of reasons) and the signals behind them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class Decision(Base):
    """The action taken on one revision of an item, automated or by a person."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("item_id", "number"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(16), default="item")  # item | account
    item_id: Mapped[str | None] = mapped_column(ForeignKey("items.id"))
    # 1, 2, 3… per item: orders the history and stops two writers deciding the same state.
    number: Mapped[int] = mapped_column(Integer)
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("item_revisions.id"))
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    action: Mapped[str] = mapped_column(String(16))
    categories: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    flagged: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The category the action is taken for (the statement of reasons' ground), if any.
    category: Mapped[str | None] = mapped_column(String(64))
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    review: Mapped[bool] = mapped_column(Boolean, default=False)
    automated_detection: Mapped[bool] = mapped_column(Boolean)
    automated_decision: Mapped[str] = mapped_column(String(16))  # fully | partially | not
    source: Mapped[str] = mapped_column(String(16))  # screening | review | appeal | staff
    # Why a person decided (review note); shown in the statement of reasons.
    note: Mapped[str | None] = mapped_column(String(2000))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    supersedes_id: Mapped[str | None] = mapped_column(String(40))
    # When the next decision on the same item replaced this one (None: still current).
    # Makes "the item's state at the end of a period" a plain indexed filter.
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # On the item's first restriction only: seconds from receiving the content (revision)
    # to this decision — the transparency report's time to action, computed once here.
    first_action_seconds: Mapped[float | None] = mapped_column(Float)
    policy_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


Index("ix_decisions_account_id", Decision.account_id)
Index("ix_decisions_created_at", Decision.created_at)


class Signal(Base):
    """One detector's finding, stored with the decision it fed."""

    __tablename__ = "signals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    detector: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    label: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float] = mapped_column(Float)
    decisive: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
