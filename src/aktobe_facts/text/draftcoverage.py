"""The coverage rate of imports by exports, for a draft (``kind = "share"``): "Exports covered 43.2%
of imports", "the coverage rate was 70.3 percent", "measured in euros the coverage was 43.1%" is
the share of the exports in the imports, exports / imports.

The percent's own clause says it: "exports covered" right before it and "of imports" right after,
or "coverage" (rate, ratio) with a few words and a verb of being or reaching, no other figure
between, in a sentence that names exports and imports. Its exports and imports are found by their roles (:mod:`aktobe_facts.text.draftroles`):
whole flows, reported, no comparison's earlier figures, of one owner and period, in one unit, no
flow named with a place beside the same flow named with none, nor with a place another holder's
(:mod:`aktobe_facts.text.flowplace`: "Germany's exports ... EU imports to Germany"); a
currency the percent's clause names ("in euros") picks that unit. Drafted only where one such
pair is left in the whole article; where several are (two currencies and the clause names none,
two periods), nothing is drafted. Past the percent (and "of imports") the clause names nothing
but a period, and the sentence no time put back without a date ("a decade ago", "ten years
earlier"): "at a rate of 64 percent in the services trade" or "... a decade ago" may be another
coverage than the pair's (review26).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import product

from aktobe_facts.reading.numbers import Stated
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftroles import Role, reported_whole, roles
from aktobe_facts.text.flowplace import beside_total, other_place
from aktobe_facts.text.periodcontext import context_of, one_context
from aktobe_facts.text.placeopener import period_words
from aktobe_facts.text.roletime import names_only_period
from aktobe_facts.text.sentences import clause_end, clause_start

_COVERED = re.compile(r"\bexports?\s+(?:covered|covers|cover)\s*$", re.IGNORECASE)
_COVERED_AT = re.compile(
    r"\bexports?\s+(?:thus\s+|only\s+)?(?:covered|covers|cover)\s+(?:the\s+|total\s+)?imports\s+"
    r"at\s+(?:a|the)\s+(?:rate|ratio|level)\s+of\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
"""The coverage told with imports before the percent: "Exports covered imports at a ratio of
91%", "exports thus covered imports at a rate of 112 percent"."""
_RATIO = re.compile(
    r"(?<![\w-])(?:an?\s+|the\s+)?(?:export[/-](?:to-)?import|exports?[/-](?:to-)?imports?)\s+"
    r"(?:coverage\s+)?(?:ratio|rate)\s+(?:of|was|is|stood\s+at|stands\s+at|reached|came\s+to)\s+"
    r"(?:about\s+|around\s+|some\s+)?$"
    r"|(?<![\w-])the\s+ratio\s+of\s+exports\s+to\s+imports\s+(?:was|is|stood\s+at|stands\s+at|"
    r"reached|came\s+to)\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
"""The ratio named by its two flows: "an export/import ratio of 98.9%", "the export-to-import
ratio was 64 percent", "the ratio of exports to imports stood at 80%" (never "the ratio of
non-oil exports to imports": a part's)."""
_OF_IMPORTS = re.compile(r"\s*of\s+(?:the\s+|total\s+|all\s+)?imports\b", re.IGNORECASE)
_COVERAGE = re.compile(
    r"\bcoverage(?:\s+(?:rate|ratio))?(?:\s+of\s+imports\s+by\s+exports)?\s+"
    r"(?:[a-z]+\s+){0,3}?(?:was|is|stood\s+at|stands\s+at|reached|reaching|came\s+to|hit|"
    r"(?:rose|fell|climbed|dropped|improved)\s+to)\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_EXPORTS = re.compile(r"\bexports?\b", re.IGNORECASE)
_IMPORTS = re.compile(r"\bimports?\b", re.IGNORECASE)
"""A sentence naming exports and imports: its "coverage" is trade's."""
_IN_UNIT = re.compile(r"\bin\s+([a-z]+)\b", re.IGNORECASE)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    named = roles(article)
    found: list[DraftRelation] = []
    for placed in article.figures:
        figure = placed.figure
        if not is_percent(figure) or figure.kind not in (None, "share"):
            continue
        stated = figure.phrase.stated
        if stated.direction is not None or stated.negative:
            continue
        start = clause_start(text, placed.sentence[0], figure.phrase.start)
        end = clause_end(text, figure.phrase.outer_end, placed.sentence[1])
        before = text[start : figure.phrase.start]
        covered = _COVERED.search(before) and _OF_IMPORTS.match(text, figure.phrase.outer_end)
        coverage = _COVERAGE.search(before)
        trade = all(w.search(text, *placed.sentence) for w in (_EXPORTS, _IMPORTS))
        covered = covered or _COVERED_AT.search(before) or _RATIO.search(before)
        if not (covered or (coverage and trade)):
            continue  # "insurance coverage was 80 percent": no trade's
        if _partner(text[placed.sentence[0] : figure.phrase.start]):
            continue  # "With China, the export/import ratio was 50%": a partner's trade
        if not _own_words(text, placed, end):
            continue  # "... at a rate of 64 percent in services", "a decade ago": not the pair's
        pair = _the_pair(article, named, placed, _unit_named(text[start:end]))
        if pair is not None and _other_flows(article, named, placed, pair):
            continue  # "Exports to China were A and imports from China B, a ratio of P"
        if pair is not None and one_context(article, placed, *pair):
            exports, imports = pair
            said = " ".join(text[start : figure.phrase.outer_end].split())
            found.append(_coverage(figure.id, exports.figure.id, imports.figure.id, stated, said))
    return found, []


_LONG_AGO = re.compile(
    r"\b(?:ago|back\s+then|at\s+the\s+time)\b|"
    r"\b(?:decades?|years|generation)\s+(?:earlier|before|previously)\b",
    re.IGNORECASE,
)
"""A time the words put back from the article's figures without naming it ("a decade ago",
"ten years earlier", "back then"); never "a year earlier", the base of a change told beside the
percent ("down from 45.6% a year earlier")."""


def _own_words(text: str, placed: Placed, end: int) -> bool:
    """The percent's clause, past "of imports", names nothing but a period the draft reads, and
    its sentence no time put back before it: "Exports covered imports at a rate of 64 percent in
    the services trade", "... a decade ago", "A decade ago, exports covered ..." may be another
    measure's or another time's coverage than the pair's (review26: each was a false error)."""
    after = placed.figure.phrase.outer_end
    of_imports = _OF_IMPORTS.match(text, after)
    words = text[of_imports.end() if of_imports else after : end]
    said = text[placed.sentence[0] : end]
    return names_only_period(words.strip(" ,.;:")) and _LONG_AGO.search(said) is None


def _coverage(share: str, exports: str, imports: str, stated: Stated, said: str) -> DraftRelation:
    """The exports' share of the imports; above 100 percent ("Exports covered imports at a rate
    of 112 percent": exports above imports) the ratio as an equation, as an editor writes a
    coverage no share of a whole can be."""
    if stated.value > 100:
        expr = f"{share} = {exports} / {imports}"
        return DraftRelation("", "equation", {"expr": expr}, said)
    fields: dict[str, str | list[str] | bool] = {"share": share, "part": exports, "whole": imports}
    return DraftRelation("", "share", fields, said)


_PARTNER = re.compile(
    r"\b(?:with|to|from)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’.-]*+)(?!\s*[\d.,]*\d)", re.I
)
"""A partner named before the percent in its sentence ("with China", "to the EU"), never a
currency before its amount ("to EUR 11.04 billion")."""


def _partner(words: str) -> bool:
    """The words name a partner of the trade, a name in capitals after "with", "to" or "from"
    that is no period ("to April", "from January"): the ratio may be that trade's."""
    return any(not period_words(m["name"]) for m in _PARTNER.finditer(words))


def _other_flows(
    article: Article, named: dict[str, Role], share: Placed, pair: tuple[Placed, Placed]
) -> bool:
    """The share's sentence gives exports or imports other than the pair's (a partner's, a
    product's): the ratio may be theirs."""
    ids = {p.figure.id for p in pair}
    return any(
        p.sentence_index == share.sentence_index
        and p.figure.id not in ids
        and (role := named.get(p.figure.id)) is not None
        and role.name in ("exports", "imports")
        for p in article.figures
    )


def _unit_named(clause: str) -> str | None:
    """The currency a clause names after "in" ("measured in euros"), by its key."""
    for m in _IN_UNIT.finditer(clause):
        unit = lookup_unit(m.group(1))
        if unit is not None and unit.kind == "currency":
            return unit.key
    return None


def _the_pair(
    article: Article, named: dict[str, Role], share: Placed, unit: str | None
) -> tuple[Placed, Placed] | None:
    """The one exports and imports of the article the share may be the coverage of."""
    by_name: dict[str, list[Placed]] = {"exports": [], "imports": []}
    beside = beside_total(article, named)  # "EU imports" beside the imports: a partner's
    for placed in article.figures:
        if placed.figure.id in beside:
            continue
        role = named.get(placed.figure.id)
        for name, found in by_name.items():
            if reported_whole(role, name):
                found.append(placed)
    pairs = []
    for exports, imports in product(by_name["exports"], by_name["imports"]):
        a, b = named[exports.figure.id], named[imports.figure.id]
        ua, ub = exports.figure.phrase.stated.unit, imports.figure.phrase.stated.unit
        if ua is None or ub is None or ua.key != ub.key or (unit and ua.key != unit):
            continue
        if (a.owner and b.owner and a.owner != b.owner) or not a.time.fits(b.time):
            continue
        if other_place(article.text, (exports, imports), named):
            continue  # "Germany's exports ... EU imports to Germany": no coverage of its exports
        periods = {p for p in (exports.figure.period, imports.figure.period) if p}
        if share.figure.period is not None and periods - {share.figure.period}:
            continue
        pairs.append((exports, imports))
    if len(pairs) > 1 and share.figure.period is None:
        pairs = _of_context(article, share, pairs)
    return pairs[0] if len(pairs) == 1 else None


def _of_context(
    article: Article, share: Placed, pairs: list[tuple[Placed, Placed]]
) -> list[tuple[Placed, Placed]]:
    """Of several pairs, those whose two flows are of the period the share's context names
    (:func:`~aktobe_facts.text.periodcontext.context_of`): "Exports were A in April and imports B.
    Exports covered imports at a ratio of 91%." is April's coverage where the article gives the
    first four months' flows too. A share whose context names no period keeps them all (so none
    is drafted)."""
    time = context_of(article, share)
    if not time.named:
        return pairs
    return [p for p in pairs if all(time.same(context_of(article, f)) for f in p)]
