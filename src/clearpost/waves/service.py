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
SQLite serialises writers (BEGIN IMMEDIATE), so there the question does not arise. A
rare interleaving of two merges can still deadlock; PostgreSQL then aborts one request,
which the host retries.

Cost stays flat as a wave grows: a lookup confirms at most PER_CLUSTER items per cluster,
and a member stores only the band keys its cluster has not stored in the last quarter of
the window (`_fresh_keys`), so each key of a wave has a handful of rows, not one per copy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple, cast

import numpy as np
from sqlalchemy import Table, delete, func, insert, select, tuple_, update
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
PRUNE_EVERY = timedelta(seconds=30)  # per process; a prune probe costs ~1 ms on PostgreSQL
REFRESH = 0.25  # a cluster re-stores a key it holds once its newest row is this old (× window)
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
    created_at: datetime
    signature: minhash.Signatures


# Union-find nodes: ("e", batch index), ("s", wave item id of an unclustered stored item)
# and ("c", cluster id) standing for every member of a stored cluster.
_Node = tuple[str, int]


class _Union:
    """Union-find over nodes."""

    def __init__(self) -> None:
        self.parent: dict[_Node, _Node] = {}

    def find(self, node: _Node) -> _Node:
        self.parent.setdefault(node, node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: _Node, b: _Node) -> None:
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

    Band keys go; items that never joined a cluster go; cluster members keep their row
    (for `members`) without the signature. Each step walks an index on `created_at`
    from the oldest row, so it costs nothing when there is nothing to do. With `limit`,
    at most that many rows per step, and on PostgreSQL rows that another transaction is
    pruning are skipped (SKIP LOCKED), so concurrent opportunistic prunes never wait.
    """
    removed = 0
    while True:
        # ORDER BY makes the planner use the index: a bare LIMIT may scan the whole table.
        keys = (
            select(WaveBandKey.key, WaveBandKey.wave_item_id)
            .where(WaveBandKey.created_at < before)
            .order_by(WaveBandKey.created_at)
            .limit(limit or _IN_CHUNK)
        )
        refs = (
            select(WaveItem.id, WaveItem.cluster_id)
            .where(WaveItem.signature.is_not(None), WaveItem.created_at < before)
            .order_by(WaveItem.created_at)
            .limit(limit or _IN_CHUNK)
        )
        if limit is not None:
            keys = keys.with_for_update(skip_locked=True)
            refs = refs.with_for_update(skip_locked=True)
        old_keys = db_session.execute(keys).all()
        old_items = db_session.execute(refs).all()
        if old_keys:
            # key × item may name rows that were not selected, but only rows of these
            # items, all as old as the selected ones (an item's keys share its time).
            deleted = db_session.execute(
                delete(WaveBandKey).where(
                    WaveBandKey.key.in_(sorted({row.key for row in old_keys})),
                    WaveBandKey.wave_item_id.in_(sorted({row.wave_item_id for row in old_keys})),
                )
            )
            removed += int(getattr(deleted, "rowcount", 0) or 0)
        loose = [row.id for row in old_items if row.cluster_id is None]
        kept = [row.id for row in old_items if row.cluster_id is not None]
        if loose:
            db_session.execute(delete(WaveItem).where(WaveItem.id.in_(loose)))
        if kept:
            db_session.execute(update(WaveItem).where(WaveItem.id.in_(kept)).values(signature=None))
        if limit is not None or (not old_keys and not old_items):
            return removed


_next_prune: datetime | None = None


def _prune_due(now: datetime) -> bool:
    """At most one opportunistic prune per process every PRUNE_EVERY (of `now`'s clock)."""
    global _next_prune
    if _next_prune is not None and now < _next_prune <= now + PRUNE_EVERY:
        return False
    _next_prune = now + PRUNE_EVERY  # also when the clock went back (tests, a new clock)
    return True


def assign(
    *,
    db_session: Session,
    entries: Sequence[WaveEntry | tuple[str, str, str]],
    now: datetime,
    window: timedelta,
) -> list[WaveResult]:
    """Place a batch of items into near-duplicate clusters; results in input order.

    One lookup for all band keys of the batch finds the window's candidates, estimated
    Jaccard confirms them, items of the batch are compared with each other too, clusters
    an item bridges are merged, and the batch's fingerprints are stored. An item submitted
    again (a new revision) replaces its earlier fingerprint. Flushes; never commits.
    """
    batch = [WaveEntry(*entry) for entry in entries]
    if len({entry.item_id for entry in batch}) != len(batch):
        raise ValueError("an item may appear only once in a batch")
    if not batch:
        return []
    if _prune_due(now):
        prune(db_session=db_session, before=now - window - PRUNE_MARGIN, limit=PRUNE_BATCH)
    prints = minhash.fingerprints([entry.text for entry in batch])
    usable = [i for i, found in enumerate(prints) if found is not None]
    replaced = _earlier_versions(db_session, [entry.item_id for entry in batch])

    hits = _lookup(db_session, prints, now - window, exclude=set(replaced))
    stored = _candidates(db_session, prints, hits)
    union = _Union()
    similar: dict[int, list[tuple[float, str]]] = defaultdict(list)
    _confirm(batch, prints, stored, union, similar)

    # Lock every cluster that will change, then follow merges made while we looked.
    touched = {value for kind, value in union.parent if kind == "c"}
    touched |= {cluster for cluster in replaced.values() if cluster is not None}
    locked = _lock(db_session, touched)
    for cluster_id in touched:
        root = _root(locked, cluster_id)
        if root != cluster_id and ("c", cluster_id) in union.parent:
            union.union(("c", cluster_id), ("c", root))

    _forget(db_session, replaced)
    affected = {_root(locked, c) for c in replaced.values() if c is not None}
    entry_cluster: dict[int, int] = {}
    components: dict[_Node, list[_Node]] = defaultdict(list)
    for node in list(union.parent):
        components[union.find(node)].append(node)
    for nodes in components.values():
        if len(nodes) < 2:
            continue
        cluster = _settle_component(db_session, nodes, batch, stored, locked, now)
        affected.add(cluster.id)
        for kind, value in nodes:
            if kind == "e":
                entry_cluster[value] = cluster.id

    fresh = _fresh_keys(prints, usable, entry_cluster, hits, locked, now - window * REFRESH)
    _store(db_session, batch, prints, usable, entry_cluster, fresh, now)
    _recount(db_session, locked, affected)
    return [
        _result(entry, prints[i], entry_cluster.get(i), locked, similar.get(i, []))
        for i, entry in enumerate(batch)
    ]


def _earlier_versions(db_session: Session, item_ids: Sequence[str]) -> dict[int, int | None]:
    """wave_items ids (→ cluster) of items in the batch that were fingerprinted before."""
    found: dict[int, int | None] = {}
    for start in range(0, len(item_ids), _IN_CHUNK):
        chunk = item_ids[start : start + _IN_CHUNK]
        query = select(WaveItem.id, WaveItem.cluster_id).where(WaveItem.item_id.in_(chunk))
        found.update({row.id: row.cluster_id for row in db_session.execute(query)})
    return found


def _forget(db_session: Session, replaced: dict[int, int | None]) -> None:
    """Delete earlier fingerprints of re-submitted items (their band keys are recomputed)."""
    if not replaced:
        return
    rows = db_session.execute(
        select(WaveItem.id, WaveItem.signature).where(WaveItem.id.in_(list(replaced)))
    ).all()
    pairs = [
        (int(key), row.id)
        for row in rows
        if row.signature is not None
        for key in minhash.band_keys(minhash.from_bytes(row.signature)[None, :])[0]
    ]
    for start in range(0, len(pairs), _IN_CHUNK // 2):
        chunk = pairs[start : start + _IN_CHUNK // 2]
        db_session.execute(
            delete(WaveBandKey).where(tuple_(WaveBandKey.key, WaveBandKey.wave_item_id).in_(chunk))
        )
    db_session.execute(delete(WaveItem).where(WaveItem.id.in_(list(replaced))))


class _Hit(NamedTuple):
    item_ref: int  # wave_items.id
    cluster_id: int | None
    created_at: datetime


def _lookup(
    db_session: Session,
    prints: Sequence[minhash.Fingerprint | None],
    since: datetime,
    exclude: set[int],
) -> dict[int, list[_Hit]]:
    """Band key → the window's items with that key: one query per batch."""
    wanted = sorted({key for found in prints if found is not None for key in found.keys})
    hits: dict[int, list[_Hit]] = defaultdict(list)
    for chunk in _chunks(wanted):
        query = (
            select(WaveBandKey.key, WaveItem.id, WaveItem.cluster_id, WaveBandKey.created_at)
            .join(WaveItem, WaveItem.id == WaveBandKey.wave_item_id)
            .where(WaveBandKey.key.in_(chunk), WaveBandKey.created_at >= since)
        )
        for key, item_ref, cluster_id, created_at in db_session.execute(query):
            if item_ref not in exclude:
                hits[key].append(_Hit(item_ref, cluster_id, created_at))
    return hits


def _candidates(
    db_session: Session,
    prints: Sequence[minhash.Fingerprint | None],
    hits: dict[int, list[_Hit]],
) -> dict[int, list[_Stored]]:
    """Per entry, the stored items worth confirming, with their signatures (one query)."""
    shortlist: dict[int, list[int]] = {}
    for i, found in enumerate(prints):
        if found is None:
            continue
        shared: Counter[int] = Counter()
        cluster_of: dict[int, int | None] = {}
        for key in found.keys:
            for item_ref, cluster_id, _ in hits.get(key, ()):
                shared[item_ref] += 1
                cluster_of[item_ref] = cluster_id
        per_cluster: Counter[int | None] = Counter()
        chosen = []
        for item_ref, _ in shared.most_common():
            cluster_id = cluster_of[item_ref]
            if per_cluster[cluster_id] < (UNCLUSTERED if cluster_id is None else PER_CLUSTER):
                per_cluster[cluster_id] += 1
                chosen.append(item_ref)
        shortlist[i] = chosen
    needed = sorted({item_ref for refs in shortlist.values() for item_ref in refs})
    rows: dict[int, _Stored] = {}
    for chunk in _chunks(needed):
        query = select(
            WaveItem.id,
            WaveItem.item_id,
            WaveItem.cluster_id,
            WaveItem.created_at,
            WaveItem.signature,
        ).where(WaveItem.id.in_(chunk), WaveItem.signature.is_not(None))
        for row in db_session.execute(query):
            rows[row.id] = _Stored(
                row.id,
                row.item_id,
                row.cluster_id,
                row.created_at,
                minhash.from_bytes(row.signature),
            )
    return {i: [rows[ref] for ref in refs if ref in rows] for i, refs in shortlist.items()}


def _node(stored: _Stored) -> _Node:
    return ("c", stored.cluster_id) if stored.cluster_id is not None else ("s", stored.id)


def _confirm(
    batch: Sequence[WaveEntry],
    prints: Sequence[minhash.Fingerprint | None],
    stored: dict[int, list[_Stored]],
    union: _Union,
    similar: dict[int, list[tuple[float, str]]],
) -> None:
    """Union each entry with its confirmed near-duplicates, stored and earlier in the batch."""
    earlier_by_key: dict[int, list[int]] = defaultdict(list)
    for i, found in enumerate(prints):
        if found is None:
            continue
        union.find(("e", i))
        candidates = stored.get(i, [])
        if candidates:
            matrix = np.stack([c.signature for c in candidates])
            for candidate, score in zip(
                candidates, minhash.jaccard(matrix, found.signature), strict=True
            ):
                if score >= minhash.CONFIRM_JACCARD:
                    union.union(("e", i), _node(candidate))
                    similar[i].append((float(score), candidate.item_id))
        shared: Counter[int] = Counter(j for key in found.keys for j in earlier_by_key[key])
        earlier = [j for j, _ in shared.most_common(UNCLUSTERED)]
        if earlier:
            matrix = np.stack([prints[j].signature for j in earlier])  # type: ignore[union-attr]
            for j, score in zip(earlier, minhash.jaccard(matrix, found.signature), strict=True):
                if score >= minhash.CONFIRM_JACCARD:
                    union.union(("e", i), ("e", j))
                    similar[i].append((float(score), batch[j].item_id))
                    similar[j].append((float(score), batch[i].item_id))
        for key in found.keys:
            earlier_by_key[key].append(i)


def _lock(db_session: Session, cluster_ids: set[int]) -> dict[int, WaveCluster]:
    """Lock clusters in id order (and the clusters they were merged into, if any)."""
    locked: dict[int, WaveCluster] = {}
    pending = set(cluster_ids)
    while pending:
        query = (
            select(WaveCluster)
            .where(WaveCluster.id.in_(sorted(pending)))
            .order_by(WaveCluster.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        pending = set()
        for cluster in db_session.execute(query).scalars():
            locked[cluster.id] = cluster
            if cluster.merged_into is not None and cluster.merged_into not in locked:
                pending.add(cluster.merged_into)
    return locked


def _root(locked: dict[int, WaveCluster], cluster_id: int) -> int:
    seen: set[int] = set()
    while cluster_id in locked and locked[cluster_id].merged_into is not None:
        if cluster_id in seen:
            break
        seen.add(cluster_id)
        cluster_id = locked[cluster_id].merged_into  # type: ignore[assignment]
    return cluster_id


def _settle_component(
    db_session: Session,
    nodes: Sequence[_Node],
    batch: Sequence[WaveEntry],
    stored: dict[int, list[_Stored]],
    locked: dict[int, WaveCluster],
    now: datetime,
) -> WaveCluster:
    """Make one cluster of a connected component: merge clusters, claim loose items."""
    cluster_ids = sorted({_root(locked, value) for kind, value in nodes if kind == "c"})
    clusters = [locked[c] for c in cluster_ids if c in locked]
    loose_refs = {value for kind, value in nodes if kind == "s"}
    loose = sorted(
        {s.id: s for found in stored.values() for s in found if s.id in loose_refs}.values(),
        key=lambda s: (s.created_at, s.id),
    )
    if not clusters:
        first_entry = min(value for kind, value in nodes if kind == "e")
        first_item, first_seen = (
            (loose[0].item_id, loose[0].created_at) if loose else (batch[first_entry].item_id, now)
        )
        created = WaveCluster(
            first_item_id=first_item, first_seen=first_seen, last_seen=now, size=0, items=0
        )
        db_session.add(created)
        db_session.flush()
        locked[created.id] = created
        clusters = [created]
    winner = _merge(db_session, clusters)
    if not loose:
        return winner
    # Compare-and-set: never take an item that another process clustered meanwhile. Our
    # UPDATE waited for that process to commit, so its cluster is visible now: join it.
    claimed = db_session.execute(
        update(WaveItem)
        .where(WaveItem.id.in_([s.id for s in loose]), WaveItem.cluster_id.is_(None))
        .values(cluster_id=winner.id)
    )
    if int(getattr(claimed, "rowcount", len(loose))) < len(loose):
        query = select(WaveItem.cluster_id).where(
            WaveItem.id.in_([s.id for s in loose]), WaveItem.cluster_id != winner.id
        )
        others = {c for c in db_session.execute(query).scalars() if c is not None}
        locked.update(_lock(db_session, others - set(locked)))
        roots = {_root(locked, c) for c in others} - {winner.id}
        winner = _merge(db_session, [winner, *(locked[c] for c in sorted(roots) if c in locked)])
    if loose[0].created_at < winner.first_seen:
        winner.first_item_id, winner.first_seen = loose[0].item_id, loose[0].created_at
    return winner


def _merge(db_session: Session, clusters: Sequence[WaveCluster]) -> WaveCluster:
    """Fold clusters into one: the one with a case, else the oldest. Callers hold the locks."""
    winner = min(clusters, key=lambda c: (c.case_id is None, c.first_seen, c.id))
    for loser in clusters:
        if loser is winner:
            continue
        db_session.execute(
            update(WaveItem).where(WaveItem.cluster_id == loser.id).values(cluster_id=winner.id)
        )
        loser.merged_into = winner.id
        if winner.case_id is None:
            winner.case_id = loser.case_id
        if loser.first_seen < winner.first_seen:
            winner.first_item_id, winner.first_seen = loser.first_item_id, loser.first_seen
    return winner


def _fresh_keys(
    prints: Sequence[minhash.Fingerprint | None],
    usable: Sequence[int],
    entry_cluster: dict[int, int],
    hits: dict[int, list[_Hit]],
    locked: dict[int, WaveCluster],
    refreshed_since: datetime,
) -> dict[int, list[tuple[int, int]]]:
    """(band, key) pairs each entry stores: all of them, except, for a cluster member,
    keys that its cluster already holds from a row newer than `refreshed_since`.

    A wave of near-identical copies would otherwise add 32 rows per copy that every later
    lookup reads back; this way each distinct key of a cluster has about 1/REFRESH rows in
    the window, whatever the size of the wave, and never lapses while the wave goes on.
    """
    held: set[tuple[int, int]] = set()  # (cluster, key) stored recently or in this batch
    for key, found in hits.items():
        for hit in found:
            if hit.cluster_id is not None and hit.created_at >= refreshed_since:
                held.add((_root(locked, hit.cluster_id), key))
    fresh: dict[int, list[tuple[int, int]]] = {}
    for i in usable:
        keys = _unique_keys(prints[i].keys)  # type: ignore[union-attr]
        cluster_id = entry_cluster.get(i)
        if cluster_id is not None:
            keys = [(band, key) for band, key in keys if (cluster_id, key) not in held]
            held.update((cluster_id, key) for _, key in keys)
        fresh[i] = keys
    return fresh


def _store(
    db_session: Session,
    batch: Sequence[WaveEntry],
    prints: Sequence[minhash.Fingerprint | None],
    usable: Sequence[int],
    entry_cluster: dict[int, int],
    fresh: dict[int, list[tuple[int, int]]],
    now: datetime,
) -> None:
    rows = [
        WaveItem(
            item_id=batch[i].item_id,
            account_id=batch[i].account_id,
            cluster_id=entry_cluster.get(i),
            created_at=now,
            signature=minhash.to_bytes(prints[i].signature),  # type: ignore[union-attr]
        )
        for i in usable
    ]
    if not rows:
        return
    db_session.add_all(rows)
    db_session.flush()
    keys = [
        {"key": key, "wave_item_id": row.id, "band": band, "created_at": now}
        for row, i in zip(rows, usable, strict=True)
        for band, key in fresh[i]
    ]
    if keys:
        # Core insert of the table: executemany without per-row ORM work.
        db_session.execute(insert(cast(Table, WaveBandKey.__table__)), keys)


def _unique_keys(keys: Sequence[int]) -> list[tuple[int, int]]:
    seen: set[int] = set()
    found = []
    for band, key in enumerate(keys):
        if key not in seen:
            seen.add(key)
            found.append((band, key))
    return found


def _recount(db_session: Session, locked: dict[int, WaveCluster], affected: set[int]) -> None:
    """Distinct accounts, items and first/last seen of changed clusters, read under lock."""
    ids = sorted(c for c in affected if c in locked and locked[c].merged_into is None)
    for chunk in _chunks(ids):
        query = (
            select(
                WaveItem.cluster_id,
                func.count(func.distinct(WaveItem.account_id)),
                func.count(),
                func.max(WaveItem.created_at),
            )
            .where(WaveItem.cluster_id.in_(chunk))
            .group_by(WaveItem.cluster_id)
        )
        counted = set()
        for cluster_id, accounts, items, last_seen in db_session.execute(query):
            assert cluster_id is not None  # the IN filter excludes NULL
            cluster = locked[cluster_id]
            cluster.size, cluster.items = int(accounts), int(items)
            cluster.last_seen = max(cluster.last_seen, last_seen)
            counted.add(cluster.id)
        for cluster_id in set(chunk) - counted:
            locked[cluster_id].size = locked[cluster_id].items = 0
    db_session.flush()


def _result(
    entry: WaveEntry,
    found: minhash.Fingerprint | None,
    cluster_id: int | None,
    locked: dict[int, WaveCluster],
    similar: list[tuple[float, str]],
) -> WaveResult:
    if found is None:
        return WaveResult(entry.item_id, None, 0, skipped=True)
    if cluster_id is None:
        return WaveResult(entry.item_id, None, 1)
    cluster = locked[cluster_id]
    shown: dict[str, None] = {}
    for _, item_id in sorted(similar, key=lambda s: -s[0]):
        if item_id != entry.item_id:
            shown.setdefault(item_id)
    return WaveResult(
        entry.item_id,
        cluster.id,
        cluster.size,
        tuple(shown)[:SIMILAR_SHOWN],
        cluster.first_item_id,
    )
