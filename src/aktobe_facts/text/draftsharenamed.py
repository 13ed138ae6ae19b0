"""Shares of a whole named by its noun, for a draft (``kind = "share"``): "The government has
announced a budget of W. ... Of the new budget, X goes to recurrent expenditure, accounting for P
per cent of the total allocation. Capital expenditure is set at Y, making up Q per cent of the
total budget": P is X's share of W, Q is Y's.

A share pair (:func:`aktobe_facts.text.draftshares.share_pairs`) that no drafted share ties gets
as its whole the one amount before it in the article that its whole's noun ("of the total
budget") names right before it ("a budget of W", "the budget at W"), or, where none is, that the
noun its sentence opens on names ("Of the new budget, ..."); never a figure a drafted growth
compares with (the budget of the year before), and in the part's unit and period. A same-whole
drafted for pairs that all get their whole this way is replaced by their shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_amount,
    quote,
    same_unit,
    singular,
)
from aktobe_facts.text.draftshares import share_pairs
from aktobe_facts.text.lazypatterns import lazy

_OPENS = re.compile(
    r"\W*(?:of|out\s+of)\s+(?:the|this|its)\s+(?:(?:new|proposed|planned|draft|approved|total)\s+)?"
    r"(?P<noun>[a-z]+)\s*,",
    re.IGNORECASE,
)
"""A sentence that opens on its whole: "Of the new budget,"."""
_OWN_NOUN = lazy(
    r"\b(?:an?|the|its|their)\s+(?:(?:new|proposed|planned|draft|approved|total|record)\s+)?"
    r"([a-z]+)\s+(?:of|at|worth)\s+$",
    re.IGNORECASE,
)
"""The noun a figure is "a ... of": "a budget of W"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The drafted relations with the shares of wholes named by their nouns."""
    compared = {
        v
        for r in drafted
        if r.kind in ("growth", "change")
        for v in (r.fields.get("base"),)
        if isinstance(v, str)
    }
    shared = {r.fields.get("share") for r in drafted if r.kind == "share"}
    found: list[DraftRelation] = []
    placed: set[str] = set()
    for k, sentence in enumerate(sentences):
        opens = _OPENS.match(text, sentence.span[0], sentence.span[1])
        for pair in share_pairs(text, sentence):
            if pair.share.id in shared or not pair.named:
                continue
            if _whole_goes_on(text, sentence, pair.share):
                continue  # "45 per cent of the total budget of the regions", "... in real terms"
            nouns = set(pair.whole_words)
            whole = _named(text, sentences, k, nouns, compared, pair.part)
            if whole is None and opens is not None:
                noun = {singular(opens.group("noun").lower())}
                whole = _named(text, sentences, k, noun, compared, pair.part)
            if whole is None:
                continue
            fields = {"share": pair.share.id, "part": pair.part.id, "whole": whole.id}
            found.append(
                DraftRelation("", "share", dict(fields), quote(text, pair.part, pair.share))
            )
            placed.add(pair.part.id)
    kept = [r for r in drafted if not replaced(r, placed)]
    return kept + found


_WHOLE_WORDS = lazy(
    r"^\s*of\s+(?:(?:the|this|its|their)\s+)?(?:(?:new|proposed|planned|draft|approved|total|"
    r"overall|whole)\s+)*[a-z-]+(?:\s+§)?\s*(?:[,;:.)]|$)",
    re.IGNORECASE,
)
"""After a share named by its whole's noun, to the clause's end: "of the total budget" and
nothing more."""


def _whole_goes_on(text: str, sentence: Sentence, share: Figure) -> bool:
    """The words naming the whole go on past its noun: another owner's ("of the total budget of
    the regions") or another basis ("in real terms"), no figure the noun names before."""
    words = between(text, share.phrase.outer_end, sentence.span[1], sentence.periods)
    return _WHOLE_WORDS.match(words) is None


def replaced(relation: DraftRelation, placed: set[str]) -> bool:
    """A same-whole drafted for pairs whose parts now all have a share of a stated whole."""
    parts = relation.fields.get("parts")
    return relation.kind == "same-whole" and isinstance(parts, list) and set(parts) <= placed


def _named(
    text: str,
    sentences: Sequence[Sentence],
    k: int,
    nouns: set[str],
    compared: set[str],
    part: Figure,
) -> Figure | None:
    """The one amount before sentence ``k`` that one of ``nouns`` names right before it."""
    if not nouns:
        return None
    found = []
    for sentence in sentences[:k]:
        for f in sentence.figures:
            if not is_amount(f) or f.id in compared or not same_unit(f, part):
                continue
            said = _OWN_NOUN.search(
                text, max(sentence.span[0], f.phrase.start - 60), f.phrase.start
            )
            if said is not None and singular(said.group(1).lower()) in nouns:
                found.append(f)
    if len(found) != 1:
        return None
    whole = found[0]
    other = None not in (part.period, whole.period) and part.period != whole.period
    return None if other else whole
