"""The year an article's "this year" names, for :mod:`aktobe_facts.text.draftwithin`: the latest
year its figures lie in, unless a comparison's earlier figure is of that year ("up from X in the
first half of 2023": this year may be the next). "Exports in the first half of this year came to
A ... In June 2031 exports came to B": this year is 2031.
"""

from __future__ import annotations

import re

import msgspec

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftroles import Role
from aktobe_facts.text.roletime import Time

EARLIER_GAP = re.compile(
    r"\b(?:from|than|over|against|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:(?:last|previous)\s+year['’]s\s+)?$",
    re.IGNORECASE,
)
"""Right before an amount: it is a comparison's earlier value ("an increase over X", "up from
X")."""
REACH = 60


def compared(text: str, placed: Placed) -> bool:
    """The figure is a comparison's earlier value: the words right before it say so."""
    start = max(placed.sentence[0], placed.figure.phrase.start - REACH)
    return EARLIER_GAP.search(text, start, placed.figure.phrase.start) is not None


def this_year(article: Article, named: dict[str, Role]) -> str | None:
    """The article's own year, or None where its figures leave it open."""
    latest: dict[int, bool] = {}  # year: whether an earlier figure is of it
    for p in article.figures:
        span = period_span(p.figure.period)
        if span is None:
            continue
        role = named.get(p.figure.id)
        earlier = (role is not None and role.earlier) or compared(article.text, p)
        latest[span[1].year] = latest.get(span[1].year, False) or earlier
    if not latest:
        return None
    year = max(latest)
    return None if latest[year] else str(year)


def resolved(article: Article, named: dict[str, Role]) -> dict[str, Role]:
    """The roles with "this year" (or "the current year") as the article's own year, where it
    names one."""
    this = this_year(article, named)
    if this is None:
        return dict(named)
    return {
        i: msgspec.structs.replace(r, time=Time(this, r.time.months, None, r.time.dates))
        if r.time.relative in ("this", "current") and r.time.year is None
        else r
        for i, r in named.items()
    }
