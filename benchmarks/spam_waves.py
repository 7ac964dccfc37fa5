"""Cost of spam-wave clustering per item: fingerprints alone, then `assign` on a database.

    .venv/bin/python benchmarks/spam_waves.py                       # SQLite, temporary file
    .venv/bin/python benchmarks/spam_waves.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python benchmarks/spam_waves.py --quality --corpus ../shared/data/X/data.csv

The window is first filled with `--window-items` ordinary posts (random sentences from a
fixed vocabulary, or the `text` column of `--corpus` CSV files) and `--wave-members` copies
of a scam, then `--items` new posts (one in five another copy of the scam, with small
edits) are assigned in batches of 1 and of 100, each batch in its own committed
transaction. Prints milliseconds per item.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from clearpost.db import make_engine, make_sessionmaker
from clearpost.migrate import upgrade
from clearpost.waves import minhash, service

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.waves.texts import scam  # noqa: E402

START = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
_VOCABULARY = """
the a of to and in on for with we my our you it this that was is are be at by from
morning river walk train city council park book music coffee garden dog cat weather
school team game season street market bread soup photo friend family weekend holiday
beach mountain night food recipe movie song library museum bike bus shop price rent
work office meeting project idea question answer reason story news today tomorrow
"""
WORDS = _VOCABULARY.split()


def ordinary(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(12, 40)))


def corpus(paths: list[str]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


EMOJI = ["🎉", "💰", "🔥", "👉", "✅", "😀"]
PUNCT = ["!", "!!", ".", ",", "~", "...", "?", "，", "。", "！"]


def edit(text: str, edits: int, rnd: random.Random) -> str:
    """A spammer's copy: replace a word (name), put a number, insert emoji or punctuation,
    drop a word. Chinese is edited per character."""
    chinese = any("\u4e00" <= c <= "\u9fff" for c in text)
    tokens = list(text) if chinese else text.split(" ")
    for _ in range(edits):
        if len(tokens) < 3:
            break
        i, op = rnd.randrange(len(tokens)), rnd.random()
        if op < 0.3:
            tokens[i] = (
                rnd.choice("王李张刘陈") if chinese else rnd.choice(["Mary", "David", "Lucy"])
            )
        elif op < 0.5:
            tokens[i] = str(rnd.randrange(10, 99_999))
        elif op < 0.7:
            tokens.insert(i, rnd.choice(EMOJI))
        elif op < 0.85:
            tokens.insert(i, rnd.choice(PUNCT))
        else:
            del tokens[i]
    return ("" if chinese else " ").join(tokens)


def quality(texts: list[str]) -> None:
    """Linked share of edited copies, and of unrelated pairs, under the shipped scheme."""
    rnd = random.Random(3)
    usable = [t for t in texts if minhash.content_length(minhash.content(t)) >= 40]
    base = rnd.sample(usable, min(2000, len(usable)))
    sigs = minhash.signatures([minhash.content(t) for t in base])
    keys = minhash.band_keys(sigs)
    for edits in (1, 2, 3, 5):
        copies = minhash.signatures([minhash.content(edit(t, edits, rnd)) for t in base])
        candidate = (minhash.band_keys(copies) == keys).any(axis=1)
        estimate = minhash.jaccard(copies, sigs)
        linked = candidate & (estimate >= minhash.CONFIRM_JACCARD)
        print(
            f"{edits} edits: median estimated Jaccard {statistics.median(estimate):.2f}, "
            f"candidates {candidate.mean():.3f}, linked {linked.mean():.3f}"
        )
    half = len(base) // 2
    unrelated = minhash.jaccard(sigs[:half], sigs[half : 2 * half])
    shared = (keys[:half] == keys[half : 2 * half]).any(axis=1)
    print(
        f"unrelated pairs: median Jaccard {statistics.median(unrelated):.3f}, "
        f"candidates {shared.mean():.4f}, linked {(shared & (unrelated >= 0.5)).mean():.4f}"
    )


def database(url: str | None) -> tuple[str, str | None]:
    if not url:
        return f"sqlite:///{tempfile.mkdtemp()}/waves-bench.db", None
    schema = f"cp_bench_{secrets.token_hex(4)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}", schema


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--window-items", type=int, default=20_000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--corpus", nargs="*", default=[])
    parser.add_argument(
        "--quality", action="store_true", help="measure recall on edited --corpus texts"
    )
    parser.add_argument(
        "--wave-members", type=int, default=0, help="copies of the scam already in the window"
    )
    args = parser.parse_args()
    rnd = random.Random(1)
    background = corpus(args.corpus) if args.corpus else []
    if args.quality:
        quality(background)
        return

    def post(n: int) -> str:
        if background:
            return background[n % len(background)]
        return ordinary(rnd)

    texts = [post(n) for n in range(args.window_items + 2 * args.items)]
    started = time.perf_counter()
    minhash.fingerprints(texts[:5000])
    per_item = (time.perf_counter() - started) * 1000 / 5000
    print(f"fingerprints: {per_item:.3f} ms/item (batch of 5000, pure numpy)")

    url, schema = database(args.database_url)
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    window = timedelta(hours=24)
    with sessions() as session:
        for start in range(0, args.window_items, 1000):
            entries = [
                (f"bg{n}", f"acct{n}", texts[n])
                for n in range(start, min(start + 1000, args.window_items))
            ]
            service.assign(db_session=session, entries=entries, now=START, window=window)
        members = [(f"w{n}", f"wave{n}", scam(n)) for n in range(args.wave_members)]
        for start in range(0, len(members), 1000):
            service.assign(
                db_session=session, entries=members[start : start + 1000], now=START, window=window
            )
        session.commit()
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:  # what autovacuum does to a table that grew this much
            conn.execute(text("ANALYZE"))
    offset = args.window_items
    for batch in (1, 100):
        timings = []
        for start in range(0, args.items, batch):
            entries = []
            for n in range(start, min(start + batch, args.items)):
                body = scam(n) if n % 5 == 0 else texts[offset + n]
                entries.append((f"new{batch}-{n}", f"acct-new{n}", body))
            began = time.perf_counter()
            with sessions() as session:
                now = START + timedelta(minutes=10, seconds=start)
                service.assign(db_session=session, entries=entries, now=now, window=window)
                session.commit()
            timings.append((time.perf_counter() - began) * 1000 / len(entries))
        offset += args.items
        print(
            f"{engine.dialect.name} window={args.window_items} wave={args.wave_members} "
            f"batch={batch}: "
            f"assign+commit {statistics.mean(timings):.2f} ms/item "
            f"(p95 of batches {sorted(timings)[int(len(timings) * 0.95) - 1]:.2f})"
        )
    engine.dispose()
    if schema and args.database_url:
        admin = create_engine(args.database_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
