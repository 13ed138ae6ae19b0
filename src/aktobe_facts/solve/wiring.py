"""The relations of a claims file as constraints: one compiler per kind, listed in :data:`COMPILERS`.

Each compiler adds, for one kind of relation the checks test, the same relation the check tests,
over the same figures and with the same rules, so that the joint system never asks more of a
figure than its own check does (no false error):

* conversions: every amount stated in two currencies is ``top = bottom × rate``, one rate variable
  per currency pair shared by all of them (the conversions check's common rate);
* cross rates: ``A/B × B/C = A/C`` for three currencies whose rates the article implies;
* growth with ``of`` and ``base``: ``current × 100 = base × (100 + growth)``, the two compared in
  one unit as the growth check compares them (never across currencies);
* groups of shares: the members and the rest add up to 100 (at most 100 without a rest);
* part and share: ``amount × 100 = whole × share``, across currencies at the article's rate;
* share of a whole (``part`` and ``of``): ``share × whole = part × 100``;
* ratios with declared bounds: ``ratio × denominator = numerator``, the ratio inside its bounds;
* index and change tied by ``same_as``: ``change = index − 100`` (when the direction is certain).

A compiler yields :class:`Relation` s: a label, the claims whose figures the relation reads, and a
function that adds its constraints to a :class:`Builder`. The claims come first because most files'
relations never share a figure with a relation another check tests (a group of shares, a currency
pair's conversions): those are left to their checks without building anything, and only the
relations of components that span several checks are built (:func:`compile_file`). A typed
relation that knows its own constraints is added with :meth:`Builder.add_constraint`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import combinations

from aktobe_facts.checks._common import (
    is_percent,
    quantities_of,
    same_unit_pair,
    unit_factor,
    whole_of,
)
from aktobe_facts.checks.index_change import _direction
from aktobe_facts.checks.whole_share import _conv, _quantity
from aktobe_facts.exact import Fraction
from aktobe_facts.fmt import singular
from aktobe_facts.model import Claim, ClaimsFile, Group, Ratio
from aktobe_facts.quantities import Quantity
from aktobe_facts.rates import PairEstimate, rate_table
from aktobe_facts.solve.builder import NONNEGATIVE, Builder, Compiled
from aktobe_facts.solve.expr import BinOp, Const, Expr, Var
from aktobe_facts.solve.system import Figure
from aktobe_facts.units import ConversionError, UnitSpec, currency, factor, lookup_unit

HUNDRED = Const(Fraction(100))


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation of the file, before it is built."""

    label: str
    claims: tuple[str, ...]  # the claims and references whose figures it reads
    build: Callable[[Builder], None]
    scope: tuple[str, ...] = ()  # the other labels its own check tests together with it


Compiler = Callable[[ClaimsFile], Iterator[Relation]]


def _mul(a: Expr, b: Expr) -> Expr:
    return BinOp("*", a, b)


def _add(a: Expr, b: Expr) -> Expr:
    return BinOp("+", a, b)


def _scaled(expr: Expr, k: Fraction) -> Expr:
    return expr if k == 1 else _mul(expr, Const(k))


def _pool(estimate: PairEstimate) -> str:
    return f"conversions:{estimate.top}/{estimate.bottom}"


def _estimate(doc: ClaimsFile, want: str, have: str) -> PairEstimate | None:
    """The article's own rate of a pair (its conversions), when it has one."""
    estimate = rate_table(doc).get(frozenset((want, have)))
    if estimate is None or not estimate.pairs or estimate.article_rate is None:
        return None
    return estimate


def _rate_words(top: str, bottom: str) -> str:
    return f"{currency(top).label} per {singular(currency(bottom))}"


def conversions(doc: ClaimsFile) -> Iterator[Relation]:
    for estimate in sorted(rate_table(doc).values(), key=lambda e: e.label()):
        if estimate.pairs:
            claims = tuple(dict.fromkeys(p.claim.id for p in estimate.pairs))
            yield Relation(_pool(estimate), claims, partial(_conversions, estimate))


def _conversions(estimate: PairEstimate, b: Builder) -> None:
    label = _pool(estimate)
    rate = b.rate(estimate.top, estimate.bottom, estimate.top)
    for pair in estimate.pairs:
        top = b.claim_var(pair.claim.id, pair.top)
        bottom = b.claim_var(pair.claim.id, pair.bottom)
        b.add(
            top,
            "=",
            _mul(bottom, rate),
            label,
            f'"{pair.top.text}" is "{pair.bottom.text}" at the article\'s rate of '
            f"{_rate_words(estimate.top, estimate.bottom)}",
            claims=(pair.claim.id,),
            line=pair.claim.line,
        )


