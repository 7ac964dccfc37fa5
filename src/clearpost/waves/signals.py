"""A wave result as a policy signal. Pure: no I/O.

The score rises with the number of distinct accounts n in the cluster. 1 − score falls as
a power of n through three anchors, score(2) = 0.20, score(10) = 0.90 and score(50) = 0.99
(log-log linear between them, the last slope beyond 50, at most 0.999):

    n      2     3     4     5     8     10    17    20    50    100
    score  0.20  0.52  0.67  0.76  0.87  0.90  0.95  0.96  0.99  0.996

With the default policy's spam thresholds (label 0.55, limit 0.70, hold 0.85, remove 0.95)
a wave is labelled from 4 accounts, limited from 5, held from 8 and removed from 17; for
new accounts (limit 0.60, hold 0.75, remove 0.90) limited from 4, held from 5, removed
from 10.
"""

from __future__ import annotations

import math

from clearpost.detectors.base import Signal
from clearpost.waves.service import WaveResult

DETECTOR = "spamwave"
CATEGORY = "spam"
LABEL = "spam_wave"
_ANCHORS = ((2, 0.2), (10, 0.9), (50, 0.99))


def score(accounts: int) -> float:
    """How sure we are that a cluster of `accounts` distinct accounts is a spam wave."""
    if accounts < 2:
        return 0.0
    (n0, s0), (n1, s1) = _ANCHORS[0], _ANCHORS[1]
    if accounts > n1:
        (n0, s0), (n1, s1) = _ANCHORS[1], _ANCHORS[2]
    slope = math.log((1 - s1) / (1 - s0)) / math.log(n1 / n0)
    miss = (1 - s0) * (accounts / n0) ** slope
    return round(min(0.999, 1.0 - miss), 4)


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
