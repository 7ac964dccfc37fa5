"""The operations behind `clearpost train` and `clearpost eval`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clearpost.training import artifact, cards
from clearpost.training.catalog import Recipe
from clearpost.training.data import DataError, find_dataset
from clearpost.training.evaluate import evaluate_model, pipeline_speed
from clearpost.training.trainer import train, training_splits, with_deployment_priors


def _dir_kb(path: Path) -> int:
    return round(sum(f.stat().st_size for f in path.iterdir() if f.is_file()) / 1024)


def train_and_save(
    recipe: Recipe,
    out_dir: Path,
    data_dirs: Sequence[Path] | None,
    *,
    c: float | None = None,
    command: str = "",
    data: Path | None = None,
    limit: int | None = None,
    augment: bool = True,
) -> dict[str, Any]:
    """Train, evaluate on test, write the model files and card; return a short summary."""
    trained = train(recipe, data_dirs, c=c, limit=limit, path=data, augment=augment)
    model = trained.model
    evaluation = evaluate_model(model, data_dirs, trained.data_path)
    counts = {name: len(split) for name, split in trained.splits.items()}
    if trained.augmented:
        counts["train_obfuscated"] = trained.augmented
    model.meta.update(
        date=cards.CARD_DATE, command=command, rows=counts, test=_summary(evaluation["test"])
    )
    if evaluation["real"]:
        model.meta["real_test"] = {r["dataset"]: _summary(r) for r in evaluation["real"]}
    artifact.save(model, out_dir)
    model.meta["size_kb"] = _dir_kb(out_dir)
    artifact.save(model, out_dir)
    cards.write(out_dir, model, recipe, evaluation, command)
    return {"model": model.name, "out": str(out_dir), "rows": counts, "test": model.meta["test"]}


def _summary(test: dict[str, Any]) -> dict[str, Any]:
    return {
        "macro_f1": test["multiclass"]["macro_f1"],
        "accuracy": test["multiclass"]["accuracy"],
        "heads": {k: {"f1": v["f1"], "roc_auc": v["roc_auc"]} for k, v in test["heads"].items()},
    }


def set_deployment_priors(
    recipe: Recipe,
    model_dir: Path,
    data_dirs: Sequence[Path] | None,
    *,
    command: str = "",
    data: Path | None = None,
) -> dict[str, Any]:
    """Store fit rates and deployment priors in an existing model; weights untouched.

    The fit rates are recomputed from the rows the trainer calibrated on (dev plus its
    background); a dev row count that differs from the model's record means the data
    changed since training, and the model must be retrained instead.
    """
    model = artifact.load(model_dir)
    path = data or find_dataset(recipe.dataset, data_dirs)
    dev = training_splits(recipe, data_dirs, path)["dev"]
    recorded = model.meta.get("rows", {}).get("dev")
    if recorded is not None and recorded != len(dev):
        raise DataError(path, f"dev has {len(dev)} rows now, {recorded} when {model.name} trained")
    with_deployment_priors(model, dev)
    model.meta["priors_command"] = command
    artifact.save_meta(model, model_dir)
    evaluation = evaluate_model(model, data_dirs, path)
    cards.write(model_dir, model, recipe, evaluation, model.meta.get("command", ""))
    return {
        "model": model.name,
        "heads": {
            f"{h.category}/{h.label}": {"fit_rate": h.fit_rate, "prior": h.prior}
            for h in model.heads
        },
    }


def evaluate_all(
    models_dir: Path | None,
    data_dirs: Sequence[Path] | None,
    only: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Evaluate every shipped model (or those named in `only`) and the whole pipeline."""
    from clearpost.detectors.classifier import load_models

    models = [m for m in load_models(models_dir) if not only or m.name in only or m.dataset in only]
    results = [evaluate_model(m, data_dirs) for m in models]
    posts: dict[str, list[str]] = {}
    for model in models:
        from clearpost.training.data import read_rows

        rows = read_rows(find_dataset(model.dataset, data_dirs))
        short = [r["text"] for r in rows if r["split"] == "test" and len(r["text"]) <= 280]
        posts.setdefault(model.lang, []).extend(short[:500])
    speed = pipeline_speed(models, posts) if models else {}
    return {"models": results, "pipeline": speed}


