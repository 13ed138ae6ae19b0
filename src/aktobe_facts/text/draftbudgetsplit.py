"""A budget and its recurrent and capital spending told after it, for a draft (``kind = "sum"``,
not exhaustive): "The minister put the budget for 2031 at $399.3 million. ... He said $335.1
million will go towards recurrent expenditure while $41.6 million has been allocated for capital
expenditure."; "the budget, which stands at $1.3 billion ... the recurrent expenses shall take
$731.6 million while $610 million shall go to development".

A budget's spending is its recurrent (current, operating) part and its capital (development)
part, and nothing of one is in the other: the two, told in one sentence, lie within the budget's
total. Not exhaustive: a budget may hold debt service or net lending beside them. The whole is the
one amount before the parts, in their sentence or up to :data:`BACK` sentences before, whose own
words name the budget itself ("a budget of W", "the budget ... at W", "the budget, which stands
at W") and no side of it (a deficit, a revenue, a support, a recurrent or capital budget). Each
part is the one amount of the sentence whose clause names its side's spending ("recurrent
expenditure", "recurrent expenses", "capital expenditure", "capital investment projects",
"development"), never a revenue, a grant or a loan ("capital grants"). The whole and the parts
are levels of one unit, no comparison's earlier figure, of one period where their contexts name
one; a sentence naming a ministry, a department or an agency is left alone (its budget may be
its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text import draftcomplement
from aktobe_facts.text.draftarticle import Article, Placed, in_sentence, tied
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.figuretime import is_earlier
from aktobe_facts.text.levels import alike
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.thisyear import compared

BACK = 3
"""Sentences read before the parts' sentence for the budget's total."""
_BUDGET = re.compile(
    r"\bbudget\b(?:\s+[\w'’-]+){0,10}?\s+(?:of|totall?ing|amounting\s+to|at|worth)\s+\S*$"
    r"|\bbudget\b\s*,\s*which\s+(?:stands|comes|amounts)\s+(?:at|to)\s+\S*$",
    re.IGNORECASE,
)
"""Before the whole: the budget's noun and the words that give its figure ("a budget of",
"a budget totaling", "put the estimated budget of the islands for 2031 at", "the budget, which
stands at")."""
_SIDE = re.compile(
    r"\b(?:deficit|surplus|revenues?|support|gap|recurrent|capital|development|supplementary|"
    r"ministry|department|agency|council)\b",
    re.IGNORECASE,
)
"""In the whole's words before it: a side or a part of a budget, or a body's own budget."""
_RECURRENT = re.compile(
    r"\brecurrent\s+(?:expenditures?|expenses|spending|outlays|budget|allocations?)\b",
    re.IGNORECASE,
)
_CAPITAL = re.compile(
    r"\bcapital\s+(?:expenditures?|spending|outlays|budget|investments?|investment\s+projects|"
    r"projects)\b|\b(?:go|goes|going)\s+to\s+development\b|\bdevelopment\s+(?:expenditures?|"
    r"spending|budget|projects)\b",
    re.IGNORECASE,
)
_NOT_SPENDING = re.compile(
    r"\b(?:revenues?|grants?|receipts?|income|taxes|loans?|borrow\w*|financ\w*|ministry|"
    r"department|agency|council)\b",
    re.IGNORECASE,
)
"""In a part's sentence: words of the revenue side, or of a body whose own spending it may be."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    indexes = sorted({p.sentence_index for p in article.figures})
    for k in indexes:
        own = [p for p in in_sentence(article, k) if _level(article, p)]
        sentence = own[0].sentence if own else (0, 0)
        if not own or _NOT_SPENDING.search(text, sentence[0], sentence[1]):
            continue
        sides = [
            [p for p in own if pattern.search(draftcomplement.clause_text(article, p))]
            for pattern in (_RECURRENT, _CAPITAL)
        ]
        if any(len(side) != 1 for side in sides) or sides[0][0] is sides[1][0]:
            continue
        parts = [sides[0][0], sides[1][0]]
        wholes = [
            p
            for p in article.figures
            if k - BACK <= p.sentence_index <= k
            and p.figure.phrase.start < parts[0].figure.phrase.start
            and p not in parts
            and _whole(article, p)
        ]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        if not all(alike(whole, p) for p in parts) or not one_context(article, whole, *parts):
            continue
        if any(whole.figure.id in tied(r) and parts[0].figure.id in tied(r) for r in drafted):
            continue
        quote = " … ".join(draftcomplement.clause_text(article, p) for p in (whole, *parts))
        found.append(sum_relation(whole, parts, False, quote))
    return found, []


def _level(article: Article, placed: Placed) -> bool:
    """An amount stated as a level, no comparison's earlier figure."""
    if placed.figure.kind != "amount" or compared(article.text, placed):
        return False
    return not is_earlier(article.text, in_sentence(article, placed.sentence_index), placed.index)


def _whole(article: Article, placed: Placed) -> bool:
    """The budget's own total: its words right before it name the budget and no side of it."""
    text = article.text
    start = max(placed.sentence[0], placed.figure.phrase.start - 120)
    before = text[start : placed.figure.phrase.start]
    m = _BUDGET.search(before)
    if m is None or not _level(article, placed):
        return False
    head = text[placed.sentence[0] : placed.figure.phrase.start]
    return _SIDE.search(head) is None
