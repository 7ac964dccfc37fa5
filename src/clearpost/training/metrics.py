"""Evaluation figures for binary heads and multiclass decisions (plain dicts, JSON-ready)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score


def _ratio(num: float, den: float) -> float:
    return float(num / den) if den else 0.0


def binary_report(truth: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, Any]:
    """Precision, recall, F1, accuracy at `threshold`; ROC-AUC, PR-AUC; confusion; ECE."""
    truth = truth.astype(bool)
    flagged = scores >= threshold
    tp = int(np.sum(flagged & truth))
    fp = int(np.sum(flagged & ~truth))
    fn = int(np.sum(~flagged & truth))
    tn = int(np.sum(~flagged & ~truth))
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    both = truth.any() and (~truth).any()
    return {
        "n": len(truth),
        "positives": int(truth.sum()),
        "threshold": round(float(threshold), 4),
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
        "accuracy": _ratio(tp + tn, len(truth)),
        "flag_rate": _ratio(tp + fp, len(truth)),
        "roc_auc": float(roc_auc_score(truth, scores)) if both else None,
        "pr_auc": float(average_precision_score(truth, scores)) if both else None,
        "confusion": [[tn, fp], [fn, tp]],
        "ece": expected_calibration_error(truth, scores),
    }


def expected_calibration_error(truth: np.ndarray, scores: np.ndarray, bins: int = 10) -> float:
    """Mean |observed rate - mean score| over equal-width score bins, weighted by size."""
    edges = np.minimum((scores * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        inside = edges == b
        if inside.any():
            total += inside.sum() * abs(truth[inside].mean() - scores[inside].mean())
    return float(total / max(len(truth), 1))


def multiclass_report(
    truth: np.ndarray, predicted: np.ndarray, classes: Sequence[str]
) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix."""
    k = len(classes)
    confusion = np.zeros((k, k), dtype=np.int64)
    np.add.at(confusion, (truth, predicted), 1)
    per_class = {}
    for i, name in enumerate(classes):
        tp = confusion[i, i]
        precision = _ratio(tp, confusion[:, i].sum())
        recall = _ratio(tp, confusion[i, :].sum())
        per_class[name] = {
            "precision": precision,
            "recall": recall,
            "f1": _ratio(2 * precision * recall, precision + recall),
            "support": int(confusion[i, :].sum()),
        }
    return {
        "n": len(truth),
        "accuracy": _ratio(np.trace(confusion), confusion.sum()),
        # Classes absent from `truth` (e.g. a background class) do not enter the average.
        "macro_f1": float(np.mean([c["f1"] for c in per_class.values() if c["support"]] or [0])),
        "per_class": per_class,
        "confusion": confusion.tolist(),
        "classes": list(classes),
    }


def best_threshold(truth: np.ndarray, scores: np.ndarray, objective: str = "f1") -> float:
    """The score cut-off that maximises F1 (or accuracy) on these rows."""
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    t = truth[order].astype(bool)
    tp = np.cumsum(t)
    fp = np.cumsum(~t)
    positives = t.sum()
    # Candidate cut-offs: flag the top i rows; only where the score changes.
    last = np.r_[s[1:] != s[:-1], True]
    if objective == "accuracy":
        value = tp + (len(t) - positives - fp)
    else:
        value = 2 * tp / np.maximum(tp + fp + positives, 1)
    value = np.where(last, value, -1)
    i = int(np.argmax(value))
    below = s[i + 1] if i + 1 < len(s) else 0.0
    return float((s[i] + below) / 2)
