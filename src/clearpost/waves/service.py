"""Spam waves: assign a batch of items to near-duplicate clusters over a sliding window.

The window's state lives in the database (`wave_items`, `wave_band_keys`), so every API
process and worker sharing one database sees the same waves.

Concurrency (PostgreSQL, READ COMMITTED). Every write to a cluster's membership or counts
happens while holding that cluster's row lock (`SELECT … FOR UPDATE`, ids in ascending
order, in one statement), and the counts are recomputed *after* the lock is granted, so
two processes adding members to one wave at the same moment serialise there and both see
each other's members. A merge repoints the loser's members and leaves `merged_into` on it;
a process that locked the loser after the merge follows that pointer to the winner. An
item without a cluster is claimed with a compare-and-set (`… WHERE cluster_id IS NULL`),
so no process steals a member from another's cluster. What locks cannot cover: two near-
duplicates that arrive in two transactions at the same moment, with no earlier member in
the window, cannot see each other (neither is committed). They start as two clusters (or
singletons), and the next near-duplicate, which sees both, merges them: every lookup
unions all clusters its confirmed neighbours belong to. In a wave that is the very next
post. A global lock would close that gap at the price of serialising every submission
(the flow's transaction lasts until the decision is stored), so we do not take one.
SQLite serialises writers (BEGIN IMMEDIATE), so there the question does not arise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.orm import Session

from clearpost.waves import minhash
from clearpost.waves.models import WaveBandKey, WaveCluster, WaveItem

# Candidates confirmed per entry: the best few of every cluster (enough to see a bridge
# between clusters) and the best unclustered items. Bounds the work when a wave is huge.
PER_CLUSTER = 4
UNCLUSTERED = 32
SIMILAR_SHOWN = 20  # near-duplicate ids reported per item
PRUNE_BATCH = 2_000  # rows deleted per table by the opportunistic prune in `assign`
PRUNE_MARGIN = timedelta(hours=1)  # keep rows this long past the window (clock skew)
_IN_CHUNK = 5_000  # bound parameters per IN list (SQLite allows 32 766)


class WaveEntry(NamedTuple):
    """One item to place: its id, its account and its model text (title and body)."""

    item_id: str
    account_id: str
    text: str


@dataclass(frozen=True, slots=True)
class WaveResult:
    """Where one item landed. `cluster_id` is None when it has no near-duplicate (yet)."""

    item_id: str
    cluster_id: int | None
    cluster_size: int  # distinct accounts in the cluster (1 alone, 0 when skipped)
    similar_items: tuple[str, ...] = ()  # confirmed near-duplicates, most similar first
    first_item_id: str | None = None  # the cluster's earliest member
    skipped: bool = False  # too short to compare


@dataclass(slots=True)
class _Stored:
    id: int
    item_id: str
    cluster_id: int | None
    signature: minhash.Signatures


class _Union:
    """Union-find over hashable nodes."""

    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, node: object) -> object:
        self.parent.setdefault(node, node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: object, b: object) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _chunks(values: Sequence[int], size: int = _IN_CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def get(*, db_session: Session, cluster_id: int) -> WaveCluster | None:
    """The cluster, following merges to the one that holds the members now."""
    cluster = db_session.get(WaveCluster, cluster_id)
    seen: set[int] = set()
    while cluster is not None and cluster.merged_into is not None and cluster.id not in seen:
        seen.add(cluster.id)
        cluster = db_session.get(WaveCluster, cluster.merged_into)
    return cluster


def members(*, db_session: Session, cluster_id: int) -> list[str]:
    """Item ids of the cluster (after merges), oldest first: what "decide all" acts on."""
    cluster = get(db_session=db_session, cluster_id=cluster_id)
    if cluster is None:
        return []
    query = (
        select(WaveItem.item_id)
        .where(WaveItem.cluster_id == cluster.id)
        .order_by(WaveItem.created_at, WaveItem.id)
    )
    return list(db_session.execute(query).scalars())


def prune(*, db_session: Session, before: datetime, limit: int | None = None) -> int:
    """Forget fingerprints older than `before`; returns the band keys deleted.

    Band keys go, items that never joined a cluster go, and members of clusters keep their
    row (for `members`) without the signature. With `limit`, at most that many rows per
    table, skipping rows another transaction is deleting (PostgreSQL), so that concurrent
    opportunistic prunes never queue behind each other.
    """
    keys = select(WaveBandKey.key, WaveBandKey.wave_item_id).where(WaveBandKey.created_at < before)
    loose = select(WaveItem.id).where(WaveItem.created_at < before, WaveItem.cluster_id.is_(None))
    kept = select(WaveItem.id).where(
        WaveItem.created_at < before,
        WaveItem.cluster_id.is_not(None),
        WaveItem.signature.is_not(None),
    )
    if limit is not None:
        keys = keys.limit(limit).with_for_update(skip_locked=True)
        loose = loose.limit(limit).with_for_update(skip_locked=True)
        kept = kept.limit(limit).with_for_update(skip_locked=True)
    removed = db_session.execute(
        delete(WaveBandKey).where(tuple_(WaveBandKey.key, WaveBandKey.wave_item_id).in_(keys))
    )
    db_session.execute(delete(WaveItem).where(WaveItem.id.in_(loose)))
    db_session.execute(update(WaveItem).where(WaveItem.id.in_(kept)).values(signature=None))
    return int(getattr(removed, "rowcount", 0) or 0)
