"""Growth: a growth rate ties the current value to the base period's, current = base × (1 + g/100).

* With ``of`` (the current value) and ``base`` (the base period's value) stated, the growth they
  imply, ``(current / base − 1) × 100`` as an interval, must meet the stated growth's interval.
  Both values are compared in one unit: the same unit, or an exact conversion between physical
  units. Amounts in two currencies are not compared, since the exchange rate moves between periods.
* With only ``of``, the implied base-period value is reported, in every unit the current value is
  stated in; with only ``base``, the implied current value.
* A growth in real terms (``real = true`` on a ``[[relation]]``, or a value "in real terms") is
  never compared with nominal amounts: an info finding says it was not tested.

It reads the ``growth`` relations (:mod:`aktobe_facts.relations.growth`): a growth claim's
``of``/``base`` fields, or a ``[[relation]]`` of kind ``growth``.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import (
    ROUNDING_NOTE,
    fixed,
    is_percent,
    quantities_of,
    rounding_margin,
    same_unit_pair,
    stated_step,
    unit_factor,
)
from aktobe_facts.checks._cutoff import cut_off_notes
from aktobe_facts.claims.model import Claim, ClaimsFile, Relation
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import UnitSpec, lookup_unit
from aktobe_facts.relations.growth import is_real
from aktobe_facts.relations.verdicts import judged

ID = "growth"
say = Verdicts(ID)
TITLE = "Growth rates fit the current and base-period values"
HELP = (
    "A growth claim (kind = growth, in percent) with 'of' (the current value) and 'base' (the "
    "base period's value) must satisfy current = base × (1 + growth/100) for some values inside "
    "the stated roundings. With only 'of', the implied base-period value is reported in every "
    "currency of the current value."
)
HUNDRED = Fraction(100)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for relation in doc.relations_of("growth"):
        claim = doc.claim(relation.ref("growth") or "")
        if claim is None or not is_percent(claim.value):
            continue
        of, base = relation.ref("current"), relation.ref("base")
        if is_real(doc, relation):
            findings.append(_real(claim, relation))
        elif of is not None and base is not None:
            findings.append(judged(doc, relation, _tested(doc, claim, of, base), ID))
        elif of is not None or base is not None:
            findings.append(_implied(doc, claim, of, base))
    return findings


def _real(claim: Claim, relation: Relation) -> Finding:
    """A growth in real terms is net of price changes: nominal amounts cannot test it."""
    assert claim.value is not None
    return say.undetermined(
        relation.members,
        relation.line,
        f'"{claim.value.text}" is a growth in real terms (net of price changes), so it is not '
        "compared with the nominal amounts it names",
        severity=Severity.INFO,
        inputs=(stated_step(claim.id, claim.value),),
    )


def _factor(growth: Interval) -> Interval:
    """``1 + g/100`` as an interval."""
    return Interval.point(1) + growth.scale(Fraction(1, 100))


def _phrase(claim: Claim) -> str:
    """``6.6 percent more than in 2019``."""
    assert claim.value is not None
    percent = lookup_unit("percent")
    g = claim.value.value
    size = fmt.value(abs(g), percent)
    word = "more" if g >= 0 else "less"
    when = f"in {claim.base_period}" if claim.base_period else "in the base period"
    return f"{size} {word} than {when}"


def _factor_text(f: Interval) -> str:
    return f"1 + growth/100 = {fmt.interval(f)}"


def _applied_text(q: Quantity, forward: bool, f: Interval, other: Interval) -> str:
    return f'"{q.text}" {"×" if forward else "÷"} {fmt.interval(f)} = {_shown(q, other)}'


def _shown(q: Quantity, other: Interval) -> str:
    return fmt.interval(other, q.unit, q.per)


def _implied(doc: ClaimsFile, claim: Claim, of: str | None, base: str | None) -> Finding:
    assert claim.value is not None
    g = claim.value
    known = of if of is not None else base
    assert known is not None
    forward = of is None  # from the base to the current value
    f = _factor(g.require())
    quantities = quantities_of(doc, known)
    steps: list[Step] = [stated_step(claim.id, g)]
    steps.extend(stated_step(known, q) for q in quantities)
    steps.append(Step.later("factor", partial(_factor_text, f)))
    ids = (claim.id, known)
    if not forward and not f.is_positive():
        return say.undetermined(
            ids,
            claim.line,
            f'"{g.text}" allows a fall of 100 percent or more, so no base-period value follows '
            f"from '{known}'",
            inputs=steps,
        )
    others: list[Interval] = []
    for q in quantities:
        other = q.require() * f if forward else q.require() / f
        others.append(other)
        label = "current value" if forward else "base-period value"
        steps.append(Step.later(label, partial(_applied_text, q, forward, f, other)))
    if not quantities:
        return say.undetermined(
            ids, claim.line, f"'{known}' states no number to relate the growth to", inputs=steps
        )
    pairs = list(zip(quantities, others, strict=True))

    def message() -> str:  # made only when the run shows it (findings.Text)
        first, *more = [_shown(q, other) for q, other in pairs]
        also = "".join(f"; {t}" for t in more)
        if forward:
            return (
                f'"{quantities[0].text}" in {claim.base_period or "the base period"} and a '
                f'growth of "{g.text}" imply a current value of {first}{also}'
            )
        when = claim.base_period or "base-period"
        return f'"{quantities[0].text}", {_phrase(claim)}, implies a {when} value of {first}{also}'

    def result() -> str:
        return "; ".join(_shown(q, other) for q, other in pairs)

    return say.passed(ids, claim.line, message, inputs=steps, result=result)


def _pair(doc: ClaimsFile, of: str, base: str) -> tuple[Quantity, Quantity, Interval, str] | None:
    """A current and a base quantity in one unit: (current, base, factor base→current, source)."""
    currents, bases = quantities_of(doc, of), quantities_of(doc, base)
    pair = same_unit_pair(currents, bases)
    if pair is not None:
        return pair[0], pair[1], Interval.point(1), "same unit"
    for c in currents:
        for b in bases:
            found = unit_factor(b.unit, c.unit, None)
            if found is not None:
                return c, b, found[0], found[1]
    return None


def _tested(doc: ClaimsFile, claim: Claim, of: str, base: str) -> Finding:
    assert claim.value is not None
    g = claim.value
    growth = g.require()
    ids = (claim.id, of, base)
    steps: list[Step] = [stated_step(claim.id, g)]
    found = _pair(doc, of, base)
    if found is None:
        steps.extend(stated_step(of, q) for q in quantities_of(doc, of))
        steps.extend(stated_step(base, q) for q in quantities_of(doc, base))
        return say.undetermined(
            ids,
            claim.line,
            f"'{of}' and '{base}' are not stated in one unit, so the growth cannot be computed "
            "(a growth across currencies would mix in the change of the exchange rate)",
            inputs=steps,
        )
    current_q, base_q, conv, source = found
    steps += [stated_step(of, current_q), stated_step(base, base_q)]
    unit = current_q.unit
    base_iv = base_q.require() * conv
    if conv != Interval.point(1):
        steps.append(
            Step(
                "base",
                f"in {unit.label if unit else 'one unit'}: "
                f"{fmt.interval(base_iv, unit)} ({source})",
            )
        )
    current = current_q.require()
    if not base_iv.is_positive():
        return say.undetermined(
            ids,
            claim.line,
            f"the base '{base}' ({fmt.interval(base_iv, unit)}) may be zero or negative, so the "
            "growth has no bound",
            inputs=steps,
        )
    percent = lookup_unit("percent")
    implied = (current / base_iv).scale(HUNDRED) - Interval.point(HUNDRED)
    conv_mid = conv.midpoint()
    assert conv_mid is not None  # factors from exact conversions are points
    printed = (current_q.value / (base_q.value * conv_mid) - 1) * HUNDRED
    steps.append(
        Step.later(
            "implied growth", partial(_implied_text, current, base_iv, unit, implied, printed)
        )
    )
    implied_text = partial(fmt.interval, implied, percent)  # made when shown (findings.Text)
    bound = fmt.interval(growth, percent)
    it = say.about(ids, claim.line, inputs=steps, result=implied_text, bound=bound)
    if implied.intersect(growth) is not None:
        margin = rounding_margin(printed, implied, growth, percent)
        return it.passed(
            lambda: (
                f'from "{base_q.text}" to "{current_q.text}" is a growth of '
                f'{implied_text()}; the stated "{g.text}" fits'
            ),
            margin=margin,
            notes=(ROUNDING_NOTE,) if margin is not None else (),
        )
    f = _factor(growth)
    edge = (
        implied.lo
        if growth.hi is not None and implied.lo is not None and implied.lo > growth.hi
        else implied.hi
    )
    base_fit_text = ""
    if f.is_positive():
        base_fit = (current / f).scale(1 / conv_mid)
        central = current_q.value / (1 + g.value / HUNDRED) / conv_mid
        written = fmt.article_style(central, base_q.unit, base_q.stated.significant_digits)
        base_fit_text = (
            f', or a base of "{written}" (any value in {fmt.interval(base_fit, base_q.unit)} fits)'
        )
    message = (
        f'from "{base_q.text}" to "{current_q.text}" is a growth of {implied_text()}, '
        f'which "{g.text}" ({fmt.interval(growth, percent)}) cannot be'
    )
    sure = _in_stated_units(doc, of, base, current_q, base_q)
    if not sure:
        message += (
            f"; but the growth may be measured in the values' own currencies, and in "
            f"{unit.label if unit else 'this unit'} the exchange rate's change between the "
            "periods enters"
        )
    return (it.failed if sure else it.undetermined)(
        message,
        nearest=None
        if edge is None
        else f"the growth closest to the stated one: {fmt.value(edge, percent)}",
        suggestion=f'write "{fixed(printed, g.stated.decimals, percent)}" for the growth'
        + base_fit_text,
        notes=cut_off_notes(implied, g, percent),
    )


def _implied_text(
    current: Interval, base: Interval, unit: UnitSpec | None, implied: Interval, printed: Fraction
) -> str:
    percent = lookup_unit("percent")
    return (
        f"({fmt.interval(current, unit)} / {fmt.interval(base, unit)} − 1) × 100 = "
        f"{fmt.interval(implied, percent)} (as printed {fmt.value(printed, percent)})"
    )


def _in_stated_units(
    doc: ClaimsFile, of: str, base: str, current_q: Quantity, base_q: Quantity
) -> bool:
    """The values were compared as the claims state them first (not through a counterpart in
    another currency, where the change of the exchange rate would enter the growth)."""
    if current_q.unit is None or not current_q.unit.is_currency:
        return True
    return current_q is quantities_of(doc, of)[0] and base_q is quantities_of(doc, base)[0]
