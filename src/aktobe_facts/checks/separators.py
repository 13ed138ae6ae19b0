"""Separators: a figure whose verdicts change with the reading of its one separator.

"$2,618 million" is 2,618 million in an article that writes "1,234.5", and 2.618 million in one that
writes "4,7 percent". A figure is ambiguous when its one separator is followed by exactly three
digits and either

* the file writes decimal commas (``[settings] locale`` ``de`` or ``fr``: the grammar gives such a
  figure its other reading), or
* the file writes decimal points but the article, the claims' quotes or a figure read with a
  decimal comma ("20,3%" in a file that sets no locale) show the other style elsewhere: a decimal
  comma ("4,7") or a dot between thousands ("1.234.567").

Each ambiguous figure is read the other way and the relation checks are run again on the file with
that one figure changed. When a relation naming its claim passes under one reading and fails under
the other (a pass becoming a failure, or an error becoming a pass), the finding is a warning with
both readings and the relations that change: the table shows it next to the pass, so the pass is
not a clean tick. A figure whose reading changes no verdict is not reported.

Bounded work: each figure costs one run of the relation checks that name its claim (none where
no check names it), and those checks read the file's relations tied to the claim alone (its
component, a currency pair's shared rate kept whole: :mod:`aktobe_facts.checks._tied`), so at most :data:`MAX_FIGURES` figures are tried and no more than
:data:`MAX_WORK` claims are checked in all (figures × claims); the figures left untried are
counted in one info finding.
"""

from __future__ import annotations

from dataclasses import replace

import msgspec

from aktobe_facts.checks._common import stated_step
from aktobe_facts.checks._tied import Tied
from aktobe_facts.checks.numberstyles import other_style
from aktobe_facts.claims.model import BY_KIND, Claim, ClaimsFile, Relation, relations_by_kind
from aktobe_facts.findings import Finding, Outcome, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.numbers import LOCALES, GrammarError, parse
from aktobe_facts.reading.quantities import Quantity, read
from aktobe_facts.solve.narrowing import REPORTED

ID = "separators"
say = Verdicts(ID)
TITLE = "No verdict hangs on the reading of an ambiguous separator"
HELP = (
    "A figure like '2,618' in a file or article that writes numbers both ways is read both ways; "
    "a relation that passes under one reading and fails under the other is a warning with both."
)
MAX_FIGURES = 20
MAX_WORK = 40_000
_NOT_RERUN = frozenset({ID, "article", "provenance", "coverage", "waivers"})


