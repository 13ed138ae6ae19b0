"""One figure given twice, for a draft: an ``equal`` relation where the words make it certain that
two figures of an article are the same quantity.

- Two amounts are one when they state the same value in the same unit (and, where both give one,
  the same value in the same other currency), and their words give both the same role
  (:mod:`aktobe_facts.text.draftroles`: a deficit, the oil and gas revenues, the budget's
  spending), of one owner, plan or report and period, neither a comparison's earlier figure: "a
  deficit of 56.7 billion liras ($12.35 billion)" in the lead and "marking a 56.7 billion lira
  ($12.35 billion) deficit" further on. A figure given a third time joins the first pair.
- Two growths are one when they are the growths of two figures found one above, each with no base
  of its own or the same one, and their words name the same period compared with, or none: "oil and gas
  revenues plummeted by 46% year-on-year ... and totaled 2.2 trillion rubles" and, in a quoted
  statement, "oil and gas revenues stood at 2.2 trillion rubles and declined by 52%" (two falls of
  one figure that cannot both be right).

Figures that merely share a value (two round "5 billion" of different things or periods) are never
tied: the role, owner, plan and period must agree too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, Sentence
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import level
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.sentences import clause_end, clause_start, headline_end


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    """The amounts of the article given twice (a rule of :mod:`aktobe_facts.text.draftrules`)."""
    named = roles(article)

    def together(a: Placed, b: Placed) -> bool:
        same = _same_value(a, b) and same_role(named[a.figure.id], named[b.figure.id])
        return same and one_context(article, a, b)

    return [equal_relation(g) for g in grouped(article, named, together) if len(g) > 1], []


def grouped(
    article: Article, named: dict[str, Role], together: Callable[[Placed, Placed], bool]
) -> list[list[Placed]]:
    """The levels with a role (no comparison's earlier figure), in groups: each figure joins the
    first group whose first figure it is ``together`` with. A headline's figure, whose words name
    no period, is left to :mod:`aktobe_facts.text.draftheadline`."""
    groups: list[list[Placed]] = []
    headed = headline_end(article.text)  # a headline's figure: text/draftheadline.py ties it
    for placed in article.figures:
        role = named.get(placed.figure.id)
        if role is None or role.earlier or not level(placed.figure.phrase):
            continue
        if placed.figure.phrase.outer_end <= headed:
            continue
        group = next((g for g in groups if together(g[0], placed)), None)
        if group is None:
            groups.append([placed])
        else:
            group.append(placed)
    return groups


def equal_relation(group: list[Placed]) -> DraftRelation:
    ids = [p.figure.id for p in group]
    said = " … ".join(" ".join(p.figure.phrase.value.split()) for p in group)
    return DraftRelation("", "equal", {"claims": ids}, said)


def _same_value(a: Placed, b: Placed) -> bool:
    x, y = a.figure.phrase, b.figure.phrase
    ux, uy = x.stated.unit, y.stated.unit
    if ux is None or uy is None or ux.key != uy.key or x.stated.value != y.stated.value:
        return False
    if x.stated.qualifier != y.stated.qualifier:
        return False
    return _counterparts_agree(x.counterparts, y.counterparts)


def _counterparts_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Where both give the amount in another currency, they give the same figures."""
    if not a or not b:
        return True
    return sorted("".join(c.lower().split()) for c in a) == sorted(
        "".join(c.lower().split()) for c in b
    )


def same_role(a: Role, b: Role) -> bool:
    owners = not a.owner or not b.owner or a.owner == b.owner
    return (
        a.name == b.name
        and a.part == b.part
        and a.titled == b.titled  # "Data Centre revenues £2.3m", "Other revenues £2.3m": two lines
        and a.aim == b.aim  # "miscellaneous expenses for roads", "... for schools": two lines
        and (a.family is None or b.family is None or a.family == b.family)
        and owners
        and a.plan == b.plan
        and a.time.fits(b.time)
    )


def growths(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growths of figures an ``equal`` relation ties, tied in turn when each has no base of
    its own (or the same one) and their words name the same period compared with, or none."""
    of: dict[str, DraftRelation] = {}
    for relation in drafted:
        current = relation.fields.get("current")
        if relation.kind == "growth" and isinstance(current, str):
            of.setdefault(current, relation)
    compared = _compared_periods(text, sentences, drafted)
    short = _short_bases(text, sentences, drafted)
    found = []
    for relation in drafted:
        claims = relation.fields.get("claims")
        if relation.kind != "equal" or not isinstance(claims, list):
            continue
        tied = [of[c] for c in claims if c in of]
        if len(tied) < 2:
            continue
        bases = {g.fields.get("base") for g in tied}
        periods = {compared.get(str(g.fields["growth"])) for g in tied}
        spans = {short.get(str(g.fields["growth"])) for g in tied}
        if len(bases) == 1 and len(periods) == 1 and len(spans) == 1:
            ids = [str(g.fields["growth"]) for g in tied]
            said = " … ".join(g.quote for g in tied)
            found.append(DraftRelation("", "equal", {"claims": ids}, said))
    return found


_SHORT_BASE = re.compile(
    r"\b(?:on\s+an?\s+(?P<a>quarterly|monthly|weekly)\s+basis|"
    r"(?P<b>quarter|month|week)-on-(?:quarter|month|week)|(?P<c>q/q|m/m|qoq|[qmw]-o-[qmw])|"
    r"(?:from|over|on|than|against)\s+the\s+(?:previous|preceding|prior)\s+(?P<d>quarter|month|week))\b",
    re.IGNORECASE,
)
"""Words that compare a figure with the quarter or month before it, not with the year before: "on
a quarterly basis", "quarter-on-quarter", "m/m", "m-o-m" (sweep J's wire: "down 3.7% m-o-m but
still was 5.3% higher y-o-y"), "from the preceding quarter"."""


_SPANS = {
    "q/q": "quarter",
    "qoq": "quarter",
    "q-o-q": "quarter",
    "m/m": "month",
    "m-o-m": "month",
    "w-o-w": "week",
}
"""The short spellings of :data:`_SHORT_BASE`, by the span they compare with."""


def _short_bases(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> dict[str, str]:
    """The span each growth's sentence compares with when it is the quarter or month before: one
    figure's growth "on a quarterly basis" is no growth of it told again "yearly" (the Bank of
    Namibia's "grew by 23.7% to N$4.2 billion ... On a quarterly basis ... dropped by 6.7% to N$4.2
    billion")."""
    growths = {str(r.fields["growth"]) for r in drafted if r.kind == "growth"}
    found: dict[str, str] = {}
    for sentence in sentences:
        match = _SHORT_BASE.search(text, sentence.span[0], sentence.span[1])
        if match is None:
            continue
        span = next(g for g in match.groups() if g).lower()
        span = {"quarterly": "quarter", "monthly": "month", "weekly": "week"}.get(span, span)
        for figure in sentence.figures:
            if figure.id in growths:
                found[figure.id] = _SPANS.get(span, span)
    return found


def _compared_periods(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> dict[str, str]:
    """The period each growth's clause names as the one compared with ("compared to 2022")."""
    growths = {str(r.fields["growth"]) for r in drafted if r.kind == "growth"}
    found: dict[str, str] = {}
    for sentence in sentences:
        for figure in sentence.figures:
            if figure.id not in growths:
                continue
            start = clause_start(text, sentence.span[0], figure.phrase.start)
            end = clause_end(text, figure.phrase.outer_end, sentence.span[1])
            bases = [p.text for p in sentence.periods if p.base and start <= p.start < end]
            if bases:
                found[figure.id] = bases[0]
    return found
