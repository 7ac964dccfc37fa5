"""Every console page renders for the roles that may see it and answers 403 to the others."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.console.conftest import Staffer
from tests.console.world import World, build

ROLES = ("reviewer", "senior", "admin", "auditor")


@pytest.fixture
def world(app_client: TestClient, host_headers: dict[str, str], db_session: Session) -> World:
    return build(app_client, host_headers, db_session)


def pages(w: World) -> list[tuple[str, set[str]]]:
    staff = {"reviewer", "senior", "admin"}
    return [
        ("/console", staff),
        (f"/console/cases/{w.report_case}", staff),
        (f"/console/cases/{w.appeal_case}", {"senior", "admin"}),
        (f"/console/items/{w.removed_item}", staff),
        ("/console/appeals", {"senior", "admin"}),
        ("/console/appeals?status=decided", {"senior", "admin"}),
        ("/console/accounts", staff),
        ("/console/accounts?q=writ", staff),
        ("/console/accounts/writer", staff),
        ("/console/policy", staff),
        ("/console/audit", {"auditor", "admin"}),
        ("/console/audit/verify", {"auditor", "admin"}),
    ]


def test_every_page_for_every_role(world: World, staffer: Callable[[str], Staffer]) -> None:
    signed_in = {role: staffer(role) for role in ROLES}
    for path, allowed in pages(world):
        for role, who in signed_in.items():
            answer = who.client.get(path, follow_redirects=False)
            if role in allowed:
                assert answer.status_code == 200, (path, role, answer.text[:300])
                assert "<h1>" in answer.text and answer.headers["cache-control"] == "no-store"
            elif path == "/console" and role == "auditor":
                assert answer.headers["location"] == "/console/audit"
            else:
                assert answer.status_code == 403, (path, role, answer.status_code)
                assert "Not allowed" in answer.text and f"({role})" in answer.text
    nav = signed_in["reviewer"].client.get("/console").text
    assert 'href="/console/audit"' not in nav and 'href="/console/appeals"' not in nav
    assert 'href="/console/audit"' in signed_in["admin"].client.get("/console").text


def test_posts_are_refused_to_roles_without_the_permission(
    world: World, staffer: Callable[[str], Staffer]
) -> None:
    signed_in = {role: staffer(role) for role in ROLES}
    posts = [
        (f"/console/cases/{world.report_case}/claim", {}, {"auditor"}),
        ("/console/accounts/writer", {"tier": "trusted"}, {"auditor", "reviewer"}),
        ("/console/policy/dry-run", {"yaml": "x: 1"}, {"auditor", "reviewer", "senior"}),
        ("/console/policy/activate", {"yaml": "x"}, {"auditor", "reviewer", "senior"}),
        (f"/console/cases/{world.report_case}/example", {}, {"auditor", "reviewer"}),
    ]
    for path, data, refused in posts:
        for role in refused:
            answer = signed_in[role].post(path, data, follow_redirects=False)
            assert answer.status_code == 403, (path, role, answer.status_code)


def test_missing_things_are_404_pages(staffer: Callable[[str], Staffer]) -> None:
    rev = staffer("reviewer")
    for path in ("/console/cases/nope", "/console/items/nope", "/console/accounts/nope"):
        answer = rev.client.get(path)
        assert answer.status_code == 404 and "Not found" in answer.text
    assert rev.client.get("/console/policy/versions/999999").status_code == 404
