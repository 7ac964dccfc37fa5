"""`clearpost train` and `clearpost eval`, added to the main CLI by `register(app)`."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import typer

from clearpost.training.catalog import EN_SPEC, ZH_SPEC, Head, Recipe, get_recipe
from clearpost.training.data import DataError, read_rows


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def _adhoc_recipe(name: str, data: Path, lang: str) -> Recipe:
    """A recipe for a data set without one: a head per label other than `none`."""
    labels = sorted({row["label"] for row in read_rows(data)} - {"none"})
    return Recipe(
        name=name,
        dataset=name,
        lang=lang,
        heads=tuple(Head(label, label, (label,)) for label in labels),
        source=str(data),
        licence="see the data set's README",
        spec=ZH_SPEC if lang == "zh" else EN_SPEC,
    )


def train_command(
    dataset: str = typer.Option(..., "--dataset", help="Data set name, e.g. sms_spam_uci."),
    out: Path | None = typer.Option(None, "--out", help="Model folder (default models/NAME)."),
    data: Path | None = typer.Option(None, "--data", help="CSV to use instead of NAME's."),
    data_dir: list[Path] = typer.Option([], "--data-dir", help="Where data sets live."),
    lang: str = typer.Option("en", "--lang", help="Language of an ad-hoc data set (en, zh)."),
    c: float | None = typer.Option(None, "--c", help="Override the L2 strength (C)."),
    priors_only: bool = typer.Option(
        False,
        "--priors-only",
        help="Keep the weights; only store fit rates and deployment priors (and the card).",
    ),
    augment: bool = typer.Option(
        True,
        "--augment/--no-augment",
        help="Also train on obfuscated copies of train rows where the recipe says so.",
    ),
) -> None:
    """Retrain one model on `train`, calibrate on `dev`, report `test`, write a card."""
    from clearpost.detectors.classifier import default_model_dir
    from clearpost.training.service import set_deployment_priors, train_and_save

    try:
        recipe = get_recipe(dataset)
        if recipe is None:
            if data is None:
                raise _fail(f"unknown data set {dataset!r} (give --data FILE for a new one)")
            recipe = _adhoc_recipe(dataset, data, lang)
        dirs = data_dir or None
        target = out or default_model_dir() / dataset
        command = "clearpost " + " ".join(shlex.quote(a) for a in sys.argv[1:])
        if priors_only:
            if not (target / "model.json").is_file():
                raise _fail(f"no model to update in {target}")
            summary = set_deployment_priors(recipe, target, dirs, command=command, data=data)
        else:
            summary = train_and_save(
                recipe, target, dirs, c=c, command=command, data=data, augment=augment
            )
    except DataError as exc:
        raise _fail(str(exc)) from None
    typer.echo(json.dumps(summary, indent=2))


def eval_command(
    models_dir: Path | None = typer.Option(None, "--models-dir", help="Default: bundled."),
    data_dir: list[Path] = typer.Option([], "--data-dir", help="Where data sets live."),
    model: list[str] = typer.Option([], "--model", help="Only these models (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    policy: bool = typer.Option(
        False,
        "--policy",
        help="Instead: the whole pipeline under the policy on clean test traffic and on "
        "each category's test positives, before and after the deployment-prior shift.",
    ),
    policy_file: Path | None = typer.Option(
        None, "--policy-file", help="Policy for --policy (default: the configured one)."
    ),
) -> None:
    """Evaluate the shipped models on their test splits and out-of-domain sets."""
    from clearpost.training.service import evaluate_all, print_policy_report, print_report

    if policy:
        from clearpost.policy.loader import PolicyError
        from clearpost.training.traffic import evaluate_policy

        try:
            result = evaluate_policy(policy_file, models_dir, data_dir or None)
        except (DataError, PolicyError) as exc:
            raise _fail(str(exc)) from None
        if as_json:
            typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        else:
            print_policy_report(result)
        return
    try:
        report: dict[str, Any] = evaluate_all(models_dir, data_dir or None, model or None)
    except DataError as exc:
        raise _fail(str(exc)) from None
    if not report["models"]:
        raise _fail(f"no models found in {models_dir or 'the bundled models folder'}")
    if as_json:
        typer.echo(json.dumps(report, indent=2))
    else:
        print_report(report)


def register(app: typer.Typer) -> None:
    """Add `train`, `eval` and `eval-obfuscation` to the main `clearpost` CLI."""
    from clearpost.training.obfuscation import obfuscation_command
    from clearpost.training.pinyin_table import train_pinyin_command

    app.command("train")(train_command)
    app.command("eval")(eval_command)
    app.command("eval-obfuscation")(obfuscation_command)
    app.command("train-pinyin")(train_pinyin_command)
