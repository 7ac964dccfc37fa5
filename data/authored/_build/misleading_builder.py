"""Shared builder for the authored ``misleading_en`` and ``misleading_zh`` datasets.

The per-language scripts (``misleading_en.py``, ``misleading_zh.py``) hold the data: the name,
the group prefix, the composition templates and the README text. They pass it as a ``Dataset``
to ``main`` here, which reads the hand-written texts, composes, splits and writes the output.

* hand-written texts, one per line, in ``<name>_texts/<prefix>_<subtype>.txt``
  (prefix ``pos`` = positive, ``hard`` = hard negative, ``easy`` = easy negative; a literal
  ``\\n`` inside a line stands for a line break).  Each text is its own group.
* composed texts: the hand-written templates, filled from hand-written slot phrases.
  Any two rows of one template differ in at least two slots; all rows of a template share
  one group, so a template never spans two splits.

The output is deterministic.
"""

from __future__ import annotations

import csv
import itertools
import random
import string
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

LABEL = "misleading"
SEED = 20261125
SPLITS = ("train", "dev", "test")
FRACTIONS = {"train": 0.8, "dev": 0.1, "test": 0.1}
KINDS = {"pos": "positive", "hard": "hard_negative", "easy": "easy_negative"}

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Template:
    key: str
    kind: str
    subtype: str
    pattern: str
    slots: dict[str, list[str]]
    n: int


@dataclass(frozen=True)
class Dataset:
    """What differs between the languages; everything else in this module is shared."""

    name: str  # reads ``_build/<name>_texts/``, writes ``data/authored/<name>/``
    prefix: str  # group ids are ``<prefix>-h-…`` (hand-written) and ``<prefix>-c-…`` (composed)
    templates: list[Template]
    readme: str  # README with ``{placeholders}`` filled by ``write_readme``

    @property
    def text_dir(self) -> Path:
        return HERE / f"{self.name}_texts"

    @property
    def out_dir(self) -> Path:
        return HERE.parent / self.name


def norm(text: str) -> str:
    """Key used for duplicate detection: lower case, whitespace collapsed."""
    return " ".join(text.lower().split())


def load_hand_written(ds: Dataset) -> list[dict[str, str]]:
    rows = []
    for path in sorted(ds.text_dir.glob("*.txt")):
        prefix, subtype = path.stem.split("_", 1)
        kind = KINDS[prefix]
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        for i, line in enumerate(ln for ln in lines if ln):
            rows.append(
                {
                    "text": line.replace("\\n", "\n"),
                    "label": LABEL if kind == "positive" else "none",
                    "group": f"{ds.prefix}-h-{path.stem}-{i:03d}",
                    "kind": kind,
                    "subtype": subtype,
                }
            )
    return rows


def compose(ds: Dataset, tpl: Template, rng: random.Random, seen: set[str]) -> list[dict[str, str]]:
    """Fill ``tpl`` ``tpl.n`` times; any two fillings differ in at least two slots."""
    names = [f for _, f, _, _ in string.Formatter().parse(tpl.pattern) if f]
    combos = list(itertools.product(*(range(len(tpl.slots[n])) for n in names)))
    rng.shuffle(combos)
    near: set[tuple[int, ...]] = set()  # combos with one slot masked (-1)
    rows = []
    for combo in combos:
        masked = [(*combo[:i], -1, *combo[i + 1 :]) for i in range(len(combo))]
        if any(m in near for m in masked):
            continue
        text = tpl.pattern.format(**{n: tpl.slots[n][c] for n, c in zip(names, combo, strict=True)})
        if norm(text) in seen:
            continue
        near.update(masked)
        seen.add(norm(text))
        rows.append(
            {
                "text": text,
                "label": LABEL if tpl.kind == "positive" else "none",
                "group": f"{ds.prefix}-c-{tpl.key}",
                "kind": tpl.kind,
                "subtype": tpl.subtype,
            }
        )
        if len(rows) == tpl.n:
            return rows
    raise ValueError(f"template {tpl.key}: only {len(rows)} of {tpl.n} rows possible")


