"""Everything the case and item pages show, gathered in a few queries.

The item text comes from the revision the decision was made on, so evidence offsets (on
the ORIGINAL title and body) land on the right characters. Signals are those stored with
the decision; a person's decision has none, so those of the screening decision it
replaced are shown, labelled as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.accounts.models import Account
from clearpost.accounts.schemas import AccountOut
from clearpost.accounts.views import account_out
from clearpost.appeals import service as appeals
from clearpost.appeals.models import Appeal
from clearpost.console import evidence
from clearpost.console.evidence import Piece, Span
from clearpost.console.service import excerpts, staff_emails
from clearpost.decisions.models import Decision, Signal
from clearpost.items.models import Item, ItemRevision
from clearpost.policy.engine import CompiledPolicy
from clearpost.reports import service as reports
from clearpost.reports.models import Report
from clearpost.review.models import ReviewCase
from clearpost.transparency.models import ExampleCase
from clearpost.waves import service as waves
from clearpost.waves.models import WaveItem
from clearpost.web.state import AppState

WAVE_SHOWN = 200


@dataclass
class ItemView:
    item: Item
    revision: ItemRevision | None
    decision: Decision | None  # the decision whose evidence is shown
    history: Sequence[Decision]
    signals: Sequence[Signal]
    signals_from: Decision | None
    title: list[Piece]
    body: list[Piece]
    other_evidence: list[Span]  # links and images
    unplaced: list[Span]
    open_case_id: str | None


@dataclass(frozen=True)
class WaveMember:
    item_id: str
    account_id: str
    action: str | None
    open_case_id: str | None
    excerpt: str


@dataclass
class WaveView:
    cluster_id: int
    members: list[WaveMember]
    total: int
    open_or_undecided: int


@dataclass
class CaseFile:
    case: ReviewCase
    item: ItemView | None
    account: AccountOut | None
    reports: Sequence[Report]
    appeal: Appeal | None
    original: Decision | None  # the decision appealed, for appeal cases
    wave: WaveView | None
    claimed_by: str | None
    decided_by: str | None
    outcome: Decision | None
    example: ExampleCase | None
    staff: dict[int, str] = field(default_factory=dict)


def labels(policy: CompiledPolicy) -> dict[str, str]:
    return {name: f"{c.title}, clause {c.clause}" for name, c in policy.categories.items()}


def _screening_for(db_session: Session, decision: Decision) -> Decision | None:
    """The latest screening decision on the same revision (where the signals are)."""
    query = (
        select(Decision)
        .where(Decision.item_id == decision.item_id, Decision.source == "screening")
        .order_by(Decision.number.desc())
        .limit(1)
    )
    if decision.revision_id is not None:
        query = query.where(Decision.revision_id == decision.revision_id)
    return db_session.execute(query).scalar_one_or_none()


def signals_of(db_session: Session, decision_id: str) -> Sequence[Signal]:
    query = select(Signal).where(Signal.decision_id == decision_id).order_by(Signal.score.desc())
    return db_session.execute(query).scalars().all()


def item_view(
    *, db_session: Session, item: Item, policy: CompiledPolicy, decision: Decision | None = None
) -> ItemView:
    """The item's text with evidence highlighted, its signals and its decision history."""
    history = (
        db_session.execute(
            select(Decision).where(Decision.item_id == item.id).order_by(Decision.number.desc())
        )
        .scalars()
        .all()
    )
    if decision is None:
        decision = next((d for d in history if d.id == item.current_decision_id), None)
    revision = None
    if decision is not None and decision.revision_id is not None:
        revision = db_session.get(ItemRevision, decision.revision_id)
    if revision is None:
        revision = db_session.execute(
            select(ItemRevision).where(
                ItemRevision.item_id == item.id, ItemRevision.number == item.revision
            )
        ).scalar_one_or_none()
    signals: Sequence[Signal] = []
    signals_from = decision
    if decision is not None:
        signals = signals_of(db_session, decision.id)
        if not signals and decision.source != "screening":
            signals_from = _screening_for(db_session, decision)
            signals = signals_of(db_session, signals_from.id) if signals_from else []
    names = labels(policy)
    spans: list[Span] = []
    for reason in decision.reasons if decision else []:
        spans += evidence.spans_from(reason.get("evidence") or [], reason.get("category"), names)
    for signal in signals:
        spans += evidence.spans_from(signal.evidence or [], signal.category, names)
    spans = evidence.dedupe(spans)
    title, unplaced_t = evidence.highlight(
        (revision.title or "") if revision else "", [s for s in spans if s.field == "title"]
    )
    body, unplaced_b = evidence.highlight(
        revision.body if revision else "", [s for s in spans if s.field == "body"]
    )
    open_case = db_session.execute(
        select(ReviewCase.id).where(ReviewCase.item_id == item.id, ReviewCase.status == "open")
    ).first()
    return ItemView(
        item=item,
        revision=revision,
        decision=decision,
        history=history,
        signals=signals,
        signals_from=signals_from,
        title=title,
        body=body,
        other_evidence=[s for s in spans if s.field not in ("title", "body")],
        unplaced=unplaced_t + unplaced_b,
        open_case_id=open_case.id if open_case else None,
    )


