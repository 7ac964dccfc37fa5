"""The sanction ladder over time (an injectable clock moves months in a test)."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from tests.conftest import bearer, make_staff
from tests.people.helpers import claim_and_decide, post_item, report


def _violation(
    client: TestClient,
    host: dict[str, str],
    staff: dict[str, str],
    n: int,
    account: str,
    category: str,
) -> None:
    item_id = f"{account}-{n}"
    post_item(client, host, item_id, account, body=f"Ordinary looking post number {n}.")
    case_id = report(client, host, item_id, f"reporter-{n}", category)["case_id"]
    claim_and_decide(client, staff, case_id, "remove", category, "upheld violation")


def _standing(client: TestClient, host: dict[str, str], account: str) -> tuple[str, int]:
    body = client.get(f"/v1/accounts/{account}", headers=host).json()
    return body["standing"], body["active_points"]


def test_strikes_move_the_account_up_and_expire_down(
    app_client: TestClient,
    host_headers: dict[str, str],
    sessions: sessionmaker[Session],
    clock: FrozenClock,
) -> None:
    staff = bearer(make_staff(sessions, "reviewer"))
    steps = [
        ("vulgar", ("warned", 1)),
        ("harassment", ("warned", 4)),
        ("sexual", ("limited", 13)),
        ("fraud", ("suspended", 40)),
    ]
    for n, (category, expected) in enumerate(steps):
        _violation(app_client, host_headers, staff, n, "ann", category)
        assert _standing(app_client, host_headers, "ann") == expected, category
        clock.advance(timedelta(hours=1))

    refused = app_client.post(
        "/v1/items",
        headers=host_headers,
        json={"id": "ann-new", "account_id": "ann", "kind": "post", "body": "hello again"},
    )
    assert refused.status_code == 403
    assert "suspended from posting until" in refused.json()["message"]
    kinds = [
        n["kind"] for n in app_client.get("/v1/accounts/ann/notices", headers=host_headers).json()
    ]
    assert {"account.warned", "account.limited", "account.suspended"} <= set(kinds)
    assert kinds.count("decision.remove") == 4

    clock.advance(timedelta(days=15))  # the 14-day suspension is over; points remain
    assert _standing(app_client, host_headers, "ann") == ("limited", 40)
    post_item(app_client, host_headers, "ann-back", "ann", body="I am back.")
    clock.advance(timedelta(days=16))  # the vulgar strike (30 days) has expired
    assert _standing(app_client, host_headers, "ann") == ("limited", 39)
    clock.advance(timedelta(days=150))  # harassment (90) and sexual (180) expired
    assert _standing(app_client, host_headers, "ann") == ("limited", 27)
    clock.advance(timedelta(days=185))  # fraud (365) expired
    assert _standing(app_client, host_headers, "ann") == ("good", 0)
    strikes = app_client.get("/v1/accounts/ann", headers=host_headers).json()["strikes"]
    assert len(strikes) == 4 and not any(s["active"] for s in strikes)


def test_closure_holds_after_strikes_expire(
    app_client: TestClient,
    host_headers: dict[str, str],
    sessions: sessionmaker[Session],
    clock: FrozenClock,
) -> None:
    staff = bearer(make_staff(sessions, "reviewer"))
    for n in range(3):  # posted before the first suspension, reported and removed after
        post_item(app_client, host_headers, f"bob-{n}", "bob", body=f"Offer number {n}.")
    for n in range(3):
        case_id = report(app_client, host_headers, f"bob-{n}", f"r{n}", "fraud")["case_id"]
        claim_and_decide(app_client, staff, case_id, "remove", "fraud", "scam")
    assert _standing(app_client, host_headers, "bob") == ("closed", 81)
    clock.advance(timedelta(days=800))
    assert _standing(app_client, host_headers, "bob") == ("closed", 0)
    refused = app_client.post(
        "/v1/items",
        headers=host_headers,
        json={"id": "bob-new", "account_id": "bob", "kind": "post", "body": "hi"},
    )
    assert refused.status_code == 403 and "closed" in refused.json()["message"]
