"""The trading partners the words around a flow's figure are about, though its own noun names none:
a paragraph that opens a sentence on a partner ("With Ruritania, the surplus widened to A. Exports
rose to B and imports to C": C is the trade with Ruritania), or a flow of its own sentence before it
named with a partner ("Exports to Ruritania rose to B and imports to C", "Ruritania-bound exports
rose to B and imports to C"). Such a figure is no whole of another partner's flow, nor of a product
sold to all partners (:mod:`aktobe_facts.text.draftparts`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache

from aktobe_facts.text.draftarticle import Placed, paragraph_starts
from aktobe_facts.text.draftroles import Role, partner_lead
from aktobe_facts.text.sentences import sentences

_BOUND = re.compile(r"\b([A-Z][\w.’']*?)\.?-bound\b")
"""A partner before "-bound": "U.S.-bound exports", "China-bound shipments"."""


def topic_partners(text: str, placed: Placed, named: Mapping[str, Role]) -> frozenset[str]:
    """The partners (in the words :class:`Role` names them by: the last word, lower case) the words
    before ``placed`` in its paragraph say its trade is with, where its own words name none."""
    breaks = paragraph_starts(text)
    number = bisect_right(breaks, placed.sentence[0])
    start = breaks[number - 1] if number > 0 else 0
    found = {p for at, p in _openers(text) if start <= at <= placed.sentence[0]}
    before = text[placed.sentence[0] : placed.figure.phrase.start]
    found.update(m.group(1).lower() for m in _BOUND.finditer(before))
    found.update(
        role.partner
        for role in named.values()
        if role.partner is not None
        and placed.sentence[0] <= role.start < placed.figure.phrase.start
    )
    return frozenset(found)


@lru_cache(maxsize=1)
def _openers(text: str) -> tuple[tuple[int, str], ...]:
    """Where each sentence that opens on a partner starts, and the partner."""
    found = ((a, partner_lead(text, a)) for a, _ in sentences(text))
    return tuple((a, p) for a, p in found if p is not None)
