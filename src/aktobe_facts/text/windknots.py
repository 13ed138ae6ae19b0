"""A wind's or a ship's speed in knots written "kt" ("sustained winds of 120 kt", "gusts up to
150 kts", "a top speed of 30 kt"): no kilotonnes, the mining trades' "kt"
(:mod:`aktobe_facts.reading.tradeunits`), but a speed, which the grammar has no unit for; the
number is left with its reason, never a tonnage beside the article's output.

It is a speed when the words before it in its clause name one: wind, gusts, a storm's kind
(typhoon, cyclone, hurricane, gale), or a speed itself; "Nickel output rose 5% to 120 kt" and "A
storm cut output by 120 kt" stay kilotonnes.
"""

from __future__ import annotations

import re

_KNOTS = re.compile(r"\s?(?:kt|kts|KT|KTS|Kt|Kts)\b")
_SPEED_WORDS = re.compile(
    r"\b(?:winds?|gusts?|gusting|speeds?|knots|typhoons?|cyclones?|hurricanes?|gales?)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?]\s|\n")
_REACH = 80
"""Characters read back from the number for the words of a speed, within its clause."""


def wind_speed(text: str, start: int, end: int) -> bool:
    """The number at ``start``-``end``, followed by "kt" or "kts", is a speed in knots: its
    clause before it names wind, gusts, a storm or a speed."""
    if _KNOTS.match(text, end) is None:
        return False
    before = text[max(0, start - _REACH) : start]
    stops = [m.end() for m in _CLAUSE_END.finditer(before)]
    return _SPEED_WORDS.search(before[stops[-1] if stops else 0 :]) is not None
