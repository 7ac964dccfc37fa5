"""`clearpost report` as a user runs it: a subprocess on a committed database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import typer
from sqlalchemy.orm import Session

from clearpost.cli.main import app as main_app
from clearpost.transparency import service
from tests.conftest import DatabaseUnderTest
from tests.transparency import factories


def command() -> list[str]:
    """`python -m clearpost report` once cli/main.py registers it; the module until then."""
    names = typer.main.get_command(main_app).commands  # type: ignore[attr-defined]
    if "report" in names:
        return [sys.executable, "-m", "clearpost", "report"]
    return [sys.executable, "-m", "clearpost.transparency.cli", "report"]


def run(db: DatabaseUnderTest, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLEARPOST_DATABASE_URL": db.url_with_schema(), "CLEARPOST_LOG_JSON": "1"}
    return subprocess.run(
        [*command(), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_report_prints_the_same_numbers(fresh_database: DatabaseUnderTest) -> None:
    rows = factories.build(items=600, days=90)
    factories.edges(rows)
    with fresh_database.engine.begin() as conn:
        rows.insert(conn)
    with Session(fresh_database.engine) as session:
        report = service.compute(db_session=session, start=date(2026, 1, 1), end=date(2026, 3, 31))

    as_json = run(fresh_database, "--from", "2026-01-01", "--to", "2026-03-31", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == json.loads(report.model_dump_json())

    as_csv = run(fresh_database, "--from", "2026-01-01", "--to", "2026-03-31", "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    assert f"totals,,,items_acted_on,{report.totals.items_acted_on}\n" in as_csv.stdout

    table = run(fresh_database, "--from", "2026-01-01", "--to", "2026-03-31")
    assert table.returncode == 0, table.stderr
    assert "Transparency report 2026-01-01 to 2026-03-31" in table.stdout
    assert f"│ items acted on    │ {report.totals.items_acted_on:>5,} │" in table.stdout
    assert "Violence and threats" in table.stdout
    assert f"received {report.appeals.received:,}" in table.stdout


def test_bad_dates_exit_2_with_one_line(fresh_database: DatabaseUnderTest) -> None:
    for args, message in (
        (("--from", "2026-02-30", "--to", "2026-03-01"), "--from: '2026-02-30' is not a real date"),
        (("--from", "2026-03-02", "--to", "2026-03-01"), "--from: 2026-03-02 is after --to"),
        (("--from", "2026-03-01", "--to", "March"), "--to: expected a date as YYYY-MM-DD"),
        (("--from", "2026-03-01", "--to", "2026-03-02", "--format", "xml"), "--format"),
    ):
        result = run(fresh_database, *args)
        assert result.returncode == 2, result
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], result.stderr
        assert result.stdout == ""
