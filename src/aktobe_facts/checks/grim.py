"""GRIM: a percentage of a count must be k/N for whole numbers k and N (the granularity test).

"34.9 percent of 23 projects" cannot be: 8 of 23 is 34.78 percent and 9 of 23 is 39.13 percent, and
no whole k gives a value inside 34.9's rounding [34.85, 34.95]. A share claim (kind = share, in
percent) whose whole (its ``of``, or its group's ``of``) is a count is tested for every whole N inside
the count's interval: the whole numbers k between ceil(lo·N/100) and floor(hi·N/100) are counted in
exact integer arithmetic, with no loop over k. Counts that are unbounded or above
:data:`LIMIT` are not tested: nearly every percentage is a fraction of so large a count.
"""

from __future__ import annotations

import math
from fractions import Fraction

from aktobe_facts import fmt
from aktobe_facts.checks._common import fixed, is_percent, stated_step, whole_of
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.interval import Interval
from aktobe_facts.model import Claim, ClaimsFile
from aktobe_facts.quantities import Quantity
from aktobe_facts.units import lookup_unit

ID = "grim"
TITLE = "Percentages of a count are whole fractions of it (GRIM)"
HELP = (
    "A share in percent of a count claim must be 100·k/N for a whole number N inside the count's "
    "interval and a whole k from 0 to N (the GRIM test). Counts up to 100,000 are tested."
)
LIMIT = 100_000
HUNDRED = Fraction(100)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        if claim.kind != "share" or not is_percent(claim.value):
            continue
        whole_id = whole_of(doc, claim)
        count = None if whole_id is None else _count(doc, whole_id)
        if whole_id is not None and count is not None:
            findings.append(_grim(claim, whole_id, count))
    return findings


def _countable(q: Quantity) -> bool:
    return q.unit is None or q.unit.kind == "count"


def _count(doc: ClaimsFile, ref_id: str) -> Quantity | None:
    """The count a share is of, if its whole is a count (a bare number or people)."""
    claim = doc.claim(ref_id)
    if claim is not None:
        q = claim.value
        ok = q is not None and _countable(q) and claim.kind in ("count", None)
        return q if ok else None
    reference = doc.reference(ref_id)
    if reference is not None and _countable(reference.value):
        return reference.value
    return None


