"""The basis and the distance a growth's own words name, against those of the figures it would tie.

- **Basis**: a growth "in comparable prices", "at constant prices", "in real terms", "in local
  currency terms", "on a like-for-like basis" is net of prices, currency or acquisitions, while
  the figures printed beside it are nominal: such a growth ties no level. Only the figures' own
  basis ("in nominal terms", "in absolute terms", "in dollar terms" of dollar figures) and a
  period's ("on an annual basis") are none other.
- **Distance**: a growth "month on month" compares with the month before, one "year on year" with
  the same month a year before; a base whose own words name another distance ("from $3.2 billion
  a year earlier" after "rose 5 percent month on month to $3.4 billion") is no base of it.
"""

from __future__ import annotations

import re

from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.draftfigures import Figure, Sentence, is_percent
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import Time, read_time

TERMS = r"in\s+(?:absolute|nominal|cash|money|monetary)\s+terms"
"""Words that say a growth is of the figures as stated ("narrowed 18 percent in absolute terms to
X"); never "in real terms", a growth net of prices (the grammar reads it into the value, and the
growth check does not test such a growth against the figures)."""
_BASIS = re.compile(
    r"\b(?:(?:in|on)\s+(?:an?\s+)?(?P<words>(?:[a-z][\w'’-]*[\s-]+){0,3}?)(?:terms|basis)\b"
    r"(?!\s+of\b)|"
    r"(?:in|at)\s+(?:comparable|constant|fixed|real|base-year|\d{4})\s+prices\b|"
    r"at\s+(?:constant|current|comparable|fixed)\s+(?:exchange\s+)?(?:rates?|currenc(?:y|ies))\b|"
    r"in\s+(?:local|national|domestic|hard|constant)[\s-]+currenc(?:y|ies)\b)",
    re.IGNORECASE,
)
"""A basis of the change's own: "in comparable prices", "in physical terms", "in local currency
terms", "on a like-for-like basis", "at constant exchange rates" (never "in terms of", "on the
basis of", whose words after them say what)."""
_SAME_BASIS = lazy(
    rf"{TERMS}|(?:in|on)\s+(?:an?\s+)?(?:year-on-year|month-on-month|quarter-on-quarter|annual|"
    r"annuali[sz]ed|yearly|monthly|quarterly|weekly|daily|value|current[\s-]+prices?|nominal|"
    r"absolute|cash|money|monetary)\s+(?:terms|basis)",
    re.IGNORECASE,
)
"""Words of basis that keep the figures' own: "in nominal terms", "in value terms", "on a
year-on-year basis", "on yearly basis"."""


def other_basis(words: str, figure: Figure | None = None) -> bool:
    """The words name a basis other than the figures' (see the module's doc); "in dollar terms"
    is ``figure``'s own basis where ``figure`` is an amount of dollars."""
    for m in _BASIS.finditer(words):
        if _SAME_BASIS.fullmatch(m.group(0)) is not None:
            continue
        if figure is not None and _own_currency(m.group("words"), figure):
            continue
        return True
    return False


def _own_currency(words: str | None, figure: Figure) -> bool:
    """ "in dollar terms", "in US dollar terms" of an amount of that currency."""
    if not words or not words.strip():
        return False
    unit = lookup_unit(words.strip().replace("-", " "))
    own = figure.phrase.stated.unit
    return unit is not None and unit.is_currency and own is not None and own.key == unit.key


_UNITS = ("month", "quarter", "year")
_ON = {"month": r"m/m|mom", "quarter": r"q/q|qoq", "year": r"y/y|yoy"}


def _distances(before: str) -> re.Pattern[str]:
    """A distance of comparison by its unit; after ``before`` (words of comparison) the period
    compared with ("from a month earlier", "on the previous month"), else the "X on X" forms."""
    alternatives = "|".join(
        rf"(?P<{unit}>\b(?:{unit}[\s-]+on[\s-]+{unit}|{_ON[unit]}|{before}"
        rf"(?:(?:a|one|the)\s+{unit}\s+(?:earlier|ago|before)|"
        rf"(?:the\s+)?(?:previous|prior|preceding)\s+{unit}|last\s+{unit}|the\s+{unit}\s+before))\b)"
        for unit in _UNITS
    )
    return re.compile(rf"^[^,;.()\d]*?(?:{alternatives})", re.IGNORECASE)


GROWTH_DISTANCE = _distances(r"(?:from|over|on|than|against|compared\s+(?:to|with))\s+")
"""After a growth: "month on month", "y/y", "from the previous month" (never "in the last
quarter", the growth's own period)."""
BASE_DISTANCE = _distances("")
"""After a base: "a year earlier", "the previous month", "last year"."""


def first_distance(pattern: re.Pattern[str], words: str) -> str | None:
    """The distance the words name first, before any figure, bracket or clause mark."""
    m = pattern.match(words)
    return m.lastgroup if m is not None else None


def words_to_next(text: str, sentence: Sentence, figure: Figure) -> str:
    """The words after a figure up to the next figure of its sentence (or the sentence's end)."""
    later = [f.phrase.start for f in sentence.figures if f.phrase.start > figure.phrase.start]
    return text[figure.phrase.outer_end : min(later, default=sentence.span[1])]