def cross_rates(doc: ClaimsFile) -> Iterator[Relation]:
    table = {k: v for k, v in rate_table(doc).items() if v.pairs and v.article_rate is not None}
    codes = sorted({c for key in table for c in key})
    for a, m, c in combinations(codes, 3):
        legs = [_estimate(doc, x, y) for x, y in ((a, m), (m, c), (a, c))]
        if any(leg is None for leg in legs):
            continue
        pools = tuple(_pool(leg) for leg in legs if leg is not None)
        claims = tuple(
            dict.fromkeys(p.claim.id for leg in legs if leg is not None for p in leg.pairs)
        )
        label = f"cross-rates:{a}/{m}/{c}"
        yield Relation(label, claims, partial(_cross, legs, a, m, c, label), pools)


def _cross(legs: list[PairEstimate | None], a: str, m: str, c: str, label: str, b: Builder) -> None:
    ab, bc, ac = (
        b.rate(x, y, leg.top)
        for (x, y), leg in zip(((a, m), (m, c), (a, c)), legs, strict=True)
        if leg is not None
    )
    b.add(
        _mul(ab, bc),
        "=",
        ac,
        label,
        f"{_rate_words(a, m)} × {_rate_words(m, c)} = {_rate_words(a, c)}",
    )


def growth(doc: ClaimsFile) -> Iterator[Relation]:
    for claim in doc.claims:
        if claim.kind != "growth" or claim.of is None or claim.base is None:
            continue
        if not is_percent(claim.value):
            continue
        currents, bases = quantities_of(doc, claim.of), quantities_of(doc, claim.base)
        found = _one_unit(currents, bases)
        if found is None:
            continue
        current, base, k = found
        in_currency = current.unit is not None and current.unit.is_currency
        if in_currency and (current is not currents[0] or base is not bases[0]):
            continue  # compared through a counterpart: the growth check says undetermined
        ids = (claim.id, claim.of, claim.base)
        yield Relation(f"growth:{claim.id}", ids, partial(_growth, claim, current, base, k))


def _growth(claim: Claim, current: Quantity, base: Quantity, k: Fraction, b: Builder) -> None:
    assert claim.value is not None and claim.of is not None and claim.base is not None
    g = b.claim_var(claim.id, claim.value)
    b.add(
        _mul(b.claim_var(claim.of, current), HUNDRED),
        "=",
        _mul(_scaled(b.claim_var(claim.base, base), k), _add(HUNDRED, g)),
        f"growth:{claim.id}",
        f'"{current.text}" is "{base.text}" grown by "{claim.value.text}"',
        claims=(claim.id, claim.of, claim.base),
        line=claim.line,
    )


def _one_unit(
    left: tuple[Quantity, ...], right: tuple[Quantity, ...]
) -> tuple[Quantity, Quantity, Fraction] | None:
    """A figure of each side in one unit, and the exact factor from the right one's unit to the
    left one's (never an exchange rate)."""
    pair = same_unit_pair(left, right)
    if pair is not None:
        return pair[0], pair[1], Fraction(1)
    for a in left:
        for w in right:
            found = unit_factor(w.unit, a.unit, None)
            if found is not None and found[0].is_point and found[0].lo is not None:
                return a, w, found[0].lo
    return None


def shares(doc: ClaimsFile) -> Iterator[Relation]:
    for group in doc.groups:
        if group.members:
            yield Relation(f"shares:{group.id}", group.members, partial(_shares, doc, group))


def _shares(doc: ClaimsFile, group: Group, b: Builder) -> None:
    members = [c for c in (doc.claim(m) for m in group.members) if c is not None]
    stated = [c for c in members if not c.remainder and is_percent(c.value)]
    if not stated:
        return
    terms: list[Var] = []
    for c in stated:
        assert c.value is not None
        terms.append(b.claim_var(c.id, c.value))
    rest = next((c for c in members if c.remainder), None)
    if rest is not None:
        if rest.value is not None and is_percent(rest.value):
            terms.append(b.claim_var(rest.id, rest.value))
        else:
            terms.append(b.unstated(rest.id, NONNEGATIVE, _percent()))
    for term in terms:  # a share of a whole is never below 0 ("less than 5 percent")
        b.hard.setdefault(term.name, NONNEGATIVE)
    total: Expr = terms[0]
    for term in terms[1:]:
        total = _add(total, term)
    whole = rest is not None or group.exhaustive
    b.add(
        total,
        "=" if whole else "<=",
        HUNDRED,
        f"shares:{group.id}",
        f"the shares of {group.label or group.id} add up to "
        + ("100 percent" if whole else "at most 100 percent"),
        claims=tuple(c.id for c in members),
        line=group.line,
    )


def _percent() -> UnitSpec | None:
    return lookup_unit("percent")


