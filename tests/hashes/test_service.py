"""Hash list files are validated row by row; imports add, update and replace entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearpost.clock import FrozenClock
from clearpost.hashes import service
from clearpost.hashes.models import HashEntry
from tests.hashes.conftest import PDQ_A, SHA_A, SHA_B

WriteCsv = Callable[..., Path]


def test_parse_with_header_comments_and_optional_label(write_csv: WriteCsv) -> None:
    path = write_csv(
        "\ufeffhash,kind,category,label\n"
        "# a comment\n"
        f"{SHA_A.upper()},SHA256,sexual,csam\n"
        "\n"
        f"{PDQ_A},pdq,violence,\n"
    )
    entries = service.parse_csv(path)
    assert [(e.kind, e.hash, e.category, e.label, e.line) for e in entries] == [
        ("sha256", SHA_A, "sexual", "csam", 3),
        ("pdq", PDQ_A, "violence", None, 5),
    ]


def test_parse_without_header_and_columns_in_any_order(write_csv: WriteCsv) -> None:
    plain = write_csv(f"{SHA_A},sha256,sexual\n{SHA_B},sha256,fraud,phish_kit\n", "a.csv")
    assert [e.label for e in service.parse_csv(plain)] == [None, "phish_kit"]
    reordered = write_csv(f"category,kind,hash\nsexual,pdq,{PDQ_A}\n", "b.csv")
    [entry] = service.parse_csv(reordered)
    assert (entry.kind, entry.hash, entry.category) == ("pdq", PDQ_A, "sexual")


def test_exact_duplicates_are_folded(write_csv: WriteCsv) -> None:
    path = write_csv(f"{SHA_A},sha256,sexual\n{SHA_A},sha256,sexual\n")
    assert len(service.parse_csv(path)) == 1


def test_every_bad_row_is_named_by_file_and_line(write_csv: WriteCsv) -> None:
    path = write_csv(
        "hash,kind,category,label\n"
        f"{SHA_A},sha256,sexual,\n"
        f"{SHA_B},md5,sexual,\n"
        f"{SHA_B[:-1]},sha256,sexual,\n"
        f"{SHA_B},sha256,Sexual Content,\n"
        f"{PDQ_A},pdq,sexual\n"
        f"{'g' * 64},pdq,sexual,\n"
        f"{SHA_A},sha256,violence,\n"
        f"{PDQ_A},pdq,sexual,{'x' * 65}\n"
    )
    with pytest.raises(service.HashListError) as info:
        service.parse_csv(path)
    problems = info.value.problems
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:{n}" for n in range(3, 10)]
    assert "kind must be sha256 or pdq, not 'md5'" in problems[0]
    assert "must be 64 hex digits" in problems[1]
    assert "lower_snake_case" in problems[2]
    assert "got 3 fields" in problems[3]
    assert "must be 64 hex digits" in problems[4]
    assert "same sha256 hash as line 2" in problems[5]
    assert "label must be at most 64" in problems[6]


def test_many_bad_rows_are_summarised(write_csv: WriteCsv) -> None:
    path = write_csv("".join(f"{i},sha256,sexual\n" for i in range(30)))
    with pytest.raises(service.HashListError) as info:
        service.parse_csv(path)
    assert len(info.value.problems) == service.MAX_PROBLEMS + 1
    assert info.value.problems[-1] == f"{path}: 10 more bad rows not shown"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no entries"),
        (b"hash,kind,category\n", "no entries"),
        (b"\xff\xfe" + "x".encode("utf-16-le"), "not UTF-8"),
        (b"hash,sort,category\n", "header must name"),
    ],
)
def test_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(service.HashListError, match=message):
        service.parse_csv(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(service.HashListError, match="no such file"):
        service.parse_csv(tmp_path / "absent.csv")


def test_list_names_are_checked() -> None:
    assert service.check_list_name("ncmec-2026.11") == "ncmec-2026.11"
    for bad in ("", "-lead", "has space", "x" * 101):
        with pytest.raises(service.HashListError):
            service.check_list_name(bad)


def _entries(*rows: tuple[str, str, str, str | None]) -> list[service.HashEntryIn]:
    return [service.HashEntryIn(kind, digest, cat, label) for kind, digest, cat, label in rows]


def test_import_adds_updates_and_replaces(db_session: Session, clock: FrozenClock) -> None:
    first = service.create_many(
        db_session=db_session,
        list_name="partner",
        entries=_entries(
            ("sha256", SHA_A, "sexual", "csam"),
            ("sha256", SHA_B, "fraud", None),
            ("pdq", PDQ_A, "violence", None),
        ),
        source="partner.csv",
        now=clock.now(),
    )
    assert (first.added, first.updated, first.unchanged, first.removed) == (3, 0, 0, 0)

    clock.advance(timedelta(days=1))
    again = service.create_many(
        db_session=db_session,
        list_name="partner",
        entries=_entries(("sha256", SHA_A, "sexual", "csam"), ("pdq", PDQ_A, "terror", None)),
        source="partner-2.csv",
        now=clock.now(),
    )
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 1, 1, 0)

    replaced = service.create_many(
        db_session=db_session,
        list_name="partner",
        entries=_entries(("pdq", PDQ_A, "terror", None)),
        source="partner-3.csv",
        now=clock.now(),
        replace=True,
    )
    assert (replaced.added, replaced.updated, replaced.unchanged, replaced.removed) == (0, 0, 1, 2)
    [entry] = service.list_entries(db_session=db_session)
    assert (entry.list_name, entry.kind, entry.hash, entry.category) == (
        "partner",
        "pdq",
        PDQ_A,
        "terror",
    )


def test_lists_are_separate_and_summarised(db_session: Session, clock: FrozenClock) -> None:
    for name in ("a", "b"):
        service.create_many(
            db_session=db_session,
            list_name=name,
            entries=_entries(("sha256", SHA_A, "sexual", None), ("pdq", PDQ_A, "violence", None)),
            source=f"{name}.csv",
            now=clock.now(),
        )
    total = db_session.execute(select(func.count()).select_from(HashEntry)).scalar_one()
    assert total == 4
    summaries = service.list_summaries(db_session=db_session)
    assert [(s.name, s.counts, s.categories, s.total) for s in summaries] == [
        ("a", {"sha256": 1, "pdq": 1}, {"sexual", "violence"}, 2),
        ("b", {"sha256": 1, "pdq": 1}, {"sexual", "violence"}, 2),
    ]
    assert summaries[0].last_added == clock.now()
    assert service.delete_list(db_session=db_session, list_name="a") == 2
    assert [s.name for s in service.list_summaries(db_session=db_session)] == ["b"]


def test_large_import_round_trips(db_session: Session, clock: FrozenClock) -> None:
    entries = [service.HashEntryIn("pdq", f"{i:064x}", "sexual", None) for i in range(12_000)]
    result = service.create_many(
        db_session=db_session, list_name="big", entries=entries, source="big.csv", now=clock.now()
    )
    assert result.added == 12_000
    assert len(service.list_entries(db_session=db_session)) == 12_000
