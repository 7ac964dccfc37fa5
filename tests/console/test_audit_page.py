"""The audit log page: newest first, keyset pages, filters and the chain check."""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from clearpost.audit import service as audit
from clearpost.clock import FrozenClock
from tests.console.conftest import Staffer


def test_audit_log_pages_and_filters(
    staffer: Callable[[str], Staffer], db_session: Session, clock: FrozenClock
) -> None:
    auditor = staffer("auditor")
    for n in range(60):
        audit.record(
            db_session=db_session,
            actor="system",
            action="test.event",
            subject_type="item",
            subject_id=f"item-{n}",
            now=clock.now(),
        )
    db_session.commit()
    first = auditor.client.get("/console/audit")
    assert first.status_code == 200 and "test.event" in first.text
    ids = [int(n) for n in re.findall(r'<tr><td class="n">(\d+)</td>', first.text)]
    assert len(ids) == 50 and ids == sorted(ids, reverse=True)
    older = re.search(r'href="/console/audit\?before=(\d+)"', first.text)
    assert older is not None and int(older.group(1)) == ids[-1]
    second = auditor.client.get(f"/console/audit?before={older.group(1)}")
    more = [int(n) for n in re.findall(r'<tr><td class="n">(\d+)</td>', second.text)]
    assert more and max(more) < min(ids)
    filtered = auditor.client.get(f"/console/audit?actor=staff:{auditor.email}")
    assert filtered.text.count("console.login") == 1 and "test.event" not in filtered.text
    subject = auditor.client.get("/console/audit?subject=item:item-7")
    assert subject.text.count("<tr><td") == 1


def test_chain_verification_is_shown(staffer: Callable[[str], Staffer]) -> None:
    admin = staffer("admin")
    page = admin.client.get("/console/audit")
    assert 'hx-get="/console/audit/verify"' in page.text
    check = admin.client.get("/console/audit/verify", headers={"HX-Request": "true"})
    assert "Chain intact" in check.text and "<html" not in check.text
    full = admin.client.get("/console/audit/verify")
    assert "<h1>Audit chain verification</h1>" in full.text


def test_a_broken_chain_is_reported(staffer: Callable[[str], Staffer], db_session: Session) -> None:
    admin = staffer("admin")
    if db_session.get_bind().dialect.name == "postgresql":
        db_session.execute(
            text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
        )
    else:
        db_session.execute(text("DROP TRIGGER audit_events_no_update"))
    first = "SELECT MIN(id) FROM audit_events"
    db_session.execute(text(f"UPDATE audit_events SET actor = 'forged' WHERE id = ({first})"))
    db_session.commit()
    check = admin.client.get("/console/audit/verify?fresh=1", headers={"HX-Request": "true"})
    assert "Chain broken" in check.text and "hash does not match content" in check.text
