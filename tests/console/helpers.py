"""Signing in to the console through its own form, and reading tokens out of pages."""

from __future__ import annotations

import re
import secrets

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import make_staff

_CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
_LOGIN = re.compile(r'name="login_csrf" value="([^"]+)"')


def login_form_token(client: TestClient) -> str:
    page = client.get("/console/login")
    assert page.status_code == 200, page.text
    found = _LOGIN.search(page.text)
    assert found, page.text
    return found.group(1)


def sign_in(client: TestClient, email: str, token: str) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    answer = client.post(
        "/console/login",
        data={"email": email, "token": token, "login_csrf": login_form_token(client)},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return csrf_of(client, answer.headers["location"])


def csrf_of(client: TestClient, path: str = "/console") -> str:
    page = client.get(path)
    assert page.status_code == 200, (path, page.status_code, page.text[:500])
    found = _CSRF.search(page.text)
    assert found, page.text[:500]
    return found.group(1)


def staff_client(
    client: TestClient, sessions: sessionmaker[Session], role: str
) -> tuple[str, str, str]:
    """A new staff member of `role`, signed in on `client`: (email, token, csrf)."""
    email = f"{role}-{secrets.token_hex(3)}@example.org"
    token = make_staff(sessions, role, email)
    return email, token, sign_in(client, email, token)
