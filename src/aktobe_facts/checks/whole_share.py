"""Share of a whole: "occupies 11 percent of the territory" against the two areas it divides.

It reads the ``share`` relations (:mod:`aktobe_facts.relations.share`): a percent claim's ``part``
and ``of``, or a ``[[relation]]`` of kind ``share``. The share, with a ``part`` and a whole (each a
claim or a reference) must meet
part / whole × 100, computed as an interval after an exact unit conversion (km² and hectares,
people and a bare count). It passes when some values inside the stated intervals agree, flagged as
rounding-only when the figures as printed give a share outside the stated one's rounding.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import stated_step
from aktobe_facts.checks._cutoff import cut_off_notes
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Said, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import ConversionError, UnitSpec, factor, lookup_unit
from aktobe_facts.relations.verdicts import judged

ID = "share-of-whole"
say = Verdicts(ID)
TITLE = "A share matches its part and whole"
HELP = (
    "A percent claim with 'part' and 'of' (claims or references) must meet part / whole × 100, "
    "computed as an interval with exact unit conversion."
)
HUNDRED = Fraction(100)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for relation in doc.relations_of("share"):
        claim = doc.claim(relation.ref("share") or "")
        part_id, whole_id = relation.ref("part"), relation.ref("whole")
        if claim is None or part_id is None or whole_id is None:
            continue
        value = claim.value
        if value is None or value.interval is None:
            continue
        if value.unit is None or value.unit.key != "percent":
            continue
        part, whole = _quantity(doc, part_id), _quantity(doc, whole_id)
        if part is not None and whole is not None:
            found = _share(claim, part_id, part, whole_id, whole, relation.line)
            findings.append(judged(doc, relation, found, ID))
    return findings


def _quantity(doc: ClaimsFile, ref_id: str) -> Quantity | None:
    claim = doc.claim(ref_id)
    if claim is not None:
        return claim.value if claim.value is not None and not claim.value.missing else None
    reference = doc.reference(ref_id)
    return reference.value if reference is not None else None


def _conv(a: UnitSpec | None, b: UnitSpec | None) -> Fraction:
    """Factor from ``a`` to ``b``; a bare count and people are both heads."""
    if (a is None or a.key == "person") and (b is None or b.key == "person"):
        return Fraction(1)
    if a is None or b is None:
        raise ConversionError("a count and a measured quantity")
    return factor(a, b)


def _share(
    claim: Claim, part_id: str, part: Quantity, whole_id: str, whole: Quantity, line: int
) -> Finding:
    stated = claim.value
    assert stated is not None and stated.interval is not None
    ids = (claim.id, part_id, whole_id)
    steps = [
        stated_step(claim.id, stated),
        stated_step(part_id, part),
        stated_step(whole_id, whole),
    ]
    part_iv, whole_iv = part.require(), whole.require()
    try:
        conv = _conv(part.unit, whole.unit) / _conv(part.per, whole.per)
    except ConversionError:
        return _undetermined(line, ids, steps, f'"{part.text}" and "{whole.text}" are not alike')
    if whole_iv.contains(0):
        return _undetermined(line, ids, steps, f"the whole '{whole_id}' may be zero")
    computed = (part_iv.scale(conv) / whole_iv).scale(HUNDRED)
    printed = part.value * conv / whole.value * HUNDRED
    overlap = computed.intersect(stated.interval)
    words = partial(_words, claim, (part_id, whole_id), steps, conv, computed, printed, overlap)
    if overlap is not None:
        rounding_only = not stated.interval.contains(printed)
        return say.passed(ids, line, words, rounding_only=rounding_only)
    return say.failed(ids, line, words)


def _words(
    claim: Claim,
    names: tuple[str, str],
    steps: list[Step],
    conv: Fraction,
    computed: Interval,
    printed: Fraction,
    overlap: Interval | None,
) -> Said:
    """The share's arithmetic and the verdict's words: whether the stated share fits the part
    over the whole, and if not the share they give."""
    stated = claim.value
    assert stated is not None and stated.interval is not None
    part_id, whole_id = names
    percent = lookup_unit("percent")
    shown = fmt.interval(computed, percent)
    conversion = "" if conv == 1 else f" (the part × {fmt.number(conv)} in the whole's unit)"
    steps.append(
        Step("part / whole × 100", f"{shown}{conversion}; as printed {fmt.number(printed, 4)}")
    )
    bound = fmt.interval(stated.interval, percent)
    as_printed = f"(as printed {fmt.value(printed, percent, sig=4)})"
    if overlap is not None:
        rounding_only = not stated.interval.contains(printed)
        return Said(
            f'"{stated.text}" fits {part_id} / {whole_id} = {shown} {as_printed}',
            inputs=steps,
            result=shown,
            bound=bound,
            margin=f"they meet only in {fmt.interval(overlap, percent)}" if rounding_only else None,
            notes=(
                f"as printed the share is {fmt.value(printed, percent, sig=4)}, outside the "
                f'rounding of "{stated.text}": it fits thanks to the rounding of the part '
                "and the whole",
            )
            if rounding_only
            else (),
        )
    high = stated.interval.hi
    above = computed.lo is not None and high is not None and computed.lo > high
    edge = computed.lo if above else computed.hi
    assert edge is not None
    fits = fmt.value(_rounded(printed, stated.stated.decimals), percent)
    return Said(
        f'"{stated.text}" does not fit {part_id} / {whole_id} = {shown} {as_printed}',
        inputs=steps,
        result=shown,
        bound=bound,
        nearest=f"{fmt.value(edge, percent)} is the computed share nearest the stated one",
        suggestion=f"{fits}, the share the part and the whole give",
        notes=cut_off_notes(computed, stated, percent),
    )


def _rounded(x: Fraction, decimals: int) -> Fraction:
    # exact, half to even (a 28-digit Decimal context cannot quantize a 30-digit figure)
    return Fraction(round(x * 10**decimals), 10**decimals)


def _undetermined(line: int, ids: tuple[str, ...], steps: list[Step], why: str) -> Finding:
    return say.undetermined(ids, line, f"the share cannot be computed: {why}", inputs=steps)
