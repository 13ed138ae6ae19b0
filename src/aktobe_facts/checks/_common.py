"""Small helpers the checks share: how an input is shown in a finding's arithmetic."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, partial

from aktobe_facts.claims.model import Claim, ClaimsFile, Group
from aktobe_facts.findings import Step
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import ConversionError, UnitSpec, currency, factor
from aktobe_facts.relations.rates import PairEstimate, lookup


def stated_step(claim_id: str, quantity: Quantity) -> Step:
    """``claim 'x': "646.8 billion tenge" = [646.75, 646.85] billion tenge (rounded to ...)``.

    The text is made when a report shows it (see :class:`~aktobe_facts.findings.Step`).
    """
    return Step.later(claim_id, partial(_stated_text, quantity))


_SHOWN: dict[int, tuple[Quantity, str]] = {}
_SHOWN_LIMIT = 50_000


def _stated_text(quantity: Quantity) -> str:
    # a quantity is an input of several relations: its text is made once (keyed by identity)
    cached = _SHOWN.get(id(quantity))
    if cached is not None and cached[0] is quantity:
        return cached[1]
    shown = fmt.interval(quantity.interval, quantity.unit, quantity.per)
    reading = f" ({quantity.reading})" if quantity.reading else ""
    text = f'"{quantity.text}" = {shown}{reading}'
    if len(_SHOWN) >= _SHOWN_LIMIT:
        _SHOWN.clear()
    _SHOWN[id(quantity)] = (quantity, text)
    return text


def percent_off(value: Fraction, target: Interval) -> str:
    """How far ``value`` lies outside ``target``, relative to the nearest end."""
    nearest = target.nearest(value)
    if nearest == 0 or nearest == value:
        return "0%"
    return f"{float(abs(value - nearest) / abs(nearest)) * 100:.1f}%"


SLIP_EXPONENTS = (3, -3, 6, -6, 9, -9)


def scale_slip(value: Interval, target: Interval) -> int | None:
    """The power of ten (±3, ±6, ±9) that brings ``value`` onto ``target``, if one does.

    A figure off by a factor near a thousand or a million is the typical scale-word slip
    ("$190,000" for "$190 million"). Only a bounded ``value`` and ``target`` of positive
    magnitudes can show one: against an open end ("over 6.8 billion", [6.8 billion, ∞), or the
    [0, x] of "less than x" and of a rate computed from such a figure) every large enough factor
    "fits", so a fitting power of ten would say nothing. A ``value`` that meets ``target`` already
    has no slip.
    """
    if not (_positive_bounded(value) and _positive_bounded(target)):
        return None
    if value.intersect(target) is not None:
        return None
    for exponent in SLIP_EXPONENTS:
        if value.scale(Fraction(10) ** exponent).intersect(target) is not None:
            return exponent
    return None


def _positive_bounded(x: Interval) -> bool:
    return x.lo is not None and x.hi is not None and x.lo > 0


def centre(x: Interval | None) -> Fraction | None:
    """The centre of a positive magnitude (a rate, an amount) to compute a suggested figure from,
    or ``None`` when it has none: an open end ([1.68, ∞)) or a lower end of 0, which for an
    amount or a rate is a limit and not a value ("less than US$1 million" is [0, 1 million]; the
    reciprocal of [1.68, ∞) is [0, 0.595]). A midpoint of such an interval is an arbitrary figure.
    """
    if x is None or not _positive_bounded(x):
        return None
    return x.midpoint()


def scale_words(exponent: int) -> str:
    """``3`` -> ``a thousand``; ``-6`` -> ``a millionth``: the factor of a slip in words."""
    names = {3: "thousand", 6: "million", 9: "billion"}
    name = names[abs(exponent)]
    return f"a {name}" if exponent > 0 else f"a {name}th"


def rate_text(interval: Interval | None, top: str, bottom: str) -> str:
    """A rate interval in words: ``[420.548, 422.137] tenge per US dollar``."""
    return fmt.interval(interval, currency(top), currency(bottom))


# -- helpers of the relation checks (growth, part-share, grim, index-change, percent-points) ------

ROUNDING_NOTE = (
    "passes only thanks to rounding: the figures as printed do not satisfy the relation, "
    "values inside their rounding do"
)


def is_percent(quantity: Quantity | None) -> bool:
    """A stated number in percent (not percentage points)."""
    return quantity is not None and quantity.in_percent


def quantities_of(doc: ClaimsFile, ref_id: str) -> tuple[Quantity, ...]:
    """The numbered quantities of a claim (value first, then counterparts) or a reference."""
    claim = doc.claim(ref_id)
    if claim is not None:
        return claim.numbered()
    reference = doc.reference(ref_id)
    return () if reference is None else (reference.value,)


def whole_of(doc: ClaimsFile, share: Claim) -> str | None:
    """The whole a share is of: its own ``of``, else the ``of`` of its group."""
    if share.of is not None:
        return share.of
    if share.group is None:
        return None
    groups = doc.cache.get("groups_by_id")
    if not isinstance(groups, dict):
        groups = doc.cache["groups_by_id"] = {g.id: g for g in doc.groups}
    group = groups.get(share.group)
    return group.of if isinstance(group, Group) else None


def same_unit_pair(
    left: tuple[Quantity, ...], right: tuple[Quantity, ...]
) -> tuple[Quantity, Quantity] | None:
    """The first two quantities, one of each side, in the same unit (values before counterparts)."""
    for a in left:
        for b in right:
            if (a.unit.key if a.unit else None) == (b.unit.key if b.unit else None):
                return a, b
    return None


def unit_factor(
    have: UnitSpec | None,
    want: UnitSpec | None,
    table: dict[frozenset[str], PairEstimate] | None,
) -> tuple[Interval, str] | None:
    """The factor (an interval) turning a magnitude in ``have`` into ``want``, and its source.

    Exact for physical units; for two currencies the article's rate (or a declared reference) from
    ``table``, or ``None`` when no table is given or no rate is known.
    """
    if have is None or want is None:
        return (Interval.point(1), "same unit") if have is want else None
    if have.key == want.key:
        return Interval.point(1), "same unit"
    if have.is_currency or want.is_currency:
        if table is None or not (have.is_currency and want.is_currency):
            return None
        return lookup(table, have.key, want.key)
    try:
        return Interval.point(factor(have, want)), "exact unit conversion"
    except ConversionError:
        return None


def fixed(x: Fraction, decimals: int, unit: UnitSpec | None = None) -> str:
    """``x`` rounded to ``decimals`` places as an article would print it: ``6.9 percent``."""
    places = max(decimals, 0)
    # exact (round() on a Fraction is half-even): quantize in a 28-digit Decimal context fails on
    # a 30-digit figure
    d = Decimal(f"{round(x * 10**places)}e-{places}")
    text = f"{d:,f}"
    return fmt.with_unit("0" if text in ("-0", "") else text, unit)


def rounding_margin(
    printed: Fraction, computed: Interval, stated: Interval, unit: UnitSpec | None
) -> str | None:
    """For a pass: ``None`` when the value computed from the figures as printed lies in the stated
    interval; otherwise how much room the rounding left (a rounding-only pass)."""
    if stated.contains(printed):
        return None
    overlap = computed.intersect(stated)
    room = fmt.interval(overlap, unit) if overlap is not None else "nothing"
    return (
        f"as printed the figures give {fmt.value(printed, unit)}, "
        f"{fmt.value(stated.distance(printed), unit)} outside {fmt.interval(stated, unit)}; "
        f"their rounding leaves {room}"
    )


# Words that give the direction of a change written without a sign. "less than 2" and "more than
# 2" are qualifiers of the number, not directions.
_FALL = (
    r"\b(fell|fall|falls|falling|fallen|declin\w*|decreas\w*|dropp?\w*|down|lower|"
    r"less(?!\s+than\s+\d)|shr[aiu]nk\w*|contract\w*|reduc\w*|slump\w*|minus)\b"
)
_RISE = (
    r"\b(rose|rise|rises|rising|risen|grew|grow\w*|increas\w*|up|higher|gain\w*|"
    r"more(?!\s+than\s+\d)|climb\w*|expand\w*|plus)\b"
)


@cache
def _direction_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The fall and rise patterns, compiled when a check first asks (few files need them)."""
    return re.compile(_FALL, re.IGNORECASE), re.compile(_RISE, re.IGNORECASE)


def direction(claim: Claim) -> str | None:
    """ "fall" or "rise" when the quote or note says only one of them, else None."""
    texts = (claim.quote, claim.note or "")
    fall_re, rise_re = _direction_words()
    fall = any(fall_re.search(t) for t in texts)
    rise = any(rise_re.search(t) for t in texts)
    if fall == rise:
        return None
    return "fall" if fall else "rise"
