"""Relations between figures of different sentences, for a draft: deficits and surpluses,
trade turnover, parts of totals and orders, listed once among the drafters of
:mod:`aktobe_facts.text.draftrelations`.

The rules here read the whole article (a deficit in one sentence, the revenue and spending it is
the gap of in the next). Each rule is a module of its own with one job, listed once in
:data:`RULES` and run in that order; each sees the relations the rules before it drafted, so that
no two rules draft one relation. A rule drafts a relation only where the words leave one reading,
and leaves a note for the editor where they leave several.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aktobe_facts.text import (
    draftbalances,
    draftbudgetsplit,
    draftbysource,
    draftcause,
    draftcomparative,
    draftcomplement,
    draftcounted,
    draftcoverage,
    draftequal,
    draftexceed,
    draftexceeding,
    draftfaster,
    draftfigurerose,
    draftflowcompared,
    draftflowin,
    draftgreatest,
    draftheadline,
    draftincludes,
    draftlargest,
    draftlisted,
    draftmargin,
    draftnamedparts,
    draftnamedtwice,
    draftorder,
    draftordinalrows,
    draftorigin,
    draftpartnerbalance,
    draftparts,
    draftper,
    draftplaces,
    draftprimary,
    draftpronounagain,
    draftraised,
    draftranked,
    draftratemoves,
    draftrecord,
    draftrespectorder,
    draftrest,
    draftrestated,
    draftrevised,
    draftrounded,
    draftscaletwice,
    draftsince,
    draftsumbefore,
    draftthefigure,
    drafttiles,
    drafttotal,
    draftupfrom,
    draftwithin,
    draftyield,
    equalproducts,
    grosslines,
    monthalone,
    partnergroups,
    siblingflows,
    sumowners,
    sumperiods,
)
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import Drafted, DraftRelation, Sentence

Rule = Callable[[Article, Sequence[DraftRelation]], tuple[list[DraftRelation], list[str]]]

RULES: tuple[Rule, ...] = (
    draftequal.relations,  # one amount given twice: "a deficit of X" ... "marking an X deficit"
    draftrounded.relations,  # one amount given twice at another rounding: "280.5" ... "280"
    draftrestated.relations,  # a figure restated in brackets: "exceeded 7 billion euros (7.036)"
    draftheadline.relations,  # the headline's figure again in the body: "$1.5 bln" ... "$1.48 billion"
    draftnamedtwice.relations,  # one amount twice under one name: "exports ... RM74.45 billion" ... again
    draftthefigure.relations,  # "X ... the X was realised from": the figure named again by "the"
    draftpronounagain.relations,  # "X ... It stands at X this year": the figure given again
    draftbalances.relations,  # a deficit or surplus of revenue and spending, exports and imports
    draftpartnerbalance.relations,  # "exports to P of A, imports from P of B, for a surplus of S"
    draftprimary.relations,  # a primary balance: the balance of revenue and spending less interest
    draftcoverage.relations,  # "Exports covered 43.2% of imports": the exports' share of the imports
    draftparts.relations,  # "of which", "including", "of the total, ...", "tax revenues"
    draftincludes.relations,  # "X. That sum includes A for ... and B for ...": parts of X
    draftcause.relations,  # "X. Dairy led the rise, up P to A"; "X, thanks to a rise in A to Y"
    drafttotal.relations,  # "A and B, a total of X"; "..., bringing the total to X"
    draftlisted.relations,  # "A contributed X of the total, B Y and other offices Z"
    draftbysource.relations,  # "By source, the revenue was broken down as follows: X came from ..."
    drafttiles.relations,  # a year's flow as the same flow's halves or quarters
    draftwithin.relations,  # "June on its own brought X": a month within the same flow's span
    draftcomplement.relations,  # "exports to the EU B, to non-EU countries C": B + C = exports
    draftrest.relations,  # "to the CIS B, to the EU C, to other countries D": B + C + D = exports
    draftorigin.relations,  # "244,372 tourists ... Tourists from the EU numbered 210,579": a part
    draftnamedparts.relations,  # "W visitors, stayover arrivals and cruise passengers together"
    draftbudgetsplit.relations,  # "a budget of W ... A for recurrent, B for capital expenditure"
    draftflowin.relations,  # "Turnover reached X ... exports came to A": one flow within turnover
    draftsumbefore.relations,  # a sum's total and parts a year before: "up from X a year earlier"
    draftraised.relations,  # "the higher plan includes A, B and C"; a rise within the new level
    draftorder.relations,  # "rose from A to B"; a year's flow not below its first months'
    draftexceed.relations,  # "A exceeded B (by Z)", "A was below B"
    draftupfrom.relations,  # "X, up from Y", "X, well below the Y target"
    draftfigurerose.relations,  # "A in November last year, while this year the figure rose to B"
    draftratemoves.relations,  # "eased to 5.2 percent from 6.1 percent"; "43.2%, down from 45.6%"
    draftexceeding.relations,  # "X in 2023, exceeding the Y of 2022"; counts and percents too
    draftsince.relations,  # "X, the highest since 2015, when they came to Y": X <= Y
    draftmargin.relations,  # "A, falling short of its B budget by G"; "A, G below B": differences
    draftrespectorder.relations,  # "A and B, both below their targets of C and D, respectively"
    draftcomparative.relations,  # "a higher growth rate of X, compared to a growth of Y"
    draftfaster.relations,  # "Imports fell by P, and exports fell more steeply, by Q": Q < P
    draftrecord.relations,  # "X, a new record. The previous high was Y"
    draftrevised.relations,  # "revised downward from Y to X", "cut to X from Y", "raised"
    draftflowcompared.relations,  # "the gap is still well below the Y program": a flow's figure
    draftranked.relations,  # "A was the top ... at X, followed by B at Y": ranked lists
    draftlargest.relations,  # "the largest came from A (X) and B (Y)"; "most ..., with X, followed by"
    draftgreatest.relations,  # "A showed the greatest increase, P, while B went up by Q": P >= Q
    draftcounted.relations,  # "trade with its four neighbours totalled X: A with U, B with V, ..."
    draftplaces.relations,  # "China is the main partner ..., Russia is second ...": places
    draftordinalrows.relations,  # "1st A: X" then "2nd B: Y" on the next line: X >= Y
    draftper.relations,  # "X in N projects, or V per project"; "worth X ... creating M jobs"
    draftyield.relations,  # "3.1 million ha ... 5.9 tonnes per ha ... 18.3 million tonnes"
    draftscaletwice.relations,  # "spent N10tn" ... "the aggregate expenditure of N10bn": one figure
)


def _given_twice(article: Article, relation: DraftRelation) -> bool:
    """A sum of one part printed as its total, the same digits, scale and unit ("key figures -
    Turnover 512.6 million euros" ... "Turnover grew by 2.9 per cent to 512.6 million euros"): one
    figure given twice, which a part never is (and the sum could test nothing)."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(parts, list) or len(parts) != 1:
        return False
    stated = {p.figure.id: p.figure.phrase.stated for p in article.figures}
    whole, part = stated.get(str(total)), stated.get(str(parts[0]))
    if whole is None or part is None:
        return False
    return (whole.digits, whole.exponent, whole.unit) == (part.digits, part.exponent, part.unit)


def _summed_before(drafted: Sequence[DraftRelation], relation: DraftRelation) -> bool:
    """A sum of the same total and parts is drafted already (a rule before drafted the turnover's
    two flows as all of it; "Of this, exports ... and imports ..." would draft them again as a part
    each): the first one stands."""
    if relation.kind != "sum":
        return False
    mine = _members(relation)
    return any(r.kind == "sum" and _members(r) == mine for r in drafted)


def _members(relation: DraftRelation) -> tuple[object, list[str]]:
    parts = relation.fields.get("parts")
    return relation.fields.get("total"), sorted(parts) if isinstance(parts, list) else []


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    """The relations the rules find across the article's sentences, in order, and their notes
    for the editor."""
    article = Article.of(text, sentences)
    found: list[DraftRelation] = []
    notes: list[str] = []
    for rule in RULES:
        made, said = rule(article, found)
        # two products of one flow are siblings, never whole and part, whichever rule paired them;
        # gross interest income is no part of a net income ("operating income"); a part of
        # another period is no part of the total, nor a list after a month "alone" the month's;
        # two products', partners' or owners' figures are never one given twice
        found.extend(
            r
            for r in made
            if not siblingflows.sibling_sum(article, r)
            and not grosslines.gross_in_net(article, r)
            and not sumperiods.part_of_another_period(article, r)
            and not partnergroups.nested_parts(article, r)
            and not sumowners.another_owner_part(article, r)
            and not monthalone.whole_of_later_parts(article, r)
            and not _given_twice(article, r)
            and not equalproducts.apart(article, r)
            and not _summed_before([*found, *made[: made.index(r)]], r)
        )
        notes.extend(said)
    return found, notes
