"""The figures of a relation: each claim's quantities as named variables with interval domains.

Names follow :mod:`aktobe_facts.solve.expr`: ``"<id>"`` is a claim's (or a reference's) value,
``"<id>@<KEY>"`` its counterpart in the unit or currency ``KEY`` (``"grants@USD"``,
``"road@mile"``), ``"rate:<A>/<B>"`` the number of ``A`` per one ``B`` the article's conversions
imply (its domain is the rate all of the article's pairs share; with none, no domain).

:func:`term` gives a claim in a wanted unit: the quantity stated in that unit, else an exact
conversion of a physical unit, else (between currencies) the quantity times the article's rate.
"""

from __future__ import annotations

from msgspec import Struct

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity, range_ends
from aktobe_facts.reading.units import ConversionError, UnitSpec, currency, factor
from aktobe_facts.relations.rates import rate_groups
from aktobe_facts.solve.expr import BinOp, Const, Expr, Var
from aktobe_facts.solve.scope import rate_var, split_rate

_HEADS = frozenset({None, "person"})  # a bare count and people are both heads


class Figure(Struct, frozen=True):
    """What a variable stands for."""

    name: str
    interval: Interval
    unit: UnitSpec | None
    owner: str  # the claim or reference id, or "rate"
    quantity: Quantity | None = None  # None for a rate
    printed: Fraction | None = None  # the value as printed
    source: str | None = None  # for a rate: where it comes from; else how the text was read
    text: str | None = None  # a figure written in a relation ("3.4 times"), as written
    approximate: bool = False  # a factor in words ("twice"): widened by the file's approx
    bound: bool = False  # a factor written as a bound ("more than twice"): one side only

    @property
    def one_sided(self) -> bool:
        """A bound as written ("more than twice", "more than 1,100", "up to 50"): its printed
        value is an end of what it allows, not the value it stands for."""
        q = self.quantity
        return self.bound or (q is not None and q.basis in ("lower", "upper"))

    @property
    def shown(self) -> str:
        """The figure as the article writes it."""
        if self.quantity is not None:
            return self.quantity.text
        return self.text or self.name


def balances(doc: ClaimsFile) -> frozenset[str]:
    """The claims that state a balance (the result of a ``difference``: a deficit may turn out a
    surplus, a trade balance either way), made once per document."""
    cached = doc.cache.get("balances")
    if not isinstance(cached, frozenset):
        found = (r.ref("result") for r in doc.relations if r.kind == "difference")
        cached = doc.cache["balances"] = frozenset(r for r in found if r is not None)
    return cached


def never_negative(doc: ClaimsFile, f: Figure) -> bool:
    """Whether no value below zero can be right for figure ``f``: a level the reading rules start
    at 0 (money, counts, areas as stated) or a share (``kind = "share"``: a part of a whole, though
    in percent), of a claim that is no change, growth, index or other kind, and no balance
    (:func:`balances`). A rate is kept above zero by the solver itself."""
    q = f.quantity
    if q is None:
        return False
    claim = doc.claim(f.owner)
    kind = claim.kind if claim is not None else None
    if kind in ("change", "growth", "index", "other") or f.owner in balances(doc):
        return False
    if kind == "share":
        return not q.stated.negative and q.stated.direction is None
    return q.never_negative


def unit_key(unit: UnitSpec | None) -> str | None:
    return None if unit is None else unit.key


def quantities(doc: ClaimsFile, ref_id: str) -> tuple[Quantity, ...]:
    """The numbered quantities of a claim (value first, then counterparts) or a reference."""
    claim = doc.claim(ref_id)
    if claim is not None:
        return claim.numbered()
    reference = doc.reference(ref_id)
    return () if reference is None else (reference.value,)


def var_name(doc: ClaimsFile, ref_id: str, quantity: Quantity) -> str:
    """``"id"`` for the value, ``"id@KEY"`` for a counterpart."""
    claim = doc.claim(ref_id)
    if claim is not None:
        first = claim.first_numbered()
    else:
        reference = doc.reference(ref_id)
        first = None if reference is None else reference.value
    if first is quantity:
        return ref_id
    return f"{ref_id}@{unit_key(quantity.unit)}"


def end_name(name: str, which: str) -> str:
    """The variable of a range's low or high end: ``id~low``, ``id@EUR~high``."""
    return f"{name}~{which}"


