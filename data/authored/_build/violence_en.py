"""Build the authored ``violence_en`` dataset (English violent content vs look-alikes).

Run from the repository root (deterministic, rewrites the output folder's CSVs and README):

    python data/authored/_build/violence_en.py            # build
    python data/authored/_build/violence_en.py --check    # sanity report of the written CSVs

Inputs live in ``violence_en_texts/``:

* ``positive.txt``, ``hard_negative.txt``, ``easy_negative.txt``: hand-written texts, one per
  line. A line ``@@ subtype`` sets the subtype of the lines after it; ``\\n`` inside a line is a
  line break in the text; blank lines are ignored. Every hand-written text is its own group.
* ``templates.txt``: skeletons for composed rows. A block starts with
  ``=== id | kind | subtype`` followed by ``frame: ...`` (with ``{a}``, ``{b}``, ... slots) and
  ``a: option`` lines. Rows are drawn from a code in which any two rows of one skeleton differ in
  at least two slots (the slot with the most options is a checksum of the others), so no two
  rows differ only in one filler. All rows of one skeleton share one group.
* ``readme_template.txt``: the README, with ``{placeholders}`` filled from the counts.
"""

from __future__ import annotations

import csv
import itertools
import random
import re
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

NAME = "violence_en"
LABEL = "violence"
SEED = 20261125
ROWS_PER_TEMPLATE = 20
SPLITS = ("train", "dev", "test")
SHARES = {"train": 0.8, "dev": 0.1, "test": 0.1}
KINDS = ("positive", "hard_negative", "easy_negative")
MIN_LEN, MAX_LEN = 5, 400
MIN_HANDWRITTEN = 400

BUILD_DIR = Path(__file__).resolve().parent
TEXTS_DIR = BUILD_DIR / f"{NAME}_texts"
OUT_DIR = BUILD_DIR.parent / NAME
SLOT_RE = re.compile(r"\{([a-z])\}")


def norm(text: str) -> str:
    """Key used for duplicate detection: lower-cased, whitespace collapsed."""
    return re.sub(r"\s+", " ", text.lower()).strip()


def label_of(kind: str) -> str:
    return LABEL if kind == "positive" else "none"


def read_handwritten() -> list[dict[str, str]]:
    rows = []
    for kind in KINDS:
        subtype = ""
        path = TEXTS_DIR / f"{kind}.txt"
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("@@"):
                subtype = line[2:].strip()
                continue
            if not subtype:
                raise ValueError(f"{path.name}: text before the first '@@ subtype' line")
            text = line.replace("\\n", "\n")
            rows.append({"text": text, "kind": kind, "subtype": subtype})
    for i, row in enumerate(rows, start=1):
        row["group"] = f"h{i:04d}"
    return rows


def parse_templates() -> list[dict]:
    templates: list[dict] = []
    current: dict | None = None
    path = TEXTS_DIR / "templates.txt"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            tid, kind, subtype = (part.strip() for part in line[3:].split("|"))
            if kind not in KINDS:
                raise ValueError(f"template {tid}: unknown kind {kind}")
            current = {"id": tid, "kind": kind, "subtype": subtype, "frame": "", "slots": {}}
            templates.append(current)
        elif current is None:
            raise ValueError(f"templates.txt: line outside a block: {line}")
        elif line.startswith("frame:"):
            current["frame"] = line[len("frame:") :].strip().replace("\\n", "\n")
        else:
            slot, _, option = line.partition(":")
            current["slots"].setdefault(slot.strip(), []).append(option.strip())
    for tpl in templates:
        used = sorted(set(SLOT_RE.findall(tpl["frame"])))
        if used != sorted(tpl["slots"]):
            raise ValueError(f"template {tpl['id']}: frame slots {used} != {sorted(tpl['slots'])}")
    return templates


