"""Console test helpers as fixtures: staff members signed in on their own clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.console.helpers import staff_client


@dataclass
class Staffer:
    """A signed-in staff member: a client with the session cookie, and the CSRF token."""

    client: TestClient
    email: str
    token: str
    csrf: str

    def post(self, path: str, data: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        """POST a console form with this session's CSRF token."""
        return self.client.post(path, data={"csrf_token": self.csrf, **(data or {})}, **kw)


@pytest.fixture
def staffer(
    app_client: TestClient, sessions: sessionmaker[Session]
) -> Iterator[Callable[[str], Staffer]]:
    """signed_in(role): a new staff member of `role`, signed in on a client of their own."""
    clients: list[TestClient] = []

    def make(role: str) -> Staffer:
        client = TestClient(app_client.app)
        clients.append(client)
        email, token, csrf = staff_client(client, sessions, role)
        return Staffer(client, email, token, csrf)

    yield make
    for client in clients:
        client.close()
