"""Evaluating shipped models: in-domain test figures, out-of-domain sets, and speed."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from clearpost.text.normalize import model_view
from clearpost.training.artifact import LinearTextModel, shift_prior
from clearpost.training.bank import ModelBank
from clearpost.training.catalog import RECIPES
from clearpost.training.data import DataError, Split, find_dataset, load_splits, read_rows
from clearpost.training.metrics import binary_report, multiclass_report
from clearpost.training.trainer import real_rows, relabel


@dataclass(frozen=True)
class OutOfDomain:
    """A set the model never trained on: which rows count as positive for which head."""

    dataset: str
    category: str
    positives: tuple[str, ...]
    splits: tuple[str, ...] = ("train", "dev", "test")
    note: str = ""


OUT_OF_DOMAIN: dict[str, tuple[OutOfDomain, ...]] = {
    "davidson": (
        OutOfDomain("stormfront_hate", "hate", ("hate",), ("train", "test"), "balanced sets"),
        OutOfDomain("ethos_hate", "hate", ("hate",)),
        OutOfDomain("hatecheck_en", "hate", ("hateful", "threat"), ("test",)),
    ),
    "cold": (OutOfDomain("hatecheck_zh", "hate", ("hateful", "threat"), ("test",)),),
    "violence_en": (
        OutOfDomain("hatecheck_en", "violence", ("threat",), ("test",)),
        OutOfDomain("xstest_en", "violence", ("unsafe",), ("test",), "flag rate on safe = FPR"),
    ),
    "violence_zh": (OutOfDomain("hatecheck_zh", "violence", ("threat",), ("test",)),),
}


def score_split(model: LinearTextModel, split: Split) -> tuple[np.ndarray, np.ndarray, float]:
    """Class probabilities, head scores and seconds taken, via the detector's code path."""
    bank = ModelBank([model])
    start = time.perf_counter()
    result = bank.score(split.texts)[0]
    return result.proba, result.heads, time.perf_counter() - start


def evaluate_test(model: LinearTextModel, test: Split) -> dict[str, Any]:
    """Test-split figures for every head, the multiclass decision, and throughput.

    A head's positives are the rows of its category (of any head of that category), so a
    category with two heads shows what each catches of it. Such a category also gets a row
    `category/any`: flagged when any of its heads reaches its dev threshold, ranked by the
    largest score relative to its head's threshold.
    """
    proba, heads, seconds = score_split(model, test)
    truth = np.searchsorted(model.classes, test.labels)
    out: dict[str, Any] = {"heads": {}, "n": len(test)}
    for category in dict.fromkeys(h.category for h in model.heads):
        columns = [j for j, h in enumerate(model.heads) if h.category == category]
        positive = np.isin(truth, [i for j in columns for i in model.heads[j].class_index])
        for j in columns:
            head = model.heads[j]
            key = f"{head.category}/{head.label}"
            out["heads"][key] = binary_report(positive, heads[:, j], head.threshold)
        if len(columns) > 1:
            limits = np.array([model.heads[j].threshold for j in columns])
            relative = shift_prior(heads[:, columns], -_logit(limits)).max(axis=1)
            report = binary_report(positive, relative, 0.5)
            out["heads"][f"{category}/any"] = report | {"threshold": None, "ece": None}
    out["multiclass"] = multiclass_report(truth, model.predict_class(proba), model.classes)
    out["items_per_s"] = len(test) / max(seconds, 1e-9)
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1.0 - 1e-6)
    return np.asarray(np.log(p / (1.0 - p)))


def evaluate_real(
    model: LinearTextModel, data_dirs: Sequence[Path] | None = None
) -> list[dict[str, Any]]:
    """The test split of every real set the model's recipe trains on (missing sets are
    skipped, and so are models whose classes lack the set's training labels)."""
    recipe = RECIPES.get(model.dataset)
    results = []
    for real in recipe.real if recipe is not None else ():
        if any(label not in model.classes for _, label in real.labels):
            continue
        try:
            test = real_rows(real, data_dirs, "test")
        except DataError:
            continue
        results.append({"dataset": real.dataset, **evaluate_test(model, test)})
    return results


def evaluate_ood(model: LinearTextModel, data_dirs: Sequence[Path] | None) -> list[dict[str, Any]]:
    """Figures on the out-of-domain sets listed for this model (missing sets are skipped)."""
    results = []
    for spec in OUT_OF_DOMAIN.get(model.name, ()):
        try:
            path = find_dataset(spec.dataset, data_dirs)
        except DataError:
            continue
        rows = [r for r in read_rows(path) if r["split"] in spec.splits]
        texts = tuple(model_view(r["text"]) for r in rows)
        truth = np.array([r["label"] in spec.positives for r in rows])
        j = next(j for j, h in enumerate(model.heads) if h.category == spec.category)
        _, heads, _ = score_split(model, Split(texts, tuple(r["label"] for r in rows)))
        report = binary_report(truth, heads[:, j], model.heads[j].threshold)
        report.update(dataset=spec.dataset, category=spec.category, note=spec.note)
        results.append(report)
    return results


def evaluate_model(
    model: LinearTextModel, data_dirs: Sequence[Path] | None = None, path: Path | None = None
) -> dict[str, Any]:
    """Everything `clearpost eval` reports for one model."""
    recipe = RECIPES.get(model.dataset)
    path = path or find_dataset(model.dataset, data_dirs)
    test = load_splits(path, ("test",))["test"]
    if recipe is not None:
        test = relabel(test, recipe)
    return {
        "model": model.name,
        "dataset": model.dataset,
        "lang": model.lang,
        "test": evaluate_test(model, test),
        "real": evaluate_real(model, data_dirs),
        "out_of_domain": evaluate_ood(model, data_dirs),
    }


def pipeline_speed(
    models: Sequence[LinearTextModel], texts_by_lang: Mapping[str, Sequence[str]], batch: int = 512
) -> dict[str, Any]:
    """Throughput of `normalize` + the classifier detector over short posts, one process."""
    from clearpost.detectors.base import Prepared
    from clearpost.detectors.classifier import ClassifierDetector
    from clearpost.text.normalize import normalize

    detector = ClassifierDetector(models=models)
    raw = [(lang, t) for lang, texts in texts_by_lang.items() for t in texts]
    start = time.perf_counter()
    items = [
        Prepared(item_id=str(i), fields={"body": normalize(t)}, lang=lang)
        for i, (lang, t) in enumerate(raw)
    ]
    normalized = time.perf_counter()
    for first in range(0, len(items), batch):
        detector.detect(items[first : first + batch])
    done = time.perf_counter()
    n = max(len(items), 1)
    per_model = {}
    for model in models:
        texts = [item.model_text for item in items if item.lang == model.lang]
        bank = ModelBank([model])
        begin = time.perf_counter()
        for first in range(0, len(texts), batch):
            bank.score(texts[first : first + batch])
        per_model[model.name] = (time.perf_counter() - begin) / max(len(texts), 1) * 1e6
    return {
        "posts": len(items),
        "mean_chars": float(np.mean([len(t) for _, t in raw])) if raw else 0.0,
        "normalize_us_per_post": (normalized - start) / n * 1e6,
        "classifiers_us_per_post": (done - normalized) / n * 1e6,
        "posts_per_s": n / max(done - start, 1e-9),
        "models": len(models),
        "per_model_us_per_post": per_model,
    }
