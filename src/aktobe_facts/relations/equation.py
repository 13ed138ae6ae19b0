"""The general relation: an equation or inequality over claim ids, read by a small grammar.

Syntax (one relation; whitespace is free)::

    relation := side REL side             REL: =  <=  >=  <  >  ≤  ≥
    side     := term (("+" | "-" | "−") term)*
    term     := unary (("*" | "/" | "×" | "÷") unary)*
    unary    := ("-" | "−" | "+") unary | power
    power    := atom ("^" WHOLE)?              WHOLE: 1 to MAX_POWER
    atom     := NUMBER | FIGURE | ID | ID "@" CODE | "(" side ")"

* ``ID`` is a claim or reference id: its value, in the base of its stated unit ("646.8 billion
  tenge" is 646,800,000,000 tenge). ``ID@USD`` is the claim's counterpart in that currency (an ISO
  code), ``ID@mile`` in that unit (its name in :mod:`aktobe_facts.reading.units`); case is ignored. An id
  may contain ``-``, so a minus between two ids needs spaces: ``a - b``. An id that is a plain
  number ("2020") reads as the number.
* ``NUMBER`` is a plain exact number in digits with an optional decimal point: ``2``, ``0.5``.
* ``atom ^ N`` is the atom multiplied by itself N times (a whole number of 1 to
  :data:`MAX_POWER`): a growth per year over ten years is ``base * ("100 percent" + growth) ^ 10``.
* ``FIGURE`` is a number with a unit in double or single quotes, read like a claim's value by the
  file's locale and currency words: ``"5 percent"``, ``'1.7 manat per US$'``, ``"2 billion
  tenge"``. It is exact as written; a qualifier ("about", "more than") is refused: a stated figure
  with its rounding belongs in a claim.

Units are checked by the unit layer (:mod:`aktobe_facts.reading.unitalgebra`, pint): only quantities of
one dimension are added, subtracted or compared, and each is first converted exactly to the unit of
the left operand (a hectare is 1/100 km²); every currency is its own dimension, so tenge and
dollars meet only through a rate (``usd_figure * "470 tenge per US$"``). A percent is a hundredth
of a plain number (a share is ``part / whole``, a growth ``current / base - "100 percent"``); a
bare number added to or compared with a percent is refused, since "5" could mean 5 percent or 500
percent: write ``"5 percent"``, or ``base * ("100 percent" + growth)``.

Nothing is evaluated: the text becomes a :class:`~aktobe_facts.solve.expr.Constraint` whose
variables follow the naming of :mod:`aktobe_facts.solve.expr`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from msgspec import Struct, field

from aktobe_facts.claims.model import Claim, Reference
from aktobe_facts.reading.exact import Fraction, of_digits
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import DEFAULT_LOCALE, GrammarError, NumberLocale, parse
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.unitalgebra import Compound, UnitMismatch
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Op, Rel, Var

MAX_LENGTH = 1_000
"""Longest equation read, in characters (a relation of a news article needs a few dozen)."""

MAX_DEPTH = 50
"""Deepest nesting of parentheses and signs (the parser recurses once per level)."""

MAX_OPERATORS = 100
"""Most operators in one equation (the trees built are walked recursively)."""

MAX_POWER = 50
"""Highest power written with ``^`` (a yearly growth over 50 years; each power is that many
products in the tree, so it stays within the recursion of :data:`MAX_DEPTH` levels)."""

_OPERATORS: dict[str, Op] = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_RELATIONS: dict[str, Rel] = {
    "<=": "<=",
    ">=": ">=",
    "≤": "<=",
    "≥": ">=",
    "=": "=",
    "<": "<",
    ">": ">",
}
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_WORD_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
_KEY_RE = re.compile(r"[A-Za-z_]+")


class EquationError(ValueError):
    """An equation that cannot be read: the message names the token at fault and its column."""

    def __init__(self, message: str, column: int, token: str) -> None:
        super().__init__(message)
        self.message = message
        self.column = column  # 1-based, in characters of the equation's text
        self.token = token

    def __str__(self) -> str:
        return f"column {self.column}: {self.message}"


class Figures(Struct, frozen=True):
    """What the ids of an equation name: each figure with a number, by variable name.

    ``quantities`` maps ``"<id>"`` (a claim's value or a reference) and ``"<id>@<CUR>"`` (a
    claim's counterpart) to the stated quantity; ``ids`` holds every claim and reference id, so
    that a known id with no number gets its own message.
    """

    quantities: Mapping[str, Quantity]
    ids: frozenset[str] = frozenset()
    missing: Mapping[str, str] = field(default_factory=dict)  # var name -> why it has no number
    folded: Mapping[str, str] = field(default_factory=dict)  # "x@usd" -> "x@USD"

    @staticmethod
    def of(claims: Iterable[Claim], references: Iterable[Reference] = ()) -> Figures:
        quantities: dict[str, Quantity] = {}
        missing: dict[str, str] = {}
        ids: set[str] = set()
        for claim in claims:
            ids.add(claim.id)
            if claim.value is None:
                missing[claim.id] = f"claim '{claim.id}' has no value"
                continue
            quantities[claim.id] = claim.value
            for other in (*claim.counterparts, *claim.computed):
                if other.unit is None:
                    continue
                name = f"{claim.id}@{other.unit.key}"
                if other.missing:
                    missing[name] = (
                        f"claim '{claim.id}' states no number in {other.unit.key} ({other.text!r})"
                    )
                elif other in claim.counterparts:
                    quantities[name] = other
                else:
                    missing[name] = (
                        f"the {other.unit.key} figure of claim '{claim.id}' was computed by "
                        "`fill`, not stated by the article"
                    )
        for reference in references:
            ids.add(reference.id)
            quantities[reference.id] = reference.value
        folded = {n.casefold(): n for n in (*quantities, *missing) if "@" in n}
        return Figures(quantities, frozenset(ids), missing, folded)

    def intervals(self) -> dict[str, Interval]:
        """Each figure's stated interval, by variable name (the domains of a verdict)."""
        return {name: q.require() for name, q in self.quantities.items()}


class Equation(Struct, frozen=True):
    """A parsed relation: its constraint, and the unit both sides are compared in."""

    text: str
    constraint: Constraint
    unit: Compound
    left_figure: str | None = None  # the figure the left side is, when it is a lone id
    right_figure: str | None = None


class _Token(Struct, frozen=True):
    kind: str  # num, figure, id, op, rel, open, close, end
    text: str
    column: int
    value: object = None


class _Typed(Struct, frozen=True):
    expr: Expr
    unit: Compound
    bare: bool = False  # holds a bare number ("5"), which next to a percent is ambiguous


def parse_equation(
    text: str,
    figures: Figures,
    *,
    relation: str = "equation",
    line: int | None = None,
    locale: NumberLocale = DEFAULT_LOCALE,
    aliases: dict[str, str] | None = None,
) -> Equation:
    """Read ``text`` into an :class:`Equation`; raises :class:`EquationError` when it cannot."""
    if not isinstance(text, str):
        raise EquationError("expected a string", 1, "")
    if len(text) > MAX_LENGTH:
        raise EquationError(
            f"equation is {len(text):,} characters long; the limit is {MAX_LENGTH:,}", 1, ""
        )
    tokens = _tokenize(text, figures, locale, aliases)
    return _Parser(text, tokens, figures, relation, line).run()


def _tokenize(
    text: str, figures: Figures, locale: NumberLocale, aliases: dict[str, str] | None
) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        column = i + 1
        if ch.isspace():
            i += 1
        elif text.startswith(("<=", ">="), i):
            tokens.append(_Token("rel", text[i : i + 2], column, _RELATIONS[text[i : i + 2]]))
            i += 2
        elif ch in _RELATIONS:
            tokens.append(_Token("rel", ch, column, _RELATIONS[ch]))
            i += 1
        elif ch in _OPERATORS:
            tokens.append(_Token("op", ch, column, _OPERATORS[ch]))
            i += 1
        elif ch == "^":
            tokens.append(_Token("pow", ch, column))
            i += 1
        elif ch in "()":
            tokens.append(_Token("open" if ch == "(" else "close", ch, column))
            i += 1
        elif ch in "\"'":
            end = text.find(ch, i + 1)
            if end < 0:
                raise EquationError(
                    f"the figure opened by {ch} at column {column} is not closed", column, ch
                )
            tokens.append(_figure(text[i : end + 1], column, locale, aliases))
            i = end + 1
        elif _WORD_RE.match(text, i):
            match = _WORD_RE.match(text, i)
            assert match is not None
            word = match.group()
            i = match.end()
            if _NUMBER_RE.fullmatch(word):
                tokens.append(_Token("num", word, column, of_digits(word)))
                continue
            name = word
            if text.startswith("@", i):
                key = _KEY_RE.match(text, i + 1)
                if key is None:
                    raise EquationError(
                        f"'@' after '{word}' must be followed by a currency code such as USD "
                        "or a unit name such as mile",
                        i + 1,
                        "@",
                    )
                name = f"{word}@{key.group()}"
                i = key.end()
            tokens.append(
                _Token("id", text[column - 1 : i], column, _resolve(name, word, column, figures))
            )
        else:
            raise EquationError(f"unexpected character {ch!r}", column, ch)
    operators = [t for t in tokens if t.kind == "op"]
    if len(operators) > MAX_OPERATORS:
        extra = operators[MAX_OPERATORS]
        raise EquationError(
            f"more than {MAX_OPERATORS} operators in one equation", extra.column, extra.text
        )
    tokens.append(_Token("end", "", len(text) + 1))
    return tokens


def _figure(
    quoted: str, column: int, locale: NumberLocale, aliases: dict[str, str] | None
) -> _Token:
    inner = quoted[1:-1]
    try:
        stated = parse(inner, locale, aliases)
    except GrammarError as exc:
        raise EquationError(f"figure {quoted}: {exc}", column, quoted) from None
    if stated.missing:
        raise EquationError(f"figure {quoted} has no number", column, quoted)
    if stated.qualifier is not None:
        raise EquationError(
            f"figure {quoted} has a qualifier; a figure in an equation is exact as written "
            "(put a stated figure with its rounding in a claim and name its id)",
            column,
            quoted,
        )
    return _Token(
        "figure", quoted, column, _Typed(Const(stated.value), Compound.of(stated.unit, stated.per))
    )


def _resolve(name: str, word: str, column: int, figures: Figures) -> _Typed:
    if "@" in name and name not in figures.quantities:
        # unit keys are matched ignoring case: revenue@usd is revenue@USD
        name = figures.folded.get(name.casefold(), name)
    quantity = figures.quantities.get(name)
    if quantity is not None:
        return _Typed(Var(name), Compound.of(quantity.unit, quantity.per))
    if name in figures.missing:
        raise EquationError(f"'{name}': {figures.missing[name]}", column, name)
    base, _, code = name.partition("@")
    if code:
        value = figures.quantities.get(base)
        if value is not None and value.unit is not None and value.unit.key.upper() == code.upper():
            return _Typed(Var(base), Compound.of(value.unit, value.per))  # its own unit
        if base in figures.ids:
            raise EquationError(f"claim '{base}' has no figure in {code}", column, name)
    elif name in figures.ids:
        raise EquationError(f"'{name}' has no number", column, name)
    hint = ""
    if "-" in word and all(part in figures.ids for part in word.split("-") if part):
        hint = f"; for a difference write spaces around '-': {' - '.join(word.split('-'))}"
    raise EquationError(f"unknown claim or reference '{base}'{hint}", column, word)


class _Parser:
    def __init__(
        self, text: str, tokens: list[_Token], figures: Figures, relation: str, line: int | None
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.figures = figures
        self.relation = relation
        self.line = line
        self.at = 0
        self.depth = 0

    def peek(self) -> _Token:
        return self.tokens[self.at]

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def run(self) -> Equation:
        if self.peek().kind == "end":
            raise EquationError("the equation is empty", 1, "")
        left = self.side()
        rel = self.take()
        if rel.kind != "rel":
            if rel.kind == "end":
                raise EquationError(
                    "no relational operator (=, <=, >=, <, >): an equation compares two sides",
                    rel.column,
                    "",
                )
            raise EquationError(_unexpected(rel), rel.column, rel.text)
        right = self.side()
        end = self.take()
        if end.kind == "rel":
            raise EquationError(
                f"a second relational operator '{end.text}': write one comparison per relation",
                end.column,
                end.text,
            )
        if end.kind != "end":
            raise EquationError(_unexpected(end), end.column, end.text)
        factor = self.convert(right, left, rel, "compare")
        right_expr = _scaled(right.expr, factor)
        claims = tuple(dict.fromkeys(_claim_ids(left.expr) + _claim_ids(right_expr)))
        unit = _true_unit(left.unit)
        left_expr = left.expr
        if unit != left.unit:  # both sides scaled by one positive factor: the same relation
            to_true = left.unit.factor_to(unit)
            left_expr, right_expr = _refolded(left_expr, to_true), _refolded(right_expr, to_true)
        constraint = Constraint(
            left_expr, _RELATIONS[rel.text], right_expr, self.relation, claims, self.line
        )
        return Equation(
            self.text,
            constraint,
            unit,
            left.expr.name if isinstance(left.expr, Var) else None,
            right.expr.name if isinstance(right.expr, Var) else None,
        )

    def convert(self, value: _Typed, target: _Typed, token: _Token, verb: str) -> Fraction:
        """The factor turning ``value`` into ``target``'s unit; an error naming ``token`` if none."""
        why = ""
        if (_a_percent(value.unit) and target.unit.plain and target.bare) or (
            _a_percent(target.unit) and value.unit.plain and value.bare
        ):
            why = (
                " (a bare number next to a percent could mean either; write it as a figure with "
                'its unit, such as "5 percent" or "100 percent")'
            )
        else:
            try:
                return value.unit.factor_to(target.unit)
            except UnitMismatch:
                if any(s.is_currency for s, _ in (*value.unit.parts, *target.unit.parts)):
                    why = (
                        " (two currencies meet only through a rate: multiply by a figure such "
                        "as '470 tenge per US$')"
                    )
        raise EquationError(
            f"'{token.text}' cannot {verb} {target.unit.label} and {value.unit.label}{why}",
            token.column,
            token.text,
        )

    def side(self) -> _Typed:
        left = self.term()
        while self.peek().kind == "op" and self.peek().value in ("+", "-"):
            op = self.take()
            right = self.term()
            factor = self.convert(right, left, op, "add" if op.value == "+" else "subtract")
            expr = _binop(op, left.expr, _scaled(right.expr, factor))
            left = _Typed(expr, left.unit, left.bare or right.bare)
        return left

    def term(self) -> _Typed:
        left = self.unary()
        while self.peek().kind == "op" and self.peek().value in ("*", "/"):
            op = self.take()
            right = self.unary()
            unit = left.unit * right.unit if op.value == "*" else left.unit / right.unit
            left = _Typed(_binop(op, left.expr, right.expr), unit, left.bare or right.bare)
        return left

    def unary(self) -> _Typed:
        token = self.peek()
        if token.kind == "op" and token.value in ("+", "-"):
            self.take()
            self.enter(token)
            operand = self.unary()
            self.depth -= 1
            if token.value == "+":
                return operand
            return _Typed(Neg(operand.expr), operand.unit, operand.bare)
        return self.power()

    def power(self) -> _Typed:
        """An atom, or an atom to a whole power: the product of that many copies of it."""
        base = self.atom()
        if self.peek().kind != "pow":
            return base
        caret = self.take()
        exponent = self.take()
        value = exponent.value if exponent.kind == "num" else None
        if not (isinstance(value, Fraction) and value.denominator == 1 and 1 <= value <= MAX_POWER):
            raise EquationError(
                f"'^' takes a whole number of 1 to {MAX_POWER} after it (a growth per year over "
                'ten years: base * ("100 percent" + growth) ^ 10)',
                exponent.column if exponent.kind != "end" else caret.column,
                exponent.text or "^",
            )
        expr, unit = base.expr, base.unit
        for _ in range(int(value) - 1):
            expr, unit = BinOp("*", expr, base.expr), unit * base.unit
        return _Typed(expr, unit, base.bare)

    def atom(self) -> _Typed:
        token = self.take()
        if token.kind == "num":
            assert isinstance(token.value, Fraction)
            return _Typed(Const(token.value), Compound(), bare=True)
        if token.kind in ("figure", "id"):
            assert isinstance(token.value, _Typed)
            return token.value
        if token.kind == "open":
            self.enter(token)
            inner = self.side()
            self.depth -= 1
            close = self.take()
            if close.kind != "close":
                raise EquationError(
                    f"the parenthesis opened at column {token.column} is not closed"
                    + ("" if close.kind == "end" else f" before '{close.text}'"),
                    close.column if close.kind != "end" else token.column,
                    close.text or "(",
                )
            return inner
        if token.kind == "end":
            before = self.tokens[self.at - 2] if self.at >= 2 else None
            if before is not None and before.kind in ("op", "rel"):
                raise EquationError(
                    f"'{before.text}' has nothing after it", before.column, before.text
                )
            raise EquationError("a side of the equation is empty", token.column, "")
        before = self.tokens[self.at - 2] if self.at >= 2 else None
        if token.kind == "close":
            message = (
                "empty parentheses"
                if before is not None and before.kind == "open"
                else (f"')' follows '{before.text if before else ''}' with nothing between them")
            )
            raise EquationError(message, token.column, ")")
        if token.kind == "rel":
            if any(t.kind == "rel" for t in self.tokens[: self.at - 1]):
                message = (
                    f"a second relational operator '{token.text}': "
                    "write one comparison per relation"
                )
            elif before is None:
                message = f"'{token.text}' has no left side"
            else:
                message = f"'{token.text}' follows '{before.text}' with nothing between them"
            raise EquationError(message, token.column, token.text)
        if before is None or before.kind in ("op", "rel", "open"):
            message = f"'{token.text}' has nothing before it"
            if before is not None:
                message = f"'{token.text}' follows '{before.text}' with nothing between them"
            raise EquationError(message, token.column, token.text)
        raise EquationError(_unexpected(token), token.column, token.text)

    def enter(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise EquationError(
                f"nested more than {MAX_DEPTH} levels deep", token.column, token.text
            )


def _true_unit(unit: Compound) -> Compound:
    """The unit a result is really in: a percent or percentage point is a hundredth of a plain
    number, so with other units, or to another power than one, it is folded into the number
    ("tonnes ÷ percent" is tonnes, a hundred times the number; "percent × percent" a plain
    number). A percent alone stays a percent: a share or growth is shown in percent."""
    if _percentish(unit) and len(unit.parts) == 1 and unit.parts[0][1] == 1:
        return unit
    kept = tuple((s, p) for s, p in unit.parts if s.kind not in ("percent", "points"))
    return Compound(kept)


def _percentish(unit: Compound) -> bool:
    """A percent or percentage points (of any power), and nothing else."""
    return not unit.plain and all(s.kind in ("percent", "points") for s, _ in unit.parts)


def _a_percent(unit: Compound) -> bool:
    """A percent or percentage points to a positive power: the values a bare number beside it
    could mean in two ways ("5": 5 percent or 500 percent). A count over a percent
    (``count / ("100 percent" + growth)``, a percent to the power -1) is a count, as money over a
    percent is money: a bare number beside it means one thing."""
    return _percentish(unit) and all(p > 0 for _, p in unit.parts)


def _unexpected(token: _Token) -> str:
    if token.kind == "close":
        return "')' closes no parenthesis"
    if token.kind == "open":
        return "'(' follows a figure with no operator between them"
    return f"'{token.text}' follows a figure with no operator between them"


def _binop(op: _Token, left: Expr, right: Expr) -> BinOp:
    return BinOp(_OPERATORS[op.text], left, right)


def _scaled(expr: Expr, factor: Fraction) -> Expr:
    """``expr`` times an exact unit factor (folded into a constant)."""
    if factor == 1:
        return expr
    if isinstance(expr, Const):
        return Const(expr.value * factor)
    return BinOp("*", expr, Const(factor))


def _refolded(expr: Expr, factor: Fraction) -> Expr:
    """``expr`` times ``factor``, folded into a constant factor it ends with ("x × 100" times
    0.01 is "x")."""
    if isinstance(expr, BinOp) and expr.op == "*" and isinstance(expr.right, Const):
        folded = expr.right.value * factor
        return expr.left if folded == 1 else BinOp("*", expr.left, Const(folded))
    return _scaled(expr, factor)


def _claim_ids(expr: Expr) -> list[str]:
    if isinstance(expr, Var):
        return [expr.name.partition("@")[0]]
    if isinstance(expr, Const):
        return []
    if isinstance(expr, Neg):
        return _claim_ids(expr.operand)
    return _claim_ids(expr.left) + _claim_ids(expr.right)


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_text(expr: Expr) -> str:
    """The expression in the grammar's syntax, with only the parentheses its shape needs."""
    if isinstance(expr, Var):
        return expr.name
    if isinstance(expr, Const):
        return _decimal(expr.value)
    if isinstance(expr, Neg):
        inner = to_text(expr.operand)
        return f"-{inner}" if _precedence(expr.operand) >= 3 else f"-({inner})"
    prec = _PRECEDENCE[expr.op]
    left = to_text(expr.left)
    right = to_text(expr.right)
    if _precedence(expr.left) < prec:
        left = f"({left})"
    if _precedence(expr.right) <= prec:
        right = f"({right})"
    return f"{left} {expr.op} {right}"


def constraint_text(constraint: Constraint) -> str:
    return f"{to_text(constraint.left)} {constraint.rel} {to_text(constraint.right)}"


def _precedence(expr: Expr) -> int:
    if isinstance(expr, BinOp):
        return _PRECEDENCE[expr.op]
    if isinstance(expr, Neg):
        return 3
    if isinstance(expr, Const) and expr.value < 0:
        return 0
    return 4


def _decimal(value: Fraction) -> str:
    """An exact decimal when there is one (``1.5``), else ``(n / d)``."""
    if value < 0:
        return f"-{_decimal(-value)}"
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return f"({value.numerator} / {value.denominator})"
    places = max(twos, fives)
    scaled = value * 10**places
    digits = str(scaled.numerator).rjust(places + 1, "0")
    return digits if places == 0 else f"{digits[:-places]}.{digits[-places:]}"
