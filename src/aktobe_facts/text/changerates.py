"""A rate that is itself a change, for the kinds of a draft's percents.

An inflation rate is the change of prices over a year, a growth rate the change of output or of
a flow: where the sentence measures its change year on year, a percent given with a verb of change
after such a rate's name states the rate's value, the growth of what the rate measures, never a
change of the rate in points or in percent of itself. "The urban inflation rate increased by 13.18
per cent (year-on-year) ... from 13.03 per cent" is the rate at 13.18 percent (a statistics office's
way of saying that the index rose 13.18 percent in a year); "year-on-year growth rates ... have
farming growing by 3.1%" is farming's growth. A rate of another name ("the unemployment rate rose
by 2 percent") and a sentence that names no year-on-year comparison keep their change, which may
be in points.
"""

from __future__ import annotations

import re

_RATE_OF_CHANGE = re.compile(r"\b(?:inflation|growth)\s+rates?\Z", re.IGNORECASE)
"""The words up to the end of a rate's noun: "inflation rate", "growth rates"."""
_YEAR_ON_YEAR = re.compile(r"\b(?:year[-\s]on[-\s]year|y-o-y|yoy)\b", re.IGNORECASE)


def value_of_rate(sentence: str, before: str, rate_end: int) -> bool:
    """Whether the rate word ending at ``rate_end`` of ``before`` (the words before a change's
    percent) is an inflation or growth rate, in a sentence that compares year on year: the percent
    is the rate's value, no change of it."""
    head = before[:rate_end]
    if _RATE_OF_CHANGE.search(head) is None:
        return False
    return _YEAR_ON_YEAR.search(sentence) is not None
