"""Read, validate and store hash lists. Services flush; the caller commits."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from clearpost.hashes.matcher import ListEntry
from clearpost.hashes.models import HashEntry

KINDS = ("sha256", "pdq")
COLUMNS = ("hash", "kind", "category", "label")
MAX_PROBLEMS = 20
_CHUNK = 5_000
_LIST_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")
_CATEGORY = re.compile(r"[a-z][a-z0-9_]{0,63}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class HashListError(ValueError):
    """A hash list that cannot be imported; `problems` has one line per bad row."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(problems[0] if problems else "invalid hash list")
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class HashEntryIn:
    """One validated row of a hash list file."""

    kind: str
    hash: str
    category: str
    label: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class ImportResult:
    list_name: str
    added: int
    updated: int
    unchanged: int
    removed: int


@dataclass(slots=True)
class ListSummary:
    """One list as `clearpost hashes list` shows it."""

    name: str
    counts: dict[str, int] = field(default_factory=dict)  # kind -> entries
    categories: set[str] = field(default_factory=set)
    last_added: datetime | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def check_list_name(name: str) -> str:
    """`name` if it is a valid list name (letters, digits, `_.:-`; 1 to 100 characters)."""
    if not _LIST_NAME.fullmatch(name):
        raise HashListError(
            [
                f"list name {name!r} must be 1 to 100 letters, digits or _.:- "
                "(starting with a letter or digit)"
            ]
        )
    return name


def _row_problem(cells: dict[str, str]) -> tuple[HashEntryIn | None, str | None]:
    kind = cells.get("kind", "").strip().lower()
    digest = cells.get("hash", "").strip().lower()
    category = cells.get("category", "").strip()
    label = cells.get("label", "").strip() or None
    if kind not in KINDS:
        return None, f"kind must be sha256 or pdq, not {kind!r}"
    if not _HEX64.fullmatch(digest):
        return None, f"{kind} hash must be 64 hex digits, got {digest[:80]!r}"
    if not _CATEGORY.fullmatch(category):
        return None, f"category must be lower_snake_case (1 to 64 characters), not {category!r}"
    if label is not None and (len(label) > 64 or not label.isprintable()):
        return None, "label must be at most 64 printable characters"
    return HashEntryIn(kind, digest, category, label), None


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for cells in reader:
            if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
                continue
            yield reader.line_num, cells


def parse_csv(path: Path) -> list[HashEntryIn]:
    """Every entry of a CSV hash list (`hash,kind,category[,label]`, header optional).

    All rows are checked; any problem raises `HashListError` listing `FILE:LINE: reason`
    for each bad row (the first 20), so that nothing from a broken file is imported.
    """
    problems: list[str] = []
    entries: list[HashEntryIn] = []
    seen: dict[tuple[str, str], HashEntryIn] = {}
    bad = 0
    columns: tuple[str, ...] | None = None
    sizes: tuple[int, ...] = (3, 4)  # without a header the label may be left out

    def problem(line: int, message: str) -> None:
        nonlocal bad
        bad += 1
        if len(problems) < MAX_PROBLEMS:
            problems.append(f"{path}:{line}: {message}")

    try:
        for line, cells in _records(path):
            if columns is None:
                names = tuple(cell.strip().lower() for cell in cells)
                if "hash" in names:  # a header (a data row has hex where "hash" would be)
                    unknown = [n for n in names if n not in COLUMNS]
                    missing = [n for n in COLUMNS[:3] if n not in names]
                    if unknown or missing or len(set(names)) != len(names):
                        problem(line, f"header must name hash,kind,category[,label]: {cells}")
                        break
                    columns, sizes = names, (len(names),)
                    continue
                columns = COLUMNS
            if len(cells) not in sizes:
                problem(line, f"expected {','.join(columns)}; got {len(cells)} fields")
                continue
            entry, message = _row_problem(dict(zip(columns, cells, strict=False)))
            if entry is None:
                problem(line, str(message))
                continue
            earlier = seen.get((entry.kind, entry.hash))
            if earlier is not None:
                if (earlier.category, earlier.label) != (entry.category, entry.label):
                    problem(
                        line,
                        f"same {entry.kind} hash as line {earlier.line} "
                        "with another category or label",
                    )
                continue
            entry = HashEntryIn(entry.kind, entry.hash, entry.category, entry.label, line)
            seen[(entry.kind, entry.hash)] = entry
            entries.append(entry)
    except FileNotFoundError:
        raise HashListError([f"{path}: no such file"]) from None
    except UnicodeDecodeError as exc:
        raise HashListError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    except csv.Error as exc:
        raise HashListError([f"{path}: unreadable CSV: {exc}"]) from None
    except OSError as exc:
        raise HashListError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    if bad > len(problems):
        problems.append(f"{path}: {bad - len(problems)} more bad rows not shown")
    if problems:
        raise HashListError(problems)
    if not entries:
        raise HashListError([f"{path}: no entries"])
    return entries


