"""Per-character folding tables for the canonical and skeleton views.

Both tables are lazily filled `str.translate` mappings: the first time a code point is
seen its folded form is computed once and cached, so later texts are folded at C speed.

The confusable table is deliberately small and hand-derived (Unicode's confusables.txt
was the reference): it only lists letters that look like a-z or 0-9 and are used to
dodge filters (Cyrillic, Greek, Armenian and Cherokee look-alikes, small capitals, Latin
letters with strokes, enclosed letters NFKC leaves alone). Folding real Russian or Greek
text into Latin gibberish is acceptable: Clearpost screens English and Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from clearpost.text.chinese import t2s_char


def _pairs(sources: str, targets: str) -> dict[str, str]:
    assert len(sources) == len(targets), (sources, targets)
    return dict(zip(sources, targets, strict=True))


def _block(first: int, letters: str = "abcdefghijklmnopqrstuvwxyz") -> dict[str, str]:
    return {chr(first + index): letter for index, letter in enumerate(letters)}


# Lower-case forms only: the table is applied after NFKC and case folding.
CONFUSABLES: dict[str, str] = {
    # Cyrillic letters that look Latin (upper case folds to these lower-case forms).
    **_pairs("авеёкмнорстухѕіїјԁԛԝһӏьпгшү", "abeekmhopctyxsiijdqwhlbnrwy"),
    # Greek.
    **_pairs("αβγεζηικμνοπρτυχωϲϳ", "abyeznikuvonptuxwcj"),
    # Armenian.
    **_pairs("օսհոցզ", "ouhngq"),
    # Cherokee (case folding maps Cherokee small letters to these capitals).
    **_pairs("ᎪᏴᏟᎠᎬᏀᎻᎥᎫᏦᏞᎷᏢᎡᏚᎢᏙᏔᏃ", "abcdeghijklmprstvwz"),
    # Latin letters with strokes or odd shapes that NFKC does not decompose.
    **_pairs("ıȷłøđħŧƀɨʉɵƒɡɑɛɩðǥɍʂ", "ijlodhtbiuofgaeidgrs"),
    # Small capitals, a popular "font" in name generators.
    **_pairs("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz"),
    # Enclosed letters that NFKC leaves alone (negative circled/squared, flags).
    **_block(0x1F150),
    **_block(0x1F170),
    **_block(0x1F1E6),
    # Parenthesized letters: NFKC would give "(a)", which breaks words apart.
    **_block(0x249C),
    **_block(0x1F110),
    # Punctuation look-alikes, so that "don’t" and "don't" are one token.
    **_pairs("’‘‛`´′“”„″‐‑‒–—―⁎∗", "''''''\"\"\"\"------**"),
}

# Characters that render as nothing or as blank space but are letters or symbols.
_BLANKS = frozenset("\u2800\u3164\u115f\u1160\uffa0")
_INVISIBLE_MARKS = frozenset("\u034f\u180b\u180c\u180d\u180e")


def _fold_once(char: str) -> str:
    """One round of canonical folding for one character (may return 0 or many chars)."""
    if char in CONFUSABLES:
        return CONFUSABLES[char]
    if char in _BLANKS:
        return " "
    category = unicodedata.category(char)
    if category == "Cf" or char in _INVISIBLE_MARKS:
        return ""  # zero-width, bidi controls, soft hyphen, tags
    if char.isspace():
        return " "
    if category == "Cc":
        return ""
    if category == "Mn" and ("\ufe00" <= char <= "\ufe0f" or char >= "\U000e0100"):
        return ""  # variation selectors are invisible
    folded = unicodedata.normalize("NFKC", char).casefold()
    if folded[:1] == " " and all(unicodedata.combining(piece) for piece in folded[1:]):
        return ""  # a spacing accent ("¨", "´"): NFKC makes it a space plus a mark
    return "".join(
        " " if piece.isspace() else CONFUSABLES.get(piece, t2s_char(piece)) for piece in folded
    )


def fold_char(char: str) -> str:
    """Canonical form of one character, iterated to a fixed point so folding is idempotent."""
    current = _fold_once(char)
    for _ in range(4):
        nxt = "".join(_fold_once(piece) for piece in current)
        if nxt == current:
            break
        current = nxt
    return current


def skeleton_char(char: str) -> str:
    """Skeleton form of one canonical character: Latin accents and combining marks dropped."""
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return ""  # also removes "Zalgo" stacks and keycap enclosures
    if "\u00c0" <= char <= "\u024f":
        base = unicodedata.normalize("NFD", char)[0]
        if "a" <= base <= "z":
            return base
    return char


class _LazyTable(dict[int, str]):
    """A `str.translate` table that computes and caches entries on first use."""

    __slots__ = ("_func", "_irregular", "_irregular_re")

    def __init__(self, func: Callable[[str], str]) -> None:
        super().__init__()
        self._func = func
        # Characters whose folded form is not exactly one character: a text without any
        # of them keeps a 1:1 offset map, which is the fast path.
        self._irregular: set[str] = set()
        self._irregular_re: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self._func(char)
        if len(folded) != 1:
            self._irregular.add(char)
            self._irregular_re = None
        self[code] = folded
        self._seen(folded)
        return folded

    def _seen(self, folded: str) -> None:
        """Hook for subclasses: called once with each new folded form."""

    @property
    def irregular_re(self) -> re.Pattern[str]:
        """Matches any character seen so far that folds to zero or several characters."""
        if self._irregular_re is None:
            self._irregular_re = _char_class(self._irregular)
        return self._irregular_re


class _CanonTable(_LazyTable):
    """The canonical table also tracks which of its outputs the skeleton would change,
    so that skeleton folding (a second translate) is skipped for most texts."""

    __slots__ = ("_skeleton_changes", "_skeleton_re")

    def __init__(self, func: Callable[[str], str]) -> None:
        super().__init__(func)
        self._skeleton_changes: set[str] = set()
        self._skeleton_re: re.Pattern[str] | None = None

    def _seen(self, folded: str) -> None:
        for piece in folded:
            if skeleton_char(piece) != piece and piece not in self._skeleton_changes:
                self._skeleton_changes.add(piece)
                self._skeleton_re = None

    @property
    def skeleton_re(self) -> re.Pattern[str]:
        """Matches canonical characters that skeleton folding changes."""
        if self._skeleton_re is None:
            self._skeleton_re = _char_class(self._skeleton_changes)
        return self._skeleton_re


def _char_class(chars: set[str]) -> re.Pattern[str]:
    body = "".join(re.escape(char) for char in sorted(chars))
    return re.compile(f"[{body}]" if body else "(?!)")


FOLD = _CanonTable(fold_char)
SKELETON_FOLD = _LazyTable(skeleton_char)
