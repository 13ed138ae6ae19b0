"""The relations an article's words make certain, for a draft (:mod:`aktobe_facts.text.draft`).

Each structure news uses has its drafter, one module each, listed in :data:`DRAFTERS`; a drafter
reads the article's sentences with their figures (:mod:`aktobe_facts.text.draftfigures`) and returns
the relations the words leave one reading of, and notes for the editor on the ones they leave
uncertain. A drafted relation is one a careful editor would write: anything less certain is a
note, never a relation.
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.reading.numbers import Direction, Qualifier
from aktobe_facts.text import (
    adjustedbasis,
    draftabove,
    draftadditional,
    draftaverage,
    draftbracketpair,
    draftcause,
    draftchangeamount,
    draftchangelevels,
    draftcompare,
    draftdoubledigit,
    draftequal,
    draftgrowth,
    draftgrowthagain,
    draftgrowthand,
    draftgrowthback,
    draftgrowthcolon,
    draftgrowthjoin,
    draftgrowthlater,
    draftgrowthlisted,
    draftgrowthnext,
    draftgrowthnouns,
    draftgrowthpairs,
    draftgrowthvolume,
    draftheadline,
    draftlift,
    draftmargin,
    draftmultiple,
    draftpoints,
    draftrepresents,
    draftrespectchange,
    draftrules,
    draftshareabout,
    draftshareback,
    draftsharelist,
    draftsharenamed,
    draftshareof,
    draftshareout,
    draftshareplan,
    draftshares,
    draftsharesum,
    draftsharetwice,
    draftstatedrate,
    draftthat,
    draftthatchange,
    draftthisgrowth,
    equalonce,
    scaleslip,
)
from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import Drafter, DraftRelation, Figure, Sentence
from aktobe_facts.text.ties import Ties

__all__ = ["DRAFTERS", "DraftRelation", "Figure", "Sentence", "article_relations"]

DRAFTERS: tuple[Drafter, ...] = (
    draftgrowth.relations,  # growth and change: "up P percent to X", "N, or P percent more"
    draftgrowthpairs.relations,  # "by P and Q to X and Y (respectively)": P of X, Q of Y
    draftshares.relations,  # "X, or P percent of GDP": share of a whole, shares of one whole
    draftpoints.relations,  # "from A to B percent, by N points": a change in points
    draftmultiple.relations,  # "X, almost twice as much as in 2021 (Y)": a multiple
    draftaverage.relations,  # "X in 2023, or an average of A a month": A * 12 = X
    draftdoubledigit.relations,  # "double-digit growth, surging by 20.9 per cent": P >= 10 percent
    draftrules.relations,  # deficits, turnover, parts of totals, orders, across sentences
)


def article_relations(
    text: str, sentences: Sequence[Sentence]
) -> tuple[list[DraftRelation], list[str]]:
    """Every drafter's relations and notes, in the order of :data:`DRAFTERS`."""
    relations: list[DraftRelation] = []
    notes: list[str] = []
    for drafter in DRAFTERS:
        made, said = drafter(text, sentences)
        relations += made
        notes += said
    # a comparison read by its structure, for the growths the listed wordings left untied
    compared, _ = draftcompare.relations(text, sentences, relations)
    relations += compared
    # levels listed before their growths: "X and Y, up P and Q percent respectively"
    listed = draftgrowthlisted.relations(text, sentences, relations)
    # flows named before their growths, levels given earlier: "exports and imports fell P and Q"
    listed += draftgrowthnouns.relations(text, sentences, relations + listed)
    # levels and their changes in two lists: "A and B, at X and Y respectively, showed an
    # increase of C, or P, and an increase of D, or Q": each subject's change
    listed += draftrespectchange.relations(text, sentences, relations + listed)
    # "X. That is a fall of D on 2030, or P": the change of the level the sentence before is about
    listed += draftthatchange.relations(text, sentences, relations + listed)
    relations += listed
    notes = _notes_of_untied(notes, compared + listed)
    # the growths of one figure given twice, read from the relations above
    relations += draftequal.growths(text, sentences, relations)
    # "X (5.4 percent of the GDP)" given twice: the two shares of one figure and whole
    relations += draftsharetwice.relations(text, sentences, relations)
    # "Exports up 19%" over "... as against Y a year earlier, a rise of 19.3%": its growth of X over Y
    relations += draftheadline.growths(text, sentences, relations)
    # "fell by 25.9 percent to X" ... "With non-oil exports down 25.9 percent, ...": told again
    relations += draftgrowthagain.relations(text, sentences, relations)
    # "a 23.3 percent growth in exports" ... "exports reached X against Y": the later flow's
    relations += draftgrowthlater.relations(text, sentences, relations)
    # a figure's second growth against another base: "up 1.2 percent on May and 17.3 percent ..."
    relations += draftgrowthand.relations(text, sentences, relations)
    # "X, pulled down by a 45 percent decline in A, which fell to Y": the kind's own move to Y
    relations += draftcause.growths(text, sentences, relations)
    # "reaching X in July 2013; a year earlier they had brought in Y": Y the base
    relations = draftgrowthnext.relations(text, sentences, relations)
    # "sales slumped 33.5 percent." / "US$48 billion in sales, against US$72 billion": one noun
    relations += draftgrowthjoin.relations(text, sentences, relations)
    # "an 8% rise in calls: 349 vessels came in May, up from 323": the levels after the colon
    relations += draftgrowthcolon.relations(text, sentences, relations)
    # "that is an increase of P in volume and Q in value": of the sentence before's two amounts
    relations += draftgrowthvolume.relations(text, sentences, relations)
    # "That is more than the Y the budget had planned": the figure before against Y
    relations += draftthat.relations(text, sentences, relations)
    # "X. This represents a P% increase from Y, and a Q% increase from Z": X's growths
    relations += draftrepresents.relations(text, sentences, relations)
    # "X this year compared to Y last year. This would be a P % increase": X's growth over Y
    relations += draftthisgrowth.relations(text, sentences, relations)
    # "grew by 52.4 percent (76,912 from 50,471)": the growth of the two levels in its bracket
    relations += draftbracketpair.relations(text, sentences, relations)
    # "to X from Y a year earlier, which is P percent of the target of W": X's share of W
    relations += draftshareabout.relations(text, sentences, relations)
    # "revenues of X, or P% of the target for the whole year": X's share of the year's plan
    relations += draftshareplan.relations(text, sentences, relations)
    # "Of the new budget, X goes to A, accounting for P of the total allocation": of "a budget of W"
    relations = draftsharenamed.relations(text, sentences, relations)
    # "Exports rose to W. ... markets were China, P or A; ASEAN, Q or B": the list's shares of W
    relations = draftsharelist.relations(text, sentences, relations)
    # "Out of the W visitors, ... There were A overland arrivals (P%).": A's share of W
    relations = draftshareout.relations(text, sentences, relations)
    # "W, P of which, or A"; "P of the W ..., or A": the share with its part after "or"
    relations += draftshareof.relations(text, sentences, relations)
    # "X. Of this, P, or A, came from ..."; "P of this, or A": the share of the figure before
    relations += draftshareback.relations(text, sentences, relations)
    # "A, contributing P to the total" ... "B, contributing Q": the parts of the whole shares tie
    relations += draftsharesum.relations(text, sentences, relations)
    # "X, which is D more than in 2017"; "X, compared to Y, an increase of D"; "X. This is 12%,
    # or $380 million less": amounts of change
    relations += draftchangeamount.relations(text, sentences, relations)
    # "increased by D to X, up from Y"; "fell by D from Y to X": the change and both its levels
    relations += draftchangelevels.relations(text, sentences, relations)
    # "X, an increase of P, bringing additional revenue of D": the growth's amount of change
    relations = draftadditional.relations(text, sentences, relations)
    # "increased by D from B. ... the P per cent growth": the percent of the move told before
    relations += draftgrowthback.relations(text, sentences, relations)
    # "X, some P percent above the Y target": a growth from Y to X; "below": X = Y (1 - P)
    relations += draftabove.relations(text, sentences, relations)
    # "($1 = 145.5000 Kenyan shillings)": each conversion at the rate the article states
    relations += draftstatedrate.relations(text, sentences, relations)
    relations = _sums_of_other_figures(_orders_left_to_growths(relations))
    # "A, falling short of its B budget by G": the difference says A < B; no order besides
    relations = draftmargin.orders_told_by_margins(relations)
    relations = [r for r in relations if not _fall_at_least_without_base(r, sentences)]
    relations = _one_scale_and_basis(text, sentences, relations)
    # a balance, a turnover, a sum or a part of a whole, each figure with a growth on one base:
    # the same identity (a part: an order) on the base values
    relations += _one_scale_and_basis(
        text, sentences, draftlift.relations(text, sentences, relations)
    )
    # one figure given twice, read by two rules: one ``equal`` for the figures it ties
    return equalonce.once(relations), notes


