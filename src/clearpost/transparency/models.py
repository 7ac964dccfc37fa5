"""Example cases for the public standards page, and the indexes the reports need."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime
from clearpost.decisions.models import Decision
from clearpost.reports.models import Report
from clearpost.review.models import ReviewCase


class ExampleCase(Base):
    """A decision a senior moderator chose to publish as an example of a clause.

    Only what the senior wrote is published (title and summary): never the item's text,
    its id or its account, so no personal data reaches the public page by accident.
    """

    __tablename__ = "example_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), unique=True)
    clause: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    marked_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


Index("ix_example_cases_clause", ExampleCase.clause, ExampleCase.created_at)

# The report's indexes (see transparency/queries.py). Each lets one query read the index
# alone, never the wide rows (JSON reasons, signals) of the table behind it.
Index(
    "ix_decisions_report",
    Decision.created_at,
    Decision.subject_type,
    Decision.action,
    Decision.category,
    Decision.automated_decision,
    Decision.automated_detection,
    Decision.item_id,
    Decision.number,
    Decision.superseded_at,
    Decision.first_action_seconds,
    Decision.account_id,
    Decision.revision_id,
    Decision.id,
)
# An item's history: is there a later (or earlier) decision, when, and what did it do.
Index(
    "ix_decisions_item_history",
    Decision.item_id,
    Decision.number,
    Decision.created_at,
    Decision.action,
)
Index(
    "ix_review_cases_decided_queue",
    ReviewCase.decided_at,
    ReviewCase.queue,
    ReviewCase.seconds_to_decision,
)
# Statements look up the review case a decision closed (reports → SOURCE_ARTICLE_16).
Index("ix_review_cases_outcome_decision", ReviewCase.outcome_decision_id)
Index("ix_reports_period", Report.created_at, Report.category, Report.resolved_at, Report.outcome)
