"""Turn signals into one decision under a compiled policy. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from clearpost.detectors.base import Signal
from clearpost.policy.schema import (
    RANK,
    SEVERITY_RANK,
    THRESHOLD_ACTIONS,
    Category,
    PolicyFile,
    Thresholds,
)


@dataclass(frozen=True, slots=True)
class _Steps:
    floor: float
    steps: tuple[tuple[str, float], ...]
    can_remove: bool


@dataclass(frozen=True, slots=True)
class CategoryOutcome:
    category: str
    score: float
    action: str
    signals: tuple[Signal, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the policy says about one item (the decision before it is stored)."""

    action: str
    categories: dict[str, float]
    flagged: list[str]
    category: str | None
    reasons: list[dict[str, Any]]
    review: bool
    support: dict[str, Any] | None
    policy_version: str

    @property
    def automated_decision(self) -> str:
        return "partially" if self.review else "fully"


class CompiledPolicy:
    """A validated policy, ready to decide. Immutable; swap the whole object to change it."""

    def __init__(self, spec: PolicyFile, source: str = "") -> None:
        self.spec = spec
        self.source = source
        self.version = spec.version
        self.categories: dict[str, Category] = dict(spec.categories)
        self._thresholds = lru_cache(maxsize=4096)(self._resolve)
        self._step_cache: dict[tuple[str, str | None], dict[str, _Steps]] = {}
        self._tier_set = frozenset(spec.tiers)
        self._limits: dict[str, str] = dict(spec.detector_limits)
        self._gravity = {name: SEVERITY_RANK[c.severity] for name, c in spec.categories.items()}

    @property
    def tiers(self) -> list[str]:
        return list(self.spec.tiers)

    def _resolve(self, category: str, tier: str, classification: str | None) -> Thresholds:
        spec = self.categories[category].thresholds
        resolved = spec.default.merged(spec.tier.get(tier))
        if classification:
            resolved = resolved.merged(spec.classification.get(classification))
        return resolved

    def thresholds(self, category: str, tier: str, classification: str | None = None) -> Thresholds:
        return self._thresholds(category, tier, classification)

    def _steps(self, tier: str, classification: str | None) -> dict[str, _Steps]:
        """Per category: the lowest score that acts, and (action, threshold) strongest first."""
        key = (tier, classification)
        found = self._step_cache.get(key)
        if found is None:
            found = {}
            for name, category in self.categories.items():
                table = self.thresholds(name, tier, classification)
                steps = tuple(
                    (action, limit)
                    for action in THRESHOLD_ACTIONS
                    if action not in category.never
                    and (limit := getattr(table, action)) is not None
                )
                floor = min((limit for _, limit in steps), default=2.0)
                found[name] = _Steps(floor, steps, "remove" not in category.never)
            self._step_cache[key] = found
        return found

    def decide(
        self,
        signals: Sequence[Signal],
        *,
        tier: str | None = None,
        classification: str | None = None,
        lang: str = "en",
    ) -> Outcome:
        """Combine signals per category (max score), apply thresholds, pick the strongest action.

        This runs once per screened item, so it avoids work for categories nobody flagged.
        """
        tier = tier or self.spec.default_tier
        if tier not in self._tier_set:
            raise ValueError(f"unknown tier {tier!r}")
        steps = self._steps(tier, classification)
        best: dict[str, float] = {}
        decisive: set[str] = set()
        for signal in signals:
            name = signal.category
            if name not in steps:
                continue
            if signal.decisive:
                decisive.add(name)
            if signal.score > best.get(name, -1.0):
                best[name] = signal.score
        categories = dict.fromkeys(self.categories, 0.0)
        outcomes: dict[str, CategoryOutcome] = {}
        for name, score in best.items():
            if name in decisive:
                score = 1.0
            categories[name] = round(score, 4)
            rule = steps[name]
            if score < rule.floor and name not in decisive:
                continue  # allowed: most categories of most items stop here
            found = [s for s in signals if s.category == name]
            if self._limits and any(s.detector in self._limits for s in found):
                action = max((self._limited(rule, s) for s in found), key=RANK.__getitem__)
            else:
                action = _action(rule, score, name in decisive)
            if action != "allow":
                outcomes[name] = CategoryOutcome(name, categories[name], action, tuple(found))
        return self._outcome(outcomes, categories, lang)

    def _limited(self, rule: _Steps, signal: Signal) -> str:
        """The action one signal earns, capped by its detector's limit."""
        score = 1.0 if signal.decisive else signal.score
        action = _action(rule, score, signal.decisive)
        cap = self._limits.get(signal.detector)
        return cap if cap is not None and RANK[action] > RANK[cap] else action

    def _outcome(
        self, outcomes: dict[str, CategoryOutcome], categories: dict[str, float], lang: str
    ) -> Outcome:
        flagged = [o for o in outcomes.values() if o.action != "allow"]
        # Strongest action first; between equal actions the graver rule is the ground
        # (a scam that is also spam is fraud), then the higher score.
        flagged.sort(
            key=lambda o: (-RANK[o.action], -self._gravity[o.category], -o.score, o.category)
        )
        action = flagged[0].action if flagged else "allow"
        review = action == "hold"
        support = None
        reasons = []
        for outcome in flagged:
            category = self.categories[outcome.category]
            if category.review_at and RANK[outcome.action] >= RANK[category.review_at]:
                review = True
            reason = _reason(outcome, category)
            if category.support:
                support = reason["support"] = self._support(lang)
            reasons.append(reason)
        return Outcome(
            action=action,
            categories=categories,
            flagged=[o.category for o in flagged],
            category=flagged[0].category if flagged else None,
            reasons=reasons,
            review=review,
            support=support,
            policy_version=self.version,
        )

    def moderation_mode(self, tier: str | None, classification: str | None) -> str:
        """ "pre" (hold gray-zone items until reviewed) or "post" (publish, review after)."""
        modes = self.spec.accounts.moderation
        mode = modes.tier.get(tier or self.spec.default_tier, modes.default)
        if classification and classification in modes.classification:
            mode = modes.classification[classification]
        return mode

    def for_mode(self, outcome: Outcome, mode: str) -> Outcome:
        """Under pre-moderation a labelled or limited item waits for a person instead."""
        if mode != "pre" or outcome.action not in ("label", "limit") or outcome.category is None:
            return outcome
        if self.categories[outcome.category].support:
            return outcome  # support cases are never held back
        return replace(outcome, action="hold", review=True)

    def _support(self, lang: str) -> dict[str, Any]:
        message = self.spec.support.get(lang) or self.spec.support["en"]
        return message.model_dump()


def _action(rule: _Steps, score: float, decisive: bool) -> str:
    if decisive and rule.can_remove:
        return "remove"
    if score >= rule.floor:
        return next(a for a, limit in rule.steps if score >= limit)
    return "allow"


def _reason(outcome: CategoryOutcome, category: Category) -> dict[str, Any]:
    top = max(outcome.signals, key=lambda s: s.score) if outcome.signals else None
    evidence: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int]] = set()
    for signal in sorted(outcome.signals, key=lambda s: -s.score):
        for span in signal.evidence:
            key = (span.field, span.start, span.end)
            if key not in seen:
                seen.add(key)
                evidence.append(span.as_dict())
    return {
        "category": outcome.category,
        "clause": category.clause,
        "action": outcome.action,
        "score": outcome.score,
        "detector": top.detector if top else None,
        "label": top.label if top else None,
        "detectors": sorted({s.detector for s in outcome.signals}),
        "evidence": evidence[:20],
    }
