"""A flow named by a possessive pronoun whose owner is a name ("The Bureau of the Treasury ...,
with its income of X"; "Japan and India came next ... Their exports totaled X"): the flow of
that named holder, never a whole the article's own flows are parts of.

"Non-tax revenues rose to PHP298.3 billion. The Bureau of the Treasury accounted for the bulk,
with its income of PHP189.3 billion": the bureau's income is a part of the non-tax revenues, and
:mod:`aktobe_facts.text.draftparts` read it as the one whole revenue they fall within (sweep K's
false error). A flow whose words open on "its" or "their", with a name (a capitalised word not
opening its sentence, no month) before the pronoun in its sentence, or in the sentence before
when the pronoun opens its own, is a whole only of parts named by a pronoun too ("its tax
income"). A pronoun of the article's own subject ("Some 9.1 million visitors came ..., while
their spending rose to X") names no holder and keeps its parts.
"""

from __future__ import annotations

import re

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftroles import Role

_PRONOUN = re.compile(r"\b(?:its|their)\s+\Z", re.IGNORECASE)
_REACH = 12
"""Characters read before a flow's words for its pronoun ("their " and spaces)."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_NAME = re.compile(rf"(?<=[\s(,;:])(?!(?:{MONTH_NAMES})\b)[A-Z][a-z][\w'’-]*")
"""A capitalised word after a space or a mark: a name, but for a month's ("in May")."""
_BACK = 400
"""Characters read back for the pronoun's sentence and the one before it."""


def by_pronoun(text: str, role: Role) -> bool:
    """The flow's words open on a possessive pronoun of a named holder: "with its income" after
    "The Bureau of the Treasury", "Their exports" after "Japan and India came next"."""
    pronoun = _PRONOUN.search(text, max(0, role.start - _REACH), role.start)
    if pronoun is None:
        return False
    window = text[max(0, pronoun.start() - _BACK) : pronoun.start()]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    own = window[ends[-1] if ends else 0 :]
    if not own.strip() and ends:  # "Their exports" opens its sentence: the one before
        own = window[ends[-2] if len(ends) > 1 else 0 : ends[-1]]
    return _NAME.search(own.lstrip()) is not None


def whole_of(text: str, whole: Role, part: Role) -> bool:
    """``whole`` may hold ``part`` as far as their owners by pronoun go: a flow named by "its" or
    "their" of a named holder holds only a part named so too."""
    return not by_pronoun(text, whole) or by_pronoun(text, part)
