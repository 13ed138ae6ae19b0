"""Balances and totals of two flows, for a draft: a budget's deficit is its spending minus its
revenue and a surplus the revenue minus the spending; a trade deficit is imports minus exports, a
surplus exports minus imports, and trade turnover is exports plus imports.

The figures are found by their roles (:mod:`aktobe_facts.draftroles`): wholes (no "tax
revenues"), of one owner, unit, plan or report and period, none of them a comparison's earlier
figure. They are looked for in one sentence, then one paragraph, then two neighbouring paragraphs
("The deficit was X in January-May. Revenues came to Y ... expenditures amounted to Z"), then the
whole article. In a
window, a set whose figures all name one period is drafted when it shares no figure with another
such set; then a set of figures naming no period is drafted only when it is the window's only one.
Where two or more sets remain, the editor gets a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations, pairwise, product

import msgspec
from msgspec import Struct

from aktobe_facts.text import namedholder
from aktobe_facts.text.balanceholder import HOLDER_WORDS
from aktobe_facts.text.balancelevel import other_level
from aktobe_facts.text.datelines import MONTH_NAMES, Dateline, article_date, month_number
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftearlier import earlier_values, one_period_back
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import (
    BORDER,
    BUDGET,
    COVERAGE,
    NEIGHBOURS,
    TRADE,
    Role,
    roles,
    scope,
)
from aktobe_facts.text.figuretime import compared_time
from aktobe_facts.text.flowplace import beside_total, other_place
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.recalled import Recalled
from aktobe_facts.text.roletime import Time
from aktobe_facts.text.whose import HOLDERS

Members = tuple[Placed, Placed, Placed]


def _balance(members: Members, named: dict[str, Role]) -> DraftRelation:
    result, spent, earned = members  # a deficit: spending (or imports) - revenue (or exports)
    if named[result.figure.id].name == "surplus":
        spent, earned = earned, spent
    fields = {
        "result": result.figure.id,
        "minuend": spent.figure.id,
        "subtrahend": earned.figure.id,
    }
    return DraftRelation("", "difference", fields)


def _turnover(members: Members, named: dict[str, Role]) -> DraftRelation:
    total, exports, imports = members
    parts = [exports.figure.id, imports.figure.id]
    return DraftRelation("", "sum", {"total": total.figure.id, "parts": parts, "exhaustive": True})


class Frame(Struct, frozen=True):
    family: str
    results: tuple[str, ...]  # the roles of the first figure
    first: str  # the role of the second
    second: str  # the role of the third
    build: Callable[[Members, dict[str, Role]], DraftRelation]
    what: str  # for a note
    parts: tuple[frozenset[str | None], str | None, str | None] = (frozenset({None}), None, None)
    """The part each figure's words make it: none (the whole flows), or a revenue deficit of
    current spending ("The revenue deficit, the gap in the current budget")."""
    partnered: bool = False
    """The three figures are of one partner instead (:func:`~aktobe_facts.text.draftroles.scope`):
    "Trade with Ruritania", "exports to Ruritania", "imports from Ruritania"; "border trade" and
    the flows "to neighbouring countries"."""


FRAMES = (
    Frame(BUDGET, ("deficit", "surplus"), "spending", "revenue", _balance, "spending - revenue"),
    Frame(TRADE, ("deficit", "surplus"), "imports", "exports", _balance, "imports - exports"),
    Frame(TRADE, ("turnover",), "exports", "imports", _turnover, "exports + imports"),
    Frame(
        BUDGET,
        ("deficit", "surplus"),
        "spending",
        "revenue",
        _balance,
        "current spending - revenue",
        (frozenset({"revenue", "current"}), "current", None),
    ),
    Frame(
        TRADE,
        ("deficit", "surplus"),
        "imports",
        "exports",
        _balance,
        "imports - exports",
        partnered=True,
    ),
    Frame(
        TRADE, ("turnover",), "exports", "imports", _turnover, "exports + imports", partnered=True
    ),
)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    twins = _twins(drafted)
    before = earlier_values(article, named)
    beside = beside_total(article, named)
    found: list[DraftRelation] = []
    notes: list[str] = []
    for frame in FRAMES:
        used: set[str] = set(beside)
        doubtful: set[str] = set()
        for window, whole in _windows(article):
            made, doubt = _solve(frame, article, window, named, used, whole)
            made = [
                m
                for m in made
                if not _either_value(m, named, before)
                and not _base_of_result(article.text, m, named, before)
            ]
            made += [e for m in made if (e := _earlier(m, article, named, before, used))]
            for members in made:
                for p in members:
                    used.update(twins.get(p.figure.id, [p.figure.id]))
                relation = _quoted(frame.build(members, named), article, members, named)
                found.append(_first_twins(relation, twins))
            for members in doubt:
                doubtful.add(members[0].figure.id)
        for result in sorted(doubtful - used):
            notes.append(
                f"{result} may be {frame.what} of figures around it: more than one set fits, so "
                f'the draft relates none; add a [[relation]] kind = "difference" or "sum" if the '
                "article means one"
            )
    return found, notes


def _earlier(
    members: Members,
    article: Article,
    named: dict[str, Role],
    before: dict[str, tuple[str, Time]],
    used: set[str],
) -> Members | None:
    """The balance's three figures a year (or period) before, each its figure's earlier value in
    its own sentence ("up from ... a year earlier"; :mod:`aktobe_facts.text.draftearlier`), when
    all three have one, none is used and the periods their words name fit. Their roles are added
    to ``named``: the current figures', earlier."""
    if not all(p.figure.id in before for p in members):
        return None
    earlier = [before[p.figure.id] for p in members]
    ids = {figure for figure, _ in earlier}
    times = [time for _, time in earlier]
    if len(ids) < 3 or ids & used or not all(a.fits(b) for a, b in combinations(times, 2)):
        return None
    pairs = [(p.figure.id, figure) for p, (figure, _) in zip(members, earlier, strict=True)]
    if not one_period_back(article, pairs):
        return None  # "two years earlier" or "in the first half of 2030" among "a year earlier"
    placed = {p.figure.id: p for p in article.figures}
    for current, (figure, time) in zip(members, earlier, strict=True):
        start = placed[figure].figure.phrase.start
        role = named[current.figure.id]
        named[figure] = msgspec.structs.replace(role, time=time, earlier=True, start=start)
    result, spent, earned = (placed[figure] for figure, _ in earlier)
    return result, spent, earned


