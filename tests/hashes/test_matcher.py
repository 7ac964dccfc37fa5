"""The in-memory matcher: exact SHA-256, PDQ within a Hamming radius, across block edges."""

from __future__ import annotations

import random

import numpy as np
import pytest

from clearpost.hashes.matcher import HashMatcher, ListEntry, pack_pdq, pdq_distance


def _random_hash(rng: random.Random) -> str:
    return rng.randbytes(32).hex()


def _flip(digest: str, bits: int, rng: random.Random) -> str:
    value = int(digest, 16)
    for bit in rng.sample(range(256), bits):
        value ^= 1 << bit
    return f"{value:064x}"


def test_pack_pdq_keeps_the_most_significant_word_first() -> None:
    digest = "0123456789abcdef" + "00" * 8 + "ff" * 8 + "8000000000000001"
    words = pack_pdq([digest])
    assert words.shape == (4, 1) and words.dtype == np.uint64
    assert [int(w) for w in words[:, 0]] == [
        0x0123456789ABCDEF,
        0,
        0xFFFFFFFFFFFFFFFF,
        0x8000000000000001,
    ]


def test_sha256_is_exact() -> None:
    digest = "ab" * 32
    matcher = HashMatcher([ListEntry("known", "sha256", digest, "sexual", "csam")])
    [match] = matcher.match_sha256(digest)
    assert match.distance == 0 and match.entry.label == "csam"
    assert matcher.match_sha256("ab" * 31 + "ac") == []
    assert matcher.categories == ("sexual",)


def test_pdq_radius_is_inclusive_and_configurable() -> None:
    rng = random.Random(1)
    listed = _random_hash(rng)
    matcher = HashMatcher([ListEntry("l", "pdq", listed, "violence")])
    assert [m.distance for m in matcher.match_pdq(_flip(listed, 31, rng))] == [31]
    assert matcher.match_pdq(_flip(listed, 32, rng)) == []
    strict = HashMatcher([ListEntry("l", "pdq", listed, "violence")], max_distance=10)
    assert strict.match_pdq(_flip(listed, 11, rng)) == []
    assert strict.match_pdq(listed)[0].distance == 0
    with pytest.raises(ValueError):
        HashMatcher([], max_distance=300)
    with pytest.raises(ValueError, match="unknown hash kind"):
        HashMatcher([ListEntry("l", "md5", listed, "x")])


def test_matches_come_nearest_first_from_every_list() -> None:
    rng = random.Random(2)
    query = _random_hash(rng)
    entries = [
        ListEntry("far", "pdq", _flip(query, 20, rng), "sexual"),
        ListEntry("near", "pdq", _flip(query, 3, rng), "sexual"),
        ListEntry("other", "pdq", _flip(query, 3, rng), "violence"),
        ListEntry("noise", "pdq", _random_hash(rng), "sexual"),
    ]
    found = HashMatcher(entries).match_pdq(query)
    assert [(m.entry.list_name, m.distance) for m in found] == [
        ("near", 3),
        ("other", 3),
        ("far", 20),
    ]


def test_agrees_with_brute_force_across_block_boundaries() -> None:
    rng = random.Random(3)
    entries = [ListEntry("big", "pdq", _random_hash(rng), "sexual") for _ in range(70_000)]
    queries = []
    for index in (0, 65_535, 65_536, 69_999):  # first, either side of a block edge, last
        queries.append(_flip(entries[index].hash, rng.randint(0, 31), rng))
    queries.append(_random_hash(rng))
    matcher = HashMatcher(entries)
    assert matcher.pdq_count == 70_000
    results = matcher.match_pdq_many(queries)
    for query, found in zip(queries, results, strict=True):
        expected = sorted(
            (pdq_distance(query, e.hash), i)
            for i, e in enumerate(entries)
            if pdq_distance(query, e.hash) <= 31
        )
        assert [(m.distance, m.entry.hash) for m in found] == [
            (d, entries[i].hash) for d, i in expected
        ]
    assert [len(found) for found in results] == [1, 1, 1, 1, 0]


def test_empty_matcher_and_empty_queries() -> None:
    matcher = HashMatcher([])
    assert matcher.match_pdq("00" * 32) == []
    assert matcher.match_pdq_many([]) == []
    assert matcher.categories == ()