def part_share(doc: ClaimsFile) -> Iterator[Relation]:
    for claim in doc.claims:
        if claim.share is None or claim.value is None:
            continue
        share = doc.claim(claim.share)
        if share is None or share.value is None or not is_percent(share.value):
            continue
        whole_id = whole_of(doc, share)
        if whole_id is None:
            continue
        amounts = tuple(q for q in claim.quantities() if not q.missing)
        wholes = quantities_of(doc, whole_id)
        label = f"part-share:{claim.id}"
        ids = (claim.id, share.id, whole_id)
        found = _one_unit(amounts, wholes)
        if found is not None:
            amount, whole, k = found
            build = partial(_part, claim, share, whole_id, amount, whole, k, None)
            yield Relation(label, ids, build)
            continue
        converted = _by_rate(doc, amounts, wholes)
        if converted is not None:
            amount, whole, estimate = converted
            build = partial(_part, claim, share, whole_id, amount, whole, Fraction(1), estimate)
            yield Relation(label, ids, build, (_pool(estimate),))


def _part(
    claim: Claim,
    share: Claim,
    whole_id: str,
    amount: Quantity,
    whole: Quantity,
    k: Fraction,
    estimate: PairEstimate | None,
    b: Builder,
) -> None:
    assert share.value is not None
    whole_expr = _scaled(b.claim_var(whole_id, whole), k)
    if estimate is not None:
        assert amount.unit is not None and whole.unit is not None
        whole_expr = _mul(whole_expr, b.rate(amount.unit.key, whole.unit.key, estimate.top))
    b.add(
        _mul(b.claim_var(claim.id, amount), HUNDRED),
        "=",
        _mul(whole_expr, b.claim_var(share.id, share.value)),
        f"part-share:{claim.id}",
        f'"{amount.text}" is "{share.value.text}" of "{whole.text}"',
        claims=(claim.id, share.id, whole_id),
        line=claim.line,
    )


def _by_rate(
    doc: ClaimsFile, amounts: tuple[Quantity, ...], wholes: tuple[Quantity, ...]
) -> tuple[Quantity, Quantity, PairEstimate] | None:
    for a in amounts:
        for w in wholes:
            if a.unit is None or w.unit is None or not (a.unit.is_currency and w.unit.is_currency):
                continue
            found = _estimate(doc, a.unit.key, w.unit.key)
            if found is not None:
                return a, w, found
    return None


def share_of_whole(doc: ClaimsFile) -> Iterator[Relation]:
    for claim in doc.claims:
        value = claim.value
        if claim.part is None or claim.of is None or value is None or value.interval is None:
            continue
        if value.unit is None or value.unit.key != "percent":
            continue
        part, whole = _quantity(doc, claim.part), _quantity(doc, claim.of)
        if part is None or whole is None:
            continue
        try:
            k = _conv(part.unit, whole.unit) / _conv(part.per, whole.per)
        except ConversionError:
            continue
        ids = (claim.id, claim.part, claim.of)
        build = partial(_share_of_whole, claim, value, part, whole, k)
        yield Relation(f"share-of-whole:{claim.id}", ids, build)


def _share_of_whole(
    claim: Claim, value: Quantity, part: Quantity, whole: Quantity, k: Fraction, b: Builder
) -> None:
    assert claim.part is not None and claim.of is not None
    b.add(
        _mul(b.claim_var(claim.id, value), b.claim_var(claim.of, whole)),
        "=",
        _mul(_scaled(b.claim_var(claim.part, part), k), HUNDRED),
        f"share-of-whole:{claim.id}",
        f'"{value.text}" is "{part.text}" of "{whole.text}"',
        claims=(claim.id, claim.part, claim.of),
        line=claim.line,
    )


def ratios(doc: ClaimsFile) -> Iterator[Relation]:
    for ratio in doc.ratios:
        declared = ratio.min if ratio.min is not None else ratio.max
        if declared is None:
            continue
        numerators = quantities_of(doc, ratio.numerator)
        denominators = quantities_of(doc, ratio.denominator)
        if not numerators or not denominators:
            continue
        found = _in_unit(doc, numerators, declared.unit)
        if found is None:
            continue
        quantity, k, estimate = found
        ids = (ratio.numerator, ratio.denominator)
        build = partial(_ratio, ratio, quantity, k, estimate, denominators[0], declared.unit)
        yield Relation(f"ratios:{ratio.id}", ids, build, (_pool(estimate),) if estimate else ())


