"""Accounts: publishers on the host platform."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class Account(Base):
    """A publisher, keyed by the host platform's own id."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    classification: Mapped[str | None] = mapped_column(String(64))
    tier: Mapped[str] = mapped_column(String(32))
    standing: Mapped[str] = mapped_column(String(32), default="good")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
