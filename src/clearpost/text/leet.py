"""Leetspeak, spaced-out letters and repeated letters: the regexes behind the skeleton.

All rules work on canonical (lower-case, NFKC) text. They are written to leave ordinary
text alone: numbers stay numbers, words separated by spaces are not glued together, and
model names such as "mp3" or "win10" keep their digits.
"""

from __future__ import annotations

import itertools
import re

from clearpost.text.chinese import CJK_CLASS

# Emoji that stand in for one letter inside a word ("💲hit", "h⭕e", "bo❌"); the canonical
# view already folds the emoji alphabets (🅰, 🇦, Ⓜ) to letters.
_EMOJI_LETTERS = {"💲": "s", "⭕": "o", "❌": "x", "✖": "x", "❗": "i"}
_EMOJI = "".join(_EMOJI_LETTERS)
# Characters that can make up an obfuscated Latin token.
_TOKEN = "a-z0-9@$!€" + _EMOJI
# Separators people put between the letters of a word to dodge filters ("f.u.c.k").
_SEP = r" .\-_*~·/\\|+•^="

# A run of three or more single Latin characters separated by separators ("f u c k",
# "$ h ! t"). Requiring every piece to be one character is what keeps "as short" from
# becoming "asshort".
# A "!" right after the last letter is punctuation ("f_u_c_k!"), not another letter.
_NOT_TOKEN_AFTER = rf"(?![a-z0-9@$€{_EMOJI}]|![a-z0-9@$€{_EMOJI}])"
SPACED_LATIN_RE = re.compile(
    rf"(?<![a-z0-9@$€{_EMOJI}])[{_TOKEN}](?:[{_SEP}]+[{_TOKEN}]{_NOT_TOKEN_AFTER}){{2,}}"
)
# Separators between two Chinese characters ("傻 逼", "傻*逼"): the first is kept.
# "丨" is an ideograph only in dictionaries: in posts it is a separator ("傻丨逼", "标题丨副标题").
SPACED_CJK_RE = re.compile(rf"([{CJK_CLASS}])[{_SEP}#丨]{{1,3}}(?=[{CJK_CLASS}])")
_TOKEN_CHAR = re.compile(f"[{_TOKEN}]")
_LETTER = re.compile("[a-z]")

# Skeleton squeezes every run of one Latin letter to a single letter (the run length is
# kept so matching can check it: "as" is not "ass"); the model view keeps at most two, so
# that "good" and "god" stay apart for classifiers while "goooood" and "good" meet.
# Repeated ideographs carry meaning (妈妈, 天天, 谢谢): the skeleton keeps them, the model
# view cuts runs of three or more ("哈哈哈哈") to two. Group 1: Latin run, group 2: CJK run.
SQUEEZE_RE = re.compile(f"([a-z])\\1+|([{CJK_CLASS}])\\2{{2,}}")

_LEET_ANY = re.compile(f"[0-9@$!€{_EMOJI}]")
_TOKEN_REST = re.compile(f"[{_TOKEN}]*")
_TOKEN_SET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!€" + _EMOJI)
# Ordinals and units look like leet ("4th", "5g", "10am") but are numbers.
_UNITS = re.compile(
    r"\d+(?:st|nd|rd|th|s|k|m|g|x|d|p|am|pm|kg|km|mm|cm|ml|gb|mb|tb|hz|fps|mph|kmh|yo|min)"
)
_SYMBOLS = str.maketrans({"@": "a", "$": "s", "€": "e", "!": "i", **_EMOJI_LETTERS})
_SYMBOL_SET = frozenset("@$€!" + _EMOJI)
_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_TRAILING = "0123456789!❗"  # "wow!", "mp3" end a word without being letters
# Before a token: a link, an id, a hashtag or a mention, not a word.
_PATH = frozenset("/=-#:?&._@")