def print_report(report: dict[str, Any]) -> None:
    """Human-readable tables of `evaluate_all`'s result."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if console.width < 150:  # pipes and narrow terminals: keep the columns readable
        console = Console(width=150)
    table = Table(title="Test split (shipped models)")
    for col in ("model", "head", "n/pos", "P", "R", "F1", "ROC-AUC", "PR-AUC", "tn fp / fn tp"):
        table.add_column(col)
    table.add_column("items/s", justify="right")
    for result in report["models"]:
        test = result["test"]
        for key, r in test["heads"].items():
            table.add_row(*_cells(result["model"], key, r), f"{test['items_per_s']:.0f}")
        for real in result.get("real", ()):
            for key, r in real["heads"].items():
                name = f"{result['model']} ({real['dataset']} test)"
                table.add_row(*_cells(name, key, r), f"{real['items_per_s']:.0f}")
    console.print(table)
    for result in report["models"]:
        multi = result["test"]["multiclass"]
        per = ", ".join(f"{k} {v['f1']:.3f}" for k, v in multi["per_class"].items())
        console.print(
            f"{result['model']}: all classes (argmax, dev offsets) accuracy "
            f"{multi['accuracy']:.3f}, macro-F1 {multi['macro_f1']:.3f}; F1 {per}"
        )
    ood = Table(title="Out-of-domain sets (never trained on)")
    for col in ("model", "set", "n/pos", "P", "R", "F1", "ROC-AUC", "PR-AUC", "tn fp / fn tp"):
        ood.add_column(col)
    ood.add_column("flag rate")
    for result in report["models"]:
        for r in result["out_of_domain"]:
            ood.add_row(*_cells(result["model"], r["dataset"], r), f"{r['flag_rate']:.3f}")
    console.print(ood)
    speed = report.get("pipeline") or {}
    if speed:
        console.print(
            f"Pipeline ({speed['models']} models, {speed['posts']} posts of "
            f"{speed['mean_chars']:.0f} chars): normalize {speed['normalize_us_per_post']:.1f} "
            f"µs/post, classifiers {speed['classifiers_us_per_post']:.1f} µs/post, "
            f"{speed['posts_per_s']:.0f} posts/s on one core"
        )
        alone = ", ".join(f"{k} {v:.1f}" for k, v in speed["per_model_us_per_post"].items())
        console.print(f"Each model alone (µs/post, featurisation included): {alone}")


def _cells(model: str, head: str, r: dict[str, Any]) -> list[str]:
    def f(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    (tn, fp), (fn, tp) = r["confusion"]
    return [
        model,
        head,
        f"{r['n']}/{r['positives']}",
        f(r["precision"]),
        f(r["recall"]),
        f(r["f1"]),
        f(r["roc_auc"]),
        f(r["pr_auc"]),
        f"{tn} {fp} / {fn} {tp}",
    ]


def _pair(before: float, after: float) -> str:
    return f"{100 * before:.1f} → {100 * after:.1f}"


def print_policy_report(report: dict[str, Any]) -> None:
    """Human-readable tables of `traffic.evaluate_policy`'s result (percent, before → after)."""
    from rich.console import Console
    from rich.table import Table

    from clearpost.training.traffic import ACTIONS

    console = Console()
    if console.width < 150:
        console = Console(width=150)
    before, after = report["before"], report["after"]
    limits = report["thresholds"]
    title = (
        f"Clean traffic ({after['clean']['n']} test posts), policy {report['policy']}, tier "
        f"{report['tier']}: % reaching at least each action, before → after the prior shift"
    )
    clean = Table(title=title)
    for col in ("category", *ACTIONS):
        clean.add_column(col)
    rows = [
        (c, before["clean"]["categories"][c], v) for c, v in after["clean"]["categories"].items()
    ]
    for category, b, a in [*rows, ("any", before["clean"]["any"], after["clean"]["any"])]:
        allowed = limits.get(category, dict.fromkeys(ACTIONS))
        clean.add_row(
            category,
            *(
                _pair(b[x], a[x]) + (f" (≥{allowed[x]})" if allowed.get(x) else "")
                if x in allowed
                else "–"
                for x in ACTIONS
            ),
        )
    console.print(clean)
    sources = Table(title="Clean traffic by source: % with any action / removed, before → after")
    for col in ("source", "n", "≥ label", "remove"):
        sources.add_column(col)
    for key, a in after["clean"]["sources"].items():
        b = before["clean"]["sources"][key]
        sources.add_row(
            key, str(a["n"]), _pair(b["label"], a["label"]), _pair(b["remove"], a["remove"])
        )
    console.print(sources)
    recall = Table(
        title="Recall of each category's test positives: % reaching at least each action"
    )
    for col in ("category / source", "n", *ACTIONS):
        recall.add_column(col)
    for category, a in after["recall"].items():
        b = before["recall"][category]
        allowed = limits.get(category, {})
        recall.add_row(
            category,
            str(a["n"]),
            *(_pair(b["all"][x], a["all"][x]) if x in allowed else "–" for x in ACTIONS),
        )
        if len(a["sources"]) > 1:
            for key, sa in a["sources"].items():
                sb = b["sources"][key]
                recall.add_row(
                    f"  {key}",
                    str(sa["n"]),
                    *(_pair(sb[x], sa[x]) if x in allowed else "–" for x in ACTIONS),
                )
    console.print(recall)
    real = Table(title="Real test sets: % reaching at least each action of the category")
    for col in ("category", "source", "n", *ACTIONS):
        real.add_column(col)
    for category, found in after.get("real", {}).items():
        allowed = limits.get(category, {})
        for key, a in found.items():
            b = before["real"][category][key]
            real.add_row(
                category,
                key,
                str(a["n"]),
                *(_pair(b[x], a[x]) if x in allowed else "–" for x in ACTIONS),
            )
    console.print(real)
    rates: dict[str, Any] = next(iter(after["thresholds_at"].values()), {})
    sweep = Table(
        title="After the shift: lowest threshold (0.005 grid) that keeps clean-traffic actions "
        "at or under each rate, and the recall it keeps"
    )
    sweep.add_column("category")
    for rate in rates:
        sweep.add_column(f"≤ {100 * float(rate):g} % clean: threshold, recall")
    for category, found in after["thresholds_at"].items():
        cells = []
        for r in found.values():
            recall_text = "n/a" if r["recall"] is None else f"{100 * r['recall']:.1f} %"
            cells.append(f"{r['threshold']:.3f}, {recall_text}")
        sweep.add_row(category, *cells)
    console.print(sweep)
