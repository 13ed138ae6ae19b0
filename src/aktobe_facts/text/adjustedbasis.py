"""Seasonally adjusted and unadjusted figures, for a draft: one article often gives a month's trade
both ways ("In seasonally adjusted terms, exports fell to A ... Before seasonal adjustment, exports
came to B"), and a balance, sum, part or growth never joins the two.

Each figure's basis is read from its words: the marker of its own sentence nearest before it (else
the first after it), and a sentence without one continues the basis of the sentence before it in
its paragraph ("In seasonally adjusted terms, exports fell to A. Because imports fell by more, the
surplus grew to S": S is adjusted too). Markers: "seasonally adjusted", "working-day adjusted",
"adjusted for seasonal effects", "after seasonal adjustment", "in trend terms", "adjusted" (the
adjusted basis); "unadjusted", "not seasonally adjusted", "before seasonal adjustment", "raw
figures" (the unadjusted one). In an article that marks any figure, a figure with no marker is of
neither known basis: where the article names both bases, a relation is drafted only among figures
of one basis (all unmarked, all adjusted or all unadjusted). An article that names one basis or
none is read as before ("France's deficit widened to D, adjusted customs data showed. ... Exports
came to A ... Imports amounted to B": the one basis named is the whole article's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import paragraphs, tied
from aktobe_facts.text.draftfigures import DraftRelation, Sentence

ADJUSTED = "adjusted"
UNADJUSTED = "unadjusted"

_MARK = re.compile(
    r"(?P<unadjusted>\b(?:unadjusted|non-adjusted|not\s+(?:seasonally\s+|calendar\s+)?adjusted|"
    r"(?:before|without)\s+(?:seasonal\s+)?adjustments?|raw\s+(?:figures|data|terms))\b)|"
    r"(?P<adjusted>\b(?:adjusted|after\s+(?:seasonal\s+)?adjustments?|in\s+trend\s+terms|"
    r"trend\s+(?:figures|series|estimates?))\b)",
    re.IGNORECASE,
)
"""A word that says a figure's basis: "seasonally adjusted", "working-day adjusted", "adjusted for
seasonal effects" (adjusted); "unadjusted", "not seasonally adjusted", "before seasonal
adjustment" (unadjusted)."""


def bases(text: str, sentences: Sequence[Sentence]) -> dict[str, str | None]:
    """The basis of every figure of the article, by claim id; empty unless its words name both."""
    if {_kind(m) for m in _MARK.finditer(text)} != {ADJUSTED, UNADJUSTED}:
        return {}  # one basis named, or none: the unmarked figures may well be of it
    return marked(text, sentences)


def marked(text: str, sentences: Sequence[Sentence]) -> dict[str, str | None]:
    """The basis the words mark each figure with, by claim id (None where none marks it), however
    many bases the article names: for a rule that joins a figure to one of another sentence, where
    "In the quarter, seasonally adjusted exports were W" is no whole of the month's unmarked
    figures (:mod:`aktobe_facts.text.crosstime`)."""
    breaks = paragraphs(text)
    found: dict[str, str | None] = {}
    carried: str | None = None  # the basis the paragraph so far speaks in
    paragraph = -1
    for sentence in sentences:
        a, b = sentence.span
        number = sum(1 for x in breaks if x <= a)
        if number != paragraph:
            paragraph, carried = number, None
        marks = [(m.start(), _kind(m)) for m in _MARK.finditer(text, a, b)]
        for figure in sentence.figures:
            found[figure.id] = _of(marks, figure.phrase.start) if marks else carried
        if marks:
            carried = marks[-1][1]
    return found


def mixed(relation: DraftRelation, basis: dict[str, str | None], ids: set[str]) -> bool:
    """The relation ties figures of two bases (an unmarked one counts as a basis of its own)."""
    if not basis:
        return False
    return len({basis.get(i) for i in figures_of(relation, ids)}) > 1


def figures_of(relation: DraftRelation, ids: set[str]) -> list[str]:
    """The claims a relation ties, an equation's read from its expression."""
    if relation.kind == "equation":
        expression = relation.fields.get("expr")
        words = re.findall(r"[A-Za-z_][\w-]*", expression if isinstance(expression, str) else "")
        return [w for w in words if w in ids]
    return [i for i in tied(relation) if i in ids]


def _kind(m: re.Match[str]) -> str:
    return UNADJUSTED if m.group("unadjusted") is not None else ADJUSTED


def _of(marks: list[tuple[int, str]], position: int) -> str:
    before = [kind for at, kind in marks if at < position]
    return before[-1] if before else marks[0][1]
