"""The operations behind `clearpost train` and `clearpost eval`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clearpost.training import artifact, cards
from clearpost.training.catalog import Recipe
from clearpost.training.evaluate import evaluate_model, pipeline_speed
from clearpost.training.trainer import train


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
) -> dict[str, Any]:
    """Train, evaluate on test, write the model files and card; return a short summary."""
    trained = train(recipe, data_dirs, c=c, limit=limit, path=data)
    model = trained.model
    evaluation = evaluate_model(model, data_dirs, trained.data_path)
    counts = {name: len(split) for name, split in trained.splits.items()}
    test = evaluation["test"]
    model.meta.update(
        date=cards.CARD_DATE,
        command=command,
        rows=counts,
        test={
            "macro_f1": test["multiclass"]["macro_f1"],
            "accuracy": test["multiclass"]["accuracy"],
            "heads": {
                k: {"f1": v["f1"], "roc_auc": v["roc_auc"]} for k, v in test["heads"].items()
            },
        },
    )
    artifact.save(model, out_dir)
    model.meta["size_kb"] = _dir_kb(out_dir)
    artifact.save(model, out_dir)
    cards.write(out_dir, model, recipe, evaluation, command)
    return {"model": model.name, "out": str(out_dir), "rows": counts, "test": model.meta["test"]}


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
        from clearpost.training.data import find_dataset, read_rows

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
