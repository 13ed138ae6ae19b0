"""The grammar of stated numbers:
``direction? qualifier? sign? currency? number (range)? scale? unit? ("per" unit-or-noun)? terms?``.

Why a grammar of our own: the quantity extractors we tried do not fit article figures. quantulum3 reads
"(US$1.5 billion)" as minus 1.5 billion and does not know the tenge; Recognizers-Text drops
"more than" / "about" and does not know bare "tenge"; price-parser ignores scale words. None reads
all of "646.8 billion tenge", "US$1.5 billion", "more than 1,100", "some 650 kilometers" and
"1,040 square meters". The grammar below is small, table-driven and never evaluates its input.

This module is purely lexical: it says what was written (digits, scale, unit word, qualifier,
direction, range, terms). :mod:`aktobe_facts.reading.quantities` turns that into an exact interval with a
pint unit. Number words are read by :mod:`aktobe_facts.reading.numwords`, digits of other scripts folded by
:mod:`aktobe_facts.reading.digitscripts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from msgspec import Struct

from aktobe_facts.reading import hyphenpoint, tradeunits
from aktobe_facts.reading.changewords import (
    FALL_FORMS,
    FALL_NOUNS,
    RISE_FORMS,
    RISE_NOUNS,
    UNCERTAIN_FORMS,
)
from aktobe_facts.reading.digitscripts import (
    SEPARATORS,
    SPACES,
    ScriptError,
    all_separators,
    fold_digits,
)
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numwords import (
    CARDINAL_WORDS,
    ORDINAL_WORDS,
    POWER_WORDS,
    TENS_WORDS,
    read_fraction,
    read_words,
)
from aktobe_facts.reading.units import (
    AMBIGUOUS_UNITS,
    MILLION_SIGNS,
    PRICE_UNITS,
    SHARED,
    SHARED_SIGNS,
    UnitSpec,
    country_currency,
    currency,
    lookup_compound_unit,
    lookup_noun,
    lookup_prefix_currency,
    lookup_unit,
    scaled_code,
    shared_sign,
)
from aktobe_facts.records import frozen

__all__ = [
    "CARDINAL_WORDS",
    "DEFAULT_LOCALE",
    "LOCALES",
    "MAX_DIGITS",
    "MAX_TEXT",
    "ORDINAL_WORDS",
    "TENS_WORDS",
    "Direction",
    "GrammarError",
    "NumberLocale",
    "Qualifier",
    "Stated",
    "Terms",
    "parse",
    "pow10",
]

MAX_DIGITS = 30
"""Longest numeral accepted (digits, separators not counted). Longer ones are a malformed number."""

MAX_TEXT = 200
"""Longest stated value accepted, in characters."""


class GrammarError(ValueError):
    """A stated value that does not follow the grammar; the message says what is wrong."""


class NumberLocale(Struct, frozen=True):
    """How a file writes numbers: the decimal mark and the thousands separators it uses."""

    name: str
    decimal: str
    groups: tuple[str, ...]
    comma_decimals: bool = False
    """A comma followed by one or two digits is a decimal comma for that figure ("20,3%"): the
    default of a file that sets no locale (:data:`DEFAULT_LOCALE`)."""


LOCALES: dict[str, NumberLocale] = {
    "en": NumberLocale("en", ".", (",", *SPACES)),
    "de": NumberLocale("de", ",", (".", *SPACES)),
    "fr": NumberLocale("fr", ",", SPACES),
    "ch": NumberLocale("ch", ".", ("'", "’", *SPACES)),
}
"""Number styles by name: ``en`` 1,234.5; ``de`` 1.234,5; ``fr`` (also ru, kk) 1 234,5; ``ch`` 1'234.5."""

DEFAULT_LOCALE = NumberLocale("en", ".", (",", *SPACES), comma_decimals=True)
"""The style of a file that sets no locale: ``en``, and a comma followed by exactly one or two
digits ("20,3%", "12,7 million") is that figure's decimal comma, since it cannot separate
thousands; the figure says so (:attr:`Stated.decimal_comma`). A file that sets ``locale = "en"``
reads such a figure as an error, as before."""


class Qualifier:
    """What a word before the number does to it."""

    LOWER = "lower"  # more than, over, at least, exceeded: the number is a lower bound
    UPPER = "upper"  # less than, up to, at most, top: the number is an upper bound
    APPROX = "approx"  # some, about, around: the number is approximate, either side of it
    BELOW = "approx-below"  # almost, nearly, just under: approximate, at or below the number
    ABOVE = "approx-above"  # just over, slightly more than: approximate, at or above the number
    APPROXIMATE = frozenset({APPROX, BELOW, ABOVE})
    """The qualifiers that make a number approximate (widened by the file's ``approx``)."""


class Direction:
    """Which way a stated change goes, when a word says so ("fell 9 percent", "up 3 percent")."""

    UP = "up"
    DOWN = "down"


class Terms:
    """Whether a stated change is real (inflation removed) or nominal, when the value says so."""

    REAL = "real"
    NOMINAL = "nominal"


_LOWER_WORDS = (
    "more than", "over", "above", "in excess of", "upwards of", "at least", "no less than",
    "not less than", "no fewer than", "exceeded", "exceeds", "exceeding", "exceed", "surpassed",
    "surpasses", "surpassing", "topped", "tops", "topping", "crossed", "crosses", "crossing",
)  # fmt: skip
_UPPER_WORDS = (
    "less than", "fewer than", "under", "below", "up to", "at most", "no more than",
    "not more than",
)  # fmt: skip
_APPROX_WORDS = (
    "some", "about", "around", "approximately", "approx.", "roughly", "close to", "near",
    "an estimated", "estimated", "~",
)  # fmt: skip
_BELOW_WORDS = (
    "almost", "nearly", "just under", "just below", "just shy of", "slightly under",
    "slightly below", "slightly less than", "a little under", "a little less than", "not quite",
    "nearing",
)  # fmt: skip
_ABOVE_WORDS = (
    "just over", "just above", "slightly over", "slightly above", "slightly more than",
    "a little over", "a little more than",
)  # fmt: skip
_QUALIFIERS: dict[str, str] = {
    **dict.fromkeys(_LOWER_WORDS, Qualifier.LOWER),
    **dict.fromkeys(_UPPER_WORDS, Qualifier.UPPER),
    **dict.fromkeys(_APPROX_WORDS, Qualifier.APPROX),
    **dict.fromkeys(_BELOW_WORDS, Qualifier.BELOW),
    **dict.fromkeys(_ABOVE_WORDS, Qualifier.ABOVE),
}


