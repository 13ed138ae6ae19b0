"""A move told as faster or slower than the move before it in its sentence, for a draft (``kind =
"order"``): "Imports declined by 3.77% to 8.575 million tonnes, and exports fell more steeply, by
19.72%": exports' fall is the larger, -19.72 percent below -3.77 percent; "Sales rose 4 percent,
and rentals grew faster, by 9 percent": 9 percent above 4.

The sentence holds two growths, each in a clause of its own with a verb of rise or fall; the
second's verb is followed by the words of comparison ("faster", "more steeply", "more sharply",
"more slowly", "less sharply") and, after a comma or none, "by" and its percent. Both growths
move one way, each signed as its words say: a faster rise is the higher percent, a faster fall the
lower. Never where "than" names what is compared, before the percent or after it ("grew faster
than imports, by 2 points": the gap between the two, not the growth; "rose faster, by 9 percent,
than wages in the provinces": another move than the first), where the two move two ways ("fell faster" after a rise:
the words do not say of which figure), nor with a third growth in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import order
from aktobe_facts.text.roletime import Time, read_time

_FASTER = re.compile(
    r"(?<!\s)\s+(?:(?:even|still|much|far)\s+)?(?:(?P<more>faster|more\s+(?:steeply|sharply|quickly|rapidly|strongly|briskly))"
    r"|(?P<less>slower|more\s+(?:slowly|modestly|gently)|less\s+(?:steeply|sharply|quickly|"
    r"rapidly|strongly)))\s*(?:,\s*)?by\s*$",
    re.IGNORECASE,
)
"""After the second move's verb, before its percent: "fell more steeply, by", "grew faster by", "rose
even faster, by" (an adverb of degree before the comparison: "even", "still", "much", "far")."""
_VERB = re.compile(
    r"\b(?:(?P<up>rose|grew|increased|climbed|jumped|surged|expanded|advanced|gained|went\s+up)|"
    r"(?P<down>fell|declined|decreased|dropped|slid|shrank|contracted|slumped|plunged|tumbled|"
    r"went\s+down))$",
    re.IGNORECASE,
)
"""The second move's verb, right before the words of comparison."""
_THAN_AFTER = re.compile(r"\bthan\b", re.IGNORECASE)
"""After the second percent, in its sentence: "than" names what the move is compared with ("rents
rose faster, by 9 percent, than wages in the provinces"), which need not be the first move."""
_SECOND_CLAUSE = re.compile(r"(?:,\s*|;\s*|\s)(?:and|while|whereas|but)\s", re.IGNORECASE)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        found += _respectively(text, figures)
        growths = [p for p in figures if is_percent(p.figure)]
        if len(growths) != 2 or any(p.figure.kind != "growth" for p in growths):
            continue  # a third percent, or one of no growth: which two are compared?
        first, second = growths
        made = _compared(text, first, second)
        if made is not None:
            quote = text[first.figure.phrase.start : second.figure.phrase.outer_end]
            found.append(order(second, made, [first], quote))
    return found, []


def _compared(text: str, first: Placed, second: Placed) -> str | None:
    """The order of the second growth to the first, where the words compare the two moves."""
    head = text[first.figure.phrase.outer_end : second.figure.phrase.start]
    words = _FASTER.search(head)
    if words is None or "than" in head.lower().split():
        return None
    if _THAN_AFTER.search(text, second.figure.phrase.outer_end, second.sentence[1]):
        return None  # "rose faster, by 9 percent, than wages": the other move is named after it
    verb = head[: words.start()].rstrip()
    clause = _SECOND_CLAUSE.search(head[: words.start()])
    if _VERB.search(verb) is None or clause is None:
        return None  # no verb of its own right before the comparison, or no second clause
    own_time, own_basis = _terms(head[: clause.start()])
    time, basis = _terms(text[second.figure.phrase.outer_end : second.sentence[1]])
    if (time.named and time != own_time) or not basis <= own_basis:
        return None  # "fell 23.77% in value, and exports more steeply, by 19.72% in volume"
    if first.figure.phrase.stated.terms != second.figure.phrase.stated.terms:
        return None  # "rose 14 percent in real terms, and rents faster, by 9 percent nominal"
    rise = _VERB.search(verb)
    said = None if rise is None else rise.group("up") is not None
    a, b = _way(first), _way(second)
    b = said if b is None else b
    if a is None or a != b:
        return None  # two ways, or a way unsaid: the words do not say which figure is larger
    faster = words.group("more") is not None
    return ">" if faster == a else "<"


