"""Latin pinyin back to Chinese characters, for what the Chinese classifiers read.

"这人就是个 sha bi" hides 傻逼 from a character n-gram model: the romanisation shares no
n-gram with the characters it stands for. Inside a Chinese post (one with CJK
characters), every run of Latin words that splits wholly into pinyin syllables, two or more
of them, is replaced by the characters that most often have that reading in the Chinese
train splits: pairs of syllables first ("sha bi" -> 傻逼), single ones where no pair is
known. The table (`models/pinyin_zh/table.json.gz`) is made by `clearpost train-pinyin`;
see its model card. Posts without CJK characters and Latin words that are not pinyin
("ok", "wechat") are left as they are.

Only the classifiers' text goes through this (a `FeatureSpec` with `decode_pinyin`); the
lexicon has its own pinyin keys and evidence offsets stay on the original text.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clearpost.resources import bundled_path
from clearpost.text.chinese import CJK_RE, pinyin_syllables

TABLE_FILE = "table.json.gz"
# Latin words that are part of an id, a link, an address or a number are left alone:
# "wxid_demo123", "tk-fanli.example.com", "x@demo.cn".
_ID = r"A-Za-z0-9_.@/:#&=?%+\-"
_RUN = re.compile(rf"(?<![{_ID}])( ?)([a-z]+(?: [a-z]+)*)( ?)(?![{_ID}])")
_LATIN = re.compile(r"[a-z]")
_LONGEST = 6  # "zhuang", "chuang", "shuang"


def table_path() -> Path:
    return bundled_path("models") / "pinyin_zh" / TABLE_FILE


@dataclass(frozen=True)
class PinyinTable:
    """Most frequent character per syllable and character pair per syllable pair."""

    singles: dict[str, tuple[str, int]]  # "sha" -> ("杀", count)
    pairs: dict[str, tuple[str, int]]  # "sha bi" -> ("傻逼", count)
    # English words that also split into two or more syllables ("make", "line", "demo"):
    # left as they are.
    english: frozenset[str] = frozenset()

    def as_json(self) -> dict[str, object]:
        return {"singles": self.singles, "pairs": self.pairs, "english": sorted(self.english)}


def load_table(path: Path) -> PinyinTable:
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    singles = {k: (str(v[0]), int(v[1])) for k, v in data["singles"].items()}
    pairs = {k: (str(v[0]), int(v[1])) for k, v in data["pairs"].items()}
    return PinyinTable(singles, pairs, frozenset(data.get("english", ())))


@cache
def shipped_table() -> PinyinTable:
    path = table_path()
    return load_table(path) if path.is_file() else PinyinTable({}, {})


def split_syllables(word: str) -> list[str] | None:
    """`word` as the fewest pinyin syllables ("shabi" -> ["sha", "bi"]), or None."""
    known = pinyin_syllables()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for size in range(min(_LONGEST, end), 1, -1):
            before = best[end - size]
            piece = word[end - size : end]
            if before is None or piece not in known:
                continue
            if best[end] is None or len(before) + 1 < len(best[end] or ()):
                best[end] = [*before, piece]
    return best[len(word)]


def decode_syllables(syllables: Sequence[str], table: PinyinTable) -> str | None:
    """Characters for `syllables`: most syllables covered by known pairs, then the most
    frequent readings. None when some syllable has no known character, or when more than
    a third of them are left to single readings: English words split into syllables too
    ("make sense" = ma ke sen se), but their pairs are seldom a Chinese word."""
    n = len(syllables)
    # best[i]: (syllables covered by pairs, log-count sum, characters) for the first i.
    best: list[tuple[int, float, str] | None] = [(0, 0.0, "")] + [None] * n
    for i in range(1, n + 1):
        options = []
        before = best[i - 1]
        single = table.singles.get(syllables[i - 1])
        if before is not None and single is not None:
            options.append((before[0], before[1] + math.log(single[1]), before[2] + single[0]))
        if i >= 2 and best[i - 2] is not None:
            pair = table.pairs.get(f"{syllables[i - 2]} {syllables[i - 1]}")
            two = best[i - 2]
            if pair is not None and two is not None:
                options.append((two[0] + 2, two[1] + math.log(pair[1]), two[2] + pair[0]))
        best[i] = max(options) if options else None
    last = best[n]
    if last is None or n - last[0] > n // 3:
        return None
    return last[2]


def decode_pinyin(text: str, table: PinyinTable | None = None) -> str:
    """`text` with its Latin pinyin runs as characters, if it is a Chinese post."""
    if text.isascii() or CJK_RE.search(text) is None or _LATIN.search(text) is None:
        return text
    use = table if table is not None else shipped_table()
    if not use.singles:
        return text

    def replace(m: re.Match[str]) -> str:
        decoded = _decode_run(m.group(2), use)
        if decoded == m.group(2):
            return m.group()
        # A space between the decoded characters and a Chinese neighbour goes, as it
        # would not be there had the characters been typed.
        before = "" if m.start() > 0 and CJK_RE.match(text[m.start() - 1]) else m.group(1)
        after = "" if m.end() < len(text) and CJK_RE.match(text[m.end()]) else m.group(3)
        return before + decoded + after

    return _RUN.sub(replace, text)


def _decode_run(run: str, table: PinyinTable) -> str:
    """Each stretch of two or more syllables of pinyin words in `run` as characters."""
    out: list[str] = []
    stretch: list[str] = []  # pinyin words waiting to be decoded together
    syllables: list[str] = []

    def flush() -> None:
        decoded = decode_syllables(syllables, table) if len(syllables) >= 2 else None
        if decoded is not None:
            out.append(decoded)
        elif stretch:
            out.append(" ".join(stretch))
        stretch.clear()
        syllables.clear()

    for word in run.split(" "):
        found = split_syllables(word)
        if found is None or (len(found) > 1 and word in table.english):
            flush()
            out.append(word)
            continue
        stretch.append(word)
        syllables.extend(found)
    flush()
    return _join(out)


def _join(parts: list[str]) -> str:
    """Parts joined by spaces, except between two Chinese characters."""
    text = ""
    for part in parts:
        if text and not (CJK_RE.match(text[-1]) and CJK_RE.match(part[0])):
            text += " "
        text += part
    return text
