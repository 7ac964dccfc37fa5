"""`clearpost hashes`: import, list and remove known-bad image hash lists."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy.orm import Session

from clearpost.cli.common import err_console, fail
from clearpost.clock import SystemClock
from clearpost.db import make_engine, make_sessionmaker, transaction

hashes_app = typer.Typer(help="Known-bad image hash lists (SHA-256, PDQ).", no_args_is_help=True)
console = Console()


@contextmanager
def _transaction() -> Iterator[Session]:
    """One transaction on CLEARPOST_DATABASE_URL; the engine is closed after it."""
    from clearpost.settings import get_settings

    engine = make_engine(get_settings().database_url)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            yield session
    finally:
        engine.dispose()


def _policy_categories() -> set[str] | None:
    from clearpost.policy.loader import PolicyError
    from clearpost.policy.store import compile_file, default_policy_path
    from clearpost.settings import get_settings

    try:
        return set(compile_file(get_settings().policy_path or default_policy_path()).categories)
    except (PolicyError, OSError):
        return None


@hashes_app.command("import")
def hashes_import(
    file: Annotated[Path, typer.Argument(help="CSV file: hash,kind,category[,label]")],
    list_name: Annotated[str, typer.Option("--list", help="List to add the entries to")],
    source: Annotated[
        str | None, typer.Option(help="Where the list came from (default: the file name)")
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Remove entries of the list not in this file")
    ] = False,
) -> None:
    """Import a CSV hash list. Every row is checked first; one bad row imports nothing."""
    from clearpost.hashes import service

    try:
        service.check_list_name(list_name)
        entries = service.parse_csv(file)
    except service.HashListError as exc:
        for line in exc.problems[:-1]:
            err_console.print(f"[red]error:[/red] {escape(line)}", highlight=False, soft_wrap=True)
        fail(escape(f"{exc.problems[-1]} (nothing imported)"))
    try:
        with _transaction() as session:
            result = service.create_many(
                db_session=session,
                list_name=list_name,
                entries=entries,
                source=(source or file.name)[:200],
                now=SystemClock().now(),
                replace=replace,
            )
    except service.HashListError as exc:
        fail(escape(str(exc)))
    known = _policy_categories()
    unknown = sorted({e.category for e in entries} - known) if known is not None else []
    if unknown:
        err_console.print(
            f"[yellow]warning:[/yellow] categories not in the policy (matches will not count): "
            f"{escape(', '.join(unknown))}",
            highlight=False,
            soft_wrap=True,
        )
    console.print(
        f"{list_name}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} unchanged, {result.removed} removed",
        highlight=False,
    )


@hashes_app.command("list")
def hashes_list() -> None:
    """Show every hash list: entries per kind, categories, when last added to."""
    from clearpost.hashes import service

    table = Table("list", "sha256", "pdq", "categories", "last added")
    with _transaction() as session:
        for summary in service.list_summaries(db_session=session):
            table.add_row(
                summary.name,
                str(summary.counts.get("sha256", 0)),
                str(summary.counts.get("pdq", 0)),
                ",".join(sorted(summary.categories)),
                summary.last_added.isoformat() if summary.last_added else "",
            )
    console.print(table)


@hashes_app.command("delete")
def hashes_delete(
    list_name: Annotated[str, typer.Option("--list", help="List to remove")],
) -> None:
    """Remove a whole list."""
    from clearpost.hashes import service

    with _transaction() as session:
        removed = service.delete_list(db_session=session, list_name=list_name)
    if not removed:
        fail(escape(f"no list named {list_name!r}"))
    console.print(f"{list_name}: {removed} entries removed", highlight=False)


@hashes_app.command("compute")
def hashes_compute(
    images: Annotated[list[Path], typer.Argument(help="Image files")],
    category: Annotated[str, typer.Option(help="Category to write in each row")] = "sexual",
    label: Annotated[str, typer.Option(help="Label to write in each row")] = "",
) -> None:
    """Print CSV rows (SHA-256 and PDQ) for image files, ready for `hashes import`."""
    try:
        from clearpost.media.decode import ImageError, decode_image
        from clearpost.media.hashing import pdq_hash, sha256_hex
    except ImportError:
        fail("image support is not installed: pip install 'clearpost[images]'")
    from clearpost.settings import get_settings

    settings = get_settings()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["hash", "kind", "category", "label"])
    for path in images:
        try:
            data = path.read_bytes()
            digest = pdq_hash(
                decode_image(
                    data, max_bytes=settings.image_max_bytes, max_pixels=settings.image_max_pixels
                )
            )
        except (OSError, ImageError) as exc:
            fail(escape(f"{path}: {exc}"))
        out.writerow([sha256_hex(data), "sha256", category, label])
        if digest.quality < settings.pdq_min_quality:
            err_console.print(
                escape(
                    f"{path}: PDQ quality {digest.quality} is below "
                    f"{settings.pdq_min_quality}; no PDQ row (too featureless to match on)"
                ),
                highlight=False,
                soft_wrap=True,
            )
            continue
        out.writerow([digest.hex, "pdq", category, label])