_TERMS = re.compile(
    r"^(?:\s+to\s+[^,;\d]{0,4}\d(?:[\d.,]*\d)?(?:\s+(?!(?:in|on|at|for|during|over|from|since|"
    r"a|an|per|year|month|quarter)\b)[A-Za-z]+){0,2})?\s*(?P<words>[^,;]*?)\s*(?:[,;]\s*(?P<after>"
    r"(?:in|on|at|for|during|over|from|since|compared|against|versus|year|month|quarter|"
    r"a|an|per|respectively)\b[^,;]*?))?\s*(?:[,;.]|$)",
    re.IGNORECASE,
)
"""After a move's percent: a level it reached ("to 8.575 million tonnes": its figure and at most two
words, so that "to 3.1 million tonnes in volume" keeps "in volume"; review25) and the words that
qualify the move to its clause's end, or after a comma when they open with a word of place, time,
basis or rate (", in the south")."""
_BASIS = re.compile(
    r"\b(?:(?:year|month|quarter|week)[\s-]+on[\s-]+(?:year|month|quarter|week)|"
    r"on\s+(?:the|a)\s+(?:year|month|quarter|week)|[ymq]/[ymq]|annuali[sz]ed|annual|"
    r"in\s+[a-z]+\s+terms|in\s+(?:value|volume|real|nominal)|(?:a|per)\s+(?:year|month|quarter|week)|"
    r"(?:seasonally\s+)?adjusted)\b",
    re.IGNORECASE,
)
"""Words of a move's basis: what it is measured on ("on the month", "year on year", "in volume",
"annualised", "a year", "in dollar terms")."""


def _terms(words: str) -> tuple[Time, frozenset[str]]:
    """The period and the words of basis that qualify a move after its percent ("in the first
    quarter", "on the month", "in volume"), past a level it reached; never a place ("in the
    provinces": the move's subject, which two compared moves differ in anyway)."""
    m = _TERMS.match(words)
    said = words if m is None else " ".join(filter(None, (m["words"], m["after"])))
    basis = frozenset(" ".join(b.lower().split()) for b in _BASIS.findall(said))
    time = read_time(said)
    if not time.named and _THE_YEAR.search(said):
        return Time(months=(1, 12)), basis  # "by 19.72% in the year": the whole year's move
    return time, basis


_THE_YEAR = re.compile(
    r"\b(?:in|over|for|during|across|through(?:out)?)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b",
    re.IGNORECASE,
)
"""Words of a whole year with no number ("in the year", "over the whole year"), which
:func:`~aktobe_facts.text.roletime.read_time` leaves unread: a move told over the year is no move
of the first half before it (change25's note)."""


def _way(placed: Placed) -> bool | None:
    """True for a rise, False for a fall, None where the growth's words say no way."""
    stated = placed.figure.phrase.stated
    if stated.negative or stated.direction == "down":
        return False
    return True if stated.direction == "up" else None


_THAN_RESPECTIVELY = re.compile(
    r"\b(?:grew|rose|increased|climbed|expanded|went\s+up)\s+(?:(?P<more>faster|more\s+(?:quickly|"
    r"rapidly|strongly|sharply|steeply))|(?P<less>slower|more\s+slowly|less\s+(?:quickly|rapidly|"
    r"strongly|sharply|steeply)))\s+than\b[^\d%;:]{0,80}?,\s*$",
    re.IGNORECASE,
)
"""Before the first of two percents: "imports grew faster than non-oil exports year-on-year, "."""
_AND = re.compile(r"\s*(?:,\s*)?and\s*$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _respectively(text: str, figures: list[Placed]) -> list[DraftRelation]:
    """ "Because imports grew faster than non-oil exports year-on-year, 20 percent and 16.6 percent
    respectively": the first percent (the faster rise) above the second (twenty-fourth session,
    orders24). Rises only, each percent plain (no sign, bound or range: a fall's percent may be
    its size), the two joined by "and" and closed by "respectively"."""
    found: list[DraftRelation] = []
    for p, q in pairwise(figures):
        start = figures[p.index - 1].figure.phrase.outer_end if p.index else p.sentence[0]
        words = _THAN_RESPECTIVELY.search(text, start, p.figure.phrase.start)
        if words is None or not all(_plain_percent(f) for f in (p, q)):
            continue
        if not _AND.fullmatch(text, p.figure.phrase.outer_end, q.figure.phrase.start):
            continue
        if not _RESPECTIVELY.match(text, q.figure.phrase.outer_end):
            continue
        op = ">" if words.group("more") else "<"
        quote = text[words.start() : q.figure.phrase.outer_end]
        found.append(order(p, op, [q], quote))
    return found


def _plain_percent(placed: Placed) -> bool:
    stated = placed.figure.phrase.stated
    return (
        is_percent(placed.figure)
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.qualifier is None
        and placed.figure.kind in (None, "growth")
    )
