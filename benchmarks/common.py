"""Shared helpers for benchmarks: inputs from ../shared/data (read, never copied), machine info."""

from __future__ import annotations

import csv
import gzip
import io
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


@dataclass
class Row:
    """One timed line of a page benchmark."""

    what: str
    ms: float
    note: str = ""


def median_ms(fn: Callable[[], object], n: int) -> float:
    """Median wall time of `n` calls of `fn`, in milliseconds."""
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def read_texts(dataset: str, split: str = "test", limit: int | None = None) -> list[str]:
    """Texts of one split of a shared dataset."""
    folder = DATA / dataset
    path = folder / "data.csv"
    raw = (
        path.read_bytes()
        if path.exists()
        else gzip.decompress((folder / "data.csv.gz").read_bytes())
    )
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    texts = [row["text"] for row in rows if row["split"] == split]
    return texts[:limit] if limit else texts


def shape(texts: list[str], target: int, count: int) -> list[str]:
    """`count` inputs of about `target` characters, built by joining consecutive texts."""
    out: list[str] = []
    index = 0
    while len(out) < count:
        parts: list[str] = []
        size = 0
        while size < target:
            text = texts[index % len(texts)]
            index += 1
            parts.append(text)
            size += len(text) + 1
        joined = " ".join(parts)
        out.append(joined[: int(target * 1.2)])
    return out


def machine() -> str:
    """One line naming the machine (CPU model, cores, Python)."""
    model = ""
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in lscpu.splitlines()
                if line.startswith("Model name")
            ),
            "",
        )
    except OSError:
        pass
    cpu = model or platform.processor()
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def replace_section(path: Path, heading: str, body: str) -> None:
    """Write `body` under `## heading` in a markdown file, keeping other sections."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    marker = f"## {heading}\n"
    if marker in text:
        start = text.index(marker)
        end = text.find("\n## ", start + len(marker))
        text = text[:start] + marker + body.rstrip() + "\n" + (text[end:] if end != -1 else "")
    else:
        text = text.rstrip() + "\n\n" + marker + body.rstrip() + "\n"
    path.write_text(text, "utf-8")
