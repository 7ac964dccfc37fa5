"""Policy files: validated on load, errors name file, line and field; last good policy kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearpost.detectors.base import Signal
from clearpost.policy.loader import PolicyError, parse_policy
from clearpost.policy.store import PolicyHolder, compile_file, default_policy_path

DEFAULT = default_policy_path().read_text("utf-8")


def test_default_policy_is_valid() -> None:
    policy = compile_file(default_policy_path())
    assert policy.version == "2026.11.3"
    assert list(policy.categories) == [
        "sexual",
        "violence",
        "harassment",
        "hate",
        "vulgar",
        "self_harm",
        "fraud",
        "spam",
        "misleading",
    ]
    assert "remove" in policy.categories["misleading"].never
    assert policy.categories["self_harm"].support


def _broken(old: str, new: str) -> str:
    assert old in DEFAULT
    return DEFAULT.replace(old, new, 1)


def _line_of(text: str, needle: str) -> int:
    """The last line holding `needle` (the edited one, where the text repeats)."""
    return max(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "field", "needle"),
    [
        (
            "default: {remove: 0.95, hold: 0.85",
            "default: {remove: 1.95, hold: 0.85",
            "categories.sexual.thresholds.default.remove",
            "default: {remove: 1.95",
        ),
        (
            "        new: {remove: 0.92, hold: 0.80}",
            "        newbie: {remove: 0.92, hold: 0.80}",
            "categories.sexual.thresholds.tier.newbie",
            "newbie:",
        ),
        (
            "    severity: high\n",
            "    severity: extreme\n",
            "categories.sexual.severity",
            "severity: extreme",
        ),
        (
            "    never: [remove, hold]\n    review_at: limit",
            "    never: [hold]\n    review_at: limit",
            "categories.misleading.never",
            "never: [hold]",
        ),
        ("clause: CP-VIO-1", "clause: CP-SEX-1", "categories.violence.clause", "clause: CP-SEX-1"),
        ("default_tier: standard", "default_tier: gold", "default_tier", "default_tier: gold"),
        (
            "    title: Sexual content\n",
            "    title: Sexual content\n    colour: red\n",
            "categories.sexual.colour",
            "colour: red",
        ),
    ],
)
def test_broken_policy_names_file_line_and_field(
    old: str, new: str, field: str, needle: str
) -> None:
    text = _broken(old, new)
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "draft.yaml")
    error = caught.value
    assert error.file == "draft.yaml"
    assert error.field == field
    assert error.line == _line_of(text, needle)
    assert str(error).startswith(f"draft.yaml:{error.line}: {field}: ")


def test_self_harm_can_never_penalise() -> None:
    text = _broken("    never: [remove, hold, limit]\n", "    never: [remove, hold]\n")
    with pytest.raises(PolicyError, match="support category never penalises"):
        parse_policy(text, "p.yaml")


def test_threshold_order_is_checked() -> None:
    text = _broken("default: {remove: 0.95, hold: 0.85", "default: {remove: 0.70, hold: 0.85")
    with pytest.raises(PolicyError, match="below hold threshold"):
        parse_policy(text, "p.yaml")


def test_invalid_yaml_and_duplicate_keys() -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy("version: [1\nname: x\n", "bad.yaml")
    assert caught.value.line is not None and "invalid YAML" in str(caught.value)
    duplicated = DEFAULT.replace(
        "name: Clearpost default policy", "name: Clearpost default policy\nname: again", 1
    )
    with pytest.raises(PolicyError, match="duplicate key") as dup:
        parse_policy(duplicated, "dup.yaml")
    assert dup.value.line == _line_of(duplicated, "name: again")


def test_broken_policy_never_replaces_the_last_good(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(DEFAULT, "utf-8")
    holder = PolicyHolder(path)
    good = holder.current
    path.write_text(_broken('version: "2026.11.3"', 'version: ""'), "utf-8")
    with pytest.raises(PolicyError):
        holder.reload()
    assert holder.current is good
    path.write_text(_broken('version: "2026.11.3"', 'version: "2026.11.4"'), "utf-8")
    assert holder.reload().version == "2026.11.4"
    assert holder.current.version == "2026.11.4"


def test_tier_thresholds_apply() -> None:
    policy = compile_file(default_policy_path())
    signal = [Signal("test", "sexual", 0.93)]
    assert policy.decide(signal, tier="new").action == "remove"
    assert policy.decide(signal, tier="standard").action == "hold"
    assert policy.decide(signal, tier="verified").action == "hold"
    with pytest.raises(ValueError, match="unknown tier"):
        policy.decide(signal, tier="platinum")


def test_misleading_and_self_harm_rules() -> None:
    policy = compile_file(default_policy_path())
    misleading = policy.decide([Signal("test", "misleading", 1.0)])
    assert misleading.action == "limit" and misleading.review
    self_harm = policy.decide([Signal("test", "self_harm", 0.99)], lang="zh")
    assert self_harm.action == "label" and self_harm.review
    assert self_harm.support is not None and self_harm.support["resources"]
    decisive = policy.decide([Signal("hashes", "misleading", 0.1, decisive=True)])
    assert decisive.action == "limit"
    decisive_sexual = policy.decide([Signal("hashes", "sexual", 0.1, decisive=True)])
    assert decisive_sexual.action == "remove"


def test_classification_thresholds() -> None:
    policy = compile_file(default_policy_path())
    signal = [Signal("test", "violence", 0.95)]
    assert policy.decide(signal).action == "remove"
    assert policy.decide(signal, classification="news").action == "hold"


def test_detector_limits_cap_a_finding_alone() -> None:
    policy = compile_file(default_policy_path())
    wave = Signal("spamwave", "spam", 0.99)
    assert policy.decide([wave]).action == "hold"
    assert policy.decide([wave, Signal("clf:spam", "spam", 0.99)]).action == "remove"
    assert policy.decide([Signal("clf:spam", "spam", 0.99)]).action == "remove"
