"""Queue order: severity, urgency, reach, reports, spam-wave size and age.

priority = base × (1 + age / window) × (2 if overdue), where `base` holds everything that
does not change with time (stored on the case, so the queue can be ordered in SQL) and
`window` is the time the category's deadline allows.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal

from clearpost.db import UTCDateTime
from clearpost.review.models import ReviewCase

SEVERITY_WEIGHT = {"none": 3.0, "low": 1.0, "medium": 2.0, "high": 3.0, "severe": 4.0}


def _window(case_row: ReviewCase) -> float:
    return max((case_row.deadline_at - case_row.created_at).total_seconds(), 60.0)


def base(case_row: ReviewCase) -> float:
    """The time-independent part: severity, urgency, reach, reports, wave size."""
    score = case_row.severity
    score *= 24 * 3600 / _window(case_row)  # tighter deadlines (self-harm: 1 h): more urgent
    score *= 1 + math.log10(1 + max(case_row.reach, 0))
    score *= 1 + case_row.report_weight
    score *= 1 + math.log10(1 + max(case_row.cluster_size, 0))
    return score


def priority(case_row: ReviewCase, now: datetime) -> float:
    """Higher first. Age counts relative to the case's deadline; overdue cases double."""
    age = max((now - case_row.created_at).total_seconds(), 0.0)
    score = case_row.base_priority * (1 + age / _window(case_row))
    if now > case_row.deadline_at:
        score *= 2
    return round(score, 4)


def _seconds(later: Any, earlier: Any, dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    return func.extract("epoch", later - earlier)


def priority_sql(now: datetime, dialect: str) -> ColumnElement[Any]:
    """The same formula as `priority`, for ORDER BY in the database."""
    moment = literal(now, UTCDateTime())
    age = _seconds(moment, ReviewCase.created_at, dialect)
    window = _seconds(ReviewCase.deadline_at, ReviewCase.created_at, dialect)
    late = case((ReviewCase.deadline_at < moment, 2.0), else_=1.0)
    return ReviewCase.base_priority * (1 + age / window) * late


def overdue(case_row: ReviewCase, now: datetime) -> bool:
    return case_row.status == "open" and now > case_row.deadline_at
