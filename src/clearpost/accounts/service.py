"""Account operations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from clearpost.accounts.models import Account


def get(*, db_session: Session, account_id: str) -> Account | None:
    return db_session.get(Account, account_id)


def get_or_create(
    *, db_session: Session, account_id: str, tier: str, now: datetime
) -> tuple[Account, bool]:
    """The account, created with `tier` when Clearpost sees it for the first time."""
    account = db_session.get(Account, account_id)
    if account is not None:
        return account, False
    account = Account(id=account_id, tier=tier, standing="good", created_at=now, updated_at=now)
    db_session.add(account)
    db_session.flush()
    return account, True
