"""What the words of any stretch of one sentence name, read once for the sentence.

A reader of words (``draftwords.content`` and the filters after it) sees each word alone: what a
stretch of text names is the union of what its words name. Its words are those of
``draftwords._WORD`` (``[A-Za-z][A-Za-z'’-]*``), and each is the part of one run of the
characters ``[A-Za-z'’-]`` from the run's first letter to the run's end; the runs of a stretch are
the sentence's runs cut to it. So the sentence's runs are found once, each read once, and a
stretch asks only for the runs it cuts at its two ends: a suggester asking about the words
between each pair of n figures of a sentence pays n * n for it, not n * n * n (docs/corpus.md, the
twenty-fifth session).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

_RUN = re.compile(r"[A-Za-z'’-]+")
"""The characters a word of ``draftwords._WORD`` is made of."""


class SpanWords:
    """The words of one sentence, ``text[start:end]``, each read by ``read`` (a text to what it
    names; it must read each word alone), for any stretch of the sentence."""

    def __init__(
        self, text: str, start: int, end: int, read: Callable[[str], frozenset[str]]
    ) -> None:
        self._text, self._start, self._end, self._read = text, start, end, read
        runs = [m.span() for m in _RUN.finditer(text, start, end)]
        self._starts = [s for s, _ in runs]
        self._ends = [e for _, e in runs]
        self._words = [read(text[s:e]) for s, e in runs]
        self._outside: dict[frozenset[str], list[int]] = {}
        self._named: dict[tuple[int, int], frozenset[str]] = {}

    def names(self, start: int, end: int) -> frozenset[str]:
        """What ``text[start:end]`` names: ``read(text[start:end])``."""
        key = (start, end)
        if key not in self._named:
            if not self._start <= start < end <= self._end:
                self._named[key] = self._read(self._text[start:end])
            else:
                first, last, inside = self._cut(start, end)
                self._named[key] = frozenset().union(
                    *self._words[inside[0] : inside[1]],
                    *(self._clipped(r, start, end) for r in (first, last) if r is not None),
                )
        return self._named[key]

    def only(self, start: int, end: int, allowed: frozenset[str]) -> bool:
        """Whether what ``text[start:end]`` names is all in ``allowed``."""
        if not self._start <= start < end <= self._end:
            return self.names(start, end) <= allowed
        first, last, (low, high) = self._cut(start, end)
        if any(self._clipped(r, start, end) - allowed for r in (first, last) if r is not None):
            return False
        if low >= high:
            return True
        counts = self._outside.get(allowed)
        if counts is None:  # how many of the first k runs name a word outside ``allowed``
            counts = [0]
            for words in self._words:
                counts.append(counts[-1] + bool(words - allowed))
            self._outside[allowed] = counts
        return counts[high] == counts[low]

    def _cut(self, start: int, end: int) -> tuple[int | None, int | None, tuple[int, int]]:
        """The run cut at the stretch's start and the one cut at its end (None where none is),
        and the range of the runs wholly inside it."""
        low = bisect_right(self._ends, start)  # the first run ending after the start
        high = bisect_left(self._starts, end)  # past the last run starting before the end
        if low >= high:
            return None, None, (0, 0)
        first = low if self._starts[low] < start else None
        last = high - 1 if self._ends[high - 1] > end and high - 1 != first else None
        inner_low = low + (first is not None)
        inner_high = high - (self._ends[high - 1] > end)
        return first, last, (inner_low, max(inner_low, inner_high))

    def _clipped(self, run: int, start: int, end: int) -> frozenset[str]:
        return self._read(self._text[max(self._starts[run], start) : min(self._ends[run], end)])
