"""GRIM: a percentage of a count must be k/N for whole numbers k and N (the granularity test).

"34.9 percent of 23 projects" cannot be: 8 of 23 is 34.78 percent and 9 of 23 is 39.13 percent, and
no whole k gives a value inside 34.9's rounding [34.85, 34.95]. A share claim (kind = share, in
percent) whose whole (its ``of``, or its group's ``of``) is a count is tested for every whole N inside
the count's interval: the whole numbers k between ceil(lo·N/100) and floor(hi·N/100) are counted in
exact integer arithmetic, with no loop over k, and the N are not looped over either: the number of
whole (k, N) in a range of N is a sum of floors computed in O(log N) steps (:func:`_floor_sum`), so a
binary search finds the fitting N nearest the count in a few dozen steps however wide the count's
interval is. Counts that are unbounded or above :data:`LIMIT` are not tested: nearly every
percentage is a fraction of so large a count.
"""

from __future__ import annotations

import math

from aktobe_facts.checks._common import fixed, is_percent, stated_step, whole_of
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import lookup_unit

ID = "grim"
say = Verdicts(ID)
TITLE = "Percentages of a count are whole fractions of it (GRIM)"
HELP = (
    "A share in percent of a count claim must be 100·k/N for a whole number N inside the count's "
    "interval and a whole k from 0 to N (the GRIM test). Counts up to 100,000 are tested."
)
LIMIT = 100_000
HUNDRED = Fraction(100)
NEAREST_TRIED = 200
"""How many counts, nearest the stated one, are tried for the nearest fraction shown for a failing
share (display only: the verdict covers every count in the interval)."""


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        if not is_percent(claim.value):
            continue
        # a member of a group is a share of the group's whole whatever its kind says; a percent
        # with an 'of' and no kind may be a share too: either is tested, or told why it is not
        tested = claim.kind == "share" or (claim.kind is None and claim.group is not None)
        if not tested and claim.group is None and (claim.kind is not None or claim.of is None):
            continue
        whole_id = whole_of(doc, claim)
        count = None if whole_id is None else _count(doc, whole_id)
        if whole_id is None or count is None:
            continue
        findings.append(_grim(claim, whole_id, count) if tested else _why_not(claim, whole_id))
    return findings


def _why_not(claim: Claim, whole_id: str) -> Finding:
    """A percent of a count that is not tested: say so, and what would make it tested."""
    assert claim.value is not None
    kind = f'kind = "{claim.kind}"' if claim.kind else "no kind"
    where = f"a member of group '{claim.group}'" if claim.group else f"of '{whole_id}'"
    return say.undetermined(
        (claim.id, whole_id),
        claim.line,
        f'the GRIM test is not applied to "{claim.value.text}" ({where}, a count): it has '
        f"{kind}, so it may not be a share of the count",
        severity=Severity.INFO,
        inputs=(stated_step(claim.id, claim.value),),
        suggestion='set kind = "share" if it is a share of the count, to test it',
    )


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


