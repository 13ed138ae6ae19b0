"""Numbers that name a publication, a section or a version rather than count anything: a
statistics office's catalogue number ("cat. no. 6202.0", "(6291.0.55.001)"), a dotted section
("3.2.1"). No figure, as the digits of any other name."""

from __future__ import annotations

import re

_DOTTED = re.compile(r"\d+(?:\.\d+){2,}$")
"""Three or more groups of digits joined by full stops: one number only when every group after
the first has three digits (a grouping of thousands by stops, "1.234.567")."""
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
"""A day, a month and a year joined by stops ("12.03.2024"): a date, left to the dates' readers."""
_SHORT_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.\d{2}")
"""A day, a month and a year's last two digits ("12.03.24"), as a section's number may be too
("3.2.10"): no figure either way (:func:`short_date`)."""
_SECTION_BEFORE = re.compile(
    r"\b(?:sections?|sub-?sections?|tables?|charts?|figures?|fig\.|chapters?|clauses?|paragraphs?|"
    r"para\.|articles?|items?|annex(?:es)?|appendix|appendices|points?|rules?|parts?|steps?|"
    r"versions?|v\.?|release|no\.|nos\.)\s*$",
    re.IGNORECASE,
)
"""A section's, a table's or a version's word right before a dotted number ("table 3.2.10",
"section 12.3.24"): the number names it, whatever date its digits could spell."""

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
        return not short_date(text, start, end)
    return _CATALOGUE_BEFORE.search(text, max(0, start - _REACH), start) is not None


def short_date(text: str, start: int, end: int) -> bool:
    """Whether the numeral at ``start:end`` is a date with a two-digit year ("on 12.03.24", "of
    3.2.10"): a day and a month that exist, with no section's or table's word right before it
    ("table 3.2.10" is a table's number). Either way it is no figure: a date's digits are left as
    a date, a section's as a name (a number left unread was a false coverage warning)."""
    m = _SHORT_DATE.fullmatch(text, start, end)
    if m is None or not (1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12):
        return False
    return _SECTION_BEFORE.search(text, max(0, start - _REACH), start) is None
