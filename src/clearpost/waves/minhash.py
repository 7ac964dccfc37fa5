"""MinHash signatures and LSH band keys for near-duplicate texts. Pure: no I/O.

Text → content → shingles → signature → band keys:

- **content**: `model_view` (case, width, confusables, leetspeak and Traditional Chinese
  folded), then every run of digits becomes "0" (phone numbers, prices and counts vary
  between copies of one scam) and every run of punctuation, symbols, emoji and spaces
  becomes one space. Texts with fewer than `MIN_CONTENT_CHARS` characters of content
  (spaces not counted) are skipped: "thank you so much!" from many accounts is not a wave.
- **shingles**: character 5-grams of the content, for Chinese and English alike. Measured
  on 2 000 real posts per language with random edits (`benchmarks/spam_waves.py` and
  docs/spam-waves.md): one edit keeps Jaccard at a median 0.89 (English) / 0.86 (Chinese),
  where English word 3-grams fall to 0.78; unrelated posts stay at a median 0.00, 99th
  percentile 0.06. Chinese 4-grams keep edits a little closer (3 edits: 0.71 against 0.66)
  but one scheme for mixed-script text is worth more than that.
- **signature**: `NUM_PERM` = 128 minimum hash values (uint32), computed with numpy over
  a whole batch at once. Each shingle gets a 64-bit rolling hash of its code points,
  finalised with murmur3's fmix64; permutation k is the multiply-shift hash
  `(a_k·x + b_k mod 2^64) >> 32` with fixed odd `a_k`. Everything is deterministic, so
  every process (and every release that keeps `SCHEME`) computes the same keys.
- **band keys**: `BANDS` = 32 bands of `ROWS` = 4 values; a band's key is a 63-bit hash
  of its index and its 4 values. Two texts are *candidates* when any band key is equal.

With Jaccard similarity J, P(candidate) = 1 − (1 − J^4)^32 (the LSH S-curve):

    J      0.2    0.3    0.4    0.5    0.6    0.7    0.8    0.9
    P      0.050  0.229  0.564  0.873  0.988  1.000  1.000  1.000

Candidates are then *confirmed* when the estimated Jaccard (the share of equal values of
the 128) is at least `CONFIRM_JACCARD` = 0.5: P(confirmed | J) = P(Binomial(128, J) ≥ 64),
0.99 at J = 0.6 and 2·10⁻⁶ at J = 0.3. Together (treating the two as independent):

    J      0.3      0.4     0.5    0.6    0.7    0.8
    P      4·10⁻⁷   0.008   0.47   0.98   1.000  1.000

Unrelated posts share a band key rarely: 1·10⁻⁵ per pair with J < 0.3 on 27 000 English
tweets and SMS, i.e. ~11 rows to confirm per lookup against a window of a million items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clearpost.text.normalize import model_view

SCHEME = 1  # bump when anything below changes the keys (stored keys become useless)
NUM_PERM = 128
BANDS = 32
ROWS = 4
SHINGLE = 5
CONFIRM_JACCARD = 0.5
MIN_CONTENT_CHARS = 25
MAX_CONTENT_CHARS = 10_000  # long articles: the first 10 000 characters are the fingerprint

_U64 = np.uint64
_MASK32 = _U64(0xFFFFFFFF)
_ROLL = _U64(0x100000001B3)  # FNV-64 prime, a good multiplier for the rolling hash
_CHUNK = 1 << 16  # shingles per vectorised step: 128 × 65 536 × 8 bytes = 64 MiB at most

_rng = np.random.Generator(np.random.PCG64(20261125))
_A = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64) * _U64(2) + _U64(1)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_BAND_SEEDS = _rng.integers(0, 2**63, size=BANDS, dtype=np.uint64)

_DIGITS = re.compile(r"\d+")
_GAPS = re.compile(r"[\W_]+")

Signatures = npt.NDArray[np.uint32]


def content(text: str) -> str:
    """The text that is shingled: model view, digits as "0", punctuation and emoji as gaps."""
    folded = _DIGITS.sub("0", model_view(text))
    return _GAPS.sub(" ", folded).strip()[:MAX_CONTENT_CHARS]


def content_length(text: str) -> int:
    """Characters of content, spaces not counted (what `MIN_CONTENT_CHARS` is compared with)."""
    return len(text) - text.count(" ")


def _fmix64(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    h ^= h >> _U64(33)
    h *= _U64(0xFF51AFD7ED558CCD)
    h ^= h >> _U64(33)
    h *= _U64(0xC4CEB9FE1A85EC53)
    h ^= h >> _U64(33)
    return h


def shingle_hashes(text: str) -> npt.NDArray[np.uint64]:
    """64-bit hashes of the character `SHINGLE`-grams of a content string."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = codes[:count].copy()
    for offset in range(1, SHINGLE):
        h *= _ROLL
        h += codes[offset : offset + count]
    return _fmix64(h)


