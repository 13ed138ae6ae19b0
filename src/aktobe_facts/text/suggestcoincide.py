"""Suggested: a total and two parts whose figures agree to their printed precision, where no
words state the sum (``kind = "sum"``, exhaustive: total = part + part). The arithmetic points to
the relation, as an editor who adds up the figures of an article sees it ("interest payments were
60.4 billion liras ... a deficit of 56.7 billion ... a primary surplus of 3.7 billion": 56.7 + 3.7
is 60.4; a difference ``a − b = c`` is the sum ``a = b + c``). Offered, never drafted (issue 13
item 2): a drafted relation comes from words; the figures' agreement may be an accident.

Three levels of one measure (one currency or unit, or counts of one thing) of one period, or
none named, the parts below the total: the sum of the parts' intervals meets the total's. The
chance of such an agreement by accident is the width of the parts' sum plus the total's width
over the total (a figure that size, unrelated, falls that close that often), times the number
of such sums the article's figures allow (:func:`tried`, over all its measures): the agreements
expected by chance in the article. Only those up to :data:`THRESHOLD` are offered (scripts/coincidences.py measures
them: on the open sets, guarded, 32 of 32 such offers were right by reading, 24 of them relations
of the hand files; docs/corpus.md, the thirteenth session). Sums of three or four parts, shares, growths and
products agreeing by their arithmetic were measured too and left out: about half or fewer right.

Guards, each named by its reason (:func:`refusal`): a part no larger than the total's rounding
("below-step": "Concourse 3" beside 3.7 million passengers fits any total), a plan, target or
forecast beside actual figures ("plan"), a comparison's earlier figures beside current ones ("earlier": last year's 460.6 billion is no sum of this
year's 326.6 billion and last year's 133.9 billion), a rate or average ("rate"), a part whose
flow's words name a period outside the total's ("period": mineral exports "in October last year"
or "in September" beside October's exports; :mod:`~aktobe_facts.text.sumperiods`), a balance
added on the wrong side of two flows ("balance": a deficit and revenue make spending, never
revenue; a surplus and spending make revenue, never spending), the two ends of one change ("ends":
"from a total of US$8 billion in 2008 to US$1.8 billion" beside a deficit of US$6 billion) and a
part that is the gap between two other figures ("gap": "$95 million more than the plan") and
lines of a company's accounts of kinds that add up no such way ("kinds": mobile revenue and capex
as the revenue, a turnover and earnings as earnings, revenue and EBITDA as net debt;
:mod:`~aktobe_facts.text.linekinds`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.fmt import number
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.linekinds import line_kind, mixed
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    shown,
)
from aktobe_facts.text.suggestguards import rate
from aktobe_facts.text.sumperiods import within

THRESHOLD = 1.0
"""Agreements of the kind expected by chance in the article, at most: below one, an editor who
adds up every pair of the article's figures would find fewer than one such sum by accident. On
the open sets, guarded, a threshold of 0.3, 1 and 3 gave 28 of 28, 32 of 32 and 34 of 39 offers
right by reading."""

COINCIDE = 0.95
"""Rank of a sum the arithmetic points to, plus its score over 100: after every family that reads
the words, so that where one of them offers the same claims (a breakdown listed after its total),
its table is the one kept."""

MOST = 60
"""Levels of one measure at most: an article with more (a table pasted as text) has too many
sums to offer any."""

_BALANCES = ("deficit", "surplus")
_INCOME = {"revenue": "budget", "exports": "trade"}
_OUTGO = {"spending": "budget", "imports": "trade"}


class Level(Struct, frozen=True):
    """A level with the interval its digits allow."""

    known: Known
    interval: Interval

    @property
    def lo(self) -> Fraction:
        assert self.interval.lo is not None
        return self.interval.lo

    @property
    def hi(self) -> Fraction:
        assert self.interval.hi is not None
        return self.interval.hi


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    groups = [_totals(g) for g in _measures(known) if len(g) <= MOST]
    count = sum(_tried(g) for g in groups)
    made: list[Suggestion] = []
    printed: set[tuple[Interval, frozenset[Interval]]] = set()  # one sum of values, once
    offered: list[tuple[Level, Level, Level]] = []
    scored = [
        (chance(*three) * count, _off(*three), three) for g in groups for three in _agreeing(g)
    ]
    for score, _, (total, a, b) in sorted(scored, key=lambda x: (x[0], x[1])):
        key = (total.interval, frozenset([a.interval, b.interval]))
        if score > THRESHOLD or key in printed or refusal(article, total, a, b) is not None:
            continue
        if any(_exclusive(other, (total, a, b)) for other in offered):
            continue
        printed.add(key)
        offered.append((total, a, b))
        made.append(_suggestion(article, total, a, b, score))
    return made


def _off(total: Level, a: Level, b: Level) -> Fraction:
    """How far the middle of the parts' sum lies from the middle of the total."""
    return abs((a.lo + a.hi + b.lo + b.hi) - (total.lo + total.hi)) / 2