def _noun_phrases(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """ "a fall of", "an increase of": a noun of change before its number."""
    return tuple(f"{article} {noun} of" for noun in nouns for article in ("a", "an"))


_COMPARED_BY = ("lower by", "smaller by", "less by"), ("higher by", "greater by", "larger by")
"""A comparative with "by" before the number: "lower by 4.61 per cent" is a fall, as "4.61 per cent
lower" is (:data:`AFTER_DIRECTIONS`)."""
FALL_WORDS: tuple[str, ...] = (
    *FALL_FORMS,
    "down",
    *_noun_phrases(FALL_NOUNS),
    *_COMPARED_BY[0],
    "negative growth of",
    "a negative growth of",
)
"""Words before a number that make it a fall ("fell 9 percent" is -9 percent; every form of the
verbs of :mod:`aktobe_facts.reading.changewords`; "a negative growth of 2.95 per cent", as
Bangladesh's export figures are reported, is a fall of 2.95 percent, never a growth)."""
RISE_WORDS: tuple[str, ...] = (
    *RISE_FORMS,
    "up",
    "growth of",
    *_noun_phrases(RISE_NOUNS),
    *_COMPARED_BY[1],
)
"""Words before a number that make it a rise ("up 3 percent", "widened 15.2 percent")."""
_DIRECTIONS: dict[str, str] = {
    **dict.fromkeys(FALL_WORDS, Direction.DOWN),
    **dict.fromkeys(RISE_WORDS, Direction.UP),
}
_CHANGE_NOUNS: dict[str, str] = {
    **dict.fromkeys(FALL_NOUNS, Direction.DOWN),
    **dict.fromkeys(RISE_NOUNS, Direction.UP),
}
AFTER_DIRECTIONS: dict[str, str] = {
    "lower": Direction.DOWN, "less": Direction.DOWN, "down": Direction.DOWN,
    "higher": Direction.UP, "more": Direction.UP, "up": Direction.UP, **_CHANGE_NOUNS,
}  # fmt: skip
"""Words after a value that say which way it went ("19% lower", "5 percent higher"); the nouns
may have "a" or "an" before the value: "a 1.3 percent decline" is a fall of 1.3 percent."""

_SCALES: dict[str, int] = {
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "mln": 6,
    "mn": 6,
    "billion": 9,
    "billions": 9,
    "bln": 9,
    "bn": 9,
    "trillion": 12,
    "trillions": 12,
    "trln": 12,
    "trn": 12,
    "tn": 12,
    # a thousand trillion, as Vietnamese figures are given in English ("VND12.32 quadrillion",
    # "VND 16.49 million billion"; "VND 2 thousand billion" is 2 trillion), the second word in
    # the plural as "lakh crores" is ("VND 16.49 million billions")
    "quadrillion": 15,
    "quadrillions": 15,
    "million billion": 15,
    "million billions": 15,
    "thousand billion": 12,
    "thousand billions": 12,
    # the South Asian scale: a lakh is 100,000, a crore 10 million ("Rs 97,247 crore", "Rs 1.06
    # lakh crore", "Tk 5,000 cr")
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
    "cr": 7,
    "lakh crore": 12,
    "lakh crores": 12,
    "lakh cr": 12,
    "thousand crore": 10,
    "thousand crores": 10,
}
# Single-letter scales only where they cannot be confused with metres or tonnes: directly after a
# currency-prefixed amount ("US$7m", "€3k"), or before a currency word ("430m dollars").
_SHORT_SCALES: dict[str, int] = {"k": 3, "m": 6, "b": 9}
_GLUED_SCALES: dict[str, int] = {"tr": 12}
_CAPITAL_MILLION = re.compile(r"M(?![\w²³])")
"""A capital "M" glued to a number with no currency sign before it ("raised 300M", "450M
users"): a million, as the press shortens it. The metre's symbol is a small "m" ("a 300m
bridge" stays a length); "300MW" and "5Mt" are other units."""
"""Scales read only glued to their number, as the press of Central Asia shortens a trillion
("KZT5.74tr", "to 6.7tr"): "tr" apart from a number is no scale; nor is it in an amount of
Vietnamese dong, where "tr" shortens "trieu", a million."""


@cache
def _power_word() -> re.Pattern[str]:
    return re.compile("|".join(POWER_WORDS), re.IGNORECASE)


_POWERS = {e: Fraction(10) ** e for e in range(-40, 41)}


def pow10(exponent: int) -> Fraction:
    """10 to a whole power, as a Fraction (the common ones precomputed)."""
    cached = _POWERS.get(exponent)
    return cached if cached is not None else Fraction(10) ** exponent


@frozen
@dataclass(init=False, repr=False, eq=False)
class Stated:
    """A value as the article states it, read but not yet turned into an interval.

    A range ("10–15 million", "between 10 and 15 percent") is held as its low end, with the high end
    in :attr:`high`; its :attr:`value` is the middle of the two. (A frozen dataclass: see
    :mod:`aktobe_facts.records`; without slots, its fields are set as one dict, which costs a
    third of setting each.)
    """

    text: str
    qualifier: str | None
    negative: bool  # a minus sign, or a fall word ("fell 9 percent" is -9 percent)
    digits: (
        str | None
    )  # the numeral's digits with "." as decimal mark, e.g. "646.8"; None if missing
    exponent: int  # the power of ten of the scale word ("billion" is 9)
    scale_word: str | None
    unit: UnitSpec | None  # None for a bare count or number
    per: UnitSpec | None  # the denominator of a rate: "tenge per US$", "euros per job created"
    word: str | None = None  # a number word ("three", "forty-five") or ordinal ("fifth") as written
    ordinal: bool = False
    alternative: str | None = None  # the digits under the other reading of an ambiguous separator
    high: Stated | None = None  # the high end of a range; this Stated's own numbers are the low end
    direction: str | None = None  # Direction.UP or DOWN when a word says which way a change went
    terms: str | None = None  # Terms.REAL ("in real terms") or NOMINAL, when the value says so
    divisor: int = 1  # a fraction in words: "a third" is 100 percent divided by 3
    decimal_comma: bool = False  # "20,3%" in a file with no locale: read with a decimal comma
    value: Fraction = field(init=False, repr=False, compare=False)
    """The number as written, times its scale; the middle of a range; 0 when missing (computed once)."""

    def __init__(
        self,
        text: str,
        qualifier: str | None,
        negative: bool,
        digits: str | None,
        exponent: int,
        scale_word: str | None,
        unit: UnitSpec | None,
        per: UnitSpec | None,
        word: str | None = None,
        ordinal: bool = False,
        alternative: str | None = None,
        high: Stated | None = None,
        direction: str | None = None,
        terms: str | None = None,
        divisor: int = 1,
        decimal_comma: bool = False,
    ) -> None:
        v = Fraction(0)
        if digits is not None:
            whole, _, frac = digits.partition(".")
            # from integers: much faster than Fraction's string parser
            v = Fraction(int(whole + frac), 10 ** len(frac)) if frac else Fraction(int(whole))
            if exponent:
                v *= pow10(exponent)
            if divisor != 1:
                v /= divisor
            if negative:
                v = -v
            if high is not None:
                v = (v + high.value) / 2
        object.__setattr__(
            self,
            "__dict__",
            {
                "text": text,
                "qualifier": qualifier,
                "negative": negative,
                "digits": digits,
                "exponent": exponent,
                "scale_word": scale_word,
                "unit": unit,
                "per": per,
                "word": word,
                "ordinal": ordinal,
                "alternative": alternative,
                "high": high,
                "direction": direction,
                "terms": terms,
                "divisor": divisor,
                "decimal_comma": decimal_comma,
                "value": v,
            },
        )

    @property
    def missing(self) -> bool:
        """True for a unit with no number, such as the "(US$)" an article forgot to fill."""
        return self.digits is None

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def low(self) -> Stated:
        """The low end of a range as a value of its own (the value itself when it is no range)."""
        return self if self.high is None else replace(self, high=None, qualifier=None)

    @property
    def fraction(self) -> bool:
        """A fraction in words ("a third", "two thirds", "half a percentage point")."""
        return self.divisor != 1

    @property
    def decimals(self) -> int:
        """Digits written after the decimal mark."""
        if self.digits is None or "." not in self.digits:
            return 0
        return len(self.digits.split(".", 1)[1])

    @property
    def exact_word(self) -> bool:
        """An ordinal ("fifth", "5th"): a rank, exact. A cardinal word is as precise as its digits
        would be: "four per cent" reads as "4 per cent", "forty" as "40", "five billion" as
        "5 billion" (words and digits must not give one figure two readings)."""
        return self.word is not None and self.ordinal

    @property
    def small_word(self) -> bool:
        """A cardinal word with no power of ten ("three", "forty-five", "a dozen"): as a factor
        ("three times") it is approximate by the file's tolerance (relations.multiple)."""
        if self.word is None or self.ordinal:
            return False
        return self.scale_word is None and not _power_word().search(self.word)

    @property
    def trailing_zeros(self) -> int:
        """Zeros that end a whole numeral ("140" has one, "1,100" two, "0" none)."""
        if self.digits is None or "." in self.digits or self.exact_word:
            return 0
        stripped = self.digits.rstrip("0")
        return 0 if not stripped else len(self.digits) - len(stripped)

    @property
    def significant_digits(self) -> int:
        """How many significant digits the numeral shows (trailing zeros of a whole number not counted)."""
        if self.digits is None:
            return 0
        plain = self.digits.replace(".", "").lstrip("0")
        if "." not in self.digits:
            plain = plain.rstrip("0")
        return max(1, len(plain))

    def last_digit_step(self) -> Fraction:
        """The place value of the last written digit, scale included ("1.5 billion": 10^8)."""
        return pow10(self.exponent - self.decimals)


def _build_alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered)


