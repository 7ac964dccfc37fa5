"""A small moderation history made through the HTTP API, for console tests."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.review.models import ReviewCase
from tests.people.helpers import post_item, report

THREAT = "I know where you live. I will kill you and your whole family tonight."
SCAM = (
    "Congratulations! You won a prize. Send your bank password and PIN now and wire a small "
    "fee by Western Union to claim your reward today."
)
ORDINARY = "A perfectly ordinary post about gardening and tomatoes."


@dataclass
class World:
    removed_item: str
    removed_decision: str
    reported_item: str
    report_case: str
    appeal_case: str
    appeal_id: str


def open_case(db_session: Session, item_id: str, kind: str = "item") -> ReviewCase:
    query = select(ReviewCase).where(
        ReviewCase.item_id == item_id, ReviewCase.status == "open", ReviewCase.kind == kind
    )
    found = db_session.execute(query).scalars().first()
    assert found is not None, (item_id, kind)
    return found


def build(client: TestClient, host: dict[str, str], db_session: Session) -> World:
    removed = post_item(client, host, "threat-1", "writer", body=THREAT)
    assert removed["action"] == "remove", removed
    post_item(client, host, "garden-1", "gardener", body=ORDINARY, reach=50_000)
    report(client, host, "garden-1", "reporter-7", "fraud")
    report(client, host, "garden-1", "reporter-8", "fraud")
    appeal = client.post(
        "/v1/appeals",
        headers=host,
        json={
            "decision_id": removed["decision_id"],
            "account_id": "writer",
            "statement": "It is a line from the play I am rehearsing.",
        },
    )
    assert appeal.status_code == 201, appeal.text
    return World(
        removed_item="threat-1",
        removed_decision=removed["decision_id"],
        reported_item="garden-1",
        report_case=open_case(db_session, "garden-1").id,
        appeal_case=appeal.json()["case_id"],
        appeal_id=appeal.json()["appeal_id"],
    )
