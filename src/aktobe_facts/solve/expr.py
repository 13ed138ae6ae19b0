"""Exact arithmetic expressions over an article's figures, and the constraints built from them.

Relations (sums of parts, differences, multiples, order, equations written by hand) compile to
:class:`Constraint` objects; the solver decides whether all of them hold at once for values inside
the stated intervals. Nothing here parses text: the general relation's grammar builds these trees.

A :class:`Var` names one figure of the article. Conventions shared by the relation compiler and
the solver:

* ``"<claim id>"`` is a claim's value, in the base of its stated unit (tenge, not billion tenge;
  percent as written: 49 percent is 49);
* ``"<claim id>@<CUR>"`` is the counterpart of a claim in currency ``CUR`` (ISO code);
* ``"rate:<A>/<B>"`` is the number of ``A`` per one ``B`` the article's conversions imply.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction

Op = Literal["+", "-", "*", "/"]
Rel = Literal["=", "<=", ">=", "<", ">"]


class Var(Struct, frozen=True):
    name: str


class Const(Struct, frozen=True):
    value: Fraction


class Neg(Struct, frozen=True):
    operand: Expr


class BinOp(Struct, frozen=True):
    op: Op
    left: Expr
    right: Expr


Expr = Var | Const | Neg | BinOp


class Constraint(Struct, frozen=True):
    """``left rel right``, from one relation of the claims file."""

    left: Expr
    rel: Rel
    right: Expr
    relation: str  # the id (or a generated name) of the relation it came from
    claims: tuple[str, ...] = ()  # the claims it ties together, for messages
    line: int | None = None  # the claims file's line of the relation


def variables(*exprs: Expr) -> set[str]:
    """The names of the figures the expressions read.

    A walk with a list, not a recursion that makes and joins a set per node: the joint check's
    quick test reads every constraint of a file (a tenth of its time on 10,000 claims went to the
    recursive version).
    """
    found: set[str] = set()
    work = list(exprs)
    while work:
        expr = work.pop()
        if isinstance(expr, BinOp):
            work.append(expr.left)
            work.append(expr.right)
        elif isinstance(expr, Var):
            found.add(expr.name)
        elif isinstance(expr, Neg):
            work.append(expr.operand)
    return found


def constraint_names(constraint: Constraint) -> set[str]:
    """The names of the figures a constraint reads, on both sides."""
    return variables(constraint.left, constraint.right)


def evaluate(expr: Expr, values: Mapping[str, Fraction]) -> Fraction:
    """The exact value of ``expr`` for one assignment (raises ``ZeroDivisionError`` on x/0)."""
    if isinstance(expr, Var):
        return values[expr.name]
    if isinstance(expr, Const):
        return expr.value
    if isinstance(expr, Neg):
        return -evaluate(expr.operand, values)
    a = evaluate(expr.left, values)
    b = evaluate(expr.right, values)
    if expr.op == "+":
        return a + b
    if expr.op == "-":
        return a - b
    if expr.op == "*":
        return a * b
    return a / b


def holds(constraint: Constraint, values: Mapping[str, Fraction]) -> bool:
    """Whether one assignment satisfies the constraint exactly."""
    a = evaluate(constraint.left, values)
    b = evaluate(constraint.right, values)
    rel = constraint.rel
    if rel == "=":
        return a == b
    if rel == "<=":
        return a <= b
    if rel == ">=":
        return a >= b
    if rel == "<":
        return a < b
    return a > b
