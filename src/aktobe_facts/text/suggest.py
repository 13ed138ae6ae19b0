"""Relations the words suggest but do not make certain, for the editor (issue 13): written in the
draft as commented-out ``[[relation]]`` tables (:mod:`aktobe_facts.text.drafttoml`), never checked.

The drafting rules (:mod:`aktobe_facts.text.draftrelations`) draft a relation only where the words
leave one reading. Many relations an editor writes are stated by no words at all (a part below its
whole, a month within its year) or miss a rule's guard by one word. Each family of them has its
suggester, one module each, listed once in :data:`SUGGESTERS`: it reads the claims the draft made
(their kinds, units, periods, the words naming them, their sentences and paragraphs) and proposes
candidates, each with its reason in plain words and a rank. The candidates of every family are
pooled, those a drafted relation already ties are dropped, and the best :data:`CAP` are kept, so
that the editor reads a short list. Suggestions change no drafted claim, relation or finding.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from aktobe_facts.text import (
    suggestcoincide,
    suggestcomplement,
    suggestequal,
    suggestgrowth,
    suggestlisted,
    suggestmonth,
    suggestpart,
    suggestrankedin,
    suggestshare,
    suggestspan,
    suggesttotalnext,
    suggestwithin,
)
from aktobe_facts.text.draftarticle import Article, tied
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.suggestfigures import Suggester, Suggestion, known

__all__ = ["CAP", "SUGGESTERS", "Suggestion", "suggested"]

CAP = 10
"""Suggestions per article at most: an editor reads ten commented tables in a minute or two; more
would bury the likely ones among pairs of figures that merely share a unit."""

SUGGESTERS: tuple[Suggester, ...] = (
    suggestpart.suggestions,  # a part at or below its whole: one unit and period, near each other
    suggestgrowth.suggestions,  # a growth between two levels near a percent of change
    suggestequal.suggestions,  # one figure given twice: one value of one measure
    suggestwithin.suggestions,  # a month's or quarter's figure within its span's
    suggestmonth.suggestions,  # a month within its span, read by its subject's noun
    suggestshare.suggestions,  # a share of a whole both named in the article
    suggestspan.suggestions,  # a flow's month within its running span, by the roles' months
    suggestlisted.suggestions,  # a total and the breakdown its sentence lists after it
    suggesttotalnext.suggestions,  # a total and the list of the sentence after it
    suggestrankedin.suggestions,  # a ranked list's members within the whole before it
    suggestcomplement.suggestions,  # a "non-" part of a trade flow within the nearest whole
    suggestcoincide.suggestions,  # a total and two parts that agree to their printed precision
)


def suggested(
    article: Article, periods: Mapping[str, str | None], relations: Sequence[DraftRelation]
) -> list[Suggestion]:
    """The suggestions of every family for an article, best first, at most :data:`CAP`: none
    whose claims a drafted relation already ties, none of a kind for a figure a drafted relation
    of that kind starts from (a growth drafted for its percent, a sum for its total), none with a
    figure a drafted change uses as its amount ("up 7 percent or $27 million from a year
    earlier": a difference, no level), one per set of claims."""
    figures = known(article, periods, relations)
    drafted = _covering([frozenset(tied(r)) for r in relations])
    keyed = {(r.kind, r.first()) for r in relations}
    changes = {str(r.fields["amount"]) for r in relations if "amount" in r.fields}
    pooled = sorted((s for suggest in SUGGESTERS for s in suggest(article, figures)), key=_rank)
    chosen: list[Suggestion] = []
    seen: set[frozenset[str]] = set()
    for s in pooled:
        ids = frozenset(tied(s.relation))
        if ids in seen or ids & changes or drafted(ids):
            continue
        if (s.relation.kind, s.relation.first()) in keyed:
            continue
        seen.add(ids)
        chosen.append(s)
        if len(chosen) == CAP:
            break
    return chosen


def _covering(drafted: list[frozenset[str]]) -> Callable[[frozenset[str]], bool]:
    """Whether a drafted relation ties every claim of a set: asked of the drafted relations that
    tie one claim of the set, not of every one (an article of many figures pools tens of
    thousands of candidates against hundreds of drafted relations)."""
    by_claim: dict[str, list[frozenset[str]]] = {}
    for ids in drafted:
        for claim in ids:
            by_claim.setdefault(claim, []).append(ids)

    def covered(ids: frozenset[str]) -> bool:
        if not ids:
            return bool(drafted)  # the empty set is within any relation
        fewest = min(ids, key=lambda claim: len(by_claim.get(claim, ())))
        return any(ids <= d for d in by_claim.get(fewest, ()))

    return covered


def _rank(s: Suggestion) -> float:
    return s.rank
