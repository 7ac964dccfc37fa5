"""`clearpost screen INPUT [-o OUTPUT]`: decisions for a JSONL or CSV file, in input order."""

from __future__ import annotations

import base64
import json
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import IO, Annotated, BinaryIO

import typer
from pydantic import ValidationError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from clearpost.cli.common import err_console, fail
from clearpost.clock import SystemClock
from clearpost.db import transaction
from clearpost.decisions import schemas as decision_schemas
from clearpost.decisions import service as decisions
from clearpost.items import flows
from clearpost.items.schemas import ImageIn, ItemIn
from clearpost.media.checks import image_problems
from clearpost.policy.loader import PolicyError
from clearpost.screening import batch_io
from clearpost.screening.batch_io import Record
from clearpost.screening.pipeline import Screener
from clearpost.screening.summary import Summary
from clearpost.settings import get_settings

CHUNK = 512


def _chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _count_lines(path: Path) -> int | None:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _error_line(record: Record, message: str) -> str:
    return json.dumps(
        {"line": record.line, "id": (record.raw or {}).get("id"), "error": message},
        ensure_ascii=False,
    )


def screen_command(
    input: Annotated[str, typer.Argument(help="JSONL or CSV file; - for stdin")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here, not stdout")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="jsonl or csv (default: by suffix)")
    ] = None,
    store: Annotated[
        bool, typer.Option("--store", help="Record decisions in the database")
    ] = False,
    policy: Annotated[Path | None, typer.Option("--policy", help="Policy file to use")] = None,
    detectors: Annotated[
        str | None, typer.Option("--detectors", help="e.g. lexicon,classifier")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Screen every line of INPUT and write one decision per line, in the same order."""
    from clearpost.runtime import build_screener

    fmt = (fmt or ("csv" if input.lower().endswith(".csv") else "jsonl")).lower()
    if fmt not in {"jsonl", "csv"}:
        fail(f"--format must be jsonl or csv, not {fmt!r}")
    try:
        screener = build_screener(policy_path=policy, detectors=detectors)
    except PolicyError as exc:
        fail(str(exc))
    with ExitStack() as stack:
        stream: BinaryIO
        total = None
        if input == "-":
            stream = sys.stdin.buffer
        else:
            path = Path(input)
            if not path.is_file():
                fail(f"{input}: no such file")
            stream = stack.enter_context(path.open("rb"))
            total = _count_lines(path) if fmt == "jsonl" else None
        out: IO[str] = (
            stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        )
        base = Path(input).resolve().parent if input != "-" else Path.cwd()
        records = (
            batch_io.read_jsonl(stream, base)
            if fmt == "jsonl"
            else batch_io.read_csv(stream, input)
        )
        writer = _StoreWriter() if store else None
        try:
            summary = _run(screener, records, out, total, quiet, writer, input)
        except batch_io.InputFileError as exc:
            fail(str(exc))
        finally:
            if writer:
                writer.close()
    err_console.print(summary.table())
    if summary.errors:
        raise typer.Exit(1)


def _run(
    screener: Screener,
    records: Iterator[Record],
    out: IO[str],
    total: int | None,
    quiet: bool,
    writer: _StoreWriter | None,
    name: str,
) -> Summary:
    summary = Summary()
    clock = SystemClock()
    started = time.perf_counter()
    tiers = set(screener.policy.tiers)
    progress = Progress(
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=True,
    )
    with progress:
        task = progress.add_task("screen", total=total)
        for chunk in _chunks(records, CHUNK):
            good: list[Record] = []
            lines: dict[int, str] = {}
            for record in chunk:
                error = record.error
                if error is None and record.item and record.item.tier not in (None, *tiers):
                    error = f"unknown tier {record.item.tier!r} (known: {', '.join(sorted(tiers))})"
                if error is None and record.item and record.item.images:
                    problems = image_problems(record.item.images, get_settings())
                    error = "; ".join(problems) if problems else None
                if error is None and writer is not None:
                    error = writer.check(record)
                if error is not None:
                    summary.errors += 1
                    err_console.print(f"{name}:{record.line}: {error}", highlight=False)
                    lines[record.line] = _error_line(record, error)
                else:
                    good.append(record)
            shown = (
                writer.store(screener, good, clock.now())
                if writer
                else _screen(screener, good, clock.now())
            )
            for record, decision in zip(good, shown, strict=True):
                summary.add(decision.action, decision.flagged)
                lines[record.line] = decision.model_dump_json()
            for record in chunk:
                out.write(lines[record.line] + "\n")
            progress.advance(task, len(chunk))
    out.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _screen(
    screener: Screener, good: list[Record], now: datetime
) -> list[decision_schemas.DecisionOut]:
    results = screener.screen([r.item for r in good if r.item is not None])
    shown = []
    for result in results:
        assert result.outcome is not None
        shown.append(
            decision_schemas.from_outcome(
                result.input.item_id, decisions.new_id(), result.outcome, now
            )
        )
    return shown


class _StoreWriter:
    """`--store`: the same flow as the API, one transaction per chunk."""

    def __init__(self) -> None:
        from clearpost.runtime import open_sessions

        self.sessions = open_sessions()
        self.settings = get_settings()
        self.checked: dict[int, ItemIn] = {}

    def check(self, record: Record) -> str | None:
        """Validate a line as the API would; return the problem, if any."""
        assert record.item is not None
        raw = record.raw or {}
        try:
            item_in = ItemIn(
                id=record.item.item_id,
                account_id=record.item.account_id or "cli",
                kind=raw.get("kind") or "post",
                title=record.item.title,
                body=record.item.body,
                lang=record.item.lang,
                account_tier=record.item.tier,
                images=[
                    ImageIn(data=base64.b64encode(i.data), name=i.name) for i in record.item.images
                ],
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "item"
            return f"{where}: {first['msg']}"
        if len(item_in.body) > self.settings.max_body_chars:
            return f"body: over the limit of {self.settings.max_body_chars} characters"
        self.checked[record.line] = item_in
        return None

    def store(
        self, screener: Screener, good: list[Record], now: datetime
    ) -> list[decision_schemas.DecisionOut]:
        batch = [self.checked.pop(record.line) for record in good]
        with transaction(self.sessions) as session:
            submitted = flows.submit(
                db_session=session, screener=screener, batch=batch, actor="cli:screen", now=now
            )
            numbers = decisions.revision_numbers(
                db_session=session, decisions=[s.decision for s in submitted]
            )
            return [
                decision_schemas.from_row(s.decision, numbers.get(s.decision.revision_id))
                for s in submitted
            ]

    def close(self) -> None:
        bind = self.sessions.kw.get("bind")
        if bind is not None:
            bind.dispose()
