"""Two lists of figures set against each other, for the rules that order a figure and the one
compared after it: "Diesel levies came to A and petrol levies to B, below the targets of C and D"
pairs A with C and B with D (said "respectively" or not), never B with C, so no order of B and C
is certain (twenty-fifth session, change25: "B, below the targets of C" was drafted B < C, a false
error where B is above C and below its own D).

X ends a list: a figure of its kind before it joined by a comma or "and" and at most a few words
of X's label ("and petrol levies to"), never another clause's ("while", "but"), or anywhere
before it in its sentence where a plural noun of the compared figures stands between X and Y ("A,
while B came to X, below the targets of C and D"); Y opens one: a figure of its kind right after
it, joined by a comma or "and", or by a few words of its own label ("the C target for diesel and
the D for petrol"; review25). A lone X compared with a list ("X,
up from C and D in 2029 and 2028") and a list compared with a lone Y are left to the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.sentences import LIST_JOIN

_LABELLED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?!(?:while|whereas|but|although|though|yet)\b)"
    r"(?:[A-Za-z][A-Za-z'’-]*\s+){0,4}",
    re.IGNORECASE,
)
"""Between two items of a list whose second names its label: ", and petrol levies to "."""
_OWN_LABEL = re.compile(
    r"(?:\s+(?!(?:while|whereas|but|although|though|yet)\b)[A-Za-z][A-Za-z'’-]*){1,4}\s*"
    r"(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?",
    re.IGNORECASE,
)
"""Between two items of a list each with its own label after it: " target for diesel and the "
("the $4.5 million target for diesel and the $6.2 million for petrol"; review25)."""
_PLURAL = re.compile(
    r"\b(?:targets|forecasts|estimates|budgets|goals|projections|levels|figures|totals)\b",
    re.IGNORECASE,
)
"""A plural noun between X and the list it is set against ("X, below the targets of C and D"):
a list of X's own and its fellow's, however far back the fellow stands ("A, while B came to X,
below the targets of C and D"; review25)."""


def list_against_list(
    text: str, figures: list[Placed], kx: int, ky: int, same: Callable[[Placed, Placed], bool]
) -> bool:
    """``figures[kx]`` ends a list of figures ``same`` as it and ``figures[ky]`` opens one."""
    if kx < 1 or ky + 1 >= len(figures):
        return False
    before, x, y, after = figures[kx - 1], figures[kx], figures[ky], figures[ky + 1]
    if before.sentence != x.sentence or after.sentence != y.sentence:
        return False
    gap = (past_noun(text, y.figure), after.figure.phrase.start)
    opens = same(y, after) and (LIST_JOIN.fullmatch(text, *gap) or _OWN_LABEL.fullmatch(text, *gap))
    ends = same(before, x) and (
        _LABELLED.fullmatch(text, past_noun(text, before.figure), x.figure.phrase.start)
        or (_PLURAL.search(text, x.figure.phrase.outer_end, y.figure.phrase.start) is not None)
    )
    return bool(opens and ends)
