"""A raised total and its parts, for a draft (``kind = "sum"``), where the words say which figures
are the parts of a rise or that a rise is within a new level:

- "The city's revenue plan went up by 100 billion tenge. ... The higher plan includes 60 billion
  in taxes, 30 billion in fees and 5 billion from sales" (also "the increase includes", "the
  additional spending consists of"): the listed amounts are parts of the rise, when the rise is
  the one figure of their unit in the two sentences before (in the same or the paragraph before)
  and the words after "the higher" name the thing raised; where a level of that unit is named
  there too ("went up by 100 billion to 1.2 trillion") the list may be either's, and the editor
  gets a note;
- "raised the city budget by 116 billion ... the updated budget comes to 338 billion": the rise is
  within the one later level of the thing raised (the same noun after "updated", "revised", "new",
  "amended", "higher" or "increased").

Only rises: the parts of a cut may be of either sign, and a cut is no part of the new level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from msgspec import Struct

from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text.draftarticle import Article, Placed, clause_of
from aktobe_facts.text.draftfigures import DraftRelation, same_unit
from aktobe_facts.text.draftparts import list_after, sum_relation
from aktobe_facts.text.draftwords import STOP, content
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.paidfor import COVERS, paid_for
from aktobe_facts.text.sentences import clause_start

_RAISED_BY = re.compile(
    r"\b(?:rais|increas|boost|lift|expand|add)\w*\s+(?P<what>[^.;,\d()]{1,60}?)\s+by\s*$",
    re.IGNORECASE,
)
"""Before the figure of a rise: "has raised the city budget by"."""
_RAISED_PASSIVE = re.compile(
    r"(?P<what>[A-Za-z][\w'’ -]{0,60}?)\s+(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be)\s+"
    r"(?:rais|increas|boost|lift|expand)\w*\s+by\s*$",
    re.IGNORECASE,
)
"""Before the figure of a rise: "the city's spending plan was raised by"."""
_SUBJECT = lazy(
    r"(?P<what>[A-Za-z][\w'’ -]{0,60}?)\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?"
    r"(?:been\s+)?[a-z]+\s*$"
)
"""Before a figure that says its own rise ("up by 99.5 billion"): the thing that rose and its
verb ("Astana's plan for budget revenue has gone")."""
_NEWER = r"(?:higher|increased|raised|larger|bigger|expanded|additional|extra)"
_INCLUDES = re.compile(
    rf"\b(?:the|this|that)\s+(?:(?P<thing>{_NEWER}\s+[a-z-]+)|(?:increase|rise|raise|addition|"
    r"hike|extra\s+money|additional\s+money))\s+(?P<verb>includes|included|comprises|comprised|"
    r"consists\s+of|consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of|covers|covered)\s",
    re.IGNORECASE,
)
"""Before the parts of a rise: "the higher plan includes", "the increase consists of"."""
_UPDATED = lazy(
    r"\b(?:updated|revised|new|amended|higher|increased|raised)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",
    re.IGNORECASE,
)
"""A new level of a thing raised: "Astana's updated budget for 2011 comes to" (the thing's noun
is the last word before a link or verb: "higher budget incomes brought" names incomes)."""
_VERB = re.compile(
    r"\w+ed|comes?|came|reach(?:es)?|totals?|stands?|stood|amounts?|is|was|are|were|brought|"
    r"will|has|have|had",
    re.IGNORECASE,
)
"""A word that ends the noun group of a new level ("budget for 2011 comes to")."""
RISES = 20
"""At most this many rises read for their new levels (each reads the whole article)."""
LOOK_BACK = 2
"""Sentences before a list of a rise's parts read for the rise."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    rises = dict(_rises(article))
    found: list[DraftRelation] = []
    notes: list[str] = []
    sentences = article.sentences()
    for number, figures in enumerate(sentences):
        listed = _listed(article.text, figures)
        if listed is None:
            continue
        thing, parts = listed
        earlier = [
            p
            for s in sentences[max(0, number - LOOK_BACK) : number]
            for p in s
            if p.paragraph >= parts[0].paragraph - 1 and same_unit(p.figure, parts[0].figure)
        ]
        rise = [p for p in earlier if p.figure.id in rises]
        if len(rise) != 1 or (thing and thing not in rises[rise[0].figure.id].words):
            continue
        if len(earlier) > 1:
            notes.append(
                f"{', '.join(p.figure.id for p in parts)} may be parts of the rise "
                f"{rise[0].figure.id} or of a level named with it: the words do not make it "
                'certain; add a [[relation]] kind = "sum" if the article means it'
            )
            continue
        quote = article.text[rise[0].figure.phrase.start : parts[-1].figure.phrase.outer_end]
        found.append(sum_relation(rise[0], parts, False, quote))
    found.extend(_within_new_levels(article, rises))
    return found, notes


