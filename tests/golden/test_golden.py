"""Golden decisions: each reviewed case must get exactly its expected action and category."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from clearpost.screening.pipeline import Screener, ScreenInput

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text())


def test_the_golden_set_is_broad() -> None:
    assert len(CASES) >= 30
    langs = {case["id"].split("-")[0] for case in CASES}
    assert langs == {"en", "zh"}
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_decision(case: dict[str, Any], screener: Screener) -> None:
    item = ScreenInput(
        item_id=case["id"],
        title=case.get("title"),
        body=case.get("text", case.get("body", "")),
        tier=case.get("tier"),
        classification=case.get("classification"),
    )
    result = screener.screen([item])[0]
    assert result.outcome is not None
    outcome = result.outcome
    mode = screener.policy.moderation_mode(item.tier, item.classification)
    outcome = screener.policy.for_mode(outcome, mode)
    got = {"action": outcome.action, "category": outcome.category}
    assert got == case["expect"], {k: v for k, v in outcome.categories.items() if v}
    for reason in outcome.reasons:
        text = {"title": case.get("title") or "", "body": item.body}
        for span in reason["evidence"]:
            assert text[span["field"]][span["start"] : span["end"]] == span["text"]
