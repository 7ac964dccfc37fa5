"""Spam waves in the ingest flow: the hook that `items.flows._submit_segment` calls.

Two calls, one before and one after the decisions of a segment are stored:

    wave = spam_waves.check(db_session=…, policy=policy, screened=screened, now=now)
    for entry, result in zip(pending, wave.screened):
        decision = …                                   # stored from result.outcome
        apply(effects=wave.settle(decision, effects.plan(decision, previous, policy)), …)

`check` places the batch in near-duplicate clusters (`service.assign`), adds the spam-wave
signal to items whose cluster has at least `spam_wave_min_accounts` distinct accounts and
re-decides those items with the same tier, classification and language.

`settle` runs once an item's decision is stored. For a wave member it opens the wave's
review case (queue "spam_wave", on the cluster's first item) or joins it (cluster_size
grows; the category rises when this member's decision is in a more severe one), keeps the
case id on the cluster, and drops the per-item "automated" `OpenCase` effect: one case per
wave, not one per post. A member flagged in a category with support resources (self-harm)
keeps its own case: a person at risk is never folded into a spam queue. If the wave's
case was already decided, the next member opens a new one on itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from clearpost.audit import service as audit
from clearpost.decisions.models import Decision
from clearpost.enforcement import effects as fx
from clearpost.items import service as items
from clearpost.policy.engine import CompiledPolicy
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.screening.pipeline import Screened
from clearpost.settings import Settings, get_settings
from clearpost.waves import service
from clearpost.waves.service import WaveEntry, WaveResult
from clearpost.waves.signals import CATEGORY, wave_signal

QUEUE = "spam_wave"


@dataclass(frozen=True, slots=True)
class WaveConfig:
    enabled: bool = True
    window: timedelta = timedelta(hours=24)
    min_accounts: int = 3

    @classmethod
    def from_settings(cls, settings: Settings) -> WaveConfig:
        return cls(
            enabled=settings.spam_waves,
            window=timedelta(hours=settings.spam_wave_window_hours),
            min_accounts=settings.spam_wave_min_accounts,
        )


def model_text(title: str | None, body: str | None) -> str:
    """What is fingerprinted: title and body (`minhash.content` folds it further)."""
    return "\n".join(part for part in (title, body) if part)


class WaveCheck:
    """The wave results of one segment, and the `settle` step for its decisions."""

    def __init__(
        self,
        *,
        db_session: Session,
        policy: CompiledPolicy,
        screened: list[Screened],
        results: Sequence[WaveResult],
        config: WaveConfig,
        now: datetime,
    ) -> None:
        self.db_session = db_session
        self.policy = policy
        self.screened = screened
        self.results = {r.item_id: r for r in results}
        self.config = config
        self.now = now
        self._lang = {s.input.item_id: s.lang for s in screened}

    def in_wave(self, item_id: str | None) -> WaveResult | None:
        """The item's wave when it is one (enough distinct accounts), else None."""
        found = self.results.get(item_id or "")
        if found is None or found.cluster_id is None:
            return None
        return found if found.cluster_size >= self.config.min_accounts else None

    def settle(self, decision: Decision, planned: Sequence[fx.Effect]) -> list[fx.Effect]:
        """Open or join the wave's case; return `planned` without a duplicate per-item case."""
        wave = self.in_wave(decision.item_id)
        if wave is None:
            return list(planned)
        self._wave_case(decision, wave)
        category = self.policy.categories.get(decision.category or "")
        if category is not None and category.support:
            return list(planned)
        return [e for e in planned if not (isinstance(e, fx.OpenCase) and e.queue == "automated")]

    def _wave_case(self, decision: Decision, wave: WaveResult) -> ReviewCase:
        db_session = self.db_session
        assert wave.cluster_id is not None
        cluster = service.get(db_session=db_session, cluster_id=wave.cluster_id)
        assert cluster is not None, wave.cluster_id  # locked by `assign` in this transaction
        earlier = (
            review.get(db_session=db_session, case_id=cluster.case_id) if cluster.case_id else None
        )
        if earlier is not None and earlier.status == "open" and earlier.item_id:
            subject_id = earlier.item_id
        elif earlier is None:
            subject_id = cluster.first_item_id
        else:  # the wave's case was decided: this post starts the next one
            subject_id = decision.item_id or cluster.first_item_id
        subject = items.get(db_session=db_session, item_id=subject_id)
        if subject is None:  # the first member was erased meanwhile
            subject = items.get(db_session=db_session, item_id=decision.item_id or "")
        assert subject is not None, decision.item_id
        case, _ = review.open_or_join(
            db_session=db_session,
            policy=self.policy,
            kind="item",
            queue=QUEUE,
            account_id=subject.account_id,
            item_id=subject.id,
            decision_id=subject.current_decision_id,
            category=self._category(decision),
            lang=self._lang.get(subject.id) or self._lang.get(decision.item_id or ""),
            reach=subject.reach,
            automated_detection=True,
            now=self.now,
            cluster_size=wave.cluster_size,
        )
        if case.queue != QUEUE:
            # The first item already had its own case (held before the wave was known):
            # that case becomes the wave's, so the item keeps one open case.
            audit.record(
                db_session=db_session,
                actor="system",
                action="case.requeued",
                subject_type="case",
                subject_id=case.id,
                before={"queue": case.queue},
                after={"queue": QUEUE, "cluster_id": cluster.id},
                now=self.now,
            )
            case.queue = QUEUE
        cluster.case_id = case.id
        db_session.flush()
        return case

    def _category(self, decision: Decision) -> str:
        """Spam, or the member's own category when that one is more severe (fraud)."""
        own = decision.category
        if own and review.severity_weight(self.policy, own) > review.severity_weight(
            self.policy, CATEGORY
        ):
            return own
        return CATEGORY


def check(
    *,
    db_session: Session,
    policy: CompiledPolicy,
    screened: Sequence[Screened],
    now: datetime,
    config: WaveConfig | None = None,
) -> WaveCheck:
    """Cluster a screened segment and add the wave signal to members of waves (re-decided)."""
    config = config or WaveConfig.from_settings(get_settings())
    found: list[Screened] = list(screened)
    if not config.enabled or not found:
        return WaveCheck(
            db_session=db_session,
            policy=policy,
            screened=found,
            results=[],
            config=config,
            now=now,
        )
    entries = [
        WaveEntry(
            s.input.item_id,
            s.input.account_id or f"item:{s.input.item_id}",
            model_text(s.input.title, s.input.body),
        )
        for s in found
    ]
    results = service.assign(db_session=db_session, entries=entries, now=now, window=config.window)
    for index, (screened_item, result) in enumerate(zip(found, results, strict=True)):
        signal = wave_signal(result, config.min_accounts)
        if signal is None:
            continue
        signals = [*screened_item.signals, signal]
        outcome = policy.decide(
            signals,
            tier=screened_item.input.tier,
            classification=screened_item.input.classification,
            lang=screened_item.lang,
        )
        found[index] = replace(screened_item, signals=signals, outcome=outcome)
    return WaveCheck(
        db_session=db_session,
        policy=policy,
        screened=found,
        results=results,
        config=config,
        now=now,
    )
