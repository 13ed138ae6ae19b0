"""Stated values to exact intervals: the reading rules of the tool, in one place.

Rules (each reading is recorded in words on the :class:`Quantity`, so reports can show it):

* The digits as written set the precision: "1.5 billion" is 1.5 ± 0.05 billion, "328 million" is
  328 ± 0.5 million, "3.5 percent" is 3.5 ± 0.05 percent.
* Trailing zeros of a whole number are ambiguous; by default the widest reading is taken, so rounding
  can never cause a false alarm: "140 million" is 140 ± 5 million, "1,100" is 1,100 ± 50.
* A claim may say ``exact = true`` (no rounding) or give ``precision`` (the step it was rounded to,
  in the value's own unit: ``precision = "1 million"`` makes "140 million" 140 ± 0.5 million).
* "more than" / "over" / "at least" make the number a lower bound, "less than" / "up to" an upper bound,
  as written: "more than 1,100" is [1,100, ∞). Quantities that cannot be negative (money, counts,
  lengths, areas, ...) have 0 as their lowest value.
* "some" / "about" / "close to" / "approximately" widen the rounding interval by a further
  :data:`APPROX_TOLERANCE` (5 %) of the value on each side; a file can change it with
  ``[settings] approx = "10 percent"``. "almost" / "nearly" / "just under" widen it below the
  value only and cut it at the value ("almost 2 billion" is [1.4, 2] billion: a careful reader
  takes it as short of 2 billion); "just over" the other way ([2, 2.6] billion).
* A fraction in words ("a third", "two thirds", "half", "three quarters") is a share in percent
  (100/3 percent), approximate as an article writes it: widened by the approximate tolerance on
  each side ("a third" is [31.67, 35] percent; "about a third" twice as wide; "more than a third"
  a bound as written). "half a percentage point", "a quarter of a million": that part of the unit
  or scale, read the same way.
* A number word is as precise as its digits would be: "four per cent" is "4 per cent" (3.5 to 4.5),
  "forty" is "40", "five billion" is "5 billion", "two hundred" is "200". Only an ordinal ("fifth",
  "5th") is exact: a rank.
* Percentages, percentage points and durations are read to the unit, not to the ten: "10 percent" is
  10 ± 0.5, "10 years" (or "ten years", "a decade") 10 ± 0.5 years ("about" widens it further).
* A range ("10–15 million", "between 10 and 15 percent") runs from its low end's lowest value to its
  high end's highest, both ends read to the finer of their two steps: [9.5, 15.5] million.
* A direction word ("fell 9 percent", "down", "declined by"; "rose", "up") makes the value a change:
  its size is read by the rules above (never below 0), and a fall is negated: [-9.5, -8.5] percent.
  "fell more than 9 percent" is a fall of at least 9: (-∞, -9].
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import msgspec
from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import Direction, Qualifier, Stated, pow10
from aktobe_facts.reading.units import UnitSpec

APPROX_TOLERANCE = Fraction(5, 100)
DECIMAL_COMMA_READING = (
    "; read with a decimal comma (one or two digits after a comma cannot be a thousands group; "
    "the file sets no locale)"
)
_READ_TO_UNIT = frozenset({"percent", "points", "time"})
_SIGNED_KINDS = frozenset({"percent", "points"})


class Quantity(Struct, frozen=True):
    """A stated value as an exact interval in its unit, with the words that explain the reading."""

    stated: Stated
    interval: Interval | None  # None when the number is missing ("US$")
    basis: str  # how it was read: missing, word, exact, declared, widest, digits, lower,
    # upper, range, range-exact
    step: Fraction | None = None  # the rounding step, when the reading rounds
    approx: Fraction | None = None  # the widening of an approximate number, as a fraction
    alternative: Quantity | None = None  # the other reading of an ambiguous separator ("2,350")

    @property
    def reading(self) -> str:
        """The reading rule in words ("rounded to 0.1 billion"); built only when shown."""
        text = _reading(
            self.basis, self.step, self.approx, self.stated.scale_word, self.stated.exponent
        )
        if self.stated.high is None and self.stated.qualifier in _SIDE_READINGS:
            text += _SIDE_READINGS[self.stated.qualifier]
        if self.stated.direction is not None:
            text += _DIRECTION_READINGS[self.stated.direction]
        if self.stated.decimal_comma:
            text += DECIMAL_COMMA_READING
        return text

    @property
    def unit(self) -> UnitSpec | None:
        return self.stated.unit

    @property
    def per(self) -> UnitSpec | None:
        return self.stated.per

    @property
    def never_negative(self) -> bool:
        """A level the reading rules start at 0 (money, counts, lengths, areas, ...): not a percent
        or points, not written negative, not a change ("fell 9 percent", "an increase of 5")."""
        stated = self.stated
        kind = stated.unit.kind if stated.unit else None
        high = stated.high
        return (
            kind not in _SIGNED_KINDS
            and not stated.negative
            and not (high is not None and high.negative)
            and stated.direction is None
        )

    @property
    def missing(self) -> bool:
        return self.interval is None

    @property
    def in_percent(self) -> bool:
        """A stated number in percent (not percentage points)."""
        unit = self.stated.unit
        return self.interval is not None and unit is not None and unit.kind == "percent"

    @property
    def text(self) -> str:
        return self.stated.text

    @property
    def value(self) -> Fraction:
        return self.stated.value

    def require(self) -> Interval:
        """The interval; only call on quantities known not to be missing."""
        if self.interval is None:
            raise ValueError(f"{self.text!r} has no number")
        return self.interval


def rounding_step(stated: Stated) -> Fraction:
    """The step a stated number was rounded to, by the default reading rules."""
    if stated.decimals or stated.exact_word:
        return stated.last_digit_step()
    unit_kind = stated.unit.kind if stated.unit else None
    if unit_kind in _READ_TO_UNIT:
        return stated.last_digit_step()
    return pow10(stated.exponent + stated.trailing_zeros)


def read(
    stated: Stated,
    *,
    exact: bool = False,
    precision: Fraction | None = None,
    approx: Fraction = APPROX_TOLERANCE,
) -> Quantity:
    """Turn a stated value into a :class:`Quantity` following the module's rules."""
    if stated.missing:
        return Quantity(stated, None, "missing")
    if stated.direction is not None:
        return _read_change(stated, exact=exact, precision=precision, approx=approx)
    if stated.high is not None:
        return _read_range(stated, exact=exact, precision=precision, approx=approx)
    v = stated.value
    step: Fraction | None = None
    widened: Fraction | None = None
    if exact:
        interval = Interval.point(v)
        basis = "exact"
    elif stated.fraction and precision is None:
        interval = Interval.point(v)  # widened as approximate below, unless it is a bound
        basis = "fraction"
    elif stated.exact_word and precision is None:
        interval = Interval.point(v)
        basis = "word"
    else:
        step = precision if precision is not None else rounding_step(stated)
        interval = Interval.around(v, step / 2)
        if precision is not None:
            basis = "declared"
        elif stated.trailing_zeros and (
            stated.unit is None or stated.unit.kind not in _READ_TO_UNIT
        ):
            basis = "widest"
        else:
            basis = "digits"

    if stated.qualifier == Qualifier.LOWER:
        interval = Interval(v, None)
        basis, step = "lower", None
    elif stated.qualifier == Qualifier.UPPER:
        interval = Interval(None, v)
        basis, step = "upper", None
    elif stated.qualifier in Qualifier.APPROXIMATE or basis == "fraction":
        # a fraction in words is approximate by itself; "about a third" is widened twice
        widened = approx * (2 if basis == "fraction" and stated.qualifier else 1)
        widen = abs(v) * widened
        assert interval.lo is not None and interval.hi is not None
        interval = one_side(Interval(interval.lo - widen, interval.hi + widen), v, stated.qualifier)

    interval = _clamp(stated, interval)
    alternative = None
    if stated.alternative is not None:
        other = replace(stated, digits=stated.alternative, alternative=None)
        alternative = read(other, exact=exact, precision=precision, approx=approx)
    return Quantity(stated, interval, basis, step, widened, alternative)


