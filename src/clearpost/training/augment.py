"""Training-time augmentation: obfuscated copies of a share of the train rows.

Classifiers read `model_view`, which undoes look-alike letters, fonts, upside-down text,
emoji letters, spaced-out letters, Traditional characters and full-width forms, but not all
leetspeak ("1" is read as "i"), a word split by one space ("fu ck"), runs of a letter (cut
to two: "fuuuuck" -> "fuuck") or pinyin. Trained on variants made by the same generators
as the evaluation (`clearpost eval-obfuscation`, seed 0) but with another seed, a model
learns those spellings too. Only train rows are copied: calibration, thresholds and fit
rates stay on the untouched dev split, and test stays as it is.
"""

from __future__ import annotations

import random

from clearpost.text.normalize import model_view
from clearpost.training.catalog import Augment
from clearpost.training.data import Split
from clearpost.training.obfuscation import AnyReading, Obfuscator, content_words


def augmented_rows(split: Split, augment: Augment, key: str, max_chars: int = 2000) -> Split:
    """The obfuscated copies (not the rows themselves) of a seeded share of `split`.

    `split` holds model views; each copy is made from the first `max_chars` characters of
    its row (what featurisation reads) and stored as its own model view, with the row's
    label. The techniques are tried in a random order per row and the first copy that
    `model_view` reads differently from the row is kept: one the normalizer undoes
    (look-alike letters, most Traditional characters) would only repeat the row. The same
    (rows, augment, key) always give the same copies.
    """
    rng = random.Random(f"{key}\x00augment\x00{augment.seed}")
    obfuscator = Obfuscator(seed=augment.seed, rate=augment.rate, homophones=AnyReading())
    texts: list[str] = []
    labels: list[str] = []
    for text, label in zip(split.texts, split.labels, strict=True):
        picked = rng.random() < augment.share
        order = rng.sample(augment.techniques, len(augment.techniques))
        if not picked:
            continue
        head = text[:max_chars]
        words = content_words(head)
        if not words:
            continue
        targets = [word for word in words if rng.random() < augment.words] or [rng.choice(words)]
        for technique in order:  # the first technique whose copy reads differently
            variant = obfuscator.variant(head, technique, targets)
            view = model_view(variant) if variant is not None else head
            if view != head:
                texts.append(view)
                labels.append(label)
                break
    return Split(tuple(texts), tuple(labels))
