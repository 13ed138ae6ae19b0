"""The place a trade flow's noun is named with, right before it ("EU imports", "Chinese
exports", "US imports to Germany"), for the rules that take a flow as the whole side of a balance.

The words leave two readings of such a flow: the place's own ("Chinese exports" in an article on
China) or the trade with it as a partner ("EU imports to Germany": Germany's imports from the EU).
So such a flow is never the whole side of another holder's balance ("Germany's exports ... EU
imports"), and never where the article states the same flow with no place before it ("imports
... calculated at X"): that one is the whole (:mod:`aktobe_facts.text.draftbalances`).

A place is a word of a country's name or of a currency's people
(:func:`~aktobe_facts.text.draftroles.place_words`: "Chinese", "Saudi", "Germany"), a people's
word of the shapes English gives them ("German", "Kenyan", "Spanish", "Dutch", "Omani"), or the
acronym of a country or a bloc (:data:`BLOCS`: "EU", "ASEAN", "GCC"); never a possessive
("Germany's" is a holder, :mod:`aktobe_facts.text.whose`), a valuation's capitals ("CIF imports",
"FOB exports") nor a period ("In January-August exports"). A sentence's first word counts only
as a place of the first kind or a bloc ("Total imports" and "Merchandise exports" are no people's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftroles import Role, place_words

_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+\Z")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]\s+|\n)\s*\Z")
_TRADE = frozenset(("exports", "imports", "turnover"))
_PEOPLE = re.compile(r"^[A-Z][a-z]{2,}(?:an|ese|ish|ch|i)$")
BLOCS = frozenset(
    re.findall(
        r"\w+",
        "EU ASEAN GCC CIS EAEU EEU EFTA OPEC BRICS MERCOSUR ECOWAS SADC COMESA EAC SACU OECD "
        "APEC NAFTA USMCA UK UAE US USA PRC",
    )
)
"""The acronyms of countries and trade blocs a flow's noun is named with ("EU imports", "GCC
exports")."""


def place_before(text: str, sentence_start: int, role: Role) -> str | None:
    """The place named right before a trade flow's noun, lower-cased, or None."""
    if role.name not in _TRADE:
        return None
    m = _WORD_BEFORE.search(text, max(sentence_start, role.start - 40), role.start)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    first = _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is not None
    if word in BLOCS or (word[:1].isupper() and low in place_words()):
        return low
    if not first and _PEOPLE.match(word):
        return low  # "German imports", "Kenyan exports"
    return None


def beside_total(article: Article, named: dict[str, Role]) -> set[str]:
    """The flows named with a place before their noun (:func:`place_before`: "EU imports to
    Germany amounted to X") where the article states the same flow with no place, part or plan of
    its own, in the same unit and a period that fits ("imports went down by 12.2% ..., calculated
    at Y"), by ids: the place's own flow or a partner's, never the whole side the unqualified one
    is (the twentieth session's fresh texts: a surplus drafted as exports less the EU's imports,
    a false error)."""
    placed = {p.figure.id: p for p in article.figures}

    def unit(figure: str) -> object:
        stated = placed[figure].figure.phrase.stated
        return None if stated.unit is None else stated.unit.key

    places = {
        figure: place_before(article.text, placed[figure].sentence[0], role)
        for figure, role in named.items()
        if figure in placed
    }
    wholes = [
        (figure, role)
        for figure, role in named.items()
        if figure in places and places[figure] is None and role.part is None and not role.earlier
    ]
    return {
        figure
        for figure, role in named.items()
        if places.get(figure) is not None
        and any(
            other.name == role.name
            and other.plan == role.plan
            and other.time.fits(role.time)
            and unit(whole) == unit(figure)
            for whole, other in wholes
        )
    }


def other_place(text: str, members: Sequence[Placed], named: dict[str, Role]) -> bool:
    """A flow of the figures (a balance's, a coverage's) is named with a place ("EU imports") that
    is no holder another figure's possessive names ("Germany's exports"), nor the place another
    flow is named with: the flow is another holder's, or the trade with a partner; either way
    never of one relation with them."""
    places = {
        p.figure.id: place
        for p in members
        if (place := place_before(text, p.sentence[0], named[p.figure.id])) is not None
    }
    if len(set(places.values())) > 1:
        return True
    for figure, place in places.items():
        for p in members:
            holders = named[p.figure.id].whose
            if p.figure.id != figure and holders and not same_place(place, holders):
                return True
    return False


def same_place(place: str, holders: frozenset[str]) -> bool:
    """The place names one of the holders: the word itself or its people's ("German" and
    "Germany", "Chinese" and "China": one stem of four letters)."""
    return any(place == h or (len(place) > 3 and place[:4] == h[:4]) for h in holders)
