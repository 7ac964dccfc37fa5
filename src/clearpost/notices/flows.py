"""Tell people: a notice to the account holder or reporter, and the matching webhook event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from clearpost.notices import service as notices
from clearpost.webhooks import service as webhooks


def tell(
    *,
    db_session: Session,
    recipient_type: str,
    recipient_id: str,
    kind: str,
    subject_id: str,
    body: dict[str, Any],
    now: datetime,
    event: str | None = None,
    event_data: dict[str, Any] | None = None,
) -> None:
    """A notice with `body`; and, when `event` is given, that event for the host with
    `body` plus `event_data` (e.g. the ids the recipient does not need to see)."""
    notices.create(
        db_session=db_session,
        recipient_type=recipient_type,
        recipient_id=recipient_id,
        kind=kind,
        subject_id=subject_id,
        body=body,
        now=now,
    )
    if event is not None:
        webhooks.emit(
            db_session=db_session, event=event, data={**body, **(event_data or {})}, now=now
        )
