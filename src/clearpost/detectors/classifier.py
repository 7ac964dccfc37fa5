"""Trained text classifiers as a detector: one Signal per (item, model head).

Models are the small files under the repository's `models/` folder (bundled into the wheel
as `clearpost/_bundled/models`), read once when the detector is built, never from the
network. English items are scored by English models, Chinese items by Chinese ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType

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

    Signals carry `detector="clf:<model>"`, the head's category and finer label, a score
    calibrated on the model's dev split, and the dev-chosen threshold in `details`.
    """

    name = "classifier"

    def __init__(
        self,
        model_dir: Path | None = None,
        models: Sequence[artifact.LinearTextModel] | None = None,
    ) -> None:
        loaded = list(models) if models is not None else load_models(model_dir)
        self._banks: dict[str, list[ModelBank]] = banks_by_language(loaded)
        self.models = tuple(loaded)
        self.categories: tuple[str, ...] = tuple(
            sorted({head.category for m in loaded for head in m.heads})
        )
        self._details = {
            (m.name, j): MappingProxyType({"threshold": h.threshold, "model": m.name})
            for m in loaded
            for j, h in enumerate(m.heads)
        }

    def detect(self, batch: Sequence[Prepared]) -> list[list[Signal]]:
        """Score the whole batch: one featurisation and product per language and spec."""
        out: list[list[Signal]] = [[] for _ in batch]
        for lang, banks in self._banks.items():
            index = [i for i, item in enumerate(batch) if item.lang == lang]
            texts = [batch[i].model_text for i in index]
            keep = [k for k, text in enumerate(texts) if text.strip()]
            if not keep:
                continue
            index = [index[k] for k in keep]
            texts = [texts[k] for k in keep]
            for bank in banks:
                for result in bank.score(texts):
                    model = result.model
                    detector = f"clf:{model.name}"
                    scores = result.heads.tolist()
                    for j, head in enumerate(model.heads):
                        details = self._details[(model.name, j)]
                        for row, i in enumerate(index):
                            out[i].append(
                                Signal(
                                    detector=detector,
                                    category=head.category,
                                    score=scores[row][j],
                                    label=head.label,
                                    details=details,
                                )
                            )
        return out
