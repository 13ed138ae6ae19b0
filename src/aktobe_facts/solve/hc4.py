"""HC4-revise: narrow the variables of one constraint to the values that can still satisfy it.

A forward pass evaluates both sides of the constraint over the current boxes, node by node; a
backward pass then projects the relation back down the trees, each node's box intersected with what
its parent and sibling allow (``x + y = z`` gives ``x ⊆ z − y``). Every step is exact interval
arithmetic (:mod:`aktobe_facts.solve.box`), so the narrowed boxes still hold every solution: a box
that becomes empty proves that no values inside the boxes satisfy the constraint. The narrowing is
not always the tightest (a variable that occurs twice is narrowed by each occurrence apart), which
only means that propagation may fail to notice a conflict, never that it invents one.

A strict inequality is propagated as the non-strict one, a wider relation: again sound.
"""

from __future__ import annotations

from collections.abc import Callable

from aktobe_facts.solve import box
from aktobe_facts.solve.box import Box, Empty
from aktobe_facts.solve.expr import Const, Constraint, Expr, Neg, Var

# the box ``left - right`` must lie in, by relation
_TARGET: dict[str, Box] = {
    "=": (box.ZERO, box.ZERO),
    "<=": (None, box.ZERO),
    "<": (None, box.ZERO),
    ">=": (box.ZERO, None),
    ">": (box.ZERO, None),
}

# a node's forward result: its box, and the results of its operands
Node = tuple[Box, "Node | None", "Node | None"]
Narrow = Callable[[str, Box], None]


def forward(expr: Expr, dom: dict[str, Box]) -> Node:
    """The box of every node of ``expr`` over the boxes ``dom`` (a variable not in ``dom`` is
    unbounded)."""
    if isinstance(expr, Var):
        return (dom.get(expr.name, box.ENTIRE), None, None)
    if isinstance(expr, Const):
        return ((expr.value, expr.value), None, None)
    if isinstance(expr, Neg):
        inner = forward(expr.operand, dom)
        return (box.neg(inner[0]), inner, None)
    left = forward(expr.left, dom)
    right = forward(expr.right, dom)
    a, b = left[0], right[0]
    op = expr.op
    if op == "+":
        result = box.add(a, b)
    elif op == "-":
        result = box.sub(a, b)
    elif op == "*":
        result = box.mul(a, b)
    else:
        result = box.div(a, b)  # a divisor of only zero: Empty, as no value is defined
    return (result, left, right)


def _backward(expr: Expr, node: Node, target: Box, narrow: Narrow) -> None:
    """Project ``target`` (what the node's value must lie in) down to the variables."""
    here = box.intersect(node[0], target)
    if isinstance(expr, Var):
        narrow(expr.name, here)
        return
    if isinstance(expr, Const):
        return  # the intersection above already failed if the constant does not fit
    if isinstance(expr, Neg):
        assert node[1] is not None
        _backward(expr.operand, node[1], box.neg(here), narrow)
        return
    left, right = node[1], node[2]
    assert left is not None and right is not None
    a, b = left[0], right[0]
    op = expr.op
    if op == "+":
        _backward(expr.left, left, box.sub(here, b), narrow)
        _backward(expr.right, right, box.sub(here, a), narrow)
    elif op == "-":
        _backward(expr.left, left, box.add(here, b), narrow)
        _backward(expr.right, right, box.sub(a, here), narrow)
    elif op == "*":
        zero_here = box.contains(here, box.ZERO)
        if not (zero_here and box.contains(b, box.ZERO)):
            _backward(expr.left, left, box.div(here, b), narrow)
        if not (zero_here and box.contains(a, box.ZERO)):
            _backward(expr.right, right, box.div(here, a), narrow)
    else:  # z = x / y: x = z * y (y is never 0 where the quotient is defined)
        _backward(expr.left, left, box.mul(here, b), narrow)
        if not (box.contains(here, box.ZERO) and box.contains(a, box.ZERO)):
            _backward(expr.right, right, box.div(a, here), narrow)


def revise(constraint: Constraint, dom: dict[str, Box], narrow: Narrow) -> None:
    """Narrow the variables of ``constraint`` through ``narrow(name, box)`` (which intersects the
    box into the variable's domain); raises :class:`~aktobe_facts.solve.box.Empty` when no value
    of the boxes satisfies it."""
    left = forward(constraint.left, dom)
    right = forward(constraint.right, dom)
    target = box.intersect(box.sub(left[0], right[0]), _TARGET[constraint.rel])
    _backward(constraint.left, left, box.add(target, right[0]), narrow)
    _backward(constraint.right, right, box.sub(left[0], target), narrow)


__all__ = ["Empty", "forward", "revise"]
