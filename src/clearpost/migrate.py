"""Run Alembic migrations programmatically (`clearpost db upgrade`, tests)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(
    url: str | None = None, *, connection: Connection | None = None, revision: str = "heads"
) -> None:
    """Bring the database to `revision` (default: every head, one per domain branch)."""
    command.upgrade(alembic_config(url, connection), revision)


def current(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    from clearpost.db import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    found = ",".join(sorted(heads)) if heads else None
    engine.dispose()
    return found
