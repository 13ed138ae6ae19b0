"""Drafted identities lifted to the base period through the growths of their figures, for a draft
(``kind = "equation"``).

A trade balance is exports minus imports in every period, so where the draft has tied "a surplus
of X" to "exports of E" and "imports of I" (a ``difference``) and each of the three has a growth
on the same base period, the base values obey the same identity: ``X / ("100 percent" + gX) = E
/ ("100 percent" + gE) - I / ("100 percent" + gI)``. That is what catches a wrong growth rate,
and a careful editor writes it. The same holds for a turnover (exports plus imports) and for any
sum of parts the words make exhaustive (a ``sum`` with ``exhaustive``); a part within its whole (a
``sum`` of some parts: "of which", a month within its quarter) lifts to an order, the base parts
at most the base whole. A figure whose growth states its base ("up from Y", "against Y") takes
that figure, however its growth is bounded ("down by over 23%"); where every figure's base is
stated, the identity is drafted on them alone unless a rule tied them already.

Lifted only where every figure of the relation has exactly one drafted growth (or is drafted
``equal`` to a figure that has one), every growth is a percent of change read as stated (never
"in real terms", "seasonally adjusted", "at an annual rate"; one "in volume" is no growth of
the value: :mod:`aktobe_facts.text.draftgrowth`), and the words
leave one base period for all of them: no growth's sentence names a base of another kind ("month
on month", "the previous quarter", "a month earlier") or two bases, and the bases they name are
one ("year on year", "from a year earlier" and "the same months of 2022" for a figure of 2023
are one); a growth whose words name no base takes that of the sentences before it in its
paragraph, and none at all is taken as the others'. A growth above 100 percent is lifted only where its
words name the change and its figures are in no currency of an economy whose statistics publish
indices (:mod:`aktobe_facts.text.draftindex`); in such a currency every growth must name its
change. A growth that may reach -100 percent (a bound, "fell more than 20 percent") is none.

The lifted relation is written over the stated claims, so each figure keeps its stated interval
(a growth given as a range or a bound stays one) and the check fails only when no values inside
them satisfy it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from msgspec import Struct

from aktobe_facts.reading.numbers import Terms
from aktobe_facts.reading.periods import PeriodError, canonical, parse_period, year_earlier
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.draftarticle import paragraphs
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, is_percent
from aktobe_facts.text.draftindex import INDEX_CURRENCIES
from aktobe_facts.text.draftwords import names_the_change
from aktobe_facts.text.roletime import MONTH

HUNDRED = '"100 percent"'

YEAR = "year"
OTHER = "other"
PERIOD = "period "
SAME = "same period "
Tag = str | None
"""The base a growth's words name: :data:`YEAR` (the same period a year before), :data:`OTHER`
(a base of another kind, or two), ``"period 2022-01"`` (a period named as the base; :data:`SAME`
where its words are those of the same period of that year: "the same half of 2008"), or None."""

_MONTH = rf"(?:{MONTH})"
_OTHER = re.compile(
    r"\b(?:(?:month|quarter|half|week)[\s-]+(?:on|over|to)[\s-]+(?:month|quarter|half|week)|"
    r"m-o-m|m/m|mom|q-o-q|q/q|qoq|h/h|w/w|"
    r"(?:previous|preceding|prior|last)\s+(?:month|quarter|half|week|day)|"
    r"(?:a|one|the)\s+(?:month|quarter|week|day)\s+(?:earlier|ago|before)|sequential(?:ly)?|"
    r"on\s+the\s+(?:month|quarter|week)|annuali[sz]ed|seasonally[\s-]+adjusted|annual\s+rate|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+years?\s+"
    r"(?:earlier|ago|before|prior|back)|(?:before|pre)[\s-]+(?:the\s+)?(?:pandemic|covid|crisis)|"
    r"(?:over|across|within|in\s+the\s+(?:past|last))\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years|quarters|months|decades)|"
    r"on\s+an?\s+(?:monthly|quarterly|weekly)\s+basis|"
    rf"after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_MONTH}\b(?!\s*,?\s*(?:of\s+|in\s+)?\d{{4}})|"
    r"(?:on|over|against|versus|vs\.?|than|compared\s+(?:to|with)|from)\s+(?:the\s+)?"
    rf"(?:month\s+of\s+)?{_MONTH}\b"
    r"(?!\s*,?\s*(?:of\s+|in\s+)?(?:\d{4}|(?:last|the\s+previous|the\s+prior)\s+year\b))"
    rf"(?!\s*(?:to|through|until|till|and|[-–—])\s*(?:{_MONTH}|\d{{4}})))",
    re.IGNORECASE,
)
"""Words of a base other than the same period a year before, and a month named as the base with
no year ("up 1.2 percent on May", "after a weak February")."""
_YEAR = re.compile(
    r"\b(?:year[\s-]+(?:on|over|to)[\s-]+year|y-o-y|yoy|y/y|"
    r"(?:a|one|the)\s+year\s+(?:earlier|ago|before)|"
    r"year[\s-]+(?:ago|earlier)\s+(?:period|months?|quarter|half|level)|"
    r"(?:last|previous|prior|preceding)\s+year|(?:same|corresponding|like)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:period|months?|quarter|half|time|season|weeks?|days)|on\s+an?\s+(?:annual|yearly)\s+basis)"
    r"\b",
    re.IGNORECASE,
)
"""Words of the same period a year before: "year on year", "from a year earlier", "on the same
months of 2022", "compared to last year"."""
_SAME = re.compile(
    r"\b(?:same|corresponding|like)\s+(?:[\w-]+\s+){0,3}?(?:period|months?|quarter|half|weeks?)"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:year\s+)?$",
    re.IGNORECASE,
)
"""Right before a period named as the base, the words of the same period of that year."""
_CUE = re.compile(
    r"\b(?:from|since|over(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:period|year|months?|half)\b)|"
    r"against|versus|vs\.?|than|compared\s+(?:to|with)|"
    r"(?:in\s+)?comparison\s+(?:to|with)|relative\s+to)(?=\s)|(?:%|\bpercent|\bper\s+cent)\s+on\b",
    re.IGNORECASE,
)
"""Words that introduce a base: what follows them must be read (a figure, a period, the year
before, or a base of another kind), or the growth's base is not certain; "over the period",
"over the first two months" is the span of the change, no base ("over five years" is one of
another kind: :data:`_OTHER`)."""
_NAME = re.compile(rf"\s+(?:the\s+)?(?!{_MONTH}\b)(?-i:[A-Z][A-Za-z])", re.IGNORECASE)
"""A name right after "from" or "since": a source ("exports from China"), no base."""
_TIME = re.compile(
    r"\b(?:quarters?|months?|half|halves|weeks?|seasons?|periods?|years?|decades?)\b", re.IGNORECASE
)
"""A word of time, which a base's words must read: a period, or the year before."""
_CLAUSE_END = re.compile(r"[,;:()]|\b(?:and|while|whereas|but)\b", re.IGNORECASE)
_OTHER_TERMS = re.compile(
    r"\bin\s+(?:[\w-]+\s+){1,2}?terms\b|\bmeasured\s+(?:in|by)\b|"
    r"\bin\s+(?:physical|volume|quantity|tonnage|tonnes|tons|barrels|units|kind)\b|"
    r"\bby\s+(?:volume|weight|tonnage)\b|"
    r"\bat\s+(?:constant|current|comparable|fixed|today's)\s+(?:exchange\s+rates?|prices|rates?)\b|"
    r"\bin\s+(?:local|national|domestic)[\s-]+currency\b|\bforecasts?\b|\bexpect(?:s|ed)?\b|"
    r"\bproject(?:s|ed|ions?)\b|\bpredict(?:s|ed)?\b|\bestimated\s+to\b|\bset\s+to\b|"
    r"\b(?:will|would|could|might|should)\b|\bplan(?:s|ned)?\s+to\b|\btarget(?:s|ed)?\b",
    re.IGNORECASE,
)
"""A sentence whose growths may be in other terms than its figures' ("in local-currency terms",
"measured in tonnes", "at current exchange rates") or of figures not yet known (a forecast, a
target): its growths are lifted through none."""


