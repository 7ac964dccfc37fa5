"""Deciding a case: item cases, account cases and appeals, with all that follows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from clearpost.accounts.models import Account, Sanction
from clearpost.appeals import service as appeals
from clearpost.decisions import schemas as decision_schemas
from clearpost.decisions import service as decisions
from clearpost.decisions.models import Decision
from clearpost.enforcement import effects as fx
from clearpost.enforcement.apply import apply, recompute_standing
from clearpost.items.models import Item
from clearpost.notices import service as notices
from clearpost.notices.flows import tell
from clearpost.policy.engine import CompiledPolicy
from clearpost.policy.schema import PENALTIES
from clearpost.reports import service as reports
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.review.service import CaseError
from clearpost.staff import service as staff_service
from clearpost.staff.models import Staff
from clearpost.webhooks import service as webhooks

ITEM_ACTIONS = ("allow", "label", "limit", "remove")
ACCOUNT_ACTIONS = ("allow", "warned", "limited", "suspended", "closed")
APPEAL_ACTIONS = ("uphold", "overturn")


@dataclass(frozen=True)
class Verdict:
    action: str
    category: str | None
    note: str | None
    days: int | None = None  # suspension length for account cases


def original_decider(db_session: Session, case: ReviewCase) -> str | None:
    if case.kind != "appeal" or case.decision_id is None:
        return None
    decision = db_session.get(Decision, case.decision_id)
    return decision.decided_by if decision else None


def decide(
    *,
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    verdict: Verdict,
    policy: CompiledPolicy,
    now: datetime,
) -> Decision | None:
    """Decide a claimed case. Raises CaseError (nothing changed) when it may not."""
    review.check_may_decide(
        case=case, staff=staff, original_decider=original_decider(db_session, case)
    )
    review.check_claim(case=case, staff=staff, now=now)
    if case.kind == "appeal":
        return _decide_appeal(db_session, case, staff, verdict, policy, now)
    if case.kind == "account":
        return _decide_account(db_session, case, staff, verdict, policy, now)
    return _decide_item(db_session, case, staff, verdict, policy, now)


def _category(verdict: Verdict, case: ReviewCase, policy: CompiledPolicy) -> str | None:
    if verdict.action == "allow":
        return None
    category = verdict.category or case.category
    if category not in policy.categories:
        raise CaseError(422, f"category: unknown category {category!r}")
    if policy.categories[category].support and verdict.action in PENALTIES:
        raise CaseError(422, f"category: {category} is never penalised; use label or allow")
    return category


def _reasons(
    case: ReviewCase,
    category: str | None,
    action: str,
    note: str | None,
    previous: Decision | None,
    policy: CompiledPolicy,
) -> list[dict[str, Any]]:
    if category is None:
        return []
    evidence = []
    if previous is not None:
        evidence = [
            e
            for r in previous.reasons
            if r.get("category") == category
            for e in r.get("evidence", [])
        ]
    reason: dict[str, Any] = {
        "category": category,
        "clause": policy.categories[category].clause,
        "action": action,
        "score": None,
        "detector": None,
        "evidence": evidence,
        "note": note,
    }
    return [reason]


def _decide_item(
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    verdict: Verdict,
    policy: CompiledPolicy,
    now: datetime,
) -> Decision:
    if verdict.action not in ITEM_ACTIONS:
        raise CaseError(422, f"action: must be one of {', '.join(ITEM_ACTIONS)}")
    category = _category(verdict, case, policy)
    item = db_session.get(Item, case.item_id)
    assert item is not None
    previous = decisions.get(db_session=db_session, decision_id=item.current_decision_id)
    decision = decisions.create_human(
        db_session=db_session,
        item=item,
        previous=previous,
        action=verdict.action,
        category=category,
        reasons=_reasons(case, category, verdict.action, verdict.note, previous, policy),
        source="review",
        decided_by=staff_service.label(staff),
        automated_detection=case.automated_detection,
        note=verdict.note,
        policy_version=policy.version,
        now=now,
    )
    apply(
        db_session=db_session,
        effects=fx.plan(decision, previous, policy),
        policy=policy,
        now=now,
        actor=staff_service.label(staff),
    )
    _finish(db_session, case, staff, decision, policy, now)
    return decision


def _decide_account(
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    verdict: Verdict,
    policy: CompiledPolicy,
    now: datetime,
) -> Decision | None:
    if verdict.action not in ACCOUNT_ACTIONS:
        raise CaseError(422, f"action: must be one of {', '.join(ACCOUNT_ACTIONS)}")
    category = _category(verdict, case, policy)
    decision = None
    if verdict.action != "allow":
        decision = sanction(
            db_session=db_session,
            account_id=case.account_id,
            standing=verdict.action,
            reason=verdict.note or "",
            category=category,
            days=verdict.days,
            staff=staff,
            policy=policy,
            now=now,
        )
    _finish(db_session, case, staff, decision, policy, now)
    return decision


def sanction(
    *,
    db_session: Session,
    account_id: str,
    standing: str,
    reason: str,
    category: str | None,
    days: int | None,
    staff: Staff,
    policy: CompiledPolicy,
    now: datetime,
) -> Decision:
    """A manual account sanction with its own decision, notice, event and right of appeal."""
    if standing == "suspended" and not days:
        raise CaseError(422, "days: a suspension needs a number of days")
    actor = staff_service.label(staff)
    decision = decisions.create_account_decision(
        db_session=db_session,
        account_id=account_id,
        action=standing,
        category=category,
        reasons=[
            {
                "category": category or "account",
                "action": standing,
                "clause": policy.categories[category].clause if category else "account",
                "detector": None,
                "evidence": [],
                "note": reason,
            }
        ],
        policy_version=policy.version,
        automated=False,
        decided_by=actor,
        note=reason,
        actor=actor,
        now=now,
    )
    db_session.add(
        Sanction(
            account_id=account_id,
            standing=standing,
            source="manual",
            reason=reason or standing,
            decision_id=decision.id,
            created_by=actor,
            starts_at=now,
            ends_at=now + timedelta(days=days) if days else None,
        )
    )
    db_session.flush()
    account = db_session.get(Account, account_id)
    if account is not None:
        account.standing, account.updated_at = standing, now
    tell(
        db_session=db_session,
        recipient_type="account",
        recipient_id=account_id,
        kind=f"account.{standing}",
        subject_id=decision.id,
        body=notices.statement(decision, policy),
        now=now,
        event="account.sanctioned",
        event_data={
            "account_id": account_id,
            "standing": standing,
            "ends_at": (now + timedelta(days=days)).isoformat() if days else None,
        },
    )
    return decision


def _finish(
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    decision: Decision | None,
    policy: CompiledPolicy,
    now: datetime,
) -> None:
    action = decision.action if decision else "allow"
    upheld = action != "allow"
    for report in reports.resolve_case_reports(
        db_session=db_session, case_id=case.id, upheld=upheld, action=action, now=now
    ):
        outcome = {
            "report_id": report.id,
            "outcome": report.outcome,
            "action": action,
            "category": report.category,
            "item_id": report.item_id,
            "resolved_at": now.isoformat(),
        }
        tell(
            db_session=db_session,
            recipient_type="reporter",
            recipient_id=report.reporter_id,
            kind="report.resolved",
            subject_id=report.id,
            body=outcome,
            now=now,
            event="report.resolved",
            event_data={"reporter_id": report.reporter_id},
        )
    review.close(
        db_session=db_session,
        case=case,
        staff=staff,
        outcome=action,
        decision_id=decision.id if decision else None,
        now=now,
    )


def _decide_appeal(
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    verdict: Verdict,
    policy: CompiledPolicy,
    now: datetime,
) -> Decision | None:
    if verdict.action not in APPEAL_ACTIONS:
        raise CaseError(422, f"action: an appeal is decided with {' or '.join(APPEAL_ACTIONS)}")
    appeal = appeals.get(db_session=db_session, appeal_id=case.appeal_id or "")
    original = db_session.get(Decision, case.decision_id or "")
    assert appeal is not None and original is not None
    actor = staff_service.label(staff)
    reversal = None
    if verdict.action == "overturn":
        reversal = _overturn(db_session, original, staff, verdict, policy, now)
    appeal.status = "overturned" if reversal else "upheld"
    appeal.decided_at, appeal.decided_by = now, actor
    appeal.reversal_decision_id = reversal.id if reversal else None
    body = {
        "appeal_id": appeal.id,
        "decision_id": original.id,
        "outcome": appeal.status,
        "note": verdict.note,
        "reversal_decision_id": appeal.reversal_decision_id,
        "decided_at": now.isoformat(),
        "decided_by_other_than_original": True,
    }
    tell(
        db_session=db_session,
        recipient_type="account",
        recipient_id=appeal.account_id,
        kind="appeal.resolved",
        subject_id=appeal.id,
        body=body,
        now=now,
        event="appeal.resolved",
        event_data={"account_id": appeal.account_id},
    )
    review.close(
        db_session=db_session,
        case=case,
        staff=staff,
        outcome=appeal.status,
        decision_id=reversal.id if reversal else None,
        now=now,
    )
    return reversal


def _overturn(
    db_session: Session,
    original: Decision,
    staff: Staff,
    verdict: Verdict,
    policy: CompiledPolicy,
    now: datetime,
) -> Decision:
    actor = staff_service.label(staff)
    if original.subject_type == "account":
        for row in db_session.query(Sanction).filter(Sanction.decision_id == original.id):
            row.lifted_at, row.lifted_reason = now, "appeal overturned"
        db_session.flush()
        recompute_standing(
            db_session=db_session,
            account_id=original.account_id,
            policy=policy,
            now=now,
            actor=actor,
        )
        reversal = decisions.create_account_decision(
            db_session=db_session,
            account_id=original.account_id,
            action="good",
            category=None,
            reasons=[],
            policy_version=policy.version,
            automated=False,
            decided_by=actor,
            note=verdict.note or "appeal overturned",
            actor=actor,
            now=now,
        )
        account = db_session.get(Account, original.account_id)
        if account is not None:
            reversal.action = account.standing
        webhooks.emit(
            db_session=db_session,
            event="decision.reversed",
            data=decision_schemas.from_row(reversal).model_dump(mode="json"),
            now=now,
        )
        return reversal
    item = db_session.get(Item, original.item_id)
    assert item is not None
    reversal = decisions.create_human(
        db_session=db_session,
        item=item,
        previous=original,
        action="allow",
        category=None,
        reasons=[],
        source="appeal",
        decided_by=actor,
        automated_detection=original.automated_detection,
        note=verdict.note,
        policy_version=policy.version,
        now=now,
    )
    apply(
        db_session=db_session,
        effects=fx.plan(reversal, original, policy, event="decision.reversed"),
        policy=policy,
        now=now,
        actor=actor,
    )
    return reversal
