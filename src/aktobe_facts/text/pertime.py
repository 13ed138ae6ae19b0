"""A figure read per a time ("8 trillion rubles a year", "$480 million a month", "monthly"): a
rate, never the whole of a period's parts or of a share of a period's flow."""

from __future__ import annotations

import re

from aktobe_facts.text.draftfigures import Figure

PER_TIME = re.compile(
    r"\s*(?:an?|per)\s+(?:year|month|day|week|quarter)\b(?!\s+(?:earlier|ago|before|later|on))|"
    r"\s*(?:annually|yearly|monthly|daily)\b",
    re.IGNORECASE,
)
"""Right after a figure: the time it is read per ("a month", "per day", "annually"; never "a year
earlier")."""


def per_time(text: str, end: int) -> bool:
    """The words right after a figure ending at ``end`` make it a rate per a time."""
    return PER_TIME.match(text, end) is not None


def a_rate(text: str, figure: Figure) -> bool:
    """The figure is read per a time: its unit's ("$480 million a month") or the words after it,
    past the noun a count counts ("12.5 million visitors a year")."""
    per = figure.phrase.stated.per
    if per is not None and per.kind == "time":
        return True
    end = figure.phrase.outer_end
    noun = re.match(rf"\s+{re.escape(figure.noun)}\b", text[end:]) if figure.noun else None
    return per_time(text, end) or (noun is not None and per_time(text, end + noun.end()))
