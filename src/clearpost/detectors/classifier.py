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
        # Banks per (fields read, language): models reading the same text share its features.
        self._banks: dict[tuple[str, ...], dict[str, list[ModelBank]]] = {}
        for fields in sorted({m.fields for m in loaded}):
            group = [m for m in loaded if m.fields == fields]
            self._banks[fields] = banks_by_language(group)
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
