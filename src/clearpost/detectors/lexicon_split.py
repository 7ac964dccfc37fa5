"""Words split in two by a space ("fu ck", "bi tch", "nigg er"), joined again for matching.

A window of the skeleton around each candidate space is rebuilt without that space; the
matcher keeps only the hits that span it. Candidates are rare in ordinary text: both pieces
have two letters or more (as written, before squeezing), one has exactly two, and no
two-letter piece is a word of its own ("go ok", "pen is", "pr on" stay apart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearpost.text.normalize import View

# Two adjacent Latin tokens, one of one or two (squeezed) letters; not after an apostrophe
# ("Murphy's hit").
_SPLIT_RE = re.compile(
    r"(?<![a-z0-9'])(?=([a-z]{1,2}) ([a-z]+)(?![a-z0-9'])|([a-z]+) ([a-z]{1,2})(?![a-z0-9']))"
)
_SHORT = """
a i u am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya yo
ur im al ex ma pa mr ms dr st tv uk la lo ah eh uh hm vs pr dm pm gf bf
"""
_SHORT_WORDS = frozenset(_SHORT.split())
_SPLIT_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Joined:
    """A window of a skeleton view with one space removed ("fu ck" -> "fuck")."""

    view: View
    offset: int  # where the window starts in the skeleton
    at: int  # index in `view.text` of the first character after the removed space

    def back(self, start: int, end: int) -> tuple[int, int]:
        """A span of the window that contains `at`, in skeleton coordinates."""
        return self.offset + start, self.offset + end + 1


def split_words(view: View) -> list[Joined]:
    """Windows in which one split word ("fu ck") is joined again."""
    text = view.text
    out = []
    for match in _SPLIT_RE.finditer(text):
        left, right = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        space = match.start() + len(left)
        # As written, before squeezing: "boo" is not the two-letter piece "bo".
        pieces = [
            "".join(text[i] * view.run(i) for i in range(begin, begin + len(piece)))
            for begin, piece in ((match.start(), left), (space + 1, right))
        ]
        short = [piece for piece in pieces if len(piece) == 2]
        if min(map(len, pieces)) < 2 or not short or not _SHORT_WORDS.isdisjoint(short):
            continue
        first = text.rfind(" ", 0, max(space - _SPLIT_WINDOW, 0)) + 1
        last = min(space + 1 + _SPLIT_WINDOW, len(text))
        runs = {}
        for index, run in view.runs.items():
            if first <= index < space:
                runs[index - first] = run
            elif space < index < last:
                runs[index - first - 1] = run
        window = View(
            text[first:space] + text[space + 1 : last],
            view.starts[first:space] + view.starts[space + 1 : last],
            view.ends[first:space] + view.ends[space + 1 : last],
            runs,
        )
        out.append(Joined(window, first, space - first))
    return out