def _either_value(
    members: Members, named: dict[str, Role], before: dict[str, tuple[str, Time]]
) -> bool:
    """The result names no period and its sentence gives its earlier value too ("the trade
    deficit fell to X from Y"), while the flows after it name a period of their own ("The
    country's exports and imports were A and B, respectively in November 2014"): the flows may be
    X's or Y's, and the words do not say which. Flows before the result, naming the period it then
    sums up ("Cumulatively, exports for the first eight months ... The trade deficit was X against
    Y"), are X's."""
    first, *flows = members
    if first.figure.id not in before or named[first.figure.id].time.named:
        return False
    start = first.figure.phrase.start
    return all(named[p.figure.id].time.named and p.figure.phrase.start > start for p in flows)


def _base_of_result(
    text: str, members: Members, named: dict[str, Role], before: dict[str, tuple[str, Time]]
) -> bool:
    """A flow that names no period of its own is compared with a value of the result's very
    period, its earlier value or the words of a comparison after it in its sentence ("Revenue came
    to A, up from C in 2029", "Revenue and spending came to A and B, against C and D in 2029. The
    deficit was X in 2029"): the flow is of a later period than the result, never one of its."""
    result = named[members[0].figure.id].time
    if result.year is None:
        return False
    for p in members[1:]:
        if named[p.figure.id].time.named:
            continue
        times = [compared_time(text, p.figure.phrase.outer_end, p.sentence[1])]
        if p.figure.id in before:
            times.append(before[p.figure.id][1])
        if any((t.year, t.months) == (result.year, result.months) for t in times):
            return True
    return False


