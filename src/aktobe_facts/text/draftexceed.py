"""Comparisons the words state between two figures of one sentence, for a draft:

- "A exceeded B", "A was above (higher than, larger than, greater than) B": an order A > B;
  "A was below (lower than, smaller than) B": A < B;
- "A exceeded B by Z" (or "was above B by Z"): a difference, Z = A - B; "A was below B by Z":
  Z = B - A.

Both figures are stated, of one unit, with nothing between them but the comparison's words and
the nouns they compare ("The fund's expenditures (16.2 billion) exceeded its revenues (11.3
billion) by 4.9 billion"). "More than" and "less than" before a figure are its own reading (a
bound), never a comparison of two; a comma after the comparison's words ends it, so the figure
after the comma opens another item ("26380 MW is under construction, 11960 MW has been bid out":
"under" names a state there, no comparison); a figure read with such a bound ("exceeded $5 billion") is left
alone, and so is a figure that ends a list ("reached $5.0 billion and $3.0 billion, surpassing
forecasts of $4.9 billion": the comparison is the list's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.comparedterms import same_terms
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftupfrom import is_base
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike
from aktobe_facts.text.pairedlists import list_against_list
from aktobe_facts.text.sentences import LIST_JOIN

_ABOVE = (
    r"exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|"
    r"(?:was|were|is|are|stood|came\s+in|remained)\s+(?:above|higher\s+than|larger\s+than|"
    r"greater\s+than|bigger\s+than)"
)
_BELOW = (
    r"(?:was|were|is|are|stood|came\s+in|remained|fell|dropped)\s+(?:below|under|lower\s+than|"
    r"smaller\s+than)"
)
_COMPARE = lazy(
    rf"^[\s),]*[^\d.;:!?%]{{0,50}}?\b(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\b"
    r"(?P<nouns>[^\d.;:!?%]{0,50}?)[\s(]*$",
    re.IGNORECASE,
)
"""Between A and B: the comparison, and the nouns it compares."""
_PRONOUN_OBJECT = re.compile(r"\s*(?:it|them|this|that|these|those)\b", re.IGNORECASE)
"""Right after the comparison: a pronoun as its object ("surpassed it with B"): what is compared
is named before, the figure after is no side of the comparison."""
_BY = re.compile(r"[\s)]*by\s*$", re.IGNORECASE)
"""Between B and Z: "by"."""


def ends_list(text: str, before: Placed, a: Placed) -> bool:
    """A ends a list of figures alike ("reached C and A", "B, C and A"): a comparison after it is
    the list's or its subject's ("..., surpassing forecasts of Y"), and the words do not say for
    which item it holds."""
    return (
        alike(before, a)
        and LIST_JOIN.fullmatch(text, before.figure.phrase.outer_end, a.figure.phrase.start)
        is not None
    )


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        for k in range(len(figures) - 1):
            a, b = figures[k], figures[k + 1]
            if not alike(a, b) or b.figure.phrase.stated.qualifier is not None:
                continue
            words = _COMPARE.match(text[a.figure.phrase.outer_end : b.figure.phrase.start])
            if words is None or re.search(r"\bby\b", words.group("nouns")):
                continue  # "exceeding revenues by Z": Z is the gap, not the other figure
            if "," in words.group("nouns"):
                continue  # "A is under construction, B has been bid out": B opens another item
            if _PRONOUN_OBJECT.match(words.group("nouns")):
                continue  # "the target was A, but they surpassed it with B": B is the margin
            if is_base(text, figures, k):
                continue  # "X compared with A, exceeding B": what exceeds B is X, not A
            if _second_predicate(text, figures, k, words):
                continue  # "surpassed the record of A and exceeded the target B": A is no subject
            if k > 0 and ends_list(text, figures[k - 1], a):
                continue  # "reached C and A, surpassing B": the list's comparison, never A's alone
            if list_against_list(text, figures, k, k + 1, alike):
                continue  # "A and B, exceeding C and D": B is D's pair, never C's
            if not same_terms(text, figures, k, k + 1, words.group("nouns")):
                continue  # "A in 2030 exceeded 2029's B in the fourth quarter": another period
            above = words.group("above") is not None
            z = figures[k + 2] if k + 2 < len(figures) else None
            gap = text[b.figure.phrase.outer_end : z.figure.phrase.start] if z else ""
            if z is not None and alike(b, z) and _BY.fullmatch(gap):
                larger, smaller = (a, b) if above else (b, a)
                fields: dict[str, str | list[str] | bool] = {
                    "result": z.figure.id,
                    "minuend": larger.figure.id,
                    "subtrahend": smaller.figure.id,
                }
                quote = _quote(text, a, z)
                found.append(DraftRelation("", "difference", fields, quote))
                continue
            fields = {"left": a.figure.id, "op": ">" if above else "<", "right": [b.figure.id]}
            found.append(DraftRelation("", "order", fields, _quote(text, a, b)))
    return found, []


_OBJECT_OF = lazy(
    rf"\b(?:{_ABOVE}|beat|topped|overtook|passed)\b[^\d.;:!?%]{{0,60}}\Z|"
    rf"\b(?:{_BELOW})\b[^\d.;:!?%]{{0,60}}\Z",
    re.IGNORECASE,
)
"""Before a figure, in its clause: a comparison whose object the figure is ("surpassed the
previous record of")."""
_AND_END = re.compile(r"\band\s+(?:also\s+|then\s+)?\Z", re.IGNORECASE)


def _second_predicate(text: str, figures: Sequence[Placed], k: int, words: re.Match[str]) -> bool:
    """A is the object of a comparison before it, and the comparison after it is a second verb of
    the same subject ("This performance surpassed the previous record of A set in January and
    exceeded the monthly target of B by Z"): what exceeds B is that subject, whose figure the
    sentence may not give, never A."""
    a = figures[k]
    start = figures[k - 1].figure.phrase.outer_end if k > 0 else a.sentence[0]
    if _OBJECT_OF.search(text, start, a.figure.phrase.start) is None:
        return False
    verb = words.start("above") if words.group("above") is not None else words.start("below")
    return _AND_END.search(words.string, words.pos, words.pos + verb) is not None


def _quote(text: str, first: Placed, last: Placed) -> str:
    return " ".join(text[first.figure.phrase.start : last.figure.phrase.outer_end].split())
