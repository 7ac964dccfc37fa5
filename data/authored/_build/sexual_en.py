"""Build the authored `sexual_en` dataset (and hold the builder shared with `sexual_zh`).

Run from the repository root:

    python data/authored/_build/sexual_en.py

Inputs live in `data/authored/_build/<name>_texts/`:

* `<kind>__<subtype>.txt`: hand-written texts, one per line. Blank lines and lines starting
  with `#` are skipped; a literal `\\n` inside a line becomes a newline. Each line is its own
  group.
* `templates.txt`: composition templates written for this project. A block looks like

      === <template_id> | <kind> | <subtype> | <rows>
      {a} {b} {c}
      --- a
      first filler for slot a
      second filler for slot a
      --- b
      ...

  All rows composed from one template share one group. Rows are drawn so that any two rows
  of a template differ in at least two slots.

Outputs (deterministic): `data/authored/<name>/data.csv`, `data_with_metadata.csv` and
`README.md`.
"""

from __future__ import annotations

import csv
import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

SEED = 20261125
KINDS = ("positive", "hard_negative", "easy_negative")
SPLITS = ("train", "dev", "test")
SPLIT_FRACTIONS = {"train": 0.8, "dev": 0.1, "test": 0.1}
BUILD_DIR = Path(__file__).resolve().parent
AUTHORED_DIR = BUILD_DIR.parent


@dataclass
class Row:
    text: str
    label: str
    group: str
    kind: str
    subtype: str
    composed: bool
    split: str = ""


def normalise(text: str) -> str:
    """Key used for duplicate detection: lower-cased, whitespace collapsed."""
    return re.sub(r"\s+", " ", text).strip().lower()


def clean(text: str) -> str:
    text = text.replace("\\n", "\n")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def label_for(kind: str, positive_label: str) -> str:
    return positive_label if kind == "positive" else "none"


def read_hand_written(texts_dir: Path, prefix: str, positive_label: str) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(texts_dir.glob("*__*.txt")):
        kind, subtype = path.stem.split("__", 1)
        if kind not in KINDS:
            raise ValueError(f"unknown kind in file name: {path.name}")
        number = 0
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            number += 1
            rows.append(
                Row(
                    text=clean(raw),
                    label=label_for(kind, positive_label),
                    group=f"{prefix}-h-{subtype}-{number:03d}",
                    kind=kind,
                    subtype=subtype,
                    composed=False,
                )
            )
    return rows


@dataclass
class Template:
    template_id: str
    kind: str
    subtype: str
    rows: int
    pattern: str
    slots: dict[str, list[str]]


def parse_templates(path: Path) -> list[Template]:
    templates: list[Template] = []
    current: Template | None = None
    slot: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("=== "):
            template_id, kind, subtype, rows = (p.strip() for p in line[4:].split("|"))
            if kind not in KINDS:
                raise ValueError(f"unknown kind in template {template_id}")
            current = Template(template_id, kind, subtype, int(rows), "", {})
            templates.append(current)
            slot = None
        elif current is None:
            raise ValueError(f"text outside a template: {line!r}")
        elif line.startswith("--- "):
            slot = line[4:].strip()
            current.slots[slot] = []
        elif slot is None:
            current.pattern = line
        else:
            current.slots[slot].append(line.strip())
    for template in templates:
        names = set(re.findall(r"{(\w+)}", template.pattern))
        if names != set(template.slots):
            raise ValueError(f"slots do not match pattern in {template.template_id}")
    return templates


def compose(template: Template, prefix: str, positive_label: str) -> list[Row]:
    """Draw `template.rows` fills; any two chosen fills differ in at least two slots."""
    names = sorted(template.slots)
    choices = [range(len(template.slots[name])) for name in names]
    combos = list(itertools.product(*choices))
    random.Random(f"{SEED}-{template.template_id}").shuffle(combos)
    chosen: list[tuple[int, ...]] = []
    for combo in combos:
        if all(sum(a != b for a, b in zip(combo, c, strict=True)) >= 2 for c in chosen):
            chosen.append(combo)
            if len(chosen) == template.rows:
                break
    if len(chosen) < template.rows:
        raise ValueError(f"template {template.template_id}: only {len(chosen)} fills possible")
    rows = []
    for combo in chosen:
        fill = {name: template.slots[name][i] for name, i in zip(names, combo, strict=True)}
        rows.append(
            Row(
                text=clean(template.pattern.format(**fill)),
                label=label_for(template.kind, positive_label),
                group=f"{prefix}-t-{template.template_id}",
                kind=template.kind,
                subtype=template.subtype,
                composed=True,
            )
        )
    return rows


