"""An amount after a comparison's "by" is the gap between two levels, never a level.

"Revenue was above the year before by $137.1 million (19.8% more)", "sales beat the forecast by
$2 million, a rise of 4%", "output was ahead of last year's by 300 tonnes": the amount is how far
one level lies from the other, which the sentence leaves unprinted, so a growth set beside it is
the growth of that level, never of the amount (taken as the level it reached, it would put the base
at the amount over one plus the growth, a false error once any base is read). The comparison is a
word of more or less, of passing or missing, or of change ("above", "higher", "exceeded", "beat",
"fell short", "rose", "grew"), a few words before "by" with no figure between; the members of a
list after one such "by" ("by A in August (P) and B in September (Q)") are gaps too.

"Followed by", "driven by", "led by" name no comparison: the figure after them keeps its reading
("driven by $2 billion of exports, up 5%").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import Figure, Sentence, between, is_percent, same_measure

_COMPARED_BY = re.compile(
    r"\b(?:above|below|ahead|behind|short|more|less|fewer|higher|lower|larger|smaller|greater|"
    r"bigger|exceed\w*|beat(?:s|en|ing)?|surpass\w*|outstrip\w*|outpac\w*|overshot|overshoot\w*|"
    r"undershot|undershoot\w*|top(?:s|ped|ping)?|trail\w*|miss(?:ed|es|ing)?|increas\w*|"
    r"decreas\w*|ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|fell|fall(?:s|en|ing)?|"
    r"declin\w*|drop(?:s|ped|ping)?|jump\w*|climb\w*|gain\w*|slid|slip\w*|shr[aiu]nk\w*|"
    r"contract\w*|expand\w*|up|down)\b"
    r"(?:[^\d%.;:()]|\b(?:19|20)\d\d\b){0,80}?[\s,]by\s*$"
)
"""A comparison or change and "by", with no figure (a year aside), sentence mark or bracket
between: "above §, by", "above fiscal 2023's for the same months by", "beat the forecast by"."""
_LISTED = re.compile(
    r"^\s*(?:(?:in|for|during|of|on)\s+(?:[a-z§][\w§'’-]*\s*){1,3})?(?:\([^()]*\)\s*)?,?\s*and\s*$"
)
"""Between two members of a list of gaps, their periods or nouns and a bracket: "in august (19.8%
more) and", "in § and", ", and"."""


def gap(text: str, sentences: Sequence[Sentence], figure: Figure) -> bool:
    """``figure`` is an amount after a comparison's "by" in its sentence, or a later member of a
    list of such amounts of its measure."""
    for sentence in sentences:
        if figure in sentence.figures:
            return _gap(text, sentence, figure)
    return False


def _gap(text: str, sentence: Sentence, figure: Figure) -> bool:
    if is_percent(figure):
        return False
    before = between(text, sentence.span[0], figure.phrase.start, sentence.periods)
    if _COMPARED_BY.search(before) is not None:
        return True
    k = sentence.figures.index(figure)
    earlier = [f for f in sentence.figures[:k] if not is_percent(f)]
    if not earlier or not same_measure(earlier[-1], figure):
        return False
    words = between(text, earlier[-1].phrase.outer_end, figure.phrase.start, sentence.periods)
    return _LISTED.match(words) is not None and _gap(text, sentence, earlier[-1])