_BOUNDARY = r"(?=\s|\d|[^\w\s])"
_QUALIFIER_RE = re.compile(
    r"(?P<q>" + _build_alternation(list(_QUALIFIERS)) + ")" + _BOUNDARY, re.IGNORECASE
)


@cache
def _word_run() -> re.Pattern[str]:
    """Up to four words at the start of a value, in which a word of change is looked up (a dict,
    not an alternation of its hundreds of forms, whose compiling alone would cost the cold
    start)."""
    return re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*){0,3}")


@cache
def _after_change_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may follow a word of change, with an adverb ("picked up sharply by") or without:
    compiled when a value has a word of change (most files have none). Compiling a pattern the
    run does not use is time at every start: these two, :func:`_comma_decimals` and
    :func:`_power_word` were 3.5M of the seed's check's 400.5M instructions (callgrind)."""
    return (
        re.compile(
            r"(?:\s+(?P<adv>[^\W\d_]+ly|further|again)(?=\s))?(?:\s+(?P<by>by|to)\b)?" + _BOUNDARY,
            re.IGNORECASE,
        ),
        re.compile(r"(?:\s+(?P<by>by|to)\b)?" + _BOUNDARY, re.IGNORECASE),
    )


def _change_word(rest: str) -> tuple[str, str | None, int] | None:
    """The word of change at the start of ``rest`` ("fell", "picked up", "a contraction of"):
    its direction, "by" or "to" after it, and where the words end; or None."""
    run = _word_run().match(rest)
    if run is None:
        return None
    words = run.group().split(" ")
    for count in range(len(words), 0, -1):
        written = " ".join(words[:count])
        direction = _DIRECTIONS.get(written.lower())
        if direction is None:
            continue
        after_change, by_after_change = _after_change_res()
        after = after_change.match(rest, len(written))
        if (  # never a qualifier as the adverb: "fell nearly 5 percent" is about 5
            after is not None
            and after.group("adv") is not None
            and _QUALIFIER_RE.match(rest[after.start("adv") :]) is not None
        ):
            after = by_after_change.match(rest, len(written))
        if after is None:
            return None
        return direction, after.group("by"), after.end()
    return None


_FLOW_RE = re.compile(
    r"(?:an|(?:a\s+)?net)\s+(?P<f>outflow|inflow)\s+of\s+|net\s+(?P<g>outflows|inflows)\s+of\s+",
    re.IGNORECASE,
)
"""A flow the words sign: "an outflow of", "a net outflow of", "net outflows of" (negative);
"an inflow of", "net inflows of" (positive). Plural flows with no "net" ("outflows of 4 billion")
may be gross amounts, positive: they are not read."""
_TOP_RE = re.compile(r"(?:the\s+)?top[\s-]+(?=\w)", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"between\s+", re.IGNORECASE)


@cache
def _and_re() -> re.Pattern[str]:
    return re.compile(r"\s*and\s+", re.IGNORECASE)


_RANGE_RE = re.compile(r"\s*(?:(?P<dash>[-–—‒])|to\b)\s*", re.IGNORECASE)


@cache
def _terms_re() -> re.Pattern[str]:
    return re.compile(
        r"[\s,]*(?:in\s+(?P<t>real|nominal)\s+terms|(?P<r>adjusted\s+for\s+inflation))$",
        re.IGNORECASE,
    )


_AFTER_DIRECTION_RE = re.compile(r"(?<=[\w%])\s+(?P<d>[^\W\d_]+(?:-[^\W\d_]+)*)$")
"""The last word of a value, a direction when :data:`AFTER_DIRECTIONS` has it ("19% lower")."""
_PERCENT_ENDS = ("%", "percent", "per cent", "pct", "point", "points", "pp", "p.p.")
"""A direction word after a value follows a percent or points: "19% lower", "2 points higher"."""
_SCALE_RE = re.compile(r"(?P<s>" + _build_alternation(list(_SCALES)) + r")\b", re.IGNORECASE)
_SHORT_SCALE_RE = re.compile(r"(?P<s>[kmb])\b", re.IGNORECASE)
_GLUED_SCALE_RE = re.compile(r"(?P<s>" + "|".join(_GLUED_SCALES) + r")\b", re.IGNORECASE)
GLUED_SCALE = re.compile(
    r"(?:"
    + _build_alternation([w for w in [*_SCALES, *_SHORT_SCALES, *_GLUED_SCALES] if " " not in w])
    + r")\b",
    re.IGNORECASE,
)
"""A scale's letters or word as they may stand glued after a number ("PGK30m", "Rwf5bn",
"KZT5.74tr", "Rs5.2cr", "3million"): an amount's scale, never the end of a name."""
HYPHEN_SCALE = re.compile(r"[-‐](?=(?:thousand|million|billion|trillion)\b)", re.IGNORECASE)
"""A hyphen between a number and its scale word, as an adjective writes them ("a $5-billion deal",
"a 700-million surplus")."""
_DECADES_RE = re.compile(r"decades?\b", re.IGNORECASE)
_ORDINAL_DIGITS_RE = re.compile(r"(?P<n>[0-9]{1,6})(?:st|nd|rd|th)\b", re.IGNORECASE)
_SCALED_CODE_RE = re.compile(r"[KMB][A-Z]{3}\b")
_SCALE_NAMES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?!\d|[.,]\d)")
"""Thousands grouped by two dots or more ("1.112.587.000") in a file whose decimal mark is the
point: a number has one decimal point, so the dots can only group thousands."""
_DOTS_AND_COMMA = re.compile(r"(\d{1,3}(?:\.\d{3})+),(\d{1,2})(?![0-9]|[.,'’][0-9])")
"""Thousands grouped by dots, then a comma and one or two decimals ("US$2.594,5 millones",
"10.128,9"), in a file that sets no locale: the comma cannot group thousands after dots did, so
the figure is read as the Spanish, German or Italian press writes it, as "20,3%" is."""
_A_TIME = re.compile(r"(.*\S)\s+an?\s+(day|week|month|year)", re.IGNORECASE)
_A_TIME_ALONE = re.compile(
    r"an?\s+(day|week|month|year)|(daily|weekly|monthly|yearly|annually)", re.IGNORECASE
)
_TIMELY = re.compile(r"(.*\S)\s+(daily|weekly|monthly|yearly|annually)", re.IGNORECASE)
"""A unit, then an adverb of time: a rate ("300,000 barrels daily" is barrels per day)."""
_TIMES = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
"""A unit, then "a" and a unit of time: a rate, as "per" writes it ("1.8 million barrels a day")."""
_MINUS = ("-", "−", "–")
_RANGE_STARTS = frozenset("-–—‒ tTaA")  # a dash, "to" or "and", or a space before them


