"""Comparisons worded after a figure and its period, for a draft (``kind = "order"``):

- "X in 2023, exceeding (surpassing, topping, beating, outstripping) the Y recorded in 2022", "X,
  more than the Y of 2022", "X in 2023 surpassed the Y of 2022": X > Y;
- "X, falling short of (missing, trailing) the Y target", "X in 2023 fell short of the Y": X < Y;
- between counts of one thing ("12.5 million visitors, exceeding the 10 million of 2022") and
  between percents of one kind ("a growth of 19.1 percent, lower than the 22.5 percent growth
  recorded a year earlier"), the words of :mod:`aktobe_facts.text.draftupfrom` and
  :mod:`aktobe_facts.text.draftexceed` too ("above", "below", "higher than", "lower than"), which
  those rules read between levels of a unit.

X and Y are next to each other in one sentence, with between them only X's period ("in 2023",
"for the first half of 2023"), the comparison and a few words naming Y ("the previous record of", "the government's
target of"). A Y read with a bound ("topping more than Y"), after "by" ("exceeding the target by
Z": the gap), or followed by a percent of its own, and a pair a rule before tied, are left alone. "The highest since 2015" compares with years the article does not give: no order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, between, is_percent
from aktobe_facts.text.draftorder import order, percent_after, untied_pairs
from aktobe_facts.text.draftroles import alike
from aktobe_facts.text.draftupfrom import is_base

_DEGREE = r"(?:(?:well|far|easily|comfortably|slightly|just|narrowly|even|still)\s)?"
_ABOVE_AFTER = (
    r"exceeding|surpassing|topping|beating|outstripping|overtaking|more\sthan(?=\s(?:the|its|"
    r"their)\s)|(?P<above_level>above|higher\sthan|larger\sthan|greater\sthan)"
)
_BELOW_AFTER = (
    r"(?:falling|coming\sin|coming)\sshort\sof|missing|trailing|lagging\sbehind|"
    r"less\sthan(?=\s(?:the|its|their)\s)|(?P<below_level>short\sof|below|lower\sthan|"
    r"smaller\sthan)"
)
"""After X and a comma; the words of :mod:`aktobe_facts.text.draftupfrom` (``*_level``) only
between counts and percents, which that rule leaves alone."""
_ABOVE_VERB = r"exceeded|exceeds|surpassed|surpasses|topped|tops|beat|beats|outstripped|outstrips"
_BELOW_VERB = r"fell\sshort\sof|falls\sshort\sof|missed|misses|trailed|trails|lagged\sbehind"
_OWN = r"(?:\s(?:in|for|during|over|as\sof|by|on)(?:\s(?:[a-z-]+|\d{4}(?:[-/]\d{2,4})?)){1,6}?)?"
"""X's own period between X and the comparison ("in 2023", "for the first half of 2023")."""
_NAMING = r"(?:\s(?:the|its|their|a|an|last\syear's|the\sprevious))?(?:\s[a-z][a-z'’-]*){0,4}?"
"""A few words naming Y ("the previous record of", "the government's target of")."""
_COMPARED = re.compile(
    rf"^{_OWN}(?:,\s{_DEGREE}(?:(?P<above>{_ABOVE_AFTER})|(?P<below>{_BELOW_AFTER}))"
    rf"|(?:,\s(?:which|that))?\s{_DEGREE}(?:(?P<above_verb>{_ABOVE_VERB})|"
    rf"(?P<below_verb>{_BELOW_VERB})))"
    rf"{_NAMING}\s?$"
)
"""Between X and Y, in lower case: " in 2023, exceeding the", " in 2023 surpassed the"."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures, k in untied_pairs(article, drafted, comparable):
        x, y = figures[k], figures[k + 1]
        if y.figure.phrase.stated.qualifier not in (None, "about"):
            continue  # "topping more than Y": a bound
        gap = between(text, end_of(text, x), y.figure.phrase.start)
        words = _COMPARED.match(f" {gap} ".replace(" ,", ","))
        if words is None or " by " in f" {gap} ":
            continue  # "exceeding the target by Z": Z is the gap, not the other figure
        if (words.group("above_level") or words.group("below_level")) and alike(x, y):
            continue  # draftupfrom's words between levels: its rule, with its guards
        if is_base(text, figures, k):
            continue  # "compared with X, above Y": X is a comparison's earlier figure
        if percent_after(text, figures, k + 1):
            continue
        above = words.group("above") or words.group("above_verb")
        quote = text[x.figure.phrase.start : y.figure.phrase.outer_end]
        found.append(order(x, ">" if above else "<", [y], quote))
    return found, []


def comparable(a: Placed, b: Placed) -> bool:
    """Two figures an order may tie: levels of one unit, counts of one thing (the same noun, or
    none after either), or two percents of one kind (a growth and a percent the draft gave no kind:
    "19.1 percent, lower than the 22.5 percent growth"), none of them a range, a fall or negative."""
    if alike(a, b):
        return True
    fa, fb = a.figure, b.figure
    plain = all(
        f.phrase.stated.direction in (None, "up" if is_percent(f) else None)
        and not f.phrase.stated.negative
        and not f.phrase.stated.is_range
        and f.phrase.stated.per is None
        for f in (fa, fb)
    )
    if not plain:
        return False
    if fa.kind == fb.kind == "count" and fa.phrase.stated.unit is fb.phrase.stated.unit is None:
        return fa.noun is None or fb.noun is None or fa.noun == fb.noun
    kinds = {fa.kind, fb.kind}
    return is_percent(fa) and is_percent(fb) and (len(kinds) == 1 or kinds == {None, "growth"})


def end_of(text: str, placed: Placed) -> int:
    """Where a figure's words end: after the noun a count counts ("12.5 million visitors")."""
    figure = placed.figure
    end = figure.phrase.outer_end
    if figure.noun:
        m = re.match(rf"\s+{re.escape(figure.noun)}\b", text[end:], re.IGNORECASE)
        if m is not None:
            return end + m.end()
    return end
