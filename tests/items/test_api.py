"""The items API over HTTP: round trip, idempotency, revisions, auth and bad input."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.audit.models import AuditEvent
from clearpost.decisions.models import Decision
from tests.conftest import make_key

CLEAN = {
    "id": "p-1",
    "account_id": "acct-1",
    "kind": "post",
    "body": "Lovely walk by the river this morning, the ducks were out.",
}
THREAT = {
    "id": "p-2",
    "account_id": "acct-2",
    "kind": "comment",
    "body": "I know where you live. I will kill you and your whole family tonight.",
}


def post(client: TestClient, headers: dict[str, str], payload: Any) -> Any:
    return client.post("/v1/items", json=payload, headers=headers)


def test_post_then_get_round_trip(app_client: TestClient, host_headers: dict[str, str]) -> None:
    created = post(app_client, host_headers, {**CLEAN, "title": "Morning walk"})
    assert created.status_code == 201, created.text
    decision = created.json()
    assert decision["item_id"] == "p-1"
    assert decision["action"] == "allow"
    assert decision["automated"] == {"detection": True, "decision": "fully"}
    assert decision["policy_version"] == "2026.11.3"
    assert set(decision["categories"]) >= {"sexual", "violence", "hate", "misleading"}

    got = app_client.get("/v1/items/p-1", headers=host_headers)
    assert got.status_code == 200
    body = got.json()
    assert body["item"]["title"] == "Morning walk"
    assert body["item"]["body"] == CLEAN["body"]
    assert body["item"]["revision"] == 1
    assert body["decision"]["decision_id"] == decision["decision_id"]
    assert [d["decision_id"] for d in body["history"]] == [decision["decision_id"]]


def test_threat_is_removed_with_evidence(
    app_client: TestClient, host_headers: dict[str, str]
) -> None:
    decision = post(app_client, host_headers, THREAT).json()
    assert decision["action"] in {"remove", "hold"}
    assert "violence" in decision["flagged"]
    reason = next(r for r in decision["reasons"] if r["category"] == "violence")
    assert reason["clause"] == "CP-VIO-1"
    for span in reason["evidence"]:
        assert THREAT["body"][span["start"] : span["end"]] == span["text"]
    got = app_client.get("/v1/items/p-2", headers=host_headers).json()
    assert got["item"]["visibility"] in {"removed", "held"}


def test_idempotent_resubmission(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    first = post(app_client, host_headers, THREAT)
    second = post(app_client, host_headers, THREAT)
    assert first.status_code == 201
    assert second.status_code == 200
    assert second.json() == first.json()
    count = db_session.scalar(
        select(func.count()).select_from(Decision).where(Decision.item_id == "p-2")
    )
    assert count == 1


def test_changed_content_is_a_new_revision(
    app_client: TestClient, host_headers: dict[str, str]
) -> None:
    first = post(app_client, host_headers, CLEAN).json()
    edited = {**CLEAN, "body": "Edited: " + THREAT["body"]}
    second = post(app_client, host_headers, edited)
    assert second.status_code == 201
    assert second.json()["decision_id"] != first["decision_id"]
    assert second.json()["revision"] == 2
    got = app_client.get("/v1/items/p-1", headers=host_headers).json()
    assert got["item"]["revision"] == 2
    assert got["item"]["body"] == edited["body"]
    assert [d["revision"] for d in got["history"]] == [2, 1]
    assert got["decision"]["decision_id"] == second.json()["decision_id"]


def test_every_decision_is_audited(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    decision = post(app_client, host_headers, THREAT).json()
    events = (
        db_session.execute(select(AuditEvent).where(AuditEvent.subject_id == "p-2")).scalars().all()
    )
    assert [e.action for e in events] == ["decision.created"]
    assert events[0].after is not None
    assert events[0].after["decision_id"] == decision["decision_id"]
    assert events[0].actor.startswith("key:")


def test_batch_keeps_order(app_client: TestClient, host_headers: dict[str, str]) -> None:
    items = [{**CLEAN, "id": f"b-{i}", "body": f"{CLEAN['body']} #{i}"} for i in range(25)]
    items[7] = {**THREAT, "id": "b-7"}
    response = app_client.post("/v1/items/batch", json={"items": items}, headers=host_headers)
    assert response.status_code == 200, response.text
    decisions = response.json()["decisions"]
    assert [d["item_id"] for d in decisions] == [i["id"] for i in items]
    assert decisions[7]["action"] != "allow"
    assert all(d["action"] == "allow" for i, d in enumerate(decisions) if i != 7)


def test_batch_with_same_id_twice(app_client: TestClient, host_headers: dict[str, str]) -> None:
    items = [CLEAN, {**CLEAN, "body": "changed"}, CLEAN]
    decisions = app_client.post(
        "/v1/items/batch", json={"items": items}, headers=host_headers
    ).json()["decisions"]
    assert [d["revision"] for d in decisions] == [1, 2, 3]


def test_401_without_a_key(app_client: TestClient) -> None:
    response = post(app_client, {}, CLEAN)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "API key" in response.json()["message"]
    bad = post(app_client, {"Authorization": "Bearer cpk_not-a-real-key"}, CLEAN)
    assert bad.status_code == 401


def test_403_without_the_scope(app_client: TestClient, sessions: sessionmaker[Session]) -> None:
    reader = {"Authorization": f"Bearer {make_key(sessions, ['items:read'])}"}
    response = post(app_client, reader, CLEAN)
    assert response.status_code == 403
    assert "items:write" in response.json()["message"]


def test_413_over_the_body_limit(app_client: TestClient, host_headers: dict[str, str]) -> None:
    response = post(app_client, host_headers, {**CLEAN, "body": "a" * 100_001})
    assert response.status_code == 413
    assert response.json()["detail"][0]["field"] == "body"
    at_limit = post(app_client, host_headers, {**CLEAN, "body": "a " * 50_000})
    assert at_limit.status_code == 201


def test_413_batch_too_large(app_client: TestClient, host_headers: dict[str, str]) -> None:
    items = [{**CLEAN, "id": f"x{i}"} for i in range(1001)]
    response = app_client.post("/v1/items/batch", json={"items": items}, headers=host_headers)
    assert response.status_code == 413
    assert "1001 items" in response.json()["message"]


def test_422_malformed_input(app_client: TestClient, host_headers: dict[str, str]) -> None:
    cases: list[tuple[Any, str]] = [
        ({k: v for k, v in CLEAN.items() if k != "body"}, "body"),
        ({**CLEAN, "body": 42}, "body"),
        ({**CLEAN, "body": "   "}, "body"),
        ({**CLEAN, "kind": "novel"}, "kind"),
        ({**CLEAN, "links": "not-a-list"}, "links"),
        ({**CLEAN, "surprise": 1}, "surprise"),
        ({**CLEAN, "account_tier": "platinum"}, "account_tier"),
        ({**CLEAN, "id": ""}, "id"),
        ([CLEAN], "body"),
    ]
    for payload, field in cases:
        response = post(app_client, host_headers, payload)
        assert response.status_code == 422, (payload, response.text)
        body = response.json()
        assert body["error"] == "invalid_request"
        assert field in body["message"], (field, body)


def test_422_broken_json_and_bad_utf8(app_client: TestClient, host_headers: dict[str, str]) -> None:
    headers = {**host_headers, "Content-Type": "application/json"}
    broken = app_client.post("/v1/items", content=b'{"id": "p-1", "body": ', headers=headers)
    assert broken.status_code == 422
    assert "malformed JSON" in broken.json()["message"]
    raw = b'{"id":"p-9","account_id":"a","kind":"post","body":"caf\xe9"}'
    bad_utf8 = app_client.post("/v1/items", content=raw, headers=headers)
    assert bad_utf8.status_code == 422
    assert bad_utf8.json()["error"] == "invalid_request"


def test_bad_request_loses_nothing(app_client: TestClient, host_headers: dict[str, str]) -> None:
    post(app_client, host_headers, CLEAN)
    items = [{**THREAT, "id": "new-1"}, {**CLEAN, "id": "new-2", "body": 5}]
    assert (
        app_client.post("/v1/items/batch", json={"items": items}, headers=host_headers).status_code
        == 422
    )
    assert app_client.get("/v1/items/p-1", headers=host_headers).status_code == 200
    assert app_client.get("/v1/items/new-1", headers=host_headers).status_code == 404


def test_item_id_reused_by_another_account(
    app_client: TestClient, host_headers: dict[str, str]
) -> None:
    post(app_client, host_headers, CLEAN)
    response = post(app_client, host_headers, {**CLEAN, "account_id": "someone-else"})
    assert response.status_code == 409


def test_unknown_item_is_404(app_client: TestClient, host_headers: dict[str, str]) -> None:
    response = app_client.get("/v1/items/nope", headers=host_headers)
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "message": "no item with id 'nope'"}


def test_openapi_and_health(app_client: TestClient) -> None:
    spec = app_client.get("/openapi.json").json()
    assert "/v1/items" in spec["paths"] and "/v1/items/batch" in spec["paths"]
    health = app_client.get("/healthz").json()
    assert health["status"] == "ok" and health["policy_version"] == "2026.11.3"