def _number_re(locale: NumberLocale) -> re.Pattern[str]:
    dec, group = all_separators(locale)
    # a thousands comma with a space after it ("86, 288 tons", as some papers print it) is one
    # number in a locale whose groups are commas: a stated value holds one number, never a list
    spaced = r"|\d{1,3}(?:, \d{3})+(?![0-9])" if "," in locale.groups else ""
    return re.compile(rf"(?P<int>\d{{1,3}}(?:{group}\d{{3}})+{spaced}|\d+)(?:{dec}(?P<frac>\d+))?")


_NUMBER_RES: dict[str, re.Pattern[str]] = {}
"""The numeral pattern of each built-in locale, compiled when a file first uses it."""
_NOT_DIGIT = re.compile(r"\D")


@cache
def _comma_decimals() -> re.Pattern[str]:
    """Decimals after a comma ("20,3%"): compiled for a file whose locale writes them."""
    return re.compile(r",([0-9]{1,2})(?![0-9]|[.,'’][0-9])")


"""A comma and one or two digits, then no digit and no separator before a digit: "20,3%"."""


class _End(Struct):
    """One number of a stated value (a range has two): its sign, currency sign, digits and scale."""

    negative: bool
    prefix: UnitSpec | None
    digits: str
    word: str | None
    ordinal: bool
    numeral: str  # as written, with ASCII digits and the locale's separators
    exponent: int = 0
    scale_word: str | None = None
    divisor: int = 1  # a fraction in words
    of: bool = False  # "half a ...", "a quarter of a ...": a fraction of the unit that follows
    decimal_comma: bool = False  # "20,3" read with a decimal comma (DEFAULT_LOCALE)
    glued: bool = False  # letters right after the digits, with no space: "388.4m", "5bn"


_PERCENT = lookup_unit("percent")


def parse(
    text: object,
    locale: NumberLocale = DEFAULT_LOCALE,
    aliases: dict[str, str] | None = None,
) -> Stated:
    """Read one stated value. Raises :class:`GrammarError` with a plain message when it cannot.

    ``aliases`` maps extra currency words to ISO codes (a file's ``[settings] currencies``).
    """
    if not isinstance(text, str):
        raise GrammarError(f'expected a string such as "1.5 billion", got {type(text).__name__}')
    if len(text) > MAX_TEXT:
        raise GrammarError(f"value is {len(text)} characters long; the limit is {MAX_TEXT}")
    original = text
    rest = _normalise(text)
    if not rest:
        raise GrammarError("value is empty")
    rest = _country_and_word(rest)
    if "igit" in rest:  # "rose by double digits", "double-digit growth"
        rest = _DOUBLE_DIGITS.sub(DOUBLE_DIGITS, rest)

    terms = None
    tm = _terms_re().search(rest) if rest[-5:].lower() in ("terms", "ation") else None
    if tm is not None and tm.start() > 0:
        real = tm.group("r") is not None or tm.group("t").lower() == "real"
        terms = Terms.REAL if real else Terms.NOMINAL
        rest = rest[: tm.start()]

    trailing = _AFTER_DIRECTION_RE.search(rest) if rest[-1:].isalpha() else None
    if (
        trailing is not None
        and trailing.group("d").lower() in AFTER_DIRECTIONS
        and (
            rest[: trailing.start()].lower().endswith(_PERCENT_ENDS)
            or _amount_changed(rest[: trailing.start()], trailing.group("d"), aliases)
        )
    ):
        rest = rest[: trailing.start()]
        article, _, after = rest.partition(" ")  # "a 1.3 percent decline": a change, not "a"
        after = after.lstrip()
        if (
            article.lower() in ("a", "an")
            and _starts_amount(after, aliases)
            and trailing.group("d").lower() in _CHANGE_NOUNS
        ):  # "a five percent hike" too
            rest = after
    else:  # "37 more villages", "20 percent or more": not a direction
        if (
            trailing is not None
            and trailing.group("d").lower() in _CHANGE_NOUNS
            and rest[: trailing.start()][-1:].isdigit()
        ):  # "an 11.43 increase": a change with no unit, which no reading can size
            raise GrammarError(
                f'{original!r} gives the change no unit: write its percent ("an 11.43 percent '
                f'increase") or its amount with a currency or unit ("an increase of $5 million")'
            )
        trailing = None

    qualifier = direction = None
    top = between = False
    outflow = False
    flow = _FLOW_RE.match(rest) if rest[:1] in "aAnN" else None
    if flow is not None:  # "an outflow of 164.1 million euro" is -164.1 million euro
        outflow = (flow.group("f") or flow.group("g")).lower().startswith("out")
        rest = rest[flow.end() :]
    if rest[:1].isalpha() or rest[:1] == "~":  # "a rise" leaves no words: no number below
        qualifier, direction, top, between, rest = _read_words_before(rest)
    if flow is not None and (direction is not None or trailing is not None):
        raise GrammarError(f"{original!r} says both a flow and a change")
    if trailing is not None:
        if direction is not None:
            raise GrammarError(f"{original!r} says twice which way it went")
        direction = AFTER_DIRECTIONS[trailing.group("d").lower()]

    try:
        first, rest = _read_end(rest, locale, original, aliases)
    except GrammarError as exc:
        unknown = _unknown_words(rest, original) if str(exc).startswith("no number") else None
        if unknown is None:
            raise
        raise GrammarError(unknown) from None
    if isinstance(first, UnitSpec):  # a currency with no number: "US$"
        return Stated(original, qualifier, False, None, 0, None, first, None, terms=terms)
    high: _End | None = None
    letter = _glued_letter(first, rest)  # "249.8m to 309.5m barrels": tried as the first's scale
    ahead = rest if letter is None else rest[letter.end() :]
    rm = (_and_re() if between else _RANGE_RE).match(ahead) if ahead[:1] in _RANGE_STARTS else None
    if rm is not None and not (rm.groupdict().get("dash") and first.word is not None):
        try:
            second, after = _read_end(ahead[rm.end() :], locale, original, aliases)
        except GrammarError:
            if between:
                raise
        else:
            if isinstance(second, UnitSpec):
                raise GrammarError(f"no number after {rm.group(0).strip()!r} in {original!r}")
            high, rest = second, after
    if between and high is None:
        raise GrammarError(f"{original!r} says 'between' but gives no second number after 'and'")
    rest = rest.lstrip()
    ends = (first,) if high is None else (first, high)

    if rest[:1] in "kmbKMB" and not (ends[-1].exponent or ends[-1].prefix or ends[-1].ordinal):
        short = _SHORT_SCALE_RE.match(rest)  # "430m dollars": a scale letter before a currency
        signed = ends[0].prefix is not None and ends[-1].glued  # "£5-8m", as "£8m" reads
        after = rest[short.end() :] if short is not None else ""
        if short is not None and (
            signed
            or _scale_before(after, ends[-1].glued, aliases)
            or _thousands_alone(short.group("s"), after, ends[-1].glued)
        ):
            ends[-1].scale_word = short.group("s").lower()
            ends[-1].exponent = _SHORT_SCALES[ends[-1].scale_word]
            rest = rest[short.end() :].lstrip()
    coded = _SCALED_CODE_RE.match(rest) if rest[:1] in "KMB" else None
    if coded is not None and not (ends[-1].exponent or ends[-1].prefix or ends[-1].ordinal):
        scaled = scaled_code(coded.group(0))  # "4,214 MSEK": millions of Swedish kronor
        if scaled is not None:
            ends[-1].exponent = scaled[0]
            ends[-1].scale_word = _SCALE_NAMES[scaled[0]]
            rest = rest[1:]
    traded = tradeunits.scaled(rest.strip()) if rest[:1].isalpha() or rest[:1] == " " else None
    if traded is not None and not (ends[-1].exponent or ends[-1].ordinal):
        ends[-1].exponent, rest = traded[0], traded[1]  # "1.5mb/d": 1.5 million bpd
        ends[-1].scale_word = _SCALE_NAMES[traded[0]]
    million = MILLION_SIGNS.get(rest.strip()) and _million_after(
        rest.strip(), ends[0].prefix, aliases, original
    )
    if million:
        for end in ends:
            _add_million(end, original)
        rest, ends[0].prefix = "", million
    if letter is not None and high is not None:  # the first's letter is the high end's scale
        if high.scale_word != letter.group("s").lower():
            raise GrammarError(f"unknown unit {letter.group('s')!r} in {original!r}")
        first.scale_word, first.exponent = high.scale_word, high.exponent
    if high is not None:
        _share_scale(first, high)

    unit: UnitSpec | None
    per: UnitSpec | None
    decades = _DECADES_RE.match(rest) if rest[:1] in "dD" else None
    if decades is not None:  # "a decade", "two decades": ten years each
        for end in ends:
            end.digits = _times_ten(end.digits)
        unit, per = lookup_unit("years"), None
        if rest[decades.end() :].strip():
            raise GrammarError(f"unknown unit {rest.strip()!r} in {original!r}")
    elif rest.strip() in ("mt", "MT") and ends[-1].exponent:
        unit, per = lookup_unit("tonnes"), None  # "2.3 million mt": no million million tonnes
    else:
        unit, per = _read_unit(rest, original, aliases)
    if any(end.divisor != 1 for end in ends):
        unit = _fraction_unit(first, high, unit, per, original)
    prefix = first.prefix if high is None else _one_prefix(ends, original)
    if prefix is not None:
        if unit is not None and per is None and unit.key in PRICE_UNITS:
            unit, per = None, unit  # "NZ$6.25kgMS": a price per kilogram of milk solids
        if unit is not None:
            raise GrammarError(f"{original!r} names a currency twice ({prefix.key} and {unit.key})")
        unit = prefix

    if flow is not None and any(end.negative for end in ends):
        raise GrammarError(
            f"{original!r} says which way it flowed and has a minus sign: write the size of "
            "the flow after the words ('an outflow of 5 million') or a signed number"
        )
    if direction is not None and any(end.negative for end in ends):
        raise GrammarError(
            f"{original!r} says which way it went and has a minus sign: write the "
            "size of the change after the word ('fell 9 percent') or a signed number ('-9 percent')"
        )
    if high is not None:
        _check_range(first, high, qualifier, top, original)
    falls = direction == Direction.DOWN or outflow
    high_stated = None
    if high is not None:
        high_stated = Stated(
            original, None, falls or high.negative, high.digits, high.exponent, high.scale_word,
            unit, per, high.word, high.ordinal, decimal_comma=high.decimal_comma,
        )  # fmt: skip
    alternative = (
        _ambiguous_separator(first.numeral, locale) if first.word is None and high is None else None
    )
    return Stated(
        original,
        qualifier,
        falls or first.negative,
        first.digits,
        first.exponent,
        first.scale_word,
        unit,
        per,
        first.word,
        first.ordinal or top,
        alternative,
        high_stated,
        direction,
        terms,
        first.divisor,
        any(end.decimal_comma for end in ends),
    )


