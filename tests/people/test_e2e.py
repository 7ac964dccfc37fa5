"""Through HTTP only, on a real server: removal → notice and strike → appeal → a second
moderator overturns → item restored, strike gone, standing back, signed webhooks received."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy.orm import sessionmaker

from clearpost.clock import SystemClock
from clearpost.db import make_sessionmaker
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings
from clearpost.web.app import create_app
from clearpost.webhooks.dispatch import SIGNATURE_HEADER, verify
from tests.conftest import DatabaseUnderTest, bearer, make_key, make_staff
from tests.live import receiver, serve

THREAT = "I know where you live. I will kill you and your whole family tonight."
SECRET = "a-very-secret-webhook-key"


@pytest.fixture
def live(fresh_database: DatabaseUnderTest, screener: Screener) -> Iterator[tuple[str, object]]:
    settings = Settings(
        database_url=fresh_database.url,
        webhook_dispatch=True,
        webhook_interval=0.1,
        webhook_allow_private=True,
    )
    sessions = make_sessionmaker(fresh_database.engine)
    app = create_app(
        settings,
        sessions=sessions,
        screener=screener,
        policy=PolicyHolder(default_policy_path()),
        clock=SystemClock(),
    )
    with serve(app) as base:
        yield base, sessions


def test_remove_appeal_overturn_end_to_end(live: tuple[str, sessionmaker]) -> None:  # type: ignore[type-arg]
    base, sessions = live
    host = bearer(
        make_key(
            sessions,
            [
                "items:write",
                "items:read",
                "accounts:read",
                "appeals:write",
                "appeals:read",
                "webhooks:write",
            ],
        )
    )
    reviewer_a = bearer(make_staff(sessions, "senior", "a@example.org"))
    reviewer_b = bearer(make_staff(sessions, "senior", "b@example.org"))
    with receiver() as hooks, httpx.Client(base_url=base, timeout=10) as http:
        created = http.post(
            "/v1/webhooks",
            headers=host,
            json={
                "url": hooks.url,
                "events": ["decision.created", "decision.reversed"],
                "secret": SECRET,
            },
        )
        assert created.status_code == 201, created.text

        # 1. Removed automatically.
        decision = http.post(
            "/v1/items",
            headers=host,
            json={"id": "post-1", "account_id": "writer", "kind": "post", "body": THREAT},
        ).json()
        assert decision["action"] == "remove", decision
        assert decision["automated"] == {"detection": True, "decision": "fully"}

        # 2. The account gets a notice with the statement of reasons, and a strike.
        notices = http.get("/v1/accounts/writer/notices", headers=host).json()
        assert sorted(n["kind"] for n in notices) == ["account.limited", "decision.remove"]
        statement = next(n for n in notices if n["kind"] == "decision.remove")["statement"]
        assert statement["decision_id"] == decision["decision_id"]
        assert statement["clause"] == "CP-VIO-1" and statement["action"] == "remove"
        assert statement["appeal"]["until"] and statement["strike"]["points"] == 9
        assert statement["evidence"]
        account = http.get("/v1/accounts/writer", headers=host).json()
        assert [s["active"] for s in account["strikes"]] == [True]
        assert account["standing"] == "limited" and account["active_points"] == 9

        # 3. The account appeals.
        appeal = http.post(
            "/v1/appeals",
            headers=host,
            json={
                "decision_id": decision["decision_id"],
                "account_id": "writer",
                "statement": "This was a line from the play I am rehearsing.",
            },
        )
        assert appeal.status_code == 201, appeal.text
        case_id = appeal.json()["case_id"]
        queue = http.get("/v1/review/cases", params={"queue": "appeals"}, headers=reviewer_a)
        assert [c["id"] for c in queue.json()] == [case_id]

        # 4. A moderator claims it; a second one cannot; the first overturns.
        assert http.post(f"/v1/review/cases/{case_id}/claim", headers=reviewer_b).status_code == 200
        assert http.post(f"/v1/review/cases/{case_id}/claim", headers=reviewer_a).status_code == 409
        decided = http.post(
            f"/v1/review/cases/{case_id}/decide",
            headers=reviewer_b,
            json={"action": "overturn", "note": "Quoted dialogue, no threat to a person."},
        )
        assert decided.status_code == 200, decided.text
        reversal_id = decided.json()["decision_id"]

        # 5. Restored, strike gone, standing back.
        item = http.get("/v1/items/post-1", headers=host).json()
        assert item["item"]["visibility"] == "visible"
        assert item["decision"]["decision_id"] == reversal_id
        assert item["decision"]["action"] == "allow"
        assert item["decision"]["automated"]["decision"] == "not"
        assert [d["action"] for d in item["history"]] == ["allow", "remove"]
        account = http.get("/v1/accounts/writer", headers=host).json()
        assert account["standing"] == "good" and account["active_points"] == 0
        assert account["strikes"][0]["active"] is False
        assert (
            http.get(f"/v1/appeals/{appeal.json()['appeal_id']}", headers=host).json()["status"]
            == "overturned"
        )
        kinds = [n["kind"] for n in http.get("/v1/accounts/writer/notices", headers=host).json()]
        assert {"appeal.resolved", "account.good", "decision.allow"} <= set(kinds)

        # 6. The receiver got both events, signed.
        received = hooks.wait_for(2)
        events = {json.loads(r.body)["event"]: r for r in received}
        assert set(events) == {"decision.created", "decision.reversed"}
        for got in received:
            assert verify(SECRET, got.headers[SIGNATURE_HEADER], got.body, now=int(time.time()))
            assert not verify(
                "wrong-secret-wrong-secret",
                got.headers[SIGNATURE_HEADER],
                got.body,
                now=int(time.time()),
            )
        reversed_data = json.loads(events["decision.reversed"].body)["data"]
        assert reversed_data["decision_id"] == reversal_id
        assert reversed_data["supersedes"] == decision["decision_id"]


def test_failing_endpoint_is_retried_and_never_blocks(live: tuple[str, sessionmaker]) -> None:  # type: ignore[type-arg]
    base, sessions = live
    host = bearer(make_key(sessions, ["items:write", "webhooks:write"]))
    with receiver() as hooks, httpx.Client(base_url=base, timeout=10) as http:
        hooks.status = 500
        hook = http.post(
            "/v1/webhooks",
            headers=host,
            json={"url": hooks.url, "events": ["decision.created"], "secret": SECRET},
        ).json()
        started = time.monotonic()
        for i in range(5):
            response = http.post(
                "/v1/items",
                headers=host,
                json={"id": f"x{i}", "account_id": "a", "kind": "post", "body": f"Hello {i}"},
            )
            assert response.status_code == 201
        assert time.monotonic() - started < 10
        hooks.wait_for(5)
        time.sleep(0.5)
        log = http.get(f"/v1/webhooks/{hook['id']}/deliveries", headers=host).json()
        assert len(log) == 5
        for entry in log:
            assert entry["status"] == "pending" and entry["attempts"] == 1
            assert entry["last_status"] == 500
