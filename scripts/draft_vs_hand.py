"""The draft-only path against the hand-written claims files of the corpus (tests/corpus/).

For each article: the relations of its draft (``check ARTICLE.txt``) against those of its
hand-written ``claims.toml`` (recall and precision), and the verdicts of each against its
``expected.toml``. Relations are matched by kind and by the figures they tie (each claim's stated
values as written, not its id); ``of`` links are not relations of their own and are left out. A
relation written another way is the same relation when its constraint is, by the roles of its
claims (``relation_forms``: a growth written as an equation, a difference as a sum, an order as an
equation or a one-part sum); a drafted growth whose base is not printed is in the hand file when
the hand uses it inside an equation, a drafted growth when the hand's change states it with its
percent, and a drafted order of two figures when the hand's growth ties them.

    .venv/bin/python scripts/draft_vs_hand.py [--summary] [CORPUS_DIR]

CORPUS_DIR is tests/corpus by default; tests/heldout holds the articles the draft was not tuned on.
``--summary`` prints the set's totals only, no line naming an article: the way to read an unseen
set without learning which of its articles the draft gets wrong.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import tomli
from relation_forms import Form, forms, implied, same_form
from sets import articles

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import LoadError, load, loads
from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.findings import Finding, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import Stated
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.text.articlecheck import drafted as drafted_article
from aktobe_facts.text.drafttoml import uncommented

CORPUS = Path(__file__).parents[1] / "tests" / "corpus"
LINKS = frozenset({"of", "same"})  # links read by checks, not relations an editor writes


def _norm(text: str) -> str:
    """A figure as written, without its qualifier ("up to", "exceeded", "about"), a direction word
    after it ("19% lower"), a plus sign and spaces."""
    bare = _DIRECTION.sub("", _QUALIFIER.sub("", text))
    return "".join(bare.lower().split()).removeprefix("+")  # "+ 13.2%" states 13.2%


_DIRECTION = re.compile(r"\s+(?:more|less|higher|lower)$", re.IGNORECASE)
_QUALIFIER = re.compile(r"^(?:[a-z]+\s+)+(?=[^a-z\s])")


Key = tuple[str | None, str | None, Fraction]


@dataclass(frozen=True)
class Figure:
    """One stated figure of a claim: its text as written (see :func:`_norm`) and, when it carries
    a number, its unit and size (sign aside, as the text's direction words are), so that "Sh122.9
    billion" and "122.9 billion shillings", or "5.4%" and "5.4 percent", are one figure; a range
    also by each of its ends ("PLN 3-10bn" covers "PLN 3bn" and "PLN 10bn"). A count read in the
    unit of people ("214,711 persons") is the count a hand file may write bare ("214,711")."""

    text: str
    key: Key | None = None
    ends: tuple[Key, Key] | None = None
    written: str = ""  # the figure's text exactly as written, which a finding names its ends by

    def same(self, other: Figure, end: str | None = None) -> bool:
        """The same figure, or (``end`` "low", "high" or "both") a range whose named end is the
        other, a figure of one number."""
        if self.text == other.text or (self.key is not None and self.key == other.key):
            return True
        if end is None or self.ends is None or other.key is None:
            return False
        named = self.ends if end == "both" else self.ends[end == "high" :][:1]
        return other.key in named


def _figure(q: Quantity) -> Figure:
    def key(stated: Stated) -> Key:
        unit = None if stated.unit is None or stated.unit.key == "person" else stated.unit.key
        per = None if stated.per is None else stated.per.key
        return (unit, per, abs(stated.value))

    stated = q.stated
    text = q.text
    if stated.qualifier is not None or stated.direction is not None:
        # the words before the number are a qualifier or a direction, which a headline or a
        # sentence's start capitalises ("Over $522m"): stripped like "over $522m"
        text = text[:1].lower() + text[1:]
    if stated.digits is None:
        return Figure(_norm(text), written=q.text)
    if stated.high is None:
        return Figure(_norm(text), key(stated), written=q.text)
    low = replace(stated, high=None)
    return Figure(_norm(text), None, (key(low), key(stated.high)), q.text)


def figures(doc: ClaimsFile, claim_id: str) -> tuple[Figure, ...]:
    """The values a claim states (the value and its numbered counterparts)."""
    claim = doc.claim(claim_id)
    if claim is None:
        return (Figure(claim_id),)
    stated = [q for q in (claim.value, *claim.counterparts) if q is not None and not q.missing]
    return tuple(_figure(q) for q in stated)


Signature = tuple[str, tuple[Figure, ...]]


def signature(doc: ClaimsFile, relation: Relation) -> Signature:
    tied: list[Figure] = []
    for member in relation.members:
        tied += [f for f in figures(doc, member) if f not in tied]
    return (relation.kind, tuple(tied))


@dataclass(frozen=True)
class Tied:
    """One relation to match: its signature, the forms of its whole constraint (the kinds it can
    be written as) and what it states inside it (``terms``, :func:`relation_forms.implied`: the
    growths a written equation uses, a change's growth, a growth's order)."""

    signature: Signature
    forms: tuple[Form, ...] = ()
    terms: tuple[Form, ...] = ()


def tied(doc: ClaimsFile) -> list[Tied]:
    relations = [r for r in doc.relations if r.kind not in LINKS]
    return [one_tied(doc, r) for r in relations]


def one_tied(doc: ClaimsFile, relation: Relation) -> Tied:
    return Tied(
        signature(doc, relation), forms(doc, relation, figures), implied(doc, relation, figures)
    )


def drafted_and_suggested(article: Path) -> tuple[ClaimsFile, list[Tied]]:
    """The draft of an article as ``check ARTICLE.txt`` loads it, and the relations it suggests
    for the editor (its commented tables, taken out of their comments and loaded with it)."""
    found, text = drafted_article(article)
    where = article.parent / f"{article.name}.claims.toml"
    doc = loads(text, where, None, article)
    if not found.suggested:
        return doc, []
    wide = loads(uncommented(text), where, None, article)
    ids = {s.relation.id for s in found.suggested}
    return doc, [one_tied(wide, r) for r in wide.relations if r.id in ids]


def recalls(drafted: Tied, hand: Tied) -> bool:
    """The drafted relation states the hand's (recall): the same figures, or one of its forms."""
    return same_relation(hand.signature, drafted.signature) or any(
        same_form(f, g) for f in hand.forms for g in drafted.forms
    )


def in_hand(drafted: Tied, hand: Tied) -> bool:
    """The drafted relation is the hand's (precision), or a part of it: a growth the hand's
    equation uses, the growth of the hand's change, the order of the hand's growth."""
    return recalls(drafted, hand) or any(same_form(f, g) for f in drafted.forms for g in hand.terms)


def _within(a: tuple[Figure, ...], b: tuple[Figure, ...], end: str | None) -> bool:
    return all(any(y.same(x, end) for y in b) for x in a)


def same_relation(a: Signature, b: Signature) -> bool:
    """One kind, and every figure of the one among the other's (a conversion drafted with a third
    currency still ties the two figures the hand file ties; a range converted end to end ties the
    pairs of its ends)."""
    if a[0] != b[0]:
        return False
    return _covers(a[1], b[1]) or _covers(b[1], a[1])


def _covers(part: tuple[Figure, ...], whole: tuple[Figure, ...]) -> bool:
    """Every figure of ``part`` among ``whole``'s, where ``part`` ties two figures or ``whole``
    ties one: a relation of one figure ("g >= 10 percent", a bound) tests nothing of a relation
    that ties it to others."""
    return (len(part) > 1 or len(whole) <= 1) and _within(part, whole, "both")


@dataclass(frozen=True)
class Expected:
    checks: tuple[str, ...]
    claims: tuple[str, ...]
    severity: Severity


def expectations(folder: Path) -> tuple[bool, list[Expected]]:
    data = tomli.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    found = [
        Expected(tuple(e["checks"]), tuple(e["claims"]), Severity(e["severity"]))
        for e in data.get("finding", [])
    ]
    return bool(data["consistent"]), found


def shown(findings: Iterable[Finding]) -> list[Finding]:
    wanted = (Severity.ERROR, Severity.WARNING)
    return [f for f in findings if f.is_problem and f.severity in wanted and not f.waived]


def matches(expected: Expected, finding: Finding, hand: ClaimsFile, doc: ClaimsFile) -> bool:
    """The finding is the expected one: its check and severity, and for each claim the expected
    finding names (in the hand file), a claim of the finding stating one of its figures. A range
    of the finding covers a figure at the end its message names ("PLN 3-10bn (high end)"), at
    both ends when it names neither."""
    if finding.check not in expected.checks or finding.severity is not expected.severity:
        return False
    named = [f for c in finding.claims for f in figures(doc, c)]
    return all(
        any(n.same(h, _end(n, finding.message)) for n in named for h in figures(hand, c))
        for c in expected.claims
    )


def _end(figure: Figure, message: str) -> str:
    """The end of a range figure a finding's message is about: "low", "high" or "both"."""
    low, high = (f'"{figure.written} ({which} end)"' in message for which in ("low", "high"))
    return "both" if low == high else "high" if high else "low"


@dataclass
class Article:
    name: str
    consistent: bool
    hand: int = 0
    drafted: int = 0
    recalled: int = 0
    precise: int = 0
    expected: int = 0
    found: int = 0
    false_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)  # the hand relations by kind
    recalled_kinds: Counter[str] = field(default_factory=Counter)  # those the draft recalls
    offered_or_drafted: int = 0  # hand relations drafted or matching a suggestion
    suggested: int = 0  # relations suggested for the editor (commented out, never checked)
    suggested_in_hand: int = 0  # suggestions that match a hand relation


