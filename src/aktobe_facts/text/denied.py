"""Figures the article's words deny, for a draft (:mod:`aktobe_facts.text.draft`): "This is not a
5.2% increase", "it was not a rise of 5.2%", "sales did not rise 5.2%", "there was no 5 percent
increase", "a fall rather than a 5% increase", "instead of 7%". The figure is printed, so it is
drafted as a claim (the coverage check counts it), but the article says it is *not* the value, so
no relation ties it: a check could only fail a figure nobody stated (a growth that "is not 5.2%"
may well be 4.8%).

A bound whose words hold the negation is no denial: "not more than 5.2%", "no less than 200
tonnes", "rose no more than 5.2%" are read with their words as one phrase (the phrase's own text
starts with them), so nothing stands before the phrase to deny it. Words between the negation and
the figure other than an article or "even" leave it alone: "not only rose 5%", "not least a 5%
rise", "not quite 5%" (a bound, nearly), "did not fall: they rose 5%".

A bound's words before an article the phrase starts with are as far from the value: "more than a
3% increase", "not less than a 3% increase", "almost a 9% rise" are read as "a 3% increase" (the
bound's words stand outside the phrase, which the grammar reads from its article), so a check
would test the bound as the value ("more than a 3% increase" against a rise of 5.2 percent was a
false error); the figure takes part in no relation either. "more than 3%" and "rose more than 3%"
are read with their bound and stay as they are."""

from __future__ import annotations

import re

from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.sentences import Span

_DENIAL = re.compile(
    r"(?:\b(?:not|no(?:\s+longer)?|never|nor)|n[’']t|\brather\s+than|\binstead\s+of|"
    r"\bfar\s+from|(?:\b(?:not|never)|n[’']t|\bfail(?:ed|s)?\s+to)\s+(?:reach|exceed|top|surpass|"
    r"hit|meet|match)(?:ed|es|s)?)(?:\s*+,[^,.;:]{1,30},)?"
    r"\s+(?:(?:a|an|the|even)\s+)?\Z",
    re.IGNORECASE,
)
"""Right before a figure: a negation ("no longer" too) and at most an article or "even"; an
aside between commas right after the negation lifts none ("sales did not, as forecast, rise
5.2%"; twenty-fourth session). A verb of reaching after the negation ("did not reach 252,928",
"failed to meet the", "has not exceeded 30%") makes the figure a bound the words do not give as
one, never the value (twenty-fifth session, change25)."""
_BOUND = re.compile(
    r"\b(?:(?:more|less|fewer|greater|smaller|bigger|larger|higher|lower)\s+than|"
    r"at\s+(?:least|most)|up\s+to|nearly|almost|close\s+to)\s+\Z",
    re.IGNORECASE,
)
"""Right before a figure read from its article ("a 3% increase"): a bound's words."""
_ARTICLE = re.compile(r"an?\s", re.IGNORECASE)
"""How a phrase read from its article starts ("a 3% increase")."""
_REACH = 40
"""How far before the figure its negation is looked for (the negation and an article)."""


def denied(text: str, sentence: Span, phrase: Phrase) -> bool:
    """The words right before the phrase, in its sentence, deny it or make it a bound the phrase
    does not hold."""
    before = text[max(sentence[0], phrase.start - _REACH) : phrase.start]
    if _DENIAL.search(before) is not None:
        return True
    return _ARTICLE.match(text, phrase.start) is not None and _BOUND.search(before) is not None