def _floor_sum(count: int, m: int, a: int, b: int) -> int:
    """The sum of floor((a·i + b) / m) for i from 0 to count - 1 (count, a, b >= 0; m > 0), in
    O(log) steps (the Euclid-like reduction of the classic floor-sum algorithm)."""
    total = 0
    while count > 0:
        if a >= m:
            total += count * (count - 1) // 2 * (a // m)
            a %= m
        if b >= m:
            total += count * (b // m)
            b %= m
        top = a * count + b
        if top < m:
            break
        count, b, m, a = top // m, top % m, a, m
    return total


def _fits_between(share: Interval, first: int, last: int) -> bool:
    """Whether some whole N in first..last has a whole k with 100·k/N in ``share`` (a bounded
    interval inside [0, 100]): the k of each N number floor(hi·N/100) - ceil(lo·N/100) + 1, never
    below 0, so their sum over the N is positive exactly when one N fits."""
    assert share.lo is not None and share.hi is not None
    if first > last:
        return False
    count = last - first + 1
    p_hi, q_hi = share.hi.numerator, share.hi.denominator * 100
    p_lo, q_lo = share.lo.numerator, share.lo.denominator * 100
    tops = _floor_sum(count, q_hi, p_hi, p_hi * first)  # the floor(hi·N/100)
    bottoms = _floor_sum(count, q_lo, p_lo, p_lo * first + q_lo - 1)  # the ceil(lo·N/100)
    return tops - bottoms + count > 0


def _nearest_fit(share: Interval, centre: int, n_lo: int, n_hi: int) -> int | None:
    """The whole N in n_lo..n_hi nearest ``centre`` (the smaller on a tie) that has a fitting k."""
    widest = max(centre - n_lo, n_hi - centre)

    def within(d: int) -> bool:
        return _fits_between(share, max(n_lo, centre - d), min(n_hi, centre + d))

    if not within(widest):
        return None
    low, high = 0, widest  # the least distance with a fit lies in low..high
    while low < high:
        mid = (low + high) // 2
        if within(mid):
            high = mid
        else:
            low = mid + 1
    below = centre - low
    if below >= n_lo and _fits_between(share, below, below):
        return below
    return centre + low


def _nearest_counts(centre: int, n_lo: int, n_hi: int, limit: int) -> list[int]:
    """Up to ``limit`` whole counts in n_lo..n_hi, nearest ``centre`` first (the smaller on a tie)."""
    window = range(max(n_lo, centre - limit), min(n_hi, centre + limit) + 1)
    return sorted(window, key=lambda n: (abs(n - centre), n))[:limit]


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
        return say.undetermined(
            ids,
            claim.line,
            f'the GRIM test is not applied to "{s.text}" of "{count.text}": the count is '
            + ("unbounded" if counts.hi is None else f"above {LIMIT:,}")
            + ", where nearly every percentage is a fraction of a whole count",
            severity=Severity.INFO,
            inputs=steps,
        )
    n_lo = max(1, math.ceil(counts.lo if counts.lo is not None else 0))
    n_hi = math.floor(counts.hi)
    if n_lo > n_hi:
        return say.undetermined(
            ids,
            claim.line,
            f'"{count.text}" ({fmt.interval(counts)}) holds no whole number above zero, so '
            "the GRIM test cannot be applied",
            inputs=steps,
        )
    n_text = f"N = {n_lo:,}" if n_lo == n_hi else f"N from {n_lo:,} to {n_hi:,}"
    share = s.require().intersect(Interval(Fraction(0), HUNDRED))
    if share is None:
        return say.failed(
            ids,
            claim.line,
            f'"{s.text}" of a count is impossible: a share of a count lies between 0 and 100 percent',
            inputs=steps,
            bound="[0, 100] percent",
        )
    centre = min(max(round(count.value), n_lo), n_hi)
    n = _nearest_fit(share, centre, n_lo, n_hi)
    if n is not None:
        first, last = _k_range(share, n)
        if first <= last:
            found = f"{first} of {n:,} = {fmt.value(_pct(first, n), percent)}"
            steps.append(Step("GRIM", f"{n_text}: {found}"))
            return say.passed(
                ids,
                claim.line,
                f'"{s.text}" of "{count.text}" is a whole fraction of the count: {found}',
                inputs=steps,
                result=found,
                bound=fmt.interval(share, percent),
            )
    order = _nearest_counts(centre, n_lo, n_hi, NEAREST_TRIED)
    return _fail(claim, count, order, (n_lo, n_hi), share, ids, steps, n_text)


def _neighbours(n: int, p: int, q: int) -> tuple[int, int]:
    """The whole k in 0..n whose percentages of n lie just below and just above p/q percent."""
    below = min(max((p * n) // (100 * q), 0), n)
    return below, min(below + 1, n)


def _none_fits(n_lo: int, n_hi: int) -> str:
    if n_lo == n_hi:
        return f"no whole k gives 100·k/{n_lo:,}"
    return f"for no whole count N from {n_lo:,} to {n_hi:,} does a whole k give 100·k/N"


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
    counts: tuple[int, int],
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
    return say.failed(
        ids,
        claim.line,
        f'"{s.text}" cannot be a share of "{count.text}": {_none_fits(*counts)} in '
        f"{fmt.interval(share, percent)} (nearest: {options})",
        inputs=steps,
        result=f"nearest: {options}",
        bound=fmt.interval(share, percent),
        nearest=f"{best_k} of {best_n:,} = {fmt.value(_pct(best_k, best_n), percent)}",
        suggestion=f'write "{fixed(_pct(best_k, best_n), s.stated.decimals, percent)}" '
        f"({best_k} of {best_n:,})",
    )
