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

A typed relation that knows its own constraints is added with :meth:`Builder.add_constraint`.
"""

from __future__ import annotations

from collections.abc import Callable
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
from aktobe_facts.model import Claim, ClaimsFile
from aktobe_facts.quantities import Quantity
from aktobe_facts.rates import PairEstimate, rate_table
from aktobe_facts.solve.builder import NONNEGATIVE, Builder, Compiled
from aktobe_facts.solve.expr import BinOp, Const, Expr, Var
from aktobe_facts.solve.system import Figure
from aktobe_facts.units import ConversionError, UnitSpec, currency, factor, lookup_unit

HUNDRED = Const(Fraction(100))
Compiler = Callable[[ClaimsFile, Builder], None]


def _mul(a: Expr, b: Expr) -> Expr:
    return BinOp("*", a, b)


def _add(a: Expr, b: Expr) -> Expr:
    return BinOp("+", a, b)


def _scaled(expr: Expr, k: Fraction) -> Expr:
    return expr if k == 1 else _mul(expr, Const(k))


def _pool(estimate: PairEstimate) -> str:
    return f"conversions:{estimate.top}/{estimate.bottom}"


def article_rate(doc: ClaimsFile, b: Builder, want: str, have: str) -> tuple[Expr, str] | None:
    """``want`` per ``have`` at the article's own rate (its conversions of that pair), with the
    label of those conversions; ``None`` when the article converts no amount of that pair."""
    estimate = rate_table(doc).get(frozenset((want, have)))
    if estimate is None or not estimate.pairs or estimate.article_rate is None:
        return None
    return b.rate(want, have, estimate.top), _pool(estimate)


def _rate_words(top: str, bottom: str) -> str:
    return f"{currency(top).label} per {singular(currency(bottom))}"


def conversions(doc: ClaimsFile, b: Builder) -> None:
    for estimate in sorted(rate_table(doc).values(), key=lambda e: e.label()):
        if not estimate.pairs:
            continue
        label = _pool(estimate)
        b.scope(label)
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


def cross_rates(doc: ClaimsFile, b: Builder) -> None:
    table = {k: v for k, v in rate_table(doc).items() if v.pairs and v.article_rate is not None}
    codes = sorted({c for key in table for c in key})
    for a, m, c in combinations(codes, 3):
        legs = [article_rate(doc, b, x, y) for x, y in ((a, m), (m, c), (a, c))]
        if any(leg is None for leg in legs):
            continue
        (ab, l1), (bc, l2), (ac, l3) = (leg for leg in legs if leg is not None)
        label = f"cross-rates:{a}/{m}/{c}"
        b.scope(label, l1, l2, l3)
        b.add(
            _mul(ab, bc),
            "=",
            ac,
            label,
            f"{_rate_words(a, m)} × {_rate_words(m, c)} = {_rate_words(a, c)}",
        )


def growth(doc: ClaimsFile, b: Builder) -> None:
    for claim in doc.claims:
        if claim.kind != "growth" or claim.of is None or claim.base is None:
            continue
        if not is_percent(claim.value):
            continue
        assert claim.value is not None
        currents, bases = quantities_of(doc, claim.of), quantities_of(doc, claim.base)
        found = _one_unit(currents, bases)
        if found is None:
            continue
        current, base, k = found
        in_currency = current.unit is not None and current.unit.is_currency
        if in_currency and (current is not currents[0] or base is not bases[0]):
            continue  # compared through a counterpart: the growth check says undetermined
        label = f"growth:{claim.id}"
        g = b.claim_var(claim.id, claim.value)
        b.add(
            _mul(b.claim_var(claim.of, current), HUNDRED),
            "=",
            _mul(_scaled(b.claim_var(claim.base, base), k), _add(HUNDRED, g)),
            label,
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


def shares(doc: ClaimsFile, b: Builder) -> None:
    for group in doc.groups:
        members = [c for c in (doc.claim(m) for m in group.members) if c is not None]
        terms: list[Expr] = []
        rest = None
        for c in members:
            if c.remainder:
                rest = c
            elif c.value is not None and is_percent(c.value):
                terms.append(b.claim_var(c.id, c.value))
        if not terms:
            continue
        if rest is not None:
            if rest.value is not None and is_percent(rest.value):
                terms.append(b.claim_var(rest.id, rest.value))
            else:
                terms.append(b.unstated(rest.id, NONNEGATIVE, _percent()))
        for term in terms:  # a share of a whole is never below 0 ("less than 5 percent")
            assert isinstance(term, Var)
            b.hard.setdefault(term.name, NONNEGATIVE)
        total = terms[0]
        for term in terms[1:]:
            total = _add(total, term)
        label = f"shares:{group.id}"
        whole = rest is not None or group.exhaustive
        b.add(
            total,
            "=" if whole else "<=",
            HUNDRED,
            label,
            f"the shares of {group.label or group.id} add up to "
            + ("100 percent" if whole else "at most 100 percent"),
            claims=tuple(c.id for c in members),
            line=group.line,
        )


def _percent() -> UnitSpec | None:
    return lookup_unit("percent")


def part_share(doc: ClaimsFile, b: Builder) -> None:
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
        found = _one_unit(amounts, wholes)
        if found is not None:
            amount, whole, k = found
            whole_expr = _scaled(b.claim_var(whole_id, whole), k)
            b.scope(label)
        else:
            converted = _by_rate(doc, b, amounts, wholes)
            if converted is None:
                continue
            amount, whole, rate, pool = converted
            whole_expr = _mul(b.claim_var(whole_id, whole), rate)
            b.scope(label, pool)
        b.add(
            _mul(b.claim_var(claim.id, amount), HUNDRED),
            "=",
            _mul(whole_expr, b.claim_var(share.id, share.value)),
            label,
            f'"{amount.text}" is "{share.value.text}" of "{whole.text}"',
            claims=(claim.id, share.id, whole_id),
            line=claim.line,
        )


def _by_rate(
    doc: ClaimsFile, b: Builder, amounts: tuple[Quantity, ...], wholes: tuple[Quantity, ...]
) -> tuple[Quantity, Quantity, Expr, str] | None:
    for a in amounts:
        for w in wholes:
            if a.unit is None or w.unit is None or not (a.unit.is_currency and w.unit.is_currency):
                continue
            found = article_rate(doc, b, a.unit.key, w.unit.key)
            if found is not None:
                return a, w, found[0], found[1]
    return None


def share_of_whole(doc: ClaimsFile, b: Builder) -> None:
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
        label = f"share-of-whole:{claim.id}"
        b.add(
            _mul(b.claim_var(claim.id, value), b.claim_var(claim.of, whole)),
            "=",
            _mul(_scaled(b.claim_var(claim.part, part), k), HUNDRED),
            label,
            f'"{value.text}" is "{part.text}" of "{whole.text}"',
            claims=(claim.id, claim.part, claim.of),
            line=claim.line,
        )


def ratios(doc: ClaimsFile, b: Builder) -> None:
    for ratio in doc.ratios:
        if ratio.min is None and ratio.max is None:
            continue
        declared = ratio.min if ratio.min is not None else ratio.max
        assert declared is not None
        numerators = quantities_of(doc, ratio.numerator)
        denominators = quantities_of(doc, ratio.denominator)
        if not numerators or not denominators:
            continue
        den = denominators[0]
        label = f"ratios:{ratio.id}"
        numerator = _in_unit(doc, b, ratio.numerator, numerators, declared.unit)
        if numerator is None:
            continue
        expr, pool = numerator
        b.scope(label, *((pool,) if pool else ()))
        name = f"ratio:{ratio.id}"
        lo = ratio.min.value if ratio.min is not None else None
        hi = ratio.max.value if ratio.max is not None else None
        b.figures.append(
            Figure(name, (lo, hi), ratio.id, "its declared bounds", lo or hi, ratio.line)
        )
        b.units[name] = (declared.unit, None)
        b.add(
            _mul(Var(name), b.claim_var(ratio.denominator, den)),
            "=",
            expr,
            label,
            f"{ratio.label or ratio.id} = {ratio.numerator} ÷ {ratio.denominator}, inside its "
            "declared bounds",
            claims=(ratio.numerator, ratio.denominator),
            line=ratio.line,
        )


def _in_unit(
    doc: ClaimsFile,
    b: Builder,
    owner: str,
    quantities: tuple[Quantity, ...],
    unit: UnitSpec | None,
) -> tuple[Expr, str | None] | None:
    """One of ``quantities`` as an expression in ``unit`` (exactly, or at the article's rate)."""
    for q in quantities:
        if (q.unit is None) != (unit is None):
            continue
        if q.unit is None or unit is None or q.unit.key == unit.key:
            return b.claim_var(owner, q), None
    for q in quantities:
        if q.unit is None or unit is None:
            continue
        if q.unit.is_currency and unit.is_currency:
            found = article_rate(doc, b, unit.key, q.unit.key)
            if found is not None:
                return _mul(b.claim_var(owner, q), found[0]), found[1]
            continue
        try:
            return _scaled(b.claim_var(owner, q), factor(q.unit, unit)), None
        except ConversionError:
            continue
    return None


def index_change(doc: ClaimsFile, b: Builder) -> None:
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
        if key in seen or partner.value is None or partner.value.interval is None:
            continue
        seen.add(key)
        assert index.value is not None
        value = partner.value
        if value.unit is None or value.unit.kind not in ("percent", "points"):
            continue
        change: Expr = b.claim_var(partner.id, value)
        if _is_index(partner):
            change = BinOp("-", change, HUNDRED)
        elif not value.stated.negative:
            direction = _direction(partner)
            if direction is None:
                continue  # a rise or a fall? the index-change check says so; nothing to add
            if direction == "fall":
                change = BinOp("*", Const(Fraction(-1)), change)
        label = f"index-change:{index.id}"
        b.add(
            change,
            "=",
            BinOp("-", b.claim_var(index.id, index.value), HUNDRED),
            label,
            f'"{value.text}" is the change the index "{index.value.text}" states',
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


def compile_file(doc: ClaimsFile) -> Compiled:
    """The file's joint system (computed once per document, kept in ``doc.cache``)."""
    cached = doc.cache.get("joint_system")
    if isinstance(cached, Compiled):
        return cached
    builder = Builder(doc)
    for compiler in COMPILERS:
        compiler(doc, builder)
    compiled = builder.build()
    doc.cache["joint_system"] = compiled
    return compiled
