"""Find the numerals of a running text: every place an article states a number.

:func:`numerals` scans prose (not a stated value: that is :mod:`aktobe_facts.reading.numbers`) and returns
a :class:`Span` per numeral, in text order, never overlapping:

========== ==================================================================================
kind       examples
========== ==================================================================================
number     ``7``, ``1,100``, ``646.8 billion``, ``-3.2``, ``1 234 567`` (groups of three),
           ``12 345,6``, ``1'000``; a scale word that follows is part of the span, and so are
           the further parts of a mixed-scale number (``22 billion 834.7 million``)
year       ``2020``, ``1990s``: four digits from 1800 to 2100, no separators, no scale word;
           a fiscal year across two calendar years, ``2011-12``, ``2019/20``, ``2019/2020``
           (the second year the first's next), and the digits of ``FY19``
range      ``2018-2020``, ``10–15 million``: two digit numerals joined by a dash
date       ``2020-12-31``, ``31.12.2020``
ordinal    ``fifth``, ``twenty-first``, ``5th``, ``2nd``
word       ``three``, ``twenty-three``, ``three hundred and five``, ``a million``, ``a dozen``,
           ``a decade`` (ten years)
========== ==================================================================================

Digits count wherever they stand, also inside a name ("109-Aqtobe", "COVID-19"): whether such a
numeral needs a claim is for the claims file's ``[[ignore]]`` list to say, not for the scanner.
Vague plurals ("hundreds", "dozens of") are not numerals; "no one" and "one another" are not either.

Digits of any script count (``٦٤٦٫٨``, ``１，１００``). Separators: ``,`` ``.`` ``'`` ``’``, the no-break
and thin spaces, the Arabic decimal and thousands separators and the fullwidth comma, full stop and
apostrophe group digits or mark decimals in any order (the scanner finds numbers; it does not read
their value). A plain space groups only
a first group of one to three digits followed by groups of exactly three ("1 234 567").
"""

from __future__ import annotations

import re

from msgspec import Struct

from aktobe_facts.reading.hyphenpoint import DIGITS_FIRST, WORDS_FIRST
from aktobe_facts.reading.numbers import (
    CARDINAL_WORDS,
    ORDINAL_WORDS,
    TENS_WORDS,
    GrammarError,
    parse,
)
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.lazypatterns import lazy

KINDS = ("number", "year", "range", "date", "ordinal", "word")


class Span(Struct, frozen=True):
    """One numeral: ``text == source[start:end]``; ``kind`` is one of :data:`KINDS`."""

    start: int
    end: int
    text: str
    kind: str


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNITS = list(CARDINAL_WORDS[1:10])
_TEENS = list(CARDINAL_WORDS[10:20])
_TENS = list(TENS_WORDS)
_SCALES = ["hundred", "thousand", "million", "billion", "trillion"]
_ORD_UNITS = list(ORDINAL_WORDS[1:10])
_ORD_TEENS = [w + "th" for w in _TEENS[3:]] + ["tenth", "eleventh", "twelfth"]
_ORD_TENS = [w[:-1] + "ieth" for w in _TENS]
_ORD_SCALES = [w + "th" for w in _SCALES]

_CARD = rf"(?:(?:{_alt(_TENS)})(?:[-\s](?:{_alt(_UNITS)}))?|{_alt(_TEENS)}|{_alt(_UNITS)}|zero)"
_SCALED = rf"(?:{_CARD}|a)(?:[-\s]+(?:{_alt(_SCALES)}))+"
_ORDINAL_WORD = (
    rf"(?:(?:{_alt(_TENS)})[-\s])?(?:{_alt(_ORD_UNITS)})"
    rf"|{_alt(_ORD_TEENS)}|{_alt(_ORD_TENS)}"
    rf"|(?:{_CARD}[-\s]+)?(?:{_alt(_ORD_SCALES)})"
)
_SPOKEN = (  # "forty-seven point one million", "two point zero five"
    rf"(?:{_CARD})\s+point(?:\s+(?:{_alt(['zero', *_UNITS])}))+"
    rf"(?:[-\s]+(?:{_alt(['thousand', 'million', 'billion', 'trillion'])}))?"
)
_CARDINAL_WORD = (
    rf"{_SPOKEN}|{_SCALED}(?:\s+(?:and\s+)?(?:{_SCALED}|{_CARD}))*|an?\s+(?:dozen|decade)|dozen|"
    rf"{_CARD}"
)

