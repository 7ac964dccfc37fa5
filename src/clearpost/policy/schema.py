"""The shape of a policy file, validated with Pydantic."""

from __future__ import annotations

import itertools
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Action = Literal["allow", "label", "limit", "hold", "remove"]
ACTIONS: tuple[Action, ...] = ("allow", "label", "limit", "hold", "remove")
THRESHOLD_ACTIONS: tuple[Action, ...] = ("remove", "hold", "limit", "label")
RANK: dict[str, int] = {action: rank for rank, action in enumerate(ACTIONS)}
Severity = Literal["none", "low", "medium", "high", "severe"]
SEVERITY_RANK: dict[str, int] = {"none": 0, "low": 1, "medium": 2, "high": 3, "severe": 4}
PENALTIES: tuple[Action, ...] = ("limit", "hold", "remove")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Thresholds(_Strict):
    """Score at or above which each action applies; a missing action never applies."""

    remove: float | None = Field(default=None, ge=0.0, le=1.0)
    hold: float | None = Field(default=None, ge=0.0, le=1.0)
    limit: float | None = Field(default=None, ge=0.0, le=1.0)
    label: float | None = Field(default=None, ge=0.0, le=1.0)

    def merged(self, override: Thresholds | None) -> Thresholds:
        if override is None:
            return self
        values = self.model_dump()
        values.update(override.model_dump(exclude_unset=True))
        return Thresholds(**values)

    def check_order(self) -> None:
        """Stronger actions need scores at least as high as weaker ones."""
        present = [(a, getattr(self, a)) for a in THRESHOLD_ACTIONS if getattr(self, a) is not None]
        for (strong, high), (weak, low) in itertools.pairwise(present):
            if high < low:
                raise ValueError(f"{strong} threshold {high} is below {weak} threshold {low}")


class CategoryThresholds(_Strict):
    default: Thresholds
    tier: dict[str, Thresholds] = Field(default_factory=dict)
    classification: dict[str, Thresholds] = Field(default_factory=dict)


class Category(_Strict):
    """One category of the policy: its public definition and its automatic actions."""

    clause: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$")
    title: str = Field(min_length=1)
    definition: str = Field(min_length=1)
    allowed: list[str] = Field(default_factory=list)
    not_allowed: list[str] = Field(default_factory=list)
    thresholds: CategoryThresholds
    never: list[Action] = Field(default_factory=list)
    review_at: Action | None = None
    severity: Severity = "medium"
    support: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> Category:
        tables = [self.thresholds.default, *self.thresholds.tier.values()]
        tables += list(self.thresholds.classification.values())
        for table in tables:
            merged = self.thresholds.default.merged(table)
            merged.check_order()
            for action in self.never:
                if action != "allow" and getattr(merged, action) is not None:
                    raise ValueError(f"action {action!r} is listed in never but has a threshold")
        if self.support:
            taken = [a for a in PENALTIES if a not in self.never]
            if taken:
                raise ValueError(
                    "a support category never penalises: add " + ", ".join(taken) + " to never"
                )
            if self.severity != "none":
                raise ValueError("a support category must have severity none (no strikes)")
        return self


class SupportResource(_Strict):
    name: str
    contact: str


class SupportMessage(_Strict):
    message: str
    resources: list[SupportResource] = Field(min_length=1)


Standing = Literal["good", "warned", "limited", "suspended", "closed"]
STANDINGS: tuple[Standing, ...] = ("good", "warned", "limited", "suspended", "closed")
ModerationMode = Literal["pre", "post"]


class ModerationModes(_Strict):
    """Pre-moderation holds gray-zone items until a person decides; post-moderation publishes
    them (with label or reduced reach) and reviews afterwards."""

    default: ModerationMode = "post"
    tier: dict[str, ModerationMode] = Field(default_factory=dict)
    classification: dict[str, ModerationMode] = Field(default_factory=dict)


class Promotion(_Strict):
    """Automatic tier promotion after a clean history."""

    from_tier: str = Field(alias="from")
    to_tier: str = Field(alias="to")
    min_days: int = Field(ge=0)
    min_items: int = Field(ge=0)
    max_active_points: int = Field(default=0, ge=0)


class AccountRules(_Strict):
    classifications: list[str] = Field(default_factory=list)
    moderation: ModerationModes = Field(default_factory=ModerationModes)
    promotion: list[Promotion] = Field(default_factory=list)
    staff_only_tiers: list[str] = Field(default_factory=lambda: ["verified"])


