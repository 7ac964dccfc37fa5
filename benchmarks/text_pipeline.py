"""Throughput of the whole text pipeline on one core, against alt-profanity-check.

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 \
        .venv/bin/python -m benchmarks.text_pipeline [--write]

Measures items/second through normalize → lexicons → every category model → policy, for
short posts (~100 characters) and articles (~3,000 characters), English and Chinese, and
alt-profanity-check's batch `predict` on the same inputs in the same run (the ratio is what
to compare across machines). Also the peak memory of a process that loaded the pipeline.
Needs `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from benchmarks.common import ROOT, machine, read_texts, replace_section, shape

BATCH = 512


def _rate(run: Callable[[Sequence[str]], object], inputs: list[str], repeat: int) -> float:
    """Best-of-`repeat` items/second, in batches of BATCH."""
    rates = []
    for _ in range(repeat):
        started = time.perf_counter()
        for start in range(0, len(inputs), BATCH):
            run(inputs[start : start + BATCH])
        rates.append(len(inputs) / (time.perf_counter() - started))
    return max(rates)


def _inputs() -> dict[str, list[str]]:
    english = read_texts("davidson_hate_offensive") + read_texts("sms_spam_uci")
    chinese = read_texts("cold_offensive_zh")
    return {
        "en short (~100 chars)": shape(english, 100, 4000),
        "zh short (~100 chars)": shape(chinese, 100, 4000),
        "en article (~3,000 chars)": shape(english, 3000, 200),
        "zh article (~3,000 chars)": shape(chinese, 3000, 200),
    }


def _memory_mb() -> float:
    """Peak RSS of a fresh process that loads the pipeline and screens a few items."""
    code = (
        "import resource\n"
        "from clearpost.runtime import build_screener\n"
        "from clearpost.screening.pipeline import ScreenInput\n"
        "s = build_screener()\n"
        "s.screen([ScreenInput(item_id=str(i), body='hello world ' * 20) for i in range(512)])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from profanity_check import predict

    from clearpost.runtime import build_screener
    from clearpost.screening.pipeline import ScreenInput

    screener = build_screener()

    def clearpost_run(batch: Sequence[str]) -> object:
        return screener.screen([ScreenInput(item_id=str(i), body=t) for i, t in enumerate(batch)])

    rows = []
    for name, inputs in _inputs().items():
        clearpost_run(inputs[:BATCH])  # warm up
        predict(inputs[:BATCH])
        ours = _rate(clearpost_run, inputs, args.repeat)
        theirs = _rate(lambda batch: predict(list(batch)), inputs, args.repeat)
        mean_len = statistics.mean(len(t) for t in inputs)
        rows.append((name, len(inputs), mean_len, ours, theirs))
        print(
            f"{name}: clearpost {ours:,.0f}/s, alt-profanity-check {theirs:,.0f}/s, "
            f"ratio {ours / theirs:.2f}"
        )
    memory = _memory_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"loaded pipeline peak RSS: {memory:.0f} MB (this benchmark process: {peak:.0f} MB)")
    detectors = ", ".join(d.name for d in screener.detectors)
    table = [
        "| input | items | mean chars | Clearpost items/s (all categories) "
        "| alt-profanity-check items/s (one category) | ratio |",
        "|---|---|---|---|---|---|",
    ]
    for name, count, mean_len, ours, theirs in rows:
        table.append(
            f"| {name} | {count:,} | {mean_len:,.0f} | {ours:,.0f} | {theirs:,.0f} "
            f"| {ours / theirs:.2f} |"
        )
    body = "\n".join(
        [
            "Command: `OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 "
            ".venv/bin/python -m benchmarks.text_pipeline " + " ".join(sys.argv[1:]) + "`",
            "",
            f"Machine: {machine()}. One core (taskset), batches of {BATCH}, best of "
            f"{args.repeat}. Detectors: {detectors}; policy {screener.policy.version}.",
            "Inputs: test splits of davidson_hate_offensive + sms_spam_uci (English) and "
            "cold_offensive_zh (Chinese), joined to the target length.",
            "Baseline: alt-profanity-check 1.9.1 `predict` (one English profanity model), same "
            "inputs, same process, same run.",
            "",
            *table,
            "",
            f"Peak memory of a process with the loaded pipeline: {memory:.0f} MB (target ≤ 1 GB).",
        ]
    )
    if args.write:
        replace_section(ROOT / "docs" / "benchmarks.md", "Text pipeline throughput", body)


if __name__ == "__main__":
    main()
