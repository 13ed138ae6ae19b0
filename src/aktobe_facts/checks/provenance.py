"""Every claim's quote occurs in the linked article.

Quotes are compared after folding white space, quote marks, dashes and case (see
:mod:`aktobe_facts.text.quotes`). A quote that does not occur is an error with the passage of the
article most like it and where that passage is. A quote found is tied to its first place; a quote
that occurs more than once is noted, since the claim may be about another of its places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts

if TYPE_CHECKING:  # the placement machinery is imported only when an article is linked
    from aktobe_facts.text.placement import Placement
    from aktobe_facts.text.quotes import Near

ID = "provenance"
say = Verdicts(ID)
TITLE = "Every quote occurs in the article"
HELP = (
    "With a linked article, each claim's quote must occur in it (white space, quote marks, dashes "
    "and case folded). A quote not found is an error naming the closest passage and its line."
)
TESTS_RELATIONS = False
"""Its findings are about the text, not a relation: no claim counts as tested by them."""
FOLDING = "quotes are compared with white space, quote marks, dashes and case folded"


def check(doc: ClaimsFile) -> list[Finding]:
    if doc.article_file is None:
        return []
    from aktobe_facts.text.placement import placement

    found = placement(doc)
    if found is None:
        return []
    path = found.article.path
    findings = [
        _missing(claim, found.missing[claim.id], path, claim.id not in found.unsearched)
        for claim in _of(doc, found)
    ]
    if found.quotes:
        steps = tuple(Step(cid, f"{path}:{place}") for cid, place in found.quotes.items())
        notes = tuple(
            f"{cid}: the quote occurs {count} times in {path}; the claim is tied to the first "
            f"({found.quotes[cid]}); quote more words to tie it to another"
            for cid, count in found.repeats.items()
        )
        findings.append(
            say.passed(
                (),
                found.article.line,
                f"{len(found.quotes)} of {len(doc.claims)} quotes occur in {path}",
                severity=Severity.ERROR,
                inputs=steps,
                notes=notes,
            )
        )
    return findings


def _of(doc: ClaimsFile, found: Placement) -> list[Claim]:
    return [c for c in doc.claims if c.id in found.missing]


def _missing(claim: Claim, near: Near | None, path: str, searched: bool = True) -> Finding:
    line = claim.field_lines.get("quote", claim.line)
    message = f'the quote "{claim.quote}" does not occur in {path}'
    steps = [Step("quote", claim.quote)]
    if not searched:
        from aktobe_facts.text.placement import MAX_NEAREST

        return say.failed(
            (claim.id,),
            line,
            message + f" (its closest passage is looked for only for the first {MAX_NEAREST} "
            "quotes not found)",
            inputs=steps,
            notes=(FOLDING,),
        )
    if near is None:
        return say.failed(
            (claim.id,),
            line,
            message + "; no passage of the article shares a word with it",
            inputs=steps,
            notes=(FOLDING,),
        )
    alike = round(near.similarity * 100)
    passage = " ".join(near.text.split())
    steps.append(Step("closest", f'{path}:{near.place}: "{passage}" ({alike}% alike)'))
    return say.failed(
        (claim.id,),
        line,
        f'{message}; the closest passage, on line {near.place.line}, is "{passage}" '
        f"({alike}% alike)",
        inputs=steps,
        nearest=f"{path}:{near.place}: {passage}",
        suggestion=f'quote = "{_toml_escape(passage)}" if that is the passage meant',
        notes=(FOLDING,),
    )


def _toml_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
