"""Suggested: a total and the breakdown its sentence lists after it (a sum, not exhaustive: the
words do not say the list is all of it). A level followed by a colon ("the state paid out
Rp2,310.2 trillion, ...: Rp1,498.9 trillion of the central government's expenditure and Rp811.3
trillion of regional transfers") or by "of which", "including", "made up of", "comprising" or
"consisting of" ("13.5 million, of which 9.2 million were tourists"), and the levels of its
measure and period after it in the sentence, each smaller: the total is the level right before
the opener, or where that one's clause names a plan or target ("or 93.9 percent of the target
set at Rp2,461.1 trillion:") the level before it. No drafting rule ties them where the list is
not said to be all of the total or its items are not named as the total's parts.

Never a total whose clause names a plan or target, a balance or a gap, and no such figure among
the parts ("..., and the country recorded a trade surplus of 172.4 billion baht" is left out of
the list); a colon needs two parts at least (one figure after a colon is as often an explanation
as a part).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.suggestfigures import (
    PLAN_WORDS,
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    planned,
    shown,
)

LISTED = 0.55
"""Rank of a total and the breakdown listed after it (measured on the open sets)."""
_WHEN = r"(?:\s+(?:in|for|during|over|as\s+of)\s+[^:;.()]{1,30}?)?"
"""A period named between a total and its opener ("$1.07 billion in 2031:")."""
_OPENER = re.compile(
    rf"{_WHEN}\s*+(?:\([^()]*\)\s*+)?(?P<colon>:)|"
    rf"{_WHEN}\s*+(?:\([^()]*\)\s*+)?(?:,\s*+)?"
    r"(?:of\s+which|including|made\s+up\s+of|comprising|consisting\s+of)\b",
    re.IGNORECASE,
)
_SAVE = re.compile(r"\b(?:all\s+but|except|excluding|apart\s+from|other\s+than|besides)\b")
_BALANCE = frozenset(["deficit", "surplus", "gap", "balance", "shortfall", "difference"])


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    made: list[Suggestion] = []
    by_sentence: dict[int, list[Known]] = {}
    for k in known:
        by_sentence.setdefault(k.placed.sentence_index, []).append(k)
    for figures in by_sentence.values():
        for i, k in enumerate(figures):
            opener = _OPENER.match(article.text, k.placed.figure.phrase.outer_end)
            if opener is None:
                continue
            total = _total(figures[: i + 1])
            if total is None:
                continue
            value = total.placed.figure.phrase.stated.value
            parts = [
                p
                for p in figures[i + 1 :]
                if comparable(p, total)
                and p.period in (total.period, None)
                and p.placed.figure.phrase.stated.value < value
                and not _named_off(p)
            ]
            if len(parts) < (2 if opener.group("colon") else 1) or _named_off(total):
                continue
            relation = DraftRelation(
                "",
                "sum",
                {"total": total.id, "parts": [p.id for p in parts]},
                joined(article, total, *parts),
            )
            listed = ", ".join(shown(p) for p in parts)
            why = (
                f"{listed} may be parts of {shown(total)}: {measure_words(total)} listed after "
                "it in its sentence (not said to be all of it)"
            )
            made.append(Suggestion(relation, why, LISTED))
    return made


def _total(before: list[Known]) -> Known | None:
    """The total a list opens on: the last level before the opener, or where its clause names a
    plan or target, the level of its measure before it."""
    last = before[-1]
    if not planned(last):
        return last
    earlier = [k for k in before[:-1] if comparable(k, last) and not planned(k)]
    return earlier[-1] if earlier else None


def _named_off(k: Known) -> bool:
    """Whether a figure's clause names a plan, target, balance or gap, or the rest of the total
    ("of which all but $27 million": what the list leaves out, not a part)."""
    words = set(re.findall(r"[a-z]+", k.before))
    return bool(words & (PLAN_WORDS | _BALANCE)) or _SAVE.search(k.before) is not None