@cache
def _words_before_re() -> re.Pattern[str]:
    """Words before a number, the number perhaps after a sign ("$", "Rp", "US$")."""
    return re.compile(
        r"((?:[^\W\d_][\w'’.-]*\s+){1,4}?)"
        r"(?=[-+−]?\s?(?:[^\w\s]{1,2}|[A-Z][A-Za-z]{0,2}[^\w\s]?)?\s?\d)"
    )


def _unknown_words(rest: str, original: str) -> str | None:
    """What to say of words the grammar does not know before a number ("hit 5 percent"), or
    None when no number follows them."""
    m = _words_before_re().match(rest)
    if m is None:
        return None
    words = m.group(1).strip()
    if words.split()[0].lower() in UNCERTAIN_FORMS:
        return (
            f"{words.split()[0]!r} in {original!r} does not say which way the figure went (a "
            "deficit that improves shrinks, a revenue that improves grows): write the change with "
            "a word of rise or fall (rose, fell, widened, narrowed) or as a signed number"
        )
    return (
        f"unknown word {words!r} before the number in {original!r}: write a change with a word "
        "of rise or fall (rose, fell, widened, narrowed, surged, slipped, ...) or as a signed "
        "number, and other words in the claim's subject or quote"
    )


def _fraction_unit(
    first: _End, high: _End | None, unit: UnitSpec | None, per: UnitSpec | None, original: str
) -> UnitSpec | None:
    """The unit of a fraction in words: alone ("a third", "two thirds") it is a share, in percent;
    with "a" or "of a" it is that part of the unit or scale after it ("half a percentage point",
    "a quarter of a million")."""
    if high is not None:
        raise GrammarError(f"{original!r}: a range of fractions in words; write it in percent")
    if first.prefix is not None or (first.of and unit is None and not first.exponent):
        raise GrammarError(
            f'{original!r}: a fraction in words is a share ("a third") or a part of the '
            'unit after it ("half a percentage point")'
        )
    if first.of:
        return unit
    if unit is not None or per is not None or first.exponent:
        raise GrammarError(
            f'{original!r}: a fraction in words is a share, in percent ("a third"); for a part '
            'of a unit write "a" or "of a" before it ("half a percentage point")'
        )
    first.digits = str(100 * int(first.digits))
    return _PERCENT


def _number_word(text: str) -> bool:
    """``text`` starts with a number word or a fraction in words ("five percent", "half a
    percent"), not with another word."""
    return text[:1].isalpha() and (read_words(text) or read_fraction(text)) is not None


def _read_words_before(rest: str) -> tuple[str | None, str | None, bool, bool, str]:
    """The words before the number: a direction ("fell by"), then a qualifier ("more than"), "top"
    or "between". Returns (qualifier, direction, top, between, the rest)."""
    qualifier = direction = None
    top = between = False
    m = _QUALIFIER_RE.match(rest) if not rest[0].isdigit() else None
    if m is None:
        change = _change_word(rest)
        if change is not None:
            if (change[1] or "").lower() != "to":  # "fell to 5 percent" is the level reached
                direction = change[0]
            rest = rest[change[2] :].lstrip()
            m = _QUALIFIER_RE.match(rest)
    if m is not None:
        qualifier = _QUALIFIERS[m.group("q").lower()]
        rest = rest[m.end() :].lstrip()
    elif (tm := _TOP_RE.match(rest)) is not None:  # "top ten": a rank of ten or better
        qualifier, top = Qualifier.UPPER, True
        rest = rest[tm.end() :]
    elif (bm := _BETWEEN_RE.match(rest)) is not None:
        between = True
        rest = rest[bm.end() :]
    return qualifier, direction, top, between, rest


def _read_sign(rest: str, original: str) -> tuple[bool, str]:
    """A sign before the number ("-", "−", "minus", "+", "plus"), and the text after it."""
    negative = rest.startswith(_MINUS)
    if negative or rest.startswith("+"):
        after = rest[1:].lstrip()
        if after.startswith(_MINUS if negative else ("+", *_MINUS)):
            what = "minus sign" if negative else "sign"
            raise GrammarError(f"malformed number in {original!r}: more than one {what}")
        return negative, after
    word = rest[:6].lower()
    if word.startswith(("minus ", "plus ")):
        return word.startswith("minus"), rest[len(word.split(" ")[0]) :].lstrip()
    return False, rest