def _twins(drafted: Sequence[DraftRelation]) -> dict[str, list[str]]:
    """The claims an ``equal`` relation drafted before ties, first to last, by each of their ids
    (one deficit given twice: either is the balance, and the relation names the first)."""
    twins: dict[str, list[str]] = {}
    for relation in drafted:
        claims = relation.fields.get("claims")
        if relation.kind == "equal" and isinstance(claims, list):
            for claim in claims:
                twins[claim] = list(claims)
    return twins


def _first_twins(relation: DraftRelation, twins: dict[str, list[str]]) -> DraftRelation:
    fields = {
        k: twins[v][0] if isinstance(v, str) and v in twins else v
        for k, v in relation.fields.items()
    }
    return msgspec.structs.replace(relation, fields=fields)


def _windows(article: Article) -> Iterator[tuple[list[Placed], bool]]:
    """The article's sentences, then its paragraphs, then each two neighbouring paragraphs, then
    the whole article (a deficit in the lead, revenue and spending paragraphs further on: drafted
    only where one set fits in all of it)."""
    paragraphs = article.paragraphs()
    for sentence in article.sentences():
        yield sentence, False
    for paragraph in paragraphs.values():
        yield paragraph, False
    numbers = sorted(paragraphs)
    for a, b in pairwise(numbers):
        if b == a + 1:
            yield paragraphs[a] + paragraphs[b], False
    yield list(article.figures), True


def _fits(frame: Frame, role: Role, wanted: tuple[str, ...], parts: frozenset[str | None]) -> bool:
    return (
        role.name in wanted
        and (_partnered(role) if frame.partnered else role.part in parts)
        and (role.family is None or role.family == frame.family)
        and not role.earlier
    )


def _partnered(role: Role) -> bool:
    """The flow is of one partner and nothing else: "exports to China", never "coal exports to
    China" (a product's) nor "exports" (all partners')."""
    return scope(role) is not None and role.part in (role.partner, "border")


_BORDER_NAMED = re.compile(r"\bborder(?:ing)?\s+(?:countries|states|nations|economies)\b", re.I)
_OF_TOTAL = re.compile(r"\s+of\s+the\s+total\b", re.IGNORECASE)


def _one_scope(text: str, members: Members, named: dict[str, Role]) -> bool:
    """The three flows are of one partner; "border trade" (:data:`BORDER`) joins the flows with
    the neighbours only where each says it is that trade: "imports from the border countries", or
    "made up X of the total" after the total; never "exports to neighbouring countries" alone,
    which may go by sea."""
    scopes = {scope(named[p.figure.id]) for p in members}
    if len(scopes) == 1:
        return True
    if scopes != {BORDER, NEIGHBOURS}:
        return False
    for p in members:
        if scope(named[p.figure.id]) != NEIGHBOURS:
            continue
        phrase = p.figure.phrase
        before = re.split(r"\d", text[p.sentence[0] : phrase.start])[-1]
        if not _BORDER_NAMED.search(before) and not _OF_TOTAL.match(text, phrase.outer_end):
            return False
    return True


def _together(members: Members, named: dict[str, Role], dated: Dateline | None) -> bool:
    """One unit, owner, plan or report and period for all three (two possessives that name no one
    owner, :func:`~aktobe_facts.text.whose.whose`, are two owners', and so is a holder of its own
    named after a flow that names none: :func:`_new_holder`); where one covers services alone
    (:data:`~aktobe_facts.text.draftroles.COVERAGE`), all do (a flow that names no coverage is
    goods, or goods and services, as a rule)."""
    units = {p.figure.phrase.stated.unit.key for p in members if p.figure.phrase.stated.unit}
    if len(units) != 1 or len({p.figure.id for p in members}) != 3:
        return False
    rs = [named[p.figure.id] for p in members]
    for a, b in ((0, 1), (0, 2), (1, 2)):
        x, y = rs[a], rs[b]
        if x.owner and y.owner and x.owner != y.owner:
            return False
        if x.whose and y.whose and not x.whose & y.whose:
            return False  # "Kazakhstan's exports ... Uzbekistan's trade deficit": two countries'
        if _new_holder(x, y) or _new_holder(y, x):
            return False  # "Revenue ... spending ... The pension fund's deficit": the fund's
        cx, cy = x.owner & COVERAGE, y.owner & COVERAGE
        if cx != cy and {"services"} in (cx, cy):
            return False  # "turnover in services" and exports that name none (goods, as a rule)
        if x.plan != y.plan or not x.time.fits(y.time):
            return False
    return len({year for r in rs if (year := _year(r.time, dated)) is not None}) <= 1


