"""Orders of a flow named by its noun against a figure of its sentence, for a draft (``kind =
"order"``): "the year-to-date gap is still well below the Y program for the period", "it expects
the shortfall to stay within the full-year target of Y", "revenue came in above the Y target".

The flow's noun (a deficit, gap or shortfall; revenue, spending, exports, imports) with nothing
before it but articles and words of time or of the whole
(:data:`aktobe_facts.text.draftgrowthnamed.FLOW`), a verb of being or staying, a word of degree
and the comparison ("below", "within", "above", "lower than"; never "over" or "under", which
also mean "during" and "according to") stand right before Y, with a few words naming Y. The flow's figure is the one figure before the sentence that the words give that
flow (:func:`aktobe_facts.text.draftgrowthnamed.the_flow`), in Y's unit; none or several leave the
comparison to the editor, and so does a period the flow's own words name that is not that
figure's ("In 2023 the deficit is below ..." after 2022's deficit). Y is a level with no bound of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftfigures import DraftRelation, Figure, is_amount
from aktobe_facts.text.draftgrowthnamed import FLOW, Flows, flows, named_flow, the_flow
from aktobe_facts.text.draftorder import order
from aktobe_facts.text.draftroles import roles
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.levels import level
from aktobe_facts.text.roletime import read_time
from aktobe_facts.text.sentences import clause_start

_BE = (
    r"(?:is|was|were|are|stays?|stayed|remains?|remained|to\s+stay|to\s+remain|to\s+be|"
    r"(?:will|would|should)\s+(?:stay|remain|be)|came\s+in|comes\s+in|stood|stands)"
)
_DEGREE = r"(?:well|far|much|slightly|comfortably|safely|considerably|significantly)"
_COMPARED = re.compile(
    rf"\b{FLOW}\s+{_BE}\s+(?:still\s+)?(?:{_DEGREE}\s+)?"
    r"(?:(?P<below>below|lower\s+than|less\s+than|smaller\s+than|short\s+of)|"
    r"(?P<within>within)|(?P<above>above|higher\s+than|more\s+than|larger\s+than))"
    r"\s+(?:(?:the|its|their|a|an)\s+)?[^,;.\d%()]{0,40}$",
    re.IGNORECASE,
)
_OPS = {"below": "<", "within": "<=", "above": ">"}
_TO_COME = re.compile(r"\b(?:to|will|would|should|could|may|might)\s+be\b", re.IGNORECASE)
"""A flow that is to be below a figure: a forecast of the flow at its period's end, not the figure
stated before ("to stay", "to remain" keep it: it is below now and stays)."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found_flows: Flows | None = None
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for figures in article.sentences():
        for k, placed in enumerate(figures):
            y = placed.figure
            if not is_amount(y) or not level(y.phrase) or y.phrase.stated.qualifier:
                continue
            start = segment_start(figures, k)
            said = _COMPARED.search(text, start, y.phrase.start)
            if said is None or _TO_COME.search(said.group(0)):
                continue  # "expects the deficit to be below the target by the end of the year"
            if _a_part_named(article, y):
                continue  # "Tax revenue was above the 3 billion lari plan": no revenue's figure
            if found_flows is None:
                found_flows = flows(article)
            flow = the_flow(found_flows, placed.sentence_index, named_flow(said), y)
            if flow is None or any({flow[0].id, y.id} <= p for p in pairs):
                continue
            x, role = flow
            start_of = clause_start(text, placed.sentence[0], said.start())
            own = read_time(text[start_of : said.end("flow")])
            if own.named and not (role.time.named and role.time.fits(own)):
                continue  # "In 2023 the deficit is below ...": not the figure of another period
            op = next(_OPS[name] for name in _OPS if said.group(name))
            quote = text[said.start() : y.phrase.outer_end]
            found.append(order(_placed(article, x), op, [placed], quote))
    return found, []


def _a_part_named(article: Article, y: Figure) -> bool:
    """The words before Y give it the role of a part of the flow ("Tax revenue was above the 3
    billion lari plan": :mod:`~aktobe_facts.text.draftroles` reads "tax"): the comparison is the
    part's, never the whole flow's figure."""
    role = roles(article).get(y.id)
    return role is not None and role.part is not None


def _placed(article: Article, figure: Figure) -> Placed:
    return next(p for p in article.figures if p.figure is figure)
