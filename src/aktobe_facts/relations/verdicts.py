"""A relation's test as a finding, with its full arithmetic.

The inputs are the stated intervals of every figure the constraint reads (and the article's rate,
when one converts); the result is the computed side's interval; a fail names the bound broken, each
figure's range that would make the constraint hold with the others as stated, the figure that needs
the smallest change (the one to fix) and its nearest consistent value.
"""

from __future__ import annotations

from collections.abc import Mapping

from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.findings import Finding, Outcome, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.relations.base import Test
from aktobe_facts.relations.engine import (
    SLACK,
    Decision,
    Verdict,
    decide,
    enclose,
    isolate,
    needed,
    render,
    symbol,
)
from aktobe_facts.relations.terms import Figure, figure, never_negative
from aktobe_facts.solve.expr import (
    BinOp,
    Constraint,
    Expr,
    Neg,
    Var,
    evaluate,
    holds,
    variables,
)
from aktobe_facts.solve.narrowing import Narrowing, Pinned, alone, narrowing


def _ordered_names(expr: Expr, out: list[str]) -> None:
    if isinstance(expr, Var):
        if expr.name not in out:
            out.append(expr.name)
    elif isinstance(expr, Neg):
        _ordered_names(expr.operand, out)
    elif isinstance(expr, BinOp):
        _ordered_names(expr.left, out)
        _ordered_names(expr.right, out)


def names_of(c: Constraint) -> list[str]:
    """The constraint's figures in the order they are written."""
    out: list[str] = []
    _ordered_names(c.left, out)
    _ordered_names(c.right, out)
    return out


def _step(f: Figure) -> Step:
    from aktobe_facts.checks._common import stated_step  # the checks package imports this one

    if f.quantity is not None:
        return stated_step(f.owner, f.quantity)
    if f.text is not None:
        return Step(f.name, f'"{f.text}" = {fmt.interval(f.interval, f.unit)} ({f.source})')
    return Step(f.name, f"{fmt.interval(f.interval)} ({f.source})")


def _shown(iv: Interval | None, unit: object) -> str:
    from aktobe_facts.reading.units import UnitSpec

    return fmt.interval(iv, unit if isinstance(unit, UnitSpec) else None)


def _printed(figs: Mapping[str, Figure]) -> dict[str, Fraction] | None:
    values: dict[str, Fraction] = {}
    for name, f in figs.items():
        if f.printed is not None:
            values[name] = f.printed
        else:
            mid = f.interval.midpoint()
            if mid is None:
                return None
            values[name] = mid
    return values


def _bound(c: Constraint, right: Interval | None, unit: object, names: Mapping[str, str]) -> str:
    left = render(c.left, names)
    if right is None:
        return f"{left} {symbol(c.rel)} {render(c.right, names)}"
    if c.rel == "=":
        return f"{left} in {_shown(right, unit)}"
    edge = right.hi if c.rel in ("<=", "<") else right.lo
    shown = "any value" if edge is None else _shown(Interval(edge, edge), unit)
    return f"{left} {symbol(c.rel)} {shown}"


