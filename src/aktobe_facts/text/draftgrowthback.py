"""A growth named with "the" after the sentence that tells the move, for a draft: "passenger
numbers increased by 6,000 ... from 20,000 ... . [He] put the 233.3 per cent growth down to ..."
is the percent of that move (``kind = "change"``: the amount of change, its base and the
percent), and "Sales rose to $4.6 million from $4.1 million. The 12 percent rise ..." the growth
of the one level over the other (``kind = "growth"``).

The growth is a percent whose value ends on its noun of change ("the 233.3 per cent growth", "the
12 percent rise"), with "the", "this" or "that" right before it, no figure of a measure in its
sentence and no thing of its own after it ("the 30 per cent growth of its rivals", "in cargo":
another thing's). The sentence before it holds two figures of one measure and no other: an
amount of change with its own word of change ("increased by 6,000") and, after "from", the level
it moved from; or a level and the level before it that a relation drafted before orders
("rose to X from Y"). The growth's sign must be the move's. Anything else is left alone.

"The" makes the percent the move's only where its sentence is about that growth (:func:`_of_it`):
the sentence opens on it and its verb follows ("The 12 percent rise was the fastest since 2019"),
or someone gives a cause for it ("Officials put the 12.5 percent growth down to new routes",
"attributed the 12 percent rise to"). Anywhere else the growth may be another subject's ("Imports
posted the 3 percent rise economists had predicted"), another period's ("That compares with the 3
percent rise a year earlier", "the 25 percent rise so far this year", "the 3 percent rise forecast
for 2031"), a target's ("Managers had targeted the 20 percent rise"), or of another basis ("In
real terms, the 3 percent rise ...", "Excluding acquisitions, ..."), which its sentence's words,
never the figures, would say: nothing is drafted, nor where its sentence names another basis or a
plan or forecast anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    is_percent,
    same_measure,
)
from aktobe_facts.text.draftgrowth import a_level
from aktobe_facts.text.growthbasis import net_or_other_basis
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.planwords import TO_COME

_THE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_NOUN_END = re.compile(
    r"(?:growth|rise|increase|gain|jump|decline|decrease|fall|drop)$", re.IGNORECASE
)
_OWN_THING = re.compile(r"\s+(?:of|in|for|at|among|by|from|on)\b", re.IGNORECASE)
"""After the growth: words naming its own thing or base ("the 30 per cent growth of its
rivals", "the 5 percent rise in cargo")."""
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_OPENS = re.compile(r"\W*(?:(?:but|and|yet|however|overall|indeed)\s*,?\s*)?$", re.IGNORECASE)
"""Before "the" where the sentence opens on the growth: nothing, or a word that links it to the
sentence before ("But the 12 percent rise ...")."""
_ITS_VERB = lazy(
    r"\s*(?:was|is|came|comes|reflect(?:ed|s)|follow(?:ed|s)|mark(?:ed|s)|stemm?(?:ed|s)|"
    r"result(?:ed|s)|owe[ds]|mean[st]|meant)\b",
    re.IGNORECASE,
)
"""Right after a growth that opens its sentence: its verb ("The 12 percent rise was ...")."""
_CAUSE_VERB = lazy(
    r"\b(?:put|puts|putting|attribut(?:ed|es|ing)|ascrib(?:ed|es|ing)|credit(?:ed|s|ing)|"
    r"blam(?:ed|es|ing)|link(?:ed|s|ing)|tie[sd]|tying)\s+$",
    re.IGNORECASE,
)
_CAUSE_AFTER = re.compile(r"\s+(?:down\s+)?(?:to|on)\b", re.IGNORECASE)
"""Around a growth given a cause: "put the P growth down to", "attributed the P rise to"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growths named with "the" after the sentence of their move."""
    used = {i for r in drafted for i in tied(r)}
    found: list[DraftRelation] = []
    for k in range(1, len(sentences)):
        sentence = sentences[k]
        growths = [f for f in sentence.figures if _named_growth(text, f) and f.id not in used]
        if len(growths) != 1 or any(is_measure(f) for f in sentence.figures):
            continue
        if not _of_it(text, sentence, growths[0]):
            continue  # "That compares with the 3 percent rise a year earlier": another growth
        made = _of_move(text, sentences[k - 1], growths[0], drafted)
        if made is not None:
            found.append(made)
    return found


def _named_growth(text: str, figure: Figure) -> bool:
    phrase = figure.phrase
    return (
        is_percent(figure)
        and figure.kind == "growth"
        and not phrase.stated.is_range
        and _NOUN_END.search(phrase.value.rstrip()) is not None
        and _THE.search(text, max(0, phrase.start - 12), phrase.start) is not None
        and _OWN_THING.match(text, phrase.outer_end) is None
    )


def _of_it(text: str, sentence: Sentence, growth: Figure) -> bool:
    """The growth's sentence is about it: it opens the sentence before its verb, or someone gives
    a cause for it; and the sentence names no other basis and no plan or forecast."""
    phrase = growth.phrase
    the = _THE.search(text, max(0, phrase.start - 12), phrase.start)
    if the is None:
        return False
    before = text[sentence.span[0] : the.start()]
    opens = _OPENS.fullmatch(before) is not None and _ITS_VERB.match(text, phrase.outer_end)
    caused = _CAUSE_VERB.search(before) is not None and _CAUSE_AFTER.match(text, phrase.outer_end)
    words = text[sentence.span[0] : sentence.span[1]]
    return bool(opens or caused) and not (net_or_other_basis(words) or TO_COME.search(words))


def _of_move(
    text: str, before: Sentence, growth: Figure, drafted: Sequence[DraftRelation]
) -> DraftRelation | None:
    figures = before.figures
    if len(figures) != 2 or not all(is_measure(f) for f in figures):
        return None
    first, second = figures
    if not same_measure(first, second) or not a_level(second):
        return None
    falls = growth.phrase.stated.negative
    said = " … ".join(" ".join(f.phrase.value.split()) for f in (first, second, growth))
    change = first.phrase.stated
    if change.direction is not None and _FROM.search(
        text, first.phrase.outer_end, second.phrase.start
    ):
        if change.negative != falls:
            return None  # "fell by D from B ... the P rise": the words disagree
        fields: dict[str, str | list[str] | bool] = {
            "amount": first.id,
            "base": second.id,
            "percent": growth.id,
        }
        if falls:
            fields["direction"] = "fall"
        return DraftRelation("", "change", fields, said)
    order = next(
        (r for r in drafted if r.kind == "order" and set(tied(r)) >= {first.id, second.id}), None
    )
    if order is None or not a_level(first):
        return None
    left, op = order.fields.get("left"), order.fields.get("op")
    if op not in (">", "<") or (op == "<") != falls:
        return None
    current = str(left)
    base = second.id if current == first.id else first.id
    fields = {"growth": growth.id, "current": current, "base": base}
    return DraftRelation("", "growth", fields, said)
