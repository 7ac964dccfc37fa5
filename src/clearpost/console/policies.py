"""Policy versions: the history of policies the servers ran, and activation from the console.

The newest `policy_versions` row is the active policy. Activating a draft validates and
compiles it first (a broken draft changes nothing), stores its YAML as the newest row and
audits it; every process then swaps it in (console/policy_sync.py), this one right after
the transaction commits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from clearpost.audit import service as audit
from clearpost.console.models import PolicyVersion
from clearpost.policy.engine import CompiledPolicy
from clearpost.policy.loader import parse_policy
from clearpost.staff import service as staff_service
from clearpost.staff.models import Staff

MAX_POLICY_CHARS = 1_000_000


class ActivationError(ValueError):
    """A valid draft that may not become active (the message says why)."""


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def compile_text(text: str, name: str = "draft") -> CompiledPolicy:
    """Validate and compile policy YAML; raises PolicyError naming the line."""
    return CompiledPolicy(parse_policy(text, name), source=name)


def newest(*, db_session: Session) -> PolicyVersion | None:
    query = select(PolicyVersion).order_by(PolicyVersion.id.desc()).limit(1)
    return db_session.execute(query).scalar_one_or_none()


def newest_from_file(*, db_session: Session) -> PolicyVersion | None:
    query = (
        select(PolicyVersion)
        .options(load_only(PolicyVersion.id, PolicyVersion.sha256))
        .where(PolicyVersion.source == "file")
        .order_by(PolicyVersion.id.desc())
        .limit(1)
    )
    return db_session.execute(query).scalar_one_or_none()


def get(*, db_session: Session, version_id: int) -> PolicyVersion | None:
    return db_session.get(PolicyVersion, version_id)


def history(*, db_session: Session, limit: int = 100) -> Sequence[PolicyVersion]:
    """Newest first, without the YAML text."""
    query = (
        select(PolicyVersion)
        .options(
            load_only(
                PolicyVersion.id,
                PolicyVersion.version,
                PolicyVersion.sha256,
                PolicyVersion.loaded_at,
                PolicyVersion.loaded_by,
                PolicyVersion.source,
            )
        )
        .order_by(PolicyVersion.id.desc())
        .limit(limit)
    )
    return db_session.execute(query).scalars().all()


def create(
    *, db_session: Session, text: str, version: str, loaded_by: str, source: str, now: datetime
) -> PolicyVersion:
    row = PolicyVersion(
        version=version[:64],
        sha256=digest(text),
        loaded_at=now,
        loaded_by=loaded_by[:200],
        source=source,
        yaml=text,
    )
    db_session.add(row)
    db_session.flush()
    return row


def activate(
    *, db_session: Session, text: str, running: CompiledPolicy, staff: Staff, now: datetime
) -> PolicyVersion:
    """Store a draft as the active policy (audited). Raises PolicyError for a broken draft
    and ActivationError for one that may not replace `running`; nothing changes then."""
    if not staff_service.can(staff, "policy"):
        raise ActivationError(f"the {staff.role} role cannot activate a policy")
    if len(text) > MAX_POLICY_CHARS:
        raise ActivationError(f"the policy is over {MAX_POLICY_CHARS:,} characters")
    draft = compile_text(text)
    sha = digest(text)
    clash = db_session.execute(
        select(PolicyVersion.sha256).where(
            PolicyVersion.version == draft.version, PolicyVersion.sha256 != sha
        )
    ).first()
    if clash is not None or (draft.version == running.version and _running_sha(db_session) != sha):
        raise ActivationError(
            f"version {draft.version!r} was already used for different rules; decisions cite "
            "the version, so give the draft a new one"
        )
    current = newest(db_session=db_session)
    if current is not None and current.sha256 == sha:
        raise ActivationError("this policy is already the active one")
    row = create(
        db_session=db_session,
        text=text,
        version=draft.version,
        loaded_by=staff_service.label(staff),
        source="console",
        now=now,
    )
    audit.record(
        db_session=db_session,
        actor=staff_service.label(staff),
        action="policy.activated",
        subject_type="policy",
        subject_id=draft.version,
        before={"version": running.version, "sha256": current.sha256 if current else None},
        after={"version": draft.version, "sha256": sha, "policy_version_id": row.id},
        now=now,
    )
    return row


def _running_sha(db_session: Session) -> str | None:
    current = newest(db_session=db_session)
    return current.sha256 if current else None
