"""A whole and a part of complementary kinds: one named "non-X" and the other X ("non-life
underwriters paid out T, with life insurers settling A"; "non-oil exports ... oil exports").
What is non-X holds nothing of X, so the figure after the cue is a sibling of the whole, never
its part (Super News NG, sweep O: "non-life underwriters paid out N437 billion, with life
insurers settling N185 billion in claims" was drafted as a sum, life's claims inside non-life's).
A part of another kind under a "non-X" whole ("non-oil exports of T, with manufactures at A")
stays a part.
"""

from __future__ import annotations

import re

_NON = re.compile(r"\bnon[-‐\s]?([a-z]{3,})\b", re.IGNORECASE)
"""A kind's negation: "non-life", "non-oil", "nonfood", "non life"."""


def _negated(words: str) -> set[str]:
    return {m.group(1).lower() for m in _NON.finditer(words)}


def _plain(words: str, kind: str) -> bool:
    """``kind`` named in ``words`` without its "non": "life insurers", never "non-life"."""
    return any(
        _NON_BEFORE.search(words, 0, m.start()) is None
        for m in re.finditer(rf"\b{re.escape(kind)}\b", words, re.IGNORECASE)
    )


_NON_BEFORE = re.compile(r"\bnon[-‐\s]?\Z", re.IGNORECASE)


def complementary(whole_words: str, part_words: str) -> bool:
    """The whole's words and the part's name complementary kinds: "non-X" in one, X in the other."""
    return any(_plain(part_words, k) for k in _negated(whole_words)) or any(
        _plain(whole_words, k) for k in _negated(part_words)
    )