def _word_breaks(blank: list[bool]) -> set[int]:
    """Gaps (by index) that are plain spaces next to a run of three or more characters
    spaced with another separator ("a b_i_t_c_h", "k.i.l.l y.o.u"; not "9 a.m.")."""
    breaks: set[int] = set()
    start = 0
    while start < len(blank):
        if blank[start]:
            start += 1
            continue
        stop = start
        while stop < len(blank) and not blank[stop]:
            stop += 1
        if stop - start >= 2:  # gaps start..stop-1 join stop - start + 1 characters
            breaks.update(gap for gap in (start - 1, stop) if 0 <= gap < len(blank))
        start = stop
    return breaks


def collapse_latin(match: re.Match[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """Replacement for a SPACED_LATIN_RE match: kept characters and their local spans.

    Returns None when the match should stay as it is (a run of digits such as "1 2 3").
    Spaces alone cannot tell words apart ("f u c k y o u" -> "fuckyou"), but a space next
    to a word spaced with another separator is a word break ("a b_i_t_c_h" -> "a bitch").
    """
    run = match.group()
    if _LETTER.search(run) is None:
        return None
    spans = [(m.start(), m.end()) for m in _TOKEN_CHAR.finditer(run)]
    blank = [run[end:start].isspace() for (_, end), (start, _) in itertools.pairwise(spans)]
    breaks = _word_breaks(blank) if any(blank) and not all(blank) else ()
    text = [run[spans[0][0]]]
    kept = [spans[0]]
    for gap, (start, end) in enumerate(spans[1:]):
        if gap in breaks:
            text.append(" ")
            kept.append((spans[gap][1], start))
        text.append(run[start])
        kept.append((start, end))
    return "".join(text), kept


def collapse_latin_text(match: re.Match[str]) -> str:
    """String-only form of `collapse_latin`, for `SPACED_LATIN_RE.sub`."""
    result = collapse_latin(match)
    return match.group() if result is None else result[0]


def collapse_cjk(match: re.Match[str]) -> tuple[str, list[tuple[int, int]]]:
    """Replacement for a SPACED_CJK_RE match: the ideograph without the separators."""
    return match.group(1), [(0, 1)]


def _fold_token(token: str, in_path: bool = False) -> str:
    if _UNITS.fullmatch(token):
        return token
    # Trailing digits and "!" stay: "mp3", "win10", "wow!" are not leet.
    core = token.rstrip(_TRAILING)
    if not core:
        return token
    tail = token[len(core) :]
    letters = sum(1 for char in token if "a" <= char <= "z")
    digits = sum(1 for char in core if char.isdigit())
    # "$5k" is money, "a$$" and "$h1t" are not.
    folded = core
    if letters >= 2 or not digits:
        folded = core.translate(_SYMBOLS)
        if digits or tail:  # count as a second pass would, where digits make it matter
            letters += sum(1 for char in core if char in _SYMBOL_SET)
    # Digits only count as letters in a word-like token ("s3x", "5h1t", "1d10t"; not
    # "a55", "3d", "x264").
    if digits and letters >= 2 and digits <= letters + 1:
        folded = folded.translate(_DIGITS)
    # In a word that is already leet, trailing digits are letters too ("wh0r3", "$hi7"; not
    # "h1n1", "us$61", nor ids such as "t.co/rc9qdmtz1" or "@bigsean21").
    if (
        tail.isdigit()
        and folded != core
        and core[-1] not in "$€"
        and not in_path
        and letters >= 3
        and digits + len(tail) <= letters + 1
    ):
        tail = tail.translate(_DIGITS)
    return folded + tail


def fold_leet(text: str) -> str:
    """Fold leetspeak inside tokens that contain letters; same length as the input."""
    match = _LEET_ANY.search(text)
    if match is None:
        return text
    pieces: list[str] = []
    done = 0
    while match is not None:
        # Grow the leet character to its whole token; most hits are plain numbers.
        start = match.start()
        while start > done and text[start - 1] in _TOKEN_SET:
            start -= 1
        rest = _TOKEN_REST.match(text, match.end())
        end = rest.end() if rest is not None else match.end()
        token = text[start:end]
        if _LETTER.search(token) is not None:
            in_path = token[0] == "@" or (start > 0 and text[start - 1] in _PATH)
            folded = _fold_token(token, in_path)
            if folded != token:
                pieces.append(text[done:start])
                pieces.append(folded)
                done = end
        match = _LEET_ANY.search(text, end)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
