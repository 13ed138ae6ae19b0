"""The words of a plan, a forecast or a target, in one place for every rule that tells a figure
planned from one reported ("the 10 million target", "revenue of X, 84% of the plan", "compared
with $4 billion expected"): the nouns and the participles. A rule adds the words of its own
("goal", "ceiling", "budget") to these."""

from __future__ import annotations

import re

PLAN_NOUNS = ("plan", "target", "forecast", "projection", "estimate")
"""The nouns of a plan or forecast, singular."""
PLAN_NOUN = "|".join(PLAN_NOUNS)
"""The same as a regular expression's alternatives."""
PLANNED = ("planned", "projected", "expected", "budgeted", "targeted")
"""The participles of a plan or forecast ("the planned 5 billion", "X expected")."""

TO_COME = re.compile(
    rf"\b(?:{'|'.join(PLANNED)}|expects?|forecasts?|projects?|will|would|could|might|"
    rf"(?:is|are|was|were)\s+(?:set|poised|likely|due)\s+to|on\s+(?:track|course)|"
    rf"(?:{PLAN_NOUN})s?)\b",
    re.IGNORECASE,
)
"""The words before a figure that make it one to come, planned or forecast, not reported
("exports were on track to reach X", "could reach X", "is set to top X", "expected at X")."""
