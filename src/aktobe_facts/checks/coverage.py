"""Every number of the linked article is covered by a claim's quote or an ``[[ignore]]`` entry.

The numerals are those :func:`aktobe_facts.text.textnums.numerals` finds: digits, number words,
ordinals, years, ranges and dates. Each one no claim's quote and no ignore passage overlaps is a
warning with its line and column in the article and the text around it; an ignore entry that
covers no number is a warning too (it is stale, or its quote is not in the article). An info finding
gives the coverage ratio: numbers covered (by claims or ignored) over numbers found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from aktobe_facts.claims.model import ClaimsFile, Ignore
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading.units import SHARED_SIGNS, sign_before

if TYPE_CHECKING:  # the placement machinery is imported only when an article is linked
    from aktobe_facts.text.placement import Numeral, Placement
    from aktobe_facts.text.textnums import Span as TextSpan

ID = "coverage"
say = Verdicts(ID)
TITLE = "Every number of the article is claimed or ignored"
HELP = (
    "With a linked article, each number in it (digits, number words, ordinals, years, ranges) must "
    "lie in some claim's quote or an [[ignore]] passage; each other one is a warning. An info "
    "finding reports the share of the article's numbers covered."
)
TESTS_RELATIONS = False
"""Its findings are about the text, not a relation: no claim counts as tested by them."""
MAX_LISTED = 1_000
"""Uncovered numbers given a warning each; the rest are counted in one (an article of a few
megabytes of digits has millions)."""


def check(doc: ClaimsFile) -> list[Finding]:
    if doc.article_file is None:
        return []
    from aktobe_facts.text.placement import placement

    found = placement(doc)
    if found is None:
        return []
    uncovered = [n for n in found.numerals if n.status == "uncovered"]
    mapped = {key.lower() for key in doc.settings.currencies}
    findings = [
        _uncovered(found, group[0], mapped) if len(group) == 1 else _glued(found, word, group)
        for word, group in _by_glued_word(found.article.text, uncovered[:MAX_LISTED], mapped)
    ]
    if len(uncovered) > MAX_LISTED:
        findings.append(_more(found, len(uncovered) - MAX_LISTED))
    ends = [n.span.end for n in found.numerals]
    holds: dict[int, bool] = {}  # entries that quote one passage share its places
    for entry, places in found.ignores:
        if id(places) not in holds:
            holds[id(places)] = any(_holds_number(found, ends, p) for p in places)
        if not holds[id(places)] and entry not in found.capped:
            findings.append(_stale(found, entry, places))
    if found.capped:
        findings.append(_capped(found))
    findings.append(_ratio(found))
    return findings


def _more(found: Placement, count: int) -> Finding:
    return say.failed(
        (),
        found.article.line,
        f"{count:,} more numbers of {found.article.path} are in no claim's quote and no "
        f"[[ignore]] entry (only the first {MAX_LISTED:,} are listed one by one)",
        severity=Severity.WARNING,
    )


def _capped(found: Placement) -> Finding:
    from aktobe_facts.text.placement import MAX_IGNORED_PLACES

    first = found.capped[0]
    return say.failed(
        (),
        first.line,
        f"the [[ignore]] passages occur more than {MAX_IGNORED_PLACES:,} times in "
        f'{found.article.path}: from the entry "{first.quote}" on, only the first '
        f"{MAX_IGNORED_PLACES:,} places are taken, and numbers in the others count as uncovered",
        severity=Severity.WARNING,
        suggestion="quote longer passages, which occur where the numbers to ignore are",
    )


def _holds_number(found: Placement, ends: list[int], place: tuple[int, int]) -> bool:
    """A numeral overlaps the passage (numerals are disjoint and in order: one bisection)."""
    start, end = place
    k = bisect_right(ends, start)
    return k < len(found.numerals) and found.numerals[k].span.start < end


def _uncovered(found: Placement, numeral: Numeral, mapped: set[str]) -> Finding:
    path = found.article.path
    span, place = numeral.span, numeral.place
    context = found.excerpt(span.start, span.end)
    why, fix = _unresolved(found.article.text, span, mapped)
    return say.failed(
        (),
        found.article.line,
        f'{path}:{place}: "{span.text}" is in no claim\'s quote and no [[ignore]] entry{why}: '
        f'"{context}"',
        severity=Severity.WARNING,
        inputs=(Step("number", f'"{span.text}" ({span.kind}) at {path}:{place}'),),
        suggestion="add a [[claim]] whose quote contains it, or an [[ignore]] entry with the "
        "passage and the reason it needs no claim" + fix,
    )


_GLUED_WORD = re.compile(r"[^\W\d_][\w/]*")
"""Letters glued right after a number ("kgMS" of "6.25kgMS", "mcm/d" of "12mcm/d")."""


def _by_glued_word(
    text: str, uncovered: list[Numeral], mapped: set[str]
) -> list[tuple[str, list[Numeral]]]:
    """The uncovered numbers in the order of the first of each group: those glued to the same
    letters (as printed, case and all) together, every other number alone (its word empty), and
    so a number after a sign the check explains (:func:`_unresolved`)."""
    groups: dict[str, list[Numeral]] = {}
    alone: list[tuple[str, list[Numeral]]] = []
    for numeral in uncovered:
        m = _GLUED_WORD.match(text, numeral.span.end) if numeral.span.text[-1:].isdigit() else None
        if m is None or _unresolved(text, numeral.span, mapped)[0]:
            alone.append(("", [numeral]))
            continue
        if m.group() not in groups:
            groups[m.group()] = []
            alone.append((m.group(), groups[m.group()]))
        groups[m.group()].append(numeral)
    return alone


def _glued(found: Placement, word: str, group: list[Numeral]) -> Finding:
    """One warning for the uncovered numbers glued to the same letters, each named with its
    place and context: one unread spelling is one thing for the editor to mend, however many
    figures it carries (the nineteenth session's run gave a text's eight prices glued to "kgMS"
    eight warnings)."""
    path = found.article.path
    places = ", ".join(f'"{n.span.text}" at {n.place}' for n in group)
    return say.failed(
        (),
        found.article.line,
        f'{path}: {len(group)} numbers glued to "{word}" are in no claim\'s quote and no '
        f"[[ignore]] entry: {places}",
        severity=Severity.WARNING,
        inputs=tuple(
            Step(
                "number",
                f'"{n.span.text}" ({n.span.kind}) at {path}:{n.place}: '
                f'"{found.excerpt(n.span.start, n.span.end)}"',
            )
            for n in group
        ),
        suggestion=f"add a [[claim]] whose quote contains each, or [[ignore]] entries with the "
        f'passages and the reason they need no claim; if "{word}" is a unit the reading does '
        "not know, write each claim's value with the unit's words",
    )


def _unresolved(text: str, span: TextSpan, mapped: set[str]) -> tuple[str, str]:
    """For a number after a sign of several currencies or one letter that neither the file's
    ``[settings] currencies`` nor one country the article names resolves ("N3.42tn" in an article
    that never names Nigeria): the words that say so and the settings line to add; else two
    empty strings."""
    sign = (sign_before(text, span.start) if span.text[:1].isdigit() else None) or ""
    codes = SHARED_SIGNS.get(sign, ())
    if not codes or sign.lower() in mapped:
        return "", ""
    from aktobe_facts.text.draftcurrency import named_codes

    named = named_codes(text, codes)
    if len(named) == 1:
        return "", ""  # the article names its country: a figure the claims left out
    names = "none" if not named else f"several ({' and '.join(named)})"
    why = (
        f' (its sign "{sign}" could not be resolved: it is {" or ".join(codes)} where the '
        f"article names the currency's country, and this one names {names})"
    )
    fix = f'; if "{sign}" is {codes[0]} here, [settings] currencies = {{ "{sign.lower()}" = "{codes[0]}" }}'
    return why, fix


def _stale(found: Placement, entry: Ignore, places: tuple[tuple[int, int], ...]) -> Finding:
    path = found.article.path
    why = (
        f"its passage holds no number of {path}"
        if places
        else f"its quote does not occur in {path}"
    )
    return say.failed(
        (),
        entry.line,
        f'the [[ignore]] entry "{entry.quote}" covers nothing: {why}',
        severity=Severity.WARNING,
        suggestion="remove it, or quote the passage as the article writes it",
        notes=(f"reason given: {entry.reason}",),
    )


def _ratio(found: Placement) -> Finding:
    path = found.article.path
    total = len(found.numerals)
    claimed = sum(1 for n in found.numerals if n.status == "claim")
    ignored = sum(1 for n in found.numerals if n.status == "ignored")
    uncovered = total - claimed - ignored
    covered = claimed + ignored
    share = f"{covered / total:.1%}" if total else "100%"
    return (say.passed if uncovered == 0 else say.failed)(
        (),
        found.article.line,
        f"{covered} of {total} numbers of {path} are covered ({share}): {claimed} by claims, "
        f"{ignored} ignored, {uncovered} uncovered",
        inputs=(
            Step("numbers found", str(total)),
            Step("in a claim's quote", str(claimed)),
            Step("ignored", str(ignored)),
            Step("uncovered", str(uncovered)),
        ),
        result=share,
        severity=Severity.INFO,
    )
