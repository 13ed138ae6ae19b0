"""Numbers that name a publication, a section or a version rather than count anything: a
statistics office's catalogue number ("cat. no. 6202.0", "(6291.0.55.001)"), a dotted section
("3.2.1"). No figure, as the digits of any other name."""

from __future__ import annotations

import re

_DOTTED = re.compile(r"\d+(?:\.\d+){2,}$")
"""Three or more groups of digits joined by full stops: one number only when every group after
the first has three digits (a grouping of thousands by stops, "1.234.567")."""
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")
"""A day, a month and a year joined by stops ("12.03.2024"): a date, left to the dates' readers."""

_CATALOGUE_BEFORE = re.compile(
    r"\bcat(?:alogues?|alogs?)?\.?(?:\s+(?:no|nos|numbers?)\.?)?\s*(?:\d[\d.]*\s*(?:,|and|&)\s*){0,3}$",
    re.IGNORECASE,
)
"""A catalogue's words right before the number ("cat. no.", "Cat no", "catalogue number",
"catalogue"), or a list after them ("catalogues 5368.0 and 8731.0"): the number is the
publication's."""
_REACH = 60


def catalogue_number(text: str, start: int, end: int) -> bool:
    """Whether the numeral at ``start:end`` is a catalogue or section number: dotted into three or
    more groups that are no grouping of thousands ("6291.0.55.001", "5.2.1"), or printed right
    after a catalogue's words ("cat. no. 6202.0", "catalogue 5368.0")."""
    numeral = text[start:end]
    dotted = _DOTTED.match(numeral)
    if dotted is not None and not (_THOUSANDS.fullmatch(numeral) or _DATE.fullmatch(numeral)):
        return True
    return _CATALOGUE_BEFORE.search(text, max(0, start - _REACH), start) is not None
