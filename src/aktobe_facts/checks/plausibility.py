"""Plausibility: a ratio with an ``expect`` norm should be within a factor of 10 of it.

"1,040 square meters of housing" for a region of "about 900,000 people" is about 0.0012 square meters
a person, while the country commissions about 0.8 a person: off by a factor near a thousand, the mark
of a slipped scale word ("1,040 thousand square meters"). The ratio is computed as an interval and
converted exactly to the norm's unit ("per person" and a bare count are both per head); the factor
ratio / norm is an interval too.

* Within a factor of 10 either way (for some value of the intervals): a pass.
* Otherwise, when a factor of 10^3, 10^6 or 10^9 (either way) on one figure brings it within that
  band: a warning that names the figure as it would read with the scale word shifted.
* Otherwise: a warning "off by a factor of about N".

Never an error: a region may really be an outlier; the tool cannot know the truth.
"""

from __future__ import annotations

from functools import partial

from msgspec import Struct

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import ClaimsFile, Ratio
from aktobe_facts.findings import Finding, Said, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction, of_digits
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import ConversionError, UnitSpec, factor
from aktobe_facts.relations.ratio import as_ratio

ID = "plausibility"
say = Verdicts(ID)
TITLE = "Ratios near their expected norm"
HELP = (
    "A [[ratio]] with 'expect' (a per-capita norm) should be within a factor of 10 of the norm; "
    "a factor near a thousand, a million or a billion suggests a slipped scale word. Warnings only."
)
BAND = Fraction(10)
SHIFTS = (3, -3, 6, -6, 9, -9)
_SCALE_WORDS = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}


class _Figure(Struct, frozen=True):
    id: str
    quantity: Quantity
    subject: str | None
    is_claim: bool


def check(doc: ClaimsFile) -> list[Finding]:
    ratios = (as_ratio(r) for r in doc.relations_of("ratio"))
    return [_plausibility(doc, ratio) for ratio in ratios if ratio.expect is not None]


def _figure(doc: ClaimsFile, ref_id: str) -> _Figure | None:
    claim = doc.claim(ref_id)
    if claim is not None:
        return None if claim.value is None else _Figure(ref_id, claim.value, claim.subject, True)
    reference = doc.reference(ref_id)
    if reference is None:
        return None
    return _Figure(ref_id, reference.value, reference.subject, False)


def _is_head(unit: UnitSpec | None) -> bool:
    return unit is None or unit.key == "person"


def _conv(a: UnitSpec | None, b: UnitSpec | None) -> Fraction:
    """Factor from ``a`` to ``b``; a bare count and people are both heads."""
    if _is_head(a) and _is_head(b):
        return Fraction(1)
    if a is None or b is None:
        raise ConversionError("a count and a measured quantity")
    return factor(a, b)


def _undetermined(ratio: Ratio, ids: tuple[str, ...], why: str, steps: list[Step]) -> Finding:
    return say.undetermined(ids, ratio.line, f"{ratio.label or ratio.id}: {why}", inputs=steps)


def _plausibility(doc: ClaimsFile, ratio: Ratio) -> Finding:
    assert ratio.expect is not None
    ids = (ratio.numerator, ratio.denominator, ratio.expect)
    figures = [_figure(doc, i) for i in ids]
    steps = [stated_step(f.id, f.quantity) for f in figures if f is not None]
    top, bottom, norm = figures
    if top is None or bottom is None or norm is None:
        return _undetermined(ratio, ids, "a figure of the ratio or its norm has no value", steps)
    num, den, exp = top.quantity, bottom.quantity, norm.quantity
    if num.interval is None or den.interval is None or exp.interval is None:
        return _undetermined(ratio, ids, "a figure of the ratio or its norm has no number", steps)
    if num.per is not None or den.per is not None:
        return _undetermined(ratio, ids, "a numerator or denominator that is itself a rate", steps)
    if den.interval.contains(0) or exp.interval.contains(0):
        return _undetermined(ratio, ids, "the denominator or the norm may be zero", steps)
    try:
        conv = _conv(num.unit, exp.unit) / _conv(den.unit, exp.per)
    except ConversionError:
        return _undetermined(
            ratio,
            ids,
            f"the ratio ({fmt.with_unit('x', num.unit)} per {fmt.with_unit('x', den.unit)}) "
            f"cannot be put in the norm's unit ({exp.text})",
            steps,
        )
    value = (num.interval / den.interval).scale(conv)
    times = value / exp.interval
    words = partial(_words, ratio, (top, bottom, norm), steps, conv, value, times)
    if times.intersect(Interval(1 / BAND, BAND)) is not None:
        return say.passed(ids, ratio.line, words)
    return say.failed(ids, ratio.line, words, severity=Severity.WARNING)