_LOWER = HOLDER_WORDS | HOLDERS


def _new_holder(x: Role, y: Role) -> bool:
    """``x`` names a holder of its own, a lower budget or a fund, as its possessor or a verb's subject
    ("The regions posted a deficit", "the pension fund's deficit"), after ``y`` named none: a new
    subject, no holder of the flows before it. Named first ("The region's budget deficit was X.
    Revenue for the half ..."), the holder is the article's and the flows after it are its own."""
    return bool(x.whose & _LOWER) and not (y.owner | y.whose) and x.start > y.start


def _year(time: Time, dated: Dateline | None) -> int | None:
    """The year a figure's words name, or that of a month they name with no year in a dated
    article: the dateline's, or the year before for a month after the dateline's ("exports ...
    in June" in an article dated July 2015 are June 2015's, never "In June 2014 the surplus"); a
    span of months is the year before's where it ends after the dateline's month ("the
    January-November period" in an article dated January 2020 is 2019's)."""
    if time.year is not None:
        return int(time.year) if time.year.isdigit() else None
    if time.months is None or time.relative is not None or time.dates or dated is None:
        return None
    later = dated.month is not None and time.months[1] > dated.month  # a span's end: not yet come
    return dated.year - 1 if later else dated.year


def _named(members: Members, named: dict[str, Role]) -> bool:
    """All three name one period."""
    rs = [named[p.figure.id] for p in members]
    return all(rs[a].time.same(rs[b].time) for a, b in ((0, 1), (0, 2), (1, 2)))


WHOLE_SETS = 64
"""At most this many candidate sets in the whole article: more leave no one set to draft (and
trying each of them made an article of many balances cubic)."""


def _solve(
    frame: Frame,
    article: Article,
    window: list[Placed],
    named: dict[str, Role],
    used: set[str],
    whole: bool,
) -> tuple[list[Members], list[Members]]:
    """The sets of the window drafted, and those left in doubt (``whole``: the window is the
    whole article)."""

    kept: list[Recalled] = []  # the window's, made for the first figure that fits

    def is_recalled(p: Placed) -> bool:
        if not kept:
            kept.append(Recalled(article.text, window))
        return kept[0](p)

    def candidates(wanted: tuple[str, ...], parts: frozenset[str | None]) -> list[Placed]:
        return [
            p
            for p in window
            if p.figure.id in named
            and p.figure.id not in used
            and _fits(frame, named[p.figure.id], wanted, parts)
            and not is_recalled(p)
        ]

    results, first, second = frame.parts
    lists = (
        candidates(frame.results, results),
        candidates((frame.first,), frozenset({first})),
        candidates((frame.second,), frozenset({second})),
    )
    if whole and len(lists[0]) * len(lists[1]) * len(lists[2]) > WHOLE_SETS:
        return [], []
    dated = article_date(article.text)
    sets: list[Members] = [
        m
        for m in product(*lists)
        if _together(m, named, dated)
        and (not frame.partnered or _one_scope(article.text, m, named))
        and not other_place(article.text, m, named)
        and not namedholder.apart(article.text, m, named)
        and not other_level(article.text, m, named)
    ]
    made: list[Members] = []
    certain = [m for m in sets if _named(m, named)]
    for m in certain:
        ids = {p.figure.id for p in m}
        if all(other is m or not ids & {p.figure.id for p in other} for other in certain):
            made.append(m)
    taken = {p.figure.id for m in made for p in m}
    rest = [m for m in sets if not taken & {p.figure.id for p in m}]
    by_unit: dict[object, list[Members]] = {}
    for m in rest:  # sets in two currencies share no figure: each unit's one set is certain
        by_unit.setdefault(_unit(m), []).append(m)
    alone = [group[0] for group in by_unit.values() if len(group) == 1]
    # the guards after the count: a set they leave alone is no more certain than before (a
    # deficit "together" of two months is no February's for February being named last before it)
    drafted = [
        m
        for m in (*made, *alone)
        if _one_period(article, m, named)
        and not _two_months(frame, article, m, named)
        and not _month_past_flows(frame, article, m, named)
        and not _flows_of_two_periods(article, m, named)
    ]
    return drafted, [m for group in by_unit.values() if len(group) > 1 for m in group]