def assign_splits(rows: list[Row]) -> None:
    """Assign whole groups to splits, stratified by kind (and so by label).

    Per kind: template groups are shuffled; one in ten of them, rounded down (but at least one
    when there are three or more), go to test, as many to dev, the rest to train. Hand-written
    groups (one row each) are then shuffled and fill each split up to 80/10/10 of the kind's
    rows.
    """
    rng = random.Random(SEED)
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.group].append(row)
    for kind in KINDS:
        kind_groups = sorted(g for g, members in groups.items() if members[0].kind == kind)
        templated = [g for g in kind_groups if groups[g][0].composed]
        singles = [g for g in kind_groups if not groups[g][0].composed]
        rng.shuffle(templated)
        rng.shuffle(singles)
        held_out = max(1, len(templated) // 10) if len(templated) >= 3 else 0
        plan = ["test"] * held_out + ["dev"] * held_out
        plan += ["train"] * (len(templated) - len(plan))
        filled = Counter()
        for group, split in zip(templated, plan, strict=True):
            for row in groups[group]:
                row.split = split
            filled[split] += len(groups[group])
        total = sum(len(groups[g]) for g in kind_groups)
        quota = {s: max(0, round(SPLIT_FRACTIONS[s] * total) - filled[s]) for s in SPLITS}
        sequence = ["dev"] * quota["dev"] + ["test"] * quota["test"]
        sequence += ["train"] * (len(singles) - len(sequence))
        for group, split in zip(singles, sequence, strict=False):
            groups[group][0].split = split


def check(rows: list[Row]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        key = normalise(row.text)
        if key in seen:
            raise ValueError(f"duplicate text in {row.group} and {seen[key]}: {row.text!r}")
        seen[key] = row.group
        if not row.text:
            raise ValueError(f"empty text in {row.group}")
    group_splits: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        group_splits[row.group].add(row.split)
    bad = [g for g, s in group_splits.items() if len(s) != 1 or "" in s]
    if bad:
        raise ValueError(f"groups without exactly one split: {bad[:5]}")


def write_csvs(rows: list[Row], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "data.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["text", "label", "split"])
        writer.writerows([r.text, r.label, r.split] for r in rows)
    with open(out_dir / "data_with_metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["text", "label", "split", "group", "kind", "subtype"])
        writer.writerows([r.text, r.label, r.split, r.group, r.kind, r.subtype] for r in rows)


def markdown_table(header: list[str], body: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in line) + " |" for line in body]
    return "\n".join(lines)


def stats_markdown(rows: list[Row], positive_label: str) -> str:
    by_label = Counter((r.label, r.split) for r in rows)
    by_kind = Counter((r.kind, r.split) for r in rows)
    label_body = [
        [label, *(by_label[label, s] for s in SPLITS), sum(by_label[label, s] for s in SPLITS)]
        for label in (positive_label, "none")
    ]
    split_totals = Counter(r.split for r in rows)
    label_body.append(["**all**", *(split_totals[s] for s in SPLITS), len(rows)])
    kind_body = [
        [kind, *(by_kind[kind, s] for s in SPLITS), sum(by_kind[kind, s] for s in SPLITS)]
        for kind in KINDS
    ]
    subtypes = Counter((r.kind, r.subtype) for r in rows)
    subtype_body = [[k, s, n] for (k, s), n in sorted(subtypes.items())]
    hand = sum(not r.composed for r in rows)
    composed = len(rows) - hand
    n_templates = len({r.group for r in rows if r.composed})
    return "\n\n".join(
        [
            f"Rows: {len(rows)} ({hand} hand-written, each its own group; {composed} composed "
            f"from {n_templates} templates, one group per template).",
            "Per label and split:\n\n" + markdown_table(["label", *SPLITS, "total"], label_body),
            "Per kind and split:\n\n" + markdown_table(["kind", *SPLITS, "total"], kind_body),
            "Per subtype:\n\n" + markdown_table(["kind", "subtype", "rows"], subtype_body),
        ]
    )


def build(name: str, positive_label: str, readme_text: str) -> list[Row]:
    texts_dir = BUILD_DIR / f"{name}_texts"
    prefix = name
    rows = read_hand_written(texts_dir, prefix, positive_label)
    for template in parse_templates(texts_dir / "templates.txt"):
        rows.extend(compose(template, prefix, positive_label))
    rows.sort(key=lambda r: (r.group, r.text))
    random.Random(SEED).shuffle(rows)
    assign_splits(rows)
    check(rows)
    out_dir = AUTHORED_DIR / name
    write_csvs(rows, out_dir)
    readme = readme_text.replace("{STATS}", stats_markdown(rows, positive_label))
    (out_dir / "README.md").write_text(readme, encoding="utf-8")
    return rows


README_EN = """# sexual_en: authored English sexual-content examples

**Content warning:** this dataset contains sexual language, sexual solicitation, porn
promotion and examples of sexual harassment, written to train a moderation classifier.

Labels: `sexual` (positive) or `none`.

## What `sexual` covers

Sexual content that a general-audience platform removes or age-gates:

* short explicit descriptions of sexual acts (kept to a few sentences, moderate explicitness);
* hook-up solicitation, escort and "massage" ads;
* porn promotion and links to porn or paid adult content (all links are fake, e.g.
  `example.com`);
* sexualised comments about a person's body aimed at that person;
* unwanted sexual advances in comments and DMs;
* sexting-style messages.

## What it does not cover (labelled `none`, kind `hard_negative`)

Sex and consent education; sexual-health and medical text (STI testing, contraception,
menopause, erectile-dysfunction treatment); news reports about sexual-assault cases;
relationship advice; romantic posts without sexual content; LGBTQ+ identity posts (being gay is
not sexual content); breastfeeding; art history (nudes in painting and sculpture); lingerie and
swimwear reviews; animal mating; dating-app safety tips; reports and condemnations of
harassment without explicit detail; parents' online-safety guidance; book and film reviews that
mention sex without describing it; everyday words that overlap with sexual slang ("hook up the
printer", a naval escort, a rooster). `easy_negative` rows are ordinary posts.

**Not included on purpose:** no text sexualising minors or using "teen"/school-coded framing
was written, in any label. Child sexual abuse material must be handled by dedicated tooling
(hash matching, specialised classifiers and mandatory reporting), not by examples authored
here; the classifier trained on this set should not be relied on for it.

## How it was written

All texts were written by an AI assistant for the Clearpost project on 2026-11-25. Nothing
was copied from the web, from datasets or from books. Hand-written texts are in
`data/authored/_build/sexual_en_texts/<kind>__<subtype>.txt`; composition templates
(openings, bodies, closings and slot fillers, also written for this project) are in
`templates.txt` there. `python data/authored/_build/sexual_en.py` regenerates the CSVs and this
README exactly.

{STATS}

## Grouping and split

Every hand-written text is its own group; all rows composed from one template share a group.
Whole groups are assigned to splits, stratified by kind (and so by label), seed `20261125`:
per kind, the template groups are shuffled and one in ten of them, rounded down (at least one
when a kind has three or more templates), go to test, as many to dev, the rest to train; then the
hand-written groups are shuffled and fill each split up to 80/10/10 of that kind's rows. So
dev and test contain templates never seen in train. Exact duplicates (lower-cased,
whitespace collapsed) are rejected by the build script.

Files: `data.csv` (`text,label,split`) and `data_with_metadata.csv` (the same rows in the same
order plus `group,kind,subtype`).

## Licence

CC BY 4.0, © the Clearpost contributors.

## Known limitations

* Synthetic: written by one model, so style is more uniform and cleaner than real traffic;
  real spam uses more misspellings, emoji walls and image text. Use it to bootstrap, then
  evaluate and retrain on real, reviewed traffic.
* The boundary is a policy choice: flirting, innuendo and quoted harassment are judgement
  calls. Quoted harassment is `none` only when it is clearly a report or condemnation without
  explicit detail; otherwise it is `sexual`.
* Composed rows are less varied than hand-written ones; templates are kept whole within one
  split, so test scores on composed rows measure template generalisation, not memorisation.
* No minors-related content (see above); no images, usernames or conversation context.
"""


def main() -> None:
    rows = build("sexual_en", "sexual", README_EN)
    counts = Counter((r.label, r.split) for r in rows)
    print(f"sexual_en: {len(rows)} rows", dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
