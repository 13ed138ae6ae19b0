"""A flow of a few months within the same flow of a longer span, for a draft (``kind = "sum"``,
not exhaustive): "In the first two months exports came to 13.8 billion ... In February exports
came to 7.0 billion"; "Exports reached 157.6 billion in the first half. June on its own brought
26.5 billion."

Two structures:

- a flow (:mod:`aktobe_facts.text.draftroles`: revenue, spending, exports, imports, trade
  turnover) whose words name a month, quarter or half inside the span of months another figure of
  the same flow, owner, plan and unit names, in the same year (both name it, or the part names
  none and stands in the whole's paragraph or the next with no other year between; "this year"
  is the latest year the article's figures lie in, unless a comparison's earlier figure is of
  it): the shorter
  spans are parts of the longer one, when no two of them overlap and no second figure of the
  flow names the whole's span (one total given twice leaves it to the editor);
- a sentence that opens on a month "alone" or "on its own" ("June on its own brought X", "In May
  alone, sales reached X"): its first amount of a unit (never an earlier value after "from",
  "against", "than") is a part of the one figure before it of that unit whose period holds that
  month (a comparison's earlier figure, a growth's base, is none), of the year the opening names,
  else of the latest year a figure of the article is of; the part of the whole's flow (one role,
  or the whole's noun, or no subject of its own), never another flow's figure.

Where the parts tile the whole exactly, :mod:`aktobe_facts.text.drafttiles` has drafted the
exhaustive sum before this rule, which then drafts nothing for that whole. A balance (a deficit or
a surplus) is never summed over months: its months may be of either sign.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date
from itertools import combinations

import msgspec

from aktobe_facts.text.draftarticle import Article, Placed, clause_of, tied
from aktobe_facts.text.draftcounts import measures_alike, stated_level
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.draftroles import NON_NEGATIVE, Role, roles
from aktobe_facts.text.drafttiles import one_flow, one_year, plain, unbroken
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike
from aktobe_facts.text.monthalone import ALONE
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.roletime import Time, read_time
from aktobe_facts.text.sentences import clause_start
from aktobe_facts.text.thisyear import EARLIER_GAP, compared, resolved

_BASES = ("base", "right")


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    found: list[DraftRelation] = []
    for whole, parts in [*_flows(article, named), *_alone(article, named, drafted)]:
        if _tied([*drafted, *found], whole, parts):
            continue
        quote = " … ".join(
            " ".join(clause_of(article.text, p).split())
            for p in sorted([whole, *parts], key=lambda p: p.figure.phrase.start)
        )
        found.append(sum_relation(whole, parts, False, quote))
    return found, []


def _flows(article: Article, named: dict[str, Role]) -> list[tuple[Placed, list[Placed]]]:
    """The flows of a span with the same flow's figures of months inside it."""
    named = resolved(article, named)  # "this year" as the article's own
    times = {p.figure.id: _time(p, r) for p in article.figures if (r := named.get(p.figure.id))}
    found: list[tuple[Placed, list[Placed]]] = []
    # the figures that may be a part, found once (each whole's tests of a figure alone)
    usable = [
        p
        for p in article.figures
        if (r := named.get(p.figure.id)) is not None and plain(r) and not _to_come(article.text, p)
    ]
    for whole in article.figures:
        role = named.get(whole.figure.id)
        if role is None or role.name not in NON_NEGATIVE or not plain(role):
            continue
        if _to_come(article.text, whole):
            continue
        span = times[whole.figure.id]
        if span.months is None or span.months[0] == span.months[1]:
            continue
        same = _same(usable, named, times, whole, role, span)
        if same is None:
            continue  # the whole given twice
        year = msgspec.structs.replace(role, time=span)
        parts = [
            p
            for p in same
            if _inside(times[p.figure.id].months, span.months)
            and one_year(times[p.figure.id], year)
            and (
                times[p.figure.id].year is not None
                or (
                    p.paragraph in (whole.paragraph, whole.paragraph + 1)
                    and unbroken(article.figures, whole, p, named)
                )
            )
        ]
        spans = [times[p.figure.id].months for p in parts]
        if parts and not any(_overlap(a, b) for a, b in combinations(spans, 2)):
            found.append((whole, parts))
    return found


def _same(
    usable: list[Placed],
    named: dict[str, Role],
    times: dict[str, Time],
    whole: Placed,
    role: Role,
    span: Time,
) -> list[Placed] | None:
    """The figures of the whole's flow, in order; None when one has the whole's period (the
    whole given twice), found at the first such figure, not after reading every other (one flow
    told in n sentences cost n * n)."""
    same: list[Placed] = []
    for p in usable:
        if p is not whole and alike(p, whole) and one_flow(named[p.figure.id], role):
            if times[p.figure.id] == span:
                return None
            same.append(p)
    return same


def _to_come(text: str, placed: Placed) -> bool:
    """The words of the figure's clause before it make it one to come ("In the first eight
    months, exports were on track to reach X for the year"): no flow reported, neither a whole
    nor a part of a span."""
    start = clause_start(text, placed.sentence[0], placed.figure.phrase.start)
    return TO_COME.search(text, start, placed.figure.phrase.start) is not None


def _time(placed: Placed, role: Role) -> Time:
    """A flow's period: the one the draft gave the figure, where it lies in one calendar year
    ("Revenue in May was A and revenue in June B": May for A), else the one its role's words
    name."""
    span = period_span(placed.figure.period)
    if span is None or span[0].year != span[1].year:
        return role.time
    return Time(str(span[0].year), (span[0].month, span[1].month), None)


