"""One change told both ways, the second in brackets right after the first: an amount of change
and its percent, for `draftgrowth` (``kind = "change"``).

- the amount first, a change by its own words: "Deposits fell by £2.27 billion (4.6%) to £47
  billion", "nights fell by 11,600 (down 22.1% to 40,939)", "a decrease of some 340 (down 5.8%
  to 5,485)";
- the percent first, the amount signed as the press prints a change ("0.7% (+2,950 visitors)
  more than in 2030", "a 5.8% (+19,461 visitors) increase", "9.21% (-8,800) less than"), or
  plain after a verb of change with the level reached after the bracket ("rose by 4.6% (£2.1
  billion) to £47.8 billion").

Where the amount is neither (a plain amount in brackets after a percent, "Exports rose 5% ($1.2
billion)"), it may as well be the level the flow reached, or the value compared with: nothing is
read (`draftgrowth._BASE_NEXT` leaves it so too). The bracket must close after the second figure
or after the level it reached ("(down 22.1% to 40,939)"): a bracket that goes on to other
figures holds an aside of its own. The signs, the current value and the base are then read by
`draftgrowth` as for "D, or P," (its guards apply unchanged).
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftfigures import Figure, Sentence, between, is_percent
from aktobe_facts.text.lazypatterns import lazy

_NOUN = r"(?:\s*(?!(?:of|in|on|at|to|from|for|by|and|or|the|a|an)\b)[a-z]+\b){0,2}"
"""An amount's noun: two words at most, none a preposition, article or joiner ("guest nights";
never "of the total", which makes the figure a part)."""
_OPENED = lazy(
    rf"^\s*(?P<more>more\b|fewer\b)?{_NOUN}\s*\(\s*(?:(?:up|down)\s+(?:by\s+)?)?"
    r"(?P<sign>[+\-\u2212])?$"
)
"""Between the first figure and the second: the first's noun ("more nights"), a bracket opened,
then only "up" or "down", or the second's sign ("(+2,950")."""
_CLOSED = {
    "amount": lazy(rf"{_NOUN}\s*\)", re.IGNORECASE),
    "percent": lazy(r"\s*(?:\)|(?:,\s*)?to\s[^()]*?\))", re.IGNORECASE),
}
"""After the second figure: an amount's noun and the bracket closed ("+2,950 visitors)"); a
percent's bracket closed, or the level reached and then the bracket closed ("(down 22.1% to
40,939)"), never words of its own ("(5.8% of the total)": a share). One run of white space
is read by one quantifier only, here and in :data:`_REACHED_AFTER` (two quantifiers of spaces in
a row split a long run of them every way: quadratic, 5.7 s on 10,000 spaces after a bracket)."""
_REACHED_AFTER = lazy(rf"{_NOUN}\s*\)\s*(?:,\s*)?(?:to|to\s+reach|reaching)\b", re.IGNORECASE)
"""After the bracketed plain amount: the level reached ("(£2.1 billion) to £47.8 billion")."""
_CHANGED = lazy(
    r"\b(?:increase|rise|growth|gain|decrease|fall|decline|drop|reduction|increas\w*|ris\w*|"
    r"rose|grow\w*|grew|fell|fall\w*|decreas\w*|declin\w*|drop\w*|up|down)\s+(?:by|of)\s*$",
    re.IGNORECASE,
)
"""The words right before the amount that make it a change ("fell by", "a decrease of")."""
_SIGNED = lazy(r"^\s*[+\-\u2212]")
"""A sign printed before the bracketed amount: the press's way of giving a change."""


def told_both_ways(
    text: str, sentence: Sentence, amount: Figure, percent: Figure, lead: str
) -> bool:
    """Whether ``amount`` and ``percent`` tell one change, the second in brackets right after the
    first; ``lead`` is the clause's words before the first of them."""
    if not is_percent(percent) or is_percent(amount):
        return False
    first, last = sorted((amount, percent), key=lambda f: f.phrase.start)
    gap = between(text, first.phrase.outer_end, last.phrase.start, sentence.periods)
    opened = _OPENED.match(gap)
    second = "percent" if last is percent else "amount"
    if opened is None or not _CLOSED[second].match(text, last.phrase.outer_end):
        return False
    stated, rate = amount.phrase.stated, percent.phrase.stated
    if rate.direction is not None and stated.negative != rate.negative:
        return False  # "fell by 340 (up 5.8%)": the two disagree, the editor's to settle
    printed = opened.group("sign")  # the second figure's sign, printed inside the bracket
    rate_falls = _fall_said(percent, printed if last is percent else None)
    amount_falls = _fall_said(amount, printed if last is amount else None)
    if None not in (rate_falls, amount_falls) and rate_falls != amount_falls:
        return False  # "rose by 340 (-5.8%)", "fell by 340 (+5.8%)": printed signs disagree too
    if first is amount:
        return (
            stated.direction is not None
            or stated.negative
            or opened.group("more") is not None
            or _CHANGED.search(lead + " ") is not None
        )
    if opened.group("more"):
        return False  # "0.7% more visitors (+2,950)": the percent's noun, read as before
    word = _WORD_AFTER.match(text, amount.phrase.outer_end)
    fall = word is not None and word.group("fall") is not None
    rise = word is not None and word.group("rise") is not None
    signed = opened.group("sign") or _SIGNED.match(amount.phrase.value)
    if signed and ((fall and not stated.negative) or (rise and stated.negative)):
        return False  # "(+2,950) less than": the sign and the word disagree
    if signed or stated.direction is not None:
        return True
    verb = _CHANGED.search(lead + " ") is not None or percent.kind == "growth"
    return verb and _REACHED_AFTER.match(text, amount.phrase.outer_end) is not None


def _fall_said(figure: Figure, printed: str | None) -> bool | None:
    """Whether the figure's words or its printed sign say a fall (``True``) or a rise (``False``);
    ``None`` where neither says ("340" after "a decrease of", which says it for both)."""
    if printed:
        return printed != "+"
    stated = figure.phrase.stated
    if stated.direction is not None or _SIGNED.match(figure.phrase.value):
        return stated.negative
    return None


_WORD_AFTER = lazy(
    rf"{_NOUN}\s*\)\s*(?:(?P<fall>less|lower|fewer|decrease|decline|fall|drop)|"
    r"(?P<rise>more|higher|increase|rise|gain|jump))\b",
    re.IGNORECASE,
)
"""After the bracketed amount, the word that says which way the percent went ("9.21% (-8,800)
less than", "a 5.8% (+19,461 visitors) increase")."""


def falls_after(text: str, amount: Figure) -> bool:
    """Whether the word right after the bracket that holds ``amount`` says a fall."""
    word = _WORD_AFTER.match(text, amount.phrase.outer_end)
    return word is not None and word.group("fall") is not None


_CLOSING = lazy(r"^\s*(?:[a-z]+\s+){0,2}\)\s*")


def closed(gap: str) -> str:
    """The words after the bracket that held the second figure ("visitors) to" is "to")."""
    return _CLOSING.sub("", gap, count=1)
