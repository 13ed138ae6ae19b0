"""Derived ratios: a declared ``[[ratio]]`` (investment per job created) as an exact interval.

The ratio is computed in the numerator's unit and in every other currency the numerator is stated in
(or that the article's common rate reaches), and tested against the ``min``/``max`` the file
declares. A denominator that can be zero leaves the ratio undetermined. A ratio within its bounds
as stated but not at the readings a joint conflict pins its figures to (a numerator fixed by its
conversion) fails there (:func:`~aktobe_facts.relations.verdicts.judged`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import ClaimsFile, Ratio
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import ConversionError, UnitSpec, currency, factor
from aktobe_facts.relations.rates import PairEstimate, lookup, rate_table
from aktobe_facts.relations.ratio import as_ratio
from aktobe_facts.relations.verdicts import judged

ID = "ratios"
say = Verdicts(ID)
TITLE = "Derived ratios computed and bounded"
HELP = (
    "A [[ratio]] divides one claim by another as intervals, in every currency the numerator is "
    "known in, and is tested against the min/max the file declares."
)


def check(doc: ClaimsFile) -> list[Finding]:
    relations = doc.relations_of("ratio")
    if not relations:
        return []
    table = rate_table(doc)
    findings: list[Finding] = []
    for relation in relations:
        ratio = as_ratio(relation)
        # a ratio with only an 'expect' norm is the plausibility check's to report
        if ratio.expect is None or ratio.min is not None or ratio.max is not None:
            findings.append(judged(doc, relation, _ratio(doc, ratio, table), ID))
    return findings


def _quantity(doc: ClaimsFile, ref_id: str) -> tuple[Quantity, tuple[Quantity, ...]]:
    claim = doc.claim(ref_id)
    if claim is not None:
        assert claim.value is not None
        return claim.value, tuple(q for q in claim.counterparts if not q.missing)
    reference = doc.reference(ref_id)
    assert reference is not None
    return reference.value, ()


def _ratio(doc: ClaimsFile, ratio: Ratio, table: dict[frozenset[str], PairEstimate]) -> Finding:
    numerator, others = _quantity(doc, ratio.numerator)
    denominator, _ = _quantity(doc, ratio.denominator)
    label = ratio.label or ratio.id
    ids = (ratio.numerator, ratio.denominator)
    steps: list[Step] = [stated_step(ratio.numerator, numerator)]
    steps.extend(stated_step(ratio.numerator, q) for q in others)
    steps.append(stated_step(ratio.denominator, denominator))
    den = denominator.require()
    if den.is_point and den.lo == 0:
        return say.failed(
            ids,
            ratio.line,
            f"{label}: the denominator '{ratio.denominator}' is zero",
            inputs=steps,
            bound="a denominator above zero",
        )
    if den.contains(0):
        return say.undetermined(
            ids,
            ratio.line,
            f"{label}: the denominator '{ratio.denominator}' "
            f"({fmt.interval(den, denominator.unit)}) may be zero, so the ratio has "
            "no bound",
            inputs=steps,
        )
    # each result's text is made when a report shows it (findings.Text)
    results: list[tuple[UnitSpec | None, Interval, Callable[[], str]]] = []
    for q in (numerator, *others):
        value = q.require() / den
        results.append((q.unit, value, partial(fmt.interval, value, q.unit)))
    seen = {u.key for u, _, _ in results if u is not None}
    if numerator.unit is not None and numerator.unit.is_currency:
        for key in sorted({c for pair in table for c in pair} - seen):
            found = lookup(table, numerator.unit.key, key)
            if found is None:
                continue
            rate, source = found
            value = numerator.require() * rate / den
            unit = currency(key)
            results.append((unit, value, partial(_at, value, unit, source)))
    for _unit, _value, text in results:
        steps.append(Step.later(f"{label}", text))

    def summary() -> str:
        return "; ".join(text() for _, _, text in results)

    bound_findings = _bounds(ratio, results, label, ids, steps)
    if bound_findings is not None:
        return bound_findings
    return say.passed(
        ids, ratio.line, lambda: f"{label}: {summary()}", inputs=steps, result=summary
    )


def _at(value: Interval, unit: UnitSpec, source: str) -> str:
    return f"{fmt.interval(value, unit)} (at {source})"


def _bounds(
    ratio: Ratio,
    results: list[tuple[UnitSpec | None, Interval, Callable[[], str]]],
    label: str,
    ids: tuple[str, ...],
    steps: list[Step],
) -> Finding | None:
    if ratio.min is None and ratio.max is None:
        return None
    for bound in (ratio.min, ratio.max):
        if bound is not None:
            steps.append(
                Step(
                    "declared " + ("min" if bound is ratio.min else "max"),
                    fmt.interval(bound.interval, bound.unit),
                )
            )
    declared = ratio.min if ratio.min is not None else ratio.max
    assert declared is not None
    unit = declared.unit
    allowed = Interval(
        ratio.min.value if ratio.min is not None else None,
        ratio.max.value if ratio.max is not None else None,
    )
    for result_unit, value, _text in results:
        if (result_unit is None) != (unit is None):
            continue
        if result_unit is not None and unit is not None:
            try:
                value = value.scale(factor(result_unit, unit))
            except ConversionError:
                continue
        shown = fmt.interval(value, unit)
        limits = fmt.interval(allowed, unit)
        it = say.about(ids, ratio.line, inputs=steps, result=shown, bound=limits)
        if value.intersect(allowed) is None:
            edge = (
                value.lo
                if allowed.hi is not None and value.lo is not None and value.lo > allowed.hi
                else value.hi
            )
            nearest = allowed.nearest(edge if edge is not None else Fraction(0))
            return it.failed(
                f"{label} is {shown}, outside the declared {limits}",
                nearest=f"nearest allowed value {fmt.value(nearest, unit)}",
            )
        return it.passed(f"{label} is {shown}, within the declared {limits}")
    return say.undetermined(
        ids,
        ratio.line,
        f"{label}: the declared bounds are in a unit the ratio is not known in",
        inputs=steps,
    )
