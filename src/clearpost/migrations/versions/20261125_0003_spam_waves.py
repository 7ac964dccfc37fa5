"""spam waves

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25 18:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import clearpost.db

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wave_clusters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("first_item_id", sa.String(length=200), nullable=False),
        sa.Column("first_seen", clearpost.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen", clearpost.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=40), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wave_clusters")),
    )
    op.create_table(
        "wave_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(length=200), nullable=False),
        sa.Column("account_id", sa.String(length=200), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("created_at", clearpost.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["wave_clusters.id"],
            name=op.f("fk_wave_items_cluster_id_wave_clusters"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wave_items")),
        sa.UniqueConstraint("item_id", name=op.f("uq_wave_items_item_id")),
    )
    op.create_index("ix_wave_items_cluster", "wave_items", ["cluster_id", "account_id"])
    op.create_index(
        "ix_wave_items_fingerprinted",
        "wave_items",
        ["created_at"],
        postgresql_where=sa.text("signature IS NOT NULL"),
        sqlite_where=sa.text("signature IS NOT NULL"),
    )
    op.create_table(
        "wave_band_keys",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("wave_item_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", clearpost.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", "wave_item_id", name=op.f("pk_wave_band_keys")),
    )
    op.create_index("ix_wave_band_keys_created_at", "wave_band_keys", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_wave_band_keys_created_at", table_name="wave_band_keys")
    op.drop_table("wave_band_keys")
    op.drop_index("ix_wave_items_fingerprinted", table_name="wave_items")
    op.drop_index("ix_wave_items_cluster", table_name="wave_items")
    op.drop_table("wave_items")
    op.drop_table("wave_clusters")
