"""What the public standards page says about a category, read from the active policy."""

from __future__ import annotations

from clearpost.policy.engine import CompiledPolicy
from clearpost.policy.schema import Thresholds

WORDS = {
    "remove": "Removed automatically",
    "hold": "Held back from publication until a moderator reviews it",
    "limit": "Reach reduced: not recommended or promoted",
    "label": "Shown with a label that explains the concern",
}
ACTION_NAMES = {
    "remove": "removed",
    "hold": "held for review",
    "limit": "reach reduced",
    "label": "labelled",
    "allow": "allowed",
}


def confidence(score: float) -> str:
    if score >= 0.9:
        return "when detection is very confident"
    if score >= 0.75:
        return "when detection is confident"
    if score >= 0.6:
        return "when detection is fairly confident"
    return "when detection finds signs of it"


def _tiers_differ(policy: CompiledPolicy, name: str) -> list[str]:
    spec = policy.categories[name].thresholds
    return [t for t in policy.tiers if t in spec.tier] + list(spec.classification)


def describe(policy: CompiledPolicy, name: str) -> list[str]:
    """Plain sentences: which actions follow, from the thresholds and rules of a category."""
    category = policy.categories[name]
    table: Thresholds = category.thresholds.default
    lines = []
    for action in ("remove", "hold", "limit", "label"):
        score = getattr(table, action)
        if score is None or action in category.never:
            continue
        lines.append(f"{WORDS[action]} {confidence(score)}.")
    if "remove" in category.never and not category.support:
        lines.append("Never removed automatically; a moderator decides after review.")
    if category.support:
        lines.append(
            "Never removed, held or limited because of this category: the author is offered "
            "support resources and nobody is penalised."
        )
    if category.review_at:
        lines.append(
            f"A moderator reviews every post {ACTION_NAMES[category.review_at]} "
            "or more strictly under this category."
        )
    differ = _tiers_differ(policy, name)
    if differ:
        lines.append("Thresholds differ for some accounts: " + ", ".join(differ) + ".")
    points = policy.spec.strikes.points.get(category.severity, 0)
    days = policy.spec.strikes.expire_days.get(category.severity, 0)
    if points > 0 and days > 0 and not category.support:
        plural = "s" if points != 1 else ""
        lines.append(
            f"A removal adds {points} strike point{plural} to the account, "
            f"which expire after {days} days."
        )
    return lines


def ladder(policy: CompiledPolicy) -> list[str]:
    """The sanction ladder in words."""
    out = []
    for rung in policy.spec.sanctions:
        text = f"{rung.at} or more active strike points: account {rung.standing}"
        if rung.days:
            text += f" for {rung.days} days"
        out.append(text + ".")
    return out
