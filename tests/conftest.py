"""Shared fixtures: a migrated database (SQLite or PostgreSQL), per-test rollback, the app.

Pick the database with `--database-url` (or CLEARPOST_TEST_DATABASE_URL); the default is a
temporary SQLite file. On PostgreSQL each test run gets its own schema, dropped at the end.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from clearpost.db import make_engine
from clearpost.keys import service as keys
from clearpost.migrate import upgrade
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.screening.registry import build_detectors
from clearpost.settings import Settings
from clearpost.web.app import create_app

START = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--no-skips",
        action="store_true",
        help="fail any test that would be skipped (a full run has every part installed)",
    )
    parser.addoption(
        "--database-url",
        default=os.environ.get("CLEARPOST_TEST_DATABASE_URL", ""),
        help="SQLAlchemy URL of the database to test against (default: temporary SQLite)",
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """With --no-skips (scripts/test.sh, CI), a skip is a failure: nothing may hide."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and item.config.getoption("--no-skips") and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in a full run (--no-skips): {report.longrepr}"


class DatabaseUnderTest:
    """A migrated database for this test run, and how to reach it."""

    def __init__(self, url: str, engine: Engine, schema: str | None) -> None:
        self.url, self.engine, self.schema = url, engine, schema

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def url_with_schema(self) -> str:
        """A URL another process can use to reach the same schema."""
        if not self.schema:
            return self.url
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}options=-csearch_path%3D{self.schema}"

    def new_engine(self) -> Engine:
        """A separate engine on the same database (for live servers and other threads)."""
        if self.schema:
            return create_engine(
                self.url,
                connect_args={"options": f"-csearch_path={self.schema}"},
                pool_pre_ping=True,
            )
        return make_engine(self.url)


@pytest.fixture(scope="session")
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DatabaseUnderTest]:
    url = str(request.config.getoption("--database-url"))
    if not url:
        path: Path = tmp_path_factory.mktemp("db") / "clearpost-test.db"
        url = f"sqlite:///{path}"
    schema = None
    if url.startswith("postgresql"):
        schema = f"cp_test_{secrets.token_hex(4)}"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()
    db = DatabaseUnderTest(url, make_engine(url), schema)
    if schema:
        db.engine.dispose()
        db.engine = db.new_engine()
    with db.engine.begin() as conn:
        upgrade(connection=conn)
    yield db
    db.engine.dispose()
    if schema:
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def fresh_database(database: DatabaseUnderTest, tmp_path: Path) -> Iterator[DatabaseUnderTest]:
    """A new, empty, migrated database for tests whose writes must really commit
    (subprocesses, live servers). Removed afterwards."""
    if not database.is_postgres:
        url = f"sqlite:///{tmp_path / 'fresh.db'}"
        db = DatabaseUnderTest(url, make_engine(url), None)
        upgrade(url)
        yield db
        db.engine.dispose()
        return
    schema = f"cp_fresh_{secrets.token_hex(4)}"
    admin = create_engine(database.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = DatabaseUnderTest(database.url, database.engine, schema)
    db.engine = db.new_engine()
    with db.engine.begin() as conn:
        upgrade(connection=conn)
    yield db
    db.engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def connection(database: DatabaseUnderTest) -> Iterator[Connection]:
    """One connection whose outer transaction is rolled back after the test."""
    conn = database.engine.connect()
    outer = conn.begin()
    yield conn
    outer.rollback()
    conn.close()


@pytest.fixture
def sessions(connection: Connection) -> sessionmaker[Session]:
    """Sessions whose commits become savepoints inside the test's transaction."""
    return sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )


@pytest.fixture
def db_session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    session = sessions()
    yield session
    session.close()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture(scope="session")
def settings() -> Settings:
    # The in-process webhook thread is off: tests share one connection; e2e tests run it.
    detectors = os.environ.get("CLEARPOST_TEST_DETECTORS", "auto")
    return Settings(
        database_url="sqlite://", log_json=True, webhook_dispatch=False, detectors=detectors
    )


@pytest.fixture(scope="session")
def policy_holder() -> PolicyHolder:
    return PolicyHolder(default_policy_path())


@pytest.fixture(scope="session")
def screener(settings: Settings, database: DatabaseUnderTest) -> Screener:
    """The real default detectors, loaded once per test run (hash lists: the test database)."""
    holder = PolicyHolder(default_policy_path())
    sessions = sessionmaker(bind=database.engine)
    return Screener(build_detectors(settings, sessions=sessions), lambda: holder.current)


@pytest.fixture
def app_client(
    settings: Settings, sessions: sessionmaker[Session], screener: Screener, clock: FrozenClock
) -> Iterator[TestClient]:
    holder = PolicyHolder(default_policy_path())
    app = create_app(settings, sessions=sessions, screener=screener, policy=holder, clock=clock)
    with TestClient(app) as client:
        yield client


def make_key(sessions: sessionmaker[Session], scopes: list[str], name: str | None = None) -> str:
    with sessions() as session:
        _, plaintext = keys.create(
            db_session=session, name=name or secrets.token_hex(4), scopes=scopes, now=START
        )
        session.commit()
    return plaintext


def make_staff(sessions: sessionmaker[Session], role: str, email: str | None = None) -> str:
    """A staff member's token."""
    from clearpost.staff import service as staff

    with sessions() as session:
        _, token = staff.create(
            db_session=session,
            role=role,
            now=START,
            email=email or f"{secrets.token_hex(3)}@example.org",
        )
        session.commit()
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def host_headers(sessions: sessionmaker[Session]) -> dict[str, str]:
    """Authorization for a host platform key with every scope."""
    return {"Authorization": f"Bearer {make_key(sessions, list(keys.SCOPES))}"}