def range_ends(q: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two ends of a range as figures of their own, each read to the range's step ("3-10bn"
    is 2.5 to 3.5 and 9.5 to 10.5 billion; "some" widens each), for a range converted end to end
    ("PLN 3-10bn (EUR 0.7-2.4bn)": the low ends at one rate, the high ends at the same). ``None``
    for no range, a missing number, or a range of a change ("up 3-5 percent")."""
    stated = q.stated
    if stated.high is None or q.interval is None or stated.direction is not None:
        return None
    half = Fraction(0) if q.step is None else q.step / 2
    ends = []
    for which, end in (("low", stated.low), ("high", stated.high)):
        h = Fraction(0) if end.exact_word else half
        w = Fraction(0) if q.approx is None else abs(end.value) * q.approx
        named = replace(end, text=end_texts(q)[which == "high"], high=None, qualifier=None)
        interval = _clamp(named, Interval(end.value - h - w, end.value + h + w))
        ends.append(Quantity(named, interval, q.basis, q.step, q.approx))
    return ends[0], ends[1]


def end_texts(q: Quantity) -> tuple[str, str]:
    """How the low and the high end of a range are named: "PLN 3-10bn (low end)"."""
    return f"{q.text} (low end)", f"{q.text} (high end)"


def one_side(interval: Interval, value: Fraction, qualifier: str | None) -> Interval:
    """An approximate interval cut at the stated value on the side a word rules out: "almost",
    "nearly", "just under" are at most the value in size ("almost 2 billion" is not 2.1 billion),
    "just over" at least; "about", "some", "close to" stay on both sides."""
    if qualifier not in (Qualifier.BELOW, Qualifier.ABOVE):
        return interval
    if (qualifier == Qualifier.BELOW) == (value >= 0):  # at most the size: below a positive value
        return Interval(interval.lo, value)
    return Interval(value, interval.hi)


def _clamp(stated: Stated, interval: Interval) -> Interval:
    """Quantities that cannot be negative (money, counts, lengths, ...) start at 0."""
    kind = stated.unit.kind if stated.unit else None
    negative = stated.negative or (stated.high is not None and stated.high.negative)
    if kind not in _SIGNED_KINDS and not negative:
        return interval.clamp_lo(Fraction(0))
    return interval


def _read_change(
    stated: Stated, *, exact: bool, precision: Fraction | None, approx: Fraction
) -> Quantity:
    """A value with a direction word: its size read by the usual rules, never below 0 (a fall of
    -2 percent would be a rise), then negated for a fall ("fell 9 percent" is [-9.5, -8.5])."""
    high = None if stated.high is None else replace(stated.high, negative=False)
    size = read(
        replace(stated, negative=False, direction=None, high=high),
        exact=exact,
        precision=precision,
        approx=approx,
    )
    falls = stated.direction == Direction.DOWN

    def signed(quantity: Quantity | None) -> Quantity | None:
        if quantity is None or quantity.interval is None:
            return quantity
        interval = quantity.interval.clamp_lo(Fraction(0))
        return msgspec.structs.replace(
            quantity, stated=stated, interval=-interval if falls else interval
        )

    result = signed(size)
    assert result is not None
    return msgspec.structs.replace(result, alternative=signed(size.alternative))


def _read_range(
    stated: Stated, *, exact: bool, precision: Fraction | None, approx: Fraction
) -> Quantity:
    """A range: from the low end's lowest value to the high end's highest. Both ends are read to
    the finer of their two rounding steps ("10–15 million" is [9.5, 15.5] million, not [5, 15.5]:
    the "15" shows the range is written to the million); "some" widens each end by the tolerance."""
    low, high = stated.low, stated.high
    assert high is not None
    step: Fraction | None = None
    if not exact:
        steps = [rounding_step(end) for end in (low, high) if not end.exact_word]
        step = precision if precision is not None else min(steps, default=None)
    basis = "range-exact" if step is None else "range"
    half = Fraction(0) if step is None else step / 2
    lo = low.value - (Fraction(0) if step is None or (low.exact_word and not precision) else half)
    hi = high.value + (Fraction(0) if step is None or (high.exact_word and not precision) else half)
    widened = None
    if stated.qualifier in Qualifier.APPROXIMATE:  # "nearly 10-15": both ends, both sides
        lo, hi, widened = lo - abs(low.value) * approx, hi + abs(high.value) * approx, approx
    return Quantity(stated, _clamp(stated, Interval(lo, hi)), basis, step, widened)


@lru_cache(maxsize=4096)
def _reading(
    basis: str,
    step: Fraction | None,
    approx: Fraction | None,
    scale_word: str | None,
    exponent: int,
) -> str:
    if basis in _FIXED_READINGS:
        text = _FIXED_READINGS[basis]
    else:
        assert step is not None
        if scale_word is not None:
            shown = f"{_plain(step / Fraction(10) ** exponent, scale=False)} {scale_word}"
        else:
            shown = _plain(step)
        text = f"rounded to {shown}" + _BASIS_SUFFIX[basis]
    if approx is not None:
        text += f"; approximate: widened by {_plain(approx * 100)} percent of the value"
    return text


_FIXED_READINGS = {
    "missing": "no number stated",
    "fraction": "a fraction in words",
    "word": "an ordinal: exact",
    "range-exact": "a range with exact ends",
    "exact": "declared exact",
    "lower": "a lower bound as written",
    "upper": "an upper bound as written",
}
_BASIS_SUFFIX = {
    "range": ": a range from its low end's lowest value to its high end's highest",
    "declared": ", as declared",
    "widest": ", the widest reading of the trailing zeros",
    "digits": "",
}


_SIDE_READINGS = {
    Qualifier.BELOW: "; no larger in size than the figure as written (almost, nearly, just under)",
    Qualifier.ABOVE: "; no smaller in size than the figure as written (just over)",
}
_DIRECTION_READINGS = {
    Direction.DOWN: "; a fall: the size of the change, negated",
    Direction.UP: "; a rise: the size of the change",
}


def _plain(x: Fraction, scale: bool = True) -> str:
    from aktobe_facts.reading.fmt import number

    return number(x, 12, scale_words=scale)