_ON_MONTH = re.compile(rf"\s*(?:In|For|During)\s+(?i:{MONTH_NAMES})\b")


def _two_months(frame: Frame, article: Article, members: Members, named: dict[str, Role]) -> bool:
    """The result's sentence opens on its month, a result of the frame's (a balance, a turnover)
    before it names another month, and the flows that name no month stand in a later paragraph:
    "The deficit widened to X in July ... In June, the deficit stood at Y.  (new paragraph)
    Exports rose to A, imports to B" (the flows may be the lead's month's or the aside's, and the
    words do not say which)."""
    first, *flows = members
    result = named[first.figure.id]
    if result.time.months is None or not _ON_MONTH.match(
        article.text, first.sentence[0], first.figure.phrase.start
    ):
        return False
    loose = [p for p in flows if named[p.figure.id].time.months is None]
    if not loose or any(p.paragraph <= first.paragraph for p in loose):
        return False
    return any(
        role.name in frame.results
        and not role.earlier
        and role.part == result.part
        and role.start < result.start
        and role.time.months is not None
        and role.time.months != result.time.months
        for figure, role in named.items()
        if figure != first.figure.id
    )


def _month_past_flows(
    frame: Frame, article: Article, members: Members, named: dict[str, Role]
) -> bool:
    """The result's sentence opens on its month, the flows that name no month stand in an earlier
    paragraph, and another result of the frame stands between them: "Exports reached A in the
    week and imports B.  (new paragraph) So far this year the surplus was X ...  (new paragraph)
    In April, the surplus totalled Y". A month a sentence opens on is the period of what follows
    it, never of flows before it, and the flows' own period is the one of the words around them
    (the week's), which the other result's paragraph has closed."""
    first, *flows = members
    result = named[first.figure.id]
    if result.time.months is None or not _ON_MONTH.match(
        article.text, first.sentence[0], first.figure.phrase.start
    ):
        return False
    loose = [p for p in flows if named[p.figure.id].time.months is None]
    if not loose or any(p.paragraph >= first.paragraph for p in loose):
        return False
    after = max(p.figure.phrase.start for p in loose)
    return any(
        role.name in frame.results and not role.earlier and after < role.start < result.start
        for figure, role in named.items()
        if figure != first.figure.id
    )


_RELATIVE_PERIOD = re.compile(
    r"\b(?:this|last|next|previous|current|past|coming)\s+(?:month|quarter|week|year|half)\b",
    re.IGNORECASE,
)
_PAIRED_PERIODS = re.compile(
    r"(?P<own>[^,;.]{0,80}?)[,;]?\s+(?:and|while|whereas|but)\b(?P<other>[^;]*)", re.IGNORECASE
)
"""After the last flow in its sentence: the flows' own period, then a clause of their own kind."""


