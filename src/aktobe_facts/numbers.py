"""The grammar of stated numbers: ``qualifier? currency? number scale? unit?``.

Why a grammar of our own: the quantity extractors we tried do not fit article figures. quantulum3 reads
"(US$1.5 billion)" as minus 1.5 billion and does not know the tenge; Recognizers-Text drops
"more than" / "about" and does not know bare "tenge"; price-parser ignores scale words. None reads
all of "646.8 billion tenge", "US$1.5 billion", "more than 1,100", "some 650 kilometers" and
"1,040 square meters". The grammar below is small, table-driven and never evaluates its input.

This module is purely lexical: it says what was written (digits, scale, unit word, qualifier).
:mod:`aktobe_facts.quantities` turns that into an exact interval with a pint unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from aktobe_facts.exact import Fraction
from aktobe_facts.units import UnitSpec, lookup_prefix_currency, lookup_unit

MAX_DIGITS = 30
"""Longest numeral accepted (digits, separators not counted). Longer ones are a malformed number."""

MAX_TEXT = 200
"""Longest stated value accepted, in characters."""


class GrammarError(ValueError):
    """A stated value that does not follow the grammar; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class NumberLocale:
    """How a file writes numbers: the decimal mark and the thousands separators it uses."""

    name: str
    decimal: str
    groups: tuple[str, ...]


_SPACES = (" ", "\u00a0", "\u202f", "\u2009")
LOCALES: dict[str, NumberLocale] = {
    "en": NumberLocale("en", ".", (",", *_SPACES)),
    "de": NumberLocale("de", ",", (".", *_SPACES)),
    "fr": NumberLocale("fr", ",", _SPACES),
    "ch": NumberLocale("ch", ".", ("'", "’", *_SPACES)),
}
"""Number styles by name: ``en`` 1,234.5; ``de`` 1.234,5; ``fr`` (also ru, kk) 1 234,5; ``ch`` 1'234.5."""


class Qualifier:
    """What a word before the number does to it."""

    LOWER = "lower"  # more than, over, at least: the number is a lower bound
    UPPER = "upper"  # less than, up to, at most: the number is an upper bound
    APPROX = "approx"  # some, about, nearly: the number is approximate


_QUALIFIERS: dict[str, str] = {
    "more than": Qualifier.LOWER,
    "over": Qualifier.LOWER,
    "above": Qualifier.LOWER,
    "in excess of": Qualifier.LOWER,
    "upwards of": Qualifier.LOWER,
    "at least": Qualifier.LOWER,
    "no less than": Qualifier.LOWER,
    "not less than": Qualifier.LOWER,
    "no fewer than": Qualifier.LOWER,
    "less than": Qualifier.UPPER,
    "fewer than": Qualifier.UPPER,
    "under": Qualifier.UPPER,
    "below": Qualifier.UPPER,
    "up to": Qualifier.UPPER,
    "at most": Qualifier.UPPER,
    "no more than": Qualifier.UPPER,
    "not more than": Qualifier.UPPER,
    "some": Qualifier.APPROX,
    "about": Qualifier.APPROX,
    "around": Qualifier.APPROX,
    "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX,
    "roughly": Qualifier.APPROX,
    "nearly": Qualifier.APPROX,
    "almost": Qualifier.APPROX,
    "close to": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX,
    "estimated": Qualifier.APPROX,
    "~": Qualifier.APPROX,
}

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
    "tn": 12,
}
# Single-letter scales only directly after a currency-prefixed amount ("US$7m", "€3k"), where they
# cannot be confused with metres or tonnes.
_SHORT_SCALES: dict[str, int] = {"k": 3, "m": 6, "b": 9}

CARDINAL_WORDS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
"""The number words from zero to twenty, by value (``CARDINAL_WORDS[3]`` is "three")."""
TENS_WORDS: tuple[str, ...] = (
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)  # fmt: skip
"""The tens from twenty to ninety."""
_CARDINALS: dict[str, int] = {word: n for n, word in enumerate(CARDINAL_WORDS)}
_CARDINALS.update(
    {
        **{word: 10 * (n + 2) for n, word in enumerate(TENS_WORDS)},
        "hundred": 100,
        "a dozen": 12,
        "dozen": 12,
    }
)
ORDINAL_WORDS: tuple[str, ...] = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
"""The ordinals the grammar reads, by value (``ORDINAL_WORDS[5]`` is "fifth")."""
_ORDINALS: dict[str, int] = {word: n for n, word in enumerate(ORDINAL_WORDS)}