def _exclusive(offered: tuple[Level, Level, Level], found: tuple[Level, Level, Level]) -> bool:
    """Two sums of one total sharing a part, whose other parts differ (no value lies in both):
    both cannot hold, so only the likelier, or at equal chance the closer, is offered ("wind met
    59.9% (14.2GW) of demand" beside "a capacity of 24GW, broken down as 10.4GW offshore and
    13.6GW onshore": 10.4 + 13.6 is 24, and 14.2 + 10.4 fits 24 by its rounding alone)."""
    total, *ours = offered
    other, *theirs = found
    if other.known is not total.known:
        return False
    shared = [x for x in ours if any(x.known is y.known for y in theirs)]
    if len(shared) != 1:
        return False
    mine = next(x for x in ours if x is not shared[0])
    yours = next(y for y in theirs if y.known is not shared[0].known)
    return mine.hi < yours.lo or yours.hi < mine.lo


def _measures(known: Sequence[Known]) -> list[list[Level]]:
    """The bounded levels of the article by measure."""
    groups: list[list[Level]] = []
    for k in known:
        if not k.level:
            continue
        interval = read(k.placed.figure.phrase.stated).interval
        if interval is None or not interval.bounded:
            continue
        level = Level(k, interval)
        for group in groups:
            if comparable(group[0].known, k):
                group.append(level)
                break
        else:
            groups.append([level])
    return groups


def _periods(*levels: Level) -> bool:
    """One period named at most among the figures."""
    return len({x.known.period for x in levels} - {None}) <= 1


def _parts(group: Sequence[Level], total: Level) -> list[Level]:
    return [x for x in group if x is not total and x.hi < total.hi and _periods(total, x)]


Totals = list[tuple[Level, list[Level]]]
"""Each figure of a group as a total, with its parts (below it, of its period or none), read once
for both the count of sums tried and the sums that agree."""


def _totals(group: Sequence[Level]) -> Totals:
    return [(total, _parts(group, total)) for total in group]


def tried(group: Sequence[Level]) -> int:
    """The sums of two parts the group allows: for each total, the pairs of its parts (below it,
    of its period or none) of one period or none named."""
    return _tried(_totals(group))


def _tried(totals: Totals) -> int:
    count = 0
    for _total, parts in totals:
        n = len(parts)
        periods = Counter(x.known.period for x in parts if x.known.period is not None)
        named = sum(periods.values())
        clashing = (named * named - sum(c * c for c in periods.values())) // 2
        count += n * (n - 1) // 2 - clashing
    return count


def agreeing(group: Sequence[Level]) -> list[tuple[Level, Level, Level]]:
    """Each total and pair of parts whose sum's interval meets the total's."""
    return _agreeing(_totals(group))


