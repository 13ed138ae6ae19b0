"""Deciding one constraint over interval domains, exactly: pass, fail or undetermined.

A constraint ``left rel right`` (:mod:`aktobe_facts.solve.expr`) holds for some values inside the
stated intervals, or for none. The test encloses ``left − right`` with interval arithmetic on exact
rationals:

* An enclosure always holds every value the expression can take, so when it holds no value that
  satisfies the relation, no values do: a **fail** is a proof, whatever the expression.
* When every figure occurs once in the constraint (a sum, a difference, a multiple, a ratio, an
  order), interval arithmetic gives the *exact* range (each operation is monotone in each operand,
  and independent operands reach every combination of their ends), so a non-empty overlap is a
  **pass**. A division by an interval that holds zero gives no exact range.
* A figure that occurs twice (the dependency problem) can make the enclosure too wide: then the
  figures that occur more than once are fixed at a few points of their intervals and the rest is
  decided exactly; a point that works is a witness (a **pass**). When none works, their ranges are
  split in halves (branch and prune, at most :data:`MAX_PARTS` parts): a part whose enclosure
  cannot satisfy the relation is ruled out, the middle of every other part is tried. A witness is a
  **pass**; every part ruled out is a proof, so a **fail**; running out of parts is **undetermined**.

:func:`needed` isolates one figure (when it occurs once): the range it would need for the others to
satisfy the constraint, the figure to fix and its nearest consistent value. :func:`witness` builds an
assignment inside every interval that satisfies a passing constraint exactly (for tests and for the
reader who wants one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from enum import Enum
from itertools import product

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Var, holds

SLACK = "\x00slack"
"""The name of the slack figure an inequality is rewritten with (no claim id can hold a NUL)."""

MAX_SAMPLES = 256
"""Most points tried for figures that occur more than once before splitting their ranges."""

MAX_PARTS = 512
"""Most parts the ranges of figures that occur more than once are split into (branch and prune)
before saying undetermined."""


class Verdict(Enum):
    PASS = "pass"
    FAIL = "fail"
    UNDETERMINED = "undetermined"


class Decision(Struct, frozen=True):
    verdict: Verdict
    difference: Interval | None  # an enclosure of left − right (None: no bound, a division by 0)
    exact: bool  # the enclosure is the exact range
    witness: Mapping[str, Fraction] | None = None  # a point found by sampling, for a sampled pass
    split: bool = False  # a fail proven part by part: every part of the ranges was ruled out


# -- interval evaluation ---------------------------------------------------------------------------

_NEG_INF = object()
_POS_INF = object()
End = Fraction | object


def _key(end: End) -> tuple[int, Fraction]:
    if end is _NEG_INF:
        return (-1, Fraction(0))
    if end is _POS_INF:
        return (1, Fraction(0))
    assert isinstance(end, Fraction)
    return (0, end)


def _sign(end: End) -> int:
    if end is _NEG_INF:
        return -1
    if end is _POS_INF:
        return 1
    assert isinstance(end, Fraction)
    return (end > 0) - (end < 0)


def _times(a: End, b: End) -> End:
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a * b
    sign = _sign(a) * _sign(b)
    if sign == 0:
        return Fraction(0)  # 0 × ∞ is 0 for the ends of closed intervals
    return _POS_INF if sign > 0 else _NEG_INF


def multiply(x: Interval, y: Interval) -> Interval:
    """``x × y`` for any intervals, bounded or not (the library's product gives up on some)."""
    xs = (_NEG_INF if x.lo is None else x.lo, _POS_INF if x.hi is None else x.hi)
    ys = (_NEG_INF if y.lo is None else y.lo, _POS_INF if y.hi is None else y.hi)
    products = [_times(a, b) for a in xs for b in ys]
    lo, hi = min(products, key=_key), max(products, key=_key)
    return Interval(
        lo if isinstance(lo, Fraction) else None, hi if isinstance(hi, Fraction) else None
    )


class _Unbounded(Exception):
    """A division by an interval holding zero: no finite enclosure."""


def _enclose(expr: Expr, domains: Mapping[str, Interval]) -> Interval:
    if isinstance(expr, Var):
        return domains[expr.name]
    if isinstance(expr, Const):
        return Interval.point(expr.value)
    if isinstance(expr, Neg):
        return -_enclose(expr.operand, domains)
    a = _enclose(expr.left, domains)
    b = _enclose(expr.right, domains)
    if expr.op == "+":
        return a + b
    if expr.op == "-":
        return a - b
    if expr.op == "*":
        return multiply(a, b)
    if b.contains(0):
        raise _Unbounded
    return multiply(a, b.reciprocal())


def enclose(expr: Expr, domains: Mapping[str, Interval]) -> Interval | None:
    """An interval holding every value of ``expr`` over the domains; ``None`` when a division by
    an interval holding zero leaves it unbounded."""
    try:
        return _enclose(expr, domains)
    except _Unbounded:
        return None


def _divides_by_zero(expr: Expr, domains: Mapping[str, Interval]) -> bool:
    if isinstance(expr, Var | Const):
        return False
    if isinstance(expr, Neg):
        return _divides_by_zero(expr.operand, domains)
    if expr.op == "/":
        divisor = enclose(expr.right, domains)
        if divisor is None or divisor.contains(0):
            return True
    return _divides_by_zero(expr.left, domains) or _divides_by_zero(expr.right, domains)


def occurrences(expr: Expr) -> Counter[str]:
    """How often each figure occurs in ``expr``."""
    found: Counter[str] = Counter()
    stack = [expr]
    while stack:
        e = stack.pop()
        if isinstance(e, Var):
            found[e.name] += 1
        elif isinstance(e, Neg):
            stack.append(e.operand)
        elif isinstance(e, BinOp):
            stack += [e.left, e.right]
    return found


def difference(c: Constraint) -> Expr:
    return BinOp("-", c.left, c.right)


# -- deciding ---------------------------------------------------------------------------------------


def satisfiable(rel: str, d: Interval) -> bool | None:
    """Whether some value of ``d`` (a range of left − right) satisfies ``rel`` against zero.

    ``None`` for a strict relation whose range only touches zero at its end: closed intervals
    stand for readings that may be open there ("more than"), so that is not a proof either way.
    """
    if rel == "=":
        return d.contains(0)
    if rel in ("<=", "<"):
        if d.lo is None or d.lo < 0:
            return True
        if d.lo > 0:
            return False
        return True if rel == "<=" else None
    if d.hi is None or d.hi > 0:
        return True
    if d.hi < 0:
        return False
    return True if rel == ">=" else None


def decide(c: Constraint, domains: Mapping[str, Interval]) -> Decision:
    """Whether some values inside ``domains`` satisfy ``c`` (see the module's rules)."""
    expr = difference(c)
    d = enclose(expr, domains)
    counts = occurrences(expr)
    exact = (
        d is not None
        and all(n == 1 for n in counts.values())
        and not _divides_by_zero(expr, domains)
    )
    if d is not None:
        ok = satisfiable(c.rel, d)
        if ok is False:
            return Decision(Verdict.FAIL, d, exact)
        if ok and exact:
            return Decision(Verdict.PASS, d, exact)
    found = _sampled_witness(c, domains, counts)
    if found is not None:
        return Decision(Verdict.PASS, d, exact, found)
    found, ruled_out = _split_search(c, domains, counts)
    if found is not None:
        return Decision(Verdict.PASS, d, exact, found)
    if ruled_out:
        return Decision(Verdict.FAIL, d, exact, split=True)
    return Decision(Verdict.UNDETERMINED, d, exact)


def _split_search(
    c: Constraint, domains: Mapping[str, Interval], counts: Counter[str]
) -> tuple[dict[str, Fraction] | None, bool]:
    """Branch and prune over the figures that occur more than once (bounded ones only): a part of
    their ranges whose enclosure cannot satisfy ``c`` is ruled out (enclosures are sound); the
    midpoint of every other part is tried exactly; the widest range is halved. Returns a witness
    (checked exactly), or ``(None, True)`` when every part was ruled out, which proves ``c``
    cannot hold; ``(None, False)`` when the search ran out of parts."""
    repeated = sorted(name for name, n in counts.items() if n > 1)
    if not repeated or not all(domains[name].bounded for name in repeated):
        return None, False
    expr = difference(c)
    stack = [dict(domains)]
    parts = 0
    while stack:
        parts += 1
        if parts > MAX_PARTS:
            return None, False
        box = stack.pop()
        d = enclose(expr, box)
        if d is not None and not _divides_by_zero(expr, box) and satisfiable(c.rel, d) is False:
            continue
        fixed = dict(box)
        fixed.update({name: Interval.point(_inside(box[name])) for name in repeated})
        point = witness(c, fixed)
        if point is not None:
            return point, False
        name = max(repeated, key=lambda n: _width(box[n]))
        iv = box[name]
        if _width(iv) == 0:
            return None, False  # a point that is neither ruled out nor a witness
        mid = _inside(iv)
        for half in (Interval(mid, iv.hi), Interval(iv.lo, mid)):
            part = dict(box)
            part[name] = half
            stack.append(part)
    return None, True


def _width(iv: Interval) -> Fraction:
    assert iv.lo is not None and iv.hi is not None
    return iv.hi - iv.lo


def _points(iv: Interval, extra: Fraction | None) -> list[Fraction]:
    """A few values of an interval: its ends, its midpoint, eighths, and the printed value."""
    if iv.lo is not None and iv.hi is not None:
        pts = [iv.lo + (iv.hi - iv.lo) * k / 8 for k in range(9)]
    elif iv.lo is not None:  # steps away from the end, inside the interval whatever its sign
        pts = [iv.lo, iv.lo + 1, iv.lo + abs(iv.lo) + 1, iv.lo + abs(iv.lo) * 9 + 10]
    elif iv.hi is not None:
        pts = [iv.hi, iv.hi - 1, iv.hi - abs(iv.hi) - 1, iv.hi - abs(iv.hi) * 9 - 10]
    else:
        pts = [Fraction(0), Fraction(1), Fraction(-1)]
    if extra is not None and iv.contains(extra):
        pts.insert(0, extra)
    return list(dict.fromkeys(pts))


def _sampled_witness(
    c: Constraint, domains: Mapping[str, Interval], counts: Counter[str]
) -> dict[str, Fraction] | None:
    """Fix the figures that occur more than once at a few points each; decide the rest exactly."""
    repeated = sorted(name for name, n in counts.items() if n > 1)
    choices = [_points(domains[name], domains[name].midpoint()) for name in repeated]
    total = 1
    for options in choices:
        total *= len(options)
    if total > MAX_SAMPLES:
        per = max(2, int(MAX_SAMPLES ** (1 / max(1, len(choices)))))
        choices = [options[:: max(1, len(options) // per)][:per] for options in choices]
    for combo in _limited(product(*choices), MAX_SAMPLES):
        fixed = dict(domains)
        fixed.update({name: Interval.point(v) for name, v in zip(repeated, combo, strict=True)})
        expr = difference(c)
        d = enclose(expr, fixed)
        if d is None or _divides_by_zero(expr, fixed) or not satisfiable(c.rel, d):
            continue
        point = witness(c, fixed)
        if point is not None:
            return point
    return None


def _limited(items: Iterator[tuple[Fraction, ...]], limit: int) -> Iterator[tuple[Fraction, ...]]:
    for n, item in enumerate(items):
        if n >= limit:
            return
        yield item


# -- isolating one figure ---------------------------------------------------------------------------


def _slack_domain(rel: str) -> Interval:
    if rel == "=":
        return Interval.point(0)
    if rel in ("<=", "<"):
        return Interval(None, Fraction(0))
    return Interval(Fraction(0), None)


def _contains(expr: Expr, name: str) -> bool:
    if isinstance(expr, Var):
        return expr.name == name
    if isinstance(expr, Const):
        return False
    if isinstance(expr, Neg):
        return _contains(expr.operand, name)
    return _contains(expr.left, name) or _contains(expr.right, name)


def isolate(c: Constraint, name: str) -> Expr | None:
    """An expression for the figure ``name`` in terms of the others and the slack figure
    :data:`SLACK` (``left − right − slack = 0``), or ``None`` unless it occurs exactly once."""
    target: Expr = BinOp("-", difference(c), Var(SLACK))
    if occurrences(target)[name] != 1:
        return None
    other: Expr = Const(Fraction(0))
    while not (isinstance(target, Var) and target.name == name):
        if isinstance(target, Neg):
            target, other = target.operand, Neg(other)
            continue
        assert isinstance(target, BinOp)
        a, b = target.left, target.right
        in_left = _contains(a, name)
        if target.op == "+":
            target, other = (a, BinOp("-", other, b)) if in_left else (b, BinOp("-", other, a))
        elif target.op == "-":
            target, other = (a, BinOp("+", other, b)) if in_left else (b, BinOp("-", a, other))
        elif target.op == "*":
            target, other = (a, BinOp("/", other, b)) if in_left else (b, BinOp("/", other, a))
        else:
            target, other = (a, BinOp("*", other, b)) if in_left else (b, BinOp("/", a, other))
    return other


def needed(c: Constraint, name: str, domains: Mapping[str, Interval]) -> Interval | None:
    """The values of ``name`` for which the other figures, inside their intervals, can satisfy
    ``c``: exact when every figure occurs once. ``None`` when unknown (the figure occurs twice) or
    unbounded by a division by zero; ``Interval(None, None)`` when any value would do."""
    expr = isolate(c, name)
    if expr is None:
        return None
    scope = dict(domains)
    scope[SLACK] = _slack_domain(c.rel)
    return enclose(expr, scope)


def witness(c: Constraint, domains: Mapping[str, Interval]) -> dict[str, Fraction] | None:
    """Values inside every interval that satisfy ``c`` exactly, found one figure at a time (each
    fixed inside the range :func:`needed` gives it); ``None`` if this fails."""
    names = sorted(occurrences(difference(c)))
    scope = dict(domains)
    values: dict[str, Fraction] = {}
    for position, name in enumerate(names):
        room = needed(c, name, scope)
        own = scope[name]
        choice = own if room is None else own.intersect(room)
        if choice is None:
            return None
        if room is not None:
            values[name] = _inside(choice)
        else:  # the range it needs is unknown (a division by zero): try a few of its values
            last = position == len(names) - 1
            found = next(
                (
                    v
                    for v in _points(own, own.midpoint())
                    if last or _still_satisfiable(c, {**scope, name: Interval.point(v)})
                ),
                None,
            )
            if found is None:
                return None
            values[name] = found
        scope[name] = Interval.point(values[name])
    try:
        return values if holds(c, values) else None
    except ZeroDivisionError:
        return None


def _still_satisfiable(c: Constraint, scope: Mapping[str, Interval]) -> bool:
    expr = difference(c)
    d = enclose(expr, scope)
    exact = d is not None and not _divides_by_zero(expr, scope)
    return exact and d is not None and satisfiable(c.rel, d) is True


def _inside(iv: Interval) -> Fraction:
    """A value of the interval: its midpoint, or an end when it has only one."""
    if iv.lo is not None and iv.hi is not None:
        return (iv.lo + iv.hi) / 2
    if iv.lo is not None:
        return iv.lo
    if iv.hi is not None:
        return iv.hi
    return Fraction(0)


# -- words ------------------------------------------------------------------------------------------

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_SYMBOL = {
    "+": "+",
    "-": "−",
    "*": "×",
    "/": "÷",
    "=": "=",
    "<=": "≤",
    ">=": "≥",
    "<": "<",
    ">": ">",
}


def render(expr: Expr, names: Mapping[str, str] | None = None, parent: int = 0) -> str:
    """``national = a + b + c``-style text of an expression (claim ids as written)."""
    if isinstance(expr, Var):
        return (names or {}).get(expr.name, expr.name)
    if isinstance(expr, Const):
        from aktobe_facts.reading.fmt import number

        return number(expr.value, 12, scale_words=False)
    if isinstance(expr, Neg):
        return "−" + render(expr.operand, names, 3)
    level = _PRECEDENCE[expr.op]
    left = render(expr.left, names, level)
    right = render(expr.right, names, level + 1)
    text = f"{left} {_SYMBOL[expr.op]} {right}"
    return f"({text})" if level < parent else text


def symbol(rel: str) -> str:
    return _SYMBOL[rel]
