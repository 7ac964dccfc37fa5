"""Shared builder for the authored ``self_harm_*`` and ``harassment_*`` datasets.

The per-language scripts (``self_harm_en.py``, ``self_harm_zh.py``) hold the data: the name,
the language, the composition templates and the README text. They pass it as a ``Dataset`` to
``main`` here, which reads the hand-written texts, composes, splits and writes the output.

Hand-written texts live in ``<name>_texts/<kind>__<subtype>.txt`` (one text per line, a literal
``\\n`` stands for a line break). Each template has k slots of n hand-written fragments (n prime)
and yields the n*n rows of an orthogonal array, so any two rows of one template share at most
one fragment. Every hand-written text is its own group; all rows of one template share a group.
Whole groups are assigned to train/dev/test, stratified by kind (and so by label), with a fixed
seed. The output is deterministic.
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

LABEL = "self_harm"
SEED = 20261125
HERE = Path(__file__).resolve().parent
KINDS = ("positive", "hard_negative", "easy_negative")
SPLITS = (("train", 0.8), ("dev", 0.1), ("test", 0.1))
TEMPLATE_CAP = 0.12  # most of a kind's composed rows that dev (or test) may take


@dataclass(frozen=True)
class Dataset:
    """What differs between the languages; everything else in this module is shared."""

    name: str  # reads ``_build/<name>_texts/``, writes ``data/authored/<name>/``
    lang: str  # language named in the README title
    templates: list[dict]
    readme: str  # README with ``{placeholders}`` filled by ``write_readme``
    sep: str = " "  # default joiner of a template's fragments
    label: str = LABEL  # label of the positives (the rest are "none")

    @property
    def texts_dir(self) -> Path:
        return HERE / f"{self.name}_texts"

    @property
    def out_dir(self) -> Path:
        return HERE.parent / self.name


def norm_key(text: str) -> str:
    """Key for duplicate detection: lower-cased, whitespace collapsed."""
    return " ".join(text.lower().split())


def orthogonal_rows(n: int, k: int) -> list[list[int]]:
    """Rows of an orthogonal array OA(n*n, k, n, 2): two rows agree in at most one column."""
    if k > 3 and any(n % d == 0 for d in range(2, n)):
        raise ValueError(f"n={n} must be prime for k={k} slots")
    if k > n + 1:
        raise ValueError(f"at most {n + 1} slots for n={n}")
    rows = []
    for i in range(n):
        for j in range(n):
            cols = [i, j] + [(i + m * j) % n for m in range(1, k - 1)]
            rows.append(cols)
    return rows


def load_handwritten(ds: Dataset) -> list[dict]:
    rows = []
    for path in sorted(ds.texts_dir.glob("*.txt")):
        kind, subtype = path.stem.split("__")
        if kind not in KINDS:
            raise ValueError(f"unknown kind in file name: {path.name}")
        lines = path.read_text(encoding="utf-8").splitlines()
        texts = [line.strip().replace("\\n", "\n") for line in lines if line.strip()]
        for idx, text in enumerate(texts, start=1):
            rows.append(
                {
                    "text": text,
                    "kind": kind,
                    "subtype": subtype,
                    "group": f"h-{subtype}-{idx:03d}",
                    "source": "hand",
                }
            )
    return rows


def compose(template: dict, default_sep: str) -> list[dict]:
    slots = template["slots"]
    n = len(slots[0])
    if any(len(slot) != n for slot in slots):
        raise ValueError(f"{template['id']}: every slot needs {n} fragments")
    sep = template.get("sep", default_sep)
    rows = []
    for cols in orthogonal_rows(n, len(slots)):
        text = sep.join(slot[c] for slot, c in zip(slots, cols, strict=True))
        rows.append(
            {
                "text": " ".join(text.split()),  # collapses doubled spaces
                "kind": template["kind"],
                "subtype": template["subtype"],
                "group": template["id"],
                "source": "composed",
            }
        )
    return rows


def check_unique(rows: list[dict]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        key = norm_key(row["text"])
        if key in seen:
            raise ValueError(f"duplicate text in {seen[key]} and {row['group']}: {row['text']!r}")
        seen[key] = row["group"]
        if not 5 <= len(row["text"]) <= 400:
            raise ValueError(f"length out of range: {row['text']!r}")


def assign_splits(rows: list[dict]) -> None:
    """Assign whole groups to splits, stratified by kind, with a fixed seed.

    Phase 1: template groups, shuffled, go to dev or test while that split stays within
    TEMPLATE_CAP of the kind's composed rows, otherwise to train. Phase 2: hand-written groups,
    shuffled, each go to the split furthest below its 80/10/10 target for the whole kind.
    """
    rng = random.Random(SEED)
    for kind in KINDS:
        sizes = Counter(row["group"] for row in rows if row["kind"] == kind)
        composed = sorted(g for g in sizes if sizes[g] > 1)
        singles = sorted(g for g in sizes if sizes[g] == 1)
        rng.shuffle(composed)
        rng.shuffle(singles)
        filled = {name: 0 for name, _ in SPLITS}
        chosen = {}
        cap = TEMPLATE_CAP * sum(sizes[g] for g in composed)
        for group in composed:
            fits = [s for s in ("dev", "test") if filled[s] + sizes[group] <= cap]
            split = min(fits, key=lambda s: filled[s]) if fits else "train"
            filled[split] += sizes[group]
            chosen[group] = split
        targets = {name: frac * sum(sizes.values()) for name, frac in SPLITS}
        for group in singles:
            split = max(targets, key=lambda s: (targets[s] - filled[s]) / targets[s])
            filled[split] += 1
            chosen[group] = split
        for row in rows:
            if row["kind"] == kind:
                row["split"] = chosen[row["group"]]


def build(ds: Dataset) -> list[dict]:
    rows = load_handwritten(ds)
    for template in ds.templates:
        rows.extend(compose(template, ds.sep))
    check_unique(rows)
    assign_splits(rows)
    for row in rows:
        row["label"] = ds.label if row["kind"] == "positive" else "none"
    random.Random(SEED + 1).shuffle(rows)
    return rows


def write_csvs(ds: Dataset, rows: list[dict]) -> None:
    ds.out_dir.mkdir(parents=True, exist_ok=True)
    with open(ds.out_dir / "data.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label", "split"])
        for row in rows:
            writer.writerow([row["text"], row["label"], row["split"]])
    with open(ds.out_dir / "data_with_metadata.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label", "split", "group", "kind", "subtype"])
        for row in rows:
            writer.writerow(
                [row["text"], row["label"], row["split"], row["group"], row["kind"], row["subtype"]]
            )


def table(rows: list[dict], field: str, values: list[str]) -> str:
    split_names = [name for name, _ in SPLITS]
    lines = [f"| {field} | " + " | ".join(split_names) + " | total |"]
    lines.append("|---" * (len(split_names) + 2) + "|")
    for value in values:
        counts = Counter(row["split"] for row in rows if row[field] == value)
        cells = [str(counts[s]) for s in split_names]
        lines.append(f"| `{value}` | " + " | ".join(cells) + f" | {sum(counts.values())} |")
    totals = Counter(row["split"] for row in rows)
    cells = [str(totals[s]) for s in split_names]
    lines.append("| **all** | " + " | ".join(cells) + f" | {len(rows)} |")
    return "\n".join(lines)


def subtype_table(rows: list[dict]) -> str:
    lines = ["| kind | subtype | hand-written | composed |", "|---|---|---|---|"]
    pairs = sorted(
        {(row["kind"], row["subtype"]) for row in rows}, key=lambda p: (KINDS.index(p[0]), p[1])
    )
    for kind, subtype in pairs:
        counts = Counter(
            row["source"] for row in rows if row["kind"] == kind and row["subtype"] == subtype
        )
        lines.append(f"| {kind} | `{subtype}` | {counts['hand']} | {counts['composed']} |")
    return "\n".join(lines)


def template_splits(rows: list[dict]) -> str:
    by_split: dict[str, set[str]] = {name: set() for name, _ in SPLITS}
    for row in rows:
        if row["source"] == "composed":
            by_split[row["split"]].add(row["group"])
    parts = [f"{name} {', '.join(sorted(groups)) or 'none'}" for name, groups in by_split.items()]
    return "; ".join(parts[1:]) + f" ({len(by_split['train'])} templates in train)"


# The README sections every set built here shares: how rows were split, and the files.
SPLIT_AND_FILES = """## Split procedure