def _agreeing(totals: Totals) -> list[tuple[Level, Level, Level]]:
    found: list[tuple[Level, Level, Level]] = []
    for total, unsorted in totals:
        parts = sorted(unsorted, key=lambda x: x.lo)
        if len(parts) < 2:
            continue
        los = [x.lo for x in parts]
        widest = max(x.hi - x.lo for x in parts)
        for i, a in enumerate(parts):
            # b.lo <= total.hi - a.lo, and b.hi >= total.lo - a.hi (so b.lo >= that - widest)
            first = max(i + 1, bisect_left(los, total.lo - a.hi - widest))
            last = bisect_right(los, total.hi - a.lo)
            for b in parts[first:last]:
                if b.hi + a.hi >= total.lo and _periods(total, a, b):
                    found.append((total, a, b))
    return found


def chance(total: Level, a: Level, b: Level) -> float:
    """How often a figure of the total's size, unrelated, would fall as close to the parts'
    sum: the widths of the sum and of the total over the total."""
    widths = (a.hi - a.lo) + (b.hi - b.lo) + (total.hi - total.lo)
    return min(1.0, float(widths / ((total.hi + total.lo) / 2)))


def refusal(article: Article, total: Level, a: Level, b: Level) -> str | None:
    """Why the agreement is no sum an editor writes, or None."""
    step = total.hi - total.lo
    if min(a.lo, b.lo) <= step:
        return "below-step"
    three = (total.known, a.known, b.known)
    plans = [_planned(k) for k in three]
    if any(plans) and not all(plans):
        return "plan"
    then, first, second = (earlier(article.text, k) for k in three)
    if (then and not (first and second)) or (not then and first and second):
        return "earlier"  # an earlier total of a current part, a current total of earlier parts
    if any(_rate(article, k) for k in three):
        return "rate"
    if any(_another_period(total.known, k) for k in three[1:]):
        return "period"
    if _wrong_side(total.known, a.known, b.known):
        return "balance"
    if any(
        _ends(article.text, total.known, k) or _ends(article.text, k, total.known)
        for k in three[1:]
    ):
        return "ends"
    if any(_GAP.match(article.text, k.placed.figure.phrase.outer_end) for k in three[1:]):
        return "gap"
    if mixed(*(_line(article, k) for k in three)):
        return "kinds"
    return None


def _another_period(total: Known, part: Known) -> bool:
    """The part's role names a period its total's does not hold ("exports reached X in
    October ... mineral exports came to A in October last year"; :func:`within`)."""
    if total.role is None or part.role is None:
        return False
    return not within(part.role.time, total.role.time)


def _line(article: Article, k: Known) -> str | None:
    """The kind of account line the figure is (:mod:`~aktobe_facts.text.linekinds`)."""
    return line_kind(article.text, k.placed.sentence[0], k.placed.figure.phrase.start)


_GAP = re.compile(
    r"\s*(?:more|less|higher|lower|fewer|greater|bigger|smaller)\s+than\b", re.IGNORECASE
)
"""After a figure: the gap between two others ("$95 million more than the plan", "$84.5 million
more than in the same period last year"), which the drafting rules read from the words; as a
part of a sum with other figures it fits by accident."""


_FROM = re.compile(r"\bfrom(?:\s+[a-z]+){0,3}\s*$")
_TO = re.compile(r"[^;]{0,40}?\bto\b(?:\s+[a-z]+){0,2}\s*", re.IGNORECASE)


def _ends(text: str, x: Known, y: Known) -> bool:
    """Whether the two figures are the ends of one change, "from X ... to Y", the next figure
    of the sentence after X ("from a total of US$8 billion in 2008 to US$1.8 billion in 2009"):
    their difference is the change the words give, if any, not a third figure that happens to
    fit."""
    p, q = x.placed, y.placed
    if p.sentence_index != q.sentence_index or q.index != p.index + 1:
        return False
    if _FROM.search(x.before) is None:
        return False
    start, end = p.figure.phrase.outer_end, q.figure.phrase.start
    return _TO.fullmatch(text, start, end) is not None


