"""Fixtures for the training tests: tiny labelled CSV files and a tiny trained model."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from clearpost.training.catalog import EN_SPEC, Head, Recipe

_SPAM = [
    "win a free prize now",
    "claim your cash reward",
    "cheap loans call now",
    "urgent: you won",
]
_HAM = ["see you at lunch", "the meeting moved to noon", "thanks for the notes", "call me later"]


def write_csv(
    path: Path, rows: list[tuple[str, str, str]], header: str = "text,label,split"
) -> Path:
    """Write `rows` as a `text,label,split` CSV (header overridable to test bad input)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header + "\n")
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def tiny_rows(seed: int = 7) -> list[tuple[str, str, str]]:
    """About 120 short spam-like and ordinary messages over train/dev/test."""
    rng = random.Random(seed)
    rows = []
    for i in range(120):
        spam = i % 2 == 0
        words = rng.sample(_SPAM if spam else _HAM, 2)
        text = f"{words[0]} {i % 7} {words[1]}"
        split = ("train", "train", "train", "dev", "test")[i % 5]
        rows.append((text, "spam" if spam else "none", split))
    return rows


TINY_RECIPE = Recipe(
    name="tiny_spam",
    dataset="tiny_spam",
    lang="en",
    heads=(Head("spam", "spam", ("spam",)),),
    source="generated in tests",
    licence="n/a",
    spec=EN_SPEC,
)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the `tiny_spam` set."""
    base = tmp_path_factory.mktemp("data")
    write_csv(base / "tiny_spam" / "data.csv", tiny_rows())
    return base


@pytest.fixture(scope="session")
def tiny_model_dir(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models folder with one model trained on `tiny_spam`."""
    from clearpost.training.service import train_and_save

    models = tmp_path_factory.mktemp("models")
    train_and_save(TINY_RECIPE, models / "tiny_spam", [data_dir], command="pytest")
    return models


@pytest.fixture
def rows() -> list[tuple[str, str, str]]:
    """The rows of the tiny spam set."""
    return tiny_rows()


@pytest.fixture
def make_csv() -> Callable[..., Path]:
    """The CSV writer, for tests that need their own (possibly broken) files."""
    return write_csv


@pytest.fixture
def tiny_recipe() -> Recipe:
    """The recipe of the tiny spam set."""
    return TINY_RECIPE
