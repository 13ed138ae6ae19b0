"""Where the last few words before a position start: the part of the text a pattern that ends at
that position (``...\\s*$`` searched with ``endpos``) can match, so that it is searched over those
words and not over the whole text before them (tried from each of a long article's characters,
for each figure: quadratic in the article's length)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\S")
_CHARS_A_RUN = 16
"""Characters looked back for each run asked, at first (twice as many each time too few)."""


def words_before(text: str, end: int, count: int) -> int:
    """The start of the ``count`` runs of characters other than white space nearest before
    ``end`` (0 when the text has fewer): a match that ends at ``end`` and overlaps at most
    ``count`` such runs (its words, with only white space between them) starts there or after.
    A search from there finds what a search from the text's start finds: lookbehinds and ``\\b``
    still see the characters before.

    The last characters are split at their white space from the right (``str.rsplit``, whose
    white space is ``str.isspace``'s), more of them until they hold a run more than asked or
    reach the text's start: the runs after the rest are whole, and the first of them starts at
    the first character after the rest that is no white space (a loop over each character back
    was a tenth of the draft of a sentence of many percents)."""
    if count <= 0:
        return end
    back = count * _CHARS_A_RUN
    while True:
        start = max(0, end - back)
        parts = text[start:end].rsplit(None, count)
        if len(parts) > count:  # the rest, then ``count`` whole runs
            first = _WORD.search(text, start + len(parts[0]), end)
            assert first is not None  # the runs after the rest
            return first.start()
        if start == 0:  # ``count`` runs or fewer in the whole text before ``end``
            if len(parts) < count:
                return 0
            first = _WORD.search(text, 0, end)
            assert first is not None
            return first.start()
        back *= 2
