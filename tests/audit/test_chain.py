"""The audit log is append-only and hash-chained on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from clearpost.audit import service as audit
from clearpost.clock import FrozenClock


def _events(db_session: Session, clock: FrozenClock, n: int) -> None:
    for i in range(n):
        audit.record(
            db_session=db_session,
            actor="test",
            action="thing.done",
            subject_type="item",
            subject_id=f"i{i}",
            now=clock.now(),
            after={"n": i, "text": "naïve 中文"},
        )
    db_session.flush()


def test_chain_verifies(db_session: Session, clock: FrozenClock) -> None:
    _events(db_session, clock, 5)
    check = audit.verify_chain(db_session=db_session)
    assert check.ok and check.checked >= 5


def test_updates_and_deletes_are_refused(db_session: Session, clock: FrozenClock) -> None:
    _events(db_session, clock, 1)
    with pytest.raises(DatabaseError, match="append-only"), db_session.begin_nested():
        db_session.execute(text("UPDATE audit_events SET actor = 'mallory'"))
    with pytest.raises(DatabaseError, match="append-only"), db_session.begin_nested():
        db_session.execute(text("DELETE FROM audit_events"))


def test_tampering_is_detected(db_session: Session, clock: FrozenClock) -> None:
    _events(db_session, clock, 3)
    # An attacker with DDL rights drops the guard and edits a row: the chain shows it.
    if db_session.get_bind().dialect.name == "sqlite":
        db_session.execute(text("DROP TRIGGER audit_events_no_update"))
    else:
        db_session.execute(
            text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
        )
    target = db_session.execute(text("SELECT max(id) - 1 FROM audit_events")).scalar_one()
    db_session.execute(
        text("UPDATE audit_events SET actor = 'mallory' WHERE id = :id"), {"id": target}
    )
    db_session.expire_all()
    check = audit.verify_chain(db_session=db_session)
    assert not check.ok
    assert check.first_bad_id == target