class Rise(Struct, frozen=True):
    """What a rise is of: the words that name the thing and the thing's noun."""

    words: frozenset[str]
    head: str


def _rises(article: Article) -> Iterator[tuple[str, Rise]]:
    """The figures that state a rise of a thing ("raised the city budget by X", "the budget was
    raised by X", "the plan for revenue has gone up by X"), with what they are a rise of."""
    text = article.text
    for placed in article.figures:
        phrase = placed.figure.phrase
        stated = phrase.stated
        if stated.unit is None or stated.unit.kind == "percent" or stated.negative:
            continue
        start = clause_start(text, placed.sentence[0], phrase.start)
        before = text[start : phrase.start]
        if stated.direction == Direction.UP:
            m = _SUBJECT.search(before)
        elif stated.direction is None:
            m = _RAISED_BY.search(before) or _RAISED_PASSIVE.search(before)
        else:
            continue
        words = content(m.group("what")) if m is not None else []
        head = _head(m.group("what")) if m is not None else ""
        if words and head:
            yield placed.figure.id, Rise(frozenset(w.removesuffix("s") for w in words), head)


def _listed(text: str, figures: list[Placed]) -> tuple[str | None, list[Placed]] | None:
    """The parts listed after "the higher plan includes" in a sentence, and the word that names
    what is higher (None for "the increase")."""
    if not figures:
        return None
    m = _INCLUDES.search(text, figures[0].sentence[0], figures[0].sentence[1])
    if m is None:
        return None
    parts = list_after(text, figures, m.end())
    if len(parts) < 2:
        return None
    if COVERS.fullmatch(m.group("verb")) and not paid_for(text, parts):
        return None  # "the increase covers a 70 million dollar port and ...": sizes, no parts
    thing = m.group("thing")
    return (thing.split()[-1].lower().removesuffix("s") if thing else None), parts


def _head(words: str) -> str:
    """The noun a few words name: the last before a link or a verb, after the leading links
    ("budget for 2011 comes", "its forecast for exports": forecast)."""
    head = ""
    for word in words.lower().split():
        if word in STOP and not head:
            continue
        if word in STOP or _VERB.fullmatch(word):
            break
        head = word
    return head.removesuffix("s")


def _within_new_levels(article: Article, rises: dict[str, Rise]) -> Iterator[DraftRelation]:
    """A rise within the one later level of the thing raised."""
    text = article.text
    placed = {p.figure.id: p for p in article.figures}
    if len(rises) > RISES:
        return  # a table of changes, not an article's few rises
    for rise_id, what in rises.items():
        rise = placed[rise_id]
        levels = []
        for later in article.figures:
            if later.figure.phrase.start <= rise.figure.phrase.start:
                continue
            if not level(later.figure.phrase):
                continue
            if not same_unit(later.figure, rise.figure) or later.figure.kind != "amount":
                continue
            start = clause_start(text, later.sentence[0], later.figure.phrase.start)
            named = list(_UPDATED.finditer(text, start, later.figure.phrase.start))
            if named and _head(named[-1].group("words")) == what.head:
                levels.append(later)
        if len(levels) == 1:
            (new,) = levels
            quote = " … ".join(clause_of(text, p) for p in (rise, new))
            yield sum_relation(new, [rise], False, quote)
