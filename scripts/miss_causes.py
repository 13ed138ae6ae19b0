"""The hand relations the draft misses, each by the first cause that blocks it, on open sets only.

    PYTHONPATH=scripts python scripts/miss_causes.py [--examples N] SET_DIR ...

For each missed hand relation (as ``open_misses.py`` lists them), the first of these that holds:

- ``figure not read``: a figure of one of its claims is stated by no drafted claim;
- ``role misread``: the hand gives a claim a kind (growth, share, change ...) that its drafted
  claim does not have (a change the draft writes as an amount or a count aside);
- ``read with another period``: both date it, differently (the current or the base period);
- ``read with no period, beside a figure of another period``: the relation ties figures of two
  periods (this year's and last year's) and the draft dates one of them not at all (a relation of
  one period is drafted without periods, most of those recalled are);
- ``not drafted, across paragraphs``: every claim read as the hand reads it, but its claims lie in
  more than one paragraph (the draft would have to match their subjects there);
- ``not drafted, in one paragraph``: every claim read as the hand reads it, in one paragraph: the
  wording of the relation is one no drafter reads.

Prints a table of the causes with counts and the first examples of each, then the count of each
relation kind under each cause. An unseen set is refused, as by ``open_misses.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from draft_vs_hand import LINKS, drafted_and_suggested, figures, recalls, tied
from open_misses import over_open_sets

from aktobe_facts.claims.loader import load
from aktobe_facts.claims.model import Claim, ClaimsFile, Relation
from aktobe_facts.reading.periods import PeriodError, canonical, parse_period

CAUSES = (
    "figure not read",
    "read with no period, beside a figure of another period",
    "read with another period",
    "role misread",
    "not drafted, across paragraphs",
    "not drafted, in one paragraph",
)
ROLES = frozenset({"growth", "share", "change", "points", "rate", "ratio", "multiple"})
# a change the draft writes as its amount or count (its relation gives it the role): no misreading
SAME_ROLE = frozenset({("change", "amount"), ("change", "count")})


@dataclass(frozen=True)
class Miss:
    where: str
    relation: str
    kind: str
    cause: str
    detail: str


def _drafted_claim(hand: ClaimsFile, draft: ClaimsFile, claim: Claim) -> Claim | None:
    """The drafted claim that states the hand claim's value (or its first stated figure)."""
    mine = figures(hand, claim.id)
    if not mine:
        return None
    for other in draft.claims:
        if any(f.same(g) for f in mine[:1] for g in figures(draft, other.id)):
            return other
    return None


def _paragraph(text: str, quote: str) -> int | None:
    """The paragraph (by blank lines) of the article whose text holds the quote, spaces aside."""
    wanted = " ".join(quote.split())
    for n, para in enumerate(text.split("\n\n")):
        if wanted and wanted in " ".join(para.split()):
            return n
    return None


def _same_period(read: str | None, hand: str | None) -> bool:
    """One period, however written ("2023-Q2" and "2023-04/2023-06"); a fiscal year the draft
    writes as the two calendar years it lies in ("2021-2022", by design: where it starts differs
    by country) is the hand's twelve months across them ("2021-07/2022-06")."""
    if read is None or hand is None:
        return read == hand
    try:
        mine, theirs = parse_period(read), parse_period(hand)
    except PeriodError:
        return read == hand
    if canonical(mine) == canonical(theirs):
        return True
    two_years = mine.months() == 24 and mine.start.month == 1
    fiscal = theirs.months() == 12 and theirs.start.year == mine.start.year
    return two_years and fiscal and theirs.end.year == mine.end.year


def cause(hand: ClaimsFile, draft: ClaimsFile, relation: Relation, text: str) -> tuple[str, str]:
    """The first cause that blocks the hand relation, and the claim or figure it names."""
    claims = [c for c in (hand.claim(m) for m in relation.members) if c is not None]
    pairs = [(c, _drafted_claim(hand, draft, c)) for c in claims]
    for c, d in pairs:
        if d is None:
            return CAUSES[0], c.quote
    for c, d in pairs:
        assert d is not None
        if c.kind in ROLES and d.kind != c.kind and (c.kind, d.kind) not in SAME_ROLE:
            return CAUSES[3], f"{c.quote} ({c.kind} read as {d.kind})"
    for c, d in pairs:
        assert d is not None
        if c.period is not None and d.period is not None and not _same_period(d.period, c.period):
            return CAUSES[2], f"{c.quote} ({c.period} read as {d.period})"
        base, read_base = c.base_period, d.base_period
        if base is not None and read_base is not None and not _same_period(read_base, base):
            return CAUSES[2], f"{c.quote} (base {base} read as {read_base})"
    spans = {c.period for c in claims if c.period is not None}
    if len(spans) > 1:  # the relation ties figures of two periods: the draft must date them
        for c, d in pairs:
            assert d is not None
            if c.period is not None and d.period is None:
                return CAUSES[1], f"{c.quote} ({c.period})"
    paragraphs = {_paragraph(text, c.quote) for c in claims}
    if len(paragraphs) > 1:
        return CAUSES[4], " / ".join(c.quote for c in claims[:3])
    return CAUSES[5], " / ".join(c.quote for c in claims[:3])


def misses(folder: Path) -> list[Miss]:
    """The missed hand relations of one article folder, each with its cause."""
    hand = load(folder / "claims.toml")
    article = folder / "article.txt"
    draft, _ = drafted_and_suggested(article)
    text = article.read_text(encoding="utf-8")
    mine = tied(draft)
    relations = [r for r in hand.relations if r.kind not in LINKS]
    found = []
    for relation, theirs in zip(relations, tied(hand), strict=True):
        if any(recalls(m, theirs) for m in mine):
            continue
        why, detail = cause(hand, draft, relation, text)
        where = f"{folder.parent.name}/{folder.name}"
        found.append(Miss(where, relation.id, relation.kind, why, detail))
    return found


def report(found: list[Miss], examples: int) -> list[str]:
    by_cause: dict[str, list[Miss]] = defaultdict(list)
    for m in found:
        by_cause[m.cause].append(m)
    lines = ["| cause | missed | examples |", "| --- | --- | --- |"]
    for c in sorted(by_cause, key=lambda c: (-len(by_cause[c]), CAUSES.index(c))):
        shown = "; ".join(f"{m.where} {m.relation} ({m.detail})" for m in by_cause[c][:examples])
        lines.append(f"| {c} | {len(by_cause[c])} | {shown} |")
    lines.append(f"| all | {len(found)} | |")
    lines.append("")
    for c in CAUSES:
        kinds = Counter(m.kind for m in by_cause.get(c, []))
        lines.append(f"{c}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="miss_causes.py", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--examples", type=int, default=2, help="examples shown per cause")
    parser.add_argument("--list", action="store_true", help="also every miss, one a line")
    args = parser.parse_args(argv)
    found = over_open_sets("miss_causes.py", args.sets, misses)
    if found is None:
        return 2
    lines = report(found, args.examples)
    if args.list:
        lines += ["", *(f"{m.where}: {m.relation} [{m.kind}] {m.cause}: {m.detail}" for m in found)]
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
