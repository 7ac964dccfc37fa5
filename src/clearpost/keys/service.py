"""Create, check and revoke API keys. Keys are shown once and stored as SHA-256."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.keys.models import ApiKey

SCOPES = (
    "items:write",
    "items:read",
    "accounts:read",
    "accounts:write",
    "reports:write",
    "reports:read",
    "appeals:write",
    "appeals:read",
    "webhooks:write",
)
KEY_PREFIX = "cpk_"


class KeyRequestError(ValueError):
    """A key request that cannot be carried out (bad scope, duplicate name)."""


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_scopes(text: str) -> list[str]:
    scopes = sorted({s.strip() for s in text.split(",") if s.strip()})
    if not scopes:
        raise KeyRequestError("at least one scope is needed")
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise KeyRequestError(f"unknown scope {unknown[0]!r} (known: {', '.join(SCOPES)})")
    return scopes


def create(
    *, db_session: Session, name: str, scopes: list[str], now: datetime
) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the plaintext key (never stored)."""
    if not name.strip() or len(name) > 100:
        raise KeyRequestError("name must be 1 to 100 characters")
    if get_by_name(db_session=db_session, name=name) is not None:
        raise KeyRequestError(f"a key named {name!r} already exists")
    plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(
        name=name,
        prefix=plaintext[:12],
        key_hash=_hash(plaintext),
        scopes=scopes,
        created_at=now,
    )
    db_session.add(row)
    db_session.flush()
    return row, plaintext


def get_by_name(*, db_session: Session, name: str) -> ApiKey | None:
    return db_session.execute(select(ApiKey).where(ApiKey.name == name)).scalar_one_or_none()


def authenticate(*, db_session: Session, key: str) -> ApiKey | None:
    """The active key matching `key`, or None."""
    if not key.startswith(KEY_PREFIX):
        return None
    row = db_session.execute(
        select(ApiKey).where(ApiKey.key_hash == _hash(key))
    ).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    return row


def list_keys(*, db_session: Session) -> Sequence[ApiKey]:
    return db_session.execute(select(ApiKey).order_by(ApiKey.id)).scalars().all()


def revoke(*, db_session: Session, name: str, now: datetime) -> ApiKey:
    row = get_by_name(db_session=db_session, name=name)
    if row is None:
        raise KeyRequestError(f"no key named {name!r}")
    row.revoked_at = now
    db_session.flush()
    return row