_POWER_WORD = re.compile(r"hundred|thousand|million|billion|trillion", re.IGNORECASE)
_POWERS = {e: Fraction(10) ** e for e in range(-40, 41)}


def pow10(exponent: int) -> Fraction:
    """10 to a whole power, as a Fraction (the common ones precomputed)."""
    cached = _POWERS.get(exponent)
    return cached if cached is not None else Fraction(10) ** exponent


@dataclass(frozen=True, slots=True)
class Stated:
    """A value as the article states it, read but not yet turned into an interval."""

    text: str
    qualifier: str | None
    negative: bool
    digits: (
        str | None
    )  # the numeral's digits with "." as decimal mark, e.g. "646.8"; None if missing
    exponent: int  # the power of ten of the scale word ("billion" is 9)
    scale_word: str | None
    unit: UnitSpec | None  # None for a bare count or number
    per: UnitSpec | None  # the denominator of a rate: "tenge per US$"
    word: str | None = None  # a number word ("three") or ordinal ("fifth") as written
    ordinal: bool = False
    alternative: str | None = None  # the digits under the other reading of an ambiguous separator
    value: Fraction = field(init=False, repr=False, compare=False)
    """The number as written, times its scale; 0 when missing (computed once)."""

    def __post_init__(self) -> None:
        v = Fraction(0)
        if self.digits is not None:
            whole, _, frac = self.digits.partition(".")
            # from integers: much faster than Fraction's string parser
            v = Fraction(int(whole + frac), 10 ** len(frac)) if frac else Fraction(int(whole))
            if self.exponent:
                v *= pow10(self.exponent)
            if self.negative:
                v = -v
        object.__setattr__(self, "value", v)

    @property
    def missing(self) -> bool:
        """True for a unit with no number, such as the "(US$)" an article forgot to fill."""
        return self.digits is None

    @property
    def decimals(self) -> int:
        """Digits written after the decimal mark."""
        if self.digits is None or "." not in self.digits:
            return 0
        return len(self.digits.split(".", 1)[1])

    @property
    def exact_word(self) -> bool:
        """A number word that counts exactly: an ordinal ("fifth"), or a cardinal with no power of
        ten ("three", "forty-five", "a dozen"). A number word with a power of ten ("five billion",
        "two hundred") is as precise as its digits would be ("5 billion", "200")."""
        if self.word is None:
            return False
        return self.ordinal or (self.scale_word is None and not _POWER_WORD.search(self.word))

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


_QUALIFIER_RE = re.compile(
    r"(?P<q>" + _build_alternation(list(_QUALIFIERS)) + r")(?=\s|\d|[^\w\s])", re.IGNORECASE
)
_SCALE_RE = re.compile(r"(?P<s>" + _build_alternation(list(_SCALES)) + r")\b", re.IGNORECASE)
_SHORT_SCALE_RE = re.compile(r"(?P<s>[kmb])\b", re.IGNORECASE)
_WORD_RE = re.compile(
    r"(?P<w>" + _build_alternation([*_CARDINALS, *_ORDINALS]) + r")\b", re.IGNORECASE
)
_ORDINAL_DIGITS_RE = re.compile(r"(?P<n>[0-9]{1,6})(?:st|nd|rd|th)\b", re.IGNORECASE)


# Digits of any script are read (``\d`` is every Unicode decimal digit), one script per number. Each
# script has its own separators: ASCII digits the file's locale, fullwidth digits the fullwidth forms
# of the locale's, Arabic-Indic and Persian digits the Arabic decimal and thousands separators
# (U+066B, U+066C), every other script the locale's. A number is folded to ASCII before it is read.
_ARABIC_DECIMAL, _ARABIC_GROUP = "\u066b", "\u066c"
_ARABIC_ZEROS = frozenset({0x0660, 0x06F0})
_FULLWIDTH_ZERO = 0xFF10


def _fullwidth(ch: str) -> str:
    """The fullwidth form of an ASCII character ("," is "，"); other characters are their own."""
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


