"""Bad requests in the review workflow: clear 4xx, and nothing changes."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from tests.conftest import bearer, make_staff
from tests.people.helpers import claim_and_decide, post_item, report


def _case(client: TestClient, host: dict[str, str], item_id: str = "p1") -> str:
    post_item(client, host, item_id, "acct")
    return str(report(client, host, item_id, "someone", "spam")["case_id"])


def test_claims_are_exclusive_and_expire(
    app_client: TestClient,
    host_headers: dict[str, str],
    sessions: sessionmaker[Session],
    clock: FrozenClock,
) -> None:
    case_id = _case(app_client, host_headers)
    first, second = (bearer(make_staff(sessions, "reviewer")) for _ in range(2))
    unclaimed = app_client.post(
        f"/v1/review/cases/{case_id}/decide",
        headers=first,
        json={"action": "remove", "category": "spam"},
    )
    assert unclaimed.status_code == 409 and "claim" in unclaimed.json()["message"]
    assert app_client.post(f"/v1/review/cases/{case_id}/claim", headers=first).status_code == 200
    taken = app_client.post(f"/v1/review/cases/{case_id}/claim", headers=second)
    assert taken.status_code == 409 and "claimed by another" in taken.json()["message"]
    not_yours = app_client.post(
        f"/v1/review/cases/{case_id}/decide",
        headers=second,
        json={"action": "remove", "category": "spam"},
    )
    assert not_yours.status_code == 409
    case = app_client.get(f"/v1/review/cases/{case_id}", headers=first).json()
    assert case["status"] == "open" and case["claimed_by_you"]

    clock.advance(timedelta(minutes=31))
    expired = app_client.post(
        f"/v1/review/cases/{case_id}/decide",
        headers=first,
        json={"action": "remove", "category": "spam"},
    )
    assert expired.status_code == 409 and "expired" in expired.json()["message"]
    result = claim_and_decide(app_client, second, case_id, "allow", note="fine")
    assert result["status"] == "decided"
    item = app_client.get("/v1/items/p1", headers=host_headers).json()
    assert item["item"]["visibility"] == "visible"


def test_bad_verdicts_are_refused(
    app_client: TestClient, host_headers: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    case_id = _case(app_client, host_headers)
    staff = bearer(make_staff(sessions, "reviewer"))
    app_client.post(f"/v1/review/cases/{case_id}/claim", headers=staff)
    for body, status in [
        ({"action": "obliterate"}, 422),
        ({"action": "remove", "category": "politics"}, 422),
        ({"action": "remove", "category": "self_harm"}, 422),
        ({"action": "uphold"}, 422),
    ]:
        response = app_client.post(f"/v1/review/cases/{case_id}/decide", headers=staff, json=body)
        assert response.status_code == status, (body, response.text)
    case = app_client.get(f"/v1/review/cases/{case_id}", headers=staff).json()
    assert case["status"] == "open"
    assert (
        app_client.get("/v1/items/p1", headers=host_headers).json()["item"]["visibility"]
        == "visible"
    )


def test_roles_and_tokens(app_client: TestClient, sessions: sessionmaker[Session]) -> None:
    assert app_client.get("/v1/review/cases").status_code == 401
    assert app_client.get("/v1/review/cases", headers=bearer("cps_forged")).status_code == 401
    auditor = bearer(make_staff(sessions, "auditor"))
    refused = app_client.get("/v1/review/cases", headers=auditor)
    assert refused.status_code == 403 and "auditor" in refused.json()["message"]


def test_appeal_rules(
    app_client: TestClient,
    host_headers: dict[str, str],
    sessions: sessionmaker[Session],
    clock: FrozenClock,
) -> None:
    original = bearer(make_staff(sessions, "senior", "first@example.org"))
    other = bearer(make_staff(sessions, "senior", "second@example.org"))
    junior = bearer(make_staff(sessions, "reviewer"))
    case_id = _case(app_client, host_headers)
    decision_id = claim_and_decide(app_client, original, case_id, "remove", "spam")["decision_id"]

    def appeal(account: str = "acct", decision: str = decision_id) -> object:
        return app_client.post(
            "/v1/appeals",
            headers=host_headers,
            json={
                "decision_id": decision,
                "account_id": account,
                "statement": "Please look again.",
            },
        )

    assert appeal(account="stranger").status_code == 403  # type: ignore[attr-defined]
    assert appeal(decision="nope").status_code == 404  # type: ignore[attr-defined]
    allowed = post_item(app_client, host_headers, "fine-1", "acct")["decision_id"]
    assert appeal(decision=allowed).status_code == 409  # type: ignore[attr-defined]
    filed = appeal()
    assert filed.status_code == 201  # type: ignore[attr-defined]
    twice = appeal()
    assert twice.status_code == 409  # type: ignore[attr-defined]
    assert "already been appealed" in twice.json()["message"]  # type: ignore[attr-defined]
    appeal_case = filed.json()["case_id"]  # type: ignore[attr-defined]

    self_review = app_client.post(f"/v1/review/cases/{appeal_case}/claim", headers=original)
    assert self_review.status_code == 403
    assert "someone other than" in self_review.json()["message"]
    assert (
        app_client.post(f"/v1/review/cases/{appeal_case}/claim", headers=junior).status_code == 403
    )
    claim_and_decide(app_client, other, appeal_case, "uphold", note="Clear spam.")
    got = app_client.get(
        f"/v1/appeals/{filed.json()['appeal_id']}",  # type: ignore[attr-defined]
        headers=host_headers,
    ).json()
    assert got["status"] == "upheld"
    assert (
        app_client.get("/v1/items/p1", headers=host_headers).json()["item"]["visibility"]
        == "removed"
    )

    late_case = _case(app_client, host_headers, "p2")
    late = claim_and_decide(app_client, original, late_case, "remove", "spam")["decision_id"]
    clock.advance(timedelta(days=31))
    closed = appeal(decision=late)
    assert closed.status_code == 409  # type: ignore[attr-defined]
    assert "window closed" in closed.json()["message"]  # type: ignore[attr-defined]


def test_queue_is_ranked_by_priority_in_the_database(
    app_client: TestClient,
    host_headers: dict[str, str],
    sessions: sessionmaker[Session],
    clock: FrozenClock,
) -> None:
    staff = bearer(make_staff(sessions, "reviewer"))
    plan = [("spam", 0), ("violence", 2), ("self_harm", 0), ("fraud", 5), ("spam", 40)]
    for n, (category, reports) in enumerate(plan):
        post_item(app_client, host_headers, f"q{n}", f"a{n}", reach=10**n)
        for r in range(max(reports, 1)):
            report(app_client, host_headers, f"q{n}", f"u{n}-{r}", category)
        clock.advance(timedelta(minutes=20))
    clock.advance(timedelta(hours=1))  # the self-harm case (1 h deadline) is now overdue
    ranked = app_client.get("/v1/review/cases", headers=staff, params={"limit": 3}).json()
    every = app_client.get("/v1/review/cases", headers=staff, params={"limit": 500}).json()
    priorities = [c["priority"] for c in every]
    assert priorities == sorted(priorities, reverse=True)
    assert [c["id"] for c in ranked] == [c["id"] for c in every[:3]]
    assert every[0]["category"] == "self_harm" and every[0]["overdue"]
    overdue_only = app_client.get(
        "/v1/review/cases", headers=staff, params={"overdue": "true"}
    ).json()
    assert [c["category"] for c in overdue_only] == ["self_harm"]
