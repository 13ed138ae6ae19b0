"""The same amount in another currency or unit right after a value: "(US$1.5 billion)",
"11.798 billion hryvnias, or $420 million", "188 billion tenge surplus ($421.5 million)"."""

from __future__ import annotations

import re

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.phraseread import read


def counterparts(text: str, stop: int, stated: Stated) -> tuple[tuple[str, ...], int] | None:
    """The conversions of the value that ends at ``stop`` and where they end, in parentheses,
    after "or", or after the amount's noun."""
    return (
        _counterpart(text, stop, stated)
        or _or_counterpart(text, stop, stated)
        or _counterpart_after_noun(text, stop, stated)
    )


def _counterpart(text: str, stop: int, stated: Stated) -> tuple[tuple[str, ...], int] | None:
    """The same amount in other currencies or units in parentheses right after the phrase:
    "(US$1.5 billion)", "(US$240 billion; EUR176 billion)", "($1.5 billion, 1.4 billion euros)",
    or "(US$)" when the article left the figure out. Every part must be such an amount, else
    there is none."""
    tag = _TAG.match(text, stop)
    m = _PARENTHESES.match(text, stop if tag is None else tag.end())
    if m is None or stated.unit is None or (tag is not None and not stated.unit.is_currency):
        return None
    for joint in (r"\s*;\s*", r",\s+"):  # "(US$240 billion; EUR176 billion)", "($1.5 billion,
        # 1.4 billion euros)": a comma and a space part them (a thousands comma has no space)
        parts = [
            _ASIDE.sub("", _BY.sub("", " ".join(p.split()), count=1))
            for p in re.split(joint, m.group(1))
        ]
        found = [_other(part, stated) for part in parts]
        if all(found) and len(set(parts)) == len(parts):
            return tuple(parts), m.end()
    return None


def _or_counterpart(text: str, stop: int, stated: Stated) -> tuple[tuple[str, ...], int] | None:
    """ "11.798 billion hryvnias, or $420 million", "15.3 million manat or $9 million": the same
    amount in another currency after "or" (the longest reading of up to five words)."""
    m = _OR.match(text, stop)
    if m is None or stated.unit is None or not stated.unit.is_currency:
        return None
    words: list[re.Match[str]] = []
    for word in _OR_WORD.finditer(text, m.end(), min(len(text), m.end() + 60)):
        if words and text[words[-1].end() : word.start()] != " ":
            break
        words.append(word)
        if len(words) == 5:
            break
    for count in range(len(words), 0, -1):
        inside = text[m.end() : words[count - 1].end()].rstrip(".")
        if _other(inside, stated):
            return (inside,), m.end() + len(inside)
    return None


def _counterpart_after_noun(
    text: str, stop: int, stated: Stated
) -> tuple[tuple[str, ...], int] | None:
    """ "188 billion tenge surplus ($421.5 million)": the amount's noun between it and its
    conversion (one word, no link word)."""
    m = _NOUN.match(text, stop)
    if m is None or m.group(1).lower() in _LINK_WORDS:
        return None
    return _counterpart(text, m.end(), stated)


_PARENTHESES = re.compile(r"\s*\(([^()]{1,120})\)")
_TAG = re.compile(r"\s*\([A-Z][A-Za-z]{0,3}\.?\)(?=\s*\()")
"""A currency's abbreviation in parentheses before its conversion: "0.9 trillion Belarusian rubles
(Br) (U.S. $111.5 million)"."""
_ASIDE = re.compile(
    r"(?:\s+at\s+(?:the\s+|today's\s+|current\s+|that\s+day's\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:exchange\s+)?rates?|\s*\[[A-Za-z$.]{1,6}\])$",
    re.IGNORECASE,
)
"""After a conversion, the words of its rate or its currency in brackets: "U.S. $111.5 million at
the NBB rate", "$1.69 billion [USD]" (the conversion is the amount before them)."""
_BY = re.compile(r"^by\s+", re.IGNORECASE)
"""A change's "by" repeated in its conversion: "by 334.4 billion tenge (by about $2.2 billion)"."""
_NOUN = re.compile(r"\s+([a-z]{3,})(?=\s*\()")
_LINK_WORDS = frozenset(
    re.findall(
        r"\w+",
        "and or but nor for from with than that which who into onto over under per each was were "
        "are has had have will would",
    )
)
_OR = re.compile(r",?\s+or\s+")
_OR_WORD = re.compile(r"(?:[^\s,;:()]|(?<=\d),(?=\d))+")  # "$9,200", "$9,2 million": one word


def _other(inside: str, stated: Stated) -> bool:
    """``inside`` states an amount in another currency (or another unit of the same kind)."""
    assert stated.unit is not None
    try:
        other = read(inside)
    except GrammarError:
        return False
    if other.unit is None or other.unit.key == stated.unit.key or other.negative:
        return False
    if other.unit.is_currency != stated.unit.is_currency:
        return False
    return other.unit.is_currency or other.unit.kind == stated.unit.kind