class StrikeRules(_Strict):
    points: dict[str, int] = Field(
        default_factory=lambda: {"none": 0, "low": 1, "medium": 3, "high": 9, "severe": 27}
    )
    expire_days: dict[str, int] = Field(
        default_factory=lambda: {"none": 0, "low": 30, "medium": 90, "high": 180, "severe": 365}
    )

    @model_validator(mode="after")
    def _severities(self) -> StrikeRules:
        for table in ("points", "expire_days"):
            for key in getattr(self, table):
                if key not in ("none", "low", "medium", "high", "severe"):
                    raise ValueError(f"strikes.{table}.{key}: unknown severity {key!r}")
        return self


class Rung(_Strict):
    """One step of the sanction ladder: reached when active strike points >= `at`."""

    at: int = Field(ge=1)
    standing: Standing
    days: int | None = Field(default=None, ge=1)


class ReviewRules(_Strict):
    deadline_hours: dict[str, float] = Field(default_factory=lambda: {"default": 24.0})
    claim_minutes: int = Field(default=30, ge=1)


class AppealRules(_Strict):
    window_days: int = Field(default=30, ge=1)


class PolicyFile(_Strict):
    """The whole policy file."""

    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")
    name: str
    tiers: list[str] = Field(min_length=1)
    default_tier: str
    categories: dict[str, Category] = Field(min_length=1)
    support: dict[str, SupportMessage] = Field(default_factory=dict)
    accounts: AccountRules = Field(default_factory=AccountRules)
    strikes: StrikeRules = Field(default_factory=StrikeRules)
    sanctions: list[Rung] = Field(default_factory=list)
    review: ReviewRules = Field(default_factory=ReviewRules)
    appeals: AppealRules = Field(default_factory=AppealRules)
    # The strongest action a detector's finding may cause on its own (a person decides more).
    detector_limits: dict[str, Action] = Field(default_factory=dict)

    @field_validator("categories")
    @classmethod
    def _names(cls, value: dict[str, Category]) -> dict[str, Category]:
        for name in value:
            if not name.isidentifier() or name != name.lower():
                raise ValueError(f"category name {name!r} must be lower_snake_case")
        return value

    @model_validator(mode="after")
    def _known_names(self) -> PolicyFile:
        if self.default_tier not in self.tiers:
            raise ValueError(f"default_tier: {self.default_tier!r} is not one of the tiers")
        clauses: set[str] = set()
        for name, category in self.categories.items():
            for tier in category.thresholds.tier:
                if tier not in self.tiers:
                    raise ValueError(
                        f"categories.{name}.thresholds.tier.{tier}: unknown tier {tier!r}"
                        f" (tiers: {', '.join(self.tiers)})"
                    )
            if category.clause in clauses:
                raise ValueError(f"categories.{name}.clause: {category.clause!r} is used twice")
            clauses.add(category.clause)
        if "misleading" in self.categories and "remove" not in self.categories["misleading"].never:
            raise ValueError(
                "categories.misleading.never: misleading content is never removed "
                "automatically; add remove to never"
            )
        if any(c.support for c in self.categories.values()) and "en" not in self.support:
            raise ValueError("support: a support category needs support.en resources")
        self._check_accounts()
        return self

    def _check_accounts(self) -> None:
        modes = self.accounts.moderation
        for tier in modes.tier:
            if tier not in self.tiers:
                raise ValueError(f"accounts.moderation.tier.{tier}: unknown tier {tier!r}")
        for index, rule in enumerate(self.accounts.promotion):
            for name, tier in (("from", rule.from_tier), ("to", rule.to_tier)):
                if tier not in self.tiers:
                    raise ValueError(f"accounts.promotion.{index}.{name}: unknown tier {tier!r}")
        for tier in self.accounts.staff_only_tiers:
            if tier not in self.tiers:
                raise ValueError(f"accounts.staff_only_tiers: unknown tier {tier!r}")
        known = set(self.accounts.classifications)
        for name, category in self.categories.items():
            for cls in category.thresholds.classification:
                if known and cls not in known:
                    raise ValueError(
                        f"categories.{name}.thresholds.classification.{cls}: unknown "
                        f"classification {cls!r}"
                    )
        previous = 0
        for index, rung in enumerate(self.sanctions):
            if rung.at <= previous:
                raise ValueError(f"sanctions.{index}.at: rungs must rise ({rung.at} <= {previous})")
            if rung.standing == "suspended" and rung.days is None:
                raise ValueError(f"sanctions.{index}.days: a suspension needs days")
            previous = rung.at
