"""transparency: example cases and report indexes

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-25 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import clearpost.db

revision: str = "0004"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("transparency",)
depends_on: str | Sequence[str] | None = None


INDEXES: dict[str, list[tuple[str, list[str]]]] = {
    "decisions": [
        (
            "ix_decisions_report",
            [
                "created_at",
                "subject_type",
                "action",
                "category",
                "automated_decision",
                "automated_detection",
                "item_id",
                "number",
                "superseded_at",
                "first_action_seconds",
                "account_id",
                "revision_id",
                "id",
            ],
        ),
        ("ix_decisions_item_history", ["item_id", "number", "created_at", "action"]),
    ],
    "review_cases": [
        ("ix_review_cases_decided_queue", ["decided_at", "queue", "seconds_to_decision"]),
        ("ix_review_cases_outcome_decision", ["outcome_decision_id"]),
    ],
    "reports": [
        ("ix_reports_period", ["created_at", "category", "resolved_at", "outcome"]),
    ],
}


def upgrade() -> None:
    op.create_table(
        "example_cases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("decision_id", sa.String(length=40), nullable=False),
        sa.Column("clause", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("marked_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", clearpost.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_example_cases_decision_id_decisions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_example_cases")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_example_cases_decision_id")),
    )
    with op.batch_alter_table("example_cases", schema=None) as batch_op:
        batch_op.create_index("ix_example_cases_clause", ["clause", "created_at"], unique=False)
    for table, specs in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, columns in specs:
                batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    for table, specs in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _ in specs:
                batch_op.drop_index(name)
    with op.batch_alter_table("example_cases", schema=None) as batch_op:
        batch_op.drop_index("ix_example_cases_clause")
    op.drop_table("example_cases")
