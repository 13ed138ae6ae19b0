"""Exchange rates implied by an article: each amount stated in two currencies bounds a rate.

"646.8 billion tenge (US$1.5 billion)" says the rate lies in
[646.75 / 1.55, 646.85 / 1.45] tenge per US$. All pairs of one currency pair and one period should
share one rate: a rate moves over time, and a month, a quarter, a half-year and a year are different
averaging periods ("5.8 liras per dollar in June, 5.6 over the first half"). :func:`rate_groups`
splits a pair's conversions by the stated period of their claims when they state more than one
(each distinct span its own rate), intersects each group, and where they cannot share one finds,
with one sweep over the interval ends, the rate that most pairs fit.

Used by the conversions, missing-counterpart and ratio checks; pure functions of the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import combinations, product

from msgspec import Struct
from msgspec.structs import replace

from aktobe_facts.claims.model import Claim, ClaimsFile, Reference
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import (
    BestFit,
    Interval,
    best_overlap,
    intersect_all,
    positive_reciprocal,
)
from aktobe_facts.reading.periods import Period, PeriodError, canonical, parse_period
from aktobe_facts.reading.quantities import Quantity, end_texts, range_ends


class PairRate(Struct, frozen=True):
    """One amount stated in two currencies: ``top`` per ``bottom``."""

    claim: Claim
    top: Quantity
    bottom: Quantity
    interval: Interval
    alternative: Interval | None = None  # the rate under the other reading of an ambiguous figure
    value_top: bool | None = None  # the claim's value (or its end) is top, bottom, or neither

    def sides(self) -> tuple[Quantity | None, Quantity]:
        """(the figure converted from, the figure to change): the claim's value (for a range
        converted end to end, its end) and the other figure of the pair."""
        if self.value_top is None:
            return self.claim.value, self.top
        return (self.top, self.bottom) if self.value_top else (self.bottom, self.top)

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
    period: str | None = None  # the group's stated period, one text per span ("2019-H1"), if any
    tag: str | None = None  # set only when the pair's conversions are split by period
    dated_by: str | None = None  # the words that date the group's conversions, no period can

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
        base = f"{self.top} per {self.bottom}"
        if self.tag is None:
            return base
        if self.dated_by is not None:
            return f"{base} (dated by '{self.dated_by}')"
        if self.period is None:
            return f"{base} (no period: '{self.pairs[0].claim.id if self.pairs else self.tag}')"
        return f"{base} ({self.period})"


def _pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def currency_amounts(claim: Claim) -> list[Quantity]:
    """The claim's amounts in a currency that carry a number, in the order written."""
    return [q for q in claim.quantities() if not q.missing and q.unit and q.unit.is_currency]


def claim_pairs(claim: Claim) -> list[tuple[Quantity, Quantity]]:
    """Every two currency amounts of one claim that both carry a number, in the order written
    (quadratic in the claim's counterparts: ``loader.MAX_COUNTERPARTS`` and
    ``loader.MAX_CURRENCY_PAIRS`` bound them)."""
    if not claim.counterparts:  # one amount at most: no pair
        return []
    stated = currency_amounts(claim)
    return [(stated[i], stated[j]) for i in range(len(stated)) for j in range(i + 1, len(stated))]


def end_pairs(claim: Claim, a: Quantity, b: Quantity) -> list[tuple[Quantity, Quantity]]:
    """Two ranges converted into each other are two conversions at one rate, low end with low
    end and high end with high end ("PLN 3-10bn (EUR 0.7-2.4bn)": 3 to 0.7, 10 to 2.4), so a
    slip in one end is found; any other pair is one conversion."""
    ends_a, ends_b = range_ends(a), range_ends(b)
    if ends_a is None or ends_b is None:
        return [(a, b)]
    return [(ends_a[0], ends_b[0]), (ends_a[1], ends_b[1])]


def _is_value(claim: Claim, q: Quantity) -> bool:
    """``q`` is the claim's value, or an end of it (named after it: :func:`range_ends`)."""
    value = claim.value
    if q is value:
        return True
    return value is not None and value.stated.high is not None and q.text in end_texts(value)


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


