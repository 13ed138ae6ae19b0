"""A balance whose words name a level of government wider or lower than its budget's, after flows
that name none: that level's balance, never the gap of the flows before it.

"Budget revenue stood at X while expenditure totaled Y. At state sector level, the fiscal deficit
was Z": the state sector (the budget with the funds and the local governments) has revenue and
spending of its own, so Z is no Y - X. Likewise "the consolidated deficit", "the deficit of local
governments", "the general government's deficit". A level named in the flows' own words too
("general government revenue ... general government spending ... the general government deficit")
keeps the three together, and a level named first is the article's ("At state sector level, the
deficit was Z. Revenue was X ..."), as a holder named first is (:mod:`.balanceholder`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.draftroles import Role
from aktobe_facts.text.lazypatterns import lazy

_LEVEL = lazy(
    r"\b(?:general[- ]government|(?:state|public)[- ]sector|consolidated|"
    r"(?:local|regional|municipal|provincial)\s+(?:governments?|authorities|administrations|"
    r"budgets|level))\b",
    re.IGNORECASE,
)
"""Words that name a level of government of its own: "at state sector level", "the general
government", "the consolidated budget", "of local governments". The central, federal or national
level may be the flows' own budget and is left out."""


def _levels(words: str) -> set[str]:
    return {re.sub(r"[\s-]+", " ", m.group(0).lower()) for m in _LEVEL.finditer(words)}


def _words(text: str, p: Placed) -> str:
    """A figure's sentence up to the figure's end: the words that may name its level."""
    return text[p.sentence[0] : p.figure.phrase.outer_end]


def other_level(text: str, members: Sequence[Placed], named: dict[str, Role]) -> bool:
    """The set's result (its first member) names a level no flow of the set names, and a flow
    that names none stands before it."""
    result, *flows = members
    levels = _levels(_words(text, result))
    if not levels:
        return False
    start = named[result.figure.id].start
    return any(
        not levels & _levels(_words(text, f)) and named[f.figure.id].start < start for f in flows
    )