def base_of_other_distance(
    text: str, sentence: Sentence, growth: Figure, base: Figure, current: Figure
) -> bool:
    """The growth's words name the distance it compares over ("rose 5 percent month on month to
    X") and the base's own words after it name another ("from Y a year earlier"), or the periods
    the two levels' words name are not that distance apart ("rose 8 percent year on year to X in
    March, from Y in February"): Y is no base of the growth (its base is not printed)."""
    own = first_distance(GROWTH_DISTANCE, words_to_next(text, sentence, growth))
    if own is None:
        return False
    other = first_distance(BASE_DISTANCE, words_to_next(text, sentence, base))
    if other is not None:
        return own != other
    now, then = _own_time(text, sentence, current), _own_time(text, sentence, base)
    if now.months is None or then.months is None:
        return False
    if own == "year":
        return now.months != then.months  # a year on year growth of March over February
    return now.months == then.months and now.year is not None and now.year != then.year


def _own_time(text: str, sentence: Sentence, figure: Figure) -> Time:
    """The period named in a figure's own words after it, to the next figure or clause mark."""
    return read_time(re.split(r"[,;]", words_to_next(text, sentence, figure))[0])


_OTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but|although)\b", re.IGNORECASE)
_NET = re.compile(
    r"\b(?:after\s+inflation|(?:adjusted|corrected)\s+for\s+(?:inflation|prices|price\s+changes|"
    r"currenc\w+|exchange[\s-]+rates?)|inflation-adjusted|exclud(?:ing|es)|exclusive\s+of|"
    r"net\s+of|stripping\s+out|(?:after\s+)?deducting\s+(?:the\s+)?price\s+factors?)\b",
    re.IGNORECASE,
)
"""After a growth or its figures: what it is net of ("a 2 percent rise adjusted for prices", "3
percent above Y after inflation", "rose 5 percent to X from Y, excluding acquisitions", "up 5.2
percent after deducting price factors"): the growth is of another figure than the printed ones."""
_REAL_CHANGE = re.compile(
    r"\b(?:real|inflation-adjusted)(?:\s+real)?\s+(?:growth|increase|rise|gain|decline|fall|drop)\b",
    re.IGNORECASE,
)
"""Before a growth, in its clause: the change itself called real ("the inflation-adjusted real
growth of the average pay rose by 6 percent to X"): net of prices, while X is printed in money of
its year ("real wages rose 2 percent to X", a real level, names no real change)."""


def net_or_other_basis(words: str, figure: Figure | None = None) -> bool:
    """The words name a basis other than the figures' (:func:`other_basis`) or what a figure is
    net of ("after inflation", "excluding acquisitions": :data:`_NET`)."""
    return other_basis(words, figure) or _NET.search(words) is not None


def growth_of_other_basis(
    text: str, sentence: Sentence, growth: Figure, ties: list[Figure]
) -> bool:
    """The words right after the growth, or those after the last figure it ties to the end of its
    sentence (before another clause or another percent), name another basis than the figures'
    ("..., a rise of 3.1 percent at constant prices."; "rose 4 percent to X from Y in comparable
    prices."), or say what the growth is net of (:data:`_NET`), or the words of its clause before
    it call the change itself real (:data:`_REAL_CHANGE`): the growth ties none of them."""
    last = max([growth, *ties], key=lambda f: f.phrase.start)
    own = ties[0] if ties else None
    later = [
        f.phrase.start
        for f in sentence.figures
        if f.phrase.start > last.phrase.start and is_percent(f)
    ]
    earlier = [f.phrase.outer_end for f in sentence.figures if f.phrase.start < growth.phrase.start]
    lead = text[max(earlier, default=sentence.span[0]) : growth.phrase.start]
    clauses = list(_OTHER_CLAUSE.finditer(lead))
    if _REAL_CHANGE.search(lead[clauses[-1].end() if clauses else 0 :]) is not None:
        return True
    tails = (
        words_to_next(text, sentence, growth),
        text[last.phrase.outer_end : min(later, default=sentence.span[1])],
    )
    for tail in tails:
        cut = _OTHER_CLAUSE.search(tail)
        words = tail[: cut.start()] if cut is not None else tail
        if net_or_other_basis(words, own):
            return True
    return False


def list_of_other_basis(text: str, start: int, sentence: Sentence, growths: list[Figure]) -> bool:
    """A list of growths ("grew by 2.2 percent and 3.5 percent in real terms, respectively") whose
    words name another basis than the figures' or what they are net of: in any percent's own words
    (the basis said once holds for every percent of the list), after the last to the sentence's
    end, or before the first from ``start`` ("On a like-for-like basis, exports and imports
    rose ..."): no growth of the list ties a printed level."""
    last = growths[-1]
    words = [text[g.phrase.start : g.phrase.outer_end] for g in growths]
    words += [text[last.phrase.outer_end : sentence.span[1]], text[start : growths[0].phrase.start]]
    return any(net_or_other_basis(w) for w in words)
