"""Scoring many linear text models at once (numpy only; used by the detector and eval).

Models that read the same feature space share one featurisation and one sparse-dense
product: the cost of the n-gram hashing is paid once per batch, not once per model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from clearpost.training.artifact import LinearTextModel
from clearpost.training.features import FeatureSpec, project


@dataclass(frozen=True)
class BankScores:
    """One model's output for a batch: class probabilities and calibrated head scores."""

    model: LinearTextModel
    proba: np.ndarray  # (n, n_classes)
    heads: np.ndarray  # (n, n_heads)


class ModelBank:
    """Models with one feature spec, their weights side by side in one dense matrix."""

    def __init__(self, models: Sequence[LinearTextModel]) -> None:
        if not models or any(m.spec != models[0].spec for m in models):
            raise ValueError("a bank needs at least one model, all with the same feature spec")
        self.spec: FeatureSpec = models[0].spec
        self.models = tuple(models)
        width = sum(m.n_outputs for m in models)
        self.weights = np.zeros((1 << self.spec.bits, width), dtype=np.float32)
        self.columns: list[slice] = []
        start = 0
        for m in models:
            self.weights[m.rows, start : start + m.n_outputs] = m.weights
            self.columns.append(slice(start, start + m.n_outputs))
            start += m.n_outputs

    def score(self, texts: Sequence[str]) -> list[BankScores]:
        """Scores of every model of the bank for `texts` (already `model_view`-normalized)."""
        if not texts:
            return []
        logits = project(texts, self.spec, self.weights)
        out = []
        for model, cols in zip(self.models, self.columns, strict=True):
            proba = model.class_proba(logits[:, cols])
            out.append(BankScores(model=model, proba=proba, heads=model.head_scores(proba)))
        return out


def banks_by_language(models: Iterable[LinearTextModel]) -> dict[str, list[ModelBank]]:
    """Group models by language, then by feature spec, into banks."""
    grouped: dict[str, dict[FeatureSpec, list[LinearTextModel]]] = {}
    for model in models:
        grouped.setdefault(model.lang, {}).setdefault(model.spec, []).append(model)
    return {
        lang: [ModelBank(group) for group in by_spec.values()] for lang, by_spec in grouped.items()
    }
