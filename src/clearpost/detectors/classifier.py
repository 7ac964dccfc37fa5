"""Trained text classifiers as a detector: one Signal per (item, model head).

Models are the small files under the repository's `models/` folder (bundled into the wheel
as `clearpost/_bundled/models`), read once when the detector is built, never from the
network. English items are scored by English models, Chinese items by Chinese ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

import clearpost
from clearpost.detectors.base import Prepared, Signal
from clearpost.training import artifact
from clearpost.training.bank import ModelBank, banks_by_language


def default_model_dir() -> Path:
    """The bundled models (wheel install), else the checkout's `models/` (editable)."""
    bundled = Path(clearpost.__file__).parent / "_bundled" / "models"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[3] / "models"


def load_models(model_dir: Path | None = None) -> list[artifact.LinearTextModel]:
    """Every model found in `model_dir` (one sub-folder each, with a `model.json`)."""
    base = model_dir or default_model_dir()
    if not base.is_dir():
        return []
    return [
        artifact.load(sub) for sub in sorted(base.iterdir()) if (sub / artifact.META_FILE).is_file()
    ]


class ClassifierDetector:
    """Batch detector over the shipped linear text models.

    Signals carry `detector="clf:<model>"`, the head's category and finer label, and a
    score moved from the base rate it was calibrated at (the model's dev rows) to the
    category's deployment prior stored in the model (`HeadModel.prior_shift`). `details`
    keeps the dev-calibrated `raw_score`, and the dev-chosen threshold on both scales.
    `deployment_priors=False` emits the dev-calibrated scores (evaluation only).
    """

    name = "classifier"

    def __init__(
        self,
        model_dir: Path | None = None,
        models: Sequence[artifact.LinearTextModel] | None = None,
        *,
        deployment_priors: bool = True,
    ) -> None:
        loaded = list(models) if models is not None else load_models(model_dir)
        # Banks per (fields read, language): models reading the same text share its features.
        self._banks: dict[tuple[str, ...], dict[str, list[ModelBank]]] = {}
        for fields in sorted({m.fields for m in loaded}):
            group = [m for m in loaded if m.fields == fields]
            self._banks[fields] = banks_by_language(group)
        self.models = tuple(loaded)
        self.deployment_priors = deployment_priors
        self.categories: tuple[str, ...] = tuple(
            sorted({head.category for m in loaded for head in m.heads})
        )
        self._shifts = {
            m.name: np.array([h.prior_shift if deployment_priors else 0.0 for h in m.heads])
            for m in loaded
        }
        self._thresholds = {
            m.name: [
                (h.threshold, round(float(artifact.shift_prior(np.array(h.threshold), s)), 4))
                for h, s in zip(m.heads, self._shifts[m.name], strict=True)
            ]
            for m in loaded
        }

    def detect(self, batch: Sequence[Prepared]) -> list[list[Signal]]:
        """Score the whole batch: one featurisation and product per language and spec."""
        out: list[list[Signal]] = [[] for _ in batch]
        for fields, by_lang in self._banks.items():
            for lang, banks in by_lang.items():
                index, texts = _texts(batch, lang, fields)
                if index:
                    self._score(banks, index, texts, out)
        return out

    def _score(
        self,
        banks: Sequence[ModelBank],
        index: Sequence[int],
        texts: Sequence[str],
        out: list[list[Signal]],
    ) -> None:
        for bank in banks:
            for result in bank.score(texts):
                model = result.model
                detector = f"clf:{model.name}"
                shift = self._shifts[model.name]
                raw = result.heads.tolist()
                scores = artifact.shift_prior(result.heads, shift).tolist() if shift.any() else raw
                for j, head in enumerate(model.heads):
                    raw_threshold, threshold = self._thresholds[model.name][j]
                    for row, i in enumerate(index):
                        out[i].append(
                            Signal(
                                detector=detector,
                                category=head.category,
                                score=scores[row][j],
                                label=head.label,
                                details={
                                    "model": model.name,
                                    "raw_score": raw[row][j],
                                    "threshold": threshold,
                                    "raw_threshold": raw_threshold,
                                },
                            )
                        )


def _texts(
    batch: Sequence[Prepared], lang: str, fields: tuple[str, ...]
) -> tuple[list[int], list[str]]:
    """Indices and texts of the items in `lang` that have something in `fields`."""
    index: list[int] = []
    texts: list[str] = []
    for i, item in enumerate(batch):
        if item.lang != lang:
            continue
        if fields:
            text = "\n".join(item.fields[f].model for f in fields if f in item.fields)
        else:
            text = item.model_text
        if text.strip():
            index.append(i)
            texts.append(text)
    return index, texts
