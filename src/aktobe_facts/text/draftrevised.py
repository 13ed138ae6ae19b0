"""Revisions and cuts the words state, for a draft (``kind = "order"``): "the forecast was revised
downward from Y to X", "cut its forecast to X from Y", "lowered (reduced, trimmed, slashed,
downgraded) ... from Y to X": X < Y; "revised upward", "raised (lifted, upgraded) ... from Y to
X": X > Y.

The verb and its direction come before the first figure, with no figure between; the two figures
are next to each other, "from Y to X" or "to X from Y" with only a period between ("to X in 2024
from Y"), and comparable (:func:`aktobe_facts.text.draftexceeding.comparable`: levels of one unit,
counts of one thing, percents of one kind, as a growth forecast "from 5 percent to 4.2 percent").
"Revised from Y to X" says no direction: no order. A pair a rule before tied (a growth, an order
of "rose from") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftorder import comparable, order, percent_after, untied_pairs
from aktobe_facts.text.figuretime import segment_start

_DOWN = (
    r"revis\w*\s+(?:[\w'’-]+\s+){0,6}?(?:down(?:ward|wards)?|lower)|cut|cuts|cutting|"
    r"lower(?:ed|s|ing)|"
    r"reduc(?:ed|es|ing)|trimm?(?:ed|s|ing)?|slash(?:ed|es|ing)|downgrad(?:ed|es|ing)|"
    r"scal(?:ed|es|ing)\s+back|par(?:ed|es|ing)\s+back"
)
_UP = (
    r"revis\w*\s+(?:[\w'’-]+\s+){0,6}?(?:up(?:ward|wards)?|higher)|rais(?:ed|es|ing)|"
    r"lift(?:ed|s|ing)|upgrad(?:ed|es|ing)"
)
_VERB = re.compile(
    rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP}))\b(?P<words>[^,;.%()]{{0,50}}?)\b(?P<prep>from|to)\s*$",
    re.IGNORECASE,
)
"""Before the first figure: "revised downward from", "cut its growth forecast to"."""
_PERIOD = r"(?:\s*(?:in|for|by)\s+(?:the\s+)?[a-z\s-]{0,30}?\d{4}(?:[-/]\d{2,4})?)?"
_FROM_TO = re.compile(rf"^{_PERIOD}\s*to\s*$", re.IGNORECASE)
_TO_FROM = re.compile(rf"^{_PERIOD}\s*,?\s*from\s*$", re.IGNORECASE)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures, k in untied_pairs(article, drafted, comparable):
        a, b = figures[k], figures[k + 1]
        start = segment_start(figures, k)
        verb = _VERB.search(text, start, a.figure.phrase.start)
        gap = text[past_noun(text, a.figure) : b.figure.phrase.start]
        if verb is None or re.search(r"\bby\b", verb.group("words"), re.IGNORECASE):
            continue  # "cut by Y to X": Y is the cut, not the old figure
        if verb.group("prep").lower() == "from" and _FROM_TO.match(gap):
            new, old = b, a
        elif verb.group("prep").lower() == "to" and _TO_FROM.match(gap):
            new, old = a, b
        else:
            continue
        if percent_after(text, figures, k + 1):
            continue
        op = "<" if verb.group("down") else ">"
        quote = text[verb.start() : b.figure.phrase.outer_end]
        found.append(order(new, op, [old], quote))
    return found, []
