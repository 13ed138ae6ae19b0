"""The holder a verb of having names for a balance, for the roles of a draft's figures.

"The local budgets ran a deficit of X", "The Almaty city budget had a deficit of X", "The regions
posted a combined deficit of X": the deficit is a lower budget's or a fund's, read as its possessor
(as "the pension fund's deficit" names one), never the country's balance of the revenue and
spending around it. The holder is the verb's subject alone: a clause before it ("Transfers to the
provinces fell and the government recorded a deficit") names none.
"""

from __future__ import annotations

import re

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


def balance_holder(clause: str) -> str | None:
    """The word that makes a balance a lower budget's or a fund's, where its holder is the subject
    of a verb of having right before the balance's noun (``clause`` ends there), else None."""
    held = _HELD.search(clause)
    if held is None:
        return None
    who = _SUBJECT_START.split(held.group("who"))[-1]  # "Transfers to the provinces fell and"
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[\w'’-]+", who)]
    return next((w for w in words if w in SUB_BUDGETS), None)