def signatures(contents: Sequence[str]) -> Signatures:
    """MinHash signatures, one row of `NUM_PERM` uint32 per content string.

    Strings without a single shingle get a row of 0xFFFFFFFF (callers skip short texts).
    Vectorised over the whole batch: one numpy pass per chunk of 65 536 shingles.
    """
    out = np.full((len(contents), NUM_PERM), 0xFFFFFFFF, dtype=np.uint32)
    hashes = [shingle_hashes(text) for text in contents]
    index = 0
    while index < len(hashes):
        # Gather whole items until the chunk is full (a long item may fill one alone).
        stop, total = index, 0
        while stop < len(hashes) and (stop == index or total + len(hashes[stop]) <= _CHUNK):
            total += len(hashes[stop])
            stop += 1
        rows = [i for i in range(index, stop) if len(hashes[i])]
        if rows:
            flat = np.concatenate([hashes[i] for i in rows])
            starts = np.cumsum([0] + [len(hashes[i]) for i in rows[:-1]])
            values = _A[:, None] * flat[None, :]
            values += _B[:, None]
            values >>= _U64(32)
            out[rows] = np.minimum.reduceat(values, starts, axis=1).T.astype(np.uint32)
        index = stop
    return out


def band_keys(sigs: Signatures) -> npt.NDArray[np.int64]:
    """`BANDS` signed 63-bit keys per signature (shape: items × BANDS)."""
    bands = sigs.reshape(len(sigs), BANDS, ROWS).astype(np.uint64)
    h = np.broadcast_to(_BAND_SEEDS, (len(sigs), BANDS)).copy()
    for start in range(0, ROWS, 2):
        pair = bands[:, :, start] | (bands[:, :, start + 1] << _U64(32))
        h ^= pair
        h = _fmix64(h)
    return (h >> _U64(1)).astype(np.int64)


def jaccard(a: Signatures, b: Signatures) -> npt.NDArray[np.float64]:
    """Estimated Jaccard similarity of matching rows (or one row against many)."""
    return np.asarray((a == b).mean(axis=-1), dtype=np.float64)


def to_bytes(sig: Signatures) -> bytes:
    """Compact storage of one signature: `NUM_PERM` little-endian uint32 (512 bytes)."""
    return np.ascontiguousarray(sig, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> Signatures:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the wave service stores and looks up for one text."""

    signature: Signatures
    keys: tuple[int, ...]


def fingerprints(texts: Sequence[str]) -> list[Fingerprint | None]:
    """Signature and band keys per text; None for texts too short to compare."""
    contents = [content(text) for text in texts]
    usable = [i for i, c in enumerate(contents) if content_length(c) >= MIN_CONTENT_CHARS]
    found: list[Fingerprint | None] = [None] * len(texts)
    if not usable:
        return found
    sigs = signatures([contents[i] for i in usable])
    keys = band_keys(sigs)
    for row, i in enumerate(usable):
        found[i] = Fingerprint(sigs[row], tuple(int(k) for k in keys[row]))
    return found
