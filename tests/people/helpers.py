"""Small HTTP helpers shared by the people-workflow tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def post_item(
    client: TestClient,
    headers: dict[str, str],
    item_id: str,
    account_id: str,
    body: str = "A perfectly ordinary post about gardening.",
    **extra: Any,
) -> Any:
    response = client.post(
        "/v1/items",
        headers=headers,
        json={"id": item_id, "account_id": account_id, "kind": "post", "body": body, **extra},
    )
    assert response.status_code in (200, 201), response.text
    return response.json()


def report(
    client: TestClient,
    headers: dict[str, str],
    item_id: str,
    reporter: str,
    category: str = "fraud",
) -> Any:
    response = client.post(
        "/v1/reports",
        headers=headers,
        json={"item_id": item_id, "reporter_id": reporter, "category": category},
    )
    assert response.status_code == 201, response.text
    return response.json()


def claim_and_decide(
    client: TestClient,
    staff: dict[str, str],
    case_id: str,
    action: str,
    category: str | None = None,
    note: str = "",
    **extra: Any,
) -> Any:
    claimed = client.post(f"/v1/review/cases/{case_id}/claim", headers=staff)
    assert claimed.status_code == 200, claimed.text
    decided = client.post(
        f"/v1/review/cases/{case_id}/decide",
        headers=staff,
        json={"action": action, "category": category, "note": note, **extra},
    )
    assert decided.status_code == 200, decided.text
    return decided.json()
