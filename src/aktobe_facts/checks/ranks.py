"""Ranks: "the fifth largest city after Almaty, Nur-Sultan, Shymkent and Karaganda" names four.

A ``kind = "rank"`` claim whose value is a place ("fifth", "5th") and whose ``after`` lists the places
named before it must list exactly rank − 1 distinct names. Names repeated in ``after`` (compared
without case and extra spaces) are a warning and counted once. A rank with no ``after`` is not tested.
"""

from __future__ import annotations

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import ORDINAL_WORDS

ID = "ranks"
say = Verdicts(ID)
TITLE = "Ranks match the places named before them"
HELP = (
    "A rank claim ('fifth') with an 'after' list must name rank − 1 distinct places before it; "
    "repeated names are a warning."
)


def ordinal(n: int) -> str:
    """``5`` -> ``fifth``; ``23`` -> ``23rd``."""
    if 0 <= n < len(ORDINAL_WORDS):
        return ORDINAL_WORDS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        value = claim.value
        if claim.kind != "rank" or not claim.after or value is None:
            continue
        if value.unit is None and value.interval is not None:
            findings.extend(_rank(claim))
    return findings


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def _rank(claim: Claim) -> list[Finding]:
    value = claim.value
    assert value is not None and value.interval is not None
    distinct: dict[str, str] = {}
    repeated: list[str] = []
    for name in claim.after:
        key = _norm(name)
        if key in distinct:
            repeated.append(name)
        else:
            distinct[key] = name
    names = list(distinct.values())
    needed = len(names) + 1
    steps = (
        stated_step(claim.id, value),
        Step("after", f"{len(names)} distinct place(s) named before it: {', '.join(names)}"),
    )
    findings: list[Finding] = []
    if repeated:
        findings.append(
            say.failed(
                (claim.id,),
                claim.line,
                f"'after' names {', '.join(repr(n) for n in dict.fromkeys(repeated))} more than "
                "once; each place is counted once",
                severity=Severity.WARNING,
                inputs=steps,
                suggestion="remove the repeated name(s) from 'after'",
            )
        )
    if value.interval.contains(needed):
        findings.append(
            say.passed(
                (claim.id,),
                claim.line,
                f'"{value.text}" comes after the {len(names)} place(s) named before it',
                inputs=steps,
                result=ordinal(needed),
            )
        )
        return findings
    rank = value.value
    wants = _wants(rank)
    findings.append(
        say.failed(
            (claim.id,),
            claim.line,
            f"\"{value.text}\" {wants}, but 'after' names {len(names)}: "
            f'the list fits "{ordinal(needed)}"',
            inputs=steps,
            result=f"{len(names)} place(s) named before it",
            bound=wants,
            nearest=ordinal(needed),
            suggestion=f"\"{ordinal(needed)}\", or name the missing or extra place(s) in 'after'",
        )
    )
    return findings


def _wants(rank: Fraction) -> str:
    if rank.denominator != 1 or rank < 1:
        return "is not a place in a ranking (1st, 2nd, ...)"
    before = int(rank) - 1
    return f"needs {before} place{'' if before == 1 else 's'} named before it"
