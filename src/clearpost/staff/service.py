"""Staff identities, roles and tokens."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.staff.models import Staff

ROLES = ("reviewer", "senior", "admin", "auditor")
TOKEN_PREFIX = "cps_"
# What each role may do. Seniors also decide appeals and mark example cases.
PERMISSIONS: dict[str, frozenset[str]] = {
    "reviewer": frozenset({"review"}),
    "senior": frozenset({"review", "appeals", "examples", "accounts"}),
    "admin": frozenset({"review", "appeals", "examples", "accounts", "admin", "audit", "policy"}),
    "auditor": frozenset({"audit"}),
}


class StaffRequestError(ValueError):
    pass


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def can(staff: Staff, permission: str) -> bool:
    return permission in PERMISSIONS.get(staff.role, frozenset())


def label(staff: Staff) -> str:
    """How staff appear in the audit log and on decisions."""
    return f"staff:{staff.email}"


def create(*, db_session: Session, email: str, role: str, now: datetime) -> tuple[Staff, str]:
    """Create a staff member; returns the row and the token (shown once, stored hashed)."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 200:
        raise StaffRequestError(f"not an email address: {email!r}")
    if role not in ROLES:
        raise StaffRequestError(f"unknown role {role!r} (roles: {', '.join(ROLES)})")
    if get_by_email(db_session=db_session, email=email) is not None:
        raise StaffRequestError(f"{email} already exists")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    staff = Staff(email=email, role=role, token_hash=_hash(token), active=True, created_at=now)
    db_session.add(staff)
    db_session.flush()
    return staff, token


def get(*, db_session: Session, staff_id: int) -> Staff | None:
    return db_session.get(Staff, staff_id)


def get_by_email(*, db_session: Session, email: str) -> Staff | None:
    query = select(Staff).where(Staff.email == email.strip().lower())
    return db_session.execute(query).scalar_one_or_none()


def authenticate(*, db_session: Session, token: str) -> Staff | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    staff = db_session.execute(
        select(Staff).where(Staff.token_hash == _hash(token))
    ).scalar_one_or_none()
    return staff if staff is not None and staff.active else None


def list_staff(*, db_session: Session) -> Sequence[Staff]:
    return db_session.execute(select(Staff).order_by(Staff.id)).scalars().all()