def compose(tpl: dict) -> list[dict[str, str]]:
    """Rows of one skeleton; any two differ in at least two slots."""
    names = sorted(tpl["slots"], key=lambda s: (len(tpl["slots"][s]), s))
    check, free = names[-1], names[:-1]
    n_check = len(tpl["slots"][check])
    combos = []
    for idx in itertools.product(*(range(len(tpl["slots"][s])) for s in free)):
        choice = dict(zip(free, idx, strict=True))
        choice[check] = sum(idx) % n_check
        combos.append(choice)
    rng = random.Random(zlib.crc32(f"{SEED}:{tpl['id']}".encode()))
    rng.shuffle(combos)
    rows = []
    for choice in combos[:ROWS_PER_TEMPLATE]:
        fillers = {slot: tpl["slots"][slot][i] for slot, i in choice.items()}
        text = SLOT_RE.sub(lambda m, f=fillers: f[m.group(1)], tpl["frame"])
        rows.append(
            {
                "text": text,
                "kind": tpl["kind"],
                "subtype": tpl["subtype"],
                "group": f"t-{tpl['id']}",
            }
        )
    return rows


def assign_splits(rows: list[dict[str, str]]) -> None:
    """Whole groups to splits, stratified by kind (hence by label), ~80/10/10 by rows."""
    sizes: Counter[str] = Counter(row["group"] for row in rows)
    kind_of = {row["group"]: row["kind"] for row in rows}
    rng = random.Random(SEED)
    split_of: dict[str, str] = {}
    for kind in KINDS:
        gids = sorted(g for g in sizes if kind_of[g] == kind)
        rng.shuffle(gids)
        gids.sort(key=lambda g: -sizes[g])  # stable: big skeletons first, shuffled among equals
        total = sum(sizes[g] for g in gids)
        target = {s: SHARES[s] * total for s in SPLITS}
        filled = dict.fromkeys(SPLITS, 0)
        for gid in gids:
            split = max(SPLITS, key=lambda s: (target[s] - filled[s]) / target[s])
            split_of[gid] = split
            filled[split] += sizes[gid]
    for row in rows:
        row["split"] = split_of[row["group"]]
        row["label"] = label_of(row["kind"])


def validate(rows: list[dict[str, str]], n_handwritten: int) -> None:
    if n_handwritten < MIN_HANDWRITTEN:
        raise ValueError(f"only {n_handwritten} hand-written texts")
    seen: dict[str, str] = {}
    for row in rows:
        key = norm(row["text"])
        if key in seen:
            raise ValueError(f"duplicate text ({seen[key]}, {row['group']}): {row['text']!r}")
        seen[key] = row["group"]
        if not MIN_LEN <= len(row["text"]) <= MAX_LEN:
            raise ValueError(f"length {len(row['text'])} out of range: {row['text']!r}")


