"""A flow named by a possessive pronoun ("with its income of X", "Their exports totaled X"): the
flow of someone named before, never a whole the article's own flows are parts of.

"Non-tax revenues rose to PHP298.3 billion. The Bureau of the Treasury accounted for the bulk,
with its income of PHP189.3 billion": the bureau's income is a part of the non-tax revenues, and
:mod:`aktobe_facts.text.draftparts` read it as the one whole revenue they fall within (sweep K's
false error). A flow whose words open on "its" or "their" is a whole only of parts that name
their owner so too ("its tax income").
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftroles import Role

_PRONOUN = re.compile(r"\b(?:its|their)\s+\Z", re.IGNORECASE)
_REACH = 12
"""Characters read before a flow's words for its pronoun ("their " and spaces)."""


def by_pronoun(text: str, role: Role) -> bool:
    """The flow's words open on a possessive pronoun: "its income", "Their exports"."""
    return _PRONOUN.search(text[max(0, role.start - _REACH) : role.start]) is not None


def whole_of(text: str, whole: Role, part: Role) -> bool:
    """``whole`` may hold ``part`` as far as their owners by pronoun go: a flow named by "its" or
    "their" holds only a part named so too."""
    return not by_pronoun(text, whole) or by_pronoun(text, part)
