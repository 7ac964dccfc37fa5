"""`clearpost hashes`: import (all or nothing, exit 2 naming file:line), list, delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from clearpost.hashes.cli import hashes_app
from clearpost.hashes.models import HashEntry
from tests.conftest import DatabaseUnderTest
from tests.hashes.conftest import PDQ_A, SHA_A, SHA_B

WriteCsv = Callable[..., Path]
runner = CliRunner()


def _count(database: DatabaseUnderTest) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(HashEntry)).scalar_one())


def test_import_then_list(cli_database: DatabaseUnderTest, write_csv: WriteCsv) -> None:
    path = write_csv(
        f"hash,kind,category,label\n{SHA_A},sha256,sexual,csam\n{PDQ_A},pdq,violence,\n"
    )
    result = runner.invoke(hashes_app, ["import", str(path), "--list", "partner"])
    assert result.exit_code == 0, result.output
    assert "partner: 2 added, 0 updated, 0 unchanged, 0 removed" in result.stdout
    assert _count(cli_database) == 2

    again = runner.invoke(hashes_app, ["import", str(path), "--list", "partner"])
    assert "0 added, 0 updated, 2 unchanged" in again.stdout

    listed = runner.invoke(hashes_app, ["list"])
    assert listed.exit_code == 0
    row = next(line for line in listed.stdout.splitlines() if "partner" in line)
    assert "sexual,violence" in row and " 1 " in row


def test_a_bad_row_imports_nothing(cli_database: DatabaseUnderTest, write_csv: WriteCsv) -> None:
    path = write_csv(f"{SHA_A},sha256,sexual\n{SHA_B},sha256,sexual\nnot-a-hash,pdq,sexual\n")
    result = runner.invoke(hashes_app, ["import", str(path), "--list", "partner"])
    assert result.exit_code == 2
    assert f"{path}:3: pdq hash must be 64 hex digits" in result.stderr
    assert "nothing imported" in result.stderr
    assert _count(cli_database) == 0


def test_unknown_category_is_imported_with_a_warning(
    cli_database: DatabaseUnderTest, write_csv: WriteCsv
) -> None:
    path = write_csv(f"{SHA_A},sha256,not_in_policy\n")
    result = runner.invoke(hashes_app, ["import", str(path), "--list", "x"])
    assert result.exit_code == 0
    assert "categories not in the policy" in result.stderr and "not_in_policy" in result.stderr
    assert _count(cli_database) == 1


def test_bad_list_name_and_delete(cli_database: DatabaseUnderTest, write_csv: WriteCsv) -> None:
    path = write_csv(f"{SHA_A},sha256,sexual\n")
    bad = runner.invoke(hashes_app, ["import", str(path), "--list", "has space"])
    assert bad.exit_code == 2 and "list name" in bad.stderr
    assert runner.invoke(hashes_app, ["import", str(path), "--list", "a"]).exit_code == 0
    deleted = runner.invoke(hashes_app, ["delete", "--list", "a"])
    assert deleted.exit_code == 0 and "1 entries removed" in deleted.stdout
    assert runner.invoke(hashes_app, ["delete", "--list", "a"]).exit_code == 2
    assert _count(cli_database) == 0


def test_compute_writes_rows_that_import(cli_database: DatabaseUnderTest, tmp_path: Path) -> None:
    imagegen = pytest.importorskip("tests.media.imagegen")
    photo, flat = tmp_path / "photo.png", tmp_path / "flat.png"
    photo.write_bytes(imagegen.encode(imagegen.scene(200, 150, 1)))
    flat.write_bytes(imagegen.encode(imagegen.Image.new("RGB", (50, 50), "grey")))
    result = runner.invoke(
        hashes_app, ["compute", str(photo), str(flat), "--category", "sexual", "--label", "ncii"]
    )
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert rows[0] == "hash,kind,category,label"
    assert [row.split(",")[1:] for row in rows[1:]] == [
        ["sha256", "sexual", "ncii"],
        ["pdq", "sexual", "ncii"],
        ["sha256", "sexual", "ncii"],
    ]
    assert "flat.png: PDQ quality 0 is below 50" in result.stderr
    listed = tmp_path / "computed.csv"
    listed.write_text(result.stdout, encoding="utf-8")
    imported = runner.invoke(hashes_app, ["import", str(listed), "--list", "own"])
    assert "3 added" in imported.stdout
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff junk")
    failed = runner.invoke(hashes_app, ["compute", str(broken)])
    assert failed.exit_code == 2 and "broken.jpg" in failed.stderr