def _words(
    ratio: Ratio,
    figures: tuple[_Figure, _Figure, _Figure],
    steps: list[Step],
    conv: Fraction,
    value: Interval,
    times: Interval,
) -> Said:
    """The arithmetic of a ratio against its norm, and the verdict's words: a pass within the
    band, else how far off it is and the scale slip that would explain it."""
    top, bottom, norm = figures
    num, den, exp = top.quantity, bottom.quantity, norm.quantity
    assert exp.interval is not None
    printed = num.value / den.value * conv / exp.value
    shown = fmt.interval(value, exp.unit, exp.per)
    steps.append(Step("ratio", f'"{num.text}" / "{den.text}" = {shown}'))
    steps.append(
        Step("ratio / norm", f"{fmt.interval(times)} (as printed {fmt.number(printed, 2)})")
    )
    band = Interval(1 / BAND, BAND)
    allowed = fmt.interval(
        exp.interval.scale(1 / BAND).hull(exp.interval.scale(BAND)), exp.unit, exp.per
    )
    label = ratio.label or ratio.id
    bound = f"within a factor of 10 of the norm: {allowed}"
    if times.intersect(band) is not None:
        return Said(
            f"{label} is {shown}, within a factor of 10 of the norm {exp.text} "
            f"(about {_times(printed)})",
            inputs=steps,
            result=shown,
            bound=bound,
        )
    # "about" the figures as printed; an open-ended ratio only has the bound it is held to
    how, figure = "about", num.value / den.value * conv
    if value.hi is None and value.lo is not None:
        how, figure = "at least", value.lo
    elif value.lo is None or value.lo <= 0:
        how, figure = "at most", value.hi if value.hi is not None else figure
    sentence = (
        f"{_what(top)} for {den.text} is {how} "
        f"{fmt.article_style(figure, exp.unit, 2)} {_per(exp.per, den.unit)}; "
        f"the norm is {fmt.number(exp.value)}"
    )
    shift = _best_shift(times, band)
    if shift is None:
        return Said(
            f"{label} is {shown}, off by a factor of {_how_far(times, printed, exp.text)}",
            inputs=steps,
            result=shown,
            bound=bound,
            suggestion=f"{sentence}: check the figures and their units",
        )
    fixed, k = (top, shift) if top.is_claim or not bottom.is_claim else (bottom, -shift)
    meant = rescaled(fixed.quantity, k)
    return Said(
        f"{label} is {shown}, about {_times(printed)} the norm {exp.text}; a scale word "
        f"off by {_factor_words(shift)} would explain it",
        inputs=steps,
        result=shown,
        bound=bound,
        nearest=f"'{fixed.id}' as {meant}",
        suggestion=f"{sentence}: did the article mean {meant}?",
    )


def _best_shift(times: Interval, band: Interval) -> int | None:
    """The power of ten that brings ``times`` into ``band``, the one closest to 1 if several do.

    None for an open-ended ``times`` (a figure written "more than ..."): every large enough power
    of ten brings [x, ∞) into the band, so a fitting one says nothing about a slip.
    """
    if times.lo is None or times.hi is None or times.lo <= 0:
        return None
    best: tuple[Fraction, int] | None = None
    for k in SHIFTS:
        moved = times.scale(Fraction(10) ** k)
        if moved.intersect(band) is None:
            continue
        near = moved.nearest(Fraction(1))
        closeness = max(near, 1 / near) if near > 0 else Fraction(10) ** 12
        if best is None or closeness < best[0]:
            best = (closeness, k)
    return None if best is None else best[1]


def _times(x: Fraction) -> str:
    """``1/690`` -> ``690 times below``; ``3`` -> ``3 times``."""
    if x <= 0:
        return f"{fmt.number(x, 2)} times"
    if x < 1:
        return f"{fmt.number(1 / x, 2)} times below"
    return f"{fmt.number(x, 2)} times"


def _factor(x: Fraction) -> str:
    return fmt.number(1 / x if 0 < x < 1 else x, 2)


def _how_far(times: Interval, printed: Fraction, norm: str) -> str:
    """``about 42 from the norm N (42 times)``; for an open-ended ratio ("more than ...") the
    least factor it is off by, since the figure as printed is only its bound."""
    if times.lo is not None and times.hi is not None and times.lo > 0:
        return f"about {_factor(printed)} from the norm {norm} ({_times(printed)})"
    if times.lo is not None and times.lo > BAND:
        return f"at least {fmt.number(times.lo, 2)} from the norm {norm} (above it)"
    if times.hi is not None and times.hi > 0:
        return f"at least {fmt.number(1 / times.hi, 2)} from the norm {norm} (below it)"
    return f"more than {fmt.number(BAND)} from the norm {norm} ({fmt.interval(times)} times it)"


def _factor_words(k: int) -> str:
    return f"a {_SCALE_WORDS[abs(k)]}"


def _what(figure: _Figure) -> str:
    return f"{figure.quantity.text} of {figure.subject}" if figure.subject else figure.quantity.text


def _per(norm_per: UnitSpec | None, den_unit: UnitSpec | None) -> str:
    if norm_per is not None and norm_per.key == "person":
        return "a person"
    if norm_per is None:
        return "a person" if den_unit is not None and den_unit.key == "person" else "each"
    return f"per {norm_per.label}"


def rescaled(quantity: Quantity, k: int) -> str:
    """The figure as written with its scale moved by ``10**k``: ``1,040`` -> ``1,040 thousand``."""
    stated = quantity.stated
    assert stated.digits is not None
    exponent = stated.exponent + k
    sign = "-" if stated.negative else ""
    if exponent in _SCALE_WORDS:
        numeral = fmt.number(of_digits(stated.digits), 30, scale_words=False)
        text = f"{sign}{numeral} {_SCALE_WORDS[exponent]}"
    else:
        text = fmt.number(quantity.value * Fraction(10) ** k, 30)
    return fmt.with_unit(text, stated.unit, stated.per)
