"""Accounts: publishers on the host platform, their strikes and sanctions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class Account(Base):
    """A publisher, keyed by the host platform's own id."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    classification: Mapped[str | None] = mapped_column(String(64))
    tier: Mapped[str] = mapped_column(String(32))
    # Cached result of the ladder (accounts.ladder); recomputed whenever strikes change.
    standing: Mapped[str] = mapped_column(String(32), default="good")
    items_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Strike(Base):
    """A mark from an upheld violation; counts toward sanctions until it expires."""

    __tablename__ = "strikes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"))
    category: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    removed_reason: Mapped[str | None] = mapped_column(String(200))


Index("ix_strikes_account", Strike.account_id, Strike.expires_at)


class Sanction(Base):
    """An account-level measure: warned, limited, suspended (with an end), closed."""

    __tablename__ = "sanctions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    standing: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))  # ladder | manual
    reason: Mapped[str] = mapped_column(Text)
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decisions.id"))
    created_by: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    lifted_reason: Mapped[str | None] = mapped_column(String(200))