def _read_end(
    rest: str, locale: NumberLocale, original: str, aliases: dict[str, str] | None = None
) -> tuple[_End | UnitSpec, str]:
    """One number with its sign, currency sign and scale word (a mixed-scale number, "22 billion
    834.7 million", is one number: see :func:`_read_mixed`); a currency sign alone is returned as
    its unit (a number the article left out)."""
    negative, prefix, consumed, million = False, None, 0, False
    if not rest[:1].isdigit():  # no sign or currency sign before a digit
        negative, rest = _read_sign(rest, original)
        prefix, consumed = lookup_prefix_currency(rest, any_code=True, aliases=aliases)
        million = prefix is not None and rest[:consumed].strip() in MILLION_SIGNS
    if prefix is not None:
        rest = rest[consumed:].lstrip()
        if rest.startswith(("-", "−")) and not negative:
            negative = True
            rest = rest[1:]
        if not rest:
            return prefix, rest
    elif used := shared_sign(rest, money_only=True):  # unmapped: a mapped one is the prefix
        raise GrammarError(_shared_advice(rest[:used], original))
    end, rest = _read_numeral(rest, locale, original)
    end.negative, end.prefix = negative, prefix
    end.glued = rest[:1].isalpha()
    rest = rest.lstrip()
    if end.exponent == 0 and not end.ordinal and HYPHEN_SCALE.match(rest):
        rest = rest[1:]  # "a $5-billion deal": the scale joined to its number as an adjective
    if end.exponent == 0 and not end.ordinal:
        sm = _SCALE_RE.match(rest)
        if sm:
            end.scale_word = sm.group("s").lower()
            end.exponent = _SCALES[end.scale_word]
            rest = rest[sm.end() :].lstrip()
            if end.word is None and rest and "." not in end.digits:
                rest = _read_mixed(end, rest, locale, original, aliases)
        elif prefix is not None and (short := _SHORT_SCALE_RE.match(rest)):
            end.scale_word = short.group("s").lower()
            end.exponent = _SHORT_SCALES[end.scale_word]
            rest = rest[short.end() :].lstrip()
        elif end.glued and (glued := _GLUED_SCALE_RE.match(rest)) and _not_dong(prefix, rest):
            end.scale_word = glued.group("s").lower()
            end.exponent = _GLUED_SCALES[end.scale_word]
            rest = rest[glued.end() :].lstrip()
        elif end.glued and _CAPITAL_MILLION.match(rest):
            end.scale_word, end.exponent = "m", 6  # "raised 300M": a million, never metres
            rest = rest[1:].lstrip()
    if million:  # "MD 1,200": the sign's million
        _add_million(end, original)
    return end, rest


def _add_million(end: _End, original: str) -> None:
    """The million of a sign of :data:`~aktobe_facts.reading.units.MILLION_SIGNS` ("MD 1,200",
    "1,050 MD"): the number's scale, which no scale word of its own may give twice."""
    if end.exponent:
        raise GrammarError(f"{original!r} gives its scale twice: a sign of a million and a scale")
    end.exponent, end.scale_word = 6, "million"


def _million_after(
    rest: str, prefix: UnitSpec | None, aliases: dict[str, str] | None, original: str
) -> UnitSpec | None:
    """The currency of a sign of :data:`~aktobe_facts.reading.units.MILLION_SIGNS` after the
    number ("1,050 MD", "TND 1.2 MD"): the one ``[settings] currencies`` maps it to, or the code
    before the number when the sign names it; an error when neither says which."""
    codes = MILLION_SIGNS[rest]
    if prefix is not None and prefix.key in codes:
        return prefix
    code = (aliases or {}).get(rest.lower())
    if code is None or code not in codes or prefix is not None:
        raise GrammarError(_shared_advice(rest, original))
    return currency(code)


def _not_dong(prefix: UnitSpec | None, rest: str) -> bool:
    """Neither the sign before the number nor the word after its scale is the dong's ("VND5tr",
    "5tr dong": "tr" shortens "trieu", a million)."""
    if prefix is not None and prefix.key == "VND":
        return False
    return re.match(r"\w+\s+(?:vnd|dong|đồng|vnđ)\b", rest, re.IGNORECASE) is None


def _read_mixed(
    end: _End, rest: str, locale: NumberLocale, original: str, aliases: dict[str, str] | None
) -> str:
    """A number written in parts of strictly descending scales ("22 billion 834.7 million", "3
    trillion 200 billion", "1 billion dollar 477 million 4 thousand") is one number, the sum of
    its parts, read to its last part's step: ``end`` becomes "22834.7" million. Every part but the
    last is whole and each fits below the one before it (834.7 million < 1 billion); a currency
    word may stand after the first part when nothing follows the last. Anything else is left as
    it was: the text after the first part is returned unread."""
    word = ""
    text = rest
    if not rest[:1].isdigit():  # "1 billion dollar 477 million": a currency word between
        digit = next((i for i, ch in enumerate(rest[:40]) if ch.isdigit()), None)
        if digit is None or not _names_currency(rest[:digit].strip(), aliases):
            return rest
        word, text = rest[:digit].strip(), rest[digit:]
    whole, exponent, after = int(end.digits), end.exponent, text
    last: _End | None = None
    scale_word = ""
    while text[:1].isdigit() and (last is None or "." not in last.digits):
        try:
            part, tail = _read_numeral(text, locale, original)
        except GrammarError:
            break
        tail = tail.lstrip()
        sm = _SCALE_RE.match(tail)
        if sm is None or part.word is not None or part.ordinal:
            break
        scale = _SCALES[sm.group("s").lower()]
        part_whole = int(part.digits.partition(".")[0])
        fits = scale < exponent and part_whole < 10 ** (exponent - scale)
        if not fits or not int(part.digits.replace(".", "")):  # a part of 0 says nothing
            break
        whole = whole * 10 ** (exponent - scale) + part_whole
        exponent, last, scale_word = scale, part, sm.group("s").lower()
        text = after = tail[sm.end() :].lstrip()
    if last is None or (word and after):
        return rest
    frac = last.digits.partition(".")[2]
    end.digits = str(whole) + ("." + frac if frac else "")
    end.exponent, end.scale_word = exponent, scale_word
    end.numeral, end.decimal_comma = end.digits, last.decimal_comma
    return word or after


def _starts_amount(text: str, aliases: dict[str, str] | None) -> bool:
    """``text`` begins with a number, its sign, a number word or a currency's sign ("€33")."""
    if text[:1].isdigit() or text[:1] in "+-−" or _number_word(text):
        return True
    return lookup_prefix_currency(text, aliases=aliases)[0] is not None


def _amount_changed(head: str, noun: str, aliases: dict[str, str] | None) -> bool:
    """An amount between "a" and a noun of change ("a €33 million fall", "a $2bn drop", "a
    2.5m tonnes decline"), as a percent is ("a 7 per cent drop"): the noun signs it. A bare
    number before the noun ("an 11.43 increase") is left to the error that it gives the change
    no unit."""
    article, _, after = head.partition(" ")
    after = after.lstrip()
    if noun.lower() not in _CHANGE_NOUNS or article.lower() not in ("a", "an"):
        return False
    if lookup_prefix_currency(after, aliases=aliases)[0] is not None:
        return True
    return not head[-1:].isdigit() and _starts_amount(after, aliases)


