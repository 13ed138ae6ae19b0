"""A comparative before a figure that a comparison after it completes, for a draft (``kind =
"order"``):

- "The domestic component recorded a higher growth rate of 23.5 percent in June, compared to a
  growth of 18.0 percent in the previous year": X > Y; "posted a lower deficit of $3.2 billion
  in 2031 against $4.1 billion in 2030", "a smaller surplus of 2.1 billion euros than the 2.6
  billion euros of 2030": X < Y.

The comparative ("higher", "larger", "bigger", "greater", "wider"; "lower", "smaller",
"narrower") stands after "a" or "an", right before X's noun in lower case and "of" ("a higher
growth rate of X"), never as part of another comparison ("a lower-than-expected deficit of X",
"higher than forecast") or of a name ("spending on higher education of X", "sales in Greater
London at X", "a higher education budget of X"). Between X and Y
only X's own period and "compared to", "compared with", "against", "versus" or "than", then
("the", "a") a few words naming Y that share a noun with X's ("a growth of Y" after "a higher
growth rate of X") or none ("$4.1 billion in 2030"): "a higher profit of X, compared to a loss
of Y" names another thing, and draws nothing. After Y only words of its period ("in the previous
year", "a year earlier", "recorded in 2030"), never another subject's ("against Y for the
southern province"). X and Y are levels of one unit, counts of one thing
or percents of one kind (:func:`aktobe_facts.text.draftorder.comparable`); Y with a bound or a
percent of its own, and a pair a rule before tied, are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftfigures import DraftRelation, singular
from aktobe_facts.text.draftorder import comparable, order, percent_after, untied_pairs
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.roletime import period_to_clause_end

_COMPARATIVE = re.compile(
    r"(?<![\w-])[Aa]n?\s+(?:(?P<above>higher|larger|bigger|greater|wider)|"
    r"(?P<below>lower|smaller|narrower))\s+(?P<noun>(?:(?!than\b|for\b|in\b)[a-z][a-z'’-]*\s+)"
    r"{1,3})(?:(?:for|in|during)\s+(?:the\s+)?(?:month\s+of\s+)?[A-Za-z]+(?:\s+\d{4})?\s+)?"
    r"(?:of|at|amounting\s+to)\s*$"
)
"""Right before X, an article, the comparative and X's noun in lower case: "a higher growth rate
of", "a lower deficit of" (never "on higher education of", "in Greater London at")."""
_NAMES = frozenset({"education", "learning", "house", "chamber", "court", "courts"})
"""Words that make the comparative part of a name ("a higher education budget of")."""
_COMPARED = re.compile(
    r"^(?:\s+(?:in|for|during|over|as\s+of|as\s+at|at|by)(?:\s+(?:[a-z-]+|\d{4}(?:[-/]\d{2,4})?))"
    r"{1,6}?)?(?:\s*+,)?\s++(?:compared\s+(?:to|with)|against|versus|than)\s+(?:(?:the|a|an)\s+)?"
    r"(?P<noun>(?:[a-z][a-z'’-]*\s+){0,3}?)(?:of\s+)?$",
    re.IGNORECASE,
)
"""Between X and Y: " in june 2022, compared to a growth of", " against", " than the"."""
_NOT_NOUNS = frozenset({"the", "a", "an", "its", "their", "annual", "year-on-year", "total"})


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures, k in untied_pairs(article, drafted, comparable):
        x, y = figures[k], figures[k + 1]
        start = segment_start(figures, k)
        said = _COMPARATIVE.search(text, start, x.figure.phrase.start)
        gap = _COMPARED.match(text[past_noun(text, x.figure) : y.figure.phrase.start])
        if said is None or gap is None or y.figure.phrase.stated.qualifier not in (None, "about"):
            continue
        if said.group("noun").split()[0] in _NAMES:
            continue  # "a higher education budget of X": a name, no comparison
        if not _names_alike(said.group("noun"), gap.group("noun")):
            continue  # "a higher profit of X, compared to a loss of Y": another thing
        if not period_to_clause_end(text[past_noun(text, y.figure) : y.sentence[1]]):
            continue  # "than the Y expected by analysts", "against Y for the south": not X's
        if percent_after(text, figures, k + 1):
            continue
        op = ">" if said.group("above") else "<"
        quote = text[said.start() : y.figure.phrase.outer_end]
        found.append(order(x, op, [y], quote))
    return found, []


def _nouns(words: str) -> set[str]:
    return {singular(w.lower()) for w in words.split()} - _NOT_NOUNS


def _names_alike(own: str, other: str) -> bool:
    """Y's words name X's thing: none, or a noun of X's ("a growth of" after "growth rate")."""
    theirs = _nouns(other)
    return not theirs or bool(theirs & _nouns(own))
