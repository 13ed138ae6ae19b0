"""A rise "in double digits" told before its own percent in one sentence, for a draft
(``kind = "equation"``): the percent is at least 10.

- "Exports to Ruritania kept up double-digit growth for a third month, climbing 14.2 percent to
  $3.1 billion": ``growth >= "10 percent"``;
- "Sales and output both grew at a double-digit pace: sales rose 12.9 percent and output 20.9
  percent": each of the two percents after "both" (``all`` for more than two).

The words of double digits name a rise: a noun of rise right after them ("double-digit growth",
"double-digit gains"), or a verb of rise before "at a double-digit pace" ("rate", "clip"). The
percents are growths the draft read after those words, in the same sentence, each a rise (a
fall's percent is left alone). One percent after the words, or with "both" or "all" before
them as many as the word counts, "both" two. Anything else drafts nothing:

- the double-digit words holding the figure themselves, "double-digit growth of 18%", "a
  double-digit 11.6 percent": one claim, no relation between two;
- a clause of contrast or of another subject between the words and the percent ("while",
  "whereas", "but", "although", a semicolon): "Exports kept up double-digit growth, while imports
  rose 5.2 percent" (the imports' rise is not the exports');
- words that deny, hedge or foresee the double digits in their clause ("not", "nearly",
  "almost", "short of", "expected", "could"): "Sales came close to double-digit growth, rising 9.7
  percent".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aktobe_facts.reading.changewords import RISE_FORMS, RISE_NOUNS
from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_percent,
)
from aktobe_facts.text.sentences import clause_start

_DOUBLE = r"double[\s-]+digits?"


@cache
def _words() -> re.Pattern[str]:
    """The double-digit words of a rise: "double-digit growth", "grew at a double-digit pace"."""
    nouns = "|".join(sorted(RISE_NOUNS, key=len, reverse=True))
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+") for v in sorted(RISE_FORMS, key=len, reverse=True)
    )
    return re.compile(
        rf"\b{_DOUBLE}\s+(?:(?:percent(?:age)?|per\s+cent)\s+)?(?:{nouns})(?:e?s)?\b"
        rf"|\b(?:{verbs})\s+at\s+an?\s+{_DOUBLE}\s+(?:pace|rate|clip)\b",
        re.IGNORECASE,
    )


_OWN_FIGURE = re.compile(r"^\s*(?:of|at|by|,|:|\(|[-–—])?\s*(?:some|about|around)?\s*$", re.I)
"""Between the double-digit words and a percent that is theirs: "double-digit growth of 18%"."""
_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|although|though|against|compared|versus|than)\b|;", re.IGNORECASE
)
"""Between the words and the percent: another subject or a comparison."""
_HEDGE = re.compile(
    r"\b(?:not|no|never|nearly|almost|near|close|short|below|under|approach\w*|miss\w*|"
    r"fail\w*|expect\w*|forecast\w*|project\w*|target\w*|aim\w*|hop\w*|could|would|may|might|"
    r"will|should|return\w*|back|restor\w*)\b",
    re.IGNORECASE,
)
"""Before the words in their clause: the double digits denied, hedged, foreseen or regained."""
_MANY = re.compile(r"\b(?P<word>both|all)\b", re.IGNORECASE)
_HELD = re.compile(
    r"\b(?:kept(?:\s+up)?|keeps?(?:\s+up)?|keeping(?:\s+up)?|maintain\w*|post(?:s|ed|ing)?|"
    r"record(?:s|ed|ing)?|report(?:s|ed|ing)?|register(?:s|ed|ing)?|saw|sees?|seen|seeing|"
    r"show(?:s|ed|n|ing)?|enjoy(?:s|ed|ing)?|deliver(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|"
    r"continu(?:e|es|ed|ing)|extend(?:s|ed|ing)?|sustain(?:s|ed|ing)?|log(?:s|ged|ging)?|"
    r"notch(?:es|ed|ing)?(?:\s+up)?|clock(?:s|ed|ing)?(?:\s+up)?|had|has|have|having)\s+"
    r"(?:(?:a|an|its|their|another|strong|robust|solid|steady|sustained|further)\s+){0,3}$",
    re.IGNORECASE,
)
"""Right before the noun form of the words in their clause: a verb that holds the double digits
in the figure's time ("kept up double-digit growth", "posted double-digit gains"); never one
that leaves or names them for another time ("ended double-digit growth", "slowed from
double-digit growth", "After two years of double-digit growth, exports rose 4.2 percent")."""
_SPAN = (
    r"(?:for|in|over|during|through|throughout)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:months?|quarters?|years?|weeks?|half|period|row|§|(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{4})?|\d{4})"
)


@cache
def _to_percent() -> re.Pattern[str]:
    """Between the words and their one percent: at most the time they run for ("for a third
    month", "in §"), "again", a comma or colon and a verb of rise; never a scope or a clause of
    its own ("double-digit growth in most markets, rising 8.2 percent overall")."""
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+") for v in sorted(RISE_FORMS, key=len, reverse=True)
    )
    return re.compile(
        rf"\s*(?:again\s*)?(?:{_SPAN}\s*)?(?:again\s*)?[,:(\u2013\u2014-]?\s*"
        rf"(?:(?:{verbs})(?:\s+(?:by|of))?\s*)?",
        re.IGNORECASE,
    )


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    found: list[DraftRelation] = []
    for sentence in sentences:
        start, end = sentence.span
        for m in _words().finditer(text, start, end):
            found += _rises(text, sentence, m.start(), m.end())
    return found, []


def _rises(text: str, sentence: Sentence, start: int, end: int) -> list[DraftRelation]:
    """The ``>= 10 percent`` relations of the percents after the double-digit words at
    ``start``-``end``."""
    head = text[clause_start(text, sentence.span[0], start) : start]
    if _HEDGE.search(head):
        return []
    noun_form = text[start : start + 6].lower().startswith("double")
    if noun_form and _HELD.search(head) is None:
        return []  # "After two years of double-digit growth", "ended double-digit growth"
    after = [f for f in sentence.figures if f.phrase.start >= end]
    if not after:
        return []
    first = after[0]
    if _OWN_FIGURE.match(text[end : first.phrase.start]):
        return []  # "double-digit growth of 18%": the figure is the words'
    rises = [f for f in after if _rise(f)]
    if not rises or rises[0] is not first:
        return []  # another figure first: "double-digit growth for 12 months, 5,000 more ..."
    many = _MANY.search(text, sentence.span[0], start)
    count = 1 if many is None else (2 if many.group("word").lower() == "both" else len(rises))
    chosen = rises[:count]
    if len(chosen) < count or any(_CONTRAST.search(text, end, f.phrase.start) for f in chosen):
        return []
    if many is None and len(rises) > 1:
        return []  # which of the percents is the double-digit one?
    gap = between(text, end, first.phrase.start, sentence.periods)
    if many is None and _to_percent().fullmatch(gap) is None:
        return []  # "double-digit growth in most markets, rising 8.2 percent overall"
    return [
        DraftRelation("", "equation", {"expr": f'{f.id} >= "10 percent"'}, _quote(text, start, f))
        for f in chosen
    ]


def _rise(figure: Figure) -> bool:
    """A growth's percent of a rise: read as a growth, no fall's words or sign."""
    stated = figure.phrase.stated
    return (
        figure.kind == "growth"
        and is_percent(figure)
        and not stated.negative
        and stated.direction != Direction.DOWN
        and not stated.is_range
    )


def _quote(text: str, start: int, figure: Figure) -> str:
    return " ".join(text[start : figure.phrase.outer_end].split())
