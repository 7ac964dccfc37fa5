"""Console tables: staff sessions, the cookie-signing key, and the history of policies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class ConsoleSession(Base):
    """A signed-in staff member. The cookie carries the session id; only its hash is kept,
    so the table alone cannot be turned into valid cookies."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ConsoleSecret(Base):
    """The generated cookie-signing key, when CLEARPOST_SECRET_KEY is not set."""

    __tablename__ = "console_secrets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PolicyVersion(Base):
    """A policy the servers ran: loaded from the file at start, or activated in the console.

    The newest row is the active policy; every process swaps it in (console/policies.py).
    """

    __tablename__ = "policy_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    loaded_by: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # file | console
    yaml: Mapped[str] = mapped_column(Text)


Index("ix_policy_versions_sha256", PolicyVersion.sha256)
Index("ix_console_sessions_staff", ConsoleSession.staff_id)