def _inside(months: tuple[int, int] | None, span: tuple[int, int] | None) -> bool:
    """``months`` lie inside ``span`` and are shorter."""
    if months is None or span is None or months == span:
        return False
    return span[0] <= months[0] <= months[1] <= span[1]


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or not (a[1] < b[0] or b[1] < a[0])


def _alone(
    article: Article, named: dict[str, Role], drafted: Sequence[DraftRelation]
) -> list[tuple[Placed, list[Placed]]]:
    """ "June on its own brought X": X within the one figure before it that holds June."""
    text = article.text
    bases = {v for r in drafted for key in _BASES for v in _listed(r.fields.get(key))}
    spans = [s for p in article.figures if (s := period_span(p.figure.period)) is not None]
    latest = max((last.year for _, last in spans), default=None)
    found: list[tuple[Placed, list[Placed]]] = []
    for figures in article.sentences():
        cue = ALONE.match(text, figures[0].sentence[0])
        if cue is None:
            continue
        when = read_time(cue.group("when"))
        part = next(
            (
                p
                for p in figures
                if p.figure.phrase.start >= cue.end()
                and stated_level(p.figure)
                and not EARLIER_GAP.search(text, cue.end(), p.figure.phrase.start)
            ),
            None,
        )
        if part is None or when.months is None or _to_come(text, part):
            continue
        year = int(when.year) if when.year is not None else latest
        wholes = [
            w
            for w in article.figures
            if w.figure.phrase.start < part.sentence[0]
            and measures_alike(w, part)
            and w.figure.id not in bases
            and not compared(text, w)
            and not _earlier_role(named.get(w.figure.id))
            and not _to_come(text, w)
            and _holds(period_span(w.figure.period), when.months[0], year)
            and _one_subject(article, w, part, cue, named)
        ]
        if len(wholes) == 1:
            found.append((wholes[0], [part]))
    return found


def _one_subject(
    article: Article, whole: Placed, part: Placed, cue: re.Match[str], named: dict[str, Role]
) -> bool:
    """The part is of the whole's flow: both of one role, else the part's words before it name
    no subject ("June alone brought X", "they spent X") or one the whole's clause names
    ("shipments" after "the mine shipped"), or the month is the subject and its object names
    the whole's thing ("May on its own brought growth in garment exports, reaching X" after
    "exported X in garments"); never "imports" within exports, nor "the government borrowed"
    within a trade flow (a part of a flow within a whole of none: the whole's words name the
    part's flow). An aside of who said it ("the paper said,") is passed over."""
    mine, theirs = named.get(part.figure.id), named.get(whole.figure.id)
    if mine is not None and theirs is not None:
        return one_flow(mine, theirs)
    between = article.text[cue.end() : part.figure.phrase.start]
    between = between[aside.end() :] if (aside := _SAID.match(between)) else between
    words = re.findall(r"[a-z]+", between.lower())
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if mine is None and (not words or words[0] in _PRONOUNS or all(w in _LINKS for w in words[1:])):
        return True  # a verb alone, or a word that refers back
    said = re.findall(r"[a-z]+", clause_of(article.text, whole).lower())
    if any(_stem(words[0], w) for w in said):
        return True
    month_subject = not between.lstrip().startswith(",") and not re.match(
        r"\W*(?:in|for|during)\b", cue.group(0), re.IGNORECASE
    )
    return month_subject and any(_stem(w, x) for w in words[1:] if w not in _GENERIC for x in said)


_SAID = lazy(
    r"\W*(?:according\s+to\s+[^,]{1,40}|[a-z ]{1,40}?\b(?:said|says|reported|reports|showed|shows))\s*,",
    re.IGNORECASE,
)
"""An aside of who gives the figure, right after the month: ", the paper said,"."""
_ARTICLES = frozenset({"the", "a", "an"})
_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "this", "these"})
_LINKS = frozenset({"for", "to", "at", "about", "some", "nearly", "almost", "over", "around", "up"})
"""Words that may follow the verb of a part that names no subject ("accounted for about X")."""
_GENERIC = frozenset(
    {"percent", "million", "billion", "year", "years", "month", "months", "first", "half", "same"}
)
"""Words of a figure's own time and size, which name no thing."""


def _stem(a: str, b: str) -> bool:
    """Two words of one stem: their first four letters at least alike ("shipments", "shipped")."""
    return len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]


def _listed(value: object) -> list[str]:
    """The claim ids a relation's field names (one, or a list)."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _earlier_role(role: Role | None) -> bool:
    return role is not None and (role.earlier or role.plan or role.name not in NON_NEGATIVE)


def _holds(span: tuple[date, date] | None, month: int, at: int | None) -> bool:
    """The span holds the month of the year ``at`` and is longer than it."""
    if span is None or at is None:
        return False
    first, last = span
    begin = date(at, month, 1)
    end = date(at, month, calendar.monthrange(at, month)[1])
    return first <= begin and end <= last and (first, last) != (begin, end)


def _tied(drafted: Sequence[DraftRelation], whole: Placed, parts: list[Placed]) -> bool:
    """A sum drafted before ties the whole to one of the parts already."""
    ids = {p.figure.id for p in parts}
    return any(
        r.kind == "sum" and whole.figure.id in tied(r) and ids & set(tied(r)) for r in drafted
    )
