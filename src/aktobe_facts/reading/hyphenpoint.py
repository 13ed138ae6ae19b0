"""A decimal point said as a word and joined by hyphens, as a broadcaster's English service
prints its figures: "35-point-five billion U.S. dollars" (35.5 billion), "two-point-54 billion
dollars" (2.54 billion), "13-point-five percent". Digits on one side and number words on the other
are one number; the words alone on both sides ("four-point-five percent") are read by
:mod:`aktobe_facts.reading.numwords` as any number in words. Without this, "35-point-five billion"
was read as "five billion" and "two-point-54 billion" not at all.
"""

from __future__ import annotations

import re

from aktobe_facts.reading.numwords import CARDINAL_WORDS
from aktobe_facts.text.lazypatterns import lazy

_DIGIT_WORDS = CARDINAL_WORDS[:10]
"""The words of one digit, as said after the point ("five", "zero")."""
_SMALL = CARDINAL_WORDS[:20]
"""The numbers in words before the point, zero to nineteen ("two", "eleven")."""
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
_SMALL_WORD = "|".join(sorted(_SMALL, key=len, reverse=True))
DIGITS_FIRST = rf"\d{{1,3}}(?:,\d{{3}})*-point-(?:{_DIGIT_WORD})(?:-(?:{_DIGIT_WORD}))*\b"
"""Digits, then the point and digit words: "35-point-five", "1,203-point-eight"."""
WORDS_FIRST = rf"\b(?:{_SMALL_WORD})-point-\d+(?![\d]|[,.]\d)"
"""A number in words, then the point and digits: "two-point-54", before a comma or a full stop
too ("two-point-54," "at two-point-54."); never digits running on after a mark ("two-point-54.3")."""
_MIXED = lazy(
    rf"(?<![\w.,-])(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})*)-point-(?P<said>(?:{_DIGIT_WORD})"
    rf"(?:-(?:{_DIGIT_WORD}))*)\b|(?P<word>{_SMALL_WORD})-point-(?P<decimals>\d+)(?![\d]|[,.]\d))",
    re.IGNORECASE,
)


def written(text: str) -> str:
    """``text`` with each hyphenated spoken point that mixes digits and words written as a
    decimal ("35-point-five billion" as "35.5 billion")."""
    return _MIXED.sub(_decimal, text) if "-point-" in text.lower() else text


def _decimal(m: re.Match[str]) -> str:
    if m.group("digits") is not None:
        said = m.group("said").lower().split("-")
        return m.group("digits") + "." + "".join(str(_DIGIT_WORDS.index(w)) for w in said)
    return f"{_SMALL.index(m.group('word').lower())}.{m.group('decimals')}"
