"""The clean-traffic / recall evaluation of the whole pipeline under a policy."""

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from clearpost.detectors.base import Signal
from clearpost.runtime import build_policy
from clearpost.screening.pipeline import Screened, ScreenInput
from clearpost.training.cli import register
from clearpost.training.data import DataError, default_data_dirs, find_dataset
from clearpost.training.traffic import CLEAN, action_shares, threshold_for


def _screened(signals: list[Signal]) -> Screened:
    outcome = build_policy().decide(signals)
    return Screened(input=ScreenInput(item_id="1", body="x"), lang="en", outcome=outcome)


def test_action_shares_count_at_least_each_action() -> None:
    results = [
        _screened([Signal("clf:x", "sexual", 0.99)]),  # remove
        _screened([Signal("clf:x", "sexual", 0.65)]),  # label (0.60 ≤ score < limit 0.75)
        _screened([Signal("clf:x", "spam", 0.99)]),  # another category
        _screened([]),
    ]
    assert action_shares(results, "sexual") == {
        "label": 0.5,
        "limit": 0.25,
        "hold": 0.25,
        "remove": 0.25,
    }
    assert action_shares(results, None)["remove"] == 0.5


def test_threshold_for_keeps_clean_rate_under_target() -> None:
    clean = [0.1] * 96 + [0.6, 0.7, 0.8, 0.95]
    found = threshold_for(clean, [0.9, 0.99, 0.2], 0.02)
    assert found["threshold"] == pytest.approx(0.705)  # 0.8 and 0.95 (2 %) still acted on
    assert found["clean"] == 0.02
    assert found["recall"] == pytest.approx(2 / 3)
    assert threshold_for([0.1], [], 0.01)["recall"] is None


def _have_clean_sets() -> bool:
    try:
        for source in CLEAN:
            find_dataset(source.dataset, default_data_dirs())
    except DataError:
        return False
    return True


@pytest.mark.skipif(not _have_clean_sets(), reason="data sets are beside the checkout")
def test_eval_policy_reports_before_and_after() -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["eval", "--policy", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    before, after = report["before"]["clean"], report["after"]["clean"]
    assert before["n"] == after["n"] > 5000
    # The prior shift lowers scores, so clean traffic is acted on less often.
    assert after["any"]["label"] < before["any"]["label"]
    assert after["any"]["remove"] <= before["any"]["remove"]
    assert set(report["after"]["recall"]) >= {"hate", "sexual", "spam", "self_harm"}
    assert report["thresholds"]["vulgar"].keys() == {"label", "limit"}  # never removed
    assert report["after"]["thresholds_at"]["hate"]["0.005"]["threshold"] >= 0.3


def test_eval_policy_missing_policy_file_fails(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(
        app, ["eval", "--policy", "--policy-file", str(tmp_path / "absent.yaml")]
    )
    assert result.exit_code == 2
    assert "absent.yaml" in result.stderr
