"""What "covers" and "covering" say of the amounts after them, for the rules that read them as
words of inclusion like "includes" (:mod:`aktobe_facts.text.draftincludes`, "This amount covers
A for salaries and B for staff"; :mod:`aktobe_facts.text.draftparts`, "X, covering A for
salaries and B for staff"; :mod:`aktobe_facts.text.draftraised`, "The increase covers A for the
quay and B for the road").

"Includes" makes each amount after it a part of the total whatever the amount names. "Covers"
does only where each amount is money paid out of the total for a purpose: "covers 887.7 million
lari for teachers' salaries" (the amount, then "for", "on", "towards" and the purpose). An amount
that is the size of the thing covered is no part of the money that covers it, which may pay for
some of it only: "It covers a 70 million dollar project", "covering 70 million dollars of
works", "covers the $3 billion cost"; and a percent after "covers" is a share ("covers 40 percent
of the cost"), which the rules never take as an amount. What covers must be the money itself: a
sum's noun ("That sum covers", never "It covers" or "This covers", whose pronoun may be the thing
the money bought: "The city paid X for the insurance policy. It covers A for flood damage", a cover
far above its premium), and "covering" right after the amount and its period ("X in 2031,
covering A for salaries"), never after another noun ("X on the guarantee scheme, covering A for
farms": the scheme's guarantees)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Placed

COVERS = re.compile(r"cover(?:s|ed|ing)", re.IGNORECASE)
"""The verb's forms the rules read as words of inclusion (matched against the cue's word)."""
_PURPOSE = re.compile(r"\s+(?:for|on|towards?)\s", re.IGNORECASE)
"""Right after an amount paid out of a total: the purpose it pays for."""


def paid_for(text: str, parts: Sequence[Placed]) -> bool:
    """Every amount is followed by its purpose ("887.7 million lari for salaries")."""
    return all(_PURPOSE.match(text, p.figure.phrase.outer_end) is not None for p in parts)
