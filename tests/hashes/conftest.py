"""Fixtures for hash list tests: CSV files and a committed database for the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clearpost.settings import get_settings
from tests.conftest import DatabaseUnderTest

SHA_A = "a" * 64
SHA_B = "0123456789abcdef" * 4
PDQ_A = "9271938e93919c0e9f8e9c44dd9f94446d8e95553d556aaa559569aaea8a6a96"


@pytest.fixture
def write_csv(tmp_path: Path) -> Iterator[object]:
    def write(text: str, name: str = "list.csv") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    yield write


@pytest.fixture
def cli_database(
    fresh_database: DatabaseUnderTest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DatabaseUnderTest]:
    """A committed database that CLI commands (run in-process) reach via the environment."""
    monkeypatch.setenv("CLEARPOST_DATABASE_URL", fresh_database.url_with_schema())
    get_settings.cache_clear()
    yield fresh_database
    get_settings.cache_clear()