def measure(folder: Path) -> Article | str:
    try:
        hand = load(folder / "claims.toml")
    except LoadError as exc:
        return f"{folder.name}: the hand file does not load here ({exc})"
    doc, offered = drafted_and_suggested(folder / "article.txt")
    consistent, expected = expectations(folder)
    row = Article(folder.name, consistent)
    mine, theirs = tied(doc), tied(hand)
    row.hand, row.drafted = len(theirs), len(mine)
    for t in theirs:
        row.kinds[t.signature[0]] += 1
        row.recalled_kinds[t.signature[0]] += any(recalls(m, t) for m in mine)
        row.offered_or_drafted += any(recalls(m, t) for m in [*mine, *offered])
    row.recalled = sum(row.recalled_kinds.values())
    row.suggested = len(offered)
    row.suggested_in_hand = sum(any(recalls(s, t) for t in theirs) for s in offered)
    row.precise = sum(any(in_hand(m, t) for t in theirs) for m in mine)
    findings = shown(check_document(doc))
    row.expected = len(expected)
    row.found = sum(any(matches(e, f, hand, doc) for f in findings) for e in expected)
    for f in findings:
        if any(matches(e, f, hand, doc) for e in expected):
            continue
        what = f"{f.check}: {f.message}"
        (row.false_errors if f.severity is Severity.ERROR else row.warnings).append(what)
    return row


