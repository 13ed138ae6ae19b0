"""Whose a flow is, where a possessive right before its noun names it ("Kazakhstan's exports",
"the region's imports", "Aktobe region's oil exports"): the possessors' words, which
:mod:`aktobe_facts.text.draftparts` and :mod:`aktobe_facts.text.drafttiles` compare so that one
country's or region's figure is never put within another's ("China's exports to Kazakhstan"
within "Kazakhstan's exports", "Exports to China" within "Aktobe region's exports").

A possessive of a period ("last year's", "2024's", "March's") names no owner, nor one of the
words that say a budget's or the article's own country ("the government's", "the country's").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from aktobe_facts.reading.cldrplaces import PLACES
from aktobe_facts.text.lazypatterns import lazy

FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an its their our his her this that these those of in for at on to by and with as "
        "while whereas but so also than against amid",
    )
)
"""Articles, pronouns, prepositions and conjunctions: words that end the noun phrase of a flow's
possessor, read backwards."""
_NOT_OWNER = lazy(
    r"^(?:\d{4}|year|years|month|months|quarter|quarters|half|period|week|weeks|day|today|"
    r"yesterday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|government|governments|country|nation|state|budget|treasury|ministry|economy)$",
    re.IGNORECASE,
)
"""Possessives that name a period or the article's own country or budget: no owner of their own."""


def whose(clause: str) -> frozenset[str]:
    """The possessors named by the words right before a flow's noun (``clause`` ends there)."""
    return frozenset(
        p for p in possessives(clause, FUNCTION_WORDS.__contains__) if not _NOT_OWNER.match(p)
    )


def possessives(clause: str, ends: Callable[[str], bool], plural: bool = True) -> Iterator[str]:
    """The possessives right before a noun (``clause`` ends there), nearest first, lower-cased
    without their "'s" ("Aktobe region's oil": "region", "aktobe"; with ``plural``, also the
    plural's "s'" without its mark), up to the first other word ``ends`` takes for the end of the
    noun phrase (it gets the word lower-cased)."""
    for word in reversed(_WORD.findall(clause)):
        low = word.lower().replace("’", "'")
        if plural and (low.endswith("'s") or low.endswith("s'")):
            yield low.removesuffix("'s").removesuffix("'")
        elif not plural and low.endswith("'s"):
            yield low.removesuffix("'s")
        elif ends(low):
            return


_WORD = re.compile(r"\w[\w'’-]*")


def within_owner(whole: frozenset[str], part: frozenset[str], partner: str | None) -> bool:
    """A part may lie within a whole only when the whole's possessive names no owner other than
    the part's own ("Kazakhstan's exports to China" within "Kazakhstan's exports", never "China's
    exports to Kazakhstan" within it), nor the part's partner ("exports to China" never within
    "China's exports"). A part that names no owner lies within a country's whole ("Kazakhstan's
    exports ... Oil exports"), never within a region's or a city's: an article on a region gives
    its country's figures beside it ("Aktobe region's exports ... Exports to China")."""
    if partner is not None and partner in whole:
        return False
    if part:
        return whole <= part
    return all(owner in _countries() for owner in whole)


def is_country(name: str) -> bool:
    """The words are a country's English name ("Kazakhstan", "United States"), in any case."""
    return name.lower() in _countries()


@cache
def _countries() -> frozenset[str]:
    """The lowercase English names of the countries (and territories) that use a currency."""
    return frozenset(name.lower() for places in PLACES.values() for name in places)


LOWER_LEVELS = frozenset(
    re.findall(
        r"\w+",
        "fund funds region regions city cities province provinces municipality municipalities "
        "district districts oblast oblasts",
    )
)
"""Nouns of a lower level of government or a fund: a budget of its own beside the country's."""
HOLDERS = LOWER_LEVELS | frozenset(
    re.findall(r"\w+", "company companies bank banks firm corporation agency")
)
"""Possessors that name a holder of its own (a fund, a region, a city, a company), never the
article's country, whose figures name no owner."""


def one_owner(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two figures of one flow, where each possessive may be left unsaid ("Kazakhstan's exports in
    March" is never a month of "Uzbekistan's exports in the first quarter")."""
    return not (a and b) or a == b
