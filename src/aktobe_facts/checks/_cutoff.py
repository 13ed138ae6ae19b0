"""A figure cut off rather than rounded: the note a failed percent adds when it is the computed
value cut short to its printed digits.

Some sources cut their percents short ("decreased by 45.29 percent" for 45.2957). The reading
rules read a printed figure as rounded, and the finding stays what it is: the printed interval
does not hold the value, and the correctly rounded figure is the fix. The note tells the reviewer
that only the last digit differs, and why, so that a cut-off figure is not mistaken for a slip of
substance.
"""

from __future__ import annotations

from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import UnitSpec


def cut_interval(value: Fraction, step: Fraction) -> tuple[Interval, set[Fraction]]:
    """The values that cut off (towards zero) to ``value`` at ``step``, as a closed interval and
    the ends it does not hold: [v, v + step) above zero, (v - step, v] below, (-step, step) at 0."""
    lo = value - step if value <= 0 else value
    hi = value + step if value >= 0 else value
    excluded = ({lo} if value <= 0 else set()) | ({hi} if value >= 0 else set())
    return Interval(lo, hi), excluded


def cut_off_notes(computed: Interval, stated: Quantity, unit: UnitSpec | None) -> tuple[str, ...]:
    """The note for a failed check whose ``computed`` values, cut off after the stated figure's
    last printed digit, give the stated figure (none when it is no plain rounded figure, or when
    no value cut off gives it)."""
    step = stated.step
    if stated.basis != "digits" or step is None or stated.approx is not None:
        return ()
    cut, excluded = cut_interval(stated.value, step)
    meet = computed.intersect(cut)
    if meet is None or (meet.is_point and meet.lo in excluded):
        return ()
    return (
        f"cut off, not rounded: values the other figures allow ({fmt.interval(meet, unit)}) "
        f'cut short to the printed digits give the printed "{stated.text}"; if the source cuts its '
        "figures short instead of rounding them, only the last digit differs",
    )