def _flows_of_two_periods(article: Article, members: Members, named: dict[str, Role]) -> bool:
    """The result names no period, and the flows' sentence gives them for one period named
    relatively, then further figures of their unit for another: "Exports and imports rose to A
    and B respectively last month, and to C and D this month. The trade surplus was X" (last
    month's flows or this month's: the words do not say which). A result whose sentence names the
    flows' own period ("The surplus was X last month") is theirs."""
    first, *flows = members
    if named[first.figure.id].time.named:
        return False
    last = max(flows, key=lambda p: p.figure.phrase.start)
    if any(p.sentence != last.sentence for p in flows):
        return False
    text = article.text
    pair = _PAIRED_PERIODS.match(text, last.figure.phrase.outer_end, last.sentence[1])
    if pair is None:
        return False
    own, other = (
        _RELATIVE_PERIOD.search(pair.group("own")),
        _RELATIVE_PERIOD.search(pair.group("other")),
    )
    unit = last.figure.phrase.stated.unit
    more = any(
        p.sentence == last.sentence
        and p.figure.phrase.start >= pair.start("other")
        and p.figure.phrase.stated.unit is not None
        and unit is not None
        and p.figure.phrase.stated.unit.key == unit.key
        for p in article.figures
    )
    if own is None or other is None or own.group(0).lower() == other.group(0).lower():
        return False
    said = text[first.sentence[0] : first.sentence[1]].lower()  # "The surplus was X last month"
    return more and " ".join(own.group(0).lower().split()) not in " ".join(said.split())


_OPENS_ON_MONTH = lazy(
    rf"(?:^|[.!?]\s+)(?:In|For|During)\s+((?i:{MONTH_NAMES}))\b"
    rf"(?!\.?\s*(?:and|to|through|till|until|-|–|—)\s*(?i:{MONTH_NAMES})\b)",
    re.MULTILINE,
)
"""A sentence that opens on a month ("In February exports rose ..."): the figures after it are
that month's, whatever their own words name."""


def _one_period(article: Article, members: Members, named: dict[str, Role]) -> bool:
    """No context of another period stands between the three figures: the one the article's
    words last set (:func:`~aktobe_facts.text.periodcontext.one_context`), nor a sentence that
    opens on another month (:func:`_period_turns`)."""
    return one_context(article, *members) and not _period_turns(article.text, members, named)


def _period_turns(text: str, members: Members, named: dict[str, Role]) -> bool:
    """A sentence opening on another month stands between the three figures, one of which names
    no period of its own ("... in January 2015 ... In February exports rose ... The trade deficit
    ($277.8 million) fell": the deficit is February's, never January's flows' gap); or a sentence
    opening on a month a flow names stands after the result and a figure that name none ("...,
    resulting in a trade surplus of X during the period. In October, exports rose to A": the
    surplus is no October's; a result of the month after flows naming none may be theirs)."""
    times = [named[p.figure.id].time for p in members]
    if all(t.named for t in times):
        return False
    starts = sorted(p.figure.phrase.start for p in members)
    for m in _OPENS_ON_MONTH.finditer(text, starts[0], starts[-1]):
        month = month_number(m.group(1))
        of_month = [
            p.figure.phrase.start
            for p, t in zip(members, times, strict=True)
            if t.months and t.months[0] <= month <= t.months[1]
        ]
        if not of_month:
            return True
        loose = [p.figure.phrase.start for p, t in zip(members, times, strict=True) if not t.named]
        result_before = members[0].figure.phrase.start < m.start()
        if result_before and any(s < m.start() for s in loose) and min(of_month) > m.start():
            return True  # "..., a surplus of X during the period. In October, exports rose to A"
    return False


def _unit(members: Members) -> object:
    stated = members[0].figure.phrase.stated
    return None if stated.unit is None else stated.unit.key


def _quoted(
    relation: DraftRelation, article: Article, members: Members, named: dict[str, Role]
) -> DraftRelation:
    """The relation with a quote: the words of each figure, from its role's word to its end."""
    text = article.text
    spans = sorted((named[p.figure.id].start, p.figure.phrase.outer_end) for p in members)
    if len({p.sentence_index for p in members}) == 1:
        quote = text[spans[0][0] : max(b for _, b in spans)]
    else:
        quote = " … ".join(text[a:b] for a, b in spans)
    return msgspec.structs.replace(relation, quote=" ".join(quote.split()))
