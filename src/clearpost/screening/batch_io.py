"""Read `clearpost screen` input (JSONL or CSV) line by line, keeping line numbers.

A bad line becomes an error record; it never stops the lines after it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from clearpost.detectors.base import ImageInput
from clearpost.screening.pipeline import ScreenInput

MAX_IMAGE_FILE = 50_000_000  # read no further; check_images applies the real limit


class InputFileError(ValueError):
    """The whole input is unusable (e.g. a CSV without a text column). One line, exit 2."""


@dataclass(frozen=True, slots=True)
class Record:
    line: int
    item: ScreenInput | None
    error: str | None = None
    raw: dict[str, Any] | None = None

    @property
    def item_id(self) -> str | None:
        return self.item.item_id if self.item else None


_OPTIONAL = ("account_id", "lang", "tier", "classification", "kind")


def _images(value: Any, base: Path) -> tuple[ImageInput, ...]:
    """Image file paths (relative to the input file's folder) read into memory."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("images must be a list of file paths")
    images = []
    for index, name in enumerate(value):
        path = (base / name).expanduser()
        try:
            if path.stat().st_size > MAX_IMAGE_FILE:
                raise ValueError(f"images[{index}]: {name} is over {MAX_IMAGE_FILE} bytes")
            images.append(ImageInput(data=path.read_bytes(), name=name))
        except OSError as exc:
            raise ValueError(f"images[{index}]: cannot read {name}: {exc.strerror}") from None
    return tuple(images)


def _to_input(data: dict[str, Any], line: int, base: Path = Path(".")) -> ScreenInput:
    raw_id = data.get("id", str(line))
    if not isinstance(raw_id, str | int) or isinstance(raw_id, bool) or str(raw_id) == "":
        raise ValueError("id must be a non-empty string or integer")
    text = data.get("text")
    title, body = data.get("title"), data.get("body")
    if text is not None and body is not None:
        raise ValueError("give either text or title/body, not both")
    body = text if text is not None else body
    for name, value in (("text/body", body), ("title", title)):
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be a string")
    images = _images(data.get("images"), base)
    if not (body or "").strip() and not (title or "").strip() and not images:
        raise ValueError("no content: give text, or title and/or body, or images")
    extra = {}
    for name in _OPTIONAL:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be a string")
        extra[name] = value
    return ScreenInput(
        item_id=str(raw_id),
        title=title,
        body=body or "",
        lang=extra["lang"],
        images=images,
        account_id=extra["account_id"],
        tier=extra["tier"],
        classification=extra["classification"],
    )


def read_jsonl(stream: BinaryIO, base: Path = Path(".")) -> Iterator[Record]:
    """One JSON object per line; blank lines are skipped. Image paths are relative to `base`."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Record(number, None, f"invalid UTF-8 at byte {exc.start}")
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(number, None, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield Record(number, None, "each line must be a JSON object")
            continue
        try:
            yield Record(number, _to_input(data, number, base), raw=data)
        except ValueError as exc:
            yield Record(number, None, str(exc), raw=data)


def read_csv(stream: BinaryIO, name: str) -> Iterator[Record]:
    """CSV with a `text` column (and optional `id`, `title`, `account_id`, `lang`, `tier`)."""
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.DictReader(text)
    header = reader.fieldnames or []
    if "text" not in header and "body" not in header:
        raise InputFileError(f"{name}:1: CSV header has no 'text' column")
    number = 1
    for row in reader:
        start, number = number + 1, reader.line_num
        if None in row:
            yield Record(start, None, "row has more fields than the header")
            continue
        values = {k: v for k, v in row.items() if v not in (None, "")}
        if any("\udc80" <= ch <= "\udcff" for v in values.values() for ch in v):
            yield Record(start, None, "invalid UTF-8")
            continue
        values.setdefault("id", str(start))
        try:
            yield Record(start, _to_input(values, start), raw=dict(values))
        except ValueError as exc:
            yield Record(start, None, str(exc), raw=dict(values))