def _notes_of_untied(notes: list[str], tied_now: list[DraftRelation]) -> list[str]:
    """The notes but those on a figure a relation drafted after them ties ("may be the growth or
    change of ...": the comparison's structure made it certain)."""
    ids = {v for r in tied_now for v in r.fields.values() if isinstance(v, str)}
    return [n for n in notes if n.split(" ", 1)[0] not in ids]


def _one_scale_and_basis(
    text: str, sentences: Sequence[Sentence], relations: list[DraftRelation]
) -> list[DraftRelation]:
    """Without the relations that tie a money figure printed without its scale to one a thousand
    times larger ("fell €1,622 or 12% to €11,649m": :mod:`~aktobe_facts.text.scaleslip`), or a
    seasonally adjusted figure to an unadjusted or unmarked one
    (:mod:`~aktobe_facts.text.adjustedbasis`)."""
    figures = {f.id: f for s in sentences for f in s.figures}
    ids = set(figures)
    basis = adjustedbasis.bases(text, sentences)
    return [
        r
        for r in relations
        if not adjustedbasis.mixed(r, basis, ids)
        and not scaleslip.slipped(r, adjustedbasis.figures_of(r, ids), figures)
    ]


def _fall_at_least_without_base(relation: DraftRelation, sentences: Sequence[Sentence]) -> bool:
    """A growth of a fall stated by its least size ("fell by over 20% to X") with no base printed:
    the fall may be of 100 percent or more as read, so X gives no base value and the check could
    only warn; with no base there is nothing to test, and an editor writes no relation."""
    growth = relation.fields.get("growth")
    if relation.kind != "growth" or "base" in relation.fields or not isinstance(growth, str):
        return False
    stated = next((f.phrase.stated for s in sentences for f in s.figures if f.id == growth), None)
    return (
        stated is not None
        and stated.qualifier == Qualifier.LOWER
        and (stated.direction == Direction.DOWN or stated.negative)
    )


def _orders_left_to_growths(relations: list[DraftRelation]) -> list[DraftRelation]:
    """Without the orders whose figures a growth or change ties already ("jumped to A, up from B
    in 2019, an increase of P": the growth of A over B says A > B; the order would count the pair
    twice)."""
    grown = Ties(r for r in relations if r.kind in ("growth", "change"))
    return [
        r
        for r in relations
        if r.kind != "order" or not grown.together(set(tied(r)) - {r.fields["op"]})
    ]


def _sums_of_other_figures(relations: list[DraftRelation]) -> list[DraftRelation]:
    """Without the sums one of whose parts is their total given again: a headline's "Freight
    revenue tops X" drafted equal to the body's "revenue for the nine months exceeded X" is one
    figure told twice, never a part of itself (an editor writes the equal relation, not both)."""
    same = [set(tied(r)) for r in relations if r.kind == "equal"]
    return [r for r in relations if r.kind != "sum" or not _part_is_its_total(r, same)]


def _part_is_its_total(relation: DraftRelation, same: list[set[str]]) -> bool:
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if not isinstance(total, str) or not isinstance(parts, list):
        return False
    return any(total in group and group & set(parts) for group in same)
