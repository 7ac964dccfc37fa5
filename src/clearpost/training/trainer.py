"""Training one model: fit on `train`, calibrate and choose thresholds on `dev`.

The model is a logistic regression over the shared hashed n-gram space (see features.py).
`test` is never read here; evaluate.py reports on it.
"""

from __future__ import annotations

import itertools
import random
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from clearpost.text.normalize import model_view
from clearpost.training.artifact import HeadModel, LinearTextModel
from clearpost.training.augment import augmented_rows
from clearpost.training.catalog import DEPLOYMENT_PRIORS, RealSet, Recipe
from clearpost.training.data import DataError, Split, find_dataset, load_splits, read_rows
from clearpost.training.features import featurize
from clearpost.training.metrics import best_threshold, multiclass_report

NEGATIVE = "none"


@dataclass
class Trained:
    """A fitted model plus the data it saw (test kept for evaluation)."""

    model: LinearTextModel
    splits: dict[str, Split]
    data_path: Path
    augmented: int = 0  # obfuscated copies of train rows that it also trained on


def relabel(split: Split, recipe: Recipe) -> Split:
    """Apply the recipe's label merges; rows mapped to "" are dropped."""
    if not recipe.relabel:
        return split
    pairs = [
        (t, recipe.relabel.get(lab, lab)) for t, lab in zip(split.texts, split.labels, strict=True)
    ]
    kept = [(t, lab) for t, lab in pairs if lab]
    return Split(tuple(t for t, _ in kept), tuple(lab for _, lab in kept))


def train(
    recipe: Recipe,
    data_dirs: Sequence[Path] | None = None,
    *,
    c: float | None = None,
    limit: int | None = None,
    path: Path | None = None,
    augment: bool = True,
) -> Trained:
    """Train `recipe` on its data set's `train` split; calibrate on `dev`.

    `path` overrides the data file; `limit` keeps the first rows of each split (tests).
    With `augment` (and `recipe.augment`), obfuscated copies of a share of the train rows
    join them (`augment.py`); dev and test are never copied.
    """
    path = path or find_dataset(recipe.dataset, data_dirs)
    splits = training_splits(recipe, data_dirs, path, limit=limit)
    train_split, dev = splits["train"], splits["dev"]
    augmented = 0
    if augment and recipe.augment is not None:
        extra = augmented_rows(train_split, recipe.augment, recipe.name, recipe.spec.max_chars)
        augmented = len(extra)
        train_split = Split(train_split.texts + extra.texts, train_split.labels + extra.labels)
    classes = tuple(sorted(set(train_split.labels)))
    if len(classes) < 2 or not dev.texts:
        raise DataError(path, "need at least two labels in train and a non-empty dev split")
    if recipe.heads and any(lab not in classes for h in recipe.heads for lab in h.labels):
        raise DataError(path, f"labels {classes} do not cover the recipe heads")
    y_train = np.searchsorted(classes, train_split.labels)
    y_dev = _indices(classes, dev.labels, path)

    x_train = featurize(train_split.texts, recipe.spec)
    idf = inverse_document_frequency(x_train)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        fitted = LogisticRegression(
            C=c or recipe.c, max_iter=2000, class_weight=recipe.class_weight
        ).fit(x_train @ sp.diags(idf), y_train)
    # IDF is folded into the weights: (x * idf) . w == x . (idf * w), so scoring stays a
    # single product. Rounded to float16 here so dev calibration sees the shipped weights.
    weights = (fitted.coef_.T * idf[:, None]).astype(np.float16).astype(np.float32)
    rows = np.flatnonzero(np.abs(weights).max(axis=1) > recipe.min_weight)
    model = LinearTextModel(
        name=recipe.name,
        dataset=recipe.dataset,
        lang=recipe.lang,
        spec=recipe.spec,
        classes=classes,
        rows=rows,
        weights=weights[rows],
        bias=fitted.intercept_.astype(np.float32),
        heads=tuple(
            HeadModel(h.category, h.label, tuple(classes.index(lab) for lab in h.labels))
            for h in recipe.heads
        ),
        offsets=np.zeros(len(classes)),
        fields=recipe.fields,
    )
    x_dev = featurize(dev.texts, recipe.spec)
    proba = model.class_proba(np.asarray(x_dev[:, rows] @ model.weights))
    model.offsets = _tune_offsets(proba, y_dev, recipe.objective)
    model.heads = tuple(_calibrate(h, proba, y_dev, recipe.objective) for h in model.heads)
    with_deployment_priors(model, dev)
    report = multiclass_report(y_dev, model.predict_class(proba), classes)
    model.meta = {"dev": {"macro_f1": report["macro_f1"], "accuracy": report["accuracy"]}}
    return Trained(model=model, splits=splits, data_path=path, augmented=augmented)


def training_splits(
    recipe: Recipe, data_dirs: Sequence[Path] | None, path: Path, *, limit: int | None = None
) -> dict[str, Split]:
    """The rows `train` sees: the data set relabelled, plus real sets and background in
    train and dev."""
    splits = {name: relabel(split, recipe) for name, split in load_splits(path).items()}
    if recipe.real:
        splits = add_real(splits, recipe, data_dirs)
    if recipe.background:
        splits = add_background(splits, recipe, data_dirs)
    if limit is not None:
        splits = {k: Split(v.texts[:limit], v.labels[:limit]) for k, v in splits.items()}
    return splits


