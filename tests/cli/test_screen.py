"""`clearpost screen` as a user runs it: a real subprocess, files in and out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clearpost.decisions.models import Decision
from tests.conftest import DatabaseUnderTest

SAFE = "Lovely walk by the river this morning, the ducks were out."
THREAT = "I know where you live. I will kill you and your whole family tonight."


def run_cli(
    *args: str,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    import os

    full_env = {**os.environ, "CLEARPOST_LOG_JSON": "true", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "clearpost", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_ten_thousand_lines_in_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(10_000):
            text = THREAT if i % 97 == 0 else f"{SAFE} ({i})"
            out.write(json.dumps({"id": f"n{i}", "text": text}) + "\n")
    result = run_cli("screen", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0, result.stderr.decode()
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 10_000
    decisions = [json.loads(line) for line in lines]
    assert [d["item_id"] for d in decisions] == [f"n{i}" for i in range(10_000)]
    flagged = {d["item_id"] for d in decisions if d["action"] != "allow"}
    assert {f"n{i}" for i in range(0, 10_000, 97)} <= flagged
    assert "Screening summary" in result.stderr.decode()


def test_bad_lines_are_reported_and_do_not_stop_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "' + SAFE.encode() + b'"}\n'
        b'{"id": "b", "text": \n'
        b"[1, 2]\n"
        b'{"id": "c", "text": "caf\xe9"}\n'
        b'{"id": "d"}\n'
        b'{"id": "e", "text": "' + THREAT.encode() + b'", "tier": "platinum"}\n'
        b'{"id": "f", "title": "Hello", "body": "' + THREAT.encode() + b'"}\n'
    )
    result = run_cli("screen", str(source))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    for line in (2, 3, 4, 5, 6):
        assert f"{source}:{line}:" in stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 7
    assert out[0]["item_id"] == "a" and out[0]["action"] == "allow"
    assert [o.get("line") for o in out[1:6]] == [2, 3, 4, 5, 6]
    assert all("error" in o for o in out[1:6])
    assert out[6]["item_id"] == "f" and out[6]["action"] != "allow"


def test_csv_and_stdin(tmp_path: Path) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(f'id,text\nx1,"{SAFE}"\nx2,"{THREAT}"\n,"no id, uses the line"\n', "utf-8")
    result = run_cli("screen", str(source))
    assert result.returncode == 0, result.stderr.decode()
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["item_id"] for o in out] == ["x1", "x2", "4"]
    assert out[1]["action"] != "allow"
    piped = run_cli("screen", "-", "--quiet", stdin=json.dumps({"text": THREAT}).encode())
    assert piped.returncode == 0
    assert json.loads(piped.stdout)["flagged"]


def test_csv_without_text_column_is_exit_2(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("id,content\n1,hello\n", "utf-8")
    result = run_cli("screen", str(source))
    assert result.returncode == 2
    assert f"{source}:1: CSV header has no 'text' column" in result.stderr.decode()
    missing = run_cli("screen", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "no such file" in missing.stderr.decode()


def test_broken_policy_is_exit_2(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: '1'\nname: x\ntiers: [a]\ndefault_tier: b\ncategories: {}\n")
    result = run_cli("policy", "check", str(policy))
    assert result.returncode == 2
    assert f"{policy}:" in result.stderr.decode()
    screened = run_cli("screen", "-", "--policy", str(policy), stdin=b'{"text": "hi"}\n')
    assert screened.returncode == 2
    good = run_cli("policy", "check", "policies/default.yaml", cwd=Path(__file__).parents[2])
    assert good.returncode == 0 and b"ok (version 2026.11.3" in good.stdout


def test_store_records_decisions(tmp_path: Path, fresh_database: DatabaseUnderTest) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "s1", "text": THREAT, "account_id": "acc"})
        + "\n"
        + json.dumps({"id": "s2", "text": SAFE})
        + "\n",
        "utf-8",
    )
    env = {"CLEARPOST_DATABASE_URL": fresh_database.url_with_schema()}
    result = run_cli("screen", str(source), "--store", env=env)
    assert result.returncode == 0, result.stderr.decode()
    again = run_cli("screen", str(source), "--store", env=env)
    assert again.stdout == result.stdout  # idempotent: the same decisions come back
    with fresh_database.engine.connect() as conn:
        count = conn.execute(
            select(func.count()).select_from(Decision).where(Decision.subject_type == "item")
        ).scalar_one()
    assert count == 2


def test_keys_create_prints_the_key_once(fresh_database: DatabaseUnderTest) -> None:
    env = {"CLEARPOST_DATABASE_URL": fresh_database.url_with_schema()}
    created = run_cli(
        "keys", "create", "--name", "host", "--scopes", "items:write,items:read", env=env
    )
    assert created.returncode == 0, created.stderr.decode()
    key = created.stdout.decode().strip()
    assert key.startswith("cpk_")
    listed = run_cli("keys", "list", env=env).stdout.decode()
    assert "host" in listed and key not in listed
    bad = run_cli("keys", "create", "--name", "x", "--scopes", "items:destroy", env=env)
    assert bad.returncode == 2 and "unknown scope" in bad.stderr.decode()
