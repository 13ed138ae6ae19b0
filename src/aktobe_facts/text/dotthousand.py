"""A count of people printed with a dot before its last three digits, as papers of the Dutch- and
Spanish-speaking Caribbean print thousands in English ("a total of 363.070 visitors", "(+2.950
tourists)", "brought 43.554 tourists"): the dot groups thousands, for no count of visitors has a
fraction of one. The grammar reads "363.070" as a decimal (the ``en`` style, where most figures of
such an article are written: "grew 0.7%"), and the article's style cannot be set for all its
figures at once; so the one figure is read here, and its value written with a comma ("363,070")
and a note.

Only a figure of one to three digits, a dot and exactly three digits, with no scale word nor unit,
right before a noun of people counted (up to two words between, a quoted or hyphenated label:
"88.115 stay-over visitors", "363.070 'stay over' visitors"); never after a word of an average or a
rate ("an average of 2.375 guests", "1.250 visitors per room" stay decimals)."""

from __future__ import annotations

import re

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.phraseread import read

_DOTTED = re.compile(r"[-−+]?\s*[1-9]\d{0,2}\.\d{3}")
"""The figure as printed: one to three digits, a dot, exactly three digits (a sign before it)."""
_PEOPLE = re.compile(
    r"\s+(?:['‘’\"“”]?[a-z]+(?:[- ][a-z]+)?['‘’\"“”]?\s+|[a-z]+-[a-z]+\s+){0,2}?"
    r"(?:tourists?|visitors?|passengers?|travell?ers?|guests?|arrivals|stay-?overs|"
    r"cruisers|holidaymakers|vacationers|people|persons)\b(?!\s*(?:per|a|an|each)\b)",
    re.IGNORECASE,
)
"""After the figure: the people it counts, past a label of up to two words; never a rate after
them ("visitors per room", "guests a night")."""
_RATE_AFTER = re.compile(r"\s*(?:per|a|an|each)\b", re.IGNORECASE)
_PERSON = "person"
_AVERAGE_BEFORE = re.compile(r"\b(?:average|mean|avg|per|ratio|index)\b[^.;]{0,25}$", re.I)

NOTE = (
    'printed "{printed}": a dot before the last three digits of a count of people groups its '
    'thousands ("{value}")'
)


def dotted_thousand(text: str, head: int, stop: int, stated: Stated) -> tuple[Stated, str] | None:
    """The figure at ``head`` to ``stop`` read as thousands grouped by a dot, with its value
    written with a comma, where it counts people (:data:`_PEOPLE`, or the grammar's own unit of
    people: "1.000 people"); else None."""
    printed = " ".join(text[head:stop].split())
    counted = stated.unit is not None and stated.unit.key == _PERSON
    if (stated.unit is not None and not counted) or stated.per is not None:
        return None
    if stated.exponent or stated.is_range:
        return None
    number = _DOTTED.match(printed)
    if number is None or (number.end() < len(printed) and not counted):
        return None
    if not counted and _PEOPLE.match(text, stop) is None:
        return None
    if _AVERAGE_BEFORE.search(text, max(0, head - 40), head) is not None:
        return None
    if counted and _RATE_AFTER.match(text, stop) is not None:
        return None
    value = number.group().replace(" ", "").replace(".", ",") + printed[number.end() :]
    try:
        grouped = read(value)
    except GrammarError:
        return None
    return grouped, value
