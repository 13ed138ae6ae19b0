"""A growth set after the words of its figure's own clause, for a draft
(:mod:`aktobe_facts.text.draftgrowth`): "4.1 million visitors came through the border posts in
the first half, a growth of 12.5 per cent on the first half of last year"; "212,400 pilgrims
visited the shrine in the first seven months, a 9 per cent rise from 194,800"; "buyers spent
$8.2 billion in the malls last year, up 6.1% over 2029"; with an attribution between ("...,
the statistics office says, a 21.3% increase").

The figure is the growth's current value when the words between them are its clause's alone: no
other figure (nor one before it in its clause, nor a word of comparison: "to A from B at the
port, a 25 percent rise" is no rise of B; after a figure that is not the sentence's first, only
its noun: "X, of which Y went to China, a P rise" may be X's rise), no word that starts another
clause or a comparison ("and", "while", "which", "than", "from"), no verb of change (whose
subject may be another), at most one comma (and an attribution set off by two); and the
growth's own words, after it, end its clause or name its base ("on the first half of last
year", "from 194,800"), never another thing ("a 10 percent rise in gold sales").
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftfigures import Figure, Sentence, between, is_measure, words_between
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH
from aktobe_facts.text.sentences import clause_end, clause_start

_SAYS = (
    r"(?:says|said|reports|reported|shows|showed|notes|noted|writes|wrote|announced|estimates|"
    r"estimated)"
)
_APPOSITION = lazy(
    r"^(?P<words>[^,;:()\d%]{1,90}?)\s*,\s*"
    rf"(?P<aside>[^,;:()\d%]{{1,50}}?\b{_SAYS}\s*,\s*)?(?:an?\s+|up\s+|down\s+)?$"
)
"""From a figure to its growth: its clause's words, a comma, an attribution ("the office says,"),
the growth's article or direction ("a", "up")."""
_BREAK = lazy(
    r"\b(?:and|or|but|while|whereas|as|because|amid|which|who|whom|that|when|than|compared|from|"
    r"against|versus|vs|since|including|respectively|per|each|of\s+which|with|after|despite|"
    r"although|though|increas\w*|decreas\w*|r[io]se|risen|rising|grew|grow\w*|fell|fall\w*|"
    r"declin\w*|drop\w*|jump\w*|climb\w*|surg\w*|soar\w*|slump\w*|plung\w*|gain\w*|los[te]\w*|"
    r"up|down|more|less|higher|lower)\b",
    re.IGNORECASE,
)
"""In the figure's clause: a word that starts another clause or comparison, or a verb of change
whose subject may be another figure's."""
_MONTH = f"(?:{MONTH})"
_SPAN = lazy(rf"\b(?:between\s+)?{_MONTH}\s+(?:and|to|through)\s+{_MONTH}\b", re.I)
"""A span of months, whose "and" joins no clauses ("between January and April")."""
_NOUN_WORDS = 2
"""Words a figure's noun may run to ("5.3 million overnight stays"): after a figure that is not
the first of its sentence, nothing longer may stand before its growth."""
_TAIL = lazy(
    r"^\s*(?:(?:increase|rise|growth|gain|decrease|fall|decline|drop|reduction|jump)s?\s*)?"
    r"(?:(?:on|over|from|(?:when\s+|as\s+)?compared|against|versus|vs|than|year-on-year|y/y|"
    r"yoy)\b.*|"
    r"in\s+(?:the\s+)?(?:§|same|first|second|third|fourth|previous|last|past|year|month|quarter|"
    r"half|period)\b.*)?\W*$"
)
"""After the growth, to the end of its clause: its noun, then nothing, its base or a period ("on
the first half of last year", "from 194,800 in §"); never another thing ("in gold sales")."""


def of_its_figure(text: str, sentence: Sentence, growth: Figure) -> bool:
    """The growth's own words, after it to its clause's end, are its noun, its base or a period:
    never another thing ("a 6 per cent increase in capital spending")."""
    end = clause_end(text, growth.phrase.outer_end, sentence.span[1])
    later = [f.phrase.start for f in sentence.figures if f.phrase.start >= growth.phrase.outer_end]
    end = min([end, *later])
    return _TAIL.match(between(text, growth.phrase.outer_end, end, sentence.periods)) is not None


_COMPARED = re.compile(
    r"\b(?:from|than|compared|comparison|against|versus|vs|over|since|before|earlier|ago)\b",
    re.IGNORECASE,
)
"""Before a figure in its clause: the figure is one compared with ("up from B")."""


def level_before_in_clause(text: str, sentence: Sentence, figure: Figure) -> bool:
    """Another level stands in the clause of ``figure``, before it: a change after them may be
    either's ("lent $5 billion to 300 firms, a 10% rise": which of the two rose?)."""
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    return any(
        start <= f.phrase.start < figure.phrase.start and is_measure(f) for f in sentence.figures
    )


def claused(text: str, sentence: Sentence, figure: Figure, growth: Figure) -> bool:
    """Whether ``growth`` (a rise or fall the words sign) is set after the words of the clause
    of ``figure``, the figure right before it, as that figure's growth."""
    if growth.kind != "growth":
        return False
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    if _COMPARED.search(text, start, figure.phrase.start) is not None:
        return False  # "rose to A from B at the port, a P rise": B is compared with, no current
    if level_before_in_clause(text, sentence, figure):
        return False  # "lent $5 billion to 300 firms, a P rise": which of the two rose?
    m = _APPOSITION.match(words_between(text, sentence, figure, growth) + " ")
    if m is None or _BREAK.search(_SPAN.sub(" ", m.group("words"))) is not None:
        return False
    earlier = any(f.phrase.start < figure.phrase.start and is_measure(f) for f in sentence.figures)
    if earlier and (m.group("aside") or len(m.group("words").split()) > _NOUN_WORDS):
        return False  # "X, of which Y went to China, a P rise": X's rise or Y's?
    return of_its_figure(text, sentence, growth)  # a base's thousands comma ends no clause