def _sizes(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """A change and its counterpart: "down by $634.2mn (7.4 trillion UZS)" converts the size of
    the fall, which the counterpart states without its sign; the rate is of the two sizes. A pair
    whose two sides both carry a sign, or neither, is left as it is."""
    fall_a, fall_b = _written_fall(a), _written_fall(b)
    if fall_a and not fall_b and not b.stated.negative:
        return _size(a), b
    if fall_b and not fall_a and not a.stated.negative:
        return a, _size(b)
    return a, b


def _written_fall(q: Quantity) -> bool:
    return q.stated.negative and q.stated.direction is not None


def _size(q: Quantity) -> Quantity:
    interval = q.require()
    return replace(q, interval=-interval)


def rate_table(doc: ClaimsFile) -> dict[frozenset[str], PairEstimate]:
    """The implied rate of every currency pair the file states amounts in, for looking a rate up.

    A pair whose conversions are split by period (:func:`rate_groups`) has no one rate: its entry
    holds all of its pairs with no common rate, so a lookup falls back to a declared reference.
    Computed once per document (several checks need it) and kept in ``doc.cache``.
    """
    cached = doc.cache.get("rate_table")
    if cached is None:
        table: dict[frozenset[str], PairEstimate] = {}
        for group in rate_groups(doc):
            key = _pair_key(group.top, group.bottom)
            if group.tag is None:
                table[key] = group
                continue
            seen = table.get(key)
            pairs = (*seen.pairs, *group.pairs) if seen else group.pairs
            degenerate = (*seen.degenerate, *group.degenerate) if seen else group.degenerate
            refs = list(seen.references) if seen else []
            ids = {r.reference.id for r in refs}
            refs.extend(r for r in group.references if r.reference.id not in ids)
            table[key] = PairEstimate(
                group.top, group.bottom, pairs, None, None, tuple(refs), degenerate
            )
        cached = doc.cache["rate_table"] = table
    assert isinstance(cached, dict)
    return cached


def rate_groups(doc: ClaimsFile) -> list[PairEstimate]:
    """Every currency pair's conversions, one estimate per stated period when their claims state
    more than one (each span its own rate: June and the first half of 2019 are two averaging
    periods, however they overlap); a pair with no period joins the one period the others state,
    or, among several, stands alone (it may be of any of them: never a false error); claims
    ``dated_by`` the same words (no period dates them: "For the fiscal year 2014") share a rate
    of their own. A reference
    applies to the period its date states, else to the periods its date overlaps (every period
    without one). Computed once per
    document and kept in ``doc.cache``."""
    cached = doc.cache.get("rate_groups")
    if cached is None:
        cached = doc.cache["rate_groups"] = _rate_groups(doc)
    assert isinstance(cached, list)
    return cached


def group_of(doc: ClaimsFile, claim_id: str, a: str, b: str) -> PairEstimate | None:
    """The group holding ``claim_id``'s conversion between currencies ``a`` and ``b``."""
    index = doc.cache.get("rate_group_of")
    if not isinstance(index, dict):
        built: dict[tuple[frozenset[str], str], PairEstimate] = {}
        for group in reversed(rate_groups(doc)):  # the first group holding a claim wins
            pair = _pair_key(group.top, group.bottom)
            for p in group.pairs:
                built[(pair, p.claim.id)] = group
        index = doc.cache["rate_group_of"] = built
    found = index.get((_pair_key(a, b), claim_id))
    assert found is None or isinstance(found, PairEstimate)
    return found


def stated_period(period: str | None) -> Period | None:
    """A claim's or reference's period as a calendar span; ``None`` without a readable one."""
    if period is None:
        return None
    try:
        return parse_period(period)
    except PeriodError:
        return None


def _rate_groups(doc: ClaimsFile) -> list[PairEstimate]:
    raw: dict[frozenset[str], list[tuple[Claim, Quantity, Quantity]]] = {}
    for claim in doc.claims:
        for a, b in claim_pairs(claim):
            assert a.unit is not None and b.unit is not None
            entries = raw.setdefault(_pair_key(a.unit.key, b.unit.key), [])
            entries.extend((claim, *_sizes(ea, eb)) for ea, eb in end_pairs(claim, a, b))
    refs: dict[frozenset[str], list[Reference]] = {}
    for ref in doc.references:
        unit, per = ref.value.unit, ref.value.per
        if unit is not None and per is not None and unit.is_currency and per.is_currency:
            refs.setdefault(_pair_key(unit.key, per.key), []).append(ref)

    found: list[PairEstimate] = []
    for key in set(raw) | set(refs):
        every = raw.get(key, [])
        top, bottom = _orientation(key, every, refs.get(key, []))
        entries = [e for e in every if e[0].dated_by is None]
        found.extend(_dated_by(top, bottom, every, refs.get(key, [])))
        if every and not entries:
            continue
        spans: dict[tuple[date, date], Period] = {}
        for claim, _a, _b in entries:
            span = stated_period(claim.period)
            if span is not None:
                spans.setdefault(span.key, span)
        if len(spans) <= 1:
            period = canonical(next(iter(spans.values()))) if spans else None
            found.append(_estimate(top, bottom, entries, refs.get(key, []), period, None))
            continue
        for span_key, span in sorted(spans.items()):
            text = canonical(span)
            members = [e for e in entries if _key(e[0].period) == span_key]
            chosen = _references_of(refs.get(key, []), span)
            found.append(_estimate(top, bottom, members, chosen, text, text))
        for entry in entries:
            if _key(entry[0].period) is None:
                tag = f"-{entry[0].id}"
                found.append(_estimate(top, bottom, [entry], refs.get(key, []), None, tag))
    return found


def _dated_by(
    top: str, bottom: str, entries: list[tuple[Claim, Quantity, Quantity]], refs: list[Reference]
) -> list[PairEstimate]:
    """One estimate for each set of words that dates conversions no period dates ("fiscal year
    2014", "january-november"): they share a rate with each other, and with no other."""
    by: dict[str, list[tuple[Claim, Quantity, Quantity]]] = {}
    for entry in entries:
        if entry[0].dated_by is not None:
            by.setdefault(" ".join(entry[0].dated_by.lower().split()), []).append(entry)
    return [
        replace(_estimate(top, bottom, members, refs, None, f"~{words}"), dated_by=words)
        for words, members in sorted(by.items())
    ]


def _key(period: str | None) -> tuple[date, date] | None:
    span = stated_period(period)
    return None if span is None else span.key


def _references_of(refs: list[Reference], span: Period) -> list[Reference]:
    """The references of a period: those dated with its very span when there are any (a June
    rate is not the first half's), else those whose date overlaps it or cannot be read."""
    dates = [(r, stated_period(r.date)) for r in refs]
    exact = [r for r, d in dates if d is not None and d.key == span.key]
    if exact:
        return exact
    return [r for r, d in dates if d is None or (d.start <= span.end and span.start <= d.end)]


def _estimate(
    top: str,
    bottom: str,
    entries: list[tuple[Claim, Quantity, Quantity]],
    refs: list[Reference],
    period: str | None,
    tag: str | None,
) -> PairEstimate:
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
            value_top = True if _is_value(claim, t) else False if _is_value(claim, btm) else None
            pairs.append(PairRate(claim, t, btm, interval, alternative, value_top))
    intervals = [p.interval for p in pairs]
    common = intersect_all(intervals) if intervals else None
    best = best_overlap(intervals) if intervals and common is None else None
    references = tuple(rr for rr in (_reference_rate(r, top) for r in refs) if rr is not None)
    return PairEstimate(
        top, bottom, tuple(pairs), common, best, references, tuple(degenerate), period, tag
    )


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


def oriented(estimate: PairEstimate, rate: Interval, want: str) -> Interval:
    """``rate`` (the estimate's ``top`` per ``bottom``) as ``want`` per the other currency."""
    return rate if estimate.top == want else positive_reciprocal(rate)


def triangles(
    doc: ClaimsFile,
) -> Iterator[tuple[tuple[str, str, str], tuple[PairEstimate, PairEstimate, PairEstimate]]]:
    """Every three currencies ``a < m < c`` whose three pairs' conversions fix a rate, with the
    estimates of the legs ``a/m``, ``m/c``, ``a/c``: of one period when any is dated (a rate moves
    between periods; a pair with no period never meets a pair split by period)."""
    groups: dict[frozenset[str], list[PairEstimate]] = {}
    for g in rate_groups(doc):
        if g.pairs and g.article_rate is not None:
            groups.setdefault(_pair_key(g.top, g.bottom), []).append(g)
    codes = sorted({c for key in groups for c in key})
    for a, m, c in combinations(codes, 3):
        legs = [groups.get(_pair_key(x, y), []) for x, y in ((a, m), (m, c), (a, c))]
        for chosen in product(*legs):
            periods = {g.period for g in chosen if g.period is not None}
            split = any(g.tag is not None for g in chosen)
            if len(periods) > 1 or (split and any(g.period is None for g in chosen)):
                continue
            yield (a, m, c), (chosen[0], chosen[1], chosen[2])


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
    return oriented(estimate, rate, want), source  # the estimate holds top per bottom


def convert(amount: Interval, rate: Interval) -> Interval:
    """An amount times a rate (both intervals)."""
    return amount * rate
