"""Hashed character and word n-gram features, computed for a whole batch with numpy.

Every model of one language reads the same feature space, so a batch is featurised once
and all models score it with one sparse product. The hashing is a polynomial rolling hash
modulo 2**64 followed by a bit mixer: stable across processes and platforms (Python's own
`hash` is salted per process), and vectorised over the concatenated batch, so there is no
per-n-gram Python work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np
import scipy.sparse as sp

from clearpost.text.pinyin_decode import decode_pinyin

_P = np.uint64(0x100000001B3)  # FNV prime: odd, so invertible modulo 2**64
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SEP = 0  # code point that separates documents in the joined batch
_SPACE = 32
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")


@dataclass(frozen=True)
class FeatureSpec:
    """What a feature space is made of; stored next to every model that reads it."""

    bits: int = 20
    char_min: int = 1
    char_max: int = 5
    word_max: int = 2  # 0: no word features (Chinese)
    word_weight: float = 1.0
    max_chars: int = 2000  # long texts are cut: enough for a post, bounded cost
    decode_pinyin: bool = False  # Latin pinyin in Chinese posts read as characters

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _mix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(31))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(29))
    h = h * _MIX2
    return h ^ (h >> np.uint64(32))


def _prepare(text: str, limit: int) -> str:
    # Placeholders keep the fact that a link or a mention is there without its noise.
    text = _URL.sub(" \x01 ", text[:limit])
    return _MENTION.sub(" \x02 ", text)


def _codepoints(texts: Sequence[str], limit: int) -> np.ndarray:
    joined = "\x00 " + " \x00 ".join(_prepare(t, limit) for t in texts) + " \x00"
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    # Collapse whitespace runs to one space so layout does not change n-grams.
    white = (cps == 32) | (cps == 10) | (cps == 9) | (cps == 13)
    cps[white] = _SPACE
    keep = np.ones(len(cps), dtype=bool)
    keep[1:] = ~(white[1:] & white[:-1])
    return cps[keep]


def _word_mask(cps: np.ndarray) -> np.ndarray:
    # ASCII letters/digits, apostrophe and Latin letters up to U+024F; CJK is left to chars.
    c = cps
    lower = (c >= 97) & (c <= 122)
    upper = (c >= 65) & (c <= 90)
    digit = (c >= 48) & (c <= 57)
    latin = (c >= 0xC0) & (c <= 0x24F) & (c != 0xD7) & (c != 0xF7)
    return lower | upper | digit | latin | (c == 39) | (c == 1) | (c == 2)


def featurize(texts: Sequence[str], spec: FeatureSpec) -> sp.csr_matrix:
    """Rows of hashed n-gram counts scaled by 1/sqrt(n-grams in the row) (float32 CSR).

    Rows may hold the same column more than once (repeated n-grams are not merged): every
    linear use of the matrix (products, sums) treats that as a count, and skipping the
    merge keeps featurisation free of sorting.
    """
    parts, scale = featurize_parts(texts, spec)
    matrix = parts[0] if len(parts) == 1 else _hstack_rows(parts[0], parts[1])
    matrix.data *= np.repeat(scale, np.diff(matrix.indptr))
    return matrix


def project(texts: Sequence[str], spec: FeatureSpec, weights: np.ndarray) -> np.ndarray:
    """`featurize(texts, spec) @ weights` without building the merged matrix (inference)."""
    parts, scale = featurize_parts(texts, spec)
    out = np.asarray(parts[0] @ weights)
    for part in parts[1:]:
        out += part @ weights
    out *= scale[:, None]
    return out


def featurize_parts(
    texts: Sequence[str], spec: FeatureSpec
) -> tuple[list[sp.csr_matrix], np.ndarray]:
    """Unscaled char (and word) count matrices and the per-row scale that goes with them."""
    n_docs = len(texts)
    if spec.decode_pinyin:
        texts = [decode_pinyin(t[: spec.max_chars]) for t in texts]
    mask = np.uint64((1 << spec.bits) - 1)
    cps = _codepoints(texts, spec.max_chars)
    is_sep = cps == _SEP
    doc_of = np.cumsum(is_sep) - 1  # document index of every position
    char_cols, char_ok = _char_ngrams(cps, is_sep, spec, mask)
    char_rows = np.repeat(doc_of, char_ok.shape[1])[char_ok.ravel()]
    parts = [_csr(char_rows, char_cols[char_ok], n_docs, spec.bits, 1.0)]
    if spec.word_max > 0:
        word_rows, word_cols = _word_ngrams(cps, doc_of, spec.word_max, mask)
        parts.append(_csr(word_rows, word_cols, n_docs, spec.bits, spec.word_weight))
    counts = sum((np.diff(part.indptr) for part in parts), np.zeros(n_docs, dtype=np.int64))
    scale = (1.0 / np.sqrt(np.maximum(counts, 1))).astype(np.float32)
    return parts, scale


def _char_ngrams(
    cps: np.ndarray, is_sep: np.ndarray, spec: FeatureSpec, mask: np.uint64
) -> tuple[np.ndarray, np.ndarray]:
    """Column of every (position, order) pair and whether that n-gram exists."""
    length = len(cps)
    orders = range(spec.char_min, spec.char_max + 1)
    cols = np.zeros((length, len(orders)), dtype=np.uint64)
    ok = np.zeros((length, len(orders)), dtype=bool)
    sep_cum = np.concatenate(([0], np.cumsum(is_sep)))
    h = np.zeros(length, dtype=np.uint64)
    for n in range(1, spec.char_max + 1):
        span = length - n + 1
        if span <= 0:
            break
        h = h[:span] * _P + cps[n - 1 : n - 1 + span]
        if n < spec.char_min:
            continue
        k = n - spec.char_min
        valid = (sep_cum[n : n + span] - sep_cum[:span]) == 0
        if n == 1:
            valid &= cps[:span] != _SPACE
        ok[:span, k] = valid
        salt = np.uint64((n * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF)
        cols[:span, k] = _mix(h ^ salt) & mask
    return cols, ok


def _csr(rows: np.ndarray, cols: np.ndarray, n_docs: int, bits: int, value: float) -> sp.csr_matrix:
    # `rows` is non-decreasing by construction, so the row pointer is a cumulative count.
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_docs), out=indptr[1:])
    data = np.full(len(cols), value, dtype=np.float32)
    return sp.csr_matrix((data, cols.astype(np.int64), indptr), shape=(n_docs, 1 << bits))


def _hstack_rows(a: sp.csr_matrix, b: sp.csr_matrix) -> sp.csr_matrix:
    """Entries of `b` appended to the same rows of `a` (same shape; a row-wise union)."""
    counts = np.diff(a.indptr) + np.diff(b.indptr)
    indptr = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    which = np.repeat(np.arange(len(counts)), np.diff(b.indptr))
    b_pos = np.arange(b.nnz) - b.indptr[which] + indptr[which] + np.diff(a.indptr)[which]
    a_which = np.repeat(np.arange(len(counts)), np.diff(a.indptr))
    a_pos = np.arange(a.nnz) - a.indptr[a_which] + indptr[a_which]
    indices = np.empty(a.nnz + b.nnz, dtype=np.int64)
    data = np.empty(a.nnz + b.nnz, dtype=np.float32)
    indices[a_pos], data[a_pos] = a.indices, a.data
    indices[b_pos], data[b_pos] = b.indices, b.data
    return sp.csr_matrix((data, indices, indptr), shape=a.shape)


def _word_ngrams(
    cps: np.ndarray, doc_of: np.ndarray, word_max: int, mask: np.uint64
) -> tuple[np.ndarray, np.ndarray]:
    inword = _word_mask(cps)
    edges = np.diff(np.concatenate(([False], inword, [False])).astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    # Word hash from prefix sums: sum c_j * P^(e-1-j) == (S[e] - S[s]) * P^(e-1),
    # with S[k] = sum_{j<k} c_j * P^-j, all modulo 2**64.
    inv = _inverse(_P)
    pow_inv = np.cumprod(np.full(len(cps), inv, dtype=np.uint64))
    pow_inv = np.concatenate(([np.uint64(1)], pow_inv[:-1]))
    pow_p = np.cumprod(np.full(len(cps), _P, dtype=np.uint64))
    pow_p = np.concatenate(([np.uint64(1)], pow_p[:-1]))
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(cps * pow_inv, dtype=np.uint64)))
    words = _mix((prefix[ends] - prefix[starts]) * pow_p[ends - 1] + np.uint64(0xA5A5))
    wdoc = doc_of[starts]
    # One column per (word, order) in word order, so the rows stay sorted when flattened.
    cols = np.zeros((len(words), word_max), dtype=np.uint64)
    ok = np.zeros((len(words), word_max), dtype=bool)
    cols[:, 0] = words & mask
    ok[:, 0] = True
    prev = words
    for n in range(2, word_max + 1):
        span = len(words) - n + 1
        if span <= 0:
            break
        prev = _mix(prev[:-1] * _P + words[n - 1 :] + np.uint64(n))
        cols[:span, n - 1] = prev & mask
        ok[:span, n - 1] = wdoc[n - 1 :] == wdoc[:span]
    rows = np.repeat(wdoc, word_max)[ok.ravel()]
    return rows, cols[ok]


def _inverse(p: np.uint64) -> np.uint64:
    # Newton iteration for the inverse of an odd number modulo 2**64.
    x = int(p)
    inv = x
    for _ in range(6):
        inv = (inv * (2 - x * inv)) % (1 << 64)
    return np.uint64(inv)
