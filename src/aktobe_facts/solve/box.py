"""Interval arithmetic for constraint propagation: exact, allocation-light, unbounded ends allowed.

A :data:`Box` is ``(lo, hi)`` with exact rational ends; ``None`` is an unbounded end (``-∞`` as a
lower end, ``+∞`` as an upper end). Every operation returns an *enclosure*: each value the operation
can take on values inside its inputs lies inside the result, so a box that turns out empty is a proof
that no values fit. This module is the propagation's own, not :class:`aktobe_facts.reading.interval.Interval`:
plain tuples keep the inner loop of a 10,000-claim file cheap, and the operations here need the
extended cases (division by a box with zero as an end) that the checks never meet.

``0 × ∞`` is taken as 0 (the hull of a product of closed intervals); a division by a box whose end is
0 divides by the values other than 0 (``x / y`` is undefined at ``y = 0``, so leaving it out loses no
value of the quotient).
"""

from __future__ import annotations

from aktobe_facts.reading.exact import Fraction

Bound = Fraction | None
Box = tuple[Bound, Bound]

ENTIRE: Box = (None, None)
ZERO = Fraction(0)
ONE = Fraction(1)

_INF = float("inf")


class Empty(Exception):
    """A box with no value: the constraints cannot all hold."""


def point(x: Fraction) -> Box:
    return (x, x)


def contains(box: Box, x: Fraction) -> bool:
    lo, hi = box
    return (lo is None or lo <= x) and (hi is None or x <= hi)


def is_point(box: Box) -> bool:
    return box[0] is not None and box[0] == box[1]


def intersect(a: Box, b: Box) -> Box:
    """The common part of two boxes; raises :class:`Empty` when they do not meet."""
    alo, ahi = a
    blo, bhi = b
    lo = blo if alo is None or (blo is not None and blo > alo) else alo
    hi = bhi if ahi is None or (bhi is not None and bhi < ahi) else ahi
    if lo is not None and hi is not None and lo > hi:
        raise Empty
    return (lo, hi)


def add(a: Box, b: Box) -> Box:
    return (
        None if a[0] is None or b[0] is None else a[0] + b[0],
        None if a[1] is None or b[1] is None else a[1] + b[1],
    )


def neg(a: Box) -> Box:
    return (None if a[1] is None else -a[1], None if a[0] is None else -a[0])


def sub(a: Box, b: Box) -> Box:
    return (
        None if a[0] is None or b[1] is None else a[0] - b[1],
        None if a[1] is None or b[0] is None else a[1] - b[0],
    )


def _times(x: Fraction | float, y: Fraction | float) -> Fraction | float:
    """A product of two ends, each finite or ±∞, with 0 × ∞ = 0."""
    if x == 0 or y == 0:
        return ZERO
    if isinstance(x, float) or isinstance(y, float):  # an infinite end
        return _INF if (x > 0) == (y > 0) else -_INF
    return x * y


def mul(a: Box, b: Box) -> Box:
    alo, ahi = a
    blo, bhi = b
    if alo is not None and blo is not None and alo >= 0 and blo >= 0:
        # the common case (amounts, rates, counts): the ends multiply in order
        return (alo * blo, None if ahi is None or bhi is None else ahi * bhi)
    ends_a = (-_INF if alo is None else alo, _INF if ahi is None else ahi)
    ends_b = (-_INF if blo is None else blo, _INF if bhi is None else bhi)
    products = [_times(x, y) for x in ends_a for y in ends_b]
    lo, hi = min(products), max(products)
    return (
        None if isinstance(lo, float) else lo,
        None if isinstance(hi, float) else hi,
    )


def reciprocal(b: Box) -> Box:
    """``1 / y`` for ``y`` in ``b`` other than 0; :data:`ENTIRE` when 0 lies strictly inside."""
    lo, hi = b
    if lo is not None and lo > 0:
        return (ZERO if hi is None else ONE / hi, ONE / lo)
    if hi is not None and hi < 0:
        return (ONE / hi, ZERO if lo is None else ONE / lo)
    if lo == 0 and hi == 0:
        raise Empty  # only zero: no quotient at all
    if lo == 0:  # (0, hi]
        return (ZERO if hi is None else ONE / hi, None)
    if hi == 0:  # [lo, 0)
        return (None, ZERO if lo is None else ONE / lo)
    return ENTIRE


def div(a: Box, b: Box) -> Box:
    return mul(a, reciprocal(b))


def width_shrank(old: Box, new: Box) -> bool:
    """Whether a narrowing is worth propagating: an end became finite, or the box lost at least a
    thousandth of its width (smaller steps are kept but not passed on, so that propagation around a
    cycle of constraints stops instead of creeping)."""
    olo, ohi = old
    nlo, nhi = new
    if (olo is None) != (nlo is None) or (ohi is None) != (nhi is None):
        return True
    if nlo is None or nhi is None:
        # one end unbounded: compare the move of the finite end with its size
        if nlo is not None and olo is not None:
            return (nlo - olo) * 1000 > abs(olo) + 1
        if nhi is not None and ohi is not None:
            return (ohi - nhi) * 1000 > abs(ohi) + 1
        return False
    assert olo is not None and ohi is not None
    return ((nlo - olo) + (ohi - nhi)) * 1000 > (ohi - olo)


_MAX_BITS = 256
# Far beyond any figure an article prints (2**512 is about 1e154) yet small enough to multiply fast.
_MAX_MAGNITUDE_BITS = 512
_LIMIT = Fraction(1 << _MAX_MAGNITUDE_BITS)
_EPSILON = 1 / _LIMIT
_ZERO = Fraction(0)


def outward(box: Box) -> Box:
    """The box with ends of huge denominators or huge size rounded outward (wider, so still an
    enclosure).

    Propagation around a cycle multiplies denominators; past :data:`_MAX_BITS` bits an end is
    rounded down (lower) or up (upper) to a grid of 2**-k fine enough to keep about 128 bits of it.
    Around a cycle such as ``x = x * y`` an end can also grow without bound, its digits doubling at
    each turn until one multiplication takes minutes: past 2**512 a lower end is held at 2**512 (or
    dropped when negative) and an upper end at -2**512 (or dropped when positive); an end shrinking
    towards zero the same way is held at 0 or at plus or minus 2**-512, whichever is wider.
    """
    lo, hi = box
    if lo is not None and _huge(lo):
        lo = None if lo < 0 else _LIMIT
    if hi is not None and _huge(hi):
        hi = None if hi > 0 else -_LIMIT
    if lo is not None and _tiny(lo):
        lo = _ZERO if lo > 0 else -_EPSILON
    if hi is not None and _tiny(hi):
        hi = _ZERO if hi < 0 else _EPSILON
    if lo is not None and lo.denominator.bit_length() > _MAX_BITS:
        lo = _round(lo, down=True)
    if hi is not None and hi.denominator.bit_length() > _MAX_BITS:
        hi = _round(hi, down=False)
    return (lo, hi)


def _huge(x: Fraction) -> bool:
    return x.numerator.bit_length() - x.denominator.bit_length() > _MAX_MAGNITUDE_BITS


def _tiny(x: Fraction) -> bool:
    return x.numerator != 0 and (
        x.denominator.bit_length() - x.numerator.bit_length() > _MAX_MAGNITUDE_BITS
    )


def _round(x: Fraction, *, down: bool) -> Fraction:
    k = max(0, 128 - x.numerator.bit_length() + x.denominator.bit_length())
    scaled = x.numerator * (1 << k)
    q, r = divmod(scaled, x.denominator)  # floor division
    if not down and r:
        q += 1
    return Fraction(q, 1 << k)
