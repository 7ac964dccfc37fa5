"""Appeals against decisions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class Appeal(Base):
    __tablename__ = "appeals"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), unique=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    statement: Mapped[str] = mapped_column(Text)
    case_id: Mapped[str] = mapped_column(ForeignKey("review_cases.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | upheld | overturned
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(200))
    reversal_decision_id: Mapped[str | None] = mapped_column(String(40))


Index("ix_appeals_created_at", Appeal.created_at)
