"""A figure's percent of its plan, as its share of the plan's figure, for a draft (``kind =
"share"``): "the budget collected revenues of X, or P% of the target for the whole year" with
"For the whole year the budget plans revenues of W" elsewhere in the article: X is P% of W.

The share follows the figure (", or P%", ", P%", "(P%") and names a plan with nothing but words
of its year ("of the target for the whole year", "of the year target", "of the plan for 2012");
the figure is a flow the words name (:func:`aktobe_facts.text.draftroles.roles`: revenue,
spending, exports, imports; no part, no plan itself), and the whole is the one figure of the
article that the words make the same flow's plan, of no other owner, for a whole year that the
figure's period lies in, in the figure's unit. A share already drafted, or none or several
plans, leave the share alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftarticle import Article, tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_amount,
    is_percent,
    quote,
    same_unit,
)
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import Time

_JOIN = re.compile(r"\s*(?:,\s*(?:or\s+)?|\(\s*)(?:(?:about|some|nearly|almost)\s+)?")
"""Between the figure and its percent: ", or", ", ", " ("."""
_OF_PLAN = lazy(
    r"\s+of\s+(?:the\s+|its\s+)?(?:(?:whole-year|full-year|annual|yearly|year['’]?s?|"
    r"(?:19|20)\d\d)\s+)?(?:target|plan|forecast|projection|goal)\b"
    r"(?:\s+for\s+(?:the\s+(?:whole\s+|full\s+|entire\s+)?year|(?:19|20)\d\d))?"
    r"(?=\s*(?:[,;.)]|$|\band\b))",
    re.IGNORECASE,
)
"""After the percent: "of the target for the whole year", "of the year target"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The shares of plans the article states in these words."""
    used = {v for r in drafted for v in tied(r)}
    named: dict[str, Role] | None = None
    article: Article | None = None
    found: list[DraftRelation] = []
    for sentence in sentences:
        for x, share in pairwise(sentence.figures):
            if share.id in used or not is_percent(share) or not is_amount(x):
                continue
            if not _JOIN.fullmatch(text, x.phrase.outer_end, share.phrase.start):
                continue
            if _OF_PLAN.match(text, share.phrase.outer_end) is None or not _plain(share):
                continue
            if article is None:
                article = Article.of(text, sentences)
                named = roles(article)
            assert named is not None
            whole = _plan(article, named, x)
            if whole is not None:
                fields = {"share": share.id, "part": x.id, "whole": whole.id}
                found.append(DraftRelation("", "share", dict(fields), quote(text, x, share)))
    return found


def _plain(share: Figure) -> bool:
    stated = share.phrase.stated
    return stated.direction is None and not stated.negative and stated.qualifier is None


def _in_year(time: Time, year: Time) -> bool:
    """``time`` may lie in the year ``year`` names: no year or relative year either names
    contradicts the other's."""
    years = time.year is None or year.year is None or time.year == year.year
    relative = time.relative is None or year.relative is None or time.relative == year.relative
    return years and relative


def _plan(article: Article, named: dict[str, Role], x: Figure) -> Figure | None:
    """The one figure the words make the plan of ``x``'s flow for a year ``x`` lies in."""
    role = named.get(x.id)
    if role is None or role.part is not None or role.plan or role.earlier:
        return None
    plans = [
        p.figure
        for p in article.figures
        if (other := named.get(p.figure.id)) is not None
        and other.name == role.name
        and other.plan
        and other.part is None
        and other.time.months == (1, 12)
        and _in_year(role.time, other.time)
        and (not (role.owner and other.owner) or role.owner == other.owner)
        and same_unit(p.figure, x)
    ]
    return plans[0] if len(plans) == 1 else None
