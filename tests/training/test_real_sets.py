"""Real published sets joined to an authored recipe: rows, heads, evaluation, card."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from clearpost.training import catalog
from clearpost.training.catalog import RECIPES, Head, RealSet, Recipe
from clearpost.training.data import find_dataset
from clearpost.training.evaluate import evaluate_model, evaluate_test
from clearpost.training.service import train_and_save
from clearpost.training.trainer import Trained, real_rows, train, training_splits
from tests.training.conftest import TINY_RECIPE, tiny_rows, write_csv

_SCAM = ["your parcel is held pay the fee", "urgent transfer the deposit today", "verify account"]
_CHAT = ["lovely weather on the beach", "my cat slept all day", "dinner was great"]


def _real_rows() -> list[tuple[str, str, str]]:
    rng = random.Random(3)
    rows = []
    for i in range(90):
        kind = ("scam", "chat", "junk")[i % 3]
        words = _SCAM if kind == "scam" else _CHAT
        text = f"{rng.choice(words)} {i} {rng.choice(words)}"
        rows.append((text, kind, ("train", "train", "train", "dev", "test")[i // 3 % 5]))
    return rows


REAL = RealSet(
    "tiny_real",
    (("scam", "real_spam"), ("chat", "none")),  # `junk` is not mapped: dropped
    source="generated in tests",
    licence="n/a",
    note="a real set",
)


@pytest.fixture(scope="module")
def real_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the tiny spam set and a tiny "real" set."""
    base = tmp_path_factory.mktemp("real")
    write_csv(base / "tiny_spam" / "data.csv", tiny_rows())
    write_csv(base / "tiny_real" / "data.csv", _real_rows())
    return base


@pytest.fixture(scope="module")
def two_heads(tiny_recipe: Recipe) -> Recipe:
    return replace(
        tiny_recipe,
        heads=(Head("spam", "spam", ("spam",)), Head("spam", "real_spam", ("real_spam",))),
        real=(REAL,),
        changes="| before | after |",
        limits="A known weakness.",
    )


@pytest.fixture(scope="module")
def tiny_recipe() -> Recipe:
    return TINY_RECIPE


@pytest.fixture(scope="module")
def trained_two(real_dir: Path, two_heads: Recipe) -> Trained:
    return train(two_heads, [real_dir])


def test_real_rows_map_labels_and_drop_the_rest(real_dir: Path) -> None:
    train_rows = real_rows(REAL, [real_dir], "train")
    assert set(train_rows.labels) == {"real_spam", "none"}
    assert len(train_rows) == 36  # 54 train rows, the 18 `junk` ones dropped


def test_real_train_and_dev_join_the_training_rows_never_test(
    real_dir: Path, two_heads: Recipe, tiny_recipe: Recipe
) -> None:
    path = find_dataset("tiny_spam", [real_dir])
    plain = training_splits(tiny_recipe, [real_dir], path)
    joined = training_splits(two_heads, [real_dir], path)
    for split in ("train", "dev"):
        extra = real_rows(REAL, [real_dir], split)
        assert joined[split].texts == plain[split].texts + extra.texts
    assert joined["test"] == plain["test"]


def test_two_heads_of_one_category_are_calibrated_apart(trained_two: Trained) -> None:
    trained = trained_two
    model = trained.model
    assert model.classes == ("none", "real_spam", "spam")
    dev = trained.splits["dev"]
    for head in model.heads:
        share = sum(label == head.label for label in dev.labels) / len(dev)
        assert head.fit_rate == pytest.approx(share, abs=1e-6)
        assert 0.0 < head.threshold < 1.0


def test_category_row_flags_when_any_head_does(real_dir: Path, trained_two: Trained) -> None:
    test = real_rows(REAL, [real_dir], "test")
    report = evaluate_test(trained_two.model, test)["heads"]
    assert set(report) == {"spam/spam", "spam/real_spam", "spam/any"}
    positives = sum(label == "real_spam" for label in test.labels)
    # Every head is scored against the rows of its category, whichever head they belong to.
    assert {r["positives"] for r in report.values()} == {positives}
    tp = report["spam/any"]["confusion"][1][1]
    assert tp >= max(report[k]["confusion"][1][1] for k in ("spam/spam", "spam/real_spam"))
    assert report["spam/any"]["f1"] > 0.9


