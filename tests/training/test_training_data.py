import gzip
from pathlib import Path

import pytest

from clearpost.training.data import DataError, find_dataset, load_splits, read_rows


def test_reads_csv_and_gz(tmp_path: Path, make_csv, rows) -> None:
    plain = make_csv(tmp_path / "a" / "data.csv", rows)
    packed = tmp_path / "b" / "data.csv.gz"
    packed.parent.mkdir()
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert read_rows(plain) == read_rows(packed)
    assert find_dataset("b", [tmp_path]) == packed


def test_splits_are_normalized(tmp_path: Path, make_csv) -> None:
    path = make_csv(tmp_path / "d.csv", [("HeLLo\u200b World", "x", "train")])
    assert load_splits(path)["train"].texts == ("hello world",)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"nope\.csv"):
        read_rows(tmp_path / "nope.csv")


def test_wrong_header(tmp_path: Path, make_csv) -> None:
    path = make_csv(tmp_path / "d.csv", [("a", "b", "train")], header="body,label,split")
    with pytest.raises(DataError, match="header"):
        read_rows(path)


def test_unknown_dataset(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not found"):
        find_dataset("absent", [tmp_path])
