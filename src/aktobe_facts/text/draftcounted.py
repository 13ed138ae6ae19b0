"""A total whose words count its members and the list of exactly that many after it, for a draft
(``kind = "sum"``, exhaustive): "Trade with its four neighbours totalled $41.2 million in 2030:
$15.3 million with Utopia, $10.1 million with Arcadia, $9.0 million with Erewhon and $6.8
million with Oceania."

The count ("its four neighbours", "the three main ports", "5 partners") stands in the total's own
clause before its figure, on a noun that is no time or unit ("the first four months" counts no
members); the list opens right after the total (a colon, "of which", "made up of", "comprising",
"consisting of"; never "including", which names some) and holds exactly that many levels of the
total's measure in its sentence, each smaller, none of another period. Fewer or more such levels
leave the list's reach uncertain (a total after them, a member left out): nothing is drafted, and
the suggestions may still offer the parts (:mod:`aktobe_facts.text.suggestlisted`). The guards of
the lists in the next sentence refuse a plan, a rate, changes, a wider ranking, another period
or flow (:mod:`aktobe_facts.text.suggestlistguard`): the whole may be one owner's, the members
being its partners the count names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.numwords import CARDINAL_WORDS
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH
from aktobe_facts.text.suggestfigures import Known, comparable, joined, known, planned
from aktobe_facts.text.suggestlistguard import refusal

_NUMBERS = {w: n for n, w in enumerate(CARDINAL_WORDS[2:13], start=2)}
"""The number words a count of members is written in, by value ("four": 4)."""
_COUNT = re.compile(
    r"\b(?P<by>with|to|from)\s+(?:(?:its|their|the|these|those|all)\s+)?(?P<n>"
    + "|".join(_NUMBERS)
    + r"|[2-9]|1[0-9])\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+s)\b"
)
"""A count of the total's members in its clause, right after the total's partner preposition:
"with its four neighbours", "to the three main partners"; never "its three airlines", "the two
ministers said", whose members are no partners the list names."""
_NOT_MEMBERS = lazy(
    rf"^(?:{MONTH}|years|months|quarters|weeks|days|decades|hours|times|percent|points|"
    r"millions|billions|thousands|tonnes|tons|barrels|units|dollars|euros)$",
    re.IGNORECASE,
)
"""Nouns a count of which names no members: a time, a unit or a scale."""
_OPENER = re.compile(
    r"(?:\s+(?:in|for|during|over|as\s+of)\s+[^:;.()]{1,30}?)?\s*(?:\([^()]*\)\s*)?"
    r"(?::|,?\s*(?:of\s+which|made\s+up\s+of|comprising|consisting\s+of)\b)",
    re.IGNORECASE,
)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    if not any(_count(text[slice(*p.sentence)].lower()) for p in article.figures):
        return [], []
    figures = known(article, {p.figure.id: p.figure.period for p in article.figures})
    by_id = {k.id: k for k in figures}
    taken = {r.fields.get("total") for r in drafted if r.kind == "sum"}  # broken down already
    summed = frozenset(
        i
        for r in drafted
        if r.kind == "sum"
        for i in [r.fields.get("total"), *_listed(r.fields.get("parts"))]
        if isinstance(i, str)
    )
    rankings = [_ranked(r, by_id) for r in drafted if r.kind == "order"]
    found: list[DraftRelation] = []
    for i, whole in enumerate(figures):
        count = _count(whole.before)
        if count is None or whole.id in taken or not whole.level or planned(whole):
            continue
        number = whole.placed.sentence_index
        ranked = _OPENER.match(text, whole.placed.figure.phrase.outer_end) is None
        if not ranked:
            after = [k for k in figures[i + 1 :] if k.placed.sentence_index == number]
        else:  # "... with its four neighbours reached X. A was the biggest, followed by B, ..."
            after = next(
                (
                    members
                    for members in rankings
                    if members
                    and members[0].placed.sentence_index == number + 1
                    and members[0].placed.paragraph == whole.placed.paragraph
                ),
                [],
            )
            sentence = [k for k in figures if k.placed.sentence_index == number + 1]
            if {k.id for k in sentence if comparable(k, whole)} != {k.id for k in after}:
                continue  # another level of the measure in the ranking's sentence
        made = _counted(article, whole, after, count, summed, ranked)
        if made is not None:
            found.append(made)
    return found, []


def _listed(parts: object) -> list[object]:
    return parts if isinstance(parts, list) else [parts]


def _ranked(relation: DraftRelation, by_id: dict[str, Known]) -> list[Known]:
    """The members of a ranking a drafted order gives, biggest first ("A was the biggest,
    followed by B and C": A >= B, C), or none for an order of another shape."""
    left, right = relation.fields.get("left"), relation.fields.get("right")
    if relation.fields.get("op") != ">=" or not isinstance(left, str):
        return []
    ids = [left, *(right if isinstance(right, list) else [right])]
    return [by_id[i] for i in ids if isinstance(i, str) and i in by_id]


def _counted(
    article: Article,
    whole: Known,
    after: list[Known],
    count: tuple[int, str],
    summed: frozenset[str],
    ranked: bool,
) -> DraftRelation | None:
    parts = [k for k in after if comparable(k, whole)]
    value = whole.placed.figure.phrase.stated.value
    if any(k.id in summed for k in (whole, *parts)):
        return None  # a listed figure already a part or total of a drafted sum: a sub-part
    if not _named(article.text, parts, count[1], ranked):
        return None
    if len(parts) != count[0] or any(
        p.placed.figure.phrase.stated.value >= value or p.period not in (whole.period, None)
        for p in parts
    ):
        return None
    if refusal(article, whole, parts, skip=frozenset({"owners"})) is not None:
        return None
    fields: dict[str, str | list[str] | bool] = {
        "total": whole.id,
        "parts": [p.id for p in parts],
        "exhaustive": True,
    }
    return DraftRelation("", "sum", fields, joined(article, whole, *parts))


def _count(clause: str) -> tuple[int, str] | None:
    """The one count of members the clause names and its preposition, or None."""
    counts = [m for m in _COUNT.finditer(clause) if not _NOT_MEMBERS.match(m.group("noun"))]
    if len(counts) != 1:
        return None
    n = counts[0].group("n")
    return (_NUMBERS[n] if n in _NUMBERS else int(n)), counts[0].group("by").lower()


_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*")


def _named(text: str, parts: list[Known], by: str, ranked: bool) -> bool:
    """Each member is named as a partner: in a list, by the total's preposition and a capitalised
    name right after its figure ("$15.3 million with Utopia"; never "a deficit of $10.1 million",
    "$20.3 million at Alpha"); in a ranking, by a capitalised name between it and the member
    before ("followed by Arcadia at"; never "followed by coal at")."""
    after = re.compile(rf"\s+{by}\s+{_NAME}\b")
    for i, part in enumerate(parts):
        phrase = part.placed.figure.phrase
        if not ranked:
            if after.match(text, phrase.outer_end) is None:
                return False
            continue
        start = parts[i - 1].placed.figure.phrase.outer_end if i else part.placed.sentence[0]
        words = text[start : phrase.start]
        if i == 0:
            if _CAPITAL.match(words.lstrip()) is None:
                return False
        elif _CAPITAL.search(words) is None:
            return False
    return True