def check(doc: ClaimsFile) -> list[Finding]:
    decimal_comma = doc.settings.locale.decimal == ","
    evidence = None if decimal_comma else other_style(doc)
    if evidence is None and not decimal_comma:
        return []  # one number style throughout: nothing is ambiguous
    figures = [
        (claim, index, q, other)
        for claim in doc.claims
        for index, q in enumerate(claim.quantities())
        if (other := _other_reading(doc, q, evidence)) is not None
    ]
    if not figures:
        return []
    budget = min(MAX_FIGURES, MAX_WORK // max(1, len(doc.claims)))
    tried, left = figures[:budget], figures[budget:]
    before = _verdicts(doc)
    tied = Tied(doc)
    findings = []
    for claim, index, q, other in tried:
        naming = _by_check(before, claim.id)
        if not naming:
            continue  # no check names the claim: no verdict about it can change
        swapped = _swapped(doc, claim, index, other, tied.of(claim.id))
        after = _verdicts(swapped, frozenset(naming))
        changed = _changed(before, after, claim.id)
        if changed:
            findings.append(_finding(doc, claim, q, other, changed, evidence))
    if left:
        findings.append(
            say.undetermined(
                tuple(dict.fromkeys(c.id for c, _, _, _ in left)),
                left[0][0].line,
                f"{len(left)} more figures with an ambiguous separator were not read both ways "
                f"(at most {MAX_FIGURES} figures, and {MAX_WORK:,} claims checked in all)",
                severity=Severity.INFO,
            )
        )
    return findings


def _other_reading(doc: ClaimsFile, q: Quantity, evidence: str | None) -> Quantity | None:
    """The figure read with its separator the other way, when that reading is possible."""
    if q.missing:
        return None
    if q.alternative is not None:  # a decimal-comma file: the grammar found it
        return q.alternative
    if evidence is None or q.stated.word is not None:
        return None
    try:
        other = parse(q.text, LOCALES["de"], doc.settings.currencies)
    except GrammarError:
        return None
    if other.alternative is None or other.digits == q.stated.digits:
        return None
    return read(
        replace(other, alternative=None),
        exact=q.basis == "exact",
        precision=q.step if q.basis == "declared" else None,
        approx=doc.settings.approx,
    )


def _swapped(
    doc: ClaimsFile,
    claim: Claim,
    index: int,
    other: Quantity,
    tied: tuple[Relation, ...] | None = None,
) -> ClaimsFile:
    """The file with one figure of one claim read the other way; with ``tied``, the checks that
    read it relation by relation (``relations_of``) read those relations alone. Its relations,
    claims and rates are all the file's, so every relation is judged as in the whole file (the
    joint analysis included): only the relations no finding about the claim can come from are
    not judged again. Where no rate reads the figure (its claim has no counterpart), the relations
    not tied to its claim read the same figures and rates as before, and the joint system takes
    their candidates as they were built for the file (``wiring.TYPED``)."""
    if index == 0 and claim.value is not None:
        changed = msgspec.structs.replace(claim, value=other)
    else:
        position = index - (1 if claim.value is not None else 0)
        parts = list(claim.counterparts)
        parts[position] = other
        changed = msgspec.structs.replace(claim, counterparts=tuple(parts))
    claims = tuple(changed if c is claim else c for c in doc.claims)
    kept: dict[str, object] = {REPORTED: doc.cache[REPORTED]} if REPORTED in doc.cache else {}
    if tied is not None:
        kept[BY_KIND] = relations_by_kind(tied)
        from aktobe_facts.solve.wiring import TYPED  # the joint system's, when it was built

        typed = doc.cache.get(TYPED)
        if not claim.counterparts and isinstance(typed, dict):
            # no rate reads the figure: a relation not tied to its claim is built as before
            near = {id(r) for r in tied}
            kept[TYPED] = {
                place: found
                for place, found in typed.items()
                if id(doc.relations[place]) not in near
            }
    return replace(doc, claims=claims, _claims={}, _references={}, cache=kept)


Results = list[Finding]


def _verdicts(doc: ClaimsFile, only: frozenset[str] | None = None) -> Results:
    """The findings of the relation checks, in the registry's order; with ``only``, of those
    checks alone. Only the checks that name a figure's claim under its first reading are run
    under its other one: :func:`_changed` compares the findings of those checks and no other
    (each check's findings carry its id, and a check's findings do not depend on which checks
    ran before it), so the findings are the same as with every check run, at a fraction of the
    cost in a long article (each rerun redoes the joint analysis)."""
    from aktobe_facts.checks import CHECKS  # the registry imports this module

    return [
        f
        for check_id, module in CHECKS.items()
        if check_id not in _NOT_RERUN and (only is None or check_id in only)
        for f in module.check(doc)
    ]


def _by_check(findings: Results, claim_id: str) -> dict[str, tuple[Finding, bool]]:
    """For each check, a finding naming the claim (a failing one first) and whether any fails."""
    out: dict[str, tuple[Finding, bool]] = {}
    for f in findings:
        if claim_id not in f.claims:
            continue
        failing = f.outcome is Outcome.FAIL
        had = out.get(f.check)
        if had is None or (failing and not had[1]):
            out[f.check] = (f, failing)
    return out


def _changed(before: Results, after: Results, claim_id: str) -> list[tuple[Finding, Finding]]:
    """The checks whose relations naming the claim pass under one reading and fail under the
    other: a pass that becomes a failure, or an error that becomes a pass."""
    was_by, now_by = _by_check(before, claim_id), _by_check(after, claim_id)
    pairs = []
    for check_id, (was, was_failing) in was_by.items():
        found = now_by.get(check_id)
        if found is None:
            continue
        now, now_failing = found
        broke = not was_failing and was.outcome is Outcome.PASS and now_failing
        mended = was_failing and was.severity is Severity.ERROR and now.outcome is Outcome.PASS
        if broke or mended:
            pairs.append((was, now))
    return pairs


def _finding(
    doc: ClaimsFile,
    claim: Claim,
    q: Quantity,
    other: Quantity,
    changed: list[tuple[Finding, Finding]],
    evidence: str | None,
) -> Finding:
    style = "this file's style" if evidence is None else "the file's style"
    read_as = f'"{q.text}" is read as {fmt.number(q.value)} ({style})'
    parts = [
        f"{was.check} {'passes as read but fails' if was.outcome is Outcome.PASS else 'fails as read but passes'}"
        for was, _now in changed
    ]
    message = (
        f"{read_as}; {'; '.join(parts)} with it read as {fmt.number(other.value)}: "
        "the separator is ambiguous"
    )
    notes = [f"{now.check} read the other way: {now.message}" for _was, now in changed]
    if evidence is not None:
        notes.insert(0, f'the article or the quotes also write "{evidence}", another number style')
    return say.undetermined(
        (claim.id,),
        claim.line,
        message,
        inputs=(
            stated_step(claim.id, q),
            Step(
                "other reading",
                f"{fmt.number(other.value)} ({fmt.interval(other.interval, other.unit, other.per)})",
            ),
        ),
        suggestion="check the source's number style and write the figure so that its "
        f"separator cannot be misread ({fmt.number(q.value)} or {fmt.number(other.value)} in words)",
        notes=notes,
    )
