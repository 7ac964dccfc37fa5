"""Claiming and deciding through the console changes exactly what the API changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.accounts.models import Strike
from clearpost.audit.models import AuditEvent
from clearpost.decisions.models import Decision
from clearpost.items.models import Item
from clearpost.notices.models import Notice
from clearpost.reports.models import Report
from clearpost.review.models import ReviewCase
from tests.conftest import bearer, make_staff
from tests.console.conftest import Staffer
from tests.console.world import ORDINARY, World, build, open_case
from tests.people.helpers import claim_and_decide, post_item, report


@pytest.fixture
def world(app_client: TestClient, host_headers: dict[str, str], db_session: Session) -> World:
    return build(app_client, host_headers, db_session)


def state_of(db_session: Session, item_id: str, case_id: str) -> dict[str, Any]:
    """What a decision changes, without ids and actor names."""
    db_session.expire_all()
    item = db_session.get(Item, item_id)
    assert item is not None
    decision = db_session.get(Decision, item.current_decision_id)
    case = db_session.get(ReviewCase, case_id)
    assert decision is not None and case is not None
    audit = db_session.execute(
        select(AuditEvent.action).where(AuditEvent.subject_id.in_([item_id, case_id]))
    ).scalars()
    return {
        "visibility": item.visibility,
        "action": decision.action,
        "category": decision.category,
        "source": decision.source,
        "automated": decision.automated_decision,
        "note": decision.note,
        "reasons": [(r["category"], r["clause"], r["action"]) for r in decision.reasons],
        "case": (case.status, case.outcome),
        "reports": sorted(
            (r.status, r.outcome, r.action)
            for r in db_session.execute(select(Report).where(Report.case_id == case_id)).scalars()
        ),
        "strikes": [
            (s.category, s.points)
            for s in db_session.execute(
                select(Strike).where(Strike.account_id == item.account_id)
            ).scalars()
        ],
        "notices": sorted(
            n.kind
            for n in db_session.execute(
                select(Notice).where(Notice.recipient_id == item.account_id)
            ).scalars()
        ),
        "audit": sorted(audit),
    }


def test_console_decision_equals_api_decision(
    app_client: TestClient,
    host_headers: dict[str, str],
    db_session: Session,
    sessions: sessionmaker[Session],
    staffer: Callable[[str], Staffer],
) -> None:
    for n in (1, 2):
        post_item(app_client, host_headers, f"twin-{n}", f"twin-acct-{n}", body=ORDINARY)
        report(app_client, host_headers, f"twin-{n}", f"twin-reporter-{n}", "fraud")
    api_case = open_case(db_session, "twin-1").id
    console_case = open_case(db_session, "twin-2").id
    note = "Fake prize offer asking for bank details."
    api_staff = bearer(make_staff(sessions, "reviewer"))
    claim_and_decide(app_client, api_staff, api_case, "remove", "fraud", note)

    mod = staffer("reviewer")
    page = mod.client.get(f"/console/cases/{console_case}")
    assert 'data-shortcut="c"' in page.text  # claim first
    claimed = mod.post(f"/console/cases/{console_case}/claim", follow_redirects=False)
    assert claimed.status_code == 303
    page = mod.client.get(claimed.headers["location"])
    assert "You claimed this case" in page.text and 'id="decide-form"' in page.text
    decided = mod.post(
        f"/console/cases/{console_case}/decide",
        {"action": "remove", "category": "fraud", "note": note},
        follow_redirects=False,
    )
    assert decided.status_code == 303, decided.text
    assert "done=decided" in decided.headers["location"]
    assert state_of(db_session, "twin-1", api_case) == state_of(db_session, "twin-2", console_case)
    assert state_of(db_session, "twin-2", console_case)["action"] == "remove"


def test_removal_needs_a_note_and_changes_nothing_without_one(
    world: World, staffer: Callable[[str], Staffer], db_session: Session
) -> None:
    mod = staffer("reviewer")
    mod.post(f"/console/cases/{world.report_case}/claim")
    answer = mod.post(
        f"/console/cases/{world.report_case}/decide", {"action": "remove", "category": "fraud"}
    )
    assert answer.status_code == 422 and "Write a note" in answer.text
    assert 'value="remove"' in answer.text and "checked" in answer.text
    db_session.expire_all()
    assert db_session.get(ReviewCase, world.report_case).status == "open"  # type: ignore[union-attr]
    unknown = mod.post(
        f"/console/cases/{world.report_case}/decide",
        {"action": "label", "category": "nonsense"},
    )
    assert unknown.status_code == 422 and "unknown category" in unknown.text


def test_htmx_claim_returns_the_row_and_conflicts_are_explained(
    world: World, staffer: Callable[[str], Staffer]
) -> None:
    first, second = staffer("reviewer"), staffer("reviewer")
    htmx = {"HX-Request": "true", "X-CSRF-Token": first.csrf}
    row = first.client.post(f"/console/cases/{world.report_case}/claim", headers=htmx)
    assert row.status_code == 200 and row.text.lstrip().startswith("<tr")
    assert "Claimed by you" in row.text
    late = second.client.post(
        f"/console/cases/{world.report_case}/claim",
        headers={"HX-Request": "true", "X-CSRF-Token": second.csrf},
    )
    assert late.status_code == 409 and "claimed by another moderator" in late.text
    assert f"Claimed by {first.email}" in late.text
    queue = second.client.get("/console")
    assert f"Claimed by {first.email}" in queue.text
    decide = second.post(
        f"/console/cases/{world.report_case}/decide", {"action": "allow", "note": ""}
    )
    assert decide.status_code == 409 and "claim case" in decide.text


def test_queue_filters(world: World, staffer: Callable[[str], Staffer]) -> None:
    mod = staffer("senior")
    everything = mod.client.get("/console").text
    assert world.report_case in everything and world.appeal_case in everything
    reports = mod.client.get("/console?queue=reports").text
    assert world.report_case in reports and world.appeal_case not in reports
    assert world.report_case not in mod.client.get("/console?category=spam").text
    assert world.report_case in mod.client.get("/console?lang=en").text
    assert "No open cases match" in mod.client.get("/console?overdue=1").text
    partial = mod.client.get(
        "/console?queue=appeals", headers={"HX-Request": "true", "HX-Target": "queue-results"}
    )
    assert partial.text.lstrip().startswith('<section id="queue-results"')
    assert world.appeal_case in partial.text and "<html" not in partial.text


def test_case_page_shows_evidence_signals_account_and_reports(
    world: World, staffer: Callable[[str], Staffer], db_session: Session
) -> None:
    mod = staffer("senior")
    page = mod.client.get(f"/console/cases/{world.appeal_case}").text
    assert "It is a line from the play I am rehearsing." in page
    assert "The decision appealed" in page and "Violence and threats, clause CP-VIO-1" in page
    assert "<mark" in page and "[evidence: Violence and threats, clause CP-VIO-1]" in page
    assert "Signals" in page and "violence" in page
    assert "Standing" in page and "writer" in page
    assert "uphold" in page and "overturn" in page
    reported = mod.client.get(f"/console/cases/{world.report_case}").text
    for reporter in ("reporter-7", "reporter-8"):
        assert reporter in reported
    assert "Keyboard shortcuts" in reported


def test_appeal_by_another_senior_and_not_by_the_original_decider(
    app_client: TestClient,
    host_headers: dict[str, str],
    db_session: Session,
    staffer: Callable[[str], Staffer],
) -> None:
    first, second = staffer("senior"), staffer("senior")
    post_item(app_client, host_headers, "rep-1", "rep-acct", body=ORDINARY)
    report(app_client, host_headers, "rep-1", "someone", "fraud")
    case_id = open_case(db_session, "rep-1").id
    first.post(f"/console/cases/{case_id}/claim")
    first.post(
        f"/console/cases/{case_id}/decide",
        {"action": "remove", "category": "fraud", "note": "scam"},
    )
    decision_id = db_session.get(Item, "rep-1").current_decision_id  # type: ignore[union-attr]
    appeal = app_client.post(
        "/v1/appeals",
        headers=host_headers,
        json={"decision_id": decision_id, "account_id": "rep-acct", "statement": "Not a scam."},
    ).json()
    own = first.post(f"/console/cases/{appeal['case_id']}/claim")
    assert own.status_code == 403 and "someone other than the moderator" in own.text
    second.post(f"/console/cases/{appeal['case_id']}/claim")
    missing = second.post(f"/console/cases/{appeal['case_id']}/decide", {"action": "overturn"})
    assert missing.status_code == 422
    done = second.post(
        f"/console/cases/{appeal['case_id']}/decide",
        {"action": "overturn", "note": "Ordinary gardening post."},
    )
    assert done.status_code == 200 and "Decided." in done.text
    db_session.expire_all()
    item = db_session.get(Item, "rep-1")
    assert item is not None and item.visibility == "visible"
    assert "overturned" in second.client.get("/console/appeals?status=decided").text


def test_mark_a_decided_case_as_an_example(
    world: World, staffer: Callable[[str], Staffer], app_client: TestClient
) -> None:
    senior = staffer("senior")
    senior.post(f"/console/cases/{world.report_case}/claim")
    senior.post(
        f"/console/cases/{world.report_case}/decide",
        {"action": "label", "category": "misleading", "note": ""},
    )
    page = senior.client.get(f"/console/cases/{world.report_case}").text
    assert "Mark as example" in page and 'for="ex-title"' in page
    refused = senior.post(
        f"/console/cases/{world.report_case}/example",
        {"title": "Call me at 555 123 4567", "summary": "A summary."},
    )
    assert refused.status_code == 422 and "phone" in refused.text
    done = senior.post(
        f"/console/cases/{world.report_case}/example",
        {"title": "A garden post with a wild health claim", "summary": "Labelled as misleading."},
    )
    assert done.status_code == 200 and "Published as an example" in done.text
    standards = app_client.get("/standards").text
    assert "A garden post with a wild health claim" in standards
