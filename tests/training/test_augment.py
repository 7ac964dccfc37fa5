"""Training-time augmentation: obfuscated copies of train rows only, deterministic, labels
kept, calibration untouched."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from clearpost.text.normalize import model_view
from clearpost.training import artifact
from clearpost.training.augment import augmented_rows
from clearpost.training.catalog import AUGMENT, EN_AUGMENT, RECIPES, ZH_AUGMENT, Recipe
from clearpost.training.data import Split
from clearpost.training.obfuscation import TECHNIQUES, AnyReading, content_words
from clearpost.training.service import train_and_save
from clearpost.training.trainer import train

EN_ROWS = Split(
    tuple(
        model_view(t)
        for t in (
            "you are a worthless idiot and everyone hates you",
            "see you at lunch tomorrow, the meeting moved to noon",
            "claim your free prize now, call this number",
            "thanks for the notes from yesterday's class",
        )
        * 25
    ),
    ("abuse", "none", "spam", "none") * 25,
)
ZH_ROWS = Split(
    tuple(model_view(t) for t in ("你就是个傻逼，滚出去", "今天天气很好，我们去公园散步吧") * 25),
    ("abuse", "none") * 25,
)


def test_copies_are_deterministic_and_keep_labels() -> None:
    half = replace(EN_AUGMENT, share=0.5)
    first = augmented_rows(EN_ROWS, half, "m")
    assert first == augmented_rows(EN_ROWS, half, "m")
    assert first != augmented_rows(EN_ROWS, half, "other")
    assert 30 <= len(first) <= 70  # about half of the 100 rows
    for text in first.texts:
        assert text not in EN_ROWS.texts  # the normalizer does not undo it
        assert text == model_view(text)  # stored as classifiers read it
    # Every class is copied: obfuscation alone must not look like a positive.
    assert set(first.labels) == set(EN_ROWS.labels)
    # A copy keeps the label of its row (rows of one label share their first word here).
    pairs = zip(EN_ROWS.texts, EN_ROWS.labels, strict=True)
    first_words = {t.split()[0]: label for t, label in pairs}
    for text, label in zip(first.texts, first.labels, strict=True):
        word = text.split()[0]
        assert first_words.get(word, label) == label


def test_the_seed_and_share_change_the_copies() -> None:
    base = augmented_rows(EN_ROWS, EN_AUGMENT, "m")
    assert augmented_rows(EN_ROWS, replace(EN_AUGMENT, seed=2), "m") != base
    assert len(augmented_rows(EN_ROWS, replace(EN_AUGMENT, share=1.0), "m")) > len(base)
    assert augmented_rows(EN_ROWS, replace(EN_AUGMENT, share=0.0), "m") == Split((), ())


def test_chinese_copies_use_pinyin_and_homophones() -> None:
    copies = augmented_rows(ZH_ROWS, replace(ZH_AUGMENT, share=1.0), "m")
    assert any(any("a" <= c <= "z" for c in text) for text in copies.texts)  # pinyin
    assert set(copies.labels) == {"abuse", "none"}


def test_recipes_name_known_techniques_of_their_language() -> None:
    assert EN_AUGMENT.seed != 0  # the evaluation's seed
    for lang, augment in AUGMENT.items():
        for technique in augment.techniques:
            assert lang in TECHNIQUES[technique].langs
    for recipe in RECIPES.values():
        if recipe.augment is not None:
            assert recipe.augment == AUGMENT[recipe.lang]


def test_any_reading_swaps_same_reading_characters() -> None:
    import random

    swapped = AnyReading().apply("傻逼", random.Random(1))
    assert swapped != "傻逼" and len(swapped) == 2


def test_content_words_skip_function_words() -> None:
    text = "the idiot was late"
    assert [text[s:e] for s, e in content_words(text)] == ["idiot", "late"]
    zh = "他是傻逼"
    assert [zh[s:e] for s, e in content_words(zh)] == ["傻逼"]
    assert [zh[s:e] for s, e in content_words("他是")] == ["他是"]  # none: every word


def test_only_train_is_augmented(data_dir: Path, tiny_recipe: Recipe) -> None:
    plain = train(tiny_recipe, [data_dir])
    recipe = replace(tiny_recipe, augment=replace(EN_AUGMENT, share=1.0))
    augmented = train(recipe, [data_dir])
    assert augmented.augmented > 0 and plain.augmented == 0
    assert augmented.splits == plain.splits  # dev and test (and train as read) unchanged
    # Calibration rows are the dev split as it is: same fit rate.
    assert augmented.model.heads[0].fit_rate == plain.model.heads[0].fit_rate
    assert train(recipe, [data_dir], augment=False).augmented == 0


@pytest.mark.parametrize("augment", [True, False])
def test_card_and_meta_say_whether_copies_were_trained_on(
    data_dir: Path, tmp_path: Path, tiny_recipe: Recipe, augment: bool
) -> None:
    recipe = replace(tiny_recipe, augment=EN_AUGMENT)
    out = tmp_path / "m"
    train_and_save(recipe, out, [data_dir], command="pytest", augment=augment)
    rows = artifact.load(out).meta["rows"]
    card = (out / "MODEL_CARD.md").read_text()
    assert ("train_obfuscated" in rows) is augment
    assert ("**Augmentation:**" in card) is augment
