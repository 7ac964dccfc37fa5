"""Render time of the console's queue and case pages over 100,000 stored decisions.

    .venv/bin/python -m benchmarks.console_pages [--postgres URL] [--write-docs]

Seeds a temporary SQLite database (and a throwaway schema on PostgreSQL when a URL is
given) with about 100,000 decisions (tests/transparency/factories.py: months of screening,
reviews, reports and appeals, with their open cases), signs a staff member in through the
console's own form, and times requests through TestClient: the median of N requests per
page, with /healthz measured in the same run as the baseline. The case page gets the
detector signals a screened item has (nine, with evidence) so it renders them all.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session

from benchmarks.common import Row, machine, median_ms, replace_section
from benchmarks.transparency_pages import postgres_engine, seed, sqlite_engine
from clearpost.clock import FrozenClock
from clearpost.db import make_sessionmaker
from clearpost.decisions.models import Decision, Signal
from clearpost.items.models import Item
from clearpost.logs import configure
from clearpost.review import service as review
from clearpost.review.models import ReviewCase
from clearpost.settings import Settings
from clearpost.staff import service as staff_service
from clearpost.web.app import create_app

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADING = "Console pages"
NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)  # just after the seeded six months
TARGET_MS = 300.0


def prepare(engine: Engine) -> tuple[str, str, str]:
    """A staff member (email, token) and a reported item's open case with signals."""
    with Session(engine) as session:
        _, token = staff_service.create(
            db_session=session, email="bench@example.org", role="admin", now=NOW
        )
        case = session.execute(
            select(ReviewCase)
            .where(ReviewCase.status == "open", ReviewCase.queue == "reports")
            .order_by(ReviewCase.id)
            .limit(1)
        ).scalar_one()
        item = session.get(Item, case.item_id)
        assert item is not None and item.current_decision_id
        categories = ("fraud", "spam", "hate", "violence", "sexual", "vulgar", "misleading")
        session.execute(
            insert(Signal),
            [
                {
                    "decision_id": item.current_decision_id,
                    "detector": f"clf:{category}",
                    "category": category,
                    "label": category,
                    "score": 0.1 * (n + 1),
                    "decisive": False,
                    "evidence": [{"field": "body", "start": 0, "end": 9, "text": "synthetic"}],
                    "details": {"model": category, "threshold": 0.5},
                }
                for n, category in enumerate((*categories, "self_harm", "harassment"))
            ],
        )
        session.commit()
        return "bench@example.org", token, case.id


def counts(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        decisions = session.scalar(select(func.count()).select_from(Decision)) or 0
        open_cases = session.scalar(
            select(func.count()).select_from(ReviewCase).where(ReviewCase.status == "open")
        )
        return int(decisions), int(open_cases or 0)


def measure(engine: Engine, n: int) -> list[Row]:
    email, token, case_id = prepare(engine)
    settings = Settings(
        database_url=str(engine.url),
        detectors="lexicon",
        webhook_dispatch=False,
        log_level="WARNING",
    )
    app = create_app(settings, sessions=make_sessionmaker(engine), clock=FrozenClock(NOW))
    rows: list[Row] = []
    with TestClient(app) as client:
        page = client.get("/console/login")
        form = re.search(r'name="login_csrf" value="([^"]+)"', page.text)
        assert form is not None
        signed = client.post(
            "/console/login", data={"email": email, "token": token, "login_csrf": form[1]}
        )
        assert signed.status_code == 200, signed.text[:300]
        paths = {
            "queue (50 most urgent of all open cases)": "/console",
            "queue, filtered (fraud, reports queue)": "/console?category=fraud&queue=reports",
            "case view (item, 9 signals, reports, account)": f"/console/cases/{case_id}",
        }

        def get(path: str) -> None:
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code)

        for path in ("/healthz", *paths.values()):
            get(path)  # warm up imports, templates and the database cache
        base = median_ms(lambda: get("/healthz"), n)
        rows.append(Row("/healthz (baseline)", base))
        for what, path in paths.items():
            ms = median_ms(lambda path=path: get(path), n)  # type: ignore[misc]
            verdict = "under" if ms < TARGET_MS else "OVER"
            rows.append(Row(what, ms, f"{ms / base:.0f}× baseline; {verdict} {TARGET_MS:.0f} ms"))
    with Session(engine) as session:

        def ranked() -> None:
            session.expunge_all()
            review.list_queue(db_session=session, now=NOW)

        ms = median_ms(ranked, n)
        rows.append(Row("review.service.list_queue alone", ms, "the queue's ranking, no HTTP"))
    return rows


def section(results: dict[str, tuple[int, int, list[Row]]], command: str) -> str:
    out = [
        "",
        f"Command: `{command}`",
        "",
        "Median of N requests through FastAPI's TestClient (in-process, no network), signed "
        "in through the console's own form, so each request also checks the session. The "
        "queue ranks every open case by priority (review.service.list_queue) and shows the "
        f"50 most urgent; the case page gathers the item, its signals, reports, the account "
        f"(strikes, sanctions, 50 recent decisions) and the decision history. Target: under "
        f"{TARGET_MS:.0f} ms. Most of the unfiltered queue's time is the ranking itself "
        "(list_queue loads every open case and scores it in Python; measured alone below).",
        "",
    ]
    for name, (decisions, open_cases, rows) in results.items():
        out += [
            f"### {name}, {decisions:,} decisions, {open_cases:,} open cases",
            "",
            "| what | median ms | note |",
            "|---|---:|---|",
        ]
        out += [f"| {r.what} | {r.ms:.1f} | {r.note} |" for r in rows]
        out.append("")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    out += [f"Machine: {machine()}; load average at the end: {load} (a shared machine).", ""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--decisions", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20, help="N requests per page")
    parser.add_argument("--postgres", help="a PostgreSQL URL to measure as well")
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    configure("WARNING")  # request logs would add the same noise to every timing
    targets: list[tuple[str, Callable[[], AbstractContextManager[Engine]]]] = [
        ("SQLite", sqlite_engine)
    ]
    if args.postgres:
        targets.append(("PostgreSQL", lambda: postgres_engine(args.postgres)))
    results: dict[str, tuple[int, int, list[Row]]] = {}
    for name, opener in targets:
        with opener() as engine:
            started = time.perf_counter()
            seed(engine, args.decisions)
            decisions, open_cases = counts(engine)
            print(
                f"{name}: seeded {decisions:,} decisions ({open_cases:,} open cases) "
                f"in {time.perf_counter() - started:.1f} s"
            )
            rows = measure(engine, args.requests)
            results[name] = (decisions, open_cases, rows)
            for row in rows:
                print(f"  {row.what:<48} {row.ms:9.1f} ms  {row.note}")
    command = "python -m benchmarks.console_pages " + " ".join(sys.argv[1:])
    block = section(results, command.strip())
    if args.write_docs:
        replace_section(DOCS, HEADING, block)
        print(f"wrote {DOCS}")


if __name__ == "__main__":
    main()
