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


class PolicyFile(_Strict):
    """The whole policy file."""

    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")
    name: str
    tiers: list[str] = Field(min_length=1)
    default_tier: str
    categories: dict[str, Category] = Field(min_length=1)
    support: dict[str, SupportMessage] = Field(default_factory=dict)

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
        return self
