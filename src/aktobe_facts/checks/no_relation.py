"""Claims in no relation: every claim no check tested is listed, so a clean report is not read as
"all tested".

A claim takes part in a relation when a finding of a check that tests relations names it (any
outcome: an undetermined finding is shown too). Checks about the text (``article``,
``provenance``, ``coverage``) say ``TESTS_RELATIONS = False`` and do not count. This is a review:
it runs after the checks, on their findings, and lists each claim none of them named as an info
finding with what would test it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import UNTESTED, Finding, Said, Severity, Verdicts
from aktobe_facts.reading.periods import PeriodError, parse_period

ID = UNTESTED
say = Verdicts(ID)
TITLE = "Every claim takes part in a relation a check tested"
HELP = (
    "Lists each claim that no check tested (no finding of a relation check names it), as info: "
    "its figure is in the file but nothing compared it with anything."
)


def review(doc: ClaimsFile, findings: Sequence[Finding]) -> list[Finding]:
    """The claims named by none of ``findings`` (those of the checks that test relations)."""
    named = {cid for f in findings for cid in f.claims}
    return [_untested(claim) for claim in doc.claims if claim.id not in named]


def _untested(claim: Claim) -> Finding:
    return say.undetermined(
        (claim.id,), claim.line, partial(_untested_words, claim), severity=Severity.INFO
    )


def _untested_words(claim: Claim) -> Said:
    shown = f' ("{claim.value.text}")' if claim.value is not None else ""
    return Said(
        f"'{claim.id}'{shown} takes part in no relation: no check tested it",
        inputs=(stated_step(claim.id, claim.value),) if claim.value is not None else (),
        notes=(claim.note,) if claim.note else (),  # the editor's, or why the draft left a
        # conversion out (:mod:`aktobe_facts.text.ratebound`)
        suggestion=_what_would_test(claim),
    )


def _what_would_test(claim: Claim) -> str:
    if claim.kind == "duration" and not _is_range(claim.period):
        return 'a duration is tested against a period range: give period = "2018-2020"'
    if claim.kind == "rank" and not claim.after:
        return "a rank is tested against the places named before it: list them in 'after'"
    if claim.kind == "growth":
        return "a growth is tested against the current value ('of') and the base ('base')"
    if claim.kind == "share":
        return "a share is tested against its whole ('of', or a [[group]] with 'of') and part"
    return (
        "relate it to the figures it depends on (a [[relation]]: sum, difference, multiple, "
        "order, equation, ...; or 'of', 'share', a [[group]], a [[ratio]], a counterpart), or "
        "leave it as context"
    )


def _is_range(period: str | None) -> bool:
    if period is None:
        return False
    try:
        return parse_period(period).is_range
    except PeriodError:
        return False
