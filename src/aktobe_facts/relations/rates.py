"""Exchange rates implied by an article: each amount stated in two currencies bounds a rate.

"646.8 billion tenge (US$1.5 billion)" says the rate lies in
[646.75 / 1.55, 646.85 / 1.45] tenge per US$. All pairs of one currency pair should share one rate;
:func:`rate_table` intersects them, and where they cannot share one it finds, with one sweep over
the interval ends, the rate that most pairs fit.

Used by the conversions, missing-counterpart and ratio checks; pure functions of the model.
"""

from __future__ import annotations

from msgspec import Struct

from aktobe_facts.claims.model import Claim, ClaimsFile, Reference
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import (
    BestFit,
    Interval,
    best_overlap,
    intersect_all,
    positive_reciprocal,
)
from aktobe_facts.reading.quantities import Quantity


class PairRate(Struct, frozen=True):
    """One amount stated in two currencies: ``top`` per ``bottom``."""

    claim: Claim
    top: Quantity
    bottom: Quantity
    interval: Interval
    alternative: Interval | None = None  # the rate under the other reading of an ambiguous figure

    @property
    def naive(self) -> Fraction:
        """The rate from the figures as printed, ignoring their rounding."""
        return self.top.value / self.bottom.value


class ReferenceRate(Struct, frozen=True):
    reference: Reference
    interval: Interval  # in the orientation of the currency pair it belongs to


class PairEstimate(Struct, frozen=True):
    """Everything the article says about one currency pair's rate, ``top`` per ``bottom``."""

    top: str
    bottom: str
    pairs: tuple[PairRate, ...]
    common: Interval | None  # the rate all pairs share, or None
    best: BestFit | None  # where they cannot share one: the rate most pairs fit
    references: tuple[ReferenceRate, ...]
    degenerate: tuple[tuple[Claim, Quantity, Quantity], ...] = ()  # a zero or negative amount

    @property
    def article_rate(self) -> Interval | None:
        """The rate the article's figures support: the common rate, or the best-fit region when
        a strict majority of pairs fit it."""
        if self.common is not None:
            return self.common
        if self.best is not None and 2 * len(self.best.members) > len(self.pairs):
            return self.best.region
        return None

    @property
    def outliers(self) -> tuple[PairRate, ...]:
        if self.common is not None or self.best is None:
            return ()
        keep = set(self.best.members)
        return tuple(p for i, p in enumerate(self.pairs) if i not in keep)

    def label(self) -> str:
        return f"{self.top} per {self.bottom}"


def _pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def currency_amounts(claim: Claim) -> list[Quantity]:
    """The claim's amounts in a currency that carry a number, in the order written."""
    return [q for q in claim.quantities() if not q.missing and q.unit and q.unit.is_currency]


def claim_pairs(claim: Claim) -> list[tuple[Quantity, Quantity]]:
    """Every two currency amounts of one claim that both carry a number, in the order written
    (quadratic in the claim's counterparts: ``loader.MAX_COUNTERPARTS`` and
    ``loader.MAX_CURRENCY_PAIRS`` bound them)."""
    stated = currency_amounts(claim)
    return [(stated[i], stated[j]) for i in range(len(stated)) for j in range(i + 1, len(stated))]


def _usable(amount: Interval) -> bool:
    """An amount that can bound a rate: not negative, and possibly above zero."""
    return (amount.lo is None or amount.lo >= 0) and (amount.hi is None or amount.hi > 0)


def _rate(top: Quantity, bottom: Quantity) -> Interval | None:
    """``top / bottom`` for positive amounts; ``None`` when either is zero or negative.

    A lower end of 0 ("less than US$1 million" is [0, 1 million]) is a limit, not a value: the
    rate is then unbounded on one side instead of undefined.
    """
    t, b = top.require(), bottom.require()
    if top.value == 0 or bottom.value == 0 or not _usable(t) or not _usable(b):
        return None  # a printed zero is zero, whatever its rounding
    return t.clamp_lo(Fraction(0)) * positive_reciprocal(b)


