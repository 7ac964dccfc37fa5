"""Append events to the audit log and verify its hash chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clearpost.audit.models import GENESIS, AuditEvent, AuditHead

_HEAD_KEY = "clearpost.audit_head"
_PENDING_KEY = "clearpost.audit_pending"


def _digest(prev_hash: str, event: AuditEvent) -> str:
    payload = {
        "prev": prev_hash,
        "at": event.created_at.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "subject": [event.subject_type, event.subject_id],
        "before": event.before,
        "after": event.after,
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _head(db_session: Session) -> str:
    """Lock the head row (first write of this transaction) and return the current hash."""
    transaction = db_session.get_transaction()
    cached = db_session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is transaction:
        return str(cached[1])
    # An UPDATE takes the write lock on SQLite and the row lock on PostgreSQL, so two
    # writers can never read the same head.
    db_session.execute(update(AuditHead).where(AuditHead.id == 1).values(count=AuditHead.count))
    found = db_session.execute(select(AuditHead.hash).where(AuditHead.id == 1)).scalar_one()
    return str(found)


def record(
    *,
    db_session: Session,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event, chained to the previous one. Flushes; never commits."""
    prev = _head(db_session)
    event = AuditEvent(
        created_at=now,
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        before=before,
        after=after,
        prev_hash=prev,
    )
    event.hash = _digest(prev, event)
    db_session.add(event)
    transaction = db_session.get_transaction()
    pending = db_session.info.get(_PENDING_KEY)
    added = pending[1] + 1 if pending is not None and pending[0] is transaction else 1
    db_session.info[_HEAD_KEY] = (transaction, event.hash)
    db_session.info[_PENDING_KEY] = (transaction, added)
    return event


@sa_event.listens_for(Session, "before_commit")
def _write_head(db_session: Session) -> None:
    """Move the stored head once per transaction, not once per event."""
    pending = db_session.info.pop(_PENDING_KEY, None)
    head = db_session.info.get(_HEAD_KEY)
    transaction = db_session.get_transaction()
    if pending is None or head is None or pending[0] is not transaction:
        return
    db_session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(hash=head[1], count=AuditHead.count + pending[1])
    )


def list_for_subject(
    *, db_session: Session, subject_type: str, subject_id: str
) -> Sequence[AuditEvent]:
    query = (
        select(AuditEvent)
        .where(AuditEvent.subject_type == subject_type, AuditEvent.subject_id == subject_id)
        .order_by(AuditEvent.id)
    )
    return db_session.execute(query).scalars().all()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""


def verify_chain(*, db_session: Session, batch: int = 5000) -> ChainCheck:
    """Recompute every hash in order; report the first event that does not chain."""
    prev, checked, last_id = GENESIS, 0, 0
    while True:
        rows = (
            db_session.execute(
                select(AuditEvent)
                .where(AuditEvent.id > last_id)
                .order_by(AuditEvent.id)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            break
        for event in rows:
            if event.prev_hash != prev:
                return ChainCheck(False, checked, event.id, "prev_hash does not match")
            if _digest(prev, event) != event.hash:
                return ChainCheck(False, checked, event.id, "hash does not match content")
            prev, checked, last_id = event.hash, checked + 1, event.id
    head = db_session.execute(select(AuditHead.hash).where(AuditHead.id == 1)).scalar_one()
    cached = db_session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is db_session.get_transaction():
        head = cached[1]  # written at commit (see _write_head)
    if head != prev:
        return ChainCheck(False, checked, None, "head does not match the last event")
    return ChainCheck(True, checked)