_GAP = "[ \u00a0\u202f\u2009]"
_SEP = "[,.'’\u00a0\u202f\u2009\u066b\u066c，．＇]"  # with the Arabic and fullwidth separators
_DIGITS = rf"(?:\d{{1,3}}(?:[ ]\d{{3}})+(?!\d)(?:[.,]\d+)?|\d+(?:{_SEP}\d+)*)"
_POINT = r"(?<![\w.,'’])\.\d+(?![.,'’]\d)"
"""Decimals with no digit before the point ("$.86 billion", ".5 percent"): after a space, a sign
or a bracket, never after a letter or digit ("Rs.5", "No.5", "2019.5")."""
_NO_YEAR = r"(?!(?:1[89]|2[01])\d\d(?![\d,.]))"
"""No year after a spoken point: "a 10 point 2030 plan" is a plan of ten points for 2030."""
_SPOKEN_POINT = rf"\d{{1,3}}(?:,\d{{3}})*{_GAP}point{_GAP}{_NO_YEAR}\d+(?![\d,.])"
"""A decimal point said as a word, as broadcasters' scripts print it ("12 point 5 per cent",
"1,203 point 8 million"): one number."""
_SIGN = r"(?:(?<![\w.,\-−])[-−](?=\d))?"
"""A minus sign before a figure, never after a letter, digit or point ("Rs-5", "10-5"), nor after
another hyphen: a double hyphen stands for a dash between words ("copper --87.7 percent")."""
_SCALE_WORD = (
    rf"(?:{_GAP}?(?:{_alt(['thousand', 'million', 'billion', 'trillion'])}"
    r"|mln|mn|bln|bn|trln|tn)\b)"
)
_DASH = rf"(?:[-–—‒]|{_GAP}–{_GAP})"

_DIGIT_PATTERN = re.compile(
    # the lookahead lets the regex engine skip quickly to the next digit or sign
    rf"(?=[-−.\d])(?:"
    rf"(?P<date>(?<!\d)(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}})(?!\d))"
    rf"|(?P<range>{_SIGN}{_DIGITS}{_DASH}{_DIGITS}{_SCALE_WORD}?)"
    rf"|(?P<number>{_SIGN}(?:{DIGITS_FIRST}|{_SPOKEN_POINT}|{_DIGITS})|{_POINT})"
    rf"(?:(?P<suffix>st|nd|rd|th)\b|(?P<decade>s)\b|{_SCALE_WORD})?)",
    re.IGNORECASE,
)
_WORD_PATTERN = re.compile(
    rf"\b(?:(?P<ordinal>{_ORDINAL_WORD})|(?P<word>{WORDS_FIRST}|{_CARDINAL_WORD}))\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z]+")
_SPOKEN_DIGITS = re.compile(r"-point-\d", re.IGNORECASE)
"""A number in words whose decimals after a spoken point are digits ("two-point-54"): its digits
make it a figure, read as the digits' "2.54" is, never a number word that counts nothing named."""
_FIRST_WORDS = frozenset(
    (
        *_UNITS,
        *_TEENS,
        *_TENS,
        *_ORD_UNITS,
        *_ORD_TEENS,
        *_ORD_TENS,
        *_ORD_SCALES,
        "zero",
        "a",
        "dozen",
    )
)
"""Words a number word can start with: only these are tried against the word pattern."""
_ORDINALS = frozenset((*_ORD_UNITS, *_ORD_TEENS, *_ORD_TENS, *_ORD_SCALES))
_CONTINUES = frozenset((*_FIRST_WORDS, *_SCALES, "and", "decade", "point")) - {"a"}
"""Words that can continue a number word ("twenty-one", "three hundred and five", "two point
five")."""
_NEXT = re.compile(r"[-\s]+([A-Za-z]+)")
_NO_ONE = re.compile(r"\bno[\s-]$", re.IGNORECASE)
_ONE_ANOTHER = re.compile(r"^\s+another\b", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}s?")


