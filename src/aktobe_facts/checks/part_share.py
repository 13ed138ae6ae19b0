"""Part and share: an amount given with the share it is of a whole must agree with that share.

An amount claim names, with ``share``, the claim stating the same part as a percent. The whole is
that share claim's ``of``, or the ``of`` of its group. ``amount / whole × 100``, as an interval, must
meet the share's interval. The two are compared in one unit: a pair stated in the same unit if there
is one, else an exact unit conversion, else (between currencies) the article's common rate or a
declared reference rate; with no rate known the finding is undetermined.
"""

from __future__ import annotations

from aktobe_facts.checks._common import (
    ROUNDING_NOTE,
    centre,
    fixed,
    is_percent,
    quantities_of,
    rounding_margin,
    same_unit_pair,
    stated_step,
    unit_factor,
    whole_of,
)
from aktobe_facts.checks._cutoff import cut_off_notes
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.relations.rates import rate_table
from aktobe_facts.relations.verdicts import judged

ID = "part-share"
say = Verdicts(ID)
TITLE = "An amount agrees with the share it is of its whole"
HELP = (
    "An amount claim with share = <a percent claim> must be that percent of the share's whole "
    "(the share claim's 'of', or its group's 'of'): amount / whole × 100 must meet the share's "
    "interval. Currencies are converted at the article's common rate or a declared reference."
)
HUNDRED = Fraction(100)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for relation in doc.relations_of("amount-share"):
        claim = doc.claim(relation.ref("part") or "")
        share = doc.claim(relation.ref("share") or "")
        if claim is not None and claim.value is not None and share is not None:
            findings.append(judged(doc, relation, _part(doc, claim, share), ID))
    return findings


def _undetermined(claim: Claim, ids: tuple[str, ...], message: str, steps: list[Step]) -> Finding:
    return say.undetermined(ids, claim.line, message, inputs=steps)


def _pair(
    doc: ClaimsFile, amounts: tuple[Quantity, ...], wholes: tuple[Quantity, ...]
) -> tuple[Quantity, Quantity, Interval, str] | None:
    """An amount and a whole quantity, with the factor turning the whole into the amount's unit."""
    pair = same_unit_pair(amounts, wholes)
    if pair is not None:
        return pair[0], pair[1], Interval.point(1), "same unit"
    for a in amounts:
        for w in wholes:
            needs_rate = a.unit is not None and w.unit is not None and a.unit.is_currency
            found = unit_factor(w.unit, a.unit, rate_table(doc) if needs_rate else None)
            if found is not None:
                return a, w, found[0], found[1]
    return None


def _part(doc: ClaimsFile, claim: Claim, share: Claim) -> Finding:
    assert claim.value is not None
    ids: tuple[str, ...] = (claim.id, share.id)
    steps: list[Step] = [stated_step(claim.id, claim.value)]
    if share.value is None or not is_percent(share.value):
        return _undetermined(
            claim,
            ids,
            f"'{share.id}', named as the share of '{claim.id}', states no percent",
            steps,
        )
    s = share.value
    steps.append(stated_step(share.id, s))
    whole_id = whole_of(doc, share)
    if whole_id is None:
        return _undetermined(
            claim,
            ids,
            f"the share '{share.id}' names no whole: give it (or its group) an 'of'",
            steps,
        )
    ids = (*ids, whole_id)
    wholes = quantities_of(doc, whole_id)
    found = _pair(doc, tuple(q for q in claim.quantities() if not q.missing), wholes)
    if found is None:
        steps.extend(stated_step(whole_id, w) for w in wholes)
        return _undetermined(
            claim,
            ids,
            f"'{claim.id}' and its whole '{whole_id}' are in units with no known conversion "
            "(state the amounts in a common currency or declare a reference rate)",
            steps,
        )
    amount_q, whole_q, conv, source = found
    steps.append(stated_step(whole_id, whole_q))
    unit = amount_q.unit
    whole = whole_q.require() * conv
    if conv != Interval.point(1):
        steps.append(
            Step(
                "whole",
                f"in {unit.label if unit else 'the same unit'}: "
                f"{fmt.interval(whole, unit)} ({source})",
            )
        )
    if not whole.is_positive():
        return _undetermined(
            claim, ids, f"the whole '{whole_id}' may be zero, so the share has no bound", steps
        )
    percent = lookup_unit("percent")
    implied = (amount_q.require() / whole).scale(HUNDRED)
    conv_mid = centre(conv)  # none for an open-ended rate: no figure as printed
    printed = None if conv_mid is None else amount_q.value / (whole_q.value * conv_mid) * HUNDRED
    implied_text = fmt.interval(implied, percent)
    steps.append(
        Step(
            "share",
            f"{fmt.interval(amount_q.interval, unit)} / {fmt.interval(whole, unit)} × 100 = "
            f"{implied_text}"
            + ("" if printed is None else f" (as printed {fmt.value(printed, percent)})"),
        )
    )
    stated = s.require()
    bound = fmt.interval(stated, percent)
    it = say.about(ids, claim.line, inputs=steps, result=implied_text, bound=bound)
    if implied.intersect(stated) is not None:
        margin = None if printed is None else rounding_margin(printed, implied, stated, percent)
        return it.passed(
            f'"{amount_q.text}" of "{whole_q.text}" is {implied_text}; the stated "{s.text}" fits',
            margin=margin,
            notes=(ROUNDING_NOTE,) if margin is not None else (),
        )
    edge = (
        implied.lo
        if stated.hi is not None and implied.lo is not None and implied.lo > stated.hi
        else implied.hi
    )
    amount_fit = stated.scale(Fraction(1, 100)) * whole
    suggestion = []
    if printed is not None:
        suggestion.append(f'write "{fixed(printed, s.stated.decimals, percent)}" as the share')
    if conv_mid is not None:
        central = s.value / HUNDRED * whole_q.value * conv_mid
        sig = amount_q.stated.significant_digits
        suggestion.append(f'an amount of "{fmt.article_style(central, unit, sig)}"')
    by_reference = _by_reference(doc, amount_q, whole_q)
    return (it.undetermined if by_reference else it.failed)(
        f'"{amount_q.text}" of "{whole_q.text}" is {implied_text}, which "{s.text}" '
        f"({bound}) cannot be"
        + (
            " at the declared reference rate (the article may have used another)"
            if by_reference
            else ""
        )
        + f"; the amount that fits the share is {fmt.interval(amount_fit, unit)}",
        nearest=None
        if edge is None
        else f"the share closest to the stated one: {fmt.value(edge, percent)}",
        suggestion=", or ".join(suggestion) or None,
        notes=cut_off_notes(implied, s, percent),
    )


def _by_reference(doc: ClaimsFile, amount: Quantity, whole: Quantity) -> bool:
    """The two were compared at a declared reference rate, the article giving no rate of its own:
    a mismatch may be the rate's, so it is not called a failure."""
    a, w = amount.unit, whole.unit
    if a is None or w is None or a.key == w.key or not (a.is_currency and w.is_currency):
        return False
    estimate = rate_table(doc).get(frozenset((a.key, w.key)))
    return estimate is None or estimate.article_rate is None