def _planned(k: Known) -> bool:
    """A plan's, target's or forecast's figure, by the words of its clause before it
    (:data:`~aktobe_facts.text.planwords.TO_COME`; never "budget" alone, which names the actual
    accounts as often as the plan)."""
    return TO_COME.search(k.before) is not None


_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|against|versus|vs\.?|(?<!realised\s)(?<!realized\s)"
    r"(?<!came\s)(?<!comes\s)(?<!derived\s)(?<!earned\s)(?<!received\s)(?<!collected\s)"
    r"(?<!generated\s)(?<!raised\s)(?<!obtained\s)from)\s*$"
)
_EARLIER_AFTER = re.compile(
    r"\s*+(?:,\s*+)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"in\s+the\s+(?:previous|prior|preceding)\s+(?:year|period|month|quarter)|"
    r"the\s+year\s+before)\b",
    re.IGNORECASE,
)


def earlier(text: str, k: Known) -> bool:
    """A comparison's earlier figure: by its flow's role, by a comparison's word right before it
    in its clause ("up from 460.6 billion rupees", "12 percent from", "against", "than"; never
    "realised from"), or by an earlier time right after it ("133.9 billion a year earlier"; not
    "to X from a year earlier", the time of a change's base)."""
    if k.role is not None and k.role.earlier:
        return True
    if _COMPARED_BEFORE.search(k.before):
        return True
    return _EARLIER_AFTER.match(text, k.placed.figure.phrase.outer_end) is not None


def _rate(article: Article, k: Known) -> bool:
    """A rate or an average (:func:`~aktobe_facts.text.suggestguards.rate`), not a figure of an
    earlier time ("P2.143 trillion a year earlier" is no rate "a year")."""
    if _EARLIER_AFTER.match(article.text, k.placed.figure.phrase.outer_end) is not None:
        return False
    return rate(article, k)


def _flow(k: Known, words: bool = False) -> str | None:
    """The flow a figure is of: its role's, else (``words``) the one flow its sentence names up
    to it."""
    if k.role is not None:
        return k.role.name
    return next(iter(k.flows)) if words and len(k.flows) == 1 else None


def _wrong_side(total: Known, a: Known, b: Known) -> bool:
    """A balance added to a flow on the wrong side: a deficit and an income (revenue, exports)
    make the outgo (spending, imports); a surplus and an outgo make the income ("revenues other
    than oil and gas totaled 5.5 trillion" is no deficit of 3.4 trillion and oil and gas revenue
    of 2.2 trillion). Where the roles do not name the parts' flows, or the total is a balance
    itself (a deficit of a primary deficit and interest), nothing is refused."""
    names = [_flow(a), _flow(b)]
    whole = _flow(total, words=True)
    if whole is None or whole in _BALANCES:
        return False
    for balance, flow in ((names[0], names[1]), (names[1], names[0])):
        if balance not in _BALANCES or flow in _BALANCES or flow is None:
            continue
        income, outgo = (flow, whole) if balance == "deficit" else (whole, flow)
        if _INCOME.get(income) is None or _INCOME.get(income) != _OUTGO.get(outgo):
            return True
    return False


def _suggestion(article: Article, total: Level, a: Level, b: Level, score: float) -> Suggestion:
    t = total.known
    x, y = sorted((a.known, b.known), key=lambda k: k.placed.figure.phrase.start)  # as printed
    relation = DraftRelation(
        "",
        "sum",
        {"total": t.id, "parts": [x.id, y.id], "exhaustive": True},
        joined(article, t, x, y),
    )
    why = (
        f"{shown(x)} + {shown(y)} = {shown(t)} to their printed precision "
        f"({_range(a.lo + b.lo, a.hi + b.hi)} against {_range(total.lo, total.hi)}), "
        f"{measure_words(t)}; the words do not state this sum, the figures agree: "
        f"{score:.2g} such agreements expected by chance in the article"
    )
    return Suggestion(relation, why, COINCIDE + score / 100)


def _range(lo: Fraction, hi: Fraction) -> str:
    return f"{number(lo)} to {number(hi)}"
