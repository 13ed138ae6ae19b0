"""A figure told the highest (or lowest) since a year, and that year's figure after "when", for a
draft (``kind = "order"``, twenty-fifth session):

- "X in 2023, the highest since 2015, when they came to Y", "X tourists were the most to visit
  the island since 1999, when Y tourists came": Y >= X, drafted X <= Y;
- "X, the lowest since 2015, when it stood at Y", "the fewest since": X >= Y.

The words make certain only that the year's figure was at least as high (as low): a tie is no
contradiction of "the highest since", so the order is never strict. X is the superlative's figure:
right before it after a comma ("X in 2023, the highest ...") or the subject of "was" or "were"
("X tourists were the most ..."), with nothing but its period or noun between; "the" (or "its",
"their") right before the superlative, never an ordinal ("the second highest since 2015": a
later year was higher) nor "among the highest" or "not the highest". Y is told by the pronoun
of the same subject ("when they came to Y", "when it stood at Y") or as the clause's own subject
("when Y tourists came"); another subject ("when imports came to Y") or a change ("when it rose
by Y") is no figure of the year the superlative names. The two are levels of one unit, counts
of one thing or percents of one kind, of one period and measure as far as the words after Y tell
(:func:`aktobe_facts.text.comparedterms.same_terms`: "X in March, the highest since 2015, when
they came to Y for the whole year" orders nothing). A level told of a part of a year against
a bare year since ("X in March, the lowest since 2019, when they totalled Y") orders nothing
either: Y may be the whole year's sum (review26); a percent is a rate of any span, and "since
March 2019" names Y's part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.comparedterms import same_terms
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftexceed import ends_list
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import comparable, order
from aktobe_facts.text.roletime import MONTH, period_to_clause_end

_HIGH = r"highest|most|largest|biggest|greatest|strongest|fastest|best"
_LOW = r"lowest|least|fewest|smallest|weakest|slowest|worst"
_SINCE = re.compile(
    rf"^(?P<own>(?:\s(?:in|for|during|over|of|on|at)(?:\s(?:[a-z-]+|\d{{4}})){{1,5}}?)?)"
    rf"(?:,\s|\s(?:was|were|is|are)\s)(?:the|its|their)\s(?:(?P<high>{_HIGH})|(?P<low>{_LOW}))"
    rf"(?P<noun>(?:\s[a-z][a-z-]*){{0,6}}?)\ssince\s(?P<since>(?:(?:{MONTH})\s)?(?:19|20)\d{{2}}),\swhen"
    r"(?P<naming>(?:\s(?P<pronoun>it|they|the\sfigure|the\stotal|the\snumber|the\slevel|the\srate)"
    r"(?P<verb>\s(?:came\sto|came\sin\sat|stood\sat|reached|totalled|totaled|amounted\sto|hit|"
    r"numbered|was|were|peaked\sat|grew|expanded|rose|increased|climbed|jumped))?)?)\s$",
    re.IGNORECASE,
)
"""Between X (past its noun) and Y: X's period, the superlative, "since" a year, "when" and the
pronoun's verb; a superlative's noun may stand between ("the highest level since")."""
_CHANGE_NOUN = re.compile(
    r"\b(?:growth|pace|increase|rise|gain|jump|climb|surge|expansion|fall|drop|decline|decrease|"
    r"contraction|loss|change|swing)\b",
    re.IGNORECASE,
)
"""A superlative's noun of change ("the biggest increase since", "its highest rate of growth
since"): the superlative is of a change, never of a level or percent X told before it."""
_PACE = frozenset(("fastest", "slowest"))
"""Superlatives of a move's pace: a growth's, never a level's ("sales rose 12 percent to X, the
fastest since 2015": the rise was the fastest; review25)."""
_RATE_NOUN = re.compile(
    r"\b(?:rate|average|monthly|weekly|daily|annual|yearly|quarterly|per|share|proportion|"
    r"percentage|margin)\b",
    re.IGNORECASE,
)
"""A superlative's noun of rate or average ("the highest monthly average since"): of another
measure than a level X (review25: each ordered a year's total against the year's level)."""
_Y_CLAUSE = re.compile(
    r"(?:\s[a-z]+)?\s(?:came|arrived|visited|were\srecorded|was\srecorded|were|was)\b"
    r"(?=\s*(?:[,;.)]|$|\s(?:in|during|that|a)\b))",
    re.IGNORECASE,
)
"""After a Y that opens the clause ("when 16,395 tourists came"): its noun, if any, and a verb
of being or arriving to the clause's end or its period."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    ties = [set(tied(r)) for r in drafted]
    for figures in article.sentences():
        for kx in range(len(figures) - 1):
            x, y = figures[kx], figures[kx + 1]
            if not comparable(x, y) or any({x.figure.id, y.figure.id} <= t for t in ties):
                continue
            if y.figure.phrase.stated.qualifier not in (None, "about"):
                continue  # "when they came to more than Y": a bound, left to the editor
            gap = " ".join(text[past_noun(text, x.figure) : y.figure.phrase.start].split())
            words = _SINCE.match(f" {gap} ".replace(" ,", ","))
            rest = None if words is None else _told_by_when(text, words, y)
            if words is None or rest is None:
                continue
            superlative = (words.group("high") or words.group("low")).lower()
            if x.figure.kind != "growth" and (
                _CHANGE_NOUN.search(words.group("noun")) or superlative in _PACE
            ):
                continue  # "X, the biggest increase since 2015", "rose to X, the fastest since"
            if not is_percent(x.figure) and _RATE_NOUN.search(words.group("noun")):
                continue  # "X, the highest monthly average since 2015": no level's superlative
            if kx > 0 and ends_list(text, figures[kx - 1], x):
                continue  # "A and X, the highest since 2015": the list's, never X's alone
            if not period_to_clause_end(text[rest : y.sentence[1]]):
                continue  # "when they came to Y and Z respectively": Y is no single figure
            if not same_terms(text, figures, kx, kx + 1, words.group("naming")):
                continue  # "X in March, the highest since 2015, when they came to Y for the year"
            since = words.group("since")
            if (
                since.isdigit()
                and not is_percent(x.figure)
                and not same_terms(text, figures, kx, kx + 1, since)
            ):
                continue  # "X in March, the lowest since 2019, when they totalled Y": 2019's sum
            op = "<=" if words.group("high") else ">="
            quote = text[x.figure.phrase.start : y.figure.phrase.outer_end]
            found.append(order(x, op, [y], quote))
    return found, []


def _told_by_when(text: str, words: re.Match[str], y: Placed) -> int | None:
    """Where Y's clause goes on when Y is the year's figure: right after the pronoun's verb (never
    "rose by Y": the pattern ends on the verb), a growth right after the pronoun ("when it
    expanded 5.8 percent"), or opening the clause with a verb of being or arriving after it ("when
    Y tourists came": past the verb); None where Y is none of these."""
    if words.group("verb") or (words.group("pronoun") and y.figure.kind == "growth"):
        return past_noun(text, y.figure)
    if words.group("pronoun"):
        return None  # "when it rose by Y", "when they Y": no level of the year's
    said = _Y_CLAUSE.match(text, y.figure.phrase.outer_end, y.sentence[1])
    return None if said is None else said.end()
