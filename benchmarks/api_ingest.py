"""Items per second through POST /v1/items/batch (screen + store + audit + effects), against
the screening pipeline alone on the same items in the same run (the ratio is the cost of
storage, audit chain, spam-wave lookups and enforcement).

    .venv/bin/python -m benchmarks.api_ingest [--items 5000] [--postgres URL] [--write]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from benchmarks.common import ROOT, machine, read_texts, replace_section, shape
from clearpost.clock import SystemClock
from clearpost.db import make_engine, make_sessionmaker
from clearpost.keys import service as keys
from clearpost.migrate import upgrade
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.runtime import build_screener
from clearpost.screening.pipeline import Screener, ScreenInput
from clearpost.settings import Settings
from clearpost.web.app import create_app

BATCH = 100


def _posts(count: int) -> list[str]:
    english = shape(read_texts("davidson_hate_offensive") + read_texts("sms_spam_uci"), 100, count)
    chinese = shape(read_texts("cold_offensive_zh"), 100, count)
    return [p for pair in zip(english, chinese, strict=True) for p in pair][:count]


def _pipeline_rate(screener: Screener, posts: list[str]) -> float:
    started = time.perf_counter()
    for start in range(0, len(posts), BATCH):
        screener.screen(
            [
                ScreenInput(item_id=str(i), body=t)
                for i, t in enumerate(posts[start : start + BATCH])
            ]
        )
    return len(posts) / (time.perf_counter() - started)


def _api_rate(url: str, screener: Screener, posts: list[str], schema: str | None) -> float:
    engine = (
        make_engine(url)
        if schema is None
        else create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    )
    with engine.begin() as conn:
        upgrade(connection=conn)
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        _, key = keys.create(
            db_session=session, name="bench", scopes=["items:write"], now=SystemClock().now()
        )
        session.commit()
    settings = Settings(database_url=url, webhook_dispatch=False, log_level="WARNING")
    holder = PolicyHolder(default_policy_path())
    app = create_app(settings, sessions=sessions, screener=screener, policy=holder)
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        started = time.perf_counter()
        for start in range(0, len(posts), BATCH):
            items = [
                {
                    "id": f"b{start + i}",
                    "account_id": f"acct{(start + i) % 500}",
                    "kind": "post",
                    "body": body,
                }
                for i, body in enumerate(posts[start : start + BATCH])
            ]
            response = client.post("/v1/items/batch", json={"items": items}, headers=headers)
            assert response.status_code == 200, response.text
        rate = len(posts) / (time.perf_counter() - started)
    engine.dispose()
    return rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--postgres", default="")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    posts = _posts(args.items)
    screener = build_screener(detectors="lexicon,classifier")
    screener.screen([ScreenInput(item_id="w", body=p) for p in posts[:BATCH]])  # warm up
    rows = []
    pipeline = _pipeline_rate(screener, posts)
    with tempfile.TemporaryDirectory() as folder:
        sqlite = _api_rate(f"sqlite:///{Path(folder) / 'bench.db'}", screener, posts, None)
    rows.append(("SQLite (file, WAL)", sqlite))
    if args.postgres:
        schema = "cp_bench_ingest"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            rows.append(("PostgreSQL", _api_rate(args.postgres, screener, posts, schema)))
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
    print(f"pipeline alone: {pipeline:,.0f} items/s")
    for name, rate in rows:
        print(f"{name}: {rate:,.0f} items/s through the API ({rate / pipeline:.2f} of pipeline)")
    table = [
        "| store | items/s via POST /v1/items/batch | pipeline alone, items/s | ratio |",
        "|---|---|---|---|",
    ]
    table += [
        f"| {name} | {rate:,.0f} | {pipeline:,.0f} | {rate / pipeline:.2f} |" for name, rate in rows
    ]
    body = "\n".join(
        [
            "Command: `.venv/bin/python -m benchmarks.api_ingest " + " ".join(sys.argv[1:]) + "`",
            "",
            f"Machine: {machine()}. One process, in-process HTTP (TestClient), batches of {BATCH}, "
            f"{len(posts):,} short posts (half English, half Chinese) from 500 accounts; "
            "detectors lexicon + classifiers; each item: screening, revision, decision, signals, "
            "audit event (hash chain), spam-wave lookup, effects and a webhook outbox check.",
            "",
            *table,
        ]
    )
    if args.write:
        replace_section(ROOT / "docs" / "benchmarks.md", "Ingest through the API", body)


if __name__ == "__main__":
    main()
