"""A wave result as a policy signal. Pure: no I/O.

The score is a function of the number of distinct accounts n in the cluster:

    score(n) = 1 − 0.1 · (10 / n) ^ log₅(10)

chosen so that score(2) = 0, score(10) = 0.90 and score(50) = 0.99 (it rises smoothly in
between: 3 → 0.44, 4 → 0.63, 5 → 0.73, 8 → 0.86, 17 → 0.95, 20 → 0.96, 100 → 0.996). With the
default policy's spam thresholds (label 0.55, limit 0.70, hold 0.85, remove 0.95) a wave
is labelled from 4 accounts, held from 8 and removed from 17 (new accounts: held from 6,
removed from 10).
"""

from __future__ import annotations

import math

from clearpost.detectors.base import Signal
from clearpost.waves.service import WaveResult

DETECTOR = "spamwave"
CATEGORY = "spam"
LABEL = "spam_wave"
_POWER = math.log(10) / math.log(5)


def score(accounts: int) -> float:
    """How sure we are that a cluster of `accounts` distinct accounts is a spam wave."""
    if accounts <= 2:
        return 0.0
    return round(min(0.999, 1.0 - 0.1 * (10.0 / accounts) ** _POWER), 4)


def wave_signal(result: WaveResult, min_accounts: int) -> Signal | None:
    """The spam-wave signal of one item, or None below `min_accounts` distinct accounts."""
    if result.cluster_id is None or result.cluster_size < max(min_accounts, 1):
        return None
    return Signal(
        detector=DETECTOR,
        category=CATEGORY,
        score=score(result.cluster_size),
        label=LABEL,
        details={
            "cluster_id": result.cluster_id,
            "cluster_size": result.cluster_size,
            "similar_items": list(result.similar_items),
        },
    )
