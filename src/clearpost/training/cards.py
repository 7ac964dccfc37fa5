"""Model cards: what a shipped model is, what it was trained on, how well it does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clearpost.training.artifact import LinearTextModel
from clearpost.training.catalog import RECIPES, Recipe

CARD_FILE = "MODEL_CARD.md"
CARD_DATE = "2026-11-25"


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _binary_rows(reports: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        "| head | n | pos | threshold | precision | recall | F1 | accuracy | ROC-AUC | PR-AUC "
        "| ECE | confusion [[tn, fp], [fn, tp]] |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key, r in reports.items():
        cells = [key, r["n"], r["positives"], r["threshold"], r["precision"], r["recall"], r["f1"]]
        cells += [r["accuracy"], r["roc_auc"], r["pr_auc"], r["ece"], r["confusion"]]
        lines.append("| " + " | ".join(_fmt(c) for c in cells) + " |")
    return lines


def _trained_on(recipe: Recipe) -> str:
    if not recipe.real:
        return (
            f"- **Trained on:** `{recipe.dataset}` split `train` only; calibration (Platt) and "
            "thresholds chosen on `dev`; figures below on `test`."
        )
    real = ", ".join(f"`{r.dataset}`" for r in recipe.real)
    return (
        f"- **Trained on:** split `train` of `{recipe.dataset}` and of {real}; calibration "
        "(Platt) and thresholds chosen on `dev` of both; figures below on the `test` split "
        "of each, reported apart."
    )


def _augmentation(model: LinearTextModel, recipe: Recipe) -> list[str]:
    added = model.meta.get("rows", {}).get("train_obfuscated")
    augment = recipe.augment
    if not added or augment is None:
        return []
    return [
        f"- **Augmentation:** also trained on {added} obfuscated copies of train rows: each "
        f"train row (background and real-set rows included, every class) picked with "
        f"probability {augment.share} gets one copy, by the first of "
        f"{', '.join(augment.techniques)} (in a random order per row) that `model_view` "
        f"does not undo; each content word rewritten with probability {augment.words} (at "
        f"least one), other words {augment.rate}; generators of `clearpost eval-obfuscation` "
        f"with seed {augment.seed} (the evaluation uses 0). Dev (Platt scaling, thresholds, "
        "fit rates) and test are never copied; `--no-augment` trains without the copies. "
        'Before and after: docs/models.md, "Training on obfuscated copies".'
    ]


def _multiclass_line(multi: dict[str, Any]) -> str:
    return (
        f"Decision over all classes (argmax with dev-tuned offsets): accuracy "
        f"{multi['accuracy']:.3f}, macro-F1 {multi['macro_f1']:.3f}; per class F1: "
        + ", ".join(f"{k} {v['f1']:.3f}" for k, v in multi["per_class"].items())
        + f". Confusion (rows true, columns predicted, order {multi['classes']}): "
        f"{multi['confusion']}."
    )


def render(model: LinearTextModel, recipe: Recipe, evaluation: dict[str, Any], command: str) -> str:
    """The Markdown text of the model card."""
    test = evaluation["test"]
    multi = test["multiclass"]
    size_kb = model.meta.get("size_kb")
    lines = [
        f"# {model.name} — {', '.join(sorted({h.category for h in model.heads}))} ({model.lang})",
        "",
        f"- **Date:** {CARD_DATE}",
        f"- **Detector id:** `clf:{model.name}`",
        _trained_on(recipe),
        f"- **Data source:** {recipe.source}",
        f"- **Data licence:** {recipe.licence}",
        *(
            f"- **Real data:** `{r.dataset}`: {r.source}. Licence: {r.licence}. {r.note}"
            for r in recipe.real
        ),
        "- **Model:** logistic regression (L2, C="
        f"{recipe.c}) over hashed char/word n-grams {model.spec.as_dict()} with TF-IDF "
        "weighting (IDF from train, folded into the weights); weights float16 in "
        "`weights.npz` (no pickle), metadata in `model.json`"
        + (
            f"; feature rows whose largest |weight| is at most {recipe.min_weight} dropped "
            "before calibration"
            if recipe.min_weight
            else ""
        )
        + (f"; {size_kb} kB on disk." if size_kb else "."),
        f"- **Classes:** {', '.join(model.classes)}",
        f"- **Label mapping:** {recipe.label_note}",
        *(
            f"- **Background negatives:** up to {b.train_rows} train / {b.train_rows // 8} dev "
            f"rows of `{b.dataset}` labels {', '.join(b.labels)} ({b.licence}; "
            f"{RECIPES[b.dataset].source if b.dataset in RECIPES else b.dataset})"
            for b in recipe.background
        ),
        *_augmentation(model, recipe),
        f"- **Command:** `{command}`",
        *(
            [f"- **Deployment priors set by:** `{model.meta['priors_command']}`"]
            if model.meta.get("priors_command")
            else []
        ),
        "",
        "## Heads (signals emitted)",
        "",
        "| category | label | source labels | Platt a, b | dev threshold | Platt fit rate "
        "| deployment prior | log-odds shift |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for h in model.heads:
        labels = ", ".join(model.classes[i] for i in h.class_index)
        lines.append(
            f"| {h.category} | {h.label} | {labels} | {h.platt_a:.3f}, {h.platt_b:.3f} "
            f"| {h.threshold} | {_fmt(h.fit_rate)} | {_fmt(h.prior)} | {h.prior_shift:+.2f} |"
        )
    lines += [
        "",
        "The detector emits the Platt score moved from the fit rate (share of positives in the "
        "dev rows the scaling was fitted on, background included) to the deployment prior: "
        "logit(p') = logit(p) + logit(prior) - logit(fit rate); the raw score is kept in "
        "`Signal.details['raw_score']`. Figures below are on the raw (dev-calibrated) score "
        "at the dev threshold; the shift is monotonic, so the same decisions are made at the "
        "shifted threshold (`details['threshold']`).",
    ]
    lines += ["", "## Test split", "", *_binary_rows(test["heads"]), ""]
    lines.append(_multiclass_line(multi))
    lines.append(f"Throughput on this split: {test['items_per_s']:.0f} items/s (one process).")
    for real in evaluation.get("real") or []:
        lines += ["", f"## Test split of `{real['dataset']}` (real data)", ""]
        lines += [*_binary_rows(real["heads"]), "", _multiclass_line(real["multiclass"])]
    ood = evaluation.get("out_of_domain") or []
    if ood:
        lines += ["", "## Out-of-domain sets (never trained on, dev threshold kept)", ""]
        lines += _binary_rows({f"{r['dataset']} ({r['category']})": r for r in ood})
    if recipe.changes:
        lines += ["", "## Before and after", "", recipe.changes]
    lines += [
        "",
        "## Limits",
        "",
        "A bag-of-n-grams model: it sees words and spellings, not meaning; it misses new "
        "slang and paraphrase, and fires on quoted or counter-speech that reuses the words. "
        "Use its score as one signal for the policy, with human review for removals.",
        *(["", recipe.limits] if recipe.limits else []),
        "",
    ]
    return "\n".join(lines)


def write(
    out_dir: Path,
    model: LinearTextModel,
    recipe: Recipe,
    evaluation: dict[str, Any],
    command: str,
) -> Path:
    """Write `MODEL_CARD.md` into `out_dir` and return its path."""
    path = out_dir / CARD_FILE
    path.write_text(render(model, recipe, evaluation, command), encoding="utf-8")
    return path
