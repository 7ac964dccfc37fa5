from pathlib import Path

import numpy as np
import pytest

from clearpost.training import artifact
from clearpost.training.bank import ModelBank
from clearpost.training.catalog import DEPLOYMENT_PRIORS, Recipe
from clearpost.training.data import Split
from clearpost.training.metrics import best_threshold, binary_report
from clearpost.training.trainer import train


def test_train_separates_the_classes(data_dir: Path, tiny_recipe: Recipe) -> None:
    trained = train(tiny_recipe, [data_dir])
    test = trained.splits["test"]
    scores = ModelBank([trained.model]).score(test.texts)[0].heads[:, 0]
    truth = np.array([label == "spam" for label in test.labels])
    assert scores[truth].min() > scores[~truth].max()
    head = trained.model.heads[0]
    assert 0.0 < head.threshold < 1.0
    assert head.platt_a > 0  # calibration keeps the order of scores


def test_saved_model_scores_like_the_trained_one(
    data_dir: Path, tmp_path: Path, tiny_recipe: Recipe
) -> None:
    trained = train(tiny_recipe, [data_dir])
    artifact.save(trained.model, tmp_path / "m")
    loaded = artifact.load(tmp_path / "m")
    texts = ("win a free prize now", "see you at lunch")
    a = ModelBank([trained.model]).score(texts)[0].heads
    b = ModelBank([loaded]).score(texts)[0].heads
    assert np.allclose(a, b, atol=1e-3)
    assert loaded.heads == trained.model.heads


def test_model_files_are_not_pickles(tiny_model_dir: Path) -> None:
    files = sorted(p.name for p in (tiny_model_dir / "tiny_spam").iterdir())
    assert files == ["MODEL_CARD.md", "model.json", "weights.npz"]
    with np.load(tiny_model_dir / "tiny_spam" / "weights.npz", allow_pickle=False) as arrays:
        assert set(arrays.files) == {"rows", "weights", "bias"}


def test_best_threshold_and_report() -> None:
    truth = np.array([0, 0, 1, 1, 0, 1], dtype=bool)
    scores = np.array([0.1, 0.2, 0.8, 0.9, 0.4, 0.7])
    threshold = best_threshold(truth, scores)
    assert 0.4 < threshold <= 0.7
    report = binary_report(truth, scores, threshold)
    assert report["f1"] == 1.0 and report["roc_auc"] == 1.0
    assert report["confusion"] == [[3, 0], [0, 3]]


def test_split_length() -> None:
    assert len(Split(("a", "b"), ("x", "y"))) == 2


def test_trainer_stores_fit_rate_and_deployment_prior(data_dir: Path, tiny_recipe: Recipe) -> None:
    trained = train(tiny_recipe, [data_dir])
    (head,) = trained.model.heads
    dev = trained.splits["dev"]
    assert head.fit_rate == pytest.approx(dev.labels.count("spam") / len(dev), abs=1e-6)
    assert head.prior == DEPLOYMENT_PRIORS["spam"]
    assert head.prior_shift < 0  # spam is rarer on a platform than in this dev split


def test_prior_shift_moves_base_rates() -> None:
    head = artifact.HeadModel("spam", "spam", (1,), fit_rate=0.5, prior=0.05)
    # A score equal to the fit rate's base rate becomes the prior; order is kept.
    scores = np.array([[0.5], [0.2], [0.9], [1.0], [0.0]])
    moved = artifact.shift_prior(scores, head.prior_shift)[:, 0]
    assert moved[0] == pytest.approx(0.05)
    assert list(np.argsort(moved)) == list(np.argsort(scores[:, 0]))
    assert 0.0 < moved[4] < moved[3] < 1.0  # clipped to [1e-6, 1 - 1e-6] first
    assert artifact.HeadModel("spam", "spam", (1,)).prior_shift == 0.0  # old models: none
