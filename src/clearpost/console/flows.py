"""Decide a whole spam wave at once, through the same review flow as one case.

The wave's own case is decided first with `review.flows.decide` (it checks the claim, the
role and the verdict; a refusal changes nothing). Then every other member of the wave:
its open item case, or a new one in the spam_wave queue when it has none, is claimed and
decided with the same verdict, so each item gets its own decision, effects, notices and
audit events exactly as if a moderator had decided it alone. A member already carrying
the verdict without an open case, or claimed by someone else, is skipped and listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from clearpost.console.casefile import wave_cluster
from clearpost.decisions import service as decisions
from clearpost.items.models import Item
from clearpost.policy.engine import CompiledPolicy
from clearpost.review import flows
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.review.service import CaseError
from clearpost.staff.models import Staff
from clearpost.waves import service as waves


@dataclass
class WaveOutcome:
    decided: list[str] = field(default_factory=list)  # item ids
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (item id, why)


def decide_wave(
    *,
    db_session: Session,
    case: ReviewCase,
    staff: Staff,
    verdict: flows.Verdict,
    policy: CompiledPolicy,
    now: datetime,
) -> WaveOutcome:
    """One verdict for every member of the case's wave. Raises CaseError (nothing changed)
    when the wave's own case may not be decided so."""
    cluster_id = wave_cluster(db_session=db_session, case=case)
    if cluster_id is None:
        raise CaseError(422, "this case is not a spam wave")
    members = waves.members(db_session=db_session, cluster_id=cluster_id)
    flows.decide(
        db_session=db_session, case=case, staff=staff, verdict=verdict, policy=policy, now=now
    )
    out = WaveOutcome(decided=[case.item_id] if case.item_id else [])
    category = None if verdict.action == "allow" else (verdict.category or case.category)
    for item_id in members:
        if item_id == case.item_id:
            continue
        item = db_session.get(Item, item_id)
        if item is None:
            out.skipped.append((item_id, "no longer stored"))
            continue
        member_case = review.open_case_for_item(db_session=db_session, item_id=item_id)
        if member_case is None:
            current = decisions.get(db_session=db_session, decision_id=item.current_decision_id)
            if current is not None and (current.action, current.category) == (
                verdict.action,
                category,
            ):
                out.skipped.append((item_id, f"already {verdict.action}"))
                continue
            member_case, _ = review.open_or_join(
                db_session=db_session,
                policy=policy,
                kind="item",
                queue=case.queue,
                account_id=item.account_id,
                item_id=item.id,
                decision_id=item.current_decision_id,
                category=case.category,
                lang=case.lang,
                reach=item.reach,
                automated_detection=True,
                now=now,
                cluster_size=case.cluster_size,
            )
        try:
            review.claim(
                db_session=db_session,
                case=member_case,
                staff=staff,
                policy=policy,
                original_decider=None,
                now=now,
            )
            flows.decide(
                db_session=db_session,
                case=member_case,
                staff=staff,
                verdict=verdict,
                policy=policy,
                now=now,
            )
        except CaseError as exc:  # raised before anything of this member changed
            out.skipped.append((item_id, str(exc)))
            continue
        out.decided.append(item_id)
    return out
