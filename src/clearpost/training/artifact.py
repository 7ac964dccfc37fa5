"""The shipped model format: `weights.npz` (numbers) + `model.json` (everything else).

No pickle: the arrays are loaded with `allow_pickle=False`, the rest is plain JSON, so a
model file can be read without running code from it. Only numpy is needed to score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from clearpost.training.features import FeatureSpec

FORMAT = "clearpost-linear-text/1"
WEIGHTS_FILE = "weights.npz"
META_FILE = "model.json"


@dataclass(frozen=True)
class HeadModel:
    """One emitted signal: P(any of `class_index`), Platt-calibrated on dev.

    `fit_rate` is the share of positives in the rows the Platt scaling was fitted on (dev
    plus its background negatives) and `prior` the share expected in deployment traffic;
    with both, `prior_shift` moves the score from the first base rate to the second.
    """

    category: str
    label: str
    class_index: tuple[int, ...]
    platt_a: float = 1.0
    platt_b: float = 0.0
    threshold: float = 0.5  # chosen on dev (on the dev-calibrated score); a suggestion
    fit_rate: float | None = None
    prior: float | None = None

    @property
    def prior_shift(self) -> float:
        """logit(prior) - logit(fit_rate): added to the score's log-odds; 0 when unknown."""
        if self.fit_rate is None or self.prior is None:
            return 0.0
        return _logit(self.prior) - _logit(self.fit_rate)

    def as_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "label": self.label,
            "class_index": list(self.class_index),
            "platt_a": self.platt_a,
            "platt_b": self.platt_b,
            "threshold": self.threshold,
            "fit_rate": self.fit_rate,
            "prior": self.prior,
        }


_EPS = 1e-6


def _logit(p: float) -> float:
    p = min(max(p, _EPS), 1.0 - _EPS)
    return float(np.log(p / (1.0 - p)))


def shift_prior(scores: np.ndarray, shift: np.ndarray | float) -> np.ndarray:
    """Prior-shift correction: sigmoid(logit(clip(p)) + shift), shift per column.

    Under label shift (texts of each class look the same, only the class shares differ) a
    calibrated probability moves from base rate r to base rate q by adding
    logit(q) - logit(r) to its log-odds.
    """
    p = np.clip(scores, _EPS, 1.0 - _EPS)
    z = np.log(p / (1.0 - p)) + shift
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class LinearTextModel:
    """Hashed n-gram features -> linear logits -> class probabilities -> calibrated heads.

    Binary models keep one logit column (the second class); multiclass ones one per class.
    """

    name: str
    dataset: str
    lang: str
    spec: FeatureSpec
    classes: tuple[str, ...]
    rows: np.ndarray  # feature ids that have weights (sorted int64)
    weights: np.ndarray  # (len(rows), n_outputs) float32
    bias: np.ndarray  # (n_outputs,) float32
    heads: tuple[HeadModel, ...]
    offsets: np.ndarray  # added to class log-probabilities before argmax (tuned on dev)
    meta: dict[str, Any] = field(default_factory=dict)
    # Item fields the model reads ("title"); empty: all fields joined (`model_text`).
    fields: tuple[str, ...] = ()

    @property
    def n_outputs(self) -> int:
        return int(self.weights.shape[1])

    def dense_weights(self) -> np.ndarray:
        """The weight matrix over the whole hashed space (rows without weight are zero)."""
        dense = np.zeros((1 << self.spec.bits, self.n_outputs), dtype=np.float32)
        dense[self.rows] = self.weights
        return dense

    def class_proba(self, logits: np.ndarray) -> np.ndarray:
        """Class probabilities from this model's logit columns (with bias not yet added)."""
        z = logits + self.bias
        if self.n_outputs == 1:
            p = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.stack([1.0 - p, p], axis=1)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def head_scores(self, proba: np.ndarray) -> np.ndarray:
        """Calibrated score of every head, shape (n, n_heads)."""
        out = np.empty((proba.shape[0], len(self.heads)), dtype=np.float64)
        for j, head in enumerate(self.heads):
            p = np.clip(proba[:, list(head.class_index)].sum(axis=1), 1e-7, 1 - 1e-7)
            z = head.platt_a * np.log(p / (1.0 - p)) + head.platt_b
            out[:, j] = 1.0 / (1.0 + np.exp(-z))
        return out

    def predict_class(self, proba: np.ndarray) -> np.ndarray:
        """Class index per row: argmax of log-probability plus the dev-tuned offsets."""
        return np.argmax(np.log(np.clip(proba, 1e-12, 1.0)) + self.offsets, axis=1)


def save(model: LinearTextModel, out_dir: Path) -> None:
    """Write `weights.npz` and `model.json` into `out_dir` (created if needed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out_dir / WEIGHTS_FILE,
        rows=model.rows.astype(np.uint32),
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
    )
    save_meta(model, out_dir)


def save_meta(model: LinearTextModel, out_dir: Path) -> None:
    """Rewrite only `model.json` (calibration and metadata; the weights stay as they are)."""
    meta = {
        "format": FORMAT,
        "name": model.name,
        "dataset": model.dataset,
        "lang": model.lang,
        "spec": model.spec.as_dict(),
        "classes": list(model.classes),
        "offsets": [float(x) for x in model.offsets],
        "heads": [head.as_dict() for head in model.heads],
        "fields": list(model.fields),
        **model.meta,
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


def load(model_dir: Path) -> LinearTextModel:
    """Read a model written by `save`. Raises ValueError on an unknown format."""
    meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise ValueError(f"{model_dir / META_FILE}: unknown model format {meta.get('format')}")
    with np.load(model_dir / WEIGHTS_FILE, allow_pickle=False) as arrays:
        rows = arrays["rows"].astype(np.int64)
        weights = arrays["weights"].astype(np.float32)
        bias = arrays["bias"].astype(np.float32)
    heads = tuple(
        HeadModel(
            category=h["category"],
            label=h["label"],
            class_index=tuple(h["class_index"]),
            platt_a=float(h["platt_a"]),
            platt_b=float(h["platt_b"]),
            threshold=float(h["threshold"]),
            fit_rate=_optional_float(h.get("fit_rate")),
            prior=_optional_float(h.get("prior")),
        )
        for h in meta["heads"]
    )
    known = {"format", "name", "dataset", "lang", "spec", "classes", "offsets", "heads", "fields"}
    return LinearTextModel(
        name=meta["name"],
        dataset=meta["dataset"],
        lang=meta["lang"],
        spec=FeatureSpec(**meta["spec"]),
        classes=tuple(meta["classes"]),
        rows=rows,
        weights=weights,
        bias=bias,
        heads=heads,
        offsets=np.asarray(meta["offsets"], dtype=np.float64),
        meta={k: v for k, v in meta.items() if k not in known},
        fields=tuple(meta.get("fields", ())),
    )


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)
