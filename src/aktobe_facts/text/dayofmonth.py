"""A number that is a day of its month ("May 19, 2022", "the 3rd of March", "the Dec. 1-20
period"): a date, no figure."""

from __future__ import annotations

import re

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.textnums import Span

_MONTH_NAME = MONTH_NAMES + r"\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAME}\s+$", re.IGNORECASE)
_DAY_END = lazy(
    r"(?:st|nd|rd|th)?(?:\s*[,.;:)]|\s+(?:\d{4}|the|a|an|when|that|it|and|to|at|in|on|as|with|"
    r"by|for|from|after|before|this|last|next)\b|\s*$|\s*\([A-Z][\w&.’' -]{0,30}\)\s*[-–—:]|"
    r"\s*\((?-i:[A-Z]{2,8})\)\s+(?-i:[A-Z])|\s+(?:--|[-–—])\s|\s*/)",
    re.IGNORECASE,
)
"""After a day: a comma or stop, a year, a word no count stands before, the end, an agency in
brackets before a dash or a colon ("Jan 16 (APP):") or, in capitals, before the story's first word
("Dec 31 (IANS) A benchmark"), a dash ("May 8 -- Chinese banks") or a stroke."""
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?![a-z])", re.IGNORECASE)
_MONTH_GLUED = re.compile(rf"(?=(?-i:[A-Z])){MONTH_NAMES}(?![a-z])", re.IGNORECASE)
"""A month's name glued to the day before it, with its capital ("Sunday (17August)", a space
lost in typing): the number is its day. Lower-case letters glued to digits ("17august") or a
longer word ("17Marchetti") are no month."""
_DAY_SPAN_BEFORE = re.compile(
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|through|until|till|[-–—])\s*$",
    re.IGNORECASE,
)
"""A month's first day of a span of days before its last ("from Oct. 1 to 20")."""
_DAYS = re.compile(r"(\d{1,2})\s*[-–—]\s*(\d{1,2})")
_ON_MONTH_BEFORE = re.compile(
    rf"\b(?:(?:on|as\s+of|since|until|till|by|ended|ending)\s+{_MONTH_NAME}\s+|{MONTH_NAMES}\.)$",
    re.IGNORECASE,
)
"""A month after a word that names a day ("the rate on Nov 19 is", "as of March 1", "the three
months ended March 31 was", "arrivals had reached X by Jan. 14 since the start of the season"),
or a month's short name and its point glued to the number ("for Oct.28 is"): the number is its
day, whatever follows."""
_BETWEEN_DAYS_BEFORE = re.compile(
    rf"\bbetween\s+{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+$", re.IGNORECASE
)
"""A span of days "between August 4 and 10": the second number is a day of the same month."""
_DATELINE_BEFORE = re.compile(
    rf"[ \t]*(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}),?\s+{_MONTH_NAME}\s+",
    re.IGNORECASE,
)
"""A wire's dateline at the start of a line: a place in capitals, a comma or none, and the month
("NEW DELHI Nov 1 India produced", "OSLO, April 5 Norway's Seafood Council said", "KUALA LUMPUR,
Dec 12 ― Malaysia's"): the number after it is the dateline's day, whatever follows."""


_NO_DAY_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s*cent\b|pct\b|(?:thousand|million|billion|trillion|lakh|crore)s?\b)",
    re.IGNORECASE,
)
"""A percent or a scale right after the number: no day, whatever its month's words before ("By
June 15% of households were connected", "between March 5 and 10 percent of the crop", "on May
3 million voters"): the rules that read a day "whatever follows" stop here."""


_YEAR_GLUED = re.compile(r"(\d{1,2}),((?:19|20)\d{2})")
"""A day and its year joined by a comma with no space ("February 20,2007"): no grouping of
thousands (four digits after the comma), a date after its month."""


def day_of_month(text: str, span: Span) -> bool:
    """A day of a month written with its month: "May 19, 2022", "on March 3 the", "19 May",
    "the 3rd of March", "on Nov 19 is", a dateline's "Nov 19 /Trend/" (a number of 1 to 31). "in
    March 12 projects" is no date: after the month and its day comes a comma, a year, the end or
    a word that no count stands before."""
    digits = re.sub(r"(?:st|nd|rd|th)$", "", span.text)
    glued = _YEAR_GLUED.fullmatch(digits)
    if glued is not None and 1 <= int(glued.group(1)) <= 31:  # "February 20,2007"
        return bool(_MONTH_BEFORE.search(text, max(0, span.start - 12), span.start))
    if not digits.isdigit() or not 1 <= int(digits) <= 31 or _NO_DAY_AFTER.match(text, span.end):
        return False
    if _MONTH_AFTER.match(text, span.end) or _MONTH_GLUED.match(text, span.end):
        return True
    if _ON_MONTH_BEFORE.search(text, max(0, span.start - 20), span.start):
        return True
    if _BETWEEN_DAYS_BEFORE.search(text, max(0, span.start - 32), span.start):
        return True
    line = text.rfind("\n", 0, span.start) + 1
    if span.start - line <= 48 and _DATELINE_BEFORE.fullmatch(text, line, span.start):
        return True
    if _DAY_SPAN_BEFORE.search(text, max(0, span.start - 24), span.start):
        return bool(_DAY_END.match(text, span.end))  # "from Oct. 1 to 20, down 2.9%"
    return bool(_MONTH_BEFORE.search(text, max(0, span.start - 12), span.start)) and bool(
        _DAY_END.match(text, span.end)
    )


def days_of_month(text: str, span: Span) -> bool:
    """A span of days right after its month ("the Dec. 1-20 period"): two days of 1 to 31, the
    first before the second (a date where no unit follows)."""
    days = _DAYS.fullmatch(span.text)
    if days is None or not 1 <= int(days.group(1)) < int(days.group(2)) <= 31:
        return False
    return bool(_MONTH_BEFORE.search(text, max(0, span.start - 12), span.start))