def test_min_weight_drops_small_weights(real_dir: Path, tiny_recipe: Recipe) -> None:
    full = train(tiny_recipe, [real_dir]).model
    cut = train(replace(tiny_recipe, min_weight=0.05), [real_dir]).model
    assert 0 < len(cut.rows) < len(full.rows)
    assert np.abs(cut.weights).max(axis=1).min() > 0.05


def test_card_and_meta_report_the_real_test_split(
    real_dir: Path,
    two_heads: Recipe,
    trained_two: Trained,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(RECIPES, "tiny_spam", two_heads)  # evaluation finds the recipe
    out = tmp_path / "tiny_spam"
    train_and_save(two_heads, out, [real_dir], command="pytest")
    meta = json.loads((out / "model.json").read_text())
    assert set(meta["real_test"]["tiny_real"]["heads"]) == {
        "spam/spam",
        "spam/real_spam",
        "spam/any",
    }
    card = (out / "MODEL_CARD.md").read_text()
    assert "split `train` of `tiny_spam` and of `tiny_real`" in card
    assert "- **Real data:** `tiny_real`: generated in tests. Licence: n/a. a real set" in card
    assert "## Test split of `tiny_real` (real data)" in card
    assert "## Before and after" in card and "A known weakness." in card
    result = evaluate_model(trained_two.model, [real_dir])
    (real,) = result["real"]
    assert real["dataset"] == "tiny_real" and real["n"] == 12


def test_shipped_recipes_train_on_the_real_sets() -> None:
    self_harm, sexual = RECIPES["self_harm_en"], RECIPES["sexual_en"]
    assert [r.dataset for r in self_harm.real] == ["cssrs_suicide_risk_en"]
    assert dict(self_harm.real[0].labels) == {
        "ideation": "suicide_risk",
        "behavior": "suicide_risk",
        "attempt": "suicide_risk",
        "supportive": "no_suicide_risk",
        "indicator": "no_suicide_risk",
    }
    assert "human review" in self_harm.real[0].note and "Gaur" in self_harm.real[0].source
    assert [r.dataset for r in sexual.real] == ["convabuse_en"]
    assert dict(sexual.real[0].labels)["sexual_harassment"] == "sexual_harassment"
    assert {dict(sexual.real[0].labels)[k] for k in ("abusive", "not_abusive")} == {"none"}
    # The background negatives the authored recipes used stay.
    assert set(catalog._cross("sexual", "en")) <= set(sexual.background)
    assert all(
        not r.real for name, r in RECIPES.items() if name not in {"self_harm_en", "sexual_en"}
    )


@pytest.mark.parametrize("name", ["self_harm_en", "sexual_en"])
def test_shipped_model_matches_its_recipe_and_stays_small(name: str) -> None:
    from clearpost.detectors.classifier import default_model_dir, load_models

    folder = default_model_dir() / name
    if not (folder / "model.json").is_file():
        pytest.skip("no shipped model")
    (model,) = [m for m in load_models() if m.name == name]
    recipe = RECIPES[name]
    assert [(h.category, h.label) for h in model.heads] == [
        (h.category, h.label) for h in recipe.heads
    ]
    assert all(h.fit_rate and h.prior == catalog.DEPLOYMENT_PRIORS[h.category] for h in model.heads)
    assert set(json.loads((folder / "model.json").read_text())["real_test"]) == {
        r.dataset for r in recipe.real
    }
    assert sum(f.stat().st_size for f in folder.iterdir()) <= 2 * 1024 * 1024


def test_eval_policy_reports_the_real_test_sets_apart() -> None:
    from clearpost.training.traffic import CLEAN, POSITIVES, REAL

    trained_on = {r.dataset for recipe in RECIPES.values() for r in recipe.real}
    assert {s.dataset for sources in REAL.values() for s in sources} == trained_on
    pooled = {s.dataset for s in CLEAN} | {s.dataset for v in POSITIVES.values() for s in v}
    assert not pooled & trained_on
