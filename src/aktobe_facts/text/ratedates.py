"""Conversions of two dates: a comparison's earlier figure is converted at its own date's rate.

The ``conversions`` check holds a file's conversions in one currency pair to one rate unless their
claims state periods that set them apart (each stated span its own rate; an undated conversion
joins the one period the others state). An article that gives a stock in two currencies and then
the comparison's earlier value in both ("the debt amounted to 2,338.18 billion UAH, or 85.1
billion dollars against 2,355.08 billion UAH, or 85.05 billion dollars a month earlier")
converts the earlier value at the earlier date's rate (27.69 hryvnias per dollar, not 27.48):
with no period to tell the two dates apart, the check would blame right figures for the rate's
move. The draft cannot date "a month earlier" where the article names no year, so such an earlier
conversion whose rate misses the rate the article's other conversions share is written with its
value alone and a note naming the conversion left untested (as
:mod:`aktobe_facts.text.ratebound` does). The current date's conversions are still tested
together; an earlier one that fits their rate keeps its conversion (and the relations that name
it in the other currency); an editor who gives the claims their periods tests the rest.

A conversion is the earlier one when the words before or after it make it a comparison's earlier
figure (:func:`~aktobe_facts.text.figuretime.is_earlier`: "against", "compared to", "a month
earlier", "in the same period last year", "up from"). Only a conversion the draft left undated
is touched, and only where the same currency pair's other conversions state no period or one
(which it would join): an earlier figure the draft dated ("381 trillion soums ($29.3 billion) in
2023") is grouped with its year's by the check, and conversions that disagree among themselves
are the check's to report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval, intersect_all, positive_reciprocal
from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.reading.quantities import read as quantity
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.figuretime import is_earlier
from aktobe_facts.text.phraseread import read

if TYPE_CHECKING:  # the draft calls this module: its claim type for the checker only
    from aktobe_facts.text.draft import DraftClaim

NOTE = (
    "its conversion {shown} is not drafted: it is the comparison's earlier figure, converted at "
    "its own date's rate, and no period sets it apart from the article's other conversions; give "
    "the claims their periods to test it"
)

Pair = tuple[str, str]


def apart(article: Article, claims: list[DraftClaim]) -> list[DraftClaim]:
    """``claims`` with the counterparts of the comparisons' undated earlier figures taken off
    where their rate misses the one the same currencies' other conversions share."""
    earlier = _earlier_ids(article)
    periods: dict[Pair, set[str | None]] = {}
    rates: dict[Pair, list[Interval]] = {}
    for claim in claims:
        if claim.id not in earlier:
            for pair, rate in _rates(claim).items():
                periods.setdefault(pair, set()).add(claim.period)
                rates.setdefault(pair, []).append(rate)
    kept: list[DraftClaim] = []
    for claim in claims:
        if claim.id in earlier and claim.period is None and _misses(claim, periods, rates):
            shown = "(" + "; ".join(claim.counterparts) + ")"
            note = NOTE.format(shown=shown)
            claim = msgspec.structs.replace(
                claim,
                counterparts=(),
                note=note if claim.note is None else f"{claim.note}; {note}",
            )
        kept.append(claim)
    return kept


def _misses(
    claim: DraftClaim, periods: dict[Pair, set[str | None]], rates: dict[Pair, list[Interval]]
) -> bool:
    """The claim's conversion would join others' rate (they state no period or one) and misses
    the rate they share."""
    for pair, rate in _rates(claim).items():
        stated = periods.get(pair, set())
        if not stated or len(stated - {None}) > 1:
            continue  # no other conversion, or several periods: it stands alone
        common = intersect_all(rates[pair])
        if common is not None and common.intersect(rate) is None:
            return True
    return False


def _earlier_ids(article: Article) -> set[str]:
    found: set[str] = set()
    for figures in article.sentences():
        for k, placed in enumerate(figures):
            if is_earlier(article.text, figures, k):
                found.add(placed.figure.id)
    return found


def _rates(claim: DraftClaim) -> dict[Pair, Interval]:
    """The rate each of the claim's conversions implies, by currency pair (the first currency
    per the second, in the order of their codes)."""
    if not claim.counterparts or claim.value is None:
        return {}
    own = _amount(claim.value)
    if own is None:
        return {}
    found: dict[Pair, Interval] = {}
    for text in claim.counterparts:
        other = _amount(text)
        if other is not None and other[0] != own[0]:
            (a, ia), (b, ib) = sorted((own, other), key=lambda x: x[0])
            rate = _ratio(ia, ib)
            if rate is not None:
                found.setdefault((a, b), rate)
    return found


def _amount(text: str) -> tuple[str, Interval] | None:
    """A currency's code and the amount's interval, for a plain positive amount."""
    try:
        stated = read(text)
    except GrammarError:
        return None
    unit = stated.unit
    if unit is None or not unit.is_currency or stated.missing or stated.high is not None:
        return None
    interval = quantity(stated).require()
    if interval.lo is None or interval.hi is None or interval.lo <= 0:
        return None
    return unit.key, interval


def _ratio(top: Interval, bottom: Interval) -> Interval | None:
    assert bottom.lo is not None and bottom.lo > Fraction(0)
    return top * positive_reciprocal(bottom)