def _shared_advice(sign: str, original: str) -> str:
    """Why a sign or word of several currencies is not read, and how to say which one."""
    codes = SHARED_SIGNS.get(sign) or SHARED[sign.lower()]
    if len(codes) == 1:
        word = sign.lower() in SHARED  # "lats", where "Sk" is a sign
        what = "word" if word else "sign"
        also = "an English word" if word else "a letter of names"
        return (
            f"{sign!r} in {original!r} is read as a currency {what} only when the file says so "
            f"(it is also {also}): write the code, or [settings] currencies = "
            f'{{ "{sign.lower()}" = "{codes[0]}" }}'
        )
    return (
        f"{sign!r} in {original!r} names several currencies ({', '.join(codes)}): write the "
        f'code, or say which in [settings] currencies = {{ "{sign.lower()}" = "{codes[0]}" }}'
    )


def _names_currency(rest: str, aliases: dict[str, str] | None) -> bool:
    """True when ``rest`` is a currency word, alone or before "per" ("dollars", "euros per job")."""
    unit = lookup_unit(rest.split(" per ", 1)[0], aliases) if rest.strip() else None
    return unit is not None and unit.is_currency


def _glued_letter(first: _End, rest: str) -> re.Match[str] | None:
    """A scale letter glued to the first number of a range ("249.8m to 309.5m barrels"), which
    is its scale when the high end's same letter is one; None otherwise."""
    if not first.glued or first.exponent or first.prefix or first.ordinal:
        return None
    return _SHORT_SCALE_RE.match(rest) if rest[:1] in "kmbKMB" else None


def _scale_before(rest: str, glued: bool, aliases: dict[str, str] | None) -> bool:
    """A scale letter ("m", "k", "b") stands before ``rest``: before a currency word ("430m
    dollars", "430 m dollars"), or glued to the number before a unit of measure or of people
    ("388.4m barrels", "1.2m bpd", "400m people", "5k tonnes"). Alone, or before any other word,
    "m" stays metres ("a 400m race", "400 m"); a scale before a percent is none."""
    if _names_currency(rest, aliases):
        return True
    if not glued or not rest.startswith(" "):
        return False
    unit = lookup_unit(rest, aliases) or next(iter(lookup_compound_unit(rest) or ()), None)
    return unit is not None and unit.kind not in ("percent", "points")


COUNTRY_AMOUNT_WORD = re.compile(
    r"(?P<country>[A-Z]{2})(?P<amount>\d[\d,.]*(?:\s*(?:thousand|million|billion|mn|bn|m))?)"
    r"\s+(?P<word>[A-Za-z]+\.?)"
)


def _country_and_word(rest: str) -> str:
    """A country's two letters glued before an amount and a word after it that names several
    currencies, one of them that country's ("DK12,845 kr": the Danish crown, of the crowns "kr"
    names): one amount in that currency, written with its code ("DKK 12,845"). Any other value
    is left as it is."""
    m = COUNTRY_AMOUNT_WORD.fullmatch(rest)
    code = country_currency(m.group("country"), m.group("word")) if m is not None else None
    return rest if m is None or code is None else f"{code} {m.group('amount')}"


def _thousands_alone(letter: str, rest: str, glued: bool) -> bool:
    """A lower-case "k" glued to a number with nothing after it is a thousand ("170k", of "170k
    subscribers" or "up from 120k": the count's noun is the text's, never the grammar's); "m"
    alone stays metres and a capital "K" a name's ("4K")."""
    return letter == "k" and glued and not rest.strip()


def _share_scale(first: _End, high: _End) -> None:
    """The ends of a range share the scale written once: "10–15 million" is 10 million to 15."""
    if first.scale_word is None and high.scale_word is not None:
        first.exponent, first.scale_word = high.exponent, high.scale_word
    elif high.scale_word is None and first.scale_word is not None:
        high.exponent, high.scale_word = first.exponent, first.scale_word


def _one_prefix(ends: tuple[_End, ...], original: str) -> UnitSpec | None:
    prefixes = {end.prefix.key: end.prefix for end in ends if end.prefix is not None}
    if len(prefixes) > 1:
        raise GrammarError(f"{original!r} names two currencies ({' and '.join(prefixes)})")
    return next(iter(prefixes.values()), None)


def _check_range(first: _End, high: _End, qualifier: str | None, top: bool, original: str) -> None:
    if top or qualifier in (Qualifier.LOWER, Qualifier.UPPER):
        raise GrammarError(
            f"{original!r} is a range and a bound at once: write the range, or the bound"
        )
    low = Stated("", None, first.negative, first.digits, first.exponent, None, None, None)
    top_end = Stated("", None, high.negative, high.digits, high.exponent, None, None, None)
    if low.value > top_end.value:
        raise GrammarError(f"the range {original!r} runs from high to low: write the low end first")


def _times_ten(digits: str) -> str:
    """The digits of ten times the number: "1.5" is "15", "3" is "30"."""
    whole, _, frac = digits.partition(".")
    shifted = (whole + (frac[:1] or "0")).lstrip("0") or "0"
    return shifted + ("." + frac[1:] if frac[1:] else "")


def _ambiguous_separator(numeral: str, locale: NumberLocale) -> str | None:
    """The other reading of a numeral whose one separator could be either kind.

    In a file that writes decimal commas ("4,7"), "2,350" is read as 2.350 by the file's locale but
    may be a thousands separator slip (2350); likewise "2.350" read as 2350 may be a decimal point.
    Only a single separator followed by exactly three digits is ambiguous.
    """
    if locale.decimal != ",":
        return None
    seps = [ch for ch in numeral if ch in ",."]
    if len(seps) != 1:
        return None
    head, _, tail = numeral.rpartition(seps[0])
    head_digits = "".join(ch for ch in head if ch.isdigit())
    if len(tail) != 3 or not tail.isdigit() or not head_digits or len(head_digits) > 3:
        return None
    if seps[0] == ",":  # read as a decimal comma; the other reading is thousands
        return head_digits + tail
    return head_digits + "." + tail  # read as thousands; the other reading is a decimal point


_DOUBLE_DIGITS = re.compile(
    r"\b(?:double|two)[\s-]+digits?\b(?:\s+(?:percent(?:age)?|per\s+cent))?", re.IGNORECASE
)
DOUBLE_DIGITS = "10-100 percent"
"""A percent "in double digits" ("rose by double digits", "double-digit growth"): from 10 to
under 100 percent as printed, read as the range "10-100 percent", its ends rounded as printed
figures are ([9.5, 100.5]): never narrower than the words."""


def _normalise(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = " ".join(text.replace("\t", " ").replace("\n", " ").split(" ")).strip()
    text = hyphenpoint.written(text)  # "35-point-five billion": 35.5 billion
    return _SPOKEN_POINT.sub(r"\1.\2", text) if " point " in text else text


_SPOKEN_POINT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*) point (?!(?:1[89]|2[01])\d\d(?![\d,.]))(\d+)(?![\d,.])"
)
"""A decimal point said as a word, as broadcasters' scripts print it ("12 point 5 per cent"), never
before a year ("a 10 point 2030 plan")."""


_INDIAN = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,]|\.\d)")
"""Digits grouped the South Asian way: three, then twos ("1,06,577", "12,34,56,789.5"); a number
grouped in threes never matches (its second group has three digits)."""


