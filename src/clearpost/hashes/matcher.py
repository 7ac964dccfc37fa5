"""Match image hashes against hash lists held in memory.

SHA-256 is a dictionary lookup. PDQ is a nearest-neighbour search in Hamming space: the
list is kept as four rows of packed 64-bit words, and a query is XORed against whole
blocks of the list at once with numpy's popcount (`np.bitwise_count`). A linear scan is
simple, exact and fast enough for lists up to a few million entries (see docs/images.md
for timings); multi-index hashing would only pay off well beyond that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

DEFAULT_MAX_DISTANCE = 31
_BLOCK = 65_536  # entries per block: four words of a block stay in cache across queries
_Words = np.ndarray[Any, np.dtype[np.uint64]]


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One hash of one list, as the matcher keeps it."""

    list_name: str
    kind: str  # "sha256" or "pdq"
    hash: str  # lowercase hex
    category: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class HashMatch:
    """A list entry that matched, and how far (0 for SHA-256; PDQ bits that differ)."""

    entry: ListEntry
    distance: int


def pack_pdq(hashes: Sequence[str]) -> _Words:
    """Hex PDQ hashes as a (4, n) array of native uint64 words, most significant first."""
    if not hashes:
        return np.zeros((4, 0), dtype=np.uint64)
    raw = np.frombuffer(bytes.fromhex("".join(hashes)), dtype=">u8").reshape(len(hashes), 4)
    return np.ascontiguousarray(raw.T.astype(np.uint64))


def pdq_distance(a: str, b: str) -> int:
    """Hamming distance between two PDQ hex hashes (0..256)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


class HashMatcher:
    """An immutable index over hash list entries; build a new one to change the lists."""

    def __init__(
        self, entries: Iterable[ListEntry], *, max_distance: int = DEFAULT_MAX_DISTANCE
    ) -> None:
        if not 0 <= max_distance <= 256:
            raise ValueError("max_distance must be between 0 and 256")
        self.max_distance = max_distance
        self._exact: dict[str, list[ListEntry]] = {}
        self._pdq: list[ListEntry] = []
        for entry in entries:
            if entry.kind == "sha256":
                self._exact.setdefault(entry.hash, []).append(entry)
            elif entry.kind == "pdq":
                self._pdq.append(entry)
            else:
                raise ValueError(f"unknown hash kind {entry.kind!r}")
        self._words = pack_pdq([entry.hash for entry in self._pdq])
        categories = {entry.category for entry in self._pdq}
        for same in self._exact.values():
            categories.update(entry.category for entry in same)
        self.categories: tuple[str, ...] = tuple(sorted(categories))

    @property
    def sha256_count(self) -> int:
        return sum(len(found) for found in self._exact.values())

    @property
    def pdq_count(self) -> int:
        return len(self._pdq)

    def match_sha256(self, digest: str) -> list[HashMatch]:
        """Entries with exactly this SHA-256 (lowercase hex)."""
        return [HashMatch(entry, 0) for entry in self._exact.get(digest, ())]

    def match_pdq(self, pdq_hex: str) -> list[HashMatch]:
        """Entries within `max_distance` bits of this PDQ hash, nearest first."""
        return self.match_pdq_many([pdq_hex])[0]

    def match_pdq_many(self, hashes: Sequence[str]) -> list[list[HashMatch]]:
        """`match_pdq` for many hashes in one pass over the list."""
        found: list[list[tuple[int, int]]] = [[] for _ in hashes]
        if not hashes or not self._pdq:
            return [[] for _ in hashes]
        queries = pack_pdq(hashes)
        size = self._words.shape[1]
        scratch = np.empty(min(_BLOCK, size), dtype=np.uint64)
        counts = np.empty(min(_BLOCK, size), dtype=np.uint8)
        total = np.empty(min(_BLOCK, size), dtype=np.uint16)
        for start in range(0, size, _BLOCK):
            stop = min(start + _BLOCK, size)
            width = stop - start
            xor, bits, dist = scratch[:width], counts[:width], total[:width]
            for q in range(len(hashes)):
                dist.fill(0)
                for word in range(4):
                    np.bitwise_xor(self._words[word, start:stop], queries[word, q], out=xor)
                    np.bitwise_count(xor, out=bits)
                    np.add(dist, bits, out=dist)
                hits = np.flatnonzero(dist <= self.max_distance)
                found[q].extend((int(dist[i]), start + int(i)) for i in hits)
        return [
            [HashMatch(self._pdq[index], distance) for distance, index in sorted(pairs)]
            for pairs in found
        ]
