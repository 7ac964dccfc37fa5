"""Accounts: classification and tier, staff-only tiers, promotion, pre-moderation, bulk."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from clearpost.decisions.models import Decision
from clearpost.notices.models import Notice
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings
from clearpost.web.app import create_app
from tests.conftest import DatabaseUnderTest, bearer, make_staff
from tests.people.helpers import post_item


def test_put_and_get_account(
    app_client: TestClient, host_headers: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    created = app_client.put(
        "/v1/accounts/daily-news",
        headers=host_headers,
        json={"classification": "news", "tier": "trusted", "display_name": "Daily News"},
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["classification"], body["tier"], body["standing"]) == ("news", "trusted", "good")
    updated = app_client.put(
        "/v1/accounts/daily-news", headers=host_headers, json={"tier": "standard"}
    )
    assert updated.status_code == 200 and updated.json()["classification"] == "news"
    assert (
        app_client.get("/v1/accounts/daily-news", headers=host_headers).json()["tier"] == "standard"
    )
    for payload, field in [
        ({"tier": "platinum"}, "tier"),
        ({"classification": "politics"}, "classification"),
    ]:
        bad = app_client.put("/v1/accounts/daily-news", headers=host_headers, json=payload)
        assert bad.status_code == 422 and field in bad.json()["message"]
    by_host = app_client.put(
        "/v1/accounts/daily-news", headers=host_headers, json={"tier": "verified"}
    )
    assert by_host.status_code == 403 and "only staff" in by_host.json()["message"]
    senior = bearer(make_staff(sessions, "senior"))
    by_staff = app_client.put("/v1/accounts/daily-news", headers=senior, json={"tier": "verified"})
    assert by_staff.status_code == 200 and by_staff.json()["tier"] == "verified"
    assert (
        app_client.put(
            "/v1/accounts/daily-news", headers=host_headers, json={"tier": "new"}
        ).status_code
        == 403
    )
    assert app_client.get("/v1/accounts/nobody", headers=host_headers).status_code == 404


def test_classification_reaches_the_policy(
    settings: Settings,
    sessions: sessionmaker[Session],
    screener: Screener,
    clock: FrozenClock,
    host_headers: dict[str, str],
    tmp_path: Path,
) -> None:
    # A policy where news accounts are never actioned for violence (scores never exceed 1).
    text = (
        default_policy_path()
        .read_text("utf-8")
        .replace(
            "news: {remove: 0.99, hold: 0.92, limit: 0.85, label: 0.75}",
            "news: {remove: 1.0, hold: 1.0, limit: 1.0, label: 1.0}",
        )
    )
    path = tmp_path / "policy.yaml"
    path.write_text(text, "utf-8")
    holder = PolicyHolder(path)
    lenient = Screener(screener.detectors, lambda: holder.current)
    app = create_app(settings, sessions=sessions, screener=lenient, policy=holder, clock=clock)
    threat = "I know where you live. I will kill you and your whole family tonight."
    with TestClient(app) as client:
        client.put("/v1/accounts/reporter", headers=host_headers, json={"classification": "news"})
        quoted = post_item(client, host_headers, "n1", "reporter", body=threat)
        plain = post_item(client, host_headers, "n2", "someone", body=threat)
    assert plain["action"] != "allow" and "violence" in plain["flagged"]
    assert "violence" not in quoted["flagged"]


def test_promotion_after_clean_history(
    app_client: TestClient, host_headers: dict[str, str], clock: FrozenClock
) -> None:
    app_client.put("/v1/accounts/rookie", headers=host_headers, json={"tier": "new"})
    for i in range(5):
        post_item(app_client, host_headers, f"r{i}", "rookie", body=f"Clean post number {i}.")
    assert app_client.get("/v1/accounts/rookie", headers=host_headers).json()["tier"] == "new"
    clock.advance(timedelta(days=8))
    post_item(app_client, host_headers, "r5", "rookie", body="Another clean post.")
    account = app_client.get("/v1/accounts/rookie", headers=host_headers).json()
    assert account["tier"] == "standard" and account["moderation"] == "post"


def test_new_accounts_are_pre_moderated(
    app_client: TestClient, host_headers: dict[str, str]
) -> None:
    rude = "you are so annoying today haha"  # a label for an established account
    app_client.put("/v1/accounts/fresh", headers=host_headers, json={"tier": "new"})
    held = post_item(app_client, host_headers, "f1", "fresh", body=rude)
    seasoned = post_item(app_client, host_headers, "s1", "seasoned", body=rude)
    assert seasoned["action"] == "label"
    assert held["action"] == "hold" and held["review"]
    assert app_client.get("/v1/accounts/fresh", headers=host_headers).json()["moderation"] == "pre"


def test_bulk_action_gives_each_account_its_own_decision(
    tmp_path: Path, fresh_database: DatabaseUnderTest
) -> None:
    import os

    env = {**os.environ, "CLEARPOST_DATABASE_URL": fresh_database.url_with_schema()}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "clearpost", *args],
            env=env,
            text=True,
            capture_output=True,
            timeout=120,
            check=False,
        )

    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        "".join(
            json.dumps({"id": f"i{n}", "account_id": f"bot-{n}", "text": "buy cheap followers"})
            + "\n"
            for n in range(3)
        ),
        "utf-8",
    )
    assert cli("screen", str(posts), "--store", "-q").returncode == 0
    assert cli("staff", "create", "--email", "boss@example.org", "--role", "admin").returncode == 0
    ids = tmp_path / "ids.csv"
    ids.write_text("account_id\nbot-0\nbot-1\nbot-2\n", "utf-8")
    done = cli(
        "accounts",
        "bulk-action",
        str(ids),
        "--action",
        "closed",
        "--reason",
        "Coordinated inauthentic behaviour",
        "--by",
        "boss@example.org",
    )
    assert done.returncode == 0, done.stderr
    with Session(fresh_database.engine) as session:
        decisions = (
            session.execute(select(Decision).where(Decision.subject_type == "account"))
            .scalars()
            .all()
        )
        assert sorted(d.account_id for d in decisions) == ["bot-0", "bot-1", "bot-2"]
        assert len({d.id for d in decisions}) == 3
        notices = (
            session.execute(select(Notice).where(Notice.kind == "account.closed")).scalars().all()
        )
        assert sorted(n.recipient_id for n in notices) == ["bot-0", "bot-1", "bot-2"]
        assert all("appeal" in n.statement for n in notices)
    bad = tmp_path / "bad.csv"
    bad.write_text("account_id\nbot-0\n\n", "utf-8")
    assert (
        cli(
            "accounts",
            "bulk-action",
            str(ids),
            "--action",
            "exploded",
            "--reason",
            "x",
            "--by",
            "boss@example.org",
        ).returncode
        == 2
    )
    assert (
        cli(
            "accounts",
            "bulk-action",
            str(ids),
            "--action",
            "closed",
            "--reason",
            "x",
            "--by",
            "nobody@example.org",
        ).returncode
        == 2
    )
