"""Spam waves through the HTTP API: one signal per post, one review case per wave."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from clearpost.decisions.models import Decision, Signal
from clearpost.review.models import ReviewCase
from clearpost.settings import get_settings
from clearpost.waves import service
from tests.conftest import bearer, make_staff
from tests.waves.texts import scam, unrelated


def post(client: TestClient, headers: dict[str, str], item_id: str, account: str, body: str) -> Any:
    payload = {"id": item_id, "account_id": account, "kind": "post", "body": body}
    response = client.post("/v1/items", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def wave_signal(db_session: Session, item_id: str) -> dict[str, Any] | None:
    query = (
        select(Signal.details)
        .join(Decision, Decision.id == Signal.decision_id)
        .where(Decision.item_id == item_id, Signal.detector == "spamwave")
    )
    return db_session.execute(query).scalars().first()


def open_cases(db_session: Session, item_ids: list[str]) -> list[ReviewCase]:
    query = select(ReviewCase).where(ReviewCase.item_id.in_(item_ids), ReviewCase.status == "open")
    return list(db_session.execute(query).scalars())


def test_fifty_accounts_posting_one_scam_make_one_wave_and_one_case(
    app_client: TestClient,
    host_headers: dict[str, str],
    db_session: Session,
    sessions: sessionmaker[Session],
    clock: FrozenClock,
) -> None:
    ids = [f"scam-{n}" for n in range(50)]
    decisions = []
    for n, item_id in enumerate(ids):
        decisions.append(post(app_client, host_headers, item_id, f"acct-{n}", scam(n)))
        clock.advance(timedelta(seconds=30))
    found = [wave_signal(db_session, item_id) for item_id in ids]
    assert found[0] is None and found[1] is None  # below 3 accounts: no signal
    sizes = [details["cluster_size"] for details in found[2:] if details is not None]
    assert sizes == list(range(3, 51))
    last = found[-1]
    assert last is not None and len(last["similar_items"]) > 0
    spam = next(r for r in decisions[-1]["reasons"] if r["category"] == "spam")
    # A wave alone is held for a person (policy detector_limits); other detectors may remove.
    assert "spamwave" in spam["detectors"] and spam["action"] in ("hold", "remove")

    cases = open_cases(db_session, ids)
    wave = [(c.item_id, c.cluster_size) for c in cases if c.queue == "spam_wave"]
    assert wave == [(ids[0], 50)]
    # A post held before the wave reached 3 accounts may keep its own case; none after.
    assert {c.item_id for c in cases if c.queue != "spam_wave"} <= {ids[1]}
    assert service.members(db_session=db_session, cluster_id=last["cluster_id"]) == ids

    reviewer = bearer(make_staff(sessions, "reviewer"))
    queue = app_client.get("/v1/review/cases", params={"queue": "spam_wave"}, headers=reviewer)
    assert [c["cluster_size"] for c in queue.json()] == [50]


def test_fifty_unrelated_posts_make_no_wave(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    ids = [f"post-{n}" for n in range(50)]
    for n, item_id in enumerate(ids):
        post(app_client, host_headers, item_id, f"person-{n}", unrelated(n))
    assert all(wave_signal(db_session, item_id) is None for item_id in ids)
    assert not [c for c in open_cases(db_session, ids) if c.queue == "spam_wave"]


def test_a_chinese_wave(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    ids = [f"zh-{n}" for n in range(12)]
    for n, item_id in enumerate(ids):
        post(app_client, host_headers, item_id, f"zh-acct-{n}", scam(n, "zh"))
    last = wave_signal(db_session, ids[-1])
    assert last is not None and last["cluster_size"] == 12
    cases = [c for c in open_cases(db_session, ids) if c.queue == "spam_wave"]
    assert [(c.item_id, c.cluster_size) for c in cases] == [(ids[0], 12)]


def test_items_in_one_batch_request_cluster_together(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    items = [
        {"id": f"batch-{n}", "account_id": f"b-acct-{n}", "kind": "post", "body": scam(n)}
        for n in range(10)
    ]
    response = app_client.post("/v1/items/batch", json={"items": items}, headers=host_headers)
    assert response.status_code == 200, response.text
    found = [wave_signal(db_session, item["id"]) for item in items]
    assert all(details is not None and details["cluster_size"] == 10 for details in found)
    assert len({details["cluster_id"] for details in found if details is not None}) == 1
    cases = open_cases(db_session, [item["id"] for item in items])
    assert [(c.queue, c.item_id, c.cluster_size) for c in cases] == [("spam_wave", "batch-0", 10)]


@pytest.fixture
def waves_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CLEARPOST_SPAM_WAVES", "false")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("waves_off")
def test_the_switch_turns_waves_off(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    for n in range(5):
        post(app_client, host_headers, f"off-{n}", f"off-acct-{n}", scam(n))
    assert wave_signal(db_session, "off-4") is None


def test_a_held_first_post_gets_its_case_moved_into_the_wave(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    # New accounts are pre-moderated: a limited post is held and opens its own case.
    ids = [f"new-{n}" for n in range(12)]
    for n, item_id in enumerate(ids):
        payload = {
            "id": item_id,
            "account_id": f"new-acct-{n}",
            "account_tier": "new",
            "kind": "post",
            "body": scam(n),
        }
        response = app_client.post("/v1/items", json=payload, headers=host_headers)
        assert response.status_code == 201, response.text
    cases = open_cases(db_session, ids)
    wave = [c for c in cases if c.queue == "spam_wave"]
    assert [(c.item_id, c.cluster_size) for c in wave] == [(ids[0], 12)]
    # Posts held before the wave had 3 accounts keep their own case; none after that.
    assert {c.item_id for c in cases if c.queue != "spam_wave"} <= {ids[1]}