def table(rows: list[Article]) -> str:
    lines = [
        "| article | hand relations | drafted | recalled | drafted & in hand | expected found |"
        " new errors | new warnings | drafted or suggested | suggested (in hand) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        found = f"{r.found} of {r.expected}" if r.expected else "clean"
        lines.append(
            f"| `{r.name}` | {r.hand} | {r.drafted} | {r.recalled} | {r.precise} | {found} |"
            f" {len(r.false_errors)} | {len(r.warnings)} | {r.offered_or_drafted} |"
            f" {r.suggested} ({r.suggested_in_hand}) |"
        )
    return "\n".join([*lines, "", *summary(rows)])


def summary(rows: list[Article]) -> list[str]:
    """The set's totals: recall, precision, articles whole, expected findings found, false errors,
    warnings on clean."""
    hand = sum(r.hand for r in rows)
    drafted = sum(r.drafted for r in rows)
    inconsistent = [r for r in rows if r.expected]
    clean = [r for r in rows if r.consistent]
    return [
        f"relation recall: {sum(r.recalled for r in rows)} of {hand} "
        f"({_pct(sum(r.recalled for r in rows), hand)})",
        f"relation precision: {sum(r.precise for r in rows)} of {drafted} "
        f"({_pct(sum(r.precise for r in rows), drafted)})",
        f"articles where the draft finds every expected finding: "
        f"{sum(r.found == r.expected for r in inconsistent)} of {len(inconsistent)} with findings",
        f"expected findings the draft finds: {sum(r.found for r in rows)} of "
        f"{sum(r.expected for r in rows)}",
        f"false errors: {sum(len(r.false_errors) for r in rows)}",
        f"warnings on clean articles: {sum(len(r.warnings) for r in clean)} on {len(clean)}",
        f"relations drafted or suggested: {sum(r.offered_or_drafted for r in rows)} of {hand} "
        f"({_pct(sum(r.offered_or_drafted for r in rows), hand)})",
        f"suggestions: {sum(r.suggested for r in rows)} "
        f"({sum(r.suggested_in_hand for r in rows)} in the hand files), "
        f"{max((r.suggested for r in rows), default=0)} per article at most",
    ]


def by_kind(rows: list[Article]) -> list[str]:
    """Recall by the kind of the hand relation, most missed first: totals of the set, naming no
    article (so an unseen set may be read this way too)."""
    kinds: Counter[str] = sum((r.kinds for r in rows), Counter())
    recalled: Counter[str] = sum((r.recalled_kinds for r in rows), Counter())
    order = sorted(kinds, key=lambda k: (recalled[k] - kinds[k], k))
    return [f"recall of {k}: {recalled[k]} of {kinds[k]}" for k in order]


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "n/a"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="draft_vs_hand.py",
        description="The draft-only path against the hand-written claims files of a set.",
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS, help="the set's folder")
    parser.add_argument(
        "--summary", action="store_true", help="the totals only, no line naming an article"
    )
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="add the recall of each kind of relation (set totals, no article named)",
    )
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        sys.stderr.write(f"draft_vs_hand.py: {corpus}: not a folder of articles\n")
        return 2
    measured = [measure(p) for p in articles(corpus)]
    rows = [r for r in measured if isinstance(r, Article)]
    kinds = by_kind(rows) if args.by_kind else []
    if args.summary:
        sys.stdout.write("\n".join([*summary(rows), *kinds]) + "\n")
        return 0
    sys.stdout.write(table(rows) + "\n")
    for skipped in measured:
        if isinstance(skipped, str):
            sys.stdout.write(f"  skipped {skipped}\n")
    for r in rows:
        for what in r.false_errors + r.warnings:
            sys.stdout.write(f"  {r.name}: {what}\n")
    if kinds:
        sys.stdout.write("\n".join(["", *kinds]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
