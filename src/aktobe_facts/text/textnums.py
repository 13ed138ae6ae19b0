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

from aktobe_facts.reading.numbers import (
    CARDINAL_WORDS,
    ORDINAL_WORDS,
    TENS_WORDS,
    GrammarError,
    parse,
)

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
_CARDINAL_WORD = (
    rf"{_SCALED}(?:\s+(?:and\s+)?(?:{_SCALED}|{_CARD}))*|an?\s+(?:dozen|decade)|dozen|{_CARD}"
)

_GAP = "[ \u00a0\u202f\u2009]"
_SEP = "[,.'’\u00a0\u202f\u2009\u066b\u066c，．＇]"  # with the Arabic and fullwidth separators
_DIGITS = rf"(?:\d{{1,3}}(?:[ ]\d{{3}})+(?!\d)(?:[.,]\d+)?|\d+(?:{_SEP}\d+)*)"
_SIGN = r"(?:(?<![\w.,])[-−](?=\d))?"
_SCALE_WORD = (
    rf"(?:{_GAP}?(?:{_alt(['thousand', 'million', 'billion', 'trillion'])}"
    r"|mln|mn|bln|bn|trln|tn)\b)"
)
_DASH = rf"(?:[-–—‒]|{_GAP}–{_GAP})"

_DIGIT_PATTERN = re.compile(
    # the lookahead lets the regex engine skip quickly to the next digit or sign
    rf"(?=[-−\d])(?:"
    rf"(?P<date>(?<!\d)(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})(?!\d))"
    rf"|(?P<range>{_SIGN}{_DIGITS}{_DASH}{_DIGITS}{_SCALE_WORD}?)"
    rf"|(?P<number>{_SIGN}{_DIGITS})(?:(?P<suffix>st|nd|rd|th)\b|(?P<decade>s)\b|{_SCALE_WORD})?)",
    re.IGNORECASE,
)
_WORD_PATTERN = re.compile(
    rf"\b(?:(?P<ordinal>{_ORDINAL_WORD})|(?P<word>{_CARDINAL_WORD}))\b", re.IGNORECASE
)
_TOKEN = re.compile(r"[A-Za-z]+")
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
_CONTINUES = frozenset((*_FIRST_WORDS, *_SCALES, "and", "decade")) - {"a"}
"""Words that can continue a number word ("twenty-one", "three hundred and five")."""
_NEXT = re.compile(r"[-\s]+([A-Za-z]+)")
_NO_ONE = re.compile(r"\bno[\s-]$", re.IGNORECASE)
_ONE_ANOTHER = re.compile(r"^\s+another\b", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}s?")


def numerals(text: str) -> list[Span]:
    """Every numeral of ``text`` in order, as :class:`Span` objects with character offsets."""
    digits = _fiscal(
        text,
        _mixed(
            text,
            [
                Span(m.start(), m.end(), m.group(), _digit_kind(m))
                for m in _DIGIT_PATTERN.finditer(text)
            ],
        ),
    )
    parts = _parts_of_percent(text)
    words = [w for w in _words(text, digits) if not any(p.start <= w.start < p.end for p in parts)]
    words += parts
    if not words:
        return digits
    return sorted(digits + words, key=lambda s: s.start)


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
        return "range"
    if m.group("suffix"):
        return "ordinal"
    if _YEAR.fullmatch(m.group()) and 1800 <= int(m.group()[:4]) <= 2100:
        return "year"
    return "number"


def _pronoun(text: str, start: int, end: int) -> bool:
    """ "one" in "no one" or "one another" is a pronoun, not a number."""
    return bool(_NO_ONE.search(text[max(0, start - 3) : start])) or bool(
        _ONE_ANOTHER.match(text[end : end + 12])
    )
