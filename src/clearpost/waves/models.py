"""Spam waves: near-duplicate clusters, the fingerprints of recent items, their band keys.

Three tables rather than one wide band table: the signature (512 bytes) and the cluster
pointer live once per item in `wave_items`, not once per band, so a merge repoints one row
per item instead of 32 and a lookup returns small (key, item) pairs. No foreign keys to
`items`: these rows are a pruned index over recent content, written and deleted at high
rates, and the service works on any ids (tests, the CLI, rescans).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from clearpost.db import Base, UTCDateTime


class WaveCluster(Base):
    """Items from several posts that are near-duplicates of each other (transitively)."""

    __tablename__ = "wave_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    first_item_id: Mapped[str] = mapped_column(String(200))  # the earliest member
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime())
    size: Mapped[int] = mapped_column(Integer, default=0)  # distinct accounts
    items: Mapped[int] = mapped_column(Integer, default=0)
    # The review case of the wave (no FK: the case may be decided and archived on its own).
    case_id: Mapped[str | None] = mapped_column(String(40))
    # Set when an item bridged this cluster into another one; members were repointed there.
    merged_into: Mapped[int | None] = mapped_column(Integer)


class WaveItem(Base):
    """One screened item's fingerprint and, once it has a near-duplicate, its cluster.

    Rows of items that never joined a cluster are deleted when they leave the window;
    rows of cluster members stay (membership is history the console needs) without their
    signature.
    """

    __tablename__ = "wave_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(200), unique=True)
    account_id: Mapped[str] = mapped_column(String(200))
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("wave_clusters.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # NUM_PERM uint32, LE


class WaveBandKey(Base):
    """One LSH band key of a recent item: what the window lookup searches.

    The primary key (key, wave_item_id) is also the lookup index. `key` already mixes in
    the band index, so equal keys mean the same band of two signatures agreed.
    """

    __tablename__ = "wave_band_keys"

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    wave_item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    band: Mapped[int] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


Index("ix_wave_items_cluster", WaveItem.cluster_id, WaveItem.account_id)
# Partial: only rows that still hold a signature, so pruning never rescans the history.
Index(
    "ix_wave_items_fingerprinted",
    WaveItem.created_at,
    postgresql_where=WaveItem.signature.is_not(None),
    sqlite_where=WaveItem.signature.is_not(None),
)
Index("ix_wave_band_keys_created_at", WaveBandKey.created_at)
