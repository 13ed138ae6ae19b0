"""Numbers written in words: "three", "forty-five", "two hundred", "three thousand five hundred",
"a million", "twenty-first".

:func:`read_words` reads the longest number word at the start of a text. A power word at its end
("five billion", "one million two hundred thousand") is returned as the scale, so the number reads
as its digits would ("5 billion", "1,200 thousand"); powers inside it are part of the digits
("three thousand five hundred" is 3500).

The grammar: an optional "a"/"an" before a power word or "dozen"; groups below a thousand
("nine", "nineteen", "ninety-nine", "five hundred", "five hundred and five", "fifteen hundred"),
each followed by a power word smaller than the one before it; "and" only after a power word and
before more words; an ordinal ("first", "twenty-first", "hundredth") may end the number; a number
below a hundred may go on with "point" and digit words, a decimal as broadcasts speak it ("forty-seven
point one million": 47.1 million, the digits after the point in ``decimals``).

Why not text2num (3.1.0, the maintained reader of English number words): the grammar needs where a
number word ends inside a value ("forty-five percent"), and its last power word kept apart for the
precision. ``text2num`` reads only a string that is all number (so every prefix would be tried),
refuses "a million", "a hundred", "a dozen" and ordinals; ``alpha2digit`` rewrites a whole text with
no offsets and turns "a million visitors" into "a 1000000 visitors". What is left to a library is
the sum of the words, a few lines here.
"""

from __future__ import annotations

import re
from functools import cache

from msgspec import Struct

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
ORDINAL_WORDS: tuple[str, ...] = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
"""The ordinals below twenty-one, by value (``ORDINAL_WORDS[5]`` is "fifth")."""
POWER_WORDS: dict[str, int] = {
    "hundred": 2,
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
}
"""Words that name a power of ten, with its exponent."""

_SMALL: dict[str, int] = {w: n for n, w in enumerate(CARDINAL_WORDS)}
_SMALL.update({w: 10 * (n + 2) for n, w in enumerate(TENS_WORDS)})
_ORDINAL: dict[str, int] = {w: n for n, w in enumerate(ORDINAL_WORDS)}
_ORDINAL.update({w[:-1] + "ieth": 10 * (n + 2) for n, w in enumerate(TENS_WORDS)})
_ORDINAL_POWERS: dict[str, int] = {w + "th": e for w, e in POWER_WORDS.items()}
_ARTICLES = frozenset({"a", "an"})
_DECADES = frozenset({"decade", "decades"})
_AFTER_ARTICLE = frozenset({*POWER_WORDS, "dozen", *_DECADES})
_TOKEN = re.compile(r"([A-Za-z]+)(\s*-\s*|\s+)?")


class Words(Struct, frozen=True):
    """A number word as read: ``digits`` times ten to ``exponent`` is its value."""

    digits: int
    exponent: int  # the power word at its end ("billion": 9), or 0
    scale_word: str | None  # that power word, in lower case
    words: str  # the number words before the scale word, as written ("five", "a")
    ordinal: bool
    end: int  # characters of the text read, the scale word included
    decimals: str = ""  # the digits spoken after "point" ("forty-seven point one": "1")


_DIGIT_WORDS = {w: str(n) for n, w in enumerate(CARDINAL_WORDS[:10])}
"""The words of one digit, as spoken after "point" ("two point five", "point zero five")."""


def _spoken_decimals(tokens: list[tuple[str, int, int]], at: int) -> int:
    """How many tokens from ``at`` are "point" and the digit words after it (0 if none)."""
    if at >= len(tokens) or tokens[at][0] != "point":
        return 0
    count = 0
    while at + 1 + count < len(tokens) and tokens[at + 1 + count][0] in _DIGIT_WORDS:
        count += 1
    return count + 1 if count else 0


def read_words(text: str) -> Words | None:
    """The longest number word at the start of ``text``, or ``None`` if it starts with none."""
    tokens: list[tuple[str, int, int]] = []  # word, start, end
    position = 0
    while True:
        m = _TOKEN.match(text, position)
        if m is None or (m.end(1) < len(text) and text[m.end(1)].isalnum()):
            break
        tokens.append((m.group(1).lower(), m.start(1), m.end(1)))
        if not m.group(2):
            break
        position = m.end()
    state = _State()
    taken = 0
    for index, (word, _start, _end) in enumerate(tokens):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else None
        if not state.take(word, following):
            break
        taken = index + 1
        if state.ordinal:
            break
    after = tokens[taken][0] if taken < len(tokens) else None
    if taken and tokens[taken - 1][0] == "and":
        taken -= 1
    elif taken == 1 and tokens[0][0] in _ARTICLES and after not in _DECADES:
        taken = 0  # "a" is a number only before a power word, "dozen" or "decade"
    if not taken:
        return None
    state = _State()
    for index in range(taken):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else None
        state.take(tokens[index][0], following)
    spoken = 0
    if state.last in ("small", "tens") and not state.ordinal and state.value() < 100:
        spoken = _spoken_decimals(tokens, taken)  # "forty-seven point one (million)"
    if spoken:
        decimals = "".join(_DIGIT_WORDS[w] for w, _, _ in tokens[taken + 1 : taken + spoken])
        words_end = tokens[taken + spoken - 1][2]
        after = tokens[taken + spoken][0] if taken + spoken < len(tokens) else None
        exponent = POWER_WORDS.get(after or "", 0)
        scale, last_end = (after, tokens[taken + spoken][2]) if exponent >= 3 else (None, words_end)
        exponent = exponent if exponent >= 3 else 0
        words = text[tokens[0][1] : words_end]
        return Words(state.value(), exponent, scale, words, False, last_end, decimals)
    first_start, last_end = tokens[0][1], tokens[taken - 1][2]
    value, exponent, scale = state.value(), 0, None
    words_end = last_end
    if state.last == "power" and state.power is not None and state.power >= 3 and not state.ordinal:
        exponent, scale = state.power, tokens[taken - 1][0]
        value //= 10**exponent
        words_end = tokens[taken - 2][2] if taken >= 2 else last_end
    return Words(value, exponent, scale, text[first_start:words_end], state.ordinal, last_end)


FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
"""The words of a fraction, with its denominator ("two thirds", "a quarter", "half")."""
_FRACTION = (
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)[^\S\n]*[\s-][^\S\n]*)?"
    r"(?P<d>" + "|".join(sorted(FRACTION_WORDS, key=len, reverse=True)) + r")(?![\w-])"
    r"(?P<of>\s+(?:of\s+)?an?(?=\s))?"
)


@cache
def _fraction() -> re.Pattern[str]:
    """The pattern of a fraction in words, compiled when a value first starts with a word."""
    return re.compile(_FRACTION, re.IGNORECASE)


class FractionWords(Struct, frozen=True):
    """A fraction in words as read: ``numerator / denominator``."""

    numerator: int
    denominator: int
    words: str  # as written, without a following "a" or "of a"
    of: bool  # followed by "a", "an", "of a" or "of an": a fraction of what follows
    end: int  # characters of the text read, that "a" included


def read_fraction(text: str) -> FractionWords | None:
    """A fraction in words at the start of ``text``: "half", "a half", "a third", "one-third",
    "two thirds", "three quarters", "a fifth", "a tenth"; ``None`` if it starts with none. An
    ordinal alone ("third", "fifth") is a rank, not a fraction, and a fraction of one or more
    ("four quarters") is none."""
    m = _fraction().match(text)
    if m is None:
        return None
    written, denominator = m.group("n"), FRACTION_WORDS[m.group("d").lower()]
    if written is None and denominator != 2:
        return None
    numerator = 1 if written is None or written.lower() in _ARTICLES else _SMALL[written.lower()]
    if numerator >= denominator:
        return None
    return FractionWords(
        numerator, denominator, text[: m.end("d")], m.group("of") is not None, m.end()
    )


class _State:
    """The value read so far and what the last word was, to say which words may follow."""

    def __init__(self) -> None:
        self.total = 0  # the groups closed by a power word of a thousand or more
        self.group = 0  # the group below a thousand being read
        self.last: str | None = None  # article, small, tens, hundred, power, and, dozen
        self.power: int | None = None  # the last power word of a thousand or more
        self.ordinal = False

    def value(self) -> int:
        return self.total + self.group

    def take(self, word: str, following: str | None) -> bool:
        """Add ``word`` if the grammar allows it here; False (and no change) if not."""
        last = self.last
        if word in _ARTICLES:
            if last is not None or following not in _AFTER_ARTICLE:
                return False
            self.group, self.last = 1, "article"
            return True
        if word == "dozen":
            if last not in (None, "article"):
                return False
            self.group, self.last = 12, "dozen"
            return True
        if last == "dozen":
            return False
        if word == "and":
            if last not in ("hundred", "power") or (
                following not in _SMALL and following not in _ORDINAL
            ):
                return False
            self.last = "and"
            return True
        small = _SMALL.get(word)
        ordinal = _ORDINAL.get(word)
        if small is not None or ordinal is not None:
            n = small if small is not None else ordinal
            assert n is not None
            if n == 0 and last is not None:
                return False
            if last == "tens" and 1 <= n <= 9:
                pass  # "forty-five"
            elif last not in (None, "hundred", "power", "and"):
                return False
            self.group += n
            self.last = "tens" if n >= 20 and n % 10 == 0 and small is not None else "small"
            self.ordinal = ordinal is not None and small is None
            return True
        exponent = POWER_WORDS.get(word)
        ordinal_power = _ORDINAL_POWERS.get(word)
        if exponent is None and ordinal_power is None:
            return False
        exponent = exponent if exponent is not None else ordinal_power
        assert exponent is not None
        if exponent == 2:
            if last is None:
                self.group = 1  # "hundred" or "hundredth" alone
            elif last not in ("article", "small", "tens") or not 1 <= self.group <= 99:
                return False
            self.group *= 100
            self.last = "hundred"
        else:
            if last not in ("article", "small", "tens", "hundred") or self.group == 0:
                return False
            if self.power is not None and exponent >= self.power:
                return False
            self.total += self.group * 10**exponent
            self.group, self.power, self.last = 0, exponent, "power"
        self.ordinal = ordinal_power is not None
        return True
