"""`clearpost train-pinyin`: the reading -> characters table of `text.pinyin_decode`.

Counts characters and pairs of adjacent characters in the `train` split of every Chinese
data set (as the classifiers read them, `model_view`), and keeps per toneless reading the
most frequent character, and per pair of readings the most frequent pair seen at least
`MIN_PAIR` times. Readings come from pypinyin, pairs read as a phrase (银行 -> "yin hang").
"""

from __future__ import annotations

import gzip
import json
import re
import shlex
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import typer
from pypinyin import Style, lazy_pinyin

from clearpost.text.chinese import CJK_RE, syllable
from clearpost.text.pinyin_decode import TABLE_FILE, PinyinTable, split_syllables, table_path
from clearpost.training.cards import CARD_DATE
from clearpost.training.catalog import OURS
from clearpost.training.data import DataError, find_dataset, load_splits

# The Chinese sets it reads, with their licences (see each model card).
SOURCES = {
    "cold_offensive_zh": "Apache-2.0",
    "fraud_zh": OURS,
    "spam_zh": OURS,
    "sexual_zh": OURS,
    "violence_zh": OURS,
    "self_harm_zh": OURS,
    "misleading_zh": OURS,
}
# English sets whose words (seen at least `MIN_ENGLISH` times) are not read as pinyin.
ENGLISH_SOURCES = (
    "davidson_hate_offensive",
    "sms_spam_uci",
    "clickbait_chakraborty",
    "covid19_rumor_en",
)
ENGLISH_LICENCES = {
    "davidson_hate_offensive": "MIT",
    "sms_spam_uci": "CC BY 4.0",
    "clickbait_chakraborty": "MIT",
    "covid19_rumor_en": "MIT",
}
MIN_PAIR = 2
MIN_ENGLISH = 3
_WORD = re.compile(r"[a-z]+")


def _reading(chars: str, cache: dict[str, str | None]) -> str | None:
    found = cache.get(chars, "")
    if found != "":
        return found
    readings = lazy_pinyin(chars, style=Style.NORMAL)
    ok = len(readings) == len(chars) and all(r.isascii() and r.isalpha() for r in readings)
    value = " ".join(readings).replace("ü", "v") if ok else None
    cache[chars] = value
    return value


def english_words(texts: Sequence[str]) -> frozenset[str]:
    """Words of English texts seen `MIN_ENGLISH`+ times that split into 2+ syllables."""
    counts = Counter(word for text in texts for word in _WORD.findall(text))
    return frozenset(
        word
        for word, n in counts.items()
        if n >= MIN_ENGLISH and len(split_syllables(word) or ()) > 1
    )


def build(texts: Sequence[str], english: Sequence[str] = ()) -> PinyinTable:
    """The table for a corpus of Chinese `model_view` texts (and English ones)."""
    singles: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for text in texts:
        previous = ""
        for char in text:
            if CJK_RE.match(char):
                singles[char] += 1
                if previous:
                    pairs[previous + char] += 1
                previous = char
            else:
                previous = ""
    best_single: dict[str, tuple[str, int]] = {}
    for char, n in singles.most_common():
        reading = syllable(char)
        if reading and reading not in best_single:
            best_single[reading] = (char, n)
    best_pair: dict[str, tuple[str, int]] = {}
    cache: dict[str, str | None] = {}
    for pair, n in pairs.most_common():
        if n < MIN_PAIR:
            break
        key = _reading(pair, cache)
        if key and key not in best_pair:
            best_pair[key] = (pair, n)
    return PinyinTable(best_single, best_pair, english_words(english))


def corpus(
    names: Sequence[str], data_dirs: Sequence[Path] | None, rows: dict[str, int]
) -> list[str]:
    """The train-split texts of the data sets `names`; their row counts go to `rows`."""
    texts: list[str] = []
    for name in names:
        split = load_splits(find_dataset(name, data_dirs), ("train",))["train"]
        texts.extend(split.texts)
        rows[name] = len(split)
    return texts


def card(table: PinyinTable, rows: dict[str, int], command: str) -> str:
    lines = [
        "# pinyin_zh: Latin pinyin back to characters",
        "",
        "What: the table `clearpost.text.pinyin_decode` reads to turn Latin pinyin inside a",
        'Chinese post ("这人就是个 sha bi") back into characters before the Chinese classifiers',
        "read it. Not a classifier: it holds, per toneless reading, the most frequent",
        "character, and per pair of readings the most frequent character pair seen at least",
        f"{MIN_PAIR} times.",
        "",
        f"Made: {CARD_DATE} with `{command}`.",
        "",
        "Data: the `train` split only of:",
        "",
        "| data set | licence | train rows | used for |",
        "|---|---|---|---|",
        *(
            f"| {name} | {SOURCES.get(name, ENGLISH_LICENCES.get(name, ''))} | {n:,} | "
            f"{'characters' if name in SOURCES else 'English words not to decode'} |"
            for name, n in rows.items()
        ),
        "",
        f"Size: {len(table.singles):,} readings, {len(table.pairs):,} reading pairs, "
        f"{len(table.english):,} English words (seen {MIN_ENGLISH}+ times) that split into "
        "syllables and are left as they are.",
        "",
        "Evaluation: `clearpost eval-obfuscation --technique pinyin` (docs/models.md,",
        '"Obfuscation robustness"). Limits: one reading per character (pypinyin\'s most common),',
        "pairs only (no longer words), no tones; a Latin word that happens to be pinyin",
        '("change" = chan ge) inside a Chinese post is decoded too.',
        "",
    ]
    return "\n".join(lines)


def train_pinyin_command(
    out: Path | None = typer.Option(None, "--out", help="Folder (default models/pinyin_zh)."),
    data_dir: list[Path] = typer.Option([], "--data-dir", help="Where data sets live."),
) -> None:
    """Rebuild the pinyin decoding table from the Chinese train splits."""
    target = out or table_path().parent
    try:
        rows: dict[str, int] = {}
        chinese = corpus(tuple(SOURCES), data_dir or None, rows)
        english = corpus(ENGLISH_SOURCES, data_dir or None, rows)
    except DataError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    table = build(chinese, english)
    target.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(table.as_json(), ensure_ascii=False, sort_keys=True)
    (target / TABLE_FILE).write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))
    command = "clearpost " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    (target / "MODEL_CARD.md").write_text(card(table, rows, command), encoding="utf-8")
    typer.echo(
        f"{len(table.singles):,} readings, {len(table.pairs):,} pairs from "
        f"{sum(rows.values()):,} train rows -> {target / TABLE_FILE}"
    )