def wave_cluster(*, db_session: Session, case: ReviewCase) -> int | None:
    """The spam-wave cluster of a spam-wave case (through its item's fingerprint row)."""
    if case.queue != "spam_wave" or case.item_id is None:
        return None
    found = db_session.execute(
        select(WaveItem.cluster_id).where(WaveItem.item_id == case.item_id)
    ).scalar_one_or_none()
    if found is None:
        return None
    cluster = waves.get(db_session=db_session, cluster_id=found)
    return cluster.id if cluster else None


def wave_view(*, db_session: Session, cluster_id: int) -> WaveView:
    ids = waves.members(db_session=db_session, cluster_id=cluster_id)
    shown = ids[:WAVE_SHOWN]
    items = {i.id: i for i in db_session.execute(select(Item).where(Item.id.in_(shown))).scalars()}
    actions: dict[str, str] = {
        row.id: row.action
        for row in db_session.execute(
            select(Decision.id, Decision.action).where(
                Decision.id.in_([i.current_decision_id for i in items.values()])
            )
        )
    }
    cases: dict[str | None, str] = {
        row.item_id: row.id
        for row in db_session.execute(
            select(ReviewCase.item_id, ReviewCase.id).where(
                ReviewCase.item_id.in_(shown),
                ReviewCase.status == "open",
                ReviewCase.kind == "item",
            )
        )
    }
    texts = excerpts(db_session=db_session, item_ids=shown)
    members = [
        WaveMember(
            item_id=i,
            account_id=items[i].account_id if i in items else "",
            action=actions.get(items[i].current_decision_id or "") if i in items else None,
            open_case_id=cases.get(i),
            excerpt=texts.get(i, ""),
        )
        for i in shown
    ]
    return WaveView(
        cluster_id=cluster_id,
        members=members,
        total=len(ids),
        open_or_undecided=sum(1 for m in members if m.open_case_id),
    )


def case_file(*, db_session: Session, case: ReviewCase, state: AppState, now: datetime) -> CaseFile:
    policy = state.policy.current
    appeal = original = None
    if case.kind == "appeal":
        appeal = appeals.get(db_session=db_session, appeal_id=case.appeal_id or "")
        original = db_session.get(Decision, case.decision_id or "")
    item = db_session.get(Item, case.item_id) if case.item_id else None
    view = None
    if item is not None:
        view = item_view(db_session=db_session, item=item, policy=policy, decision=original)
    account = db_session.get(Account, case.account_id)
    cluster = wave_cluster(db_session=db_session, case=case)
    outcome = db_session.get(Decision, case.outcome_decision_id or "")
    example = None
    if outcome is not None:
        example = db_session.execute(
            select(ExampleCase).where(ExampleCase.decision_id == outcome.id)
        ).scalar_one_or_none()
    emails = staff_emails(db_session=db_session, ids=[case.claimed_by, case.decided_by])
    held = case.claim_expires_at is not None and case.claim_expires_at > now
    return CaseFile(
        case=case,
        item=view,
        account=account_out(db_session, account, state, now) if account else None,
        reports=reports.for_case(db_session=db_session, case_id=case.id),
        appeal=appeal,
        original=original,
        wave=wave_view(db_session=db_session, cluster_id=cluster) if cluster else None,
        claimed_by=emails.get(case.claimed_by or 0) if held else None,
        decided_by=emails.get(case.decided_by or 0),
        outcome=outcome,
        example=example,
        staff=emails,
    )


def signal_details(signal: Signal) -> str:
    """A short text of a signal's details (cluster size, similar items, hash list…)."""
    parts: list[str] = []
    details: dict[str, Any] = signal.details or {}
    for key, value in sorted(details.items()):
        if isinstance(value, float):
            value = f"{value:.3f}"
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value[:5]) + (" …" if len(value) > 5 else "")
        parts.append(f"{key}: {value}")
    return "; ".join(parts)[:300]
