"""Render time of /transparency and /standards over 100,000 decisions.

    .venv/bin/python -m benchmarks.transparency_pages [--postgres URL] [--write-docs]

Seeds a temporary SQLite database (and a throwaway schema on PostgreSQL when a URL is
given) with about 100,000 decisions over six months, then times requests through
TestClient: the median of N requests per page, with /healthz measured in the same run as
the baseline. "cold" clears the report cache before each request, so the report is
computed from the decisions every time; "warm" is the cached report of a finished period.
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.orm import Session
from tests.transparency import factories

from benchmarks.common import Row, median_ms
from clearpost.db import make_engine, make_sessionmaker
from clearpost.decisions.models import Decision
from clearpost.logs import configure
from clearpost.migrate import upgrade
from clearpost.settings import Settings
from clearpost.transparency import service
from clearpost.transparency.views import router
from clearpost.web.app import create_app
from clearpost.web.pages import mount_pages

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADING = "## Transparency pages"
FULL = (date(2026, 1, 1), date(2026, 6, 30))
MONTH = (date(2026, 3, 1), date(2026, 3, 31))


@contextmanager
def sqlite_engine() -> Iterator[Engine]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        upgrade(url)
        engine = make_engine(url)
        yield engine
        engine.dispose()


@contextmanager
def postgres_engine(url: str) -> Iterator[Engine]:
    schema = f"cp_bench_{secrets.token_hex(4)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        with engine.begin() as conn:
            upgrade(connection=conn)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def seed(engine: Engine, decisions: int) -> int:
    rows = factories.build(items=int(decisions / 1.2))
    while len(rows.decisions) < decisions:
        rows = factories.build(items=int(len(rows.items) * decisions / len(rows.decisions)) + 50)
    with engine.begin() as conn:
        rows.insert(conn)
    if engine.dialect.name == "postgresql":
        # What autovacuum does on a live database: statistics and the visibility map
        # (index-only scans need it).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Decision)) or 0)


def app_for(engine: Engine) -> FastAPI:
    settings = Settings(
        database_url=str(engine.url),
        detectors="lexicon",
        webhook_dispatch=False,
        log_level="WARNING",
    )
    app = create_app(settings, sessions=make_sessionmaker(engine))
    if not any(getattr(route, "path", None) == "/transparency" for route in app.routes):
        app.include_router(router)
    mount_pages(app)
    return app


def measure(engine: Engine, n: int) -> list[Row]:
    app = app_for(engine)
    full = f"/transparency?from={FULL[0]}&to={FULL[1]}"
    month = f"/transparency?from={MONTH[0]}&to={MONTH[1]}"
    rows: list[Row] = []
    with TestClient(app) as client:

        def get(path: str, cold: bool = False) -> None:
            if cold:
                app.state.transparency_reports = None
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code)

        for path in ("/healthz", "/standards", full, month):
            get(path)  # warm up imports, templates and the database cache
        base = median_ms(lambda: get("/healthz"), n)
        rows.append(Row("/healthz (baseline)", base))
        rows.append(Row("/standards", median_ms(lambda: get("/standards"), n)))
        cold_n = max(3, n // 4)
        rows.append(
            Row("/transparency, 6 months, cold", median_ms(lambda: get(full, True), cold_n))
        )
        rows.append(Row("/transparency, 6 months, warm", median_ms(lambda: get(full), n)))
        rows.append(
            Row("/transparency, 1 month, cold", median_ms(lambda: get(month, True), cold_n))
        )
        with Session(engine) as session:
            rows.append(
                Row(
                    "compute() alone, 6 months",
                    median_ms(
                        lambda: service.compute(db_session=session, start=FULL[0], end=FULL[1]),
                        cold_n,
                    ),
                )
            )
        started = time.perf_counter()
        with client.stream(
            "GET", f"/transparency/statements.jsonl?from={FULL[0]}&to={FULL[1]}"
        ) as answer:
            lines = sum(1 for line in answer.iter_lines() if line)
        rows.append(
            Row(
                "statements.jsonl, 6 months",
                (time.perf_counter() - started) * 1000,
                f"{lines:,} statements",
            )
        )
    for row in rows:
        if row.what != "/healthz (baseline)" and not row.note:
            row.note = f"{row.ms / base:.0f}× baseline"
    return rows


def machine() -> str:
    try:
        cpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        lines = "\n".join(cpu.splitlines()[:15])
    except OSError:
        lines = platform.processor()
    procs = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{lines}\nnproc: {procs}\nload average at the start: {load}"


def section(results: dict[str, tuple[int, list[Row]]], command: str, about: str) -> str:
    out = [
        HEADING,
        "",
        f"Command: `{command}`",
        "",
        "Median of N requests through FastAPI's TestClient (in-process, no network). "
        "*cold*: the report cache is cleared before each request, so every request computes "
        "the report from the decisions; *warm*: a finished period's report is cached per "
        "process. The 6-month period holds every seeded decision; the statements download "
        "is one request streaming all of them. PostgreSQL gets `VACUUM ANALYZE` after "
        "seeding, as autovacuum would; SQLite has no ANALYZE statistics. The load average "
        "below shows how busy the (shared) machine was.",
        "",
    ]
    for name, (count, rows) in results.items():
        out += [
            f"### {name}, {count:,} decisions",
            "",
            "| what | median ms | note |",
            "|---|---:|---|",
        ]
        out += [f"| {r.what} | {r.ms:.1f} | {r.note} |" for r in rows]
        out.append("")
    out += ["Machine:", "", "```", about, "```", ""]
    return "\n".join(out)


def write_docs(text_block: str) -> None:
    current = DOCS.read_text("utf-8") if DOCS.exists() else "# Benchmarks\n"
    if HEADING in current:
        start = current.index(HEADING)
        rest = current[start + len(HEADING) :]
        following = rest.find("\n## ")
        end = start + len(HEADING) + following + 1 if following >= 0 else len(current)
        current = current[:start] + text_block + current[end:]
    else:
        current = current.rstrip("\n") + "\n\n" + text_block
    DOCS.write_text(current.rstrip("\n") + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20, help="N requests per page")
    parser.add_argument("--postgres", help="a PostgreSQL URL to measure as well")
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    about = machine()
    results: dict[str, tuple[int, list[Row]]] = {}
    configure("WARNING")  # request logs would add the same noise to every timing
    targets: list[tuple[str, Callable[[], AbstractContextManager[Engine]]]] = [
        ("SQLite", sqlite_engine)
    ]
    if args.postgres:
        targets.append(("PostgreSQL", lambda: postgres_engine(args.postgres)))
    for name, opener in targets:
        with opener() as engine:
            started = time.perf_counter()
            count = seed(engine, args.decisions)
            print(f"{name}: seeded {count:,} decisions in {time.perf_counter() - started:.1f} s")
            results[name] = (count, measure(engine, args.requests))
            for row in results[name][1]:
                print(f"  {row.what:<34} {row.ms:9.1f} ms  {row.note}")
    command = "python -m benchmarks.transparency_pages " + " ".join(sys.argv[1:])
    block = section(results, command.strip(), about)
    if args.write_docs:
        write_docs(block)
        print(f"wrote {DOCS}")


if __name__ == "__main__":
    main()