def finding(doc: ClaimsFile, relation: Relation, test: Test, check_id: str) -> Finding:
    """Decide one test of a relation and say so, with the arithmetic."""
    say = Verdicts(check_id)
    c = test.constraint
    names = names_of(c)
    figs: dict[str, Figure] = {}
    for name in names:
        found = figure(doc, name)
        if found is not None:
            figs[name] = found
    steps = [_step(f) for f in figs.values()]
    shown_names = {n: f"({f.text})" for n, f in figs.items() if f.text is not None}
    formula = f"{render(c.left, shown_names)} {symbol(c.rel)} {render(c.right, shown_names)}"
    steps.insert(0, Step("relation", formula))
    ids = relation.members or c.claims
    missing = [n for n in names if n not in figs]
    if missing:
        return say.undetermined(
            ids,
            relation.line,
            f"{test.what}: {formula} cannot be tested: "
            + ", ".join(_why_missing(n) for n in missing),
            inputs=steps,
        )
    domains = {n: f.interval for n, f in figs.items()}
    decision = decide(c, domains)
    joint = narrowing(doc) if decision.verdict is Verdict.PASS else None
    pinned = None if joint is None else joint.pinned(relation.id, c)
    if joint is not None and pinned is not None:
        return _narrowed(joint, pinned, test, check_id, ids, relation.line, steps, figs)
    left, right = enclose(c.left, domains), enclose(c.right, domains)
    steps.append(Step(render(c.right, shown_names), _shown(right, test.unit)))
    if not isinstance(c.left, Var):
        steps.append(Step(render(c.left, shown_names), _shown(left, test.unit)))
    result = _shown(right, test.unit)
    bound = _bound(c, right, test.unit, shown_names)
    if decision.verdict is Verdict.PASS:
        passed = _pass(relation, test, check_id, ids, steps, formula, figs, decision, left, right)
        return passed if joint is None else alone(doc, relation.id, passed)
    if decision.verdict is Verdict.UNDETERMINED:
        why = (
            "a division by a figure that may be zero"
            if left is None or right is None
            else "a figure occurs more than once, so interval arithmetic cannot decide it and no "
            "values tried satisfy it"
        )
        return say.undetermined(
            ids,
            relation.line,
            f"{test.what}: {formula} is undetermined: {why}",
            inputs=tuple(steps),
            result=result,
            bound=bound,
        )
    fixes, below_zero = _fixes(doc, c, figs, domains)
    nearest, suggestion, notes = _fix_words(c, fixes, figs)
    notes.extend(
        f"no non-negative value of '{_who(figs[name])}' (\"{figs[name].shown}\") alone fixes it: "
        "the other figures would need it below zero"
        for name in below_zero
    )
    if decision.split:  # the enclosures overlap as a whole; each part of the ranges did not
        notes = [
            "a figure occurs more than once: its range was split into parts, and in each part "
            "no values of the others fit",
            *notes,
        ]
    return say.failed(
        ids,
        relation.line,
        f"{test.what}: {formula} cannot hold for any values inside the stated figures"
        if decision.split
        else f"{test.what}: {formula} cannot hold: {render(c.right, shown_names)} is {result}, "
        f"{render(c.left, shown_names)} is {_shown(left, test.unit)}",
        inputs=tuple(steps),
        result=result,
        bound=bound,
        nearest=nearest,
        suggestion=suggestion,
        notes=tuple(notes),
    )


def judged(doc: ClaimsFile, relation: Relation, stated: Finding, check_id: str) -> Finding:
    """A relation's finding from a check with arithmetic of its own (growth, part and share, share
    of a whole): a pass at the stated widths, or the row of the joint conflict it fails at its
    pinned readings (:mod:`aktobe_facts.solve.narrowing`)."""
    if stated.outcome is not Outcome.PASS:
        return stated
    found = narrowing(doc)
    if found is None:
        return stated
    from aktobe_facts.relations.registry import KINDS  # the registry imports this module

    for test in KINDS[relation.kind].tests(doc, relation) if found.owned else ():
        if found.pinned(relation.id, test.constraint) is not None:
            return finding(doc, relation, test, check_id)
    return alone(doc, relation.id, stated)


def _narrowed(
    found: Narrowing,
    pinned: Pinned,
    test: Test,
    check_id: str,
    ids: tuple[str, ...],
    line: int,
    steps: list[Step],
    figs: Mapping[str, Figure],
) -> Finding:
    """A relation that holds at its figures' stated widths and fails at the readings the other
    relations of a joint conflict pin them to: its row reports that conflict, once, with the
    minimal set and the figure at fault (the joint check leaves it out)."""
    from aktobe_facts.checks.joint import conflict_finding, set_names

    c = test.constraint
    shown_names = {n: f"({f.text})" for n, f in figs.items() if f.text is not None}
    quoted = {n: f'"{f.shown}"' for n, f in figs.items()}
    by = found.pinned_by(pinned)
    domains = dict(pinned.domains)
    phrase = (
        "fails only with "
        + " and ".join(
            f'"{figs[n].shown}" read as {_shown(domains[n], figs[n].unit)}' for n in pinned.narrowed
        )
        + f", pinned by {by}"
    )
    left, right = enclose(c.left, domains), enclose(c.right, domains)
    steps = [
        *steps,
        *(
            Step(
                _who(figs[n]),
                f'"{figs[n].shown}" = {_shown(pinned.stated[n], figs[n].unit)} as stated; '
                f"{_shown(domains[n], figs[n].unit)} pinned by {by}",
            )
            for n in pinned.narrowed
        ),
    ]
    constant = not variables(c.right)  # "≤ 100": only the side with figures is worth showing
    if not constant:
        steps.append(Step(f"{render(c.right, shown_names)}, pinned", _shown(right, test.unit)))
    if not isinstance(c.left, Var):
        steps.append(Step(f"{render(c.left, shown_names)}, pinned", _shown(left, test.unit)))
    sides = f"{render(c.left, quoted)} is then {_shown(left, test.unit)}"
    if not constant:
        sides = (
            f"{render(c.right, quoted)} is then {_shown(right, test.unit)}, "
            f"{render(c.left, quoted)} is {_shown(left, test.unit)}"
        )
    conflict = found.joint(pinned)
    joint = conflict_finding(found.analysis, conflict)
    return Verdicts(check_id).failed(
        tuple(dict.fromkeys((*ids, *joint.claims))),
        line,
        f"{test.what}: {render(c.left, quoted)} {symbol(c.rel)} {render(c.right, quoted)} holds "
        f"at the stated widths but {phrase}: {sides}; "
        f"{set_names(found.analysis, conflict)} cannot all be right",
        inputs=(*steps, *joint.inputs),
        result=_shown(right, test.unit),
        bound=_bound(c, right, test.unit, shown_names),
        nearest=joint.nearest,
        suggestion=joint.suggestion,
        notes=(
            "at the stated widths alone the relation holds; the readings the other relations "
            "pin are narrower, and every value the article allows lies inside them",
            *joint.notes,
        ),
        narrowed=phrase,
    )