def counts_table(rows: list[dict[str, str]], column: str, values: tuple[str, ...]) -> str:
    counter = Counter((row[column], row["split"]) for row in rows)
    lines = [f"| {column} | " + " | ".join(SPLITS) + " | total |", "|---" * (len(SPLITS) + 2) + "|"]
    for value in values:
        cells = [counter[value, s] for s in SPLITS]
        lines.append(f"| `{value}` | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    cells = [sum(counter[v, s] for v in values) for s in SPLITS]
    lines.append("| **all** | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    return "\n".join(lines)


def subtype_table(rows: list[dict[str, str]]) -> str:
    counter = Counter((row["kind"], row["subtype"]) for row in rows)
    lines = ["| kind | subtype | rows |", "|---|---|---|"]
    order = sorted(counter, key=lambda key: (KINDS.index(key[0]), key[1]))
    for kind, subtype in order:
        n = counter[kind, subtype]
        lines.append(f"| {kind} | {subtype} | {n} |")
    return "\n".join(lines)


def write_outputs(rows: list[dict[str, str]], n_handwritten: int, n_templates: int) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    base = ["text", "label", "split"]
    meta = [*base, "group", "kind", "subtype"]
    for filename, columns in (("data.csv", base), ("data_with_metadata.csv", meta)):
        with open(OUT_DIR / filename, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([row[c] for c in columns])
    template = (TEXTS_DIR / "readme_template.txt").read_text(encoding="utf-8")
    readme = template.format(
        n_rows=len(rows),
        n_handwritten=n_handwritten,
        n_composed=len(rows) - n_handwritten,
        n_templates=n_templates,
        rows_per_template=ROWS_PER_TEMPLATE,
        n_groups=len({row["group"] for row in rows}),
        seed=SEED,
        label_table=counts_table(rows, "label", (LABEL, "none")),
        kind_table=counts_table(rows, "kind", KINDS),
        subtype_table=subtype_table(rows),
    )
    (OUT_DIR / "README.md").write_text(readme, encoding="utf-8")


def build() -> None:
    handwritten = read_handwritten()
    templates = parse_templates()
    composed = [row for tpl in templates for row in compose(tpl)]
    rows = handwritten + composed
    validate(rows, len(handwritten))
    assign_splits(rows)
    random.Random(SEED).shuffle(rows)
    rows.sort(key=lambda row: SPLITS.index(row["split"]))
    write_outputs(rows, len(handwritten), len(templates))
    print(f"{NAME}: wrote {len(rows)} rows ({len(handwritten)} hand-written) to {OUT_DIR}")


def check() -> None:
    """Sanity report: counts, header, duplicates, groups spanning splits, file agreement."""
    with open(OUT_DIR / "data.csv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        base = list(reader)
    with open(OUT_DIR / "data_with_metadata.csv", encoding="utf-8", newline="") as fh:
        meta = list(csv.DictReader(fh))
    problems = []
    if header != ["text", "label", "split"]:
        problems.append(f"bad header {header}")
    if [r[:3] for r in base] != [[m["text"], m["label"], m["split"]] for m in meta]:
        problems.append("data.csv and data_with_metadata.csv disagree")
    keys = Counter(norm(m["text"]) for m in meta)
    dups = [k for k, n in keys.items() if n > 1]
    if dups:
        problems.append(f"{len(dups)} duplicate texts")
    group_splits = defaultdict(set)
    for m in meta:
        group_splits[m["group"]].add(m["split"])
    spanning = [g for g, s in group_splits.items() if len(s) > 1]
    if spanning:
        problems.append(f"{len(spanning)} groups span splits")
    if {m["label"] for m in meta} - {LABEL, "none"}:
        problems.append("unexpected labels")
    lengths = sorted(len(m["text"]) for m in meta)
    print(f"{NAME}: {len(meta)} rows, {len(group_splits)} groups")
    print(counts_table(meta, "label", (LABEL, "none")))
    print(counts_table(meta, "kind", KINDS))
    hw = sum(1 for m in meta if m["group"].startswith("h"))
    print(f"hand-written rows: {hw}, composed rows: {len(meta) - hw}")
    mid = lengths[len(lengths) // 2]
    print(f"length min/median/max: {lengths[0]}/{mid}/{lengths[-1]} characters")
    share = sum(20 <= n <= 150 for n in lengths) / len(lengths)
    print(f"share of rows with 20-150 characters: {share:.1%}")
    print("problems: " + ("; ".join(problems) if problems else "none"))
    if problems:
        sys.exit(1)


def configure(name: str) -> None:
    """Point the builder at another language's texts (violence_zh.py uses this)."""
    global NAME, TEXTS_DIR, OUT_DIR
    NAME = name
    TEXTS_DIR = BUILD_DIR / f"{NAME}_texts"
    OUT_DIR = BUILD_DIR.parent / NAME


def main(argv: list[str]) -> None:
    if "--check" in argv:
        check()
    else:
        build()


if __name__ == "__main__":
    main(sys.argv[1:])
