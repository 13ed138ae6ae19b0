"""``aktobe-facts explain``: one claim, every relation it takes part in, step by step in words.

Built from the same findings (and so the same numbers) that decided the verdicts; nothing is
recomputed here.
"""

from __future__ import annotations

import difflib

from msgspec import Struct

from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import UNTESTED, Finding, Outcome
from aktobe_facts.reading import fmt
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.visible import printable

_VERDICT = {
    Outcome.PASS: "✓ consistent",
    Outcome.FAIL: "✗ inconsistent",
    Outcome.UNDETERMINED: "? undetermined",
}


class UnknownClaim(LookupError):
    """The claim id is not in the file; the message names the closest ids."""


class Explanation(Struct, frozen=True):
    claim: Claim
    path: str
    lines: tuple[str, ...]


def _reading(role: str, q: Quantity) -> str:
    if q.missing:
        return f'{role} "{q.text}" has no number.'
    shown = fmt.interval(q.interval, q.unit, q.per)
    return f'{role} "{q.text}" is read as {shown}: {q.reading}.'


def explain(doc: ClaimsFile, claim_id: str, findings: list[Finding]) -> Explanation:
    """Explain one claim from the findings of a full check of its file."""
    claim = doc.claim(claim_id)
    if claim is None:
        ids = [c.id for c in doc.claims]
        close = difflib.get_close_matches(claim_id, ids, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownClaim(f"no claim '{claim_id}' in {doc.path}{hint}")
    lines = [f'Claim {claim.id} ({doc.path}, line {claim.line}): "{claim.quote}"']
    if claim.value is not None:
        lines.append("  " + _reading("The value", claim.value))
    elif claim.remainder:
        lines.append(f"  The claim states no number: it is the rest of group '{claim.group}'.")
    lines.extend("  " + _reading("The counterpart", q) for q in claim.counterparts)
    lines.extend(
        "  " + _reading("The computed (not stated) counterpart", q) for q in claim.computed
    )
    mine = [f for f in findings if claim.id in f.claims and f.check != UNTESTED]
    if not mine:
        lines.append("It takes part in no relation that a check tested.")
    else:
        lines.append(f"It takes part in {len(mine)} relation(s):")
    for number, finding in enumerate(mine, start=1):
        lines.extend(_relation(number, finding))
    # printed to a terminal: no control character of the claims file reaches it raw
    return Explanation(claim, str(doc.path), tuple(printable(line) for line in lines))


def _relation(number: int, f: Finding) -> list[str]:
    out = [
        f"{number}. {f.check} (line {f.line}): {_VERDICT[f.outcome]}, severity {f.severity.value}.",
        f"   {f.message}.",
    ]
    if f.inputs:
        out.append("   The inputs:")
        out.extend(f"   - {step.label}: {step.text}" for step in f.inputs)
    for label, value in (
        ("The result", f.result),
        ("The bound it must meet", f.bound),
        ("The nearest consistent value", f.nearest),
        ("Suggested fix", f.suggestion),
        ("Margin", f.margin),
    ):
        if value:
            out.append(f"   {label}: {value}.")
    if f.rounding_only:
        out.append("   It holds only within the stated rounding, not for the figures as printed.")
    if f.narrowed:
        out.append(f"   It {f.narrowed}.")
    out.extend(f"   Note: {note}." for note in f.notes)
    return out
