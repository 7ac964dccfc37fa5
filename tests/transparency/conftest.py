"""A module-scoped database seeded with months of history, and apps that serve the pages.

Seeding 10,000+ decisions takes a second or two, so each test module seeds once and its
tests only read. Until web/app.py includes the transparency router, `with_pages` adds it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from clearpost.db import make_engine, make_sessionmaker
from clearpost.migrate import upgrade
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings
from clearpost.transparency.views import router
from clearpost.web.app import create_app
from clearpost.web.pages import mount_pages
from tests.conftest import DatabaseUnderTest
from tests.transparency import factories

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SEED_ITEMS = 8_500  # about 10,300 decisions


@contextmanager
def module_database(database: DatabaseUnderTest, folder: Path) -> Iterator[DatabaseUnderTest]:
    """A new migrated database (SQLite file or PostgreSQL schema), dropped afterwards."""
    if not database.is_postgres:
        url = f"sqlite:///{folder / 'transparency.db'}"
        upgrade(url)
        db = DatabaseUnderTest(url, make_engine(url), None)
        yield db
        db.engine.dispose()
        return
    schema = f"cp_tr_{secrets.token_hex(4)}"
    admin = create_engine(database.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = DatabaseUnderTest(database.url, database.engine, schema)
    db.engine = db.new_engine()
    try:
        with db.engine.begin() as conn:
            upgrade(connection=conn)
        yield db
    finally:
        db.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@dataclass
class Seeded:
    db: DatabaseUnderTest
    rows: factories.Rows

    def session(self) -> Session:
        return Session(self.db.engine)


@pytest.fixture(scope="module")
def seeded(
    database: DatabaseUnderTest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Seeded]:
    with module_database(database, tmp_path_factory.mktemp("transparency")) as db:
        rows = factories.build(items=SEED_ITEMS)
        factories.edges(rows)
        with db.engine.begin() as conn:
            rows.insert(conn)
        assert len(rows.decisions) >= 10_000
        yield Seeded(db, rows)


def with_pages(app: FastAPI) -> FastAPI:
    """The app with the transparency routes and /static, whether or not app.py adds them."""
    if not any(getattr(route, "path", None) == "/transparency" for route in app.routes):
        app.include_router(router)
    mount_pages(app)
    return app


def pages_app(settings: Settings, sessions: sessionmaker[Session], screener: Screener) -> FastAPI:
    app = create_app(
        settings,
        sessions=sessions,
        screener=screener,
        policy=PolicyHolder(default_policy_path()),
        clock=FrozenClock(NOW),
    )
    return with_pages(app)


@pytest.fixture(scope="module")
def seeded_client(seeded: Seeded, settings: Settings, screener: Screener) -> Iterator[TestClient]:
    """A client on the seeded database (read-only use)."""
    app = pages_app(settings, make_sessionmaker(seeded.db.engine), screener)
    with TestClient(app) as client:
        yield client


@pytest.fixture
def pages_client(
    settings: Settings, sessions: sessionmaker[Session], screener: Screener
) -> Iterator[TestClient]:
    """A client on the per-test rolled-back database."""
    with TestClient(pages_app(settings, sessions, screener)) as client:
        yield client
