"""The subject that undergoes a flow, for the roles of a draft's figures.

A verb of undergoing ("saw", "suffered", "witnessed", "experienced", "enjoyed") between a subject
and a flow's noun makes the flow the subject's: "petroleum products saw exports rise 14.8 percent
to X" is petroleum products' exports, "the oil and gas sector had suffered a deficit of X" the
sector's deficit. Where the subject names a kind of goods, a sector, an industry or a kind of firm,
the figure is a part of the flow, never its whole (the words before the flow's noun alone would
read "saw exports" and "suffered a deficit" as the country's). A subject that names a country, a
government or an economy ("Kenya saw exports rise", "the country suffered a deficit") is left to
the owner's words, as before.
"""

from __future__ import annotations

import re

from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.whose import FUNCTION_WORDS

_UNDERGO = r"saw|sees?|seen|suffered|suffers?|witnessed|witnesses|experienced|experiences|enjoyed"
_PART_NOUN = (
    r"sectors?|industr(?:y|ies)|products?|segments?|categor(?:y|ies)|branch(?:es)?|"
    r"commodit(?:y|ies)|items?|compan(?:y|ies)|firms?|exporters?|importers?|producers?|"
    r"manufacturers?|business(?:es)?"
)
_SUBJECT = lazy(
    rf"(?:\b([a-z][\w-]*)\s+)?\b({_PART_NOUN})\s+(?:(?:had|has|have|also|already)\s+)*"
    rf"(?:{_UNDERGO})\s+(?:(?:an?|the|its|their)\s+)?\Z",
    re.IGNORECASE,
)


def subject_part(clause: str) -> str | None:
    """The part a flow's noun belongs to when the words right before it (``clause``, ending at the
    noun) are a part's noun and a verb of undergoing: the word that names the part ("petroleum" of
    "petroleum products saw", "gas" of "the oil and gas sector had suffered a"), else the noun."""
    m = _SUBJECT.search(clause)
    if m is None:
        return None
    modifier = m.group(1)
    if modifier is not None and modifier.lower() not in FUNCTION_WORDS:
        return modifier.lower()
    return m.group(2).lower()
