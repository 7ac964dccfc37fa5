"""Items and their revisions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class Item(Base):
    """One piece of content, keyed by the host platform's id (the idempotency key)."""

    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # Denormalised pointer to the latest decision (no FK: decisions point at items).
    current_decision_id: Mapped[str | None] = mapped_column(String(40))
    visibility: Mapped[str] = mapped_column(String(16), default="visible")
    reach: Mapped[int] = mapped_column(Integer, default=0)  # audience size the host reports
    first_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ItemRevision(Base):
    """The content of an item as screened; a change of content makes a new revision."""

    __tablename__ = "item_revisions"
    __table_args__ = (UniqueConstraint("item_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"))
    number: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    media: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


Index("ix_item_revisions_received_at", ItemRevision.received_at)
