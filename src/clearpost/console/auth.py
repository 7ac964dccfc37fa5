"""Console sign-in: staff email + staff token, a signed session cookie, a server-side session.

The cookie holds a random session id and its HMAC signature under the server key
(CLEARPOST_SECRET_KEY, or a key generated once and kept in the database). The database
keeps only a hash of the id, so neither the table nor the key alone gives a valid cookie.
Logging out ends the row: a copied cookie stops working at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clearpost.audit import service as audit
from clearpost.console.models import ConsoleSecret, ConsoleSession
from clearpost.staff import service as staff_service
from clearpost.staff.models import Staff

COOKIE = "clearpost_console"
LOGIN_COOKIE = "clearpost_console_login"  # double-submit token of the sign-in form
SECRET_NAME = "session"
# Failed sign-ins per client address before it must wait (per process; audited each time).
MAX_FAILURES = 10
FAILURE_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class SignedIn:
    """The staff member behind a valid console session, and the session's CSRF token."""

    staff: Staff
    session: ConsoleSession
    csrf: str
    # Plain copies for pages rendered after the request's transaction ended (error pages).
    email: str = ""
    role: str = ""

    def can(self, permission: str) -> bool:
        return permission in staff_service.PERMISSIONS.get(self.role, frozenset())


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def sign(key: bytes, value: str) -> str:
    mac = hmac.new(key, value.encode("utf-8"), hashlib.sha256).digest()
    return f"{value}.{_b64(mac)}"


def unsign(key: bytes, signed: str) -> str | None:
    """The value of a signed string, or None when the signature does not match."""
    value, _, _mac = signed.rpartition(".")
    if not value or not hmac.compare_digest(sign(key, value), signed):
        return None
    return value


def csrf_token(key: bytes, session: ConsoleSession) -> str:
    """The session's CSRF token: derived, never stored."""
    return _b64(hmac.new(key, f"csrf|{session.token_hash}".encode(), hashlib.sha256).digest())


def stored_key(*, db_session: Session, create: bool, now: datetime) -> bytes | None:
    """The generated signing key from the database; made on first use when `create`."""
    found = db_session.execute(
        select(ConsoleSecret.value).where(ConsoleSecret.name == SECRET_NAME)
    ).scalar_one_or_none()
    if found is None and create:
        value = secrets.token_hex(32)
        try:
            with db_session.begin_nested():
                db_session.add(ConsoleSecret(name=SECRET_NAME, value=value, created_at=now))
                db_session.flush()
            found = value
        except IntegrityError:  # another process made it first
            found = db_session.execute(
                select(ConsoleSecret.value).where(ConsoleSecret.name == SECRET_NAME)
            ).scalar_one()
    return bytes.fromhex(found) if found else None


def verify_credentials(*, db_session: Session, email: str, token: str) -> Staff | None:
    """The active staff member with this email and token, else None (same answer for an
    unknown email, a wrong token or a deactivated account: no enumeration)."""
    staff = staff_service.authenticate(db_session=db_session, token=token.strip())
    wanted = email.strip().lower()
    if staff is None or not hmac.compare_digest(staff.email.encode(), wanted.encode()):
        return None
    return staff


def start(
    *, db_session: Session, key: bytes, staff: Staff, hours: float, now: datetime
) -> tuple[str, ConsoleSession]:
    """A new session; returns the cookie value and the row (audited)."""
    session_id = secrets.token_urlsafe(32)
    row = ConsoleSession(
        token_hash=_hash(session_id),
        staff_id=staff.id,
        created_at=now,
        expires_at=now + timedelta(hours=hours),
    )
    db_session.add(row)
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=staff_service.label(staff),
        action="console.login",
        subject_type="staff",
        subject_id=str(staff.id),
        after={"session_id": row.id, "expires_at": row.expires_at.isoformat()},
        now=now,
    )
    return sign(key, session_id), row


def current(*, db_session: Session, key: bytes, cookie: str, now: datetime) -> SignedIn | None:
    """The signed-in staff member for a cookie, or None (bad signature, ended or expired
    session, deactivated staff)."""
    session_id = unsign(key, cookie)
    if session_id is None:
        return None
    found = db_session.execute(
        select(ConsoleSession, Staff)
        .join(Staff, Staff.id == ConsoleSession.staff_id)
        .where(ConsoleSession.token_hash == _hash(session_id))
    ).first()
    if found is None:
        return None
    row, staff = found[0], found[1]
    if row.ended_at is not None or row.expires_at <= now or not staff.active:
        return None
    return SignedIn(
        staff=staff, session=row, csrf=csrf_token(key, row), email=staff.email, role=staff.role
    )


def end(*, db_session: Session, signed_in: SignedIn, now: datetime) -> None:
    """Log out: the session row ends, so the cookie is worthless from now on (audited)."""
    signed_in.session.ended_at = now
    db_session.flush()
    audit.record(
        db_session=db_session,
        actor=staff_service.label(signed_in.staff),
        action="console.logout",
        subject_type="staff",
        subject_id=str(signed_in.staff.id),
        after={"session_id": signed_in.session.id},
        now=now,
    )


def record_failure(*, db_session: Session, email: str, client: str, now: datetime) -> None:
    """Audit a failed sign-in. The email is what was typed; nothing says whether it exists."""
    audit.record(
        db_session=db_session,
        actor=f"console:{client}"[:200],
        action="console.login_failed",
        subject_type="staff",
        subject_id=email.strip().lower()[:200] or "-",
        now=now,
    )


class Throttle:
    """Failed sign-ins per client address in a sliding window (per process)."""

    def __init__(self, limit: int = MAX_FAILURES, window: timedelta = FAILURE_WINDOW) -> None:
        self.limit, self.window = limit, window
        self._lock = threading.Lock()
        self._failures: dict[str, deque[datetime]] = {}

    def _recent(self, client: str, now: datetime) -> deque[datetime]:
        times = self._failures.setdefault(client, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def blocked(self, client: str, now: datetime) -> bool:
        with self._lock:
            return len(self._recent(client, now)) >= self.limit

    def fail(self, client: str, now: datetime) -> None:
        with self._lock:
            self._recent(client, now).append(now)
            if len(self._failures) > 10_000:  # bound memory under a spray of addresses
                self._failures.pop(next(iter(self._failures)))

    def clear(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)
