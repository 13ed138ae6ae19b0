"""The holder a verb of having names for a balance, for the roles of a draft's figures.

"The local budgets ran a deficit of X", "The Almaty city budget had a deficit of X", "The regions
posted a combined deficit of X", "The deficit of the pension fund was X": the deficit is a lower
budget's, a fund's or a company's, read as its possessor
(as "the pension fund's deficit" names one), never the country's balance of the revenue and
spending around it. The holder is the verb's subject alone: a clause before it ("Transfers to the
provinces fell and the government recorded a deficit") names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.whose import LOWER_LEVELS

_HELD = lazy(
    r"\b(?P<who>[\w'’ -]{1,60}?)\s+(?:ran|runs?|posted|posts|had|has|recorded|records|showed|"
    r"shows|registered|registers|reported|reports)\s+(?:an?\s+)?(?:(?:combined|total|overall|"
    r"joint|aggregate|budget|fiscal)\s+)*$",
    re.IGNORECASE,
)
"""Before a balance's noun: its holder, the subject of a verb of having ("The local budgets ran
a", "The regions posted a combined")."""
_SUBJECT_START = re.compile(r"\b(?:and|while|whereas|but|as|after|when|since)\s+(?=the\b)", re.I)
"""Where the verb's subject starts in the words before it: after a clause of its own ("Transfers to
the provinces fell and the government recorded": the government's, no province's)."""
SUB_BUDGETS = LOWER_LEVELS | frozenset({"local", "regional", "municipal", "provincial"})
"""Words of a holder that make a balance a lower level's or a fund's."""
HOLDER_WORDS = SUB_BUDGETS | frozenset(
    re.findall(
        r"\w+", "company companies firm firms corporation corporations security insurance capital"
    )
)
"""Words of a holder whose balance is its own: a lower level, a fund, the capital city ("The
capital's budget posted a deficit"), a company ("The state oil company recorded a deficit"), a social security or insurance system ("Social security ran a
deficit"). A bank or an agency is left out: "the central bank reported a deficit of X" reports
the country's."""


_RELATIVE = re.compile(r"\s*(?:which|who|that|whose)\b", re.IGNORECASE)
"""A clause that opens with a relative pronoun: an aside on the subject before it."""


def subject_clause(clauses: Sequence[str]) -> str:
    """The words before a verb (``clauses`` are the sentence's clauses to the balance's noun), with
    the subject a relative clause parts from its verb joined back: "The national fund, which
    transferred X, recorded a" is "The national fund recorded a", the fund's balance."""
    if len(clauses) >= 3 and _RELATIVE.match(clauses[-2]):
        return clauses[-3] + clauses[-1]
    return clauses[-1]


def balance_holder(clause: str) -> str | None:
    """The word that makes a balance a lower budget's or a fund's, where its holder is the subject
    of a verb of having right before the balance's noun (``clause`` ends there), else None."""
    held = _HELD.search(clause)
    if held is None:
        return None
    who = _SUBJECT_START.split(held.group("who"))[-1]  # "Transfers to the provinces fell and"
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[\w'’-]+", who)]
    return next((w for w in words if w in HOLDER_WORDS), None)


def holder_of(words: Sequence[str]) -> str | None:
    """The word that makes a balance a holder's own where its noun's "of" names the holder ("the
    deficit of the pension fund", "the surplus of the local budgets"); ``words`` are those after
    "of", to the verb."""
    return next((w.lower() for w in words if w.lower() in HOLDER_WORDS), None)
