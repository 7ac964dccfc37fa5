"""What the whole pipeline does under a policy: clean-traffic action rates and recall.

Clean traffic is the `test` split of the negative rows of every set (posts nobody should
act on); positives are the `test` rows of each category's sets. Both go through the real
screener (`build_screener`: lexicon + classifiers + the policy file), once with the
classifiers' dev-calibrated scores ("before") and once with the deployment-prior
correction ("after"), so the effect of the correction on each policy action is visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clearpost.screening.pipeline import Screened, Screener, ScreenInput
from clearpost.training.data import DataError, find_dataset, read_rows

ACTIONS = ("label", "limit", "hold", "remove")  # weakest first; shares are "at least"
_RANK = {"allow": 0, "label": 1, "limit": 2, "hold": 3, "remove": 4}
TARGET_RATES = (0.005, 0.002, 0.001)  # clean-traffic shares one category may act on
_BATCH = 512


@dataclass(frozen=True)
class Source:
    """Test rows of `dataset` with one of `labels`, posted as `field` (headlines: title)."""

    dataset: str
    labels: tuple[str, ...]
    field: str = "body"

    @property
    def key(self) -> str:
        return f"{self.dataset}:{'+'.join(self.labels)}"


def _authored(category: str, langs: Iterable[str], label: str) -> tuple[Source, ...]:
    return tuple(Source(f"{category}_{lang}", (label,)) for lang in langs)


_EN_ZH = ("en", "zh")
_AUTHORED_EN = ("sexual", "violence", "self_harm", "misleading", "harassment")
_AUTHORED_ZH = ("sexual", "violence", "self_harm", "misleading", "fraud", "spam", "harassment")

CLEAN: tuple[Source, ...] = (
    Source("davidson_hate_offensive", ("neither",)),
    Source("sms_spam_uci", ("ham",)),
    Source("clickbait_chakraborty", ("not_clickbait",), "title"),
    Source("covid19_rumor_en", ("true",)),
    Source("xstest_en", ("safe",)),
    *(Source(f"{name}_en", ("none",)) for name in _AUTHORED_EN),
    Source("cold_offensive_zh", ("not_offensive",)),
    *(Source(f"{name}_zh", ("none",)) for name in _AUTHORED_ZH),
)

POSITIVES: dict[str, tuple[Source, ...]] = {
    "hate": (
        Source("davidson_hate_offensive", ("hate",)),
        Source("cold_offensive_zh", ("offensive",)),
    ),
    "vulgar": (Source("davidson_hate_offensive", ("offensive",)),),
    "sexual": _authored("sexual", _EN_ZH, "sexual"),
    "violence": _authored("violence", _EN_ZH, "violence"),
    "self_harm": _authored("self_harm", _EN_ZH, "self_harm"),
    "harassment": _authored("harassment", _EN_ZH, "harassment"),
    "fraud": (Source("fraud_zh", ("fraud",)),),
    "spam": (Source("sms_spam_uci", ("spam",)), Source("spam_zh", ("spam",))),
    "misleading": (
        Source("clickbait_chakraborty", ("clickbait",), "title"),
        Source("covid19_rumor_en", ("false",)),
        *_authored("misleading", _EN_ZH, "misleading"),
    ),
}


# Real published sets that models train on: their test rows, positives and the set's own
# negatives apart, reported on their own (not pooled into clean traffic or recall above).
REAL: dict[str, tuple[Source, ...]] = {
    "sexual": (
        Source("convabuse_en", ("sexual_harassment",)),
        Source("convabuse_en", ("abusive", "not_abusive")),
    ),
    "self_harm": (
        Source("cssrs_suicide_risk_en", ("ideation", "behavior", "attempt")),
        Source("cssrs_suicide_risk_en", ("supportive", "indicator")),
    ),
}


def load_posts(source: Source, data_dirs: Sequence[Path] | None) -> list[ScreenInput] | None:
    """The source's test rows as items to screen; None when the set is not available."""
    try:
        rows = read_rows(find_dataset(source.dataset, data_dirs))
    except DataError:
        return None
    texts = [r["text"] for r in rows if r["split"] == "test" and r["label"] in source.labels]
    if source.field == "title":
        return [ScreenInput(item_id=str(i), body="", title=t) for i, t in enumerate(texts)]
    return [ScreenInput(item_id=str(i), body=t) for i, t in enumerate(texts)]


def screen_all(screener: Screener, items: Sequence[ScreenInput]) -> list[Screened]:
    """Screen in batches, as a worker would."""
    out: list[Screened] = []
    for first in range(0, len(items), _BATCH):
        out.extend(screener.screen(items[first : first + _BATCH]))
    return out


def _strongest(result: Screened, category: str | None) -> int:
    """Rank of the item's action (category None) or of one category's action."""
    outcome = result.outcome
    if outcome is None:
        return 0
    if category is None:
        return _RANK[outcome.action]
    # One reason per category the policy acted on, with that category's own action.
    return max(
        (_RANK[r["action"]] for r in outcome.reasons if r["category"] == category), default=0
    )


def action_shares(results: Sequence[Screened], category: str | None) -> dict[str, float]:
    """Share of `results` whose action (for `category`, or overall) is at least each action."""
    ranks = [_strongest(r, category) for r in results]
    n = max(len(ranks), 1)
    return {a: sum(r >= _RANK[a] for r in ranks) / n for a in ACTIONS}


