"""The base of a drafted growth given in the clause after it, for a draft: "their value increased
by 2.4 percent, reaching X in July 2013; a year earlier they had brought in Y", "rose 4.7 percent
to reach X; in July 2012 it had been Y", "fell 4 percent to X. In 2018 the country's exports had
been worth Y".

A growth drafted with its current value X and no base gets Y as its base when the clause after
the growth and X (after a semicolon, or the next sentence when no amount follows them in their own)
opens on an earlier period ("a year earlier", "last year", "in July 2012", "In 2018": the year
before X's own, never two years before, so X's period must be known; "For this year" after a growth "over the current
fiscal year", whose X is next year's), names the same thing (a pronoun, "it", "they"; every noun of X's clause; or the noun both are "a
... of", "a budget of X" and "a budget of Y"),
states Y with a verb of being or bringing in ("had been", "had brought in", "was", "stood at",
"had presented a budget of")
and holds no other amount of X's unit. Anything else leaves the growth as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from aktobe_facts.text import draftgrowthpairs
from aktobe_facts.text.draftcounts import count_level, one_measure, past_noun, stated_level
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_amount,
    names,
    quote,
    singular,
)
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH

_MONTH = f"(?:{MONTH})"
_EARLIER = lazy(
    r"\W*(?:(?P<relative>(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year|"
    r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)|"
    rf"(?:in|for|during)\s+(?:the\s+same\s+(?:period|months?|quarter|half)\s+(?:of\s+)?)?"
    rf"(?:{_MONTH}(?:\s*[-–]\s*{_MONTH})?\s+)?(?P<year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
"""The words an earlier period's clause opens on: "a year earlier", "in July 2012", "In 2018"."""
_PRONOUN = re.compile(
    r"\b(?:it|they|these|those|this|the\s+(?:figure|total|amount|number|sum|value|level))\b",
    re.IGNORECASE,
)
"""Words that name the figure before: a pronoun, or "the figure", "the total"."""
_STATED = lazy(
    r"\b(?:had\s+(?:been|brought\s+in|stood\s+at|amounted\s+to|totall?ed|reached|come\s+to|"
    r"earned)|was|were|stood\s+at|amounted\s+to|totall?ed|came\s+to|brought\s+in|earned|"
    r"(?:had\s+)?[a-z]+ed\s+(?:an?|the)\s+[a-z]+\s+(?:of|at))"
    r"(?:\s+worth)?\s+(?:(?:about|some|around)\s+)?$",
    re.IGNORECASE,
)
"""A verb of being or bringing in right before Y, or one that names Y's noun: "had presented a
budget of"."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_COMPARES = lazy(
    r"\W*(?:that|this|it|the\s+(?:figure|total|amount|number|sum|level|result))\s+"
    r"(?:compares|compared)\s+(?:with|to)\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
"""A sentence that opens on the figure before and compares it: "That compares with"."""
_EARLIER_AFTER = lazy(
    r"\s*(?:(?:recorded|reported|posted|seen)\s+)?(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|"
    r"last\s+year|(?:in|for|during)\s+the\s+(?:same|previous|prior|year-earlier)\s+"
    r"(?:period|year|month|quarter|half)(?:\s+(?:of\s+)?(?:last\s+year|(?:19|20)\d\d))?|"
    rf"(?:in|for|during)\s+(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d))\s*[.;]?\s*$",
    re.IGNORECASE,
)
"""After the figure compared with, its earlier period and the clause's end: "a year earlier",
"in the same period of 2030", "recorded in 2030"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The drafted relations, each growth that has a base in the clause after it with that
    base."""
    where = {f.id: (k, f) for k, s in enumerate(sentences) for f in s.figures}
    listed = {i for s in sentences for i in draftgrowthpairs.paired(text, s)}
    out: list[DraftRelation] = []
    for relation in drafted:
        current = relation.fields.get("current")
        growth = relation.fields.get("growth")
        if (
            relation.kind != "growth"
            or "base" in relation.fields
            or not isinstance(current, str)
            or growth in listed  # "fell P and Q to X and Y. A year earlier ...": whose base?
        ):
            out.append(relation)
            continue
        tied = [where[v] for v in (current, growth) if isinstance(v, str)]
        k, last = max(tied, key=lambda found: _end(found[1]))
        x = where[current][1]
        base = _next_base(text, sentences, k, x, last, _this_year(text, sentences[k], last))
        if base is None:
            out.append(relation)
            continue
        fields = {**relation.fields, "base": base.id}
        said = quote(text, x, base)
        out.append(msgspec.structs.replace(relation, fields=fields, quote=said))
    return out


def _measure(figure: Figure) -> bool:
    return is_amount(figure) or count_level(figure)


def _end(figure: Figure) -> int:
    return figure.phrase.outer_end


def _next_base(
    text: str, sentences: Sequence[Sentence], k: int, x: Figure, last: Figure, this_year: bool
) -> Figure | None:
    sentence = sentences[k]
    semicolon = text.find(";", last.phrase.outer_end, sentence.span[1])
    later = [f for f in sentence.figures if f.phrase.start >= last.phrase.outer_end]
    if semicolon >= 0:
        start, figures = semicolon + 1, [f for f in later if f.phrase.start > semicolon]
        if any(_measure(f) and f.phrase.start < semicolon for f in later):
            return None  # an amount between X and the semicolon
        clause = Sentence((start, sentence.span[1]), tuple(figures), sentence.periods)
    elif not any(_measure(f) for f in later) and k + 1 < len(sentences):
        clause = sentences[k + 1]
        start, figures = clause.span[0], list(clause.figures)
    else:
        return None
    if not figures:
        return None
    y = figures[0]
    if len([f for f in figures if one_measure(f, x)]) != 1:
        return None
    if not (one_measure(y, x) and stated_level(y)):
        return None
    compares = _COMPARES.fullmatch(text, start, y.phrase.start)
    if compares is not None:  # "That compares with Y a year earlier"
        after = _EARLIER_AFTER.match(text, past_noun(text, y), clause.span[1])
        return y if after is not None and _before(after.group("year"), x) else None
    opens = _EARLIER.match(text, start, y.phrase.start)
    if opens is None or not _before(opens.group("year"), x):
        opens = _THIS_YEAR.match(text, start, y.phrase.start) if this_year else None
    if opens is None:
        return None
    head = text[opens.end() : y.phrase.start]
    if not _STATED.search(head):
        return None
    own = _nouns(names(text, next(s for s in sentences if x in s.figures), x))
    alike = bool(own) and own <= _nouns(names(text, clause, y))
    noun = _own_noun(text, x)
    said = (
        _PRONOUN.search(head) is not None
        or alike
        or (noun is not None and noun == _own_noun(text, y))
    )
    return y if said else None


_OWN_NOUN = re.compile(r"\b(?:an?|the)\s+([a-z]+)\s+(?:of|at)\s+$", re.IGNORECASE)
_GENERIC = frozenset({"value", "total", "sum", "amount", "figure", "level", "share", "rate"})


def _own_noun(text: str, figure: Figure) -> str | None:
    """The noun a figure is "a ... of": "a budget of X" (never a generic one, "the value of")."""
    m = _OWN_NOUN.search(text, max(0, figure.phrase.start - 40), figure.phrase.start)
    word = None if m is None else singular(m.group(1).lower())
    return None if word in _GENERIC else word


def _nouns(words: set[str]) -> set[str]:
    """What a clause names, its verbs and the words of a percent aside."""
    return {w for w in words if w not in ("percent", "cent", "per") and not w.endswith("ed")}


_THIS_YEAR = re.compile(
    r"\W*(?:(?:for|in|during)\s+)?(?:this|the\s+current)\s+(?:fiscal\s+)?year\b", re.IGNORECASE
)
"""The clause opens on the year that is now: "For this year the government had presented"."""
_OVER_THIS_YEAR = re.compile(
    r"\s*(?:increase|rise|growth|more|higher|up)?\s*(?:over|than|on|compared\s+(?:to|with)|from)\s+"
    r"(?:the\s+)?(?:current|this|the\s+present)\s+(?:fiscal\s+)?year\b",
    re.IGNORECASE,
)
"""After a growth, a comparison with the year that is now: "a 6.2 per cent increase over the
current fiscal year" (the figure grown is next year's)."""


def _this_year(text: str, sentence: Sentence, growth: Figure) -> bool:
    return _OVER_THIS_YEAR.match(text, growth.phrase.outer_end, sentence.span[1]) is not None


def _before(year: str | None, x: Figure) -> bool:
    """The earlier period is the one X's growth is over: a relative one ("a year earlier")
    always, a year only the year before the one X's period names. A growth that names no base
    is over the period before its own, so a level two years earlier is no base of it: "rose 12
    percent to $5.0 billion in 2021. In 2019 they had reached $3.2 billion" (a rise over 2020;
    tying 2019's level was a false error of 56 percent against 12)."""
    if year is None:
        return True
    own = _YEAR.search(x.period or "")
    return own is not None and int(year) == int(own.group(0)) - 1
