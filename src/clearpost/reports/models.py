"""User complaints and the reporters' track record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class Reporter(Base):
    """A user of the host platform who reports; their weight follows their record."""

    __tablename__ = "reporters"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    upheld: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("items.id"))
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    reporter_id: Mapped[str] = mapped_column(ForeignKey("reporters.id"))
    category: Mapped[str] = mapped_column(String(64))
    details: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float)
    case_id: Mapped[str] = mapped_column(ForeignKey("review_cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved
    outcome: Mapped[str | None] = mapped_column(String(16))  # upheld | rejected
    action: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


Index("ix_reports_created_at", Report.created_at)