def assign_splits(rows: list[dict[str, str]], rng: random.Random) -> None:
    """Give whole groups to splits, stratified by label.

    Hand-written rows (one group each) are stratified by (label, kind, subtype): the shuffled
    groups go one by one to the split furthest below its 80/10/10 share of rows.  Composed
    groups (one per template) are stratified by (label, kind): after shuffling, about 10% of
    the templates (at least one) go to test, as many to dev, the rest to train, so dev and
    test hold templates never seen in training.
    """
    size: Counter[str] = Counter(r["group"] for r in rows)
    strata: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for r in rows:
        origin = "composed" if "-c-" in r["group"] else r["subtype"]
        strata[(r["label"], r["kind"], origin)].add(r["group"])
    split_of = {}
    for key in sorted(strata):
        groups = sorted(strata[key])
        rng.shuffle(groups)
        if key[2] == "composed":
            k = max(1, round(FRACTIONS["test"] * len(groups)))
            for i, g in enumerate(groups):
                split_of[g] = "test" if i < k else "dev" if i < 2 * k else "train"
            continue
        total = sum(size[g] for g in groups)
        filled = dict.fromkeys(SPLITS, 0)
        for g in groups:
            best = max(SPLITS, key=lambda s: FRACTIONS[s] * total - filled[s])
            split_of[g] = best
            filled[best] += size[g]
    for r in rows:
        r["split"] = split_of[r["group"]]


def check(rows: list[dict[str, str]]) -> None:
    keys = [norm(r["text"]) for r in rows]
    dupes = [k for k, c in Counter(keys).items() if c > 1]
    if dupes:
        raise ValueError(f"duplicate texts: {dupes[:5]}")
    split_sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        split_sets[r["group"]].add(r["split"])
    assert all(len(s) == 1 for s in split_sets.values()), "a group spans two splits"


def write_csvs(ds: Dataset, rows: list[dict[str, str]]) -> None:
    ds.out_dir.mkdir(parents=True, exist_ok=True)
    plain = ["text", "label", "split"]
    meta = [*plain, "group", "kind", "subtype"]
    for fname, cols in (("data.csv", plain), ("data_with_metadata.csv", meta)):
        with open(ds.out_dir / fname, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(cols)
            for r in rows:
                writer.writerow([r[c] for c in cols])


def table(rows: list[dict[str, str]], field: str) -> str:
    counts = Counter((r[field], r["split"]) for r in rows)
    values = sorted({r[field] for r in rows})
    lines = [f"| {field} | train | dev | test | total |", "|---|---:|---:|---:|---:|"]
    for v in values:
        cells = [counts[(v, s)] for s in SPLITS]
        lines.append(f"| `{v}` | {' | '.join(map(str, cells))} | {sum(cells)} |")
    cells = [sum(counts[(v, s)] for v in values) for s in SPLITS]
    lines.append(f"| total | {' | '.join(map(str, cells))} | {sum(cells)} |")
    return "\n".join(lines)


def held_out_templates(rows: list[dict[str, str]]) -> str:
    """Markdown list of the composed templates that landed in dev and test."""
    where = {(r["group"], r["kind"], r["subtype"], r["split"]) for r in rows if "-c-" in r["group"]}
    lines = []
    for split in ("dev", "test"):
        names = sorted(f"`{g}` ({k}, {s})" for g, k, s, sp in where if sp == split)
        lines.append(f"- {split}: " + ", ".join(names))
    return "\n".join(lines)


def write_readme(ds: Dataset, rows: list[dict[str, str]]) -> None:
    hand = sum(1 for r in rows if "-h-" in r["group"])
    composed = len(rows) - hand
    by_sub = Counter((r["kind"], r["subtype"]) for r in rows)
    sub_lines = "\n".join(f"| {k} | `{s}` | {n} |" for (k, s), n in sorted(by_sub.items()))
    text = ds.readme.format(
        total=len(rows),
        hand=hand,
        composed=composed,
        n_templates=len(ds.templates),
        label_table=table(rows, "label"),
        kind_table=table(rows, "kind"),
        subtype_table="| kind | subtype | rows |\n|---|---|---:|\n" + sub_lines,
        seed=SEED,
        held_out=held_out_templates(rows),
    )
    (ds.out_dir / "README.md").write_text(text, encoding="utf-8")


def main(ds: Dataset) -> None:
    rng = random.Random(SEED)
    rows = load_hand_written(ds)
    seen = {norm(r["text"]) for r in rows}
    if len(seen) != len(rows):
        check(rows)  # reports the duplicates
    for tpl in ds.templates:
        rows.extend(compose(ds, tpl, rng, seen))
    assign_splits(rows, rng)
    check(rows)
    write_csvs(ds, rows)
    write_readme(ds, rows)
    print(f"{ds.name}: {len(rows)} rows written to {ds.out_dir}")