Every hand-written text is its own group; all rows of one template form one group (`group`
column in `data_with_metadata.csv`, `t-...` for templates, `h-...` for hand-written). Groups are
assigned whole to a split, separately for each kind (so stratified by label), with one
`random.Random({seed})` generator. First the template groups of a kind are sorted and shuffled;
each goes to dev or test (whichever is emptier) if that split then holds at most {cap}% of the
kind's composed rows, otherwise to train. Then the hand-written groups are sorted, shuffled and
each goes to the split furthest below its 80/10/10 target for the whole kind. Dev and test
therefore contain templates never seen in train: {template_splits}. Exact duplicates
(lower-cased, whitespace-collapsed) are rejected at build time. Row order in the CSVs is
shuffled with seed {seed1}.

Regenerate with `python data/authored/_build/{name}.py` from the repository root (deterministic).

## Files

- `data.csv`: `text,label,split` (UTF-8, RFC 4180 quoting; a text may contain line breaks).
- `data_with_metadata.csv`: the same rows in the same order, plus `group,kind,subtype`.
"""


def write_readme(ds: Dataset, rows: list[dict]) -> None:
    n_hand = sum(row["source"] == "hand" for row in rows)
    text = ds.readme.format(
        name=ds.name,
        lang=ds.lang,
        label=ds.label,
        n_hand=n_hand,
        n_comp=len(rows) - n_hand,
        n_templates=len(ds.templates),
        subtypes=subtype_table(rows),
        by_label=table(rows, "label", [ds.label, "none"]),
        by_kind=table(rows, "kind", list(KINDS)),
        seed=SEED,
        seed1=SEED + 1,
        template_splits=template_splits(rows),
        split_and_files=SPLIT_AND_FILES.format(
            seed=SEED,
            seed1=SEED + 1,
            cap=round(TEMPLATE_CAP * 100),
            template_splits=template_splits(rows),
            name=ds.name,
        ),
    )
    (ds.out_dir / "README.md").write_text(text, encoding="utf-8")


def main(ds: Dataset) -> None:
    rows = build(ds)
    write_csvs(ds, rows)
    write_readme(ds, rows)
    print(f"{ds.name}: {len(rows)} rows written to {ds.out_dir}")
    print(Counter((row["kind"], row["split"]) for row in rows))
