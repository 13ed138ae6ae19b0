"""Find a quoted passage in an article's text the way a reader would, and say where it is.

Quote and text are compared after folding what copying a phrase changes but a reader does not see:

* white space: any run of spaces, tabs, line breaks, no-break and thin spaces is one space;
* quote marks: “ ” „ « » ″ become ``"``; ‘ ’ ‚ ′ and the backtick become ``'``;
* dashes: ‐ ‑ ‒ – — ― − become ``-``;
* soft hyphens and zero-width characters are dropped;
* case: "Some 23 projects" matches "some 23 projects". Case carries no number, and a phrase lifted
  from the start of a sentence (or put at the start of one) changes it.

Digits, letters and punctuation are otherwise compared as they are, so a quote with a different
figure is not found. Offsets are always given in the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher

from msgspec import Struct

_DROP = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FOLD = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛′`", "'"),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
        **dict.fromkeys(_DROP, "\x00"),
        **dict.fromkeys(
            "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000", " "
        ),
        **dict.fromkeys("".join(chr(c) for c in range(0x2000, 0x200B)), " "),
    }
)
_SQUEEZE = re.compile(r" [ \x00]+|\x00[ \x00]*")
_WORD = re.compile(r"\w+")

MAX_VOTERS = 2000
"""A word that occurs more often than this in the article does not help place a passage."""
CANDIDATES = 8
"""Places compared character by character when a quote is not found."""
MAX_PLACED_WORDS = 100
"""Words of a quote that place its closest passage: a longer quote is placed by its first words
(comparing character by character costs the product of the two lengths)."""


def normalise(text: str) -> str:
    """The folded form of a quote or text (see the module docstring)."""
    return Folded(text).text


class Place(Struct, frozen=True):
    """Where a passage is: character offsets into the original text, and 1-based line and column
    of its first and last characters."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class Near(Struct, frozen=True):
    """The passage of the text most like a quote that does not occur in it."""

    place: Place
    text: str  # the passage as the article writes it
    similarity: float  # 0 to 1 (difflib's ratio of the folded forms)


class Folded:
    """A text in folded form, with the way back to the original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        lowered = original.lower()
        if len(lowered) != len(original):  # a few letters lowercase to two characters
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in original)
        folded = lowered.translate(_FOLD)
        pieces: list[str] = []
        # (folded offset, original offset) where the one-to-one correspondence restarts
        self._marks: list[tuple[int, int]] = [(0, 0)]
        position = 0
        length = 0
        for m in _SQUEEZE.finditer(folded):
            pieces.append(folded[position : m.start()])
            length += m.start() - position
            replacement = " " if " " in m.group() else ""
            pieces.append(replacement)
            length += len(replacement)
            self._marks.append((length, m.end()))
            position = m.end()
        pieces.append(folded[position:])
        self.text = "".join(pieces)
        self._folded_at = [f for f, _ in self._marks]
        self._words: tuple[list[int], list[int], dict[str, list[int]]] | None = None

    def origin(self, index: int) -> int:
        """The original offset of folded character ``index``."""
        k = bisect_right(self._folded_at, index) - 1
        folded, original = self._marks[k]
        return original + (index - folded)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded stretch ``[start, end)``."""
        if end <= start:
            at = self.origin(start)
            return at, at
        return self.origin(start), self.origin(end - 1) + 1

    def find_all(self, quote: str, limit: int | None = None) -> list[tuple[int, int]]:
        """Every place ``quote`` occurs (folded, not overlapping), as original offsets; with
        ``limit``, the first ``limit`` of them."""
        needle = normalise(quote).strip()
        if not needle:
            return []
        found: list[tuple[int, int]] = []
        at = self.text.find(needle)
        while at >= 0 and (limit is None or len(found) < limit):
            found.append(self.span(at, at + len(needle)))
            at = self.text.find(needle, at + len(needle))
        return found

    def find_first(self, quote: str) -> tuple[tuple[int, int] | None, int]:
        """Where ``quote`` first occurs (original offsets, or ``None``) and how often it occurs
        (not overlapping, as :meth:`find_all` counts): one search and one count, whatever the
        count, where :meth:`find_all` makes every place."""
        needle = normalise(quote).strip()
        at = self.text.find(needle) if needle else -1
        if at < 0:
            return None, 0
        end = at + len(needle)
        return self.span(at, end), 1 + self.text.count(needle, end)

    def first(self, quote: str) -> int | None:
        """The original offset where ``quote`` first occurs (``None`` where it does not): one
        search, without :meth:`find_first`'s count of the rest of the text (the draft asks it of
        every claim: a count to the text's end for each was quadratic in a long article)."""
        needle = normalise(quote).strip()
        at = self.text.find(needle) if needle else -1
        return None if at < 0 else self.span(at, at + len(needle))[0]

    def nearest(self, quote: str) -> tuple[int, int, float] | None:
        """The original offsets of the passage most like ``quote``, and how alike (0 to 1).

        Words shared with the quote vote for where it would start; the best few places are then
        compared character by character. ``None`` when the quote shares no word with the text.
        """
        needle = normalise(quote).strip()
        words = list(_WORD.finditer(needle))
        if not words:
            return None
        if len(words) > MAX_PLACED_WORDS:
            words = words[:MAX_PLACED_WORDS]
            needle = needle[: words[-1].end()]
        wanted = [m.group() for m in words]
        starts, ends, index = self._word_index()
        votes: Counter[int] = Counter()
        for offset, word in enumerate(wanted):
            where = index.get(word, ())
            if len(where) <= MAX_VOTERS:
                for position in where:
                    votes[position - offset] += 1
        best: tuple[float, int, int] | None = None
        for first, _count in votes.most_common(CANDIDATES):
            first = max(first, 0)
            last = min(first + len(wanted), len(starts)) - 1
            if last < first:
                continue
            start, end = starts[first], ends[last]
            ratio = SequenceMatcher(None, needle, self.text[start:end], autojunk=False).ratio()
            if best is None or ratio > best[0]:
                best = (ratio, start, end)
        if best is None:
            return None
        ratio, start, end = best
        return (*self.span(start, end), ratio)

    def _word_index(self) -> tuple[list[int], list[int], dict[str, list[int]]]:
        if self._words is None:
            starts: list[int] = []
            ends: list[int] = []
            index: dict[str, list[int]] = {}
            for number, m in enumerate(_WORD.finditer(self.text)):
                starts.append(m.start())
                ends.append(m.end())
                index.setdefault(m.group(), []).append(number)
            self._words = (starts, ends, index)
        return self._words


class Lines:
    """Line and column numbers of offsets into a text (1-based; columns count characters)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def place(self, start: int, end: int) -> Place:
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end - 1))
        return Place(start, end, line, column, end_line, end_column)
