"""Orders of a sentence that opens on a pronoun for the figure before it, for a draft (``kind =
"order"``): "That is more than the deficit of Y the budget had planned", "This was well below
the programmed Y", "That was up from Y a year earlier": the figure the sentence before is about,
X, against Y (X > Y, X < Y).

X is the figure of Y's unit that the nearest sentence before with any (up to :data:`LOOK_BACK`
back) is about: its one amount of that unit, or, where it has several, the current value of the
growth or change drafted there that ties every one of them ("increased by 29.5 percent to X from
B": X, not its base B). Anything else leaves the pronoun open and drafts nothing. Y is the first
figure of the sentence, a level with no bound of its own, after a few words naming it. Where
the words around Y name a flow or a balance ("down from an $81 million surplus", "more than the
deficit of Y"), the sentence before must name one of them too: "Yukon plans to spend $1.2 billion.
This is down from an $81 million surplus last year" compares the surplus with a surplus the deck
left unsaid, never with the spending.

A sentence that opens on a growth named by its noun ("This year's growth exceeds the 17.2%
recorded in 2021", "The increase is lower than the 19 percent ...", after "According to ...,")
compares the one percent of the nearest sentence before with any, when it is a rise, with its
first figure, a plain percent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftcounts import one_measure, stated_level
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, is_percent
from aktobe_facts.text.draftroles import flows_named
from aktobe_facts.text.sentences import Span

_THAT = re.compile(
    r"\W*(?:that|this|it)\s+(?:is|was|were|are|remains|remained|stood|came\s+in)\s+"
    r"(?:also\s+|still\s+)?(?:(?:far|much|well|slightly|considerably|significantly)\s+)?"
    r"(?:(?P<above>more\s+than|higher\s+than|larger\s+than|greater\s+than|above|up\s+from|"
    r"an?\s+(?:increase|rise|gain)\s+(?:from|on))|"
    r"(?P<below>less\s+than|lower\s+than|smaller\s+than|below|under|down\s+from|"
    r"an?\s+(?:decrease|decline|drop|fall)\s+(?:from|on)))"
    r"\s+(?:(?:the|a|an|its|their)\s+)?[^,;.\d%()]{0,40}",
    re.IGNORECASE,
)
LOOK_BACK = 3
"""Sentences before read for the figure the pronoun names."""


_GROWTH = re.compile(
    r"\W*(?:according\s+to\s+[^,;.]{0,100},\s*)?(?:this\s+year['’]s|the|this|that)\s+"
    r"(?:growth|increase|rise|expansion)(?:\s+rate)?\s+(?:also\s+|still\s+)?"
    r"(?:(?:far|much|well|slightly|considerably|significantly)\s+)?"
    r"(?:(?P<above>exceeds|exceeded|surpasses|surpassed|outpaces|outpaced|tops|topped|"
    r"(?:is|was)\s+(?:above|(?:higher|larger|greater|faster)\s+than))|"
    r"(?P<below>trails|trailed|lags\s+behind|lagged\s+behind|"
    r"(?:is|was)\s+(?:below|(?:lower|smaller|slower)\s+than)))"
    r"\s+(?:(?:the|a|an|its|last\s+year['’]s)\s+)?[^,;.\d%()]{0,40}",
    re.IGNORECASE,
)
"""From a sentence's start to its first figure, a percent: "This year's growth exceeds the",
"According to the report, the increase is lower than the"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The orders of the article's sentences that open on such a pronoun, or on a growth named
    by its noun."""
    found: list[DraftRelation] = []
    for span, x, op, y in compared(text, sentences, drafted) + _growths(text, sentences, drafted):
        fields: dict[str, str | list[str] | bool] = {"left": x.id, "op": op, "right": [y.id]}
        quote = " ".join(text[span[0] : y.phrase.outer_end].split())
        found.append(DraftRelation("", "order", fields, quote))
    return found


def compared(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[tuple[Span, Figure, str, Figure]]:
    """Each sentence that opens on such a pronoun, with the figure before it names (X), the
    order and the figure compared (Y)."""
    found: list[tuple[Span, Figure, str, Figure]] = []
    for k, sentence in enumerate(sentences):
        if not sentence.figures:
            continue
        y = sentence.figures[0]
        words = _THAT.fullmatch(text, sentence.span[0], y.phrase.start)
        if words is None or not stated_level(y) or y.phrase.stated.qualifier:
            continue
        x = named_before(sentences, k, y, drafted)
        if x is not None and _same_flow(text, words, y, sentences, x):
            found.append((sentence.span, x, ">" if words.group("above") else "<", y))
    return found


_Y_TAIL = re.compile(r"[^,;.()]{0,40}")
"""After Y, the words that may name it ("$81 million surplus last year")."""


def _same_flow(
    text: str, words: re.Match[str], y: Figure, sentences: Sequence[Sentence], x: Figure
) -> bool:
    """Y's words name no flow or balance, or the sentence of X names one of those they name."""
    tail = _Y_TAIL.match(text, y.phrase.outer_end)
    named = flows_named(words.group() + " " + (tail.group() if tail else ""))
    if not named:
        return True
    own = next(s for s in sentences if s.span[0] <= x.phrase.start < s.span[1])
    return bool(named & flows_named(text[own.span[0] : own.span[1]]))


def named_before(
    sentences: Sequence[Sentence], k: int, y: Figure, drafted: Sequence[DraftRelation]
) -> Figure | None:
    """The figure of ``y``'s unit that the nearest sentence before with any is about."""
    for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        amounts = [f for f in sentences[back].figures if one_measure(f, y)]
        if not amounts:
            continue
        if len(amounts) == 1:
            return amounts[0]
        ids = {f.id for f in amounts}
        for relation in drafted:
            current = relation.fields.get("current")
            if relation.kind in ("growth", "change") and ids <= set(tied(relation)):
                return next((f for f in amounts if f.id == current), None)
        return None
    return None


def _growths(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[tuple[Span, Figure, str, Figure]]:
    """ "This year's growth exceeds the 17.2% recorded in 2021": the one growth of the nearest
    sentence before with any (X) against the sentence's first figure, a plain percent (Y)."""
    found: list[tuple[Span, Figure, str, Figure]] = []
    pairs = [set(tied(r)) for r in drafted]
    for k, sentence in enumerate(sentences):
        if not sentence.figures:
            continue
        y = sentence.figures[0]
        words = _GROWTH.fullmatch(text, sentence.span[0], y.phrase.start)
        stated = y.phrase.stated
        if words is None or not is_percent(y) or y.kind not in (None, "growth"):
            continue
        if stated.direction or stated.negative or stated.is_range or stated.qualifier:
            continue
        x = _growth_before(sentences, k)
        if x is not None and not any({x.id, y.id} <= p for p in pairs):
            found.append((sentence.span, x, ">" if words.group("above") else "<", y))
    return found


def _growth_before(sentences: Sequence[Sentence], k: int) -> Figure | None:
    """The percent of the nearest sentence before with any (up to :data:`LOOK_BACK` back), when
    it is that sentence's one percent and a rise."""
    for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        percents = [f for f in sentences[back].figures if is_percent(f)]
        if not percents:
            continue
        (rise, *others) = percents
        stated = rise.phrase.stated
        plain = stated.direction in (None, "up") and not (stated.negative or stated.is_range)
        return rise if not others and rise.kind == "growth" and plain else None
    return None
