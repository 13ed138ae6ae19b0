"""Human-readable numbers for reports: exact fractions shown the way an article writes figures.

Display only: no verdict is ever taken from these strings.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import UnitSpec

_SCALES = ((12, "trillion"), (9, "billion"), (6, "million"))
_PREFIX_LABELS = frozenset({"US$", "C$", "A$"})


_CONTEXTS: dict[int, Context] = {}
_EXACT = Context(prec=100)  # more digits than any rounded figure has: moving the point is exact


def round_sig(x: Fraction, sig: int) -> Decimal:
    """``x`` rounded to ``sig`` significant digits, as a Decimal."""
    if x == 0:
        return Decimal(0)
    ctx = _CONTEXTS.get(sig)
    if ctx is None:
        ctx = _CONTEXTS[sig] = Context(prec=max(sig, 1), rounding=ROUND_HALF_EVEN)
    if x.denominator == 1:
        return ctx.plus(Decimal(x.numerator))
    return ctx.divide(Decimal(x.numerator), Decimal(x.denominator))


def _plain_decimal(d: Decimal) -> str:
    text = f"{d:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def number(x: Fraction, sig: int = 6, scale_words: bool = True) -> str:
    """``646800000000`` -> ``646.8 billion``; ``1100`` -> ``1,100``; ``1/3`` -> ``0.333333``.

    Not cached: within a file few numbers repeat (see BENCHMARKS.md). Every step uses the
    module's own decimal contexts, never the caller's, so text made later (inputs are made when a
    report shows them) is the same whatever context the caller has set by then.
    """
    d = round_sig(x, sig)
    if scale_words and d:
        magnitude = d.adjusted()  # the power of ten of the leading digit
        for exponent, word in _SCALES:
            if magnitude >= exponent:
                return f"{_plain_decimal(d.scaleb(-exponent, _EXACT))} {word}"
    return _plain_decimal(d)


def with_unit(text: str, unit: UnitSpec | None, per: UnitSpec | None = None) -> str:
    """Attach a unit label to a formatted number: ``US$1.5 billion``, ``49 percent``."""
    if unit is None:
        out = text
    elif unit.label in _PREFIX_LABELS:
        sign = "-" if text.startswith("-") else ""
        out = f"{sign}{unit.label}{text.lstrip('-')}"
    else:
        out = f"{text} {unit.label}"
    if per is not None:
        out = f"{out} per {singular(per)}"
    return out


_SINGULAR = {
    "US$": "US dollar",
    "C$": "Canadian dollar",
    "A$": "Australian dollar",
    "people": "person",
    "Swiss francs": "Swiss franc",
}


def singular(unit: UnitSpec) -> str:
    """The label for one unit, as after "per": ``per euro``, ``per US dollar``, ``per person``."""
    if unit.label in _SINGULAR:
        return _SINGULAR[unit.label]
    if (unit.is_currency or unit.kind in _MEASURES) and unit.label.endswith("s"):
        return unit.label[:-1]  # "per hectare", "per tonne", "per barrel"
    return unit.label


_MEASURES = frozenset({"length", "area", "mass", "time", "volume", "energy", "power"})


def value(
    x: Fraction, unit: UnitSpec | None = None, per: UnitSpec | None = None, sig: int = 6
) -> str:
    return with_unit(number(x, sig), unit, per)


def interval(
    iv: Interval | None, unit: UnitSpec | None = None, per: UnitSpec | None = None, sig: int = 6
) -> str:
    """``[645.75, 646.85] billion tenge`` style, or ``at least 1,100`` for one-sided intervals."""
    if iv is None:
        return "missing"
    if iv.lo is None and iv.hi is None:
        return "any value"
    if iv.hi is None:
        assert iv.lo is not None
        return "at least " + value(iv.lo, unit, per, sig)
    if iv.lo is None or (iv.lo == 0 and iv.hi > 0 and unit is not None and unit.is_currency):
        return "at most " + value(iv.hi, unit, per, sig)
    if iv.lo == iv.hi:
        return value(iv.lo, unit, per, sig)
    lo_text, hi_text = number(iv.lo, sig), number(iv.hi, sig)
    lo_num, _, lo_scale = lo_text.partition(" ")
    hi_num, _, hi_scale = hi_text.partition(" ")
    if lo_scale == hi_scale and lo_scale:
        return with_unit(f"[{lo_num}, {hi_num}] {lo_scale}", unit, per)
    return with_unit(f"[{lo_text}, {hi_text}]", unit, per)


def article_style(x: Fraction, unit: UnitSpec | None, sig: int) -> str:
    """A suggested figure written as articles write them: ``US$332,000``, ``US$7.4 million``."""
    sig = max(1, sig)
    d = round_sig(x, sig)
    if abs(d) >= Decimal(10) ** 6:
        return with_unit(number(Fraction(d), sig), unit)
    return with_unit(_plain_decimal(d), unit)
