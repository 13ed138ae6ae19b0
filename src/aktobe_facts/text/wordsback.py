"""Where the last few words before a position start: the part of the text a pattern that ends at
that position (``...\\s*$`` searched with ``endpos``) can match, so that it is searched over those
words and not over the whole text before them (tried from each of a long article's characters,
for each figure: quadratic in the article's length)."""

from __future__ import annotations


def words_before(text: str, end: int, count: int) -> int:
    """The start of the ``count`` runs of characters other than white space nearest before
    ``end`` (0 when the text has fewer): a match that ends at ``end`` and overlaps at most
    ``count`` such runs (its words, with only white space between them) starts there or after.
    A search from there finds what a search from the text's start finds: lookbehinds and ``\\b``
    still see the characters before."""
    at = end
    for _ in range(count):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        while at > 0 and not text[at - 1].isspace():
            at -= 1
    return at
