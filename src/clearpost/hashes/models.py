"""Hash list entries: one row per (list, kind, hash)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class HashEntry(Base):
    """A known image: its SHA-256 or PDQ hash, the list it came from and what it shows."""

    __tablename__ = "hash_entries"
    __table_args__ = (UniqueConstraint("list_name", "kind", "hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    list_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(8))  # "sha256" or "pdq"
    hash: Mapped[str] = mapped_column(String(64))  # lowercase hex
    category: Mapped[str] = mapped_column(String(64))  # a policy category, e.g. "sexual"
    label: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(200))  # where the row came from (file name)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
