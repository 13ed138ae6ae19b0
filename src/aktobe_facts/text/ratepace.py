"""A "rate of" whose noun names events counted in a period: a pace, no share.

"The rate of hotel stays is down by 7.3%" measures how many stays there were: "rate" merely names
the pace of a count, and its change is the count's growth. "The rate of unemployment", "the rate of
return on bonds", "the occupancy rate" divide one thing by a whole (a ratio, a percent of a
population): their change may be in percentage points.

The reading goes by the head of the noun group after "rate(s) of", the group's last word before a
preposition, a verb, a figure or a mark: "the rate of [hotel stays] in the capital was" has "stays".
A pace only where that head is one of :data:`EVENTS`, plural nouns of events that releases count by
period (tourism, housing, trade, transport). Another plural is no pace: "the rate of non-performing
loans", "of households with access" are shares of a population, whose change may be in points; so
is every singular head ("unemployment", "growth in exports", "business tax").
"""

from __future__ import annotations

import re

EVENTS = frozenset(
    {
        "stays",
        "overnights",
        "arrivals",
        "departures",
        "visits",
        "trips",
        "journeys",
        "flights",
        "sailings",
        "bookings",
        "reservations",
        "starts",
        "sales",
        "purchases",
        "transactions",
        "orders",
        "shipments",
        "registrations",
    }
)
"""Plural nouns of events that releases count by period and that name no share under the same
name. Left out on purpose, since a share carries their name ("the approval rate", the share of
applications approved): approvals, admissions, completions, cancellations, layoffs, hirings,
foreclosures, deliveries; and counts whose rate is per thousand people (births, deaths, arrests)."""

_RATE_OF = re.compile(r"rates?\s+of\s+", re.IGNORECASE)
_WORD = re.compile(r"([a-z][a-z'’-]*)\s*", re.IGNORECASE)
_GROUP_ENDS = re.compile(
    r"(?:on|in|of|for|at|to|from|by|with|among|across|during|over|under|between|into|per|than|"
    r"and|or|but|as|that|which|who|while|the|a|an|its|their|this|these|those|"
    r"is|are|was|were|be|been|being|has|have|had|will|would|may|might|can|could|also|still|"
    r"up|down|increas\w*|decreas\w*|grew|grow\w*|rose|risen|ris\w*|fell|fall\w*|declin\w*|"
    r"drop\w*|climb\w*|jump\w*|slid\w*|slump\w*|expand\w*|contract\w*|shr[aiu]nk\w*|gain\w*|"
    r"los[te]\w*|surg\w*|soar\w*|edg\w*|plung\w*|tumbl\w*|dipp\w*|\w+ly)",
    re.IGNORECASE,
)
"""A word that ends the noun group a rate is of: a preposition, a determiner, a verb of being or
of change, an adverb."""
_MAX_GROUP = 4
_TAIL = re.compile(r"[^,;:()%\d]{0,80}\Z")
"""The words after the group up to the change: a place or a verb ("in the capital was"), no other
figure, percent or mark."""


def head_of(text: str, start: int) -> re.Match[str] | None:
    """The head of the noun group after "rate(s) of" at ``start``: its last word before a word
    that ends the group (:data:`_GROUP_ENDS`) or anything that is no word; None when there is no
    "rate of" there or no word after it."""
    rate = _RATE_OF.match(text, start)
    if rate is None:
        return None
    head, at = None, rate.end()
    for _ in range(_MAX_GROUP):
        word = _WORD.match(text, at)
        if word is None or _GROUP_ENDS.fullmatch(word.group(1)):
            break
        head, at = word, word.end()
    return head


def pace(before: str, start: int) -> bool:
    """``before`` (a clause up to a change) names at ``start`` a rate of events counted ("the rate
    of hotel stays in the capital was", "the annual rate of housing starts"): a pace, whose change
    is its growth, when the words after the rate's noun group to the change hold no other figure
    or mark."""
    head = head_of(before, start)
    return (
        head is not None
        and (head.group(1).lower() in EVENTS or _output(before, head.end()))
        and _TAIL.match(before, head.end()) is not None
    )


def _output(before: str, end: int) -> bool:
    """The group up to ``end`` ends on an economy's output, and no "growth" follows it."""
    return _OUTPUT.search(before, 0, end) is not None and not _GROWTH.match(before, end)


_GROWTH = re.compile(r"\s*growth\b", re.IGNORECASE)
_OUTPUT = re.compile(r"\b(?:GDP|GNP|(?:domestic|national)\s+product)\s*\Z", re.IGNORECASE)
"""An economy's output as the head of a rate's group ("the annually adjusted rate of real Gross
Domestic Product growing by 5 percent", "the annual rate of GDP"): a flow of a period like the
events counted, whose rate is its pace (its growth at an annual rate), no share of a whole
(held24, twenty-fifth session: a false percent-points warning). "The rate of GDP growth" is a rate of
growth, whose change may be in points; "defective product" is no economy's output."""
