"""A spam wave decided at once: one verdict, every member through the review flow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.audit.models import AuditEvent
from clearpost.clock import FrozenClock
from clearpost.decisions.models import Decision
from clearpost.items.models import Item
from clearpost.review.models import ReviewCase
from tests.console.conftest import Staffer
from tests.waves.texts import scam


def test_decide_a_whole_wave_at_once(
    app_client: TestClient,
    host_headers: dict[str, str],
    db_session: Session,
    clock: FrozenClock,
    staffer: Callable[[str], Staffer],
) -> None:
    ids = [f"wave-{n}" for n in range(6)]
    for n, item_id in enumerate(ids):
        answer = app_client.post(
            "/v1/items",
            headers=host_headers,
            json={"id": item_id, "account_id": f"spammer-{n}", "kind": "post", "body": scam(n)},
        )
        assert answer.status_code == 201, answer.text
        clock.advance(timedelta(seconds=20))
    wave_case = db_session.execute(
        select(ReviewCase).where(ReviewCase.queue == "spam_wave", ReviewCase.status == "open")
    ).scalar_one()
    mod = staffer("reviewer")
    page = mod.client.get(f"/console/cases/{wave_case.id}")
    assert "Spam wave: 6 near-duplicate items" in page.text
    for item_id in ids:
        assert f"/console/items/{item_id}" in page.text
    mod.post(f"/console/cases/{wave_case.id}/claim")
    page = mod.client.get(f"/console/cases/{wave_case.id}")
    assert "Apply to every item of the wave (6 items)" in page.text
    done = mod.post(
        f"/console/cases/{wave_case.id}/decide",
        {"action": "remove", "category": "spam", "note": "Crypto scam wave.", "scope": "wave"},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    assert "done=wave" in done.headers["location"]
    shown = mod.client.get(done.headers["location"]).text
    assert "with one verdict" in shown

    db_session.expire_all()
    for item_id in ids:
        item = db_session.get(Item, item_id)
        assert item is not None
        decision = db_session.get(Decision, item.current_decision_id)
        assert decision is not None and decision.action == "remove", item_id
        assert decision.category == "spam"
    still_open = db_session.execute(
        select(ReviewCase.id).where(ReviewCase.item_id.in_(ids), ReviewCase.status == "open")
    ).all()
    assert still_open == []
    decided_by_mod = db_session.execute(
        select(AuditEvent.subject_id).where(
            AuditEvent.action == "case.decided", AuditEvent.actor == f"staff:{mod.email}"
        )
    ).all()
    human = db_session.execute(
        select(Decision.item_id).where(
            Decision.item_id.in_(ids), Decision.decided_by == f"staff:{mod.email}"
        )
    ).scalars()
    # Every member decided by the moderator got its own case decision in the audit log.
    assert len(decided_by_mod) == len(set(human)) >= 1


def test_wave_scope_on_an_ordinary_case_is_refused(
    app_client: TestClient,
    host_headers: dict[str, str],
    db_session: Session,
    staffer: Callable[[str], Staffer],
) -> None:
    from tests.console.world import build

    world = build(app_client, host_headers, db_session)
    mod = staffer("reviewer")
    mod.post(f"/console/cases/{world.report_case}/claim")
    answer = mod.post(
        f"/console/cases/{world.report_case}/decide",
        {"action": "allow", "scope": "wave"},
    )
    assert answer.status_code == 422 and "not a spam wave" in answer.text
    db_session.expire_all()
    assert db_session.get(ReviewCase, world.report_case).status == "open"  # type: ignore[union-attr]