def _why_missing(name: str) -> str:
    if name.startswith("rate:"):
        from aktobe_facts.solve.scope import split_rate

        top, bottom, tag = split_rate(name)
        when = "" if tag is None or tag.startswith("-") else f" in {tag}"
        return (
            f"no rate of {top} per {bottom}{when} that all of the article's pairs share "
            "(state the figures in one currency, or fix the conversions first)"
        )
    return f"'{name}' states no number"


def _pass(
    relation: Relation,
    test: Test,
    check_id: str,
    ids: tuple[str, ...],
    steps: list[Step],
    formula: str,
    figs: Mapping[str, Figure],
    decision: Decision,
    left: Interval | None,
    right: Interval | None,
) -> Finding:
    from aktobe_facts.checks._common import ROUNDING_NOTE

    c = test.constraint
    shown_names = {n: f"({f.text})" for n, f in figs.items() if f.text is not None}
    printed = _printed(figs)
    margin = words = None
    if printed is not None:
        try:
            as_printed = holds(c, printed)
            shown = (
                f"as printed {render(c.left, shown_names)} is {fmt.value(evaluate(c.left, printed), test.unit)}"
                f" and {render(c.right, shown_names)} is {fmt.value(evaluate(c.right, printed), test.unit)}"
            )
        except ZeroDivisionError:
            as_printed, shown = True, ""
        if not as_printed:
            words = _word_tolerance(c, figs, printed)
            overlap = None if left is None or right is None else left.intersect(right)
            room = (
                f"; their rounding leaves {_shown(overlap, test.unit)}"
                if overlap is not None and c.rel == "="
                else "; values inside their rounding satisfy it"
            )
            margin = shown + room
    if decision.witness is not None:
        steps.append(
            Step(
                "witness",
                ", ".join(f"{n} = {fmt.number(v)}" for n, v in decision.witness.items()),
            )
        )
    return Verdicts(check_id).passed(
        ids,
        relation.line,
        f"{test.what}: {formula} holds: {render(c.right, shown_names)} is {_shown(right, test.unit)}, "
        f"{render(c.left, shown_names)} is {_shown(left, test.unit)}",
        inputs=steps,
        result=_shown(right, test.unit),
        bound=_bound(c, right, test.unit, shown_names),
        margin=margin,
        rounding_only=margin is not None and (words is None or words[1]),
        notes=() if margin is None else (ROUNDING_NOTE if words is None else words[0],),
    )


