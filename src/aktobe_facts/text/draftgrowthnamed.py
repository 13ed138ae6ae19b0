"""A growth whose current value the article gave in an earlier sentence under its flow's name, for
a draft (:mod:`aktobe_facts.text.draftgrowth`): "Revenue booked over the year came to X. ...
Against B in 2018, revenue had risen 0.7 percent", "spending ... settled at X. ... End-September
expenditures still jumped 12 percent from B".

Drafted only with a base in the growth's own sentence (a growth and its current value alone test
nothing): after the growth ("from B", "than B": the drafter's own reading) or the figure the
sentence opens on ("Against B in 2018, revenue had risen P", "In January-July the deficit had
been B, so the deficit fell by P"). The growth's clause is its flow's
noun (revenue, spending, a deficit or surplus, exports, imports) with nothing before it but
articles and words of time or of the whole ("total", "nominal": never a part's, "tax revenue");
the current value is the one figure before the growth's sentence that the words give that flow
(:func:`aktobe_facts.text.draftroles.roles`): no part, no plan, no comparison's earlier figure,
in the base's unit, and of the growth's period where both name one. Two such figures leave the
growth to the editor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import Figure, Sentence, is_amount, same_unit
from aktobe_facts.text.draftroles import OTHER_FLOWS, Role, roles
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_start

FLOWS = {
    "revenue": r"revenues?|receipts|collections",
    "spending": r"spending|expenditures?|expenses|outlays",
    "deficit": r"deficits?|gap|shortfall",
    "surplus": r"surplus(?:es)?",
    "exports": r"exports",
    "imports": r"imports",
    **OTHER_FLOWS,
}
"""The nouns of each flow a growth's or comparison's clause may name as its subject."""
WHOLE = (
    r"(?:the|its|their|total|overall|nominal|aggregate|budget|fiscal|government|state|"
    r"(?:end|mid)-[a-z]+|year-to-date|[a-z]+-month|\d{4})"
)
"""Words before a flow's noun that name no part of it: articles, time, the whole."""
FLOW = (
    rf"(?P<flow>(?:{WHOLE}\s+){{0,3}}(?:"
    + "|".join(rf"(?P<{name}>{words})" for name, words in FLOWS.items())
    + "))"
)
_SUBJECT = lazy(
    rf"\W*(?:(?:so|and|thus|hence|therefore)\s+)?{FLOW}\s+"
    r"(?:(?:had|has|have|was|were|is|are|also|still|then|again)\s+){0,2}",
    re.IGNORECASE,
)
"""The growth's clause before its percent: "revenue had", "End-September expenditures still"."""
_OPENS = lazy(
    r"\W*(?:(?:against|compared\s+(?:to|with)|versus|set\s+against)\s+|"
    r"(?:in|for|during|by\s+the\s+end\s+of)\s+[^,;.\d]{0,30}?(?:\d{4}\s*)?,?\s*"
    r"(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?\s+had\s+(?:been|stood\s+at|amounted\s+to|"
    r"totall?ed|reached)\s+)",
    re.IGNORECASE,
)
"""The words a sentence opens on before its base: "Against B in 2018, revenue had risen P", "In
January-July the deficit had been B, so the deficit fell by P" (a period and the pluperfect: the
state before)."""


Flows = list[tuple[int, Figure, Role]]
"""The figures the words give a flow, each with its sentence's number."""


def flows(article: Article) -> Flows:
    named = roles(article)
    return [
        (p.sentence_index, p.figure, named[p.figure.id])
        for p in article.figures
        if p.figure.id in named
    ]


def the_flow(found: Flows, k: int, flow: str, unit: Figure) -> tuple[Figure, Role] | None:
    """The one figure before sentence ``k`` that the words give ``flow`` (no part, no plan, no
    comparison's earlier figure) in ``unit``'s unit, with its role; None where none or several
    are."""
    figures = [
        (figure, role)
        for n, figure, role in found
        if n < k
        and role.name == flow
        and role.part is None
        and not role.plan
        and not role.earlier
        and same_unit(figure, unit)
    ]
    return figures[0] if len(figures) == 1 else None


def named_flow(said: re.Match[str]) -> str:
    """The flow a match of :data:`FLOW` names."""
    return next(name for name in FLOWS if said.group(name))


class Named:
    """The flows the article's figures are, read once for all its growths."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text, self.sentences = text, sentences
        self._found: Flows | None = None

    def current(self, k: int, growth: Figure, base: Figure | None) -> Figure | None:
        """The current value of the growth of sentence ``k``, where its flow's name and the
        article leave one."""
        if base is None:
            return None
        start = clause_start(self.text, self.sentences[k].span[0], growth.phrase.start)
        said = _SUBJECT.fullmatch(self.text, start, growth.phrase.start)
        if said is None:
            return None
        if self._found is None:
            self._found = flows(Article.of(self.text, self.sentences))
        found = the_flow(self._found, k, named_flow(said), base)
        if found is None:
            return None
        current = found[0]
        other = None not in (growth.period, current.period) and growth.period != current.period
        return None if other else current  # "rose 5 percent in 2022": not 2023's figure


def base_before(text: str, sentence: Sentence, growth: Figure) -> Figure | None:
    """The figure a sentence opens on as the base of its growth: "Against B in 2018, revenue had
    risen P", "In January-July the deficit had been B, so the deficit fell by P" (the one figure
    before the growth, its clause ended by a comma)."""
    before = [f for f in sentence.figures if f.phrase.start < growth.phrase.start]
    if len(before) != 1 or not is_amount(before[0]):
        return None
    base = before[0]
    opens = _OPENS.fullmatch(text, sentence.span[0], base.phrase.start)
    clause = clause_start(text, sentence.span[0], growth.phrase.start)
    return base if opens is not None and clause > base.phrase.outer_end else None
