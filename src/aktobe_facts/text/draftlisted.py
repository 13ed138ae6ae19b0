"""Parts listed after one verb, the first naming their whole, for a draft (``kind = "sum"``): "The
tax office contributed 1.2 billion of the total, customs 0.5 billion, the treasury 0.1 billion and
other offices 0.1 billion" after a sentence that states the total.

The whole is the flow of the parts' unit that the sentence before states (at most three sentences
back, in the same or the paragraph before): its one figure of that unit, or, where it has several,
its one current whole flow (:mod:`aktobe_facts.text.draftroles`: no part, not planned, not a
comparison's earlier figure); "up from 2.1 billion a year earlier" and "above the 2.0 billion
target" are not it. The sum is exhaustive when the last part is the "other" ones or "the rest".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import list_after, sum_relation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.periodcontext import one_context

_OF_WHOLE = re.compile(
    r"\s*of\s+(?:the|its|their)\s+(?:total|whole|sum|amount|takings|collections?)\b", re.I
)
"""Right after the first part: the whole is named before ("contributed 1.2 billion of the total")."""
_OTHERS = re.compile(r"\b(?:others?|the\s+rest|remaining|remainder)\b", re.IGNORECASE)
BACK = 3
"""Sentences read back for the whole."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    taken = {
        part
        for r in drafted
        if r.kind == "sum" and isinstance(listed := r.fields.get("parts"), list)
        for part in listed
    }
    text = article.text
    sentences = article.sentences()
    found: list[DraftRelation] = []
    for number, figures in enumerate(sentences):
        first = figures[0]
        cue = _OF_WHOLE.match(text, first.figure.phrase.outer_end)
        if cue is None or not level(first.figure.phrase) or first.figure.id in taken:
            continue
        parts = list_after(text, figures, first.sentence[0])
        if len(parts) < 2 or parts[0] is not first:
            continue
        whole = whole_before(sentences[max(0, number - BACK) : number], first, named)
        if whole is None or not one_context(article, whole, *parts):
            continue  # "Revenue reached W in 2031. In the first quarter of 2030 the tax office ..."
        if not _whole_named(text, cue.end(), whole):
            continue  # "Revenue reached W. The capital contributed X of the total spending, ..."
        gap = text[parts[-2].figure.phrase.outer_end : parts[-1].figure.phrase.start]
        quote = text[first.sentence[0] : parts[-1].figure.phrase.outer_end]
        found.append(sum_relation(whole, parts, _OTHERS.search(gap) is not None, quote))
    return found, []


_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|for|of|from|to|and|or|while|with|during|so|as)\b)([a-z]+)"
)
"""A noun right after "of the total" ("of the total spending"): the whole's name."""


def _whole_named(text: str, end: int, whole: Placed) -> bool:
    """The noun after "of the total", if any, is named in the whole's sentence: "of the total
    spending" is no part of the revenue the sentence before states."""
    m = _NOUN_AFTER.match(text, end)
    if m is None:
        return True
    stem = m.group(1).lower()[:5]
    said = text[whole.sentence[0] : whole.sentence[1]].lower()
    return re.search(rf"\b{re.escape(stem)}", said) is not None


def whole_before(
    sentences: list[list[Placed]], part: Placed, named: dict[str, Role]
) -> Placed | None:
    for figures in reversed(sentences):
        if figures[0].paragraph < part.paragraph - 1:
            return None
        same = [p for p in figures if alike(p, part)]
        if len(same) == 1:
            return same[0]
        flows = [
            p
            for p in same
            if (r := named.get(p.figure.id)) is not None
            and r.part is None
            and not r.plan
            and not r.earlier
            and r.name not in ("deficit", "surplus")
        ]
        if same:
            return flows[0] if len(flows) == 1 else None
    return None