def _chunks(rows: Sequence[dict[str, object]]) -> Iterator[Sequence[dict[str, object]]]:
    for start in range(0, len(rows), _CHUNK):
        yield rows[start : start + _CHUNK]


def create_many(
    *,
    db_session: Session,
    list_name: str,
    entries: Iterable[HashEntryIn],
    source: str,
    now: datetime,
    replace: bool = False,
) -> ImportResult:
    """Add entries to a list. An entry already there takes the new category and label;
    with `replace`, entries of the list that are not in `entries` are removed."""
    check_list_name(list_name)
    if not source or len(source) > 200:
        raise HashListError(["source must be 1 to 200 characters"])
    existing = {
        (kind, digest): (row_id, category, label)
        for row_id, kind, digest, category, label in db_session.execute(
            select(
                HashEntry.id, HashEntry.kind, HashEntry.hash, HashEntry.category, HashEntry.label
            ).where(HashEntry.list_name == list_name)
        )
    }
    new: list[dict[str, object]] = []
    changed: list[dict[str, object]] = []
    kept: set[tuple[str, str]] = set()
    unchanged = 0
    for entry in entries:
        key = (entry.kind, entry.hash)
        kept.add(key)
        found = existing.get(key)
        if found is None:
            new.append(
                {
                    "list_name": list_name,
                    "kind": entry.kind,
                    "hash": entry.hash,
                    "category": entry.category,
                    "label": entry.label,
                    "source": source,
                    "added_at": now,
                }
            )
        elif (found[1], found[2]) != (entry.category, entry.label):
            changed.append({"id": found[0], "category": entry.category, "label": entry.label})
        else:
            unchanged += 1
    gone = [row[0] for key, row in existing.items() if key not in kept] if replace else []
    for start in range(0, len(gone), _CHUNK):
        db_session.execute(delete(HashEntry).where(HashEntry.id.in_(gone[start : start + _CHUNK])))
    for chunk in _chunks(changed):
        db_session.execute(update(HashEntry), chunk)
    for chunk in _chunks(new):
        db_session.execute(insert(HashEntry), chunk)
    db_session.flush()
    return ImportResult(list_name, len(new), len(changed), unchanged, len(gone))


def list_summaries(*, db_session: Session) -> list[ListSummary]:
    """Every list with its entry counts per kind, categories and latest addition."""
    rows = db_session.execute(
        select(
            HashEntry.list_name,
            HashEntry.kind,
            HashEntry.category,
            func.count(),
            func.max(HashEntry.added_at),
        ).group_by(HashEntry.list_name, HashEntry.kind, HashEntry.category)
    )
    summaries: dict[str, ListSummary] = {}
    for name, kind, category, count, last in rows:
        summary = summaries.setdefault(name, ListSummary(name))
        summary.counts[kind] = summary.counts.get(kind, 0) + count
        summary.categories.add(category)
        if last is not None and (summary.last_added is None or last > summary.last_added):
            summary.last_added = last
    return [summaries[name] for name in sorted(summaries)]


def list_entries(*, db_session: Session) -> list[ListEntry]:
    """Every entry of every list, light enough to hold a million in memory."""
    rows = db_session.execute(
        select(
            HashEntry.list_name, HashEntry.kind, HashEntry.hash, HashEntry.category, HashEntry.label
        )
        .order_by(HashEntry.id)
        .execution_options(yield_per=10_000)  # stream: a million rows need not sit in memory
    )
    shared: dict[str, str] = {}  # one string object per distinct list, kind, category, label
    return [
        ListEntry(
            shared.setdefault(name, name),
            shared.setdefault(kind, kind),
            digest,
            shared.setdefault(category, category),
            None if label is None else shared.setdefault(label, label),
        )
        for name, kind, digest, category, label in rows
    ]


def delete_list(*, db_session: Session, list_name: str) -> int:
    """Remove a whole list; returns how many entries it had."""
    result = db_session.execute(delete(HashEntry).where(HashEntry.list_name == list_name))
    db_session.flush()
    return int(getattr(result, "rowcount", 0) or 0)