def rate_table(doc: ClaimsFile) -> dict[frozenset[str], PairEstimate]:
    """The implied rate of every currency pair the file states amounts in.

    Computed once per document (several checks need it) and kept in ``doc.cache``.
    """
    cached = doc.cache.get("rate_table")
    if cached is None:
        cached = doc.cache["rate_table"] = _rate_table(doc)
    assert isinstance(cached, dict)
    return cached


def _rate_table(doc: ClaimsFile) -> dict[frozenset[str], PairEstimate]:
    raw: dict[frozenset[str], list[tuple[Claim, Quantity, Quantity]]] = {}
    for claim in doc.claims:
        for a, b in claim_pairs(claim):
            assert a.unit is not None and b.unit is not None
            raw.setdefault(_pair_key(a.unit.key, b.unit.key), []).append((claim, a, b))
    refs: dict[frozenset[str], list[Reference]] = {}
    for ref in doc.references:
        unit, per = ref.value.unit, ref.value.per
        if unit is not None and per is not None and unit.is_currency and per.is_currency:
            refs.setdefault(_pair_key(unit.key, per.key), []).append(ref)

    table: dict[frozenset[str], PairEstimate] = {}
    for key in set(raw) | set(refs):
        entries = raw.get(key, [])
        top, bottom = _orientation(key, entries, refs.get(key, []))
        pairs: list[PairRate] = []
        degenerate: list[tuple[Claim, Quantity, Quantity]] = []
        for claim, a, b in entries:
            assert a.unit is not None
            t, btm = (a, b) if a.unit.key == top else (b, a)
            interval = _rate(t, btm)
            if interval is None:
                degenerate.append((claim, t, btm))
            else:
                alternative = None
                if t.alternative is not None or btm.alternative is not None:
                    alternative = _rate(t.alternative or t, btm.alternative or btm)
                pairs.append(PairRate(claim, t, btm, interval, alternative))
        intervals = [p.interval for p in pairs]
        common = intersect_all(intervals) if intervals else None
        best = best_overlap(intervals) if intervals and common is None else None
        references = tuple(
            rr for rr in (_reference_rate(r, top) for r in refs.get(key, [])) if rr is not None
        )
        table[key] = PairEstimate(
            top, bottom, tuple(pairs), common, best, references, tuple(degenerate)
        )
    return table


def _orientation(
    key: frozenset[str], entries: list[tuple[Claim, Quantity, Quantity]], refs: list[Reference]
) -> tuple[str, str]:
    """Name the pair so that its rate is at least 1 (tenge per US$, not US$ per tenge)."""
    for _claim, a, b in entries:
        assert a.unit is not None and b.unit is not None
        if b.value > 0 and a.value > 0:
            return (a.unit.key, b.unit.key) if a.value >= b.value else (b.unit.key, a.unit.key)
    for ref in refs:
        assert ref.value.unit is not None and ref.value.per is not None
        top, bottom = ref.value.unit.key, ref.value.per.key
        return (top, bottom) if ref.value.value >= 1 else (bottom, top)
    first, second = sorted(key)
    return first, second


def _reference_rate(ref: Reference, top: str) -> ReferenceRate | None:
    interval = ref.value.require()
    assert ref.value.unit is not None
    if not _usable(interval):
        return None  # a zero or negative rate says nothing about the article's figures
    if ref.value.unit.key != top:
        interval = positive_reciprocal(interval)
    return ReferenceRate(ref, interval)


def lookup(
    table: dict[frozenset[str], PairEstimate], have: str, want: str
) -> tuple[Interval, str] | None:
    """The rate to turn an amount in ``have`` into ``want`` (``want`` per ``have``), and where it
    comes from: the article's own pairs first, else a declared reference."""
    estimate = table.get(_pair_key(have, want))
    if estimate is None:
        return None
    rate = estimate.article_rate
    source = "the article's common implied rate"
    if rate is None and estimate.references:
        rate = estimate.references[0].interval
        source = f"reference '{estimate.references[0].reference.id}'"
    if rate is None:
        return None
    # the estimate holds top per bottom
    if estimate.top == want:
        return rate, source
    return positive_reciprocal(rate), source


def convert(amount: Interval, rate: Interval) -> Interval:
    """An amount times a rate (both intervals)."""
    return amount * rate