def _scores(results: Sequence[Screened], category: str) -> list[float]:
    """The category's combined score (the max over detectors the policy compares)."""
    return [r.outcome.categories.get(category, 0.0) if r.outcome else 0.0 for r in results]


def threshold_for(
    clean: Sequence[float], positives: Sequence[float], rate: float
) -> dict[str, Any]:
    """The lowest threshold on a 0.005 grid that acts on at most `rate` of clean posts,
    and the share of positives it reaches (None without positives)."""
    n = max(len(clean), 1)
    threshold = next(
        t
        for t in (*(round(0.3 + 0.005 * i, 3) for i in range(140)), 1.0)
        if sum(s >= t for s in clean) / n <= rate
    )
    recall = sum(s >= threshold for s in positives) / len(positives) if positives else None
    return {
        "threshold": threshold,
        "clean": sum(s >= threshold for s in clean) / n,
        "recall": recall,
    }


def _by_source(
    screener: Screener, sources: Iterable[Source], data_dirs: Sequence[Path] | None
) -> dict[Source, list[Screened]]:
    found: dict[Source, list[Screened]] = {}
    for source in sources:
        items = load_posts(source, data_dirs)
        if items:
            found[source] = screen_all(screener, items)
    return found


def _top_clean(results: dict[Source, list[Screened]], category: str, k: int = 3) -> list[Any]:
    """The clean posts with the highest score in `category` that the policy acted on."""
    flagged = [
        (r.outcome.categories.get(category, 0.0), s.key, r.input.title or r.input.body)
        for s, rows in results.items()
        for r in rows
        if r.outcome is not None and _strongest(r, category) > 0
    ]
    flagged.sort(key=lambda row: -row[0])
    return [{"score": score, "source": key, "text": text[:160]} for score, key, text in flagged[:k]]


def policy_report(screener: Screener, data_dirs: Sequence[Path] | None) -> dict[str, Any]:
    """Clean-traffic action shares and positive recall for one screener."""
    categories = list(screener.policy.categories)
    clean = _by_source(screener, CLEAN, data_dirs)
    pooled = [r for rows in clean.values() for r in rows]
    by_lang: dict[str, list[Screened]] = {}
    for rows in clean.values():
        for r in rows:
            by_lang.setdefault(r.lang, []).append(r)
    recall: dict[str, Any] = {}
    positive_scores: dict[str, list[float]] = {}
    for category, sources in POSITIVES.items():
        positives = _by_source(screener, sources, data_dirs)
        if not positives:
            continue
        rows = [r for found in positives.values() for r in found]
        positive_scores[category] = _scores(rows, category)
        recall[category] = {
            "n": len(rows),
            "all": action_shares(rows, category),
            "sources": {
                s.key: {"n": len(found), **action_shares(found, category)}
                for s, found in positives.items()
            },
        }
    return {
        "clean": {
            "n": len(pooled),
            "any": action_shares(pooled, None),
            "categories": {c: action_shares(pooled, c) for c in categories},
            "languages": {
                lang: {"n": len(rows), "any": action_shares(rows, None)}
                | {c: action_shares(rows, c) for c in categories}
                for lang, rows in sorted(by_lang.items())
            },
            "sources": {
                s.key: {"n": len(rows), **action_shares(rows, None)} for s, rows in clean.items()
            },
            "examples": {c: _top_clean(clean, c) for c in categories},
        },
        "recall": recall,
        "real": {
            category: {
                s.key: {"n": len(found), **action_shares(found, category)}
                for s, found in _by_source(screener, sources, data_dirs).items()
            }
            for category, sources in REAL.items()
            if category in categories
        },
        # Per category: thresholds that keep clean-traffic actions under each target rate.
        "thresholds_at": {
            c: {
                f"{rate:g}": threshold_for(_scores(pooled, c), positive_scores.get(c, []), rate)
                for rate in TARGET_RATES
            }
            for c in categories
        },
    }


def evaluate_policy(
    policy_path: Path | None,
    models_dir: Path | None,
    data_dirs: Sequence[Path] | None,
) -> dict[str, Any]:
    """The full pipeline under the policy, before and after the deployment-prior correction."""
    from clearpost.detectors.classifier import ClassifierDetector, load_models
    from clearpost.runtime import build_screener

    base = build_screener(policy_path, detectors="lexicon,classifier")
    others = [d for d in base.detectors if not isinstance(d, ClassifierDetector)]
    shipped = next(d for d in base.detectors if isinstance(d, ClassifierDetector))
    models = load_models(models_dir) if models_dir else list(shipped.models)
    policy = base.policy
    tier = policy.spec.default_tier
    out: dict[str, Any] = {
        "policy": policy.version,
        "tier": tier,
        # Actions each category can take at the default tier, with their thresholds.
        "thresholds": {
            name: {
                a: limit
                for a in ACTIONS
                if a not in category.never
                and (limit := getattr(policy.thresholds(name, tier), a)) is not None
            }
            for name, category in policy.categories.items()
        },
    }
    for name, priors in (("before", False), ("after", True)):
        detector = ClassifierDetector(models=models, deployment_priors=priors)
        out[name] = policy_report(Screener([*others, detector], lambda: policy), data_dirs)
    return out