def _ratio(
    ratio: Ratio,
    numerator: Quantity,
    k: Fraction,
    estimate: PairEstimate | None,
    den: Quantity,
    unit: UnitSpec | None,
    b: Builder,
) -> None:
    name = f"ratio:{ratio.id}"
    lo = ratio.min.value if ratio.min is not None else None
    hi = ratio.max.value if ratio.max is not None else None
    b.figures.append(Figure(name, (lo, hi), ratio.id, "its declared bounds", lo or hi, ratio.line))
    b.units[name] = (unit, None)
    expr = _scaled(b.claim_var(ratio.numerator, numerator), k)
    if estimate is not None:
        assert unit is not None and numerator.unit is not None
        expr = _mul(expr, b.rate(unit.key, numerator.unit.key, estimate.top))
    b.add(
        _mul(Var(name), b.claim_var(ratio.denominator, den)),
        "=",
        expr,
        f"ratios:{ratio.id}",
        f"{ratio.label or ratio.id} = {ratio.numerator} ÷ {ratio.denominator}, inside its "
        "declared bounds",
        claims=(ratio.numerator, ratio.denominator),
        line=ratio.line,
    )


def _in_unit(
    doc: ClaimsFile, quantities: tuple[Quantity, ...], unit: UnitSpec | None
) -> tuple[Quantity, Fraction, PairEstimate | None] | None:
    """One of ``quantities`` that can be put in ``unit``: the factor, or the pair whose article
    rate converts it."""
    for q in quantities:
        if (q.unit is None) != (unit is None):
            continue
        if q.unit is None or unit is None or q.unit.key == unit.key:
            return q, Fraction(1), None
    for q in quantities:
        if q.unit is None or unit is None:
            continue
        if q.unit.is_currency and unit.is_currency:
            estimate = _estimate(doc, unit.key, q.unit.key)
            if estimate is not None:
                return q, Fraction(1), estimate
            continue
        try:
            return q, factor(q.unit, unit), None
        except ConversionError:
            continue
    return None


def index_change(doc: ClaimsFile) -> Iterator[Relation]:
    seen: set[frozenset[str]] = set()
    for claim in doc.claims:
        if claim.same_as is None:
            continue
        other = doc.claim(claim.same_as)
        if other is None:
            continue
        if _is_index(other) and not _is_index(claim):
            index, partner = other, claim
        elif _is_index(claim):
            index, partner = claim, other
        else:
            continue
        key = frozenset((index.id, partner.id))
        value = partner.value
        if key in seen or value is None or value.interval is None:
            continue
        seen.add(key)
        if value.unit is None or value.unit.kind not in ("percent", "points"):
            continue
        sign = 1
        if not _is_index(partner) and not value.stated.negative:
            direction = _direction(partner)
            if direction is None:
                continue  # a rise or a fall? the index-change check says so; nothing to add
            sign = -1 if direction == "fall" else 1
        ids = (index.id, partner.id)
        yield Relation(f"index-change:{index.id}", ids, partial(_index, index, partner, sign))


def _index(index: Claim, partner: Claim, sign: int, b: Builder) -> None:
    assert index.value is not None and partner.value is not None
    change: Expr = b.claim_var(partner.id, partner.value)
    if _is_index(partner):
        change = BinOp("-", change, HUNDRED)
    elif sign < 0:
        change = BinOp("*", Const(Fraction(-1)), change)
    b.add(
        change,
        "=",
        BinOp("-", b.claim_var(index.id, index.value), HUNDRED),
        f"index-change:{index.id}",
        f'"{partner.value.text}" is the change the index "{index.value.text}" states',
        claims=(index.id, partner.id),
        line=index.line,
    )


def _is_index(claim: Claim) -> bool:
    return claim.kind == "index" and is_percent(claim.value)


COMPILERS: tuple[Compiler, ...] = (
    conversions,
    cross_rates,
    growth,
    shares,
    part_share,
    share_of_whole,
    ratios,
    index_change,
)


def relations(doc: ClaimsFile) -> list[Relation]:
    return [relation for compiler in COMPILERS for relation in compiler(doc)]


def joint_groups(found: Iterable[Relation]) -> list[list[Relation]]:
    """The relations that share a claim, grouped (transitively): the candidates for one system."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chosen = list(found)
    for relation in chosen:
        first = root("relation:" + relation.label)
        for claim in relation.claims:
            other = root(claim)
            if other != first:
                parent[other] = first
    groups: dict[str, list[Relation]] = {}
    for relation in chosen:
        groups.setdefault(root("relation:" + relation.label), []).append(relation)
    return list(groups.values())


def compile_file(doc: ClaimsFile, *, everything: bool = False) -> Compiled:
    """The file's joint system: the relations of every group of relations that share claims and
    that no single check tests together (``everything``: all relations). Computed once per
    document and kept in ``doc.cache``."""
    key = "joint_system_all" if everything else "joint_system"
    cached = doc.cache.get(key)
    if isinstance(cached, Compiled):
        return cached
    found = relations(doc)
    scopes = tuple(frozenset((r.label, *r.scope)) for r in found if r.scope)
    builder = Builder(doc, scopes=list(scopes))
    for group in joint_groups(found):
        labels = {r.label for r in group}
        if everything or not builder.within_one_check(labels):
            for relation in group:
                relation.build(builder)
    compiled = builder.build()
    doc.cache[key] = compiled
    return compiled
