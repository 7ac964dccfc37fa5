"""Reading labelled text sets (`text,label,split` CSV or CSV.gz) for training and evaluation.

Bad input raises `DataError` naming the file; the CLI turns it into exit status 2.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import clearpost
from clearpost.text.normalize import model_view

HEADER = ("text", "label", "split")
SPLITS = ("train", "dev", "test")


class DataError(Exception):
    """A data file is missing or malformed; `path` names it."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Split:
    """The rows of one split: texts as classifiers read them (`model_view`) and labels."""

    texts: tuple[str, ...]
    labels: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.texts)


def repo_root() -> Path:
    """The source checkout (editable install): `src/clearpost/..`."""
    return Path(clearpost.__file__).resolve().parents[2]


def default_data_dirs() -> tuple[Path, ...]:
    """Where data sets are looked for: the shared public sets, then authored ones."""
    root = repo_root()
    return (root.parent / "shared" / "data", root / "shared" / "data", root / "data" / "authored")


def find_dataset(name: str, data_dirs: Sequence[Path] | None = None) -> Path:
    """The `data.csv` (or `data.csv.gz`) file of data set `name`."""
    dirs = tuple(data_dirs) if data_dirs else default_data_dirs()
    for base in dirs:
        for file_name in ("data.csv", "data.csv.gz"):
            candidate = base / name / file_name
            if candidate.is_file():
                return candidate
    raise DataError(dirs[0] / name / "data.csv", "data set not found")


def read_rows(path: Path, header: Sequence[str] = HEADER) -> list[dict[str, str]]:
    """All rows of a CSV or CSV.gz file whose header starts with `header`."""
    if not path.is_file():
        raise DataError(path, "file not found")
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as exc:
        raise DataError(path, f"cannot read ({exc.__class__.__name__})") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    found = next(reader, None)
    if found is None or tuple(found[: len(header)]) != tuple(header):
        raise DataError(path, f"header must start with {','.join(header)}, got {found}")
    names = found
    rows = []
    for line_no, values in enumerate(reader, start=2):
        if len(values) != len(names):
            raise DataError(path, f"line {line_no}: expected {len(names)} fields")
        rows.append(dict(zip(names, values, strict=True)))
    return rows


def load_splits(path: Path, splits: Sequence[str] = SPLITS) -> dict[str, Split]:
    """The rows of `path` grouped by split, texts normalized with `model_view`."""
    grouped: dict[str, tuple[list[str], list[str]]] = {name: ([], []) for name in splits}
    for row in read_rows(path):
        bucket = grouped.get(row["split"])
        if bucket is not None:
            bucket[0].append(model_view(row["text"]))
            bucket[1].append(row["label"])
    return {name: Split(tuple(t), tuple(lab)) for name, (t, lab) in grouped.items()}