def _read_numeral(rest: str, locale: NumberLocale, original: str) -> tuple[_End, str]:
    """The number at the start of ``rest`` (digits, a number word or an ordinal) and the text after."""
    if rest[:1].isalpha():
        fraction = read_fraction(rest)
        if fraction is not None:
            end = _End(False, None, str(fraction.numerator), fraction.words, False, fraction.words)
            end.divisor, end.of = fraction.denominator, fraction.of
            return end, rest[fraction.end :]
        words = read_words(rest)
        if words is not None:
            digits = f"{words.digits}.{words.decimals}" if words.decimals else str(words.digits)
            end = _End(False, None, digits, words.words, words.ordinal, words.words)
            end.exponent, end.scale_word = words.exponent, words.scale_word
            return end, rest[words.end :]
    om = _ORDINAL_DIGITS_RE.match(rest)
    if om:
        n = str(int(om.group("n")))
        return _End(False, None, n, om.group(0), True, om.group(0)), rest[om.end() :]
    number_re = _NUMBER_RES.get(locale.name)
    if number_re is None:
        known = LOCALES.get(locale.name)
        number_re = _number_re(known or locale)
        if known is not None:
            _NUMBER_RES[locale.name] = number_re
    indian = _INDIAN.match(rest) if locale.groups[0] == "," and locale.decimal == "." else None
    if indian is not None:  # "1,06,577": the South Asian grouping, a lakh and its thousands
        digits = indian.group(0).replace(",", "")
        return _End(False, None, digits, None, False, indian.group(0)), rest[indian.end() :]
    european = _DOTS_AND_COMMA.match(rest) if locale.comma_decimals else None
    if european is not None:  # "2.594,5 millones": dots group, the comma marks decimals
        whole, frac = european.group(1).replace(".", ""), european.group(2)
        end = _End(False, None, f"{whole}.{frac}", None, False, european.group(0))
        end.decimal_comma = True
        return end, rest[european.end() :]
    dotted = _DOT_GROUPS.match(rest) if locale.decimal == "." and "." not in locale.groups else None
    if dotted is not None:  # "1.112.587.000" in a file of decimal points: thousands
        digits = dotted.group(0).replace(".", "")
        return _End(False, None, digits, None, False, dotted.group(0)), rest[dotted.end() :]
    if rest[:1] == "." == locale.decimal and rest[1:2].isdigit():
        rest = "0" + rest  # "$.86 billion", ".5 percent": no digit before the decimal point
    nm = number_re.match(rest)
    if not nm:
        lowered = rest.lower()
        if lowered.startswith(("nan", "inf", "infinity")):
            raise GrammarError(f"{original!r} is not a finite number")
        raise GrammarError(f"no number found in {original!r}")
    after = rest[nm.end() :]
    comma = (
        _comma_decimals().match(after)
        if locale.comma_decimals and after[:1] == "," and nm.group("frac") is None
        else None
    )
    if comma is not None and nm.group("int").isdigit():  # "20,3%": no thousands group
        end = _End(False, None, nm.group("int") + "." + comma.group(1), None, False, nm.group(0))
        end.decimal_comma = True
        return end, after[comma.end() :]
    _reject_trailing_junk(after, locale, original)
    numeral = nm.group(0)
    if not numeral.isascii():  # other scripts' digits or separators, or no-break spaces
        try:
            folded = fold_digits(numeral, locale, original)
        except ScriptError as exc:
            raise GrammarError(str(exc)) from None
        if folded != numeral:
            nm = number_re.fullmatch(folded)
            if nm is None:  # the script's separators in places the locale's cannot stand
                raise GrammarError(f"malformed number in {original!r}")
    int_part = nm.group("int")
    frac = nm.group("frac")
    int_digits = int_part if int_part.isdigit() else _NOT_DIGIT.sub("", int_part)
    total = len(int_digits) + (len(frac) if frac else 0)
    if total > MAX_DIGITS:
        raise GrammarError(
            f"malformed number in {original!r}: {total} digits, the limit is {MAX_DIGITS}"
        )
    digits = int_digits + ("." + frac if frac else "")
    return _End(False, None, digits, None, False, nm.group(0)), after


def _reject_trailing_junk(after: str, locale: NumberLocale, original: str) -> None:
    if not after:
        return
    first = after[0]
    if first.isdigit() or first in SEPARATORS or (first == locale.decimal):
        raise GrammarError(
            f"malformed number in {original!r}: unexpected {first!r} after the digits "
            f"(this file writes numbers like {_example(locale)})"
        )
    if first in "eE" and len(after) > 1 and (after[1].isdigit() or after[1] in "+-"):
        raise GrammarError(
            f"malformed number in {original!r}: exponent notation is not an article's style"
        )


def _example(locale: NumberLocale) -> str:
    sep = locale.groups[0] if locale.groups[0] != " " else " "
    return f"1{sep}234{locale.decimal}5"


def _read_unit(
    rest: str, original: str, aliases: dict[str, str] | None
) -> tuple[UnitSpec | None, UnitSpec | None]:
    rest = rest.strip()
    if not rest:
        return None, None
    whole = lookup_unit(rest, aliases)  # "per cent" is one unit
    if whole is not None:
        return whole, None
    timed = _A_TIME.fullmatch(rest) or _TIMELY.fullmatch(rest)
    if timed is not None:  # "barrels a day", "barrels daily": per day, never "5 percent a year"
        rated = lookup_unit(timed.group(1), aliases)
        if rated is not None and rated.kind not in ("percent", "points"):
            return rated, lookup_unit(_TIMES.get(timed.group(2).lower(), timed.group(2)) + "s")
    alone = (  # "$5 a day": the currency is the sign before it
        _A_TIME_ALONE.fullmatch(rest) if rest[:1] in "aA" or rest[-2:] == "ly" else None
    )
    if alone is not None:
        time = alone.group(1) or _TIMES[alone.group(2).lower()]
        return None, lookup_unit(time + "s")
    if rest.lower() in AMBIGUOUS_UNITS:  # "Mb/d": a thousand or a million barrels a day
        raise GrammarError(f"{rest!r} in {original!r} is {AMBIGUOUS_UNITS[rest.lower()]}")
    compound = lookup_compound_unit(rest)  # "bpd": barrels per day
    if compound is not None:
        return compound
    spaced = " " + rest  # the unit before "per" may be left out: "US$5 per person"
    for sep in (" per ", "/"):
        if sep in spaced:
            top, bottom = spaced.split(sep, 1)
            top_unit = _unit_or_error(top.strip(), original, aliases) if top.strip() else None
            bottom_text = bottom.strip()
            bottom_prefix, used = lookup_prefix_currency(bottom_text, aliases=aliases)
            if bottom_prefix is not None and not bottom_text[used:].strip(" 1"):
                return top_unit, bottom_prefix
            if sep == " per " and lookup_unit(bottom_text, aliases) is None:
                _unit_then_words(bottom_text, original, aliases)
                noun = lookup_noun(bottom_text)  # "per job created": a counted noun
                if noun is not None:
                    return top_unit, noun
            return top_unit, _unit_or_error(bottom_text, original, aliases)
    return _unit_or_error(rest, original, aliases), None


def _unit_then_words(text: str, original: str, aliases: dict[str, str] | None) -> None:
    """Refuse a unit followed by other words after "per" ("per ha in 2023"): it is no counted
    noun, whose figures could never meet the same unit's ("per ha")."""
    words = text.split()
    for count in range(len(words) - 1, 0, -1):
        if lookup_unit(" ".join(words[:count]), aliases) is not None:
            raise GrammarError(f"unknown unit {text!r} after 'per' in {original!r}")


def _unit_or_error(text: str, original: str, aliases: dict[str, str] | None) -> UnitSpec:
    spec = lookup_unit(text, aliases)
    if spec is None and text.lower() in SHARED:
        raise GrammarError(_shared_advice(text, original))
    if spec is None and text.lower() in AMBIGUOUS_UNITS:
        raise GrammarError(f"{text!r} in {original!r} is {AMBIGUOUS_UNITS[text.lower()]}")
    if spec is None:
        raise GrammarError(f"unknown unit {text!r} in {original!r}")
    return spec