def _script_separators(zero: int, locale: NumberLocale) -> tuple[str, tuple[str, ...]]:
    """The decimal mark and the group separators of numbers whose digits start at ``zero``."""
    if zero in _ARABIC_ZEROS:
        return _ARABIC_DECIMAL, (_ARABIC_GROUP, *_SPACES)
    if zero == _FULLWIDTH_ZERO:
        return _fullwidth(locale.decimal), tuple(dict.fromkeys(map(_fullwidth, locale.groups)))
    return locale.decimal, locale.groups


def _all_separators(locale: NumberLocale) -> tuple[str, str]:
    """Every decimal mark and group separator some script may use in this locale, as regex parts."""
    decimals = (locale.decimal, _ARABIC_DECIMAL, _fullwidth(locale.decimal))
    groups = (*locale.groups, _ARABIC_GROUP, *map(_fullwidth, locale.groups))
    return (
        "(?:" + "|".join(re.escape(d) for d in decimals) + ")",
        "[" + "".join(re.escape(g) for g in dict.fromkeys(groups)) + "]",
    )


def _number_re(locale: NumberLocale) -> re.Pattern[str]:
    dec, group = _all_separators(locale)
    return re.compile(rf"(?P<int>\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{dec}(?P<frac>\d+))?")


def _script(zero: int) -> str:
    name = unicodedata.name(chr(zero), "")
    return "ASCII" if zero == 0x30 else name.removesuffix(" DIGIT ZERO").title()


def _fold_digits(numeral: str, locale: NumberLocale, original: str) -> str:
    """``numeral`` with ASCII digits and the locale's separators; refuses mixed scripts and
    separators that belong to another script."""
    zeros = {ord(ch) - unicodedata.decimal(ch) for ch in numeral if ch.isdecimal()}
    if len(zeros) > 1:
        scripts = " and ".join(sorted(_script(z) for z in zeros))
        raise GrammarError(
            f"malformed number in {original!r}: it mixes digits of two scripts ({scripts}); "
            "write each number in one script"
        )
    zero = zeros.pop()
    decimal, groups = _script_separators(zero, locale)
    if zero == 0x30 and all(ch.isdecimal() or ch == decimal or ch in groups for ch in numeral):
        return numeral
    folded: list[str] = []
    for ch in numeral:
        if ch.isdecimal():
            folded.append(chr(0x30 + unicodedata.decimal(ch)))
        elif ch == decimal:
            folded.append(locale.decimal)
        elif ch in groups:
            folded.append(ch if ch in locale.groups else locale.groups[0])
        else:
            shown = " and ".join(f"{g!r} (U+{ord(g):04X})" for g in groups if not g.isspace())
            raise GrammarError(
                f"malformed number in {original!r}: {ch!r} (U+{ord(ch):04X}) is not a separator "
                f"of {_script(zero)} digits, which take {decimal!r} (U+{ord(decimal):04X}) as "
                f"decimal mark" + (f" and {shown} between groups" if shown else "")
            )
    return "".join(folded)


_NUMBER_RES = {name: _number_re(loc) for name, loc in LOCALES.items()}
_NOT_DIGIT = re.compile(r"\D")