def numerals(text: str) -> list[Span]:
    """Every numeral of ``text`` in order, as :class:`Span` objects with character offsets."""
    found = [
        Span(m.start(), m.end(), m.group(), _digit_kind(m)) for m in _DIGIT_PATTERN.finditer(text)
    ]
    digits = _fiscal(text, _mixed(text, _comma_spaced(text, _glued_after_point(found))))
    parts = _parts_of_percent(text)
    words = [w for w in _words(text, digits) if not any(p.start <= w.start < p.end for p in parts)]
    words += parts
    if not words:
        return digits
    return sorted(digits + words, key=lambda s: s.start)


_POINT_THEN_COMMA = re.compile(r"[-−]?\d+(?:,\d{3})*\.(?:\d{1,2}|\d{4,}),(?=\d)")
"""A number with its decimal point, then a comma and more digits: "466.5,7.3". Digits after a
decimal point are no thousands group (one, two or more than three of them are decimals, never a
group of three), so the comma ends the figure and the next starts after it ("Kshs 466.5,7.3%
lower": two figures with the space after the comma left out)."""


def _glued_after_point(spans: list[Span]) -> list[Span]:
    """Each number of :data:`_POINT_THEN_COMMA` as two numerals (or more, "0.5,1.5,2.5")."""
    out: list[Span] = []
    for span in spans:
        while span.kind == "number" and (m := _POINT_THEN_COMMA.match(span.text)) is not None:
            out.append(Span(span.start, span.start + m.end() - 1, m.group()[:-1], "number"))
            rest = span.text[m.end() :]
            kind = "year" if _YEAR.fullmatch(rest) and 1800 <= int(rest[:4]) <= 2100 else "number"
            span = Span(span.start + m.end(), span.end, rest, kind)
        out.append(span)
    return out


_PART_OF_PERCENT = re.compile(
    r"\b(?:(?:a|one)[\s-]+)?(?:half|third|quarter)[\s-]+(?:of[\s-]+)?an?"
    r"(?=\s+(?:percent|per\s*cent|percentage\s+points?)\b)",
    re.IGNORECASE,
)
"""A part of a percent in words ("half a percent", "a quarter of a percentage point"): the grammar
reads it as a number; the words before "percent" are its numeral."""


def _parts_of_percent(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group(), "word") for m in _PART_OF_PERCENT.finditer(text)]


_MIXED_GAP = re.compile(r"[ \u00a0]+(?:[^\W\d_]+(?:[ .][^\W\d_]+){0,2}[ \u00a0]+)?")
"""Between the parts of a mixed-scale number: spaces, or a currency word of up to three words
("1 billion dollar 477 million")."""


