"""A name's abbreviation in brackets right before a flow's noun: "soft red winter (SRW) sales",
"hard red winter (HRW) 2018/19 sales". The brackets only spell the name's letters; they close no
clause, so the words before them still qualify the noun (a class's sales, a part), never leave it
bare (all the sales, a whole)."""

from __future__ import annotations

import re

_SPELLED = re.compile(
    r"(?<=\w)\s*\((?-i:[A-Z][A-Z0-9&]{1,7})\)(?=\s+(?:(?:FY\s*)?\d{4}(?:[/-]\d{2,4})?\s+)?\Z)"
)
"""Letters in capitals in brackets after a word, then at most a year or a season, then the noun."""


def unbracketed(head: str) -> str:
    """The words before a flow's noun without the abbreviation in brackets that ends them."""
    return _SPELLED.sub("", head)