def _k_range(share: Interval, n: int) -> tuple[int, int]:
    """The whole k in 0..n with 100·k/n inside ``share`` (a bounded interval): (first, last)."""
    assert share.lo is not None and share.hi is not None
    lo = -((-share.lo.numerator * n) // (share.lo.denominator * 100))  # ceil(lo·n/100)
    hi = (share.hi.numerator * n) // (share.hi.denominator * 100)  # floor(hi·n/100)
    return max(lo, 0), min(hi, n)


def _pct(k: int, n: int) -> Fraction:
    return Fraction(100 * k, n)


def _grim(claim: Claim, whole_id: str, count: Quantity) -> Finding:
    assert claim.value is not None
    s = claim.value
    percent = lookup_unit("percent")
    ids = (claim.id, whole_id)
    steps: list[Step] = [stated_step(claim.id, s), stated_step(whole_id, count)]
    counts = count.require()
    if counts.hi is None or counts.hi > LIMIT:
        return Finding(
            ID,
            Outcome.UNDETERMINED,
            Severity.INFO,
            ids,
            claim.line,
            f'the GRIM test is not applied to "{s.text}" of "{count.text}": the count is '
            + ("unbounded" if counts.hi is None else f"above {LIMIT:,}")
            + ", where nearly every percentage is a fraction of a whole count",
            inputs=tuple(steps),
        )
    n_lo = max(1, math.ceil(counts.lo if counts.lo is not None else 0))
    n_hi = math.floor(counts.hi)
    if n_lo > n_hi:
        return Finding(
            ID,
            Outcome.UNDETERMINED,
            Severity.WARNING,
            ids,
            claim.line,
            f'"{count.text}" ({fmt.interval(counts)}) holds no whole number above zero, so '
            "the GRIM test cannot be applied",
            inputs=tuple(steps),
        )
    n_text = f"N = {n_lo:,}" if n_lo == n_hi else f"N from {n_lo:,} to {n_hi:,}"
    share = s.require().intersect(Interval(Fraction(0), HUNDRED))
    if share is None:
        return Finding(
            ID,
            Outcome.FAIL,
            Severity.ERROR,
            ids,
            claim.line,
            f'"{s.text}" of a count is impossible: a share of a count lies between 0 and 100 percent',
            inputs=tuple(steps),
            bound="[0, 100] percent",
        )
    centre = round(count.value)
    order = sorted(range(n_lo, n_hi + 1), key=lambda n: (abs(n - centre), n))
    for n in order:
        first, last = _k_range(share, n)
        if first <= last:
            found = f"{first} of {n:,} = {fmt.value(_pct(first, n), percent)}"
            steps.append(Step("GRIM", f"{n_text}: {found}"))
            return Finding(
                ID,
                Outcome.PASS,
                Severity.INFO,
                ids,
                claim.line,
                f'"{s.text}" of "{count.text}" is a whole fraction of the count: {found}',
                inputs=tuple(steps),
                result=found,
                bound=fmt.interval(share, percent),
            )
    return _fail(claim, count, order, share, ids, steps, n_text)


def _neighbours(n: int, p: int, q: int) -> tuple[int, int]:
    """The whole k in 0..n whose percentages of n lie just below and just above p/q percent."""
    below = min(max((p * n) // (100 * q), 0), n)
    return below, min(below + 1, n)


def _none_fits(order: list[int]) -> str:
    if len(order) == 1:
        return f"no whole k gives 100·k/{order[0]:,}"
    return f"for no whole count N from {min(order):,} to {max(order):,} does a whole k give 100·k/N"


def _closest(order: list[int], target: Fraction) -> tuple[int, int]:
    """The (k, n) whose percentage is closest to ``target``, in integer arithmetic (display only:
    ties and near-ties between candidates are not part of any verdict)."""
    p, q = target.numerator, target.denominator
    best: tuple[int, int] = (0, order[0])
    best_gap: tuple[int, int] | None = None  # |100·k·q − p·n| / (n·q) as (numerator, denominator)
    for n in order:
        for k in _neighbours(n, p, q):
            gap = (abs(100 * k * q - p * n), n * q)
            if best_gap is None or gap[0] * best_gap[1] < best_gap[0] * gap[1]:
                best, best_gap = (k, n), gap
    return best


def _fail(
    claim: Claim,
    count: Quantity,
    order: list[int],
    share: Interval,
    ids: tuple[str, ...],
    steps: list[Step],
    n_text: str,
) -> Finding:
    assert claim.value is not None
    s = claim.value
    percent = lookup_unit("percent")
    target = s.value
    nearest_n = order[0]
    options = ", ".join(
        f"{k} of {nearest_n:,} = {fmt.value(_pct(k, nearest_n), percent)}"
        for k in sorted(set(_neighbours(nearest_n, target.numerator, target.denominator)))
    )
    best_k, best_n = _closest(order, target)
    steps.append(
        Step(
            "GRIM",
            f"for every whole {n_text}, no whole k has 100·k/N in {fmt.interval(share, percent)}",
        )
    )
    return Finding(
        ID,
        Outcome.FAIL,
        Severity.ERROR,
        ids,
        claim.line,
        f'"{s.text}" cannot be a share of "{count.text}": {_none_fits(order)} in '
        f"{fmt.interval(share, percent)} (nearest: {options})",
        inputs=tuple(steps),
        result=f"nearest: {options}",
        bound=fmt.interval(share, percent),
        nearest=f"{best_k} of {best_n:,} = {fmt.value(_pct(best_k, best_n), percent)}",
        suggestion=f'write "{fixed(_pct(best_k, best_n), s.stated.decimals, percent)}" '
        f"({best_k} of {best_n:,})",
    )
