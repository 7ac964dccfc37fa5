"""Queue order: severity, urgency, reach, reports, spam-wave size and age. Pure."""

from __future__ import annotations

import math
from datetime import datetime

from clearpost.review.models import ReviewCase

SEVERITY_WEIGHT = {"none": 3.0, "low": 1.0, "medium": 2.0, "high": 3.0, "severe": 4.0}


def priority(case: ReviewCase, now: datetime) -> float:
    """Higher first. Age counts relative to the case's deadline; overdue cases double."""
    window = max((case.deadline_at - case.created_at).total_seconds(), 60.0)
    age = max((now - case.created_at).total_seconds(), 0.0)
    score = case.severity
    score *= 24 * 3600 / window  # tighter deadlines (self-harm: 1 h) mean more urgent
    score *= 1 + math.log10(1 + max(case.reach, 0))
    score *= 1 + case.report_weight
    score *= 1 + math.log10(1 + max(case.cluster_size, 0))
    score *= 1 + age / window
    if now > case.deadline_at:
        score *= 2
    return round(score, 4)


def overdue(case: ReviewCase, now: datetime) -> bool:
    return case.status == "open" and now > case.deadline_at
