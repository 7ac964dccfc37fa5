"""The wave service on the database: clusters across calls and batches, merges, pruning."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearpost.db import make_sessionmaker
from clearpost.waves import minhash, service
from clearpost.waves.models import WaveBandKey, WaveCluster, WaveItem
from tests.conftest import START, DatabaseUnderTest
from tests.waves.texts import scam, unrelated

DAY = timedelta(hours=24)


def assign(
    db_session: Session, *entries: tuple[str, str, str], minutes: int = 0
) -> list[service.WaveResult]:
    return service.assign(
        db_session=db_session,
        entries=list(entries),
        now=START + timedelta(minutes=minutes),
        window=DAY,
    )


def test_near_duplicates_from_several_accounts_grow_one_cluster(db_session: Session) -> None:
    (first,) = assign(db_session, ("i0", "a0", scam(0)))
    assert first.cluster_id is None and first.cluster_size == 1 and not first.skipped
    (second,) = assign(db_session, ("i1", "a1", scam(1)), minutes=1)
    assert second.cluster_id is not None
    assert second.cluster_size == 2 and second.similar_items == ("i0",)
    assert second.first_item_id == "i0"
    sizes = [
        assign(db_session, (f"i{n}", f"a{n}", scam(n)), minutes=n)[0].cluster_size
        for n in range(2, 6)
    ]
    assert sizes == [3, 4, 5, 6]
    assert service.members(db_session=db_session, cluster_id=second.cluster_id) == [
        f"i{n}" for n in range(6)
    ]
    cluster = db_session.get(WaveCluster, second.cluster_id)
    assert cluster is not None and (cluster.size, cluster.items) == (6, 6)
    assert cluster.first_seen == START


def test_one_account_repeating_itself_is_one_account(db_session: Session) -> None:
    results = assign(db_session, *[(f"r{n}", "same", scam(n)) for n in range(4)])
    assert {r.cluster_size for r in results} == {1}
    assert len({r.cluster_id for r in results}) == 1


def test_items_of_one_batch_cluster_together(db_session: Session) -> None:
    results = assign(
        db_session,
        *[(f"b{n}", f"acct{n}", scam(n)) for n in range(10)],
        ("other", "acct-x", unrelated(3)),
    )
    wave, other = results[:10], results[10]
    assert len({r.cluster_id for r in wave}) == 1 and wave[0].cluster_id is not None
    assert {r.cluster_size for r in wave} == {10}
    assert other.cluster_id is None
    assert "b0" in wave[1].similar_items


def test_unrelated_posts_make_no_cluster(db_session: Session) -> None:
    results = assign(db_session, *[(f"u{n}", f"acct{n}", unrelated(n)) for n in range(50)])
    assert all(r.cluster_id is None for r in results)
    assert db_session.scalar(select(func.count()).select_from(WaveCluster)) == 0


def test_short_texts_are_skipped_and_not_stored(db_session: Session) -> None:
    (result,) = assign(db_session, ("s1", "a1", "great post, thanks!"))
    assert result.skipped and result.cluster_id is None
    assert db_session.scalar(select(func.count()).select_from(WaveItem)) == 0


def test_chinese_wave(db_session: Session) -> None:
    results = [
        assign(db_session, (f"zh{n}", f"a{n}", scam(n, "zh")), minutes=n)[0] for n in range(12)
    ]
    assert results[-1].cluster_size == 12
    assert len({r.cluster_id for r in results[1:]}) == 1


def test_an_item_bridging_two_clusters_merges_them(db_session: Session) -> None:
    p, q, r = (unrelated(n) for n in (0, 1, 2))
    a = assign(db_session, ("a1", "x1", f"{p} {q}"), ("a2", "x2", f"{p} {q}!"))
    b = assign(db_session, ("b1", "y1", f"{q} {r}"), ("b2", "y2", f"{q} {r}?"), minutes=1)
    assert a[0].cluster_id != b[0].cluster_id
    (bridge,) = assign(db_session, ("ab", "z", f"{p} {q} {r}"), minutes=2)
    assert bridge.cluster_size == 5
    winner, loser = a[0].cluster_id, b[0].cluster_id
    assert bridge.cluster_id == winner  # the older cluster keeps its id
    merged = db_session.get(WaveCluster, loser)
    assert merged is not None and merged.merged_into == winner
    expected = {"a1", "a2", "b1", "b2", "ab"}
    assert loser is not None and winner is not None
    assert set(service.members(db_session=db_session, cluster_id=loser)) == expected
    assert set(service.members(db_session=db_session, cluster_id=winner)) == expected


def test_the_window_forgets_old_items(db_session: Session) -> None:
    assign(db_session, ("old", "a0", scam(0)))
    (late,) = assign(db_session, ("late", "a1", scam(1)), minutes=25 * 60)
    assert late.cluster_id is None


def test_prune_keeps_members_and_drops_the_rest(db_session: Session) -> None:
    wave = assign(db_session, ("w1", "a1", scam(1)), ("w2", "a2", scam(2)))
    assign(db_session, ("loner", "a3", unrelated(4)))
    stored = db_session.scalar(select(func.count()).select_from(WaveBandKey))
    assert stored and stored > 32
    removed = service.prune(db_session=db_session, before=START + timedelta(seconds=1))
    assert removed == stored
    assert db_session.scalar(select(func.count()).select_from(WaveBandKey)) == 0
    kept = db_session.execute(select(WaveItem.item_id, WaveItem.signature)).all()
    assert sorted(kept) == [("w1", None), ("w2", None)]
    assert wave[0].cluster_id is not None
    assert service.members(db_session=db_session, cluster_id=wave[0].cluster_id) == ["w1", "w2"]


def test_assign_prunes_opportunistically(db_session: Session) -> None:
    assign(db_session, ("old", "a0", unrelated(5)))
    assign(db_session, ("new", "a1", unrelated(6)), minutes=26 * 60)
    assert db_session.scalars(select(WaveItem.item_id)).all() == ["new"]


def test_a_new_revision_replaces_the_fingerprint(db_session: Session) -> None:
    assign(db_session, *[(f"v{n}", f"a{n}", scam(n)) for n in range(3)])
    (edited,) = assign(db_session, ("v2", "a2", unrelated(7)), minutes=1)
    assert edited.cluster_id is None
    (again,) = assign(db_session, ("v3", "a3", scam(3)), minutes=2)
    assert again.cluster_size == 3  # v0, v1 and v3: v2 left the wave
    orphans = select(func.count()).where(WaveBandKey.wave_item_id.not_in(select(WaveItem.id)))
    assert db_session.scalar(orphans) == 0


def test_a_wave_of_copies_stores_each_key_about_once_per_refresh(db_session: Session) -> None:
    text = scam(0)
    for n in range(20):
        assign(db_session, (f"c{n}", f"a{n}", text), minutes=n)
    rows = select(func.count()).select_from(WaveBandKey)
    # The first copy (alone) and the second (its cluster was new) store their keys.
    assert db_session.scalar(rows) == 2 * minhash.BANDS
    (later,) = assign(db_session, ("c20", "a20", text), minutes=7 * 60)  # > window / 4
    assert later.cluster_size == 21
    assert db_session.scalar(rows) == 3 * minhash.BANDS


def test_concurrent_near_duplicates_end_in_one_cluster(fresh_database: DatabaseUnderTest) -> None:
    """Two transactions add near-duplicates of a stored item at the same moment."""
    sessions = make_sessionmaker(fresh_database.engine)
    with sessions() as setup:
        assign(setup, ("x", "ax", scam(0)))
        setup.commit()
    first = sessions()
    (one,) = assign(first, ("a", "aa", scam(1)), minutes=1)
    outcome: list[service.WaveResult] = []

    def second_process() -> None:
        with sessions() as second:
            outcome.extend(assign(second, ("b", "ab", scam(2)), minutes=1))
            second.commit()

    thread = threading.Thread(target=second_process)
    thread.start()
    thread.join(timeout=0.5)
    # PostgreSQL: waits on the row "x" that `first` claimed; SQLite: on the write lock.
    assert thread.is_alive()
    first.commit()
    first.close()
    thread.join(timeout=30)
    assert not thread.is_alive()
    (two,) = outcome
    assert two.cluster_id == one.cluster_id
    assert two.cluster_size == 3
    with sessions() as check:
        assert one.cluster_id is not None
        members = service.members(db_session=check, cluster_id=one.cluster_id)
        assert sorted(members) == ["a", "b", "x"]


def test_simultaneous_first_copies_are_merged_by_the_next_one(
    fresh_database: DatabaseUnderTest,
) -> None:
    """Neither of two uncommitted first copies can see the other; the third joins both."""
    sessions = make_sessionmaker(fresh_database.engine)
    first, second = sessions(), sessions()
    assign(first, ("a", "aa", scam(1)))
    if fresh_database.is_postgres:  # SQLite would wait for `first` (one writer at a time)
        assign(second, ("b", "ab", scam(2)))
    first.commit()
    if not fresh_database.is_postgres:
        assign(second, ("b", "ab", scam(2)))
    second.commit()
    with sessions() as third:
        (result,) = assign(third, ("c", "ac", scam(3)), minutes=1)
        third.commit()
        assert result.cluster_size == 3
    first.close()
    second.close()