def parse(
    text: object,
    locale: NumberLocale = LOCALES["en"],
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

    qualifier = None
    m = _QUALIFIER_RE.match(rest) if not rest[0].isdigit() else None
    if m:
        qualifier = _QUALIFIERS[m.group("q").lower()]
        rest = rest[m.end() :].lstrip()

    negative = False
    if rest.startswith(("-", "−", "–")):
        negative = True
        rest = rest[1:]
        if rest[:1] in ("-", "−", "–"):
            raise GrammarError(f"malformed number in {original!r}: more than one minus sign")
    elif rest.startswith("+"):  # "+6.6 percent", the way growth is often written
        rest = rest[1:]
        if rest[:1] in ("+", "-", "−", "–"):
            raise GrammarError(f"malformed number in {original!r}: more than one sign")
    elif rest.lower().startswith("minus "):
        negative = True
        rest = rest[6:].lstrip()

    prefix_unit, consumed = lookup_prefix_currency(rest, any_code=True)
    if prefix_unit is not None:
        rest = rest[consumed:].lstrip()
        if rest.startswith(("-", "−")) and not negative:
            negative = True
            rest = rest[1:]
        if not rest:
            return Stated(original, qualifier, negative, None, 0, None, prefix_unit, None)

    digits, word, ordinal, rest, numeral = _read_numeral(rest, locale, original)
    alternative = _ambiguous_separator(numeral, locale) if word is None else None
    rest = rest.lstrip()

    exponent = 0
    scale_word = None
    if word is None or not ordinal:
        sm = _SCALE_RE.match(rest)
        if sm:
            scale_word = sm.group("s").lower()
            exponent = _SCALES[scale_word]
            rest = rest[sm.end() :].lstrip()
        elif prefix_unit is not None:
            short = _SHORT_SCALE_RE.match(rest)
            if short:
                scale_word = short.group("s").lower()
                exponent = _SHORT_SCALES[scale_word]
                rest = rest[short.end() :].lstrip()

    unit, per = _read_unit(rest, original, aliases)
    if prefix_unit is not None:
        if unit is not None:
            raise GrammarError(
                f"{original!r} names a currency twice ({prefix_unit.key} and {unit.key})"
            )
        unit = prefix_unit
    return Stated(
        original,
        qualifier,
        negative,
        digits,
        exponent,
        scale_word,
        unit,
        per,
        word,
        ordinal,
        alternative,
    )


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


def _normalise(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return " ".join(text.replace("\t", " ").replace("\n", " ").split(" ")).strip()


def _read_numeral(
    rest: str, locale: NumberLocale, original: str
) -> tuple[str, str | None, bool, str, str]:
    """Return (digits with '.' decimal, number word or None, is ordinal, remaining text, the numeral
    as written with ASCII digits and the locale's separators)."""
    wm = _WORD_RE.match(rest) if rest[:1].isalpha() else None
    if wm:
        word = wm.group("w").lower()
        is_ordinal = word in _ORDINALS
        value = _ORDINALS[word] if is_ordinal else _CARDINALS[word]
        return str(value), wm.group("w"), is_ordinal, rest[wm.end() :], wm.group("w")
    om = _ORDINAL_DIGITS_RE.match(rest)
    if om:
        return str(int(om.group("n"))), om.group(0), True, rest[om.end() :], om.group(0)
    number_re = _NUMBER_RES.get(locale.name) or _number_re(locale)
    nm = number_re.match(rest)
    if not nm:
        lowered = rest.lower()
        if lowered.startswith(("nan", "inf", "infinity")):
            raise GrammarError(f"{original!r} is not a finite number")
        raise GrammarError(f"no number found in {original!r}")
    after = rest[nm.end() :]
    _reject_trailing_junk(after, locale, original)
    numeral = nm.group(0)
    if not numeral.isascii():  # other scripts' digits or separators, or no-break spaces
        folded = _fold_digits(numeral, locale, original)
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
    return digits, None, False, after, nm.group(0)


def _reject_trailing_junk(after: str, locale: NumberLocale, original: str) -> None:
    if not after:
        return
    first = after[0]
    if first.isdigit() or first in _TRAILING_SEPARATORS or (first == locale.decimal):
        raise GrammarError(
            f"malformed number in {original!r}: unexpected {first!r} after the digits "
            f"(this file writes numbers like {_example(locale)})"
        )
    if first in "eE" and len(after) > 1 and (after[1].isdigit() or after[1] in "+-"):
        raise GrammarError(
            f"malformed number in {original!r}: exponent notation is not an article's style"
        )


_TRAILING_SEPARATORS = frozenset(".,'’" + _ARABIC_DECIMAL + _ARABIC_GROUP + "，．＇")


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
    spaced = " " + rest  # the unit before "per" may be left out: "US$5 per person"
    for sep in (" per ", "/"):
        if sep in spaced:
            top, bottom = spaced.split(sep, 1)
            top_unit = _unit_or_error(top.strip(), original, aliases) if top.strip() else None
            bottom_text = bottom.strip()
            bottom_prefix, used = lookup_prefix_currency(bottom_text)
            if bottom_prefix is not None and not bottom_text[used:].strip(" 1"):
                return top_unit, bottom_prefix
            return top_unit, _unit_or_error(bottom_text, original, aliases)
    return _unit_or_error(rest, original, aliases), None


def _unit_or_error(text: str, original: str, aliases: dict[str, str] | None) -> UnitSpec:
    spec = lookup_unit(text, aliases)
    if spec is None:
        raise GrammarError(f"unknown unit {text!r} in {original!r}")
    return spec
