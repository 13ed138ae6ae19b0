"""Stated values to exact intervals: the reading rules of the tool, in one place.

Rules (each reading is recorded in words on the :class:`Quantity`, so reports can show it):

* The digits as written set the precision: "1.5 billion" is 1.5 ± 0.05 billion, "328 million" is
  328 ± 0.5 million, "3.5 percent" is 3.5 ± 0.05 percent.
* Trailing zeros of a whole number are ambiguous; by default the widest reading is taken, so rounding
  can never cause a false alarm: "140 million" is 140 ± 5 million, "1,100" is 1,100 ± 50.
  Percentages and percentage points are read to the unit: "10 percent" is 10 ± 0.5.
* A claim may say ``exact = true`` (no rounding) or give ``precision`` (the step it was rounded to,
  in the value's own unit: ``precision = "1 million"`` makes "140 million" 140 ± 0.5 million).
* "more than" / "over" / "at least" make the number a lower bound, "less than" / "up to" an upper bound,
  as written: "more than 1,100" is [1,100, ∞). Quantities that cannot be negative (money, counts,
  lengths, areas, ...) have 0 as their lowest value.
* "some" / "about" / "nearly" / "approximately" widen the rounding interval by a further
  :data:`APPROX_TOLERANCE` (5 %) of the value on each side; a file can change it with
  ``[settings] approx = "10 percent"``.
* Number words that count ("three", "forty-five", "fifth") are exact; a number word with a power of
  ten ("five billion", "two hundred") is as precise as its digits would be ("5 billion", "200").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from aktobe_facts.exact import Fraction
from aktobe_facts.interval import Interval
from aktobe_facts.numbers import Qualifier, Stated, pow10
from aktobe_facts.units import UnitSpec

APPROX_TOLERANCE = Fraction(5, 100)
_READ_TO_UNIT = frozenset({"percent", "points"})
_SIGNED_KINDS = frozenset({"percent", "points"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated value as an exact interval in its unit, with the words that explain the reading."""

    stated: Stated
    interval: Interval | None  # None when the number is missing ("US$")
    basis: str  # how it was read: missing, word, exact, declared, widest, digits, lower, upper
    step: Fraction | None = None  # the rounding step, when the reading rounds
    approx: Fraction | None = None  # the widening of an approximate number, as a fraction
    alternative: Quantity | None = None  # the other reading of an ambiguous separator ("2,350")

    @property
    def reading(self) -> str:
        """The reading rule in words ("rounded to 0.1 billion"); built only when shown."""
        return _reading(
            self.basis, self.step, self.approx, self.stated.scale_word, self.stated.exponent
        )

    @property
    def unit(self) -> UnitSpec | None:
        return self.stated.unit

    @property
    def per(self) -> UnitSpec | None:
        return self.stated.per

    @property
    def missing(self) -> bool:
        return self.interval is None

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
    v = stated.value
    step: Fraction | None = None
    widened: Fraction | None = None
    if stated.exact_word:
        interval = Interval.point(v)
        basis = "word"
    elif exact:
        interval = Interval.point(v)
        basis = "exact"
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
    elif stated.qualifier == Qualifier.APPROX:
        widen = abs(v) * approx
        assert interval.lo is not None and interval.hi is not None
        interval = Interval(interval.lo - widen, interval.hi + widen)
        widened = approx

    kind = stated.unit.kind if stated.unit else None
    if kind not in _SIGNED_KINDS and not stated.negative:
        interval = interval.clamp_lo(Fraction(0))
    alternative = None
    if stated.alternative is not None:
        other = replace(stated, digits=stated.alternative, alternative=None)
        alternative = read(other, exact=exact, precision=precision, approx=approx)
    return Quantity(stated, interval, basis, step, widened, alternative)


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
    "word": "a number word: exact",
    "exact": "declared exact",
    "lower": "a lower bound as written",
    "upper": "an upper bound as written",
}
_BASIS_SUFFIX = {
    "declared": ", as declared",
    "widest": ", the widest reading of the trailing zeros",
    "digits": "",
}


def _plain(x: Fraction, scale: bool = True) -> str:
    from aktobe_facts.fmt import number

    return number(x, 12, scale_words=scale)
