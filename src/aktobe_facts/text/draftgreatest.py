"""The member a superlative of a rise names, against the other members its sentence names, for a
draft (``kind = "order"``): "Among the markets of stay-over visitors, Canada showed the greatest
increase, 16.9 percent, while arrivals from the United States went up by 11.4 percent" (16.9
percent >= 11.4 percent); "February again had the highest increase in tourist arrivals, 24% on
last year, while January and March showed increases of 14% and 19% respectively" (24% >= 14%,
19%).

The ranked member opens its clause by its name (a proper name, a month) and a verb of having
("had", "showed", "saw", "recorded", "posted"), then "the highest", "greatest", "largest",
"biggest", "strongest", "fastest" or "sharpest" and a noun of rise ("increase", "rise", "growth",
"gain", "jump"), then the percent. After "while" or "whereas" come the other members: one proper
name (after "arrivals", "visitors" ... "from") with a verb of rise and its percent, or names joined
by "and" that "showed increases of" as many percents "respectively". Each is a rise of the same
set the superlative ranks, so none is above it.

Guards, each by its reason: a superlative over time ("the highest increase since 2015", "in 16
months", "on record", "ever") ranks the member against its own past, not against the others;
a member that is a month ranks months only, and a named member no month ("while March rose 9%"
after "Canada had the greatest increase" is another period); a member's words naming a period of
their own ("rose 9% in 2030") or another measure ("exports to Peru rose 9%") end the list; only
rises are read (a fall's percent may be drafted with no sign, and the order would then compare a
size with a signed change); the figures are percents an order may compare
(:func:`aktobe_facts.text.draftorder.comparable`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import comparable, order
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_end

_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
_TOP = lazy(
    rf"(?:^|[,;:]\s*|\bwhile\s+|\bwhereas\s+)(?:the\s+)?(?P<name>{_NAME})\s+(?:again\s+|also\s+)?"
    r"(?:had|has|showed|shows|saw|sees|recorded|records|posted|posts|registered|registers)\s+"
    r"the\s+(?:highest|greatest|largest|biggest|strongest|fastest|sharpest)\s+"
    r"(?:(?:percentage|annual|yearly|year-on-year|monthly)\s+)?(?:increase|rise|growth|gain|jump)"
    r"(?P<tail>[^,;:.\d%()]{0,60}?)(?:\s*+,\s*|\s++(?:of|at|with)\s+)$",
    re.IGNORECASE,
)
"""The words before the ranked percent, from its clause's start: "Canada showed the greatest
increase, ", "February again had the highest increase in tourist arrivals, "."""
_OVER_TIME = re.compile(
    r"\b(?:since|record|ever|years?|months?|quarters?|decades?|weeks?|history|time)\b",
    re.IGNORECASE,
)
"""Words that rank the member over time ("the highest increase since 2015", "in 16 months")."""
_BASE = lazy(
    r"\s*+(?:(?:(?:on|over|from)\s+(?:the\s+)?(?:last|previous|a)\s+year|year-on-year|"
    r"y-o-y|yoy)\s*+)?(?:,\s*+)?(?:while|whereas)\s+",
    re.IGNORECASE,
)
"""From the ranked percent to its other members: " on last year, while "."""
_VISITORS = r"(?:(?P<counted>arrivals|visitors|tourists|travell?ers|guests|passengers)\s+from\s+)"
_ONE = lazy(
    rf"^{_VISITORS}?(?:the\s+)?(?P<name>{_NAME})\s+(?P<verb>(?:went\s+up|rose|grew|increased|"
    r"climbed|(?:was|were)\s+up|gained|jumped)\s+(?:by\s+)?)?$",
    re.IGNORECASE,
)
"""One other member and its rise: "arrivals from the United States went up by " (the verb may
be the figure's own words, "went up by 11.4 percent")."""
_SEVERAL = lazy(
    rf"^(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?:showed|had|saw|recorded|"
    r"posted|registered)\s+(?:increases|rises|gains|growth(?:\s+rates)?)\s+of\s+$",
    re.IGNORECASE,
)
"""Several other members before their rises, given "respectively": "January and March showed
increases of "."""
_JOIN = re.compile(r"^\s*+(?:,\s*+(?:and\s+)?|and\s+)$", re.IGNORECASE)
"""The words between two listed members' percents: ", ", " and ", ", and ". Each run of white
space is read once (two runs side by side split a long run every way before failing)."""
_RESPECTIVELY = re.compile(r"\s*+(?:,\s*+)?respectively\b", re.IGNORECASE)
_MONTH = re.compile(rf"^{MONTH_NAMES}$", re.IGNORECASE)
_OWN_TIME = lazy(
    rf"\b(?:{MONTH_NAMES}|(?:19|20)\d\d|last|previous|next|earlier|ago|year|years|quarter|half|"
    r"month|months|week|since)\b",
    re.IGNORECASE,
)
"""A member's own words of time after its percent: another period's rise."""
_TAIL = lazy(
    r"\s*+(?:(?:year-on-year|y-o-y|yoy|on\s+(?:the\s+)?(?:last|previous|a)\s+year|from\s+a\s+year"
    r"\s+(?:earlier|ago))\s*+)?(?:[.;]\s*+)?",
    re.IGNORECASE,
)
"""All a member's words may hold after its percent to its clause's end: its base ("year-on-year",
"on last year"); anything else may name another measure ("rose 21 percent in hotel nights")."""
_AMONG = re.compile(r"\bamong\b|\bof\s+the\b|\bfor\s+(?!the\s+(?:year|month|quarter))", re.I)
"""A set the superlative ranks within ("Among European markets, ...", "the greatest increase among
long-haul markets"): the member after "while" may be outside it, its rise the larger."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    """The orders of each ranked rise against the other members of its sentence."""
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        for k, top in enumerate(figures):
            start = top.sentence[0]
            words = _TOP.search(text[start : top.figure.phrase.start])
            if words is None or _OVER_TIME.search(words.group("tail")):
                continue
            if _AMONG.search(text, start, start + words.start("name")) or _AMONG.search(
                words.group("tail")
            ):
                continue  # ranked within a set the others may be outside of
            if not _rise(top, text, ranked=True):
                continue
            others = _others(
                text, top, figures[k + 1 :], _is_month(words.group("name")), words.group("tail")
            )
            if others:
                last = others[-1].figure.phrase.outer_end
                found.append(order(top, ">=", others, text[start + words.start("name") : last]))
    return found, []


def _others(text: str, top: Placed, rest: list[Placed], months: bool, measure: str) -> list[Placed]:
    """The other members' rises after "while": [] when their words are none of the forms, or
    name members of another kind (months after a place, places after a month), or a member
    counted by a noun the superlative's own measure does not name ("the greatest increase in
    spending, ..., while arrivals from X went up": X's arrivals, not its spending)."""
    lead = _BASE.match(text, top.figure.phrase.outer_end)
    if lead is None or not rest:
        return []
    gap = text[lead.end() : rest[0].figure.phrase.start]
    one = _ONE.match(gap)
    if one is not None:
        names = [one.group("name")]
        listed = rest[:1]
        if one.group("verb") is None and listed[0].figure.phrase.stated.direction != "up":
            return []
        counted = one.group("counted")
        if counted and measure.strip() and counted.lower().rstrip("s") not in measure.lower():
            return []
    else:
        several = _SEVERAL.match(gap)
        if several is None:
            return []
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", several.group("names"))
        listed = rest[: len(names)]
        if len(listed) != len(names):
            return []
        for a, b in pairwise(listed):
            if not _JOIN.match(text[a.figure.phrase.outer_end : b.figure.phrase.start]):
                return []
        if not _RESPECTIVELY.match(text, listed[-1].figure.phrase.outer_end):
            return []
    if any(_is_month(n) != months for n in names):
        return []
    end = listed[-1].figure.phrase.outer_end
    said = _RESPECTIVELY.match(text, end)
    tail = text[said.end() if said else end : clause_end(text, end, top.sentence[1])]
    if _OWN_TIME.search(tail) or not _TAIL.fullmatch(tail):
        return []  # "went up by 11.4 percent in 2030", "rose 21 percent in hotel nights"
    if not all(_rise(p, text) and comparable(top, p) for p in listed):
        return []
    return listed


def _is_month(name: str) -> bool:
    return _MONTH.match(name.removeprefix("the ").strip()) is not None


def _rise(placed: Placed, text: str, ranked: bool = False) -> bool:
    """A percent of a rise: plain or "up", no range, bound or sign, never a fall's; the ranked
    one a bare percent (its noun of rise says what it is)."""
    figure = placed.figure
    stated = figure.phrase.stated
    if not is_percent(figure) or stated.negative or stated.is_range or stated.qualifier:
        return False
    if stated.direction not in (None, "up") or figure.kind not in (None, "growth"):
        return False
    return not ranked or stated.direction is None