def _mixed(text: str, spans: list[Span]) -> list[Span]:
    """Numbers written in parts of descending scales ("22 billion 834.7 million", "1 billion dollar
    477 million 4 thousand") as one span, where the grammar reads the parts as one number (see
    :func:`aktobe_facts.reading.numbers.parse`); a scale word after each part is the sign to try."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and span.kind == last.kind == "number"
            and last.text[-1:].isalpha()
            and span.text[-1:].isalpha()
            and _MIXED_GAP.fullmatch(text, last.end, span.start) is not None
        ):
            try:
                parse(text[last.start : span.end])
            except GrammarError:
                pass
            else:
                out[-1] = Span(last.start, span.end, text[last.start : span.end], "number")
                continue
        out.append(span)
    return out


_HEAD = re.compile(r"\d{1,3}")
_GROUP = lazy(rf"\d{{3}}(?:\.\d+)?{_SCALE_WORD}?")
_LIST_BEFORE = re.compile(rf"(?:\d\s?,\s?|\b{MONTH_NAMES}\.?\s)$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s?,\s?\d|\s+(?:and|or|to|&)\s+\D{0,3}\d", re.IGNORECASE)
_WORD_NEXT = re.compile(r" ([a-z]+)\b")
_NOT_NAMED = frozenset(
    re.findall(
        r"\w+", "and or to than in on of from for with by at as is was are were that which while"
    )
)


def _comma_spaced(text: str, spans: list[Span]) -> list[Span]:
    """A thousands comma with a space after it, as some papers print their figures ("86, 288
    tons") as one number, never a list, where the words leave no doubt: one to three digits, then
    groups of exactly three after ", ", with no list item before ("4, 86, 288", a day of a month:
    "May 5, 200") or after (", 12", "and 300"), and a scale word or a unit the grammar reads
    after it ("86, 288 tons", "12, 500 million", "$86, 288"); once an article so writes one
    figure, its others so written before a noun are read the same way ("21, 336 tone")."""
    if ", " not in text:
        return spans
    runs: list[tuple[int, int, bool]] = []  # first and last span of a run, and a unit after it
    k = 0
    while k < len(spans) - 1:
        last = k
        while (
            last < len(spans) - 1
            and spans[last].kind == spans[last + 1].kind == "number"
            and (_HEAD if last == k else _GROUP).fullmatch(spans[last].text) is not None
            and (last == k or spans[last].text.isdigit())
            and text[spans[last].end : spans[last + 1].start] == ", "
            and _GROUP.fullmatch(spans[last + 1].text) is not None
        ):
            last += 1
        if last > k and not (
            _LIST_BEFORE.search(text, max(0, spans[k].start - 12), spans[k].start)
            or (spans[k].start and text[spans[k].start - 1] in ".,'’")
            or _LIST_AFTER.match(text, spans[last].end)
        ):
            runs.append((k, last, _unit_after(text, spans[k], spans[last])))
        k = last + 1
    sure = any(unit for _, _, unit in runs)
    merged = list(spans)
    for k, last, unit in reversed(runs):
        noun = _WORD_NEXT.match(text, spans[last].end)
        if unit or (sure and noun is not None and noun.group(1) not in _NOT_NAMED):
            start, end = spans[k].start, spans[last].end
            merged[k : last + 1] = [Span(start, end, text[start:end], "number")]
    return merged


def _unit_after(text: str, first: Span, last: Span) -> bool:
    """The run from ``first`` to ``last`` is an amount: a scale word ends it, a currency sign
    stands before it, or the grammar reads a unit in the words after it (not a span of time or
    points: "5, 100 years" may list two)."""
    if not last.text.isdigit() and not last.text.replace(".", "").isdigit():
        return True  # "12, 500 million"
    if first.start and not text[first.start - 1].isspace() and text[first.start - 1] != "(":
        return True  # "$86, 288"
    words = text[last.end : last.end + 40].split()[:3]
    for count in range(len(words), 0, -1):
        try:
            stated = parse("1 " + " ".join(words[:count]).rstrip(".,;:)"))
        except GrammarError:
            continue
        return stated.unit is not None and stated.unit.kind not in ("time", "points")
    return False


FISCAL = re.compile(
    r"(?:(?<=FY)|(?<=FY\s)|(?<![\w.,$€£¥₸₽/-]))(?P<a>(?:1[89]|20)\d\d)"
    r"(?:[-–—](?P<b>\d\d)|/(?P<c>\d\d(?:\d\d)?))"
    r"(?![\w%$€£]|[.,/-]\d|\s*(?:thousand|million|billion|trillion|mln|mn|bln|bn|percent)\b)"
    r"|(?<=FY)(?P<d>\d\d)(?:/(?P<e>\d\d))?(?![\w%/-]|[.,]\d)",
    re.IGNORECASE,
)
"""A fiscal year as news writes it: "2011-12", "2019/20", "2019/2020" (the second year the
first's next: "2011-13" is a range), "FY2019/20"; after "FY", two digits ("FY19", "FY19/20")."""


def fiscal_years(m: re.Match[str]) -> tuple[int, int] | None:
    """The two calendar years a :data:`FISCAL` match spans, or None: not consecutive ("2011-13"),
    or one year after "FY" alone ("FY19", whose calendar years differ between countries)."""
    if m.group("d"):
        if not m.group("e"):
            return None
        first, second = 2000 + int(m.group("d")), 2000 + int(m.group("e"))
    else:
        first = int(m.group("a"))
        later = m.group("b") or m.group("c")
        second = int(later) if len(later) == 4 else first // 100 * 100 + int(later)
        if len(later) == 2 and second < first:
            second += 100  # "1999-00"
    return (first, second) if second == first + 1 else None


def _fiscal(text: str, spans: list[Span]) -> list[Span]:
    """Fiscal years ("2011-12", "2019/20", "FY19") as one numeral of kind ``year`` each, in place
    of the range or the two numbers the digit pattern reads there."""
    if "/" not in text and "-" not in text and "–" not in text and "FY" not in text.upper():
        return spans
    found = [
        (m.start(), m.end())
        for m in FISCAL.finditer(text)
        if fiscal_years(m) is not None or m.group("d")
    ]
    if not found:
        return spans
    out: list[Span] = []
    k = 0
    for span in spans:
        while k < len(found) and found[k][1] <= span.start:
            k += 1
        if k < len(found) and found[k][0] <= span.start < found[k][1]:
            a, b = found[k]
            if not out or out[-1].start != a:
                out.append(Span(a, b, text[a:b], "year"))
            continue
        out.append(span)
    return out


def _words(text: str, digits: list[Span]) -> list[Span]:
    """Number words and ordinals, skipping the scale words that belong to a digit numeral.

    A word that no number word follows is looked up alone; only a run of number words goes through
    the (slower) compound pattern.
    """
    found: list[Span] = []
    index = 0  # the first digit span that does not end before the current token
    end = 0  # the end of the last word numeral found
    for token in _TOKEN.finditer(text):
        start, stop = token.span()
        word = token.group().lower()
        if start < end or word not in _FIRST_WORDS or not _bounded(text, start, stop):
            continue
        while index < len(digits) and digits[index].end <= start:
            index += 1
        if index < len(digits) and digits[index].start <= start:
            continue
        after = _NEXT.match(text, stop)
        if after is not None and after.group(1).lower() in _CONTINUES:
            m = _WORD_PATTERN.match(text, start)
            if m is None:
                continue
            stop, kind = m.end(), "ordinal" if m.group("ordinal") else "word"
            if _SPOKEN_DIGITS.search(m.group()):
                kind = "number"  # "two-point-54 billion": digits, a number as "2.54 billion" is
        elif word == "a":
            continue
        else:
            kind = "ordinal" if word in _ORDINALS else "word"
        if word == "one" and stop == token.end() and _pronoun(text, start, stop):
            continue
        end = stop
        found.append(Span(start, stop, text[start:stop], kind))
    return found


def _bounded(text: str, start: int, stop: int) -> bool:
    """No letter, digit or underscore touches the token (the regex ``\\b`` on both sides)."""
    before = text[start - 1] if start > 0 else " "
    after = text[stop] if stop < len(text) else " "
    return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")


def _digit_kind(m: re.Match[str]) -> str:
    if m.group("date"):
        return "date"
    if m.group("range"):
        return "date" if _year_month(m.group()) else "range"
    if m.group("suffix"):
        return "ordinal"
    if _YEAR.fullmatch(m.group()) and 1800 <= int(m.group()[:4]) <= 2100:
        return "year"
    return "number"


def _year_month(token: str) -> bool:
    """An ISO year and month ("2016-01", "2023-10"): the two digits after a year are a month
    that would make a range run backward (a range "2005-08" or a fiscal year "2019-20" runs on)."""
    parts = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", token)
    return parts is not None and 1 <= int(parts[2]) <= 12 and int(parts[2]) < int(parts[1]) % 100


def _pronoun(text: str, start: int, end: int) -> bool:
    """ "one" in "no one" or "one another" is a pronoun, not a number."""
    return bool(_NO_ONE.search(text[max(0, start - 3) : start])) or bool(
        _ONE_ANOTHER.match(text[end : end + 12])
    )
