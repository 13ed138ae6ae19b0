"""Counts that the relation rules may tie as they tie amounts of one unit, for a draft.

A count has no unit ("12.5 million visitors", "1,200 projects", "12.5 million"), so the test the
rules use for amounts (:func:`aktobe_facts.text.levels.alike`: one unit) never holds for it.
Two counts are of one thing when each states a level (no range, rate, change or sign) and their
nouns (:attr:`aktobe_facts.text.draftfigures.Figure.noun`, the word right after a count) are the
same, or only the earlier one names what it counts (the later one leaves it understood):
"12.5 million visitors" and "10 million visitors", or "10 million" after "12.5 million
visitors"; never "1,200 visitors" and "300 hotels", nor "12.5 million, up from 300 hotels" (a
later noun the earlier figure does not share names another thing). Each rule that uses this
keeps its own words that make the tie certain ("up from", "of these", "or P of the total").
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.draftfigures import Figure, is_amount, same_measure, same_unit
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.planwords import PLAN_NOUNS, PLANNED


def count_level(figure: Figure) -> bool:
    """A count that states a level: no range, rate, change, sign or percent."""
    stated = figure.phrase.stated
    return (
        figure.kind == "count"
        and stated.unit is None
        and stated.per is None
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.digits is not None
    )


def counts_alike(a: Figure, b: Figure) -> bool:
    """Two counts of one thing, each a level: one noun, or a noun the later one leaves
    understood."""
    if not (count_level(a) and count_level(b)):
        return False
    earlier, later = (a, b) if a.phrase.start <= b.phrase.start else (b, a)
    return _counted(later) is None or _counted(later) == _counted(earlier)


_NOT_COUNTED = frozenset(
    (
        *PLAN_NOUNS,
        *PLANNED,
        *re.findall(
            r"\w+",
            "targets goal goals plans forecasts mark level levels threshold ceiling limit limits "
            "record records figure figures total totals estimates recorded registered reported "
            "posted set seen achieved",
        ),
    )
)
"""Words right after a count that say what the figure is, or where it comes from, not what it
counts ("the 10 million target", "the 8 million recorded in 2022", "the 3.3 million total")."""


_VERB = re.compile(
    r"\w{2,}ed|came|come|comes|went|go|goes|rose|fell|grew|stood|got|left|paid|sold|bought|won|"
    r"lost|ran|saw|hit|will|would|should|could|must"
)
"""A verb right after a count ("7.5 million came from the north", "300 arrived"): the word says
what the count did, not what it counts."""


def _counted(figure: Figure) -> str | None:
    """What a count counts, as far as the word right after it says."""
    noun = figure.noun
    if noun is None or noun in _NOT_COUNTED or _VERB.fullmatch(noun):
        return None
    return noun


def one_measure(a: Figure, b: Figure) -> bool:
    """An amount of another's unit, or two counts of one thing."""
    return (is_amount(a) and same_unit(a, b)) or counts_alike(a, b)


def listed_alike(total: Figure, part: Figure) -> bool:
    """A count listed after its total's words ("1,200 projects, of which 300 projects in industry
    and 200 in farming", "Of these, 7.5 million were repayments and 5 million interest payments"):
    a part may carry a word of its own label right after it, so its noun need only agree where
    both have one."""
    return count_level(total) and count_level(part) and same_measure(total, part)


def measures_alike(a: Placed, b: Placed) -> bool:
    """Two levels of one unit (:func:`alike`), or two counts of one thing."""
    return alike(a, b) or counts_alike(a.figure, b.figure)


def stated_level(figure: Figure) -> bool:
    """A level in a unit (:func:`level`) or a count's level."""
    return level(figure.phrase) or count_level(figure)


def past_noun(text: str, figure: Figure) -> int:
    """Where a figure's words end: after a count's noun ("12.5 million visitors"), else after
    the figure."""
    end = figure.phrase.outer_end
    if figure.noun is None:
        return end
    rest = text[end : end + len(figure.noun) + 8]
    stripped = rest.lstrip()
    if stripped.lower().startswith(figure.noun):
        return end + (len(rest) - len(stripped)) + len(figure.noun)
    return end