class Base(Struct, frozen=True):
    """A figure's value in the base period, as an expression over claims, with the growth it
    comes from and the base its words name."""

    expr: str
    growth: str
    tag: Tag
    period: str | None  # the figure's, or its growth's
    own: bool  # the base is named in the growth's own words, not its sentence's or paragraph's
    hidden: bool  # the base value is not stated: the figure over its growth's factor
    said: str


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The drafted sums and differences lifted to the base period of their figures' growths."""
    bases = _bases(text, sentences, drafted)
    found: list[DraftRelation] = []
    seen: set[str] = set()
    for relation in drafted:
        made = _lifted(relation, bases, drafted)
        if made is not None and made.fields["expr"] not in seen:
            seen.add(str(made.fields["expr"]))
            found.append(made)
    return found


def _lifted(
    relation: DraftRelation, bases: dict[str, Base], drafted: Sequence[DraftRelation]
) -> DraftRelation | None:
    fields = relation.fields
    if relation.kind == "difference":
        left = [fields.get("result")]
        right = [fields.get("minuend"), fields.get("subtrahend")]
        rel, signs = "=", ["", "-"]
    elif relation.kind == "sum":
        parts = fields.get("parts")
        left = [fields.get("total")]
        right = list(parts) if isinstance(parts, list) else [None]
        rel = "=" if fields.get("exhaustive") is True else ">="
        signs = [""] + ["+"] * (len(right) - 1)
    else:
        return None
    members = [m for m in (*left, *right) if isinstance(m, str)]
    if len(members) != len(left) + len(right) or len(set(members)) < len(members):
        return None
    if not all(m in bases for m in members):
        return None
    lifted = [bases[m] for m in members]
    period = next((b.period for b in lifted if b.period is not None), None)
    tags = [_period_tag(b.tag, b.period or period) for b in lifted]
    own = [b.own for b in lifted]
    if not _one_base(tags, own, period is not None):
        return None
    if not any(b.hidden for b in lifted) and _tied(relation.kind, members, bases, drafted):
        return None  # every base stated and already tied by a rule that reads them
    lhs = bases[members[0]].expr
    rhs = " ".join(
        f"{sign} {bases[m].expr}".strip() for sign, m in zip(signs, members[1:], strict=True)
    )
    said = " … ".join(dict.fromkeys(b.said for b in lifted))
    return DraftRelation("", "equation", {"expr": f"{lhs} {rel} {rhs}"}, said)


