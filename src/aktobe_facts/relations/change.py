"""Amount of change: "up 41 percent, or 212 million lari ($79 million)", "520 million rubles
instead of the planned 410 million, an increase of some 110 million".

``amount = current − base`` in every unit or currency all three are stated in (a fall, with
``direction = "fall"``, is ``base − current``), and with ``percent`` (the same change as a
percent of the base): ``percent = amount / base × 100``. Only ``current`` or only ``base`` may
be given; the other is then what the amount implies.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units, percent_claim
from aktobe_facts.relations.terms import quantities, var_name
from aktobe_facts.solve.expr import BinOp, Const, Expr, Neg, Rel, Var

HUNDRED = Fraction(100)

SPEC = KindSpec(
    kind="change",
    check="change",
    title="An amount of change is the current value minus the base",
    help="amount = current − base (base − current for a fall) in every currency given; with "
    "percent: percent = amount / base × 100.",
    fields=(
        FieldSpec("amount", "id", "The claim stating the amount of the change.", True, "claim"),
        FieldSpec("current", "id", "The value after the change.", False, "claim-or-reference"),
        FieldSpec("base", "id", "The value before the change.", False, "claim-or-reference"),
        FieldSpec("percent", "id", "The same change as a percent of the base.", False, "claim"),
        FieldSpec(
            "direction",
            "string",
            "rise (default) or fall: a fall's amount and percent are written without a minus",
            choices=("rise", "fall"),
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if relation.ref("current") is None and relation.ref("base") is None:
        return Problem("amount", "an amount of change needs the current value, the base or both")
    ids = [relation.ref(f) for f in ("amount", "current", "base") if relation.ref(f)]
    if len(set(ids)) != len(ids):
        return Problem("base", "amount, current and base must be different claims")
    return alike(doc, relation, ("amount", "current", "base")) or percent_claim(
        doc, relation, "percent"
    )


def _signed(doc: ClaimsFile, cid: str, expr: Expr, fall: bool) -> Expr:
    """The signed change a claim states: negated for a fall written without a minus, as it is
    when the value already says so ("down 50 million", "-50 million") it is kept as read."""
    claim = doc.claim(cid)
    stated_fall = claim is not None and claim.value is not None and claim.value.stated.negative
    return Neg(expr) if fall and not stated_fall else expr


def _less(value: Expr, change: Expr) -> Expr:
    """The value before a change: ``current + fall`` where the change is a fall written without a
    minus (``Neg(fall)``), so the printed arithmetic never reads "current − −fall"."""
    if isinstance(change, Neg):
        return BinOp("+", value, change.operand)
    return BinOp("-", value, change)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    amount, current, base, percent = (
        relation.ref(f) for f in ("amount", "current", "base", "percent")
    )
    if amount is None:
        return []
    fall = relation.values.get("direction") == "fall"
    found: list[Test] = []

    def signed(terms: dict[str, Expr]) -> Expr:
        return _signed(doc, amount, terms[amount], fall)

    if current is not None and base is not None:

        def make(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
            return signed(terms), "=", BinOp("-", terms[current], terms[base])

        what = relation.label or f"'{amount}' is '{current}' minus '{base}'"
        found += in_common_units(doc, relation, (amount, current, base), make, what)
    if percent is not None and quantities(doc, percent):
        pq = quantities(doc, percent)[0]
        p = _signed(doc, percent, Var(var_name(doc, percent, pq)), fall)  # both signed
        unit = lookup_unit("percent")
        if base is not None:

            def share(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
                ratio = BinOp("/", signed(terms), terms[base])
                return p, "=", BinOp("*", ratio, Const(HUNDRED))

            tests_ = in_common_units(
                doc, relation, (amount, base), share, f"'{percent}' is '{amount}' of '{base}'"
            )
        else:
            assert current is not None

            def share(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
                start = _less(terms[current], signed(terms))
                return p, "=", BinOp("*", BinOp("/", signed(terms), start), Const(HUNDRED))

            tests_ = in_common_units(
                doc,
                relation,
                (amount, current),
                share,
                f"'{percent}' is '{amount}' of the value before it",
                every_unit=False,
            )
        found += [Test(t.constraint, unit, t.what) for t in tests_]
    return found
