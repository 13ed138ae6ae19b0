"""Multiples and fractions: "3.4 times", "4.5×", "twice", "more than twice", "three-fold",
"doubled", "half the amount", "a third", "a quarter".

``value = factor × of``, in every unit or currency both are stated in. ``factor`` is written as
the article writes it and read as an interval like any stated number ("3.4 times" is [3.35, 3.45];
"more than twice" is at least 2); or it names a claim that states the factor. "Three times more
than" is read as three times as much: say in ``note`` when the article means four.

A factor in words ("twice", "doubled", "tripled", "three times", "halved", "half", "a third") is
approximate, as news writes it: its exact value widened by the file's approximate tolerance
(``[settings] approx``, 5 percent of the value) on each side, twice that with "about". Read
exactly, "doubled" failed figures printed rounded that a fact-checker accepts: 5.1 to 10.4 (2.04
times, and at least 2.0097 within the rounding), 3.6 to 7.5, 4.2 to 13.1 "tripled", 8.4 to 4.3
"halved"; widened, each passes, and 10.0 to 22.0 "doubled" (at least 2.18 times) still fails.
"""

from __future__ import annotations

import re

import msgspec

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.fmt import number
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import GrammarError, Qualifier, parse
from aktobe_facts.reading.quantities import APPROX_TOLERANCE, one_side, read
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units
from aktobe_facts.relations.terms import Figure, quantities, var_name
from aktobe_facts.solve.expr import BinOp, Expr, Rel, Var

SPEC = KindSpec(
    kind="multiple",
    check="multiple",
    title="A multiple or fraction of a figure fits it",
    help="value = factor × of: '3.4 times', 'twice', 'more than twice', 'three-fold', 'half', "
    "'a third', as the article writes it (or the id of a claim stating the factor).",
    fields=(
        FieldSpec("value", "id", "The claim stating the multiple.", True, "claim"),
        FieldSpec("of", "id", "The figure it is a multiple of.", True, "claim-or-reference"),
        FieldSpec(
            "factor",
            "string",
            'How many times, as written: "3.4 times", "twice", "half", "a third", or a claim id.',
            True,
        ),
    ),
)

_TIMES = re.compile(r"\s*(?:times|×|x|-?\s*folds?)\s*$", re.IGNORECASE)
_WHOLE_WORDS = {
    "twice": "two",
    "double": "two",
    "doubled": "two",
    "triple": "three",
    "tripled": "three",
    "treble": "three",
    "trebled": "three",
    "quadruple": "four",
    "quadrupled": "four",
    "halved": "one",
}
_PARTS = {
    "half": 2, "halves": 2, "halved": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
_ONE = {"a": "one", "an": "one", "one": "one"}


class FactorError(ValueError):
    """A factor that is not written as the grammar reads it."""


def read_factor(text: str, approx: Fraction = APPROX_TOLERANCE) -> Figure:
    """``"3.4 times"`` as a figure: its interval, the value as printed and the reading. A factor
    in words is widened by ``approx`` of its value on each side (twice with "about")."""
    words = _TIMES.sub("", " ".join(text.strip().split())).split(" ")
    if not words or not words[0]:
        raise FactorError(f"{text!r} gives no factor")
    last = words[-1].lower()
    divisor = 1
    if last in _PARTS:
        divisor = _PARTS[last]
        words = words[:-1]
        if words and words[-1].lower() in _ONE:
            words[-1] = _ONE[words[-1].lower()]
        elif not words or words[-1].lower() not in _NUMBER_WORDS:
            words.append("one")
    if last in _WHOLE_WORDS:
        words[-1] = _WHOLE_WORDS[last]
    written = " ".join(words).replace("-", " ").strip()
    try:
        stated = parse(written)
    except GrammarError as exc:
        raise FactorError(f"{text!r} is not a factor: {exc}") from None
    if stated.missing or stated.unit is not None:
        raise FactorError(f"{text!r} is not a factor: write it as '3.4 times', 'twice', 'a third'")
    q = read(stated)
    value = stated.value / divisor
    interval = q.require().scale(Fraction(1, divisor))
    reading = q.reading + ("" if divisor == 1 else f"; divided by {divisor}")
    if stated.small_word and stated.qualifier not in (Qualifier.LOWER, Qualifier.UPPER):
        widen = approx * (2 if stated.qualifier in Qualifier.APPROXIMATE else 1)
        interval = one_side(
            Interval(value * (1 - widen), value * (1 + widen)), value, stated.qualifier
        )
        side = {Qualifier.BELOW: " below it", Qualifier.ABOVE: " above it"}
        reading = (
            f"a factor in words, {number(value, 6)}: approximate, widened by "
            f"{number(widen * 100, 6)} percent of the value{side.get(stated.qualifier or '', '')}"
        )
        return Figure(
            "factor", interval, None, "factor", None, value, reading, text, approximate=True
        )
    bound = q.basis in ("lower", "upper")
    return Figure("factor", interval, None, "factor", None, value, reading, text, bound=bound)


_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
}  # fmt: skip


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if relation.ref("value") == relation.ref("of"):
        return Problem("of", "a claim cannot be a multiple of itself")
    problem = alike(doc, relation, ("value", "of"))
    if problem is not None:
        return problem
    factor = str(relation.values.get("factor", ""))
    if doc.claim(factor) is not None:
        if not quantities(doc, factor):
            return Problem("factor", f"'{factor}' states no number")
        return None
    try:
        read_factor(factor)
    except FactorError as exc:
        return Problem("factor", str(exc))
    return None


def complete(relation: Relation, doc: ClaimsFile) -> Relation:
    """A factor given as a claim's id is a member: its findings name it (it is tested)."""
    factor = str(relation.values.get("factor", ""))
    if doc.claim(factor) is None or factor in relation.members:
        return relation
    return msgspec.structs.replace(relation, members=(*relation.members, factor))


def figures(relation: Relation, doc: ClaimsFile) -> dict[str, Figure]:
    """The factor written in the relation, as a figure named ``<relation id>#factor``."""
    try:
        f = read_factor(str(relation.values.get("factor", "")), doc.settings.approx)
    except FactorError:
        return {}
    name = f"{relation.id}#factor"
    return {name: msgspec.structs.replace(f, name=name, owner=relation.id)}


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    value, of = relation.ref("value"), relation.ref("of")
    factor_text = str(relation.values.get("factor", ""))
    if value is None or of is None:
        return []
    stated = quantities(doc, factor_text) if doc.claim(factor_text) is not None else ()
    factor: Expr = (
        Var(var_name(doc, factor_text, stated[0])) if stated else Var(f"{relation.id}#factor")
    )

    def make(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
        return terms[value], "=", BinOp("*", factor, terms[of])

    what = relation.label or f"'{value}' is {factor_text} '{of}'"
    return in_common_units(doc, relation, (value, of), make, what)