def _word_tolerance(
    c: Constraint, figs: Mapping[str, Figure], printed: Mapping[str, Fraction]
) -> tuple[str, bool] | None:
    """For a pass that fails as printed, with factors in words ("twice", "almost doubled") or
    bounds ("more than twice", "more than 1,100") among its figures: the note saying what it
    depends on (the words' tolerance, the file's ``approx``, the side a bound leaves open, and
    whether also the rounding of the figures), and whether it needs the rounding. A bound's
    printed value is only an end of what it allows, so a pass inside the bound is no pass
    "thanks to rounding"."""
    loose = {n: f for n, f in figs.items() if f.approximate or f.one_sided}
    if not loose:
        return None
    domains = {
        n: loose[n].interval if n in loose else Interval.point(v) for n, v in printed.items()
    }
    what = "; ".join(
        _loose_kind(
            tuple(f for f in loose.values() if f.approximate),
            "the tolerance of the factor in words",
            ": the file's approx",
        )
        + _loose_kind(
            tuple(f for f in loose.values() if f.one_sided), "the bound", ": one side left open"
        )
    )
    if decide(c, domains).verdict is Verdict.PASS:
        return f"passes within {what}: the other figures as printed satisfy it", False
    return f"passes thanks to {what} and the rounding of the figures", True


def _loose_kind(found: tuple[Figure, ...], name: str, why: str) -> tuple[str, ...]:
    """``the bound ('more than twice' is [2, ∞): one side left open)``, or nothing."""
    if not found:
        return ()
    shown = ", ".join(f"'{f.shown}' is {fmt.interval(f.interval)}" for f in found)
    return (f"{name} ({shown}{why})",)


def _fixes(
    doc: ClaimsFile, c: Constraint, figs: Mapping[str, Figure], domains: Mapping[str, Interval]
) -> tuple[list[tuple[Fraction, str, Interval]], list[str]]:
    """For each stated figure: how far (relative to its size) it is from the range it would need
    for the others to satisfy the constraint, and that range; the nearest first. A figure that
    cannot be negative (:func:`never_negative`) needs the part of that range at or above zero:
    the figures with no such part come second, never named as the one to fix."""
    out: list[tuple[Fraction, str, Interval]] = []
    below_zero: list[str] = []
    for position, (name, f) in enumerate(figs.items()):
        if f.owner == "rate" or f.printed is None:
            continue
        room = needed(c, name, domains)
        if room is None:
            continue
        if never_negative(doc, f):
            clipped = room.intersect(Interval(Fraction(0), None))
            if clipped is None:
                below_zero.append(name)
                continue
            room = clipped
        gap = f.interval.intersect(room)
        if gap is not None:
            continue  # cannot happen for a fail; kept safe
        assert f.printed is not None
        distance = room.distance(f.printed)
        size = abs(f.printed) if f.printed != 0 else Fraction(1)
        out.append((distance / size + Fraction(position, 10**9), name, room))
    out.sort(key=lambda item: item[0])
    return out, below_zero


def _central(c: Constraint, name: str, figs: Mapping[str, Figure], room: Interval) -> Fraction:
    """The value of figure ``name`` that the others give as printed (for an equality), else the
    end of its needed range nearest its printed value."""
    f = figs[name]
    assert f.printed is not None
    nearest = room.nearest(f.printed)
    printed = _printed(figs)
    expr = isolate(c, name) if c.rel == "=" else None
    if expr is None or printed is None:
        return nearest
    try:
        value = evaluate(expr, {**printed, SLACK: Fraction(0)})
    except ZeroDivisionError:
        return nearest
    return value if room.contains(value) else nearest


def _fix_words(
    c: Constraint, fixes: list[tuple[Fraction, str, Interval]], figs: Mapping[str, Figure]
) -> tuple[str | None, str | None, list[str]]:
    if not fixes:
        return None, None, []
    notes = []
    for _, name, room in fixes:
        f = figs[name]
        notes.append(
            f"'{_who(f)}' (\"{f.shown}\") would need {fmt.interval(room, f.unit)} for the "
            "other figures to fit"
        )
    _, name, room = fixes[0]
    f = figs[name]
    assert f.printed is not None
    value = room.nearest(f.printed)
    sig = max(f.quantity.stated.significant_digits if f.quantity else 2, 2)
    written = fmt.article_style(_central(c, name, figs, room), f.unit, sig)
    nearest = (
        f"'{_who(f)}': {fmt.value(value, f.unit)} is the consistent value nearest \"{f.shown}\""
    )
    suggestion = (
        f"the smallest change is to '{_who(f)}': write about \"{written}\" "
        f"(any value in {fmt.interval(room, f.unit)} fits the other figures)"
    )
    return nearest, suggestion, notes


def _who(f: Figure) -> str:
    """The claim a figure belongs to, or ``rel's factor`` for a figure written in a relation."""
    if "#" in f.name:
        owner, _, field = f.name.partition("#")
        return f"{owner}'s {field}"
    return f.owner
