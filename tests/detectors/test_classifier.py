"""The classifier detector: loads shipped models offline, batches, routes by language."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clearpost.detectors.base import Detector, Prepared
from clearpost.detectors.classifier import ClassifierDetector, default_model_dir, load_models
from clearpost.text.normalize import normalize
from clearpost.training.catalog import DEPLOYMENT_PRIORS
from clearpost.training.data import default_data_dirs, find_dataset, load_splits

SHIPPED = default_model_dir()
needs_models = pytest.mark.skipif(
    not any(SHIPPED.glob("*/model.json")), reason="no shipped models in models/"
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any connection that leaves the machine (loopback and unix sockets stay allowed)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise AssertionError(f"network access attempted: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


def item(text: str, lang: str = "en", item_id: str = "1", field: str = "body") -> Prepared:
    return Prepared(item_id=item_id, fields={field: normalize(text)}, lang=lang)


def test_guard_blocks_outside_connections(no_network: None) -> None:
    with socket.socket() as sock, pytest.raises(AssertionError):
        sock.connect(("192.0.2.1", 80))


@needs_models
def test_loads_shipped_models_without_network(no_network: None) -> None:
    detector = ClassifierDetector()
    assert isinstance(detector, Detector)
    assert {"hate", "spam", "misleading"} <= set(detector.categories)
    assert {m.lang for m in detector.models} >= {"en", "zh"}


@needs_models
def test_one_signal_per_head_and_language_routing() -> None:
    detector = ClassifierDetector()
    batch = [
        item("hello there, see you at lunch"),
        item("今天天气很好", "zh", "2"),
        item("", "en", "3"),
    ]
    en, zh, empty = detector.detect(batch)
    # Body-only items: models that read titles only (clickbait) stay silent.
    whole = [m for m in detector.models if not m.fields]
    en_heads = [(m.name, h.category) for m in whole if m.lang == "en" for h in m.heads]
    zh_heads = [(m.name, h.category) for m in whole if m.lang == "zh" for h in m.heads]
    assert [(s.detector, s.category) for s in en] == [(f"clf:{n}", c) for n, c in en_heads]
    assert [(s.detector, s.category) for s in zh] == [(f"clf:{n}", c) for n, c in zh_heads]
    assert empty == []
    assert all(0.0 <= s.score <= 1.0 for s in en + zh)


@needs_models
def test_batch_scores_equal_single_scores() -> None:
    detector = ClassifierDetector()
    texts = ["WINNER!! claim your prize now, text 80088", "are we still on for dinner?"]
    batched = detector.detect([item(t, item_id=str(i)) for i, t in enumerate(texts)])
    for text, signals in zip(texts, batched, strict=True):
        (single,) = detector.detect([item(text)])
        assert [s.score for s in single] == pytest.approx([s.score for s in signals], abs=1e-6)


def _held_out(dataset: str, n: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    try:
        test = load_splits(find_dataset(dataset, default_data_dirs()), ("test",))["test"]
    except Exception:  # data sets are beside the checkout, not in it
        pytest.skip(f"{dataset} not available")
    step = max(len(test) // n, 1)  # rows are grouped by label: sample across the split
    return test.texts[::step][:n], test.labels[::step][:n]


@needs_models
@pytest.mark.parametrize(
    ("dataset", "model", "lang", "positive", "min_auc", "field"),
    [
        ("sms_spam_uci", "sms_spam", "en", "spam", 0.95, "body"),
        ("clickbait_chakraborty", "clickbait", "en", "clickbait", 0.95, "title"),
        ("cold_offensive_zh", "cold", "zh", "offensive", 0.8, "body"),
        ("sexual_zh", "sexual_zh", "zh", "sexual", 0.9, "body"),
    ],
)
def test_scores_real_held_out_examples_sensibly(
    dataset: str, model: str, lang: str, positive: str, min_auc: float, field: str
) -> None:
    from sklearn.metrics import roc_auc_score

    texts, labels = _held_out(dataset, 400)
    models = [m for m in load_models() if m.name == model]
    batch = [item(t, lang, str(i), field) for i, t in enumerate(texts)]
    raw = ClassifierDetector(models=models, deployment_priors=False).detect(batch)
    scores = np.array([s[0].score for s in raw])
    truth = np.array([label == positive for label in labels])
    assert roc_auc_score(truth, scores) >= min_auc
    # Calibrated on dev-like data: the mean raw score is close to the share of positives.
    assert abs(scores.mean() - truth.mean()) < 0.1
    # Deployed scores assume the category is rarer than in these splits: same order, lower.
    deployed = np.array([s[0].score for s in ClassifierDetector(models=models).detect(batch)])
    assert deployed.mean() < scores.mean()
    assert roc_auc_score(truth, deployed) == pytest.approx(roc_auc_score(truth, scores), abs=1e-3)


@needs_models
def test_every_shipped_head_has_a_fit_rate_and_a_deployment_prior() -> None:
    for model in load_models():
        for head in model.heads:
            assert head.fit_rate is not None and 0.0 < head.fit_rate < 1.0, model.name
            assert head.prior == DEPLOYMENT_PRIORS[head.category], model.name


@needs_models
def test_deployed_score_is_the_prior_shifted_raw_score() -> None:
    detector = ClassifierDetector()
    heads = {(f"clf:{m.name}", h.category, h.label): h for m in detector.models for h in m.heads}
    (signals,) = detector.detect([item("Buy 10k real followers for only $5!!! DM me now")])
    for signal in signals:
        head = heads[(signal.detector, signal.category, signal.label)]
        raw = signal.details["raw_score"]
        p = min(max(raw, 1e-6), 1 - 1e-6)
        z = np.log(p / (1 - p)) + np.log(head.prior / (1 - head.prior))
        z -= np.log(head.fit_rate / (1 - head.fit_rate))
        assert signal.score == pytest.approx(1 / (1 + np.exp(-z)), abs=1e-9)
        # The dev threshold is moved the same way, so it stays comparable with the score.
        assert signal.details["raw_threshold"] == head.threshold
        moved = (signal.score >= signal.details["threshold"]) == (raw >= head.threshold)
        assert moved or abs(raw - head.threshold) < 1e-3


@needs_models
@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        # Everyday and cross-category posts that scored 0.63-0.94 before the prior shift.
        ("昨晚排位杀疯了,一把十五杀!", "zh", "misleading"),
        ("你妈的,什么垃圾玩意儿。", "zh", "hate"),
        ("I want to kill myself tonight", "en", "sexual"),
        ("See you tonight", "en", "sexual"),
    ],
)
def test_everyday_and_cross_category_posts_stay_low(text: str, lang: str, category: str) -> None:
    (signals,) = ClassifierDetector().detect([item(text, lang)])
    assert max(s.score for s in signals if s.category == category) < 0.6


@needs_models
def test_self_harm_post_scores_self_harm_first() -> None:
    (signals,) = ClassifierDetector().detect([item("I want to kill myself tonight")])
    top = max(signals, key=lambda s: s.score)
    assert top.category == "self_harm" and top.score > 0.9


@needs_models
def test_title_only_models_read_titles() -> None:
    detector = ClassifierDetector(models=[m for m in load_models() if m.name == "clickbait"])
    headline = "You Won't Believe What This Dog Did Next"
    (with_title,) = detector.detect([item(headline, field="title")])
    (body_only,) = detector.detect([item(headline)])
    assert [s.detector for s in with_title] == ["clf:clickbait"]
    assert with_title[0].score > 0.9
    assert body_only == []


def test_empty_model_dir_gives_no_signals(tmp_path: Path) -> None:
    detector = ClassifierDetector(model_dir=tmp_path)
    assert detector.categories == ()
    assert detector.detect([item("anything")]) == [[]]
