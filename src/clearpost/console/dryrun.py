"""Dry run of a draft policy: re-decide the last N stored items from their stored signals.

Detectors are not run again: each item's screening decision kept its signals, and the
policy only turns signals into an action, so the draft and the active policy each decide
every item from the same signals (same tier, classification, language and moderation
mode as the pipeline uses). What differs is exactly what activating the draft would
change for content like this.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.accounts.models import Account
from clearpost.decisions.models import Decision
from clearpost.decisions.models import Signal as StoredSignal
from clearpost.detectors.base import Signal
from clearpost.items.models import ItemRevision
from clearpost.policy.engine import CompiledPolicy, Outcome

DEFAULT_ITEMS = 1_000
MAX_ITEMS = 10_000
SAMPLE = 50
_CHUNK = 900  # bound parameters per IN list


@dataclass(frozen=True)
class Changed:
    item_id: str
    account_id: str
    stored: str  # the action screening stored
    before: str  # the active policy, today
    after: str  # the draft
    category: str | None  # the draft's category (or the active one's when the draft allows)
    decided_at: datetime


@dataclass
class DryRun:
    draft_version: str
    active_version: str
    evaluated: int = 0
    changed: int = 0
    transitions: list[tuple[str, str, int]] = field(default_factory=list)
    by_category: list[tuple[str, int]] = field(default_factory=list)
    before: Counter[str] = field(default_factory=Counter)
    after: Counter[str] = field(default_factory=Counter)
    sample: list[Changed] = field(default_factory=list)
    tier_fallback: int = 0  # items whose tier the draft does not know (its default used)


def _chunks(values: Sequence[str], size: int = _CHUNK) -> list[Sequence[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _latest_screenings(
    db_session: Session, limit: int
) -> list[tuple[str, str, str, int | None, str, datetime]]:
    """(decision id, item id, account id, revision id, action, created_at) of the newest
    screening decision of each of the last `limit` items screened."""
    rows = db_session.execute(
        select(
            Decision.id,
            Decision.item_id,
            Decision.account_id,
            Decision.revision_id,
            Decision.action,
            Decision.created_at,
        )
        .where(Decision.subject_type == "item", Decision.source == "screening")
        .order_by(Decision.created_at.desc(), Decision.id.desc())
        .limit(limit * 2)
    )
    seen: set[str] = set()
    out = []
    for decision_id, item_id, account_id, revision_id, action, created_at in rows:
        if item_id is None or item_id in seen:
            continue
        seen.add(item_id)
        out.append((decision_id, item_id, account_id, revision_id, action, created_at))
        if len(out) == limit:
            break
    return out


def _signals(db_session: Session, decision_ids: Sequence[str]) -> dict[str, list[Signal]]:
    found: dict[str, list[Signal]] = {}
    for chunk in _chunks(decision_ids):
        rows = db_session.execute(
            select(
                StoredSignal.decision_id,
                StoredSignal.detector,
                StoredSignal.category,
                StoredSignal.label,
                StoredSignal.score,
                StoredSignal.decisive,
            ).where(StoredSignal.decision_id.in_(chunk))
        )
        for decision_id, detector, category, label, score, decisive in rows:
            found.setdefault(decision_id, []).append(
                Signal(detector, category, float(score), label=label, decisive=bool(decisive))
            )
    return found


def _accounts(db_session: Session, ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for chunk in _chunks(ids):
        rows = db_session.execute(
            select(Account.id, Account.tier, Account.classification).where(Account.id.in_(chunk))
        )
        out.update({i: (tier, cls) for i, tier, cls in rows})
    return out


def _langs(db_session: Session, revision_ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for start in range(0, len(revision_ids), _CHUNK):
        chunk = revision_ids[start : start + _CHUNK]
        rows = db_session.execute(
            select(ItemRevision.id, ItemRevision.lang).where(ItemRevision.id.in_(chunk))
        )
        out.update((row.id, row.lang) for row in rows)
    return out


def decide(
    policy: CompiledPolicy,
    signals: Sequence[Signal],
    tier: str,
    classification: str | None,
    lang: str,
) -> Outcome:
    """What the pipeline would store: decide, then apply the account's moderation mode."""
    outcome = policy.decide(signals, tier=tier, classification=classification, lang=lang)
    return policy.for_mode(outcome, policy.moderation_mode(tier, classification))


def evaluate(
    *, db_session: Session, draft: CompiledPolicy, active: CompiledPolicy, limit: int
) -> DryRun:
    """Compare the draft with the active policy over the last `limit` screened items."""
    limit = max(1, min(limit, MAX_ITEMS))
    result = DryRun(draft_version=draft.version, active_version=active.version)
    latest = _latest_screenings(db_session, limit)
    signals = _signals(db_session, [row[0] for row in latest])
    accounts = _accounts(db_session, sorted({row[2] for row in latest}))
    langs = _langs(db_session, sorted({row[3] for row in latest if row[3] is not None}))
    transitions: Counter[tuple[str, str]] = Counter()
    categories: Counter[str] = Counter()
    for decision_id, item_id, account_id, revision_id, stored, created_at in latest:
        tier, classification = accounts.get(account_id, (active.spec.default_tier, None))
        lang = langs.get(revision_id or 0, "en")
        found = signals.get(decision_id, [])
        active_tier = tier if tier in active.tiers else active.spec.default_tier
        draft_tier = tier if tier in draft.tiers else draft.spec.default_tier
        result.tier_fallback += draft_tier != tier
        before = decide(active, found, active_tier, classification, lang)
        after = decide(draft, found, draft_tier, classification, lang)
        result.evaluated += 1
        result.before[before.action] += 1
        result.after[after.action] += 1
        if (before.action, before.category) == (after.action, after.category):
            continue
        result.changed += 1
        transitions[(before.action, after.action)] += 1
        category = after.category or before.category or "none"
        categories[category] += 1
        if len(result.sample) < SAMPLE:
            result.sample.append(
                Changed(
                    item_id, account_id, stored, before.action, after.action, category, created_at
                )
            )
    result.transitions = [(a, b, n) for (a, b), n in transitions.most_common()]
    result.by_category = categories.most_common()
    return result