def fit_rates(model: LinearTextModel, dev: Split) -> list[float]:
    """Per head, the share of `dev` rows (the Platt fitting rows) that are positive."""
    labels = np.array(dev.labels)
    return [
        float(np.isin(labels, [model.classes[i] for i in head.class_index]).mean())
        for head in model.heads
    ]


def with_deployment_priors(model: LinearTextModel, dev: Split) -> None:
    """Store each head's Platt fitting rate and its category's deployment prior."""
    model.heads = tuple(
        replace(head, fit_rate=round(rate, 6), prior=DEPLOYMENT_PRIORS.get(head.category))
        for head, rate in zip(model.heads, fit_rates(model, dev), strict=True)
    )


def real_rows(real: RealSet, data_dirs: Sequence[Path] | None, split: str) -> Split:
    """One split of a real set, with training labels (rows of unmapped labels dropped)."""
    mapping = dict(real.labels)
    rows = read_rows(find_dataset(real.dataset, data_dirs))
    kept = [
        (r["text"], mapping[r["label"]])
        for r in rows
        if r["split"] == split and r["label"] in mapping
    ]
    return Split(tuple(model_view(t) for t, _ in kept), tuple(label for _, label in kept))


def add_real(
    splits: dict[str, Split], recipe: Recipe, data_dirs: Sequence[Path] | None
) -> dict[str, Split]:
    """Append the recipe's real sets to train and dev (their test is reported apart)."""
    out = dict(splits)
    for real in recipe.real:
        for name in ("train", "dev"):
            extra = real_rows(real, data_dirs, name)
            out[name] = Split(out[name].texts + extra.texts, out[name].labels + extra.labels)
    return out


def add_background(
    splits: dict[str, Split], recipe: Recipe, data_dirs: Sequence[Path] | None
) -> dict[str, Split]:
    """Append the recipe's background negatives to train and dev (never to test)."""
    out = dict(splits)
    for extra in recipe.background:
        rows = read_rows(find_dataset(extra.dataset, data_dirs))
        for name, limit in (("train", extra.train_rows), ("dev", extra.train_rows // 8)):
            texts = [r["text"] for r in rows if r["split"] == name and r["label"] in extra.labels]
            random.Random(f"{recipe.name}:{extra.dataset}:{name}").shuffle(texts)
            picked = tuple(model_view(t) for t in texts[:limit])
            base = out[name]
            out[name] = Split(
                base.texts + picked, base.labels + (recipe.background_label,) * len(picked)
            )
    return out


def inverse_document_frequency(matrix: sp.csr_matrix) -> np.ndarray:
    """Smoothed IDF of every hashed column, from the training rows."""
    merged = matrix.copy()
    merged.sum_duplicates()
    df = np.bincount(merged.indices, minlength=matrix.shape[1])
    n = matrix.shape[0]
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


def _indices(classes: tuple[str, ...], labels: Sequence[str], path: Path) -> np.ndarray:
    unknown = set(labels) - set(classes)
    if unknown:
        raise DataError(path, f"labels {sorted(unknown)} appear in dev/test but not in train")
    return np.searchsorted(classes, labels)


def _calibrate(head: HeadModel, proba: np.ndarray, y: np.ndarray, objective: str) -> HeadModel:
    """Platt scaling of the head's log-odds on dev, then the dev threshold."""
    truth = np.isin(y, head.class_index)
    p = np.clip(proba[:, list(head.class_index)].sum(axis=1), 1e-7, 1 - 1e-7)
    z = np.log(p / (1 - p)).reshape(-1, 1)
    platt = LogisticRegression(C=100.0).fit(z, truth)
    head = replace(head, platt_a=float(platt.coef_[0, 0]), platt_b=float(platt.intercept_[0]))
    scores = 1 / (1 + np.exp(-(head.platt_a * z[:, 0] + head.platt_b)))
    return replace(head, threshold=round(best_threshold(truth, scores, objective), 4))


def _tune_offsets(proba: np.ndarray, y: np.ndarray, objective: str) -> np.ndarray:
    """Per-class additive log-probability offsets that maximise dev macro-F1 (or accuracy)."""
    k = proba.shape[1]
    logp = np.log(np.clip(proba, 1e-12, 1.0))
    classes = [str(i) for i in range(k)]
    key = "accuracy" if objective == "accuracy" else "macro_f1"
    grid = np.linspace(-3.0, 3.0, 25) if k <= 3 else np.linspace(-2.0, 2.0, 9)
    best, best_value = np.zeros(k), -1.0
    for combo in itertools.product(grid, repeat=k - 1):
        offsets = np.array((0.0, *combo))
        value = multiclass_report(y, np.argmax(logp + offsets, axis=1), classes)[key]
        if value > best_value + 1e-9 or (
            abs(value - best_value) <= 1e-9 and np.abs(offsets).sum() < np.abs(best).sum()
        ):
            best, best_value = offsets, value
    return best