def figures(doc: ClaimsFile) -> dict[str, Figure]:
    """Every claim and reference figure by variable name (made once per document)."""
    cached = doc.cache.get("relation_figures")
    if isinstance(cached, dict):
        return cached
    found: dict[str, Figure] = {}
    owners = [c.id for c in doc.claims] + [r.id for r in doc.references]
    for owner in owners:
        for q in quantities(doc, owner):
            name = var_name(doc, owner, q)
            found[name] = Figure(name, q.require(), q.unit, owner, q, q.value)
            ends = range_ends(q) if q.stated.high is not None else None
            for which, end in zip(("low", "high"), ends or (), strict=False):
                end_var = end_name(name, which)
                found[end_var] = Figure(end_var, end.require(), end.unit, owner, end, end.value)
    doc.cache["relation_figures"] = found
    return found


def rate_figure(doc: ClaimsFile, top: str, bottom: str, tag: str | None = None) -> Figure | None:
    """``rate:top/bottom``: the article's own common rate (never a reference: a relation fails on
    a rate only when the article's figures fix it)."""
    key = frozenset((top, bottom))
    estimate = next(
        (
            g
            for g in rate_groups(doc)
            if g.tag == tag and frozenset((g.top, g.bottom)) == key and g.common is not None
        ),
        None,
    )
    if estimate is None or estimate.common is None:
        return None
    rate = estimate.common
    if estimate.top != top:
        if rate.contains(0):
            return None
        rate = rate.reciprocal()
    name = rate_var(top, bottom, tag)
    return Figure(name, rate, currency(top), "rate", source="the article's common implied rate")


def figure(doc: ClaimsFile, name: str) -> Figure | None:
    if name.startswith("rate:"):
        return rate_figure(doc, *split_rate(name))
    if "#" in name:
        return _relation_figures(doc).get(name)
    return figures(doc).get(name)


def _relation_figures(doc: ClaimsFile) -> dict[str, Figure]:
    """Figures written in relations (a factor "3.4 times"), named ``<relation id>#<field>``."""
    cached = doc.cache.get("relation_own_figures")
    if isinstance(cached, dict):
        return cached
    from aktobe_facts.relations.registry import KINDS  # the registry imports this module

    found: dict[str, Figure] = {}
    for relation in doc.relations:
        own = getattr(KINDS.get(relation.kind), "figures", None)
        if own is not None:
            found.update(own(relation, doc))
    doc.cache["relation_own_figures"] = found
    return found


def exact_factor(have: UnitSpec | None, want: UnitSpec | None) -> Fraction | None:
    """The exact factor from ``have`` to ``want`` (physical units, heads); ``None`` if none."""
    if unit_key(have) in _HEADS and unit_key(want) in _HEADS:
        return Fraction(1)
    if have is None or want is None or have.is_currency or want.is_currency:
        return None
    try:
        return factor(have, want)
    except ConversionError:
        return None


def term(doc: ClaimsFile, ref_id: str, want: UnitSpec | None, *, rates: bool = True) -> Expr | None:
    """The claim ``ref_id`` in the unit ``want``; ``None`` when it cannot be had in it."""
    stated = quantities(doc, ref_id)
    for q in stated:  # the same unit first
        if unit_key(q.unit) == unit_key(want):
            return Var(var_name(doc, ref_id, q))
    for q in stated:
        f = exact_factor(q.unit, want)
        if f is not None:
            v = Var(var_name(doc, ref_id, q))
            return v if f == 1 else BinOp("*", v, Const(f))
    if not rates or want is None or not want.is_currency:
        return None
    for q in stated:
        if q.unit is not None and q.unit.is_currency:
            rate = rate_figure(doc, want.key, q.unit.key)
            if rate is not None:
                return BinOp("*", Var(var_name(doc, ref_id, q)), Var(rate.name))
    return None


def common_units(doc: ClaimsFile, ids: tuple[str, ...]) -> list[UnitSpec | None]:
    """Every unit in which all of ``ids`` are stated (or exactly convertible), the first claim's
    order; then, if there is none, the first claim's units reachable through the article's rate."""
    if not ids:
        return []
    first = quantities(doc, ids[0])
    found: list[UnitSpec | None] = []
    seen: set[str | None] = set()
    for q in first:
        key = unit_key(q.unit)
        if key in seen:
            continue
        seen.add(key)
        if all(term(doc, other, q.unit, rates=False) is not None for other in ids[1:]):
            found.append(q.unit)
    if found:
        return found
    for q in first:
        if all(term(doc, other, q.unit) is not None for other in ids[1:]):
            return [q.unit]
    return []


def domains(doc: ClaimsFile, names: set[str]) -> dict[str, Interval] | None:
    """The interval of each variable; ``None`` when one of them has none (an unknown rate)."""
    out: dict[str, Interval] = {}
    for name in names:
        found = figure(doc, name)
        if found is None:
            return None
        out[name] = found.interval
    return out