def _tied(
    kind: str, members: list[str], bases: dict[str, Base], drafted: Sequence[DraftRelation]
) -> bool:
    """A relation of ``kind`` already ties the stated bases of ``members``."""
    wanted = {bases[m].expr for m in members}
    for relation in drafted:
        if relation.kind != kind:
            continue
        tied: set[str] = set()
        for value in relation.fields.values():
            if isinstance(value, str):
                tied.add(value)
            elif isinstance(value, list):
                tied.update(value)
        if wanted <= tied:
            return True
    return False


def _one_base(tags: list[Tag], own: list[bool], dated: bool) -> bool:
    """The growths' words leave one base for all: none of another kind, one named at most; a
    period named that is not the year before (or, of figures of no period, may not be) is every
    growth's, and where it is certainly not (``dated``) each growth names it in its own words."""
    named = {t for t in tags if t is not None}
    if OTHER in named or len({t.replace(SAME, PERIOD) for t in named}) > 1:
        return False
    if named <= {YEAR}:
        return True
    if dated:
        return all(own)
    # of figures of no period: "the same half of 2008" may be taken by a growth that names none
    return None not in tags or all(t.startswith(SAME) for t in named)


def _bases(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> dict[str, Base]:
    """The base value of each figure with exactly one drafted growth that may be lifted, and of
    the figures drafted ``equal`` to it that have none."""
    where = {f.id: (f, k) for k, s in enumerate(sentences) for f in s.figures}
    starts = paragraphs(text)
    paragraph = [bisect_right(starts, s.span[0]) for s in sentences]
    earlier = _Earlier(text, sentences, paragraph)
    growths: dict[str, list[DraftRelation]] = {}
    for relation in drafted:
        current = relation.fields.get("current")
        if relation.kind in ("growth", "change") and isinstance(current, str):
            growths.setdefault(current, []).append(relation)
    found: dict[str, Base] = {}
    for current, tied in growths.items():
        made = [b for b in (_base(text, sentences, earlier, where, r) for r in tied) if b]
        if len(tied) > 1:  # "up 1.2 percent on May and 17.3 percent on June of last year"
            named = [b for b in made if b.tag not in (None, OTHER)]
            # a growth named month on month beside one that names no base: the latter's is the
            # paragraph's ("rose 20.6 percent to X. ... X dropped by 10.5 percent month on month")
            made = named or [b for b in made if b.tag is None]
        if len(made) == 1:
            found[current] = made[0]
    for relation in drafted:
        claims = relation.fields.get("claims")
        if relation.kind != "equal" or not isinstance(claims, list):
            continue
        known = [found[c] for c in claims if c in found]
        if len(known) == 1:
            for c in claims:
                found.setdefault(c, known[0])
    return found


def _base(
    text: str,
    sentences: Sequence[Sentence],
    earlier: _Earlier,
    where: dict[str, tuple[Figure, int]],
    relation: DraftRelation,
) -> Base | None:
    """The base value a drafted growth (or a change's percent) gives its figure, if it may be
    lifted."""
    fields = relation.fields
    current, base = fields.get("current"), fields.get("base")
    growth = fields.get("growth" if relation.kind == "growth" else "percent")
    if not isinstance(current, str) or current not in where or fields.get("real"):
        return None
    if not isinstance(growth, str) or growth not in where or not is_percent(where[growth][0]):
        return None
    x = where[current][0]
    by, k = where[growth]
    # a change's fall written with no sign of its own (its direction "fall")
    minus = fields.get("direction") == "fall" and by.phrase.stated.value > 0
    stated = isinstance(base, str)
    if not _liftable(text, sentences[k], by, x, minus, stated):
        return None
    tag, own = _tag(text, sentences, earlier, k, by)
    period = x.period or by.period
    if isinstance(base, str):
        return Base(base, growth, tag, period, own, False, relation.quote)
    expr = f"{current} / ({HUNDRED} {'-' if minus else '+'} {growth})"
    return Base(expr, growth, tag, period, own, True, relation.quote)


def _liftable(
    text: str,
    sentence: Sentence,
    growth: Figure,
    current: Figure,
    minus: bool = False,
    based: bool = False,
) -> bool:
    """A percent of change of the figure as stated (``minus``: a fall its value does not sign),
    that cannot reach -100 percent; where the base is a stated figure (``based``), only the
    terms are asked: the base is that figure however the growth is bounded ("US$ 5.86 billion,
    against US$ 7.63 billion ..., down by over 23%": 7.63, never 5.86 over a factor)."""
    stated = growth.phrase.stated
    if stated.terms == Terms.REAL or _OTHER_TERMS.search(text, *sentence.span):
        return False
    if based:
        return True
    interval = read(stated).interval
    if interval is None:
        return False
    end = interval.hi if minus else interval.lo  # the lowest growth, its sign aside
    if end is None or (-end if minus else end) <= -100:
        return False
    unit = current.phrase.stated.unit
    index = unit is not None and unit.key in INDEX_CURRENCIES
    if stated.value > 100 and index:
        return False
    return not (index or stated.value > 100) or names_the_change(text, sentence.span, growth.phrase)


def _tag(
    text: str,
    sentences: Sequence[Sentence],
    earlier: _Earlier,
    k: int,
    growth: Figure,
) -> tuple[Tag, bool]:
    """The base the growth's sentence names, else the nearest sentence before it in its
    paragraph that names one; and whether the growth's own words name it."""
    tag, own = _named(text, sentences[k], growth)
    if tag is None and k > 0 and earlier.paragraph[k - 1] == earlier.paragraph[k]:
        return earlier(k - 1), False
    return tag, own


class _Earlier:
    """The base the nearest sentence at or before a sentence, in its paragraph, names (``None``
    where none does), each sentence's words read once: each growth of a paragraph of many
    sentences naming no base walked back over all the sentences before it (a paragraph of n
    growths read n * n / 2 sentences)."""

    def __init__(self, text: str, sentences: Sequence[Sentence], paragraph: list[int]) -> None:
        self.text, self.sentences, self.paragraph = text, sentences, paragraph
        self._found: dict[int, Tag] = {}

    def __call__(self, j: int) -> Tag:
        passed: list[int] = []
        while j not in self._found:
            tag = _named(self.text, self.sentences[j], None)[0]
            if tag is not None:
                self._found[j] = tag
                break
            passed.append(j)
            if j == 0 or self.paragraph[j - 1] != self.paragraph[j]:
                break
            j -= 1
        found = self._found.get(j)
        for i in passed:
            self._found[i] = found
        return found


def _named(text: str, sentence: Sentence, growth: Figure | None) -> tuple[Tag, bool]:
    """The base a sentence's words name, and whether a growth's own words name it: the growth's
    own words first (from it past its level to the next percent of its sentence), then any base
    of another kind in its sentence, then its own words back to the start of its clause, else
    the whole sentence's."""
    if growth is not None:
        ahead = [
            f.phrase.start
            for f in sentence.figures
            if f.phrase.start >= growth.phrase.end and is_percent(f)
        ]
        tag = _words(text, sentence, growth.phrase.start, min(ahead, default=sentence.span[1]))
        if tag is not None:
            return tag, True
        if _OTHER.search(text, *sentence.span):
            return OTHER, True
        tag = _words(text, sentence, _clause_start(text, sentence, growth), growth.phrase.start)
        if tag is not None:
            return tag, True
    return _words(text, sentence, *sentence.span), False


def _clause_start(text: str, sentence: Sentence, growth: Figure) -> int:
    """Where the growth's clause starts: after the last figure, comma or joining word before it
    ("exports rose 3 percent from a year earlier, while imports rose 5 percent": not the
    exports' words)."""
    start = max(
        (f.phrase.outer_end for f in sentence.figures if f.phrase.outer_end <= growth.phrase.start),
        default=sentence.span[0],
    )
    for m in _CLAUSE_END.finditer(text, start, growth.phrase.start):
        start = m.end()
    return start


def _words(text: str, sentence: Sentence, start: int, end: int) -> Tag:
    """The base the words of ``text[start:end]`` name; a base word followed by words none of
    these read ("from the fourth quarter", "over five years") is a base of another kind."""
    words = text[start:end]
    if _OTHER.search(words) or _unread(text, sentence, start, end):
        return OTHER
    named = {p.text: p.start for p in sentence.periods if p.base and start <= p.start < end}
    if len(named) > 1:
        return OTHER
    if named:
        ((period, at),) = named.items()
        same = _SAME.search(text, max(start, at - 60), at)
        return f"{SAME if same else PERIOD}{period}"
    return YEAR if _YEAR.search(words) else None


def _unread(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether a word that introduces a base is followed, to its clause's end, by no figure, no
    period and no words of the year before, or by a word of time none of them covers ("$600
    million in the fourth quarter", "the final quarter of 2030": its quarter not read)."""
    spans = [(f.phrase.start, f.phrase.outer_end) for f in sentence.figures]
    spans = [(x, y) for x, y in spans if not _TIME.search(text, x, y)]  # "three months"
    spans += [(p.start, p.end) for p in sentence.periods]
    for cue in _CUE.finditer(text, start, end):
        if cue.group(0).lower() in ("from", "since") and _NAME.match(text, cue.end()):
            continue
        if any(
            f.phrase.start <= cue.start() < cue.end() <= f.phrase.outer_end
            for f in sentence.figures
        ):
            continue  # a figure's own words: "just over EUR 3 billion", "more than 5 percent"
        stop = _CLAUSE_END.search(text, cue.end(), sentence.span[1])
        a, b = cue.end(), stop.start() if stop else sentence.span[1]
        read = [(x, y) for x, y in spans if a <= x < b]
        read += [m.span() for m in _YEAR.finditer(text, a, b)]
        if not read or any(
            not any(x <= m.start() < y for x, y in read) for m in _TIME.finditer(text, a, b)
        ):
            return True
    return False


def _period_tag(tag: Tag, period: str | None) -> Tag:
    """A base period named, for figures of ``period``: the same period a year before (or a span
    holding it: "the same months of 2022" read as 2022), or that period in one spelling."""
    prefix = next((p for p in (SAME, PERIOD) if tag is not None and tag.startswith(p)), None)
    if tag is None or prefix is None:
        return tag
    try:
        named = parse_period(tag.removeprefix(prefix))
        if period is not None:
            before = parse_period(year_earlier(period))
            if named.start <= before.start and before.end <= named.end:
                return YEAR
        return f"{prefix}{canonical(named)}"
    except PeriodError:
        return OTHER
