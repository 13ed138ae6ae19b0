"""A balance owned by a name that is no place ("Almaty's budget deficit", "Kaspi's deficit"),
after flows that name no owner: that holder's, a city's or a company's, never the balance of the
article's own flows.

"Budget revenue was 20 trillion tenge and spending 23 trillion tenge. Almaty's budget deficit was
0.4 trillion tenge": the city's deficit was drafted as the country's spending less its revenue (a
false error). A gazetteer would tell a city from a country; the CLDR's territories and peoples
(:func:`aktobe_facts.text.draftroles.place_words`) and the blocs' acronyms tell a country, so a
capitalised possessor that is none of them is a holder of its own, as "the region's" or "the
fund's" are (:data:`aktobe_facts.text.whose.HOLDERS`). A country's ("Kazakhstan's budget
deficit") still balances the flows before it, and a holder named first ("Almaty's budget deficit
was X. Revenue was ...") is the article's, its flows after it its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.draftroles import Role, place_words
from aktobe_facts.text.flowplace import BLOCS

_COUNTRIES = frozenset({"britain", "england", "scotland", "wales", "america", "holland"})
"""Countries' English names the CLDR's territory names do not hold ("United Kingdom", "United
States", "Netherlands" are its own)."""
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)['’]s\b")
_REACH = 60
"""Characters read before a balance's words for its possessor ("Almaty's budget ")."""


def apart(text: str, members: Sequence[Placed], named: dict[str, Role]) -> bool:
    """The set's result (its first member) is owned by a name that is no place, and a flow of
    the set, named before it, names no owner."""
    result, *flows = members
    role = named[result.figure.id]
    if not role.whose:
        return False
    words = _POSSESSIVE.findall(text, max(0, role.start - _REACH), role.start)
    holders = {
        w
        for w in words
        if w.lower() in role.whose
        and w.lower() not in place_words()
        and w.lower() not in _COUNTRIES
        and w not in BLOCS
    }
    if not holders:
        return False
    return any(
        not (named[f.figure.id].owner | named[f.figure.id].whose)
        and named[f.figure.id].start < role.start
        for f in flows
    )
