"""Example cases: marked by seniors through the API, shown on /standards without personal data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.audit.models import AuditEvent
from clearpost.staff import service as staff_service
from clearpost.transparency import service
from clearpost.transparency.models import ExampleCase
from tests.transparency import factories

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def decisions(connection: Connection) -> dict[str, str]:
    """Decision ids by name: a removal (with a clause), a label, and an allow."""
    rows = factories.Rows()
    factories.edges(rows)
    rows.insert(connection)
    by_item = {(d["item_id"], d["number"]): d["id"] for d in rows.decisions}
    return {
        "removal": by_item[("edge-start", 1)],
        "label": by_item[("edge-twice", 1)],
        "allow": by_item[("edge-restored", 2)],
    }


def token(sessions: sessionmaker[Session], role: str) -> str:
    with sessions() as session:
        _, plaintext = staff_service.create(
            db_session=session, email=f"{role}@clearpost.test", role=role, now=NOW
        )
        session.commit()
    return plaintext


def post(client: TestClient, bearer: str | None, **body: str) -> dict[str, object]:
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    answer = client.post("/v1/examples", json=body, headers=headers)
    return {"status": answer.status_code, **answer.json()}


def test_a_senior_marks_an_example_and_it_appears_on_standards(
    pages_client: TestClient, sessions: sessionmaker[Session], decisions: dict[str, str]
) -> None:
    senior = token(sessions, "senior")
    made = post(
        pages_client,
        senior,
        decision_id=decisions["removal"],
        title="A threat against a neighbour",
        summary="A post named a street and promised to hurt the people living there.",
    )
    assert made["status"] == 201, made
    assert made["clause"] == "CP-VIO-1" and made["action"] == "remove"
    assert made["marked_by"] == "staff:senior@clearpost.test"
    html = pages_client.get("/standards").text
    section = html[html.index('id="CP-VIO-1"') : html.index('id="CP-HAR-1"')]
    assert "A threat against a neighbour" in section
    assert "promised to hurt the people living there" in section
    assert "Outcome: removed" in section and "November 2026" in section
    # Never the item's text, ids or account.
    assert "edge-start" not in html and "acct-edge" not in html and "secret" not in html
    with sessions() as session:
        events = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "example.marked")
        )
    assert events == 1


@pytest.mark.parametrize(
    ("role", "status"), [("reviewer", 403), ("auditor", 403), ("senior", 201), ("admin", 201)]
)
def test_only_the_examples_permission_may_mark(
    pages_client: TestClient,
    sessions: sessionmaker[Session],
    decisions: dict[str, str],
    role: str,
    status: int,
) -> None:
    made = post(
        pages_client,
        token(sessions, role),
        decision_id=decisions["removal"],
        title="Threat",
        summary="A direct threat of violence.",
    )
    assert made["status"] == status, made


def test_refusals_change_nothing(
    pages_client: TestClient, sessions: sessionmaker[Session], decisions: dict[str, str]
) -> None:
    senior = token(sessions, "senior")
    ok = {"title": "Scam offer", "summary": "A fake investment promising daily returns."}
    assert post(pages_client, None, decision_id=decisions["label"], **ok)["status"] == 401
    missing = post(pages_client, senior, decision_id="no-such-decision", **ok)
    assert missing["status"] == 404 and missing["message"].startswith("decision_id:")
    allowed = post(pages_client, senior, decision_id=decisions["allow"], **ok)
    assert allowed["status"] == 422 and "clause" in str(allowed["message"])
    for field, text, what in (
        ("summary", "Contact them at jane.doe@mail.test for the money.", "email address"),
        ("summary", "It linked to https://scam.example/win", "link"),
        ("summary", "The account @realjane posted it.", "@handle"),
        ("title", "Call +44 20 7946 0958 now", "phone"),
    ):
        body = {**ok, field: text}
        refused = post(pages_client, senior, decision_id=decisions["label"], **body)
        assert refused["status"] == 422, refused
        assert str(refused["message"]).startswith(f"{field}:") and what in str(refused["message"])
    first = post(pages_client, senior, decision_id=decisions["label"], **ok)
    assert first["status"] == 201
    again = post(pages_client, senior, decision_id=decisions["label"], **ok)
    assert again["status"] == 409
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ExampleCase)) == 1
    blank = post(pages_client, senior, decision_id=decisions["removal"], title="", summary="x")
    assert blank["status"] == 422


def test_service_checks_the_permission_itself(
    sessions: sessionmaker[Session], decisions: dict[str, str]
) -> None:
    with sessions() as session:
        reviewer, _ = staff_service.create(
            db_session=session, email="r@clearpost.test", role="reviewer", now=NOW
        )
        with pytest.raises(service.ExampleError) as refused:
            service.mark_example(
                db_session=session,
                decision_id=decisions["removal"],
                title="Threat",
                summary="A threat.",
                staff=reviewer,
                now=NOW,
            )
    assert refused.value.status == 403


def test_dates_and_years_are_not_mistaken_for_phone_numbers(
    sessions: sessionmaker[Session], decisions: dict[str, str]
) -> None:
    with sessions() as session:
        senior, _ = staff_service.create(
            db_session=session, email="s@clearpost.test", role="senior", now=NOW
        )
        example = service.mark_example(
            db_session=session,
            decision_id=decisions["removal"],
            title="Threat under policy 2026.11.1",
            summary="Posted on 2026-04-01 at 00:00; removed within 2 seconds.",
            staff=senior,
            now=NOW,
        )
    assert example.clause == "CP-VIO-1"
