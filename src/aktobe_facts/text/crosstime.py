"""Whether a figure of another sentence may be the whole, total or part the words tie a figure
to: of the same period and the same basis (:func:`joinable`).

A share's whole or a sum's part taken from another sentence (the sentence before, another
paragraph, anywhere the whole's noun is named) is only as certain as the two figures are of one
period and one basis: a month's deficit is no share of the quarter's exports in the next
paragraph, and the quarter's imports are no part of December's (held25's two false errors). So:

- their contexts (:func:`~aktobe_facts.text.periodcontext.context_time`: their own words' period,
  else the one the words before them set), where both name one, do not clash (for a part, its
  months may lie within its total's: a month's imports within the quarter's);
- their claims' periods, where both are read, are one span (a part's within its total's);
- a figure whose words point to its period by a unit and do not name it ("The seasonally
  adjusted value of imports this quarter is W") is of no period of another length: the quarter
  is never December, whatever period the context reader carried there;
- neither is marked seasonally adjusted (or unadjusted) where the other is not
  (:func:`~aktobe_facts.text.adjustedbasis.marked`, read here even where the article names one
  basis only): adjusted exports are no whole of a month's actual deficit.

A figure whose context names no period beside one whose context does is not refused: the context
reader drops the period after a sentence that names a comparison's ("up 29% on January to May of
last year"), and the rules' own tests of the whole's words stand (refusing them lost ten right
shares and sums of two open sets' articles, every one of one period). Figures of one sentence are
left to the rule's own reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.adjustedbasis import marked
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import Figure, Sentence
from aktobe_facts.text.periodcontext import clash, context_time
from aktobe_facts.text.roletime import Time, read_time
from aktobe_facts.text.sentences import clause_end, clause_start


def joinable(
    text: str, sentences: Sequence[Sentence], figure: Figure, other: Figure, within: bool = False
) -> bool:
    """``other`` stands in ``figure``'s sentence, or is of its period and basis as far as the words
    can tell (see the module's docstring); with ``within``, ``figure``'s period may lie within
    ``other``'s (a month's part of a quarter's total)."""
    k, j = _sentence_of(sentences, figure), _sentence_of(sentences, other)
    if k == j:
        return True
    ours, theirs = context_time(text, sentences, figure), context_time(text, sentences, other)
    if (
        ours.named
        and theirs.named
        and clash(ours, theirs)
        and not (within and _inside(ours, theirs))
    ):
        return False
    mine, whole = period_span(figure.period), period_span(other.period)
    if mine is not None and whole is not None:
        inside = whole[0] <= mine[0] and mine[1] <= whole[1]
        if not (inside if within else mine == whole):
            return False
    for sentence, placed in ((sentences[k], figure), (sentences[j], other)):
        length = _pointed(text, sentence, placed)
        if length is not None and any(_length(t) not in (None, length) for t in (ours, theirs)):
            return False  # "imports this quarter" beside December's: a quarter is no month
    basis = _marked(text, sentences)
    return basis.get(figure.id) == basis.get(other.id)


def _inside(part: Time, whole: Time) -> bool:
    """The part's months lie within the whole's, of one year and one relative year."""
    if part.year != whole.year or part.relative != whole.relative or part.dates != whole.dates:
        return False
    if part.months is None or whole.months is None:
        return part.months == whole.months
    return whole.months[0] <= part.months[0] and part.months[1] <= whole.months[1]


def _length(time: Time) -> int | None:
    """How many months the period names, if it names its months."""
    return None if time.months is None else time.months[1] - time.months[0] + 1


_POINTED = re.compile(
    r"\b(?:this|the|current)\s+(?!(?:same|previous|preceding|prior|last|past|next|"
    r"corresponding|year-earlier|earlier)\b)(?:[a-z-]+\s+)?(?P<unit>quarter|month|half)\b",
    re.IGNORECASE,
)
"""Words that point to the figure's own period by its unit and do not name it ("this quarter",
"for the half", "the current month"); never a comparison's ("the same quarter", "the previous
month")."""
_UNITS = {"quarter": 3, "month": 1, "half": 6}


def _pointed(text: str, sentence: Sentence, figure: Figure) -> int | None:
    """The months of the unit the figure's clause points to its period by ("The seasonally
    adjusted value of imports this quarter is W": 3), where its words name no period."""
    phrase = figure.phrase
    start = clause_start(text, sentence.span[0], phrase.start)
    end = clause_end(text, phrase.outer_end, sentence.span[1])
    words = text[start:end]
    found = _POINTED.search(words)
    if found is None or read_time(words).named:
        return None
    return _UNITS[found.group("unit").lower()]


def _sentence_of(sentences: Sequence[Sentence], figure: Figure) -> int:
    return next((k for k, s in enumerate(sentences) if any(f is figure for f in s.figures)), -1)


_LAST: list[tuple[str, Sequence[Sentence], dict[str, str | None]]] = []
"""The bases of the article read last (a rule asks of many pairs of one article)."""


def _marked(text: str, sentences: Sequence[Sentence]) -> dict[str, str | None]:
    if not _LAST or _LAST[0][0] is not text or _LAST[0][1] is not sentences:
        _LAST[:] = [(text, sentences, marked(text, sentences))]
    return _LAST[0][2]
