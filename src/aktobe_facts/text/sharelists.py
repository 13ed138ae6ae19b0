"""Shares listed without parentheses, for a draft (:mod:`aktobe_facts.text.draft`): "Minerals made
up 65.1 percent of the total export; stones 28.5 percent; and textiles 3.8 percent", "China took
68 percent of the total, Switzerland 25 percent and Singapore 2 percent", "62.5 percent of
industrial output came from mining, 31.2 percent from manufacturing and 5.5 percent from
utilities" (the parts named after their percents, each after the same particle).

The first percent is a share of a total its words name right after it ("of the total", "of
exports"; not "of GDP", a ratio's base whose parts need not add up); each next one follows a separator (a semicolon, a comma, "and") and a few words that
name the part, with no verb, number or "of" between: the verb of the first is understood
("Switzerland [took] 25 percent"). Two or more such percents are one list of shares of one whole,
drafted as a ``[[group]]`` (their sum may not pass 100 percent); anything else ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.sentences import Span

_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:(?:total|overall|whole|combined)\b|"
    r"(?:(?!(?:and|or|of|gdp|gnp|the)\b)[a-z][\w'’-]*\s+){0,2}(?:exports?|imports?|trade|"
    r"turnover|revenues?|spending|expenditures?|output|"
    r"production|sales|investment|shipments|deliveries|supplies)\b)",
    re.IGNORECASE,
)
"""After the first percent: the total it is a share of ("of the total", "of total exports", "of
industrial output", a word or two before the whole's noun); "of GDP" is a ratio's base, not a
total its parts divide."""
_PARTICLE = r"(?:from|in|to|by|on|at|for)"
_NAMED_AFTER = lazy(
    r"(?:\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)?"
    r"\s+(?:(?:came|come|comes|went|go|goes|was|were|is|are)\s+)?(?P<particle>"
    + _PARTICLE
    + r")\s+(?P<name>[A-Za-z][\w'’-]*(?:,?\s+[A-Za-z][\w'’-]*){0,8}?)"
    r"(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
"""Between two percents of a list whose parts are named after them: "62.5 percent of industrial
output came from mining, 31.2 percent from manufacturing and 5.5 percent from utilities" (the
first gap: the whole, a verb, a particle and the first part's name)."""
_OWN_WHOLE = re.compile(r"\s+of\s", re.IGNORECASE)
"""After a later percent: a whole of its own ("spending 7 percent of GDP"): not one list."""
_NEXT = lazy(
    r"(?:\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))?"
    r"\s*(?:;|,)?\s*(?:and\s+)?\b(?P<name>[A-Za-z][\w'’-]*(?:,?\s+[A-Za-z][\w'’-]*){0,12})\s+$",
    re.IGNORECASE,
)
"""Between two percents of the list: the first's whole (for the first only), a separator and the
words that name the next part, whole words (never the end of the whole's last word: "against" is
no name "t")."""
_VERB = lazy(
    r"\b(?:was|were|is|are|has|have|had|will|took|takes|made|makes|rose|fell|grew|went|came|"
    r"reached|accounted|amounted|totall?ed|exported|imported|increased|decreased|declined|from|"
    r"than|compared|against|versus|vs|by|of|while|whereas|but|up|down|more|less|higher|lower|"
    r"below|above|under|over|behind|ahead|beyond)\b",
    re.IGNORECASE,
)
"""Words that make the words before a percent a clause of its own, not the name of a part; a word
that compares ("74.4 percent of monthly output against 51.3 percent a year ago", "50.4% of
receipts, below the 62.1% share in August") makes the next percent the same share at another
time."""

_NO_NAME = re.compile(r"(?:and|or|but|plus|yet|while|whereas)", re.IGNORECASE)
"""The words before a next percent are the separator alone ("X took 60 percent of the total
turnover, and 47 percent in NAFTA"): nothing names a part of the first's whole; the percent's own
words after it name its place or time, a share of another whole (the other bloc's turnover), as
the comparing words below make it the same share at another time."""

_COMPARES = re.compile(r"\b(?:compared|against|versus|vs|than)\b", re.IGNORECASE)
"""Anywhere between two percents, the first's whole's words too ("Data accounted for 61 per cent
of mobile service revenue compared with 46 per cent in Q3 2018"): the next percent is the same
share at another time, no other part of the list."""


def listed_shares(text: str, sentence: Span, phrases: Sequence[Phrase]) -> list[Phrase]:
    """The percents of the sentence that make one list of shares, or none."""
    place = {id(p): k for k, p in enumerate(phrases)}
    percents = [p for p in phrases if _is_share_percent(p)]
    for i, first in enumerate(percents):
        if not _OF_WHOLE.match(text, first.outer_end, sentence[1]):
            continue
        listed = _named_after(text, sentence, first, percents[i + 1 :], place)
        if len(listed) >= 2:
            return listed
        listed = [first]
        for following in percents[i + 1 :]:
            if place[id(following)] != place[id(listed[-1])] + 1:
                break  # another figure stands between: not one list
            if _OWN_WHOLE.match(text, following.outer_end, sentence[1]):
                return []
            gap = text[listed[-1].outer_end : following.start]
            m = _NEXT.fullmatch(gap)
            name = m.group("name") if m is not None else None
            if name is None or _VERB.search(name) or (len(listed) > 1 and " of " in gap):
                break
            if _NO_NAME.fullmatch(name):
                break  # "60 percent of the total turnover, and 47 percent in NAFTA": another whole
            if _COMPARES.search(gap):
                break  # "61 per cent of revenue compared with 46 per cent": the whole's words
            listed.append(following)
        if len(listed) >= 2:
            return listed
    return []


def _named_after(
    text: str, sentence: Span, first: Phrase, rest: Sequence[Phrase], place: dict[int, int]
) -> list[Phrase]:
    """A list whose parts are named after their percents with one particle ("P1 of W came from
    A, P2 from B and P3 from C"): every gap a particle and a name, the first's particle repeated,
    and the last percent followed by it too; else none."""
    listed = [first]
    particle = None
    for following in rest:
        if place[id(following)] != place[id(listed[-1])] + 1:
            break
        gap = text[listed[-1].outer_end : following.start]
        m = _NAMED_AFTER.fullmatch(gap)
        if m is None or _VERB.search(m.group("name")):
            break
        if len(listed) > 1 and (" of " in gap or m.group("particle").lower() != particle):
            break
        if len(listed) > 1 and _VERB.search(gap.split(m.group("particle"), 1)[0]):
            break  # "..., 31.2 percent came from B": each with a verb of its own
        particle = m.group("particle").lower()
        listed.append(following)
    if len(listed) < 2 or particle is None:
        return []
    last = re.compile(rf"\s+{particle}\s+[A-Za-z]", re.IGNORECASE)
    return listed if last.match(text, listed[-1].outer_end, sentence[1]) else []


def _is_share_percent(phrase: Phrase) -> bool:
    stated = phrase.stated
    unit = stated.unit
    return (
        unit is not None
        and unit.kind == "percent"
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and not phrase.parenthesised
    )
