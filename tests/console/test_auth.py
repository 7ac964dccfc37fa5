"""Signing in and out, the session cookie, CSRF, expiry, and failed sign-ins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.audit.models import AuditEvent
from clearpost.clock import FrozenClock
from clearpost.staff.models import Staff
from tests.conftest import make_staff
from tests.console.conftest import Staffer
from tests.console.helpers import login_form_token


def _attempt(client: TestClient, email: str, token: str) -> object:
    return client.post(
        "/console/login",
        data={"email": email, "token": token, "login_csrf": login_form_token(client)},
        follow_redirects=False,
    )


def test_pages_need_a_session_and_come_back_after_sign_in(
    app_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    answer = app_client.get("/console/accounts?q=abc", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/login?next=/console/accounts%3Fq%3Dabc"
    htmx = app_client.get("/console", headers={"HX-Request": "true"}, follow_redirects=False)
    assert htmx.status_code == 401 and htmx.headers["HX-Redirect"].startswith("/console/login")

    token = make_staff(sessions, "reviewer", "rev@example.org")
    page = app_client.get("/console/login?next=/console/accounts%3Fq%3Dabc")
    assert 'for="email"' in page.text and 'for="token"' in page.text
    answer = app_client.post(
        "/console/login",
        data={
            "email": "REV@example.org ",
            "token": token,
            "next": "/console/accounts?q=abc",
            "login_csrf": login_form_token(app_client),
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/console/accounts?q=abc"
    cookie = answer.headers["set-cookie"]
    assert "clearpost_console=" in cookie and "HttpOnly" in cookie
    assert "SameSite=lax" in cookie.replace("Lax", "lax") and "Path=/console" in cookie
    assert "Secure" not in cookie  # plain http
    assert app_client.get("/console").status_code == 200


def test_cookie_is_secure_over_https(
    app_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = make_staff(sessions, "reviewer", "tls@example.org")
    page = app_client.get("https://testserver/console/login")
    form = page.text.split('name="login_csrf" value="')[1].split('"')[0]
    answer = app_client.post(
        "https://testserver/console/login",
        data={"email": "tls@example.org", "token": token, "login_csrf": form},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert "Secure" in answer.headers["set-cookie"]


def test_failed_sign_ins_are_audited_and_say_the_same_thing(
    app_client: TestClient, sessions: sessionmaker[Session], db_session: Session
) -> None:
    token = make_staff(sessions, "senior", "known@example.org")
    other = make_staff(sessions, "senior", "other@example.org")
    answers = [
        _attempt(app_client, "known@example.org", token + "x"),  # wrong token
        _attempt(app_client, "nobody@example.org", token),  # unknown email
        _attempt(app_client, "known@example.org", other),  # someone else's token
        _attempt(app_client, "known@example.org", "not-a-token"),
    ]
    bodies = set()
    for answer in answers:
        assert answer.status_code == 401  # type: ignore[attr-defined]
        text = answer.text  # type: ignore[attr-defined]
        bodies.add(text.split('role="alert"')[1].split("</p>")[0])
        assert "clearpost_console=" not in answer.headers.get("set-cookie", "")  # type: ignore[attr-defined]
    assert len(bodies) == 1 and "do not match an active staff account" in bodies.pop()
    failed = db_session.execute(
        select(AuditEvent.subject_id).where(AuditEvent.action == "console.login_failed")
    ).scalars()
    assert sorted(failed) == sorted(
        ["known@example.org", "nobody@example.org", "known@example.org", "known@example.org"]
    )


def test_deactivated_staff_cannot_sign_in_or_stay_signed_in(
    staffer: Callable[[str], Staffer], sessions: sessionmaker[Session]
) -> None:
    rev = staffer("reviewer")
    assert rev.client.get("/console").status_code == 200
    with sessions() as session:
        row = session.execute(select(Staff).where(Staff.email == rev.email)).scalar_one()
        row.active = False
        session.commit()
    assert rev.client.get("/console", follow_redirects=False).status_code == 303
    assert _attempt(rev.client, rev.email, rev.token).status_code == 401  # type: ignore[attr-defined]


def test_too_many_failures_from_one_address_are_refused(
    app_client: TestClient, sessions: sessionmaker[Session], clock: FrozenClock
) -> None:
    token = make_staff(sessions, "reviewer", "slow@example.org")
    for _ in range(10):
        assert _attempt(app_client, "slow@example.org", "cps_wrong").status_code == 401  # type: ignore[attr-defined]
    blocked = _attempt(app_client, "slow@example.org", token)
    assert blocked.status_code == 429  # type: ignore[attr-defined]
    clock.advance(timedelta(minutes=16))
    assert _attempt(app_client, "slow@example.org", token).status_code == 303  # type: ignore[attr-defined]


def test_sign_in_form_needs_its_token(
    app_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = make_staff(sessions, "reviewer", "csrf@example.org")
    answer = app_client.post(
        "/console/login",
        data={"email": "csrf@example.org", "token": token, "login_csrf": "forged"},
        follow_redirects=False,
    )
    assert answer.status_code == 403 and "clearpost_console=" not in answer.headers.get(
        "set-cookie", ""
    )


def test_posts_without_the_session_csrf_token_are_refused(
    staffer: Callable[[str], Staffer],
) -> None:
    rev = staffer("reviewer")
    for data, headers in (({}, {}), ({"csrf_token": "nope"}, {}), ({}, {"X-CSRF-Token": "x"})):
        answer = rev.client.post("/console/logout", data=data, headers=headers)
        assert answer.status_code == 403 and "expired" in answer.text
    assert rev.client.get("/console").status_code == 200  # still signed in
    header = rev.client.post("/console/logout", headers={"X-CSRF-Token": rev.csrf})
    assert header.status_code == 200 and "You are signed out" in header.text


def test_logout_ends_the_session_on_the_server(staffer: Callable[[str], Staffer]) -> None:
    rev = staffer("reviewer")
    cookie = rev.client.cookies.get("clearpost_console")
    assert cookie
    answer = rev.post("/console/logout", follow_redirects=False)
    assert answer.status_code == 303
    # A copy of the old cookie is worthless now.
    copy = TestClient(rev.client.app, cookies={"clearpost_console": cookie})
    assert copy.get("/console", follow_redirects=False).status_code == 303


def test_sessions_expire(staffer: Callable[[str], Staffer], clock: FrozenClock) -> None:
    rev = staffer("reviewer")
    clock.advance(timedelta(hours=11, minutes=59))
    assert rev.client.get("/console", follow_redirects=False).status_code == 200
    clock.advance(timedelta(minutes=2))
    answer = rev.client.get("/console", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/console/login")


def test_tampered_cookie_is_rejected(staffer: Callable[[str], Staffer]) -> None:
    rev = staffer("reviewer")
    cookie = rev.client.cookies.get("clearpost_console") or ""
    value, _, mac = cookie.rpartition(".")
    forged = TestClient(rev.client.app, cookies={"clearpost_console": value + "x." + mac})
    assert forged.get("/console", follow_redirects=False).status_code == 303


def test_next_never_leaves_the_console(
    app_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = make_staff(sessions, "reviewer", "next@example.org")
    for target in ("https://evil.example/console", "//evil.example/console", "/v1/items"):
        app_client.cookies.clear()
        answer = app_client.post(
            "/console/login",
            data={
                "email": "next@example.org",
                "token": token,
                "next": target,
                "login_csrf": login_form_token(app_client),
            },
            follow_redirects=False,
        )
        assert answer.headers["location"] == "/console", target


def test_auditors_land_on_the_audit_log(
    app_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = make_staff(sessions, "auditor", "aud@example.org")
    answer = app_client.post(
        "/console/login",
        data={
            "email": "aud@example.org",
            "token": token,
            "login_csrf": login_form_token(app_client),
        },
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/console/audit"
    assert app_client.get("/console", follow_redirects=False).headers["location"] == (
        "/console/audit"
    )
    # Signed in already: the sign-in page sends them on.
    assert app_client.get("/console/login", follow_redirects=False).status_code == 303
