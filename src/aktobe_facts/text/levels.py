"""Which figures of an article state a level (an amount or count in a unit, no change, range,
negative figure, percent or rate) and which two are levels of one unit: the figures a sum,
difference, order or rate may tie."""

from __future__ import annotations

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.draftfigures import same_per
from aktobe_facts.text.phrases import Phrase


def level(phrase: Phrase) -> bool:
    """The phrase states a level in a unit (no change, range, negative figure, percent or rate)."""
    stated = phrase.stated
    unit = stated.unit
    return (
        unit is not None
        and unit.kind != "percent"
        and stated.per is None
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.digits is not None
    )


def alike(a: Placed, b: Placed) -> bool:
    """Two levels of one unit (no percent): figures a sum, difference or order may tie."""
    ua, ub = a.figure.phrase.stated.unit, b.figure.phrase.stated.unit
    same = ua is not None and ub is not None and ua.key == ub.key and ua.kind != "percent"
    return same and level(a.figure.phrase) and level(b.figure.phrase)


def rates_alike(a: Placed, b: Placed) -> bool:
    """Two rates of one unit per one unit ("USD42.85 per barrel" and "USD67.22 per barrel",
    "64.88 thousand barrels per day" and "108.66 thousand barrels per day"): figures an order may
    tie (never a sum: two prices add to no price)."""
    sa, sb = a.figure.phrase.stated, b.figure.phrase.stated
    if sa.per is None or not same_per(a.figure, b.figure):
        return False
    ua, ub = sa.unit, sb.unit
    return (
        ua is not None
        and ub is not None
        and ua.key == ub.key
        and ua.kind != "percent"
        and all(
            s.direction is None and not s.negative and not s.is_range and s.digits is not None
            for s in (sa, sb)
        )
    )
