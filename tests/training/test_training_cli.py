import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from clearpost.training.cli import register

app = typer.Typer()
register(app)
runner = CliRunner()


def test_train_adhoc_dataset_writes_model_and_card(tmp_path: Path, make_csv, rows) -> None:
    data = make_csv(tmp_path / "mine" / "data.csv", rows)
    out = tmp_path / "models" / "mine"
    result = runner.invoke(
        app, ["train", "--dataset", "mine", "--data", str(data), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["model"] == "mine"
    card = (out / "MODEL_CARD.md").read_text()
    assert "2026-11-25" in card and "clearpost" in card
    assert "## Test split" in card


def test_train_missing_file_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "absent.csv"
    result = runner.invoke(app, ["train", "--dataset", "x", "--data", str(missing)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]


def test_train_wrong_header_exits_2(tmp_path: Path, make_csv) -> None:
    bad = make_csv(tmp_path / "bad.csv", [("a", "b", "train")], header="body,label,split")
    result = runner.invoke(app, ["train", "--dataset", "x", "--data", str(bad)])
    assert result.exit_code == 2
    assert str(bad) in result.stderr and "header" in result.stderr


def test_train_unknown_dataset_without_data_exits_2() -> None:
    result = runner.invoke(app, ["train", "--dataset", "no_such_set"])
    assert result.exit_code == 2


def test_eval_json(tiny_model_dir: Path, data_dir: Path) -> None:
    result = runner.invoke(
        app,
        ["eval", "--models-dir", str(tiny_model_dir), "--data-dir", str(data_dir), "--json"],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (model,) = report["models"]
    head = model["test"]["heads"]["spam/spam"]
    assert head["f1"] > 0.9 and head["roc_auc"] is not None
    assert report["pipeline"]["posts_per_s"] > 0


def test_eval_table(tiny_model_dir: Path, data_dir: Path) -> None:
    result = runner.invoke(
        app, ["eval", "--models-dir", str(tiny_model_dir), "--data-dir", str(data_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "Test split" in result.stdout and "posts/s" in result.stdout


def test_eval_missing_data_exits_2(tiny_model_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["eval", "--models-dir", str(tiny_model_dir), "--data-dir", str(tmp_path)]
    )
    assert result.exit_code == 2


def _copy_model(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for f in source.iterdir():
        (target / f.name).write_bytes(f.read_bytes())
    return target


def test_priors_only_updates_metadata_and_keeps_weights(
    tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    model = _copy_model(tiny_model_dir / "tiny_spam", tmp_path / "tiny_spam")
    meta = json.loads((model / "model.json").read_text())
    for head in meta["heads"]:  # a model made before the fields existed
        head.pop("fit_rate"), head.pop("prior")
    (model / "model.json").write_text(json.dumps(meta))
    weights = (model / "weights.npz").read_bytes()
    data = data_dir / "tiny_spam" / "data.csv"
    args = ["train", "--dataset", "tiny_spam", "--data", str(data), "--out", str(model)]
    result = runner.invoke(app, [*args, "--priors-only"])
    assert result.exit_code == 0, result.output
    (head,) = json.loads((model / "model.json").read_text())["heads"]
    assert 0 < head["fit_rate"] < 1 and head["prior"] == 0.05
    assert (model / "weights.npz").read_bytes() == weights
    assert "Deployment priors set by" in (model / "MODEL_CARD.md").read_text()


def test_priors_only_refuses_changed_data(
    tiny_model_dir: Path, tmp_path: Path, make_csv, rows
) -> None:
    model = _copy_model(tiny_model_dir / "tiny_spam", tmp_path / "tiny_spam")
    data = make_csv(tmp_path / "more.csv", [*rows, ("one more", "none", "dev")])
    args = ["train", "--dataset", "tiny_spam", "--data", str(data), "--out", str(model)]
    result = runner.invoke(app, [*args, "--priors-only"])
    assert result.exit_code == 2
    assert "dev has" in result.stderr


def test_priors_only_without_a_model_exits_2(tmp_path: Path, make_csv, rows) -> None:
    data = make_csv(tmp_path / "d.csv", rows)
    args = ["train", "--dataset", "x", "--data", str(data), "--out", str(tmp_path / "none")]
    result = runner.invoke(app, [*args, "--priors-only"])
    assert result.exit_code == 2
