"""The place a sentence opens on ("In the 28-member Nordic Union, exports rose to X", "In Ruritania,
imports fell to Y"): the figures of that sentence are that place's, so a part whose own words name
another holder ("eurozone exports", "euro area exports", "the province's exports") is no part of
them (:mod:`aktobe_facts.text.draftparts`). A period is no place: "In June,", "In the First
Quarter,", "In Fiscal 2030,", "In January-June," open on no place.

A sentence may also open on an area of the country by its compass word ("In northern region, the
sales rose to X", "In the southern part of the country, ...", "In the North, ..."): its figures are
that area's alone, so a figure whose words up to it never name the area (its compass word) is the
whole country's or another area's, no part of them (:func:`opening_area`).
"""

from __future__ import annotations

import re

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.lazypatterns import lazy

_OPENER = lazy(
    r"\s*In\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,"
)
"""A sentence's opening "In <Place>,", with "the" and one word before the name ("the 28-member")."""
_PERIOD_WORD = lazy(
    rf"\d|\b(?:{MONTH_NAMES}|fiscal|financial|fy|quarter|half|year|first|second|third|fourth|"
    r"spring|summer|autumn|fall|winter|q[1-4]|h[12])\b",
    re.IGNORECASE,
)
"""Words of a period, never of a place."""
_PLACE_PART = re.compile(
    r"(?:area|zone|region|union|bloc|province|city|district|oblast|countr(?:y|ies))s?$"
)
"""A part's word that names a holder of its own: "euro area", "eurozone", "regional" is none."""


_AREA = lazy(
    r"\s*In\s+(?:the\s+)?(?P<area>(?i:north|south|east|west|central))(?i:ern|-?(?:east|west)(?:ern)?)?"
    r"(?:\s+(?i:region|part|provinces?|areas?|zone|belt|districts?|states?)\b|\s*,)"
)
"""A sentence's opening area by its compass word: "In northern region", "In the South-East part",
"In the North,"; never "In Northumberland," nor "In the north of June" (no area's noun)."""


def opening_area(text: str, start: int, end: int) -> str | None:
    """The compass word of the area the sentence ``text[start:end]`` opens on ("north" for "In
    northern region, ..."), in lower case, or None."""
    m = _AREA.match(text, start, end)
    return None if m is None else m.group("area").lower()


def opening_place(text: str, start: int, end: int) -> str | None:
    """The place the sentence ``text[start:end]`` opens on, as printed, or None."""
    m = _OPENER.match(text, start, end)
    if m is None or period_words(m.group("place")):
        return None
    return m.group("place")


def period_words(name: str) -> bool:
    """A name in capitals holds words of a period ("First Quarter", "Fiscal 2030", "Q2"): no
    place."""
    return _PERIOD_WORD.search(name) is not None


def names_a_holder(part: str | None) -> bool:
    """A part's word (:class:`aktobe_facts.text.draftroles.Role` ``part``) names a holder of its
    own ("euro area exports": "area"; "eurozone exports"), never a product or a kind ("oil")."""
    return part is not None and _PLACE_PART.search(part.lower()) is not None
