"""Console-only reads: queue rows with excerpts, appeals, account search, the audit log.

Nothing here decides or changes anything; deciding goes through review.flows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from clearpost.accounts.models import Account
from clearpost.appeals.models import Appeal
from clearpost.audit.models import AuditEvent, AuditHead
from clearpost.decisions.models import Decision
from clearpost.items.models import Item, ItemRevision
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.review.priority import overdue
from clearpost.staff.models import Staff

EXCERPT_CHARS = 140


@dataclass(frozen=True)
class QueueFilters:
    queue: str | None = None
    category: str | None = None
    lang: str | None = None
    overdue: bool = False


@dataclass(frozen=True)
class QueueRow:
    case: ReviewCase
    priority: float
    overdue: bool
    claimed_by: str | None  # email, while the claim holds
    claimed_by_you: bool
    excerpt: str


def excerpt(title: str | None, body: str | None, limit: int = EXCERPT_CHARS) -> str:
    text = " — ".join(part for part in (title, body) if part)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def staff_emails(*, db_session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = db_session.execute(select(Staff.id, Staff.email).where(Staff.id.in_(wanted)))
    return {row.id: row.email for row in rows}


def excerpts(*, db_session: Session, item_ids: Iterable[str | None]) -> dict[str, str]:
    """The current revision's title and body, shortened, per item."""
    wanted = {i for i in item_ids if i}
    if not wanted:
        return {}
    rows = db_session.execute(
        select(Item.id, ItemRevision.title, ItemRevision.body)
        .join(
            ItemRevision,
            and_(ItemRevision.item_id == Item.id, ItemRevision.number == Item.revision),
        )
        .where(Item.id.in_(wanted))
    )
    return {row.id: excerpt(row.title, row.body) for row in rows}


def queue(
    *, db_session: Session, now: datetime, staff: Staff, filters: QueueFilters, limit: int = 50
) -> list[QueueRow]:
    """Open cases by priority (review.service.list_queue), with what the table shows."""
    ranked = review.list_queue(
        db_session=db_session,
        now=now,
        queue=filters.queue,
        category=filters.category,
        lang=filters.lang,
        only_overdue=filters.overdue,
        limit=limit,
    )
    return rows_for(db_session=db_session, now=now, staff=staff, ranked=ranked)


def rows_for(
    *,
    db_session: Session,
    now: datetime,
    staff: Staff,
    ranked: Sequence[tuple[ReviewCase, float]],
) -> list[QueueRow]:
    holders = {c.claimed_by for c, _ in ranked if c.claim_expires_at and c.claim_expires_at > now}
    emails = staff_emails(db_session=db_session, ids=holders)
    texts = excerpts(db_session=db_session, item_ids=[c.item_id for c, _ in ranked])
    out = []
    for case, score in ranked:
        held = case.claim_expires_at is not None and case.claim_expires_at > now
        out.append(
            QueueRow(
                case=case,
                priority=score,
                overdue=overdue(case, now),
                claimed_by=emails.get(case.claimed_by or 0) if held else None,
                claimed_by_you=held and case.claimed_by == staff.id,
                excerpt=texts.get(case.item_id or "", f"account {case.account_id}"),
            )
        )
    return out


def queue_choices(*, db_session: Session) -> dict[str, list[str]]:
    """Values for the queue filters: the queues and languages that open cases have."""
    rows = db_session.execute(
        select(ReviewCase.queue, ReviewCase.lang)
        .where(ReviewCase.status == "open")
        .group_by(ReviewCase.queue, ReviewCase.lang)
    ).all()
    queues = {"automated", "reports", "appeals", "spam_wave"} | {r.queue for r in rows}
    langs = {r.lang for r in rows if r.lang}
    return {"queues": sorted(queues), "langs": sorted(langs)}


@dataclass(frozen=True)
class AppealRow:
    appeal: Appeal
    case: ReviewCase
    decision: Decision


def appeals(*, db_session: Session, status: str = "open", limit: int = 100) -> list[AppealRow]:
    """Appeals with their case and the decision appealed, oldest open first."""
    query = (
        select(Appeal, ReviewCase, Decision)
        .join(ReviewCase, ReviewCase.id == Appeal.case_id)
        .join(Decision, Decision.id == Appeal.decision_id)
    )
    if status == "open":
        query = query.where(Appeal.status == "open").order_by(Appeal.created_at, Appeal.id)
    else:
        query = query.where(Appeal.status != "open").order_by(Appeal.decided_at.desc(), Appeal.id)
    rows = db_session.execute(query.limit(limit))
    return [AppealRow(appeal=a, case=c, decision=d) for a, c, d in rows]


def search_accounts(*, db_session: Session, text: str, limit: int = 50) -> Sequence[Account]:
    """Accounts whose id starts with `text` or whose display name contains it."""
    text = text.strip()
    if not text:
        query = select(Account).order_by(Account.updated_at.desc(), Account.id)
    else:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = (
            select(Account)
            .where(
                or_(
                    Account.id == text,
                    Account.id.like(f"{escaped}%", escape="\\"),
                    func.lower(Account.display_name).like(f"%{escaped.lower()}%", escape="\\"),
                )
            )
            .order_by(Account.id)
        )
    return db_session.execute(query.limit(limit)).scalars().all()


@dataclass(frozen=True)
class AuditFilters:
    actor: str = ""
    action: str = ""
    subject: str = ""  # "type:id" or an id


@dataclass(frozen=True)
class AuditPage:
    events: Sequence[AuditEvent]
    next_before: int | None  # id to pass as `before` for the next (older) page
    total: int


def audit_page(
    *, db_session: Session, before: int | None, filters: AuditFilters, per_page: int = 50
) -> AuditPage:
    """Newest first, keyset-paginated by id (pages stay fast however long the log is)."""
    query = select(AuditEvent)
    if filters.actor:
        query = query.where(AuditEvent.actor == filters.actor)
    if filters.action:
        query = query.where(AuditEvent.action == filters.action)
    if filters.subject:
        kind, sep, ident = filters.subject.partition(":")
        if sep:
            query = query.where(AuditEvent.subject_type == kind, AuditEvent.subject_id == ident)
        else:
            query = query.where(AuditEvent.subject_id == filters.subject)
    if before is not None:
        query = query.where(AuditEvent.id < before)
    rows = (
        db_session.execute(query.order_by(AuditEvent.id.desc()).limit(per_page + 1)).scalars().all()
    )
    total = db_session.execute(select(AuditHead.count).where(AuditHead.id == 1)).scalar()
    more = len(rows) > per_page
    rows = rows[:per_page]
    return AuditPage(events=rows, next_before=rows[-1].id if more else None, total=int(total or 0))
