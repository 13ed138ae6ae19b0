"""Places the words give figures, for a draft (``kind = "order"``):

- ranks across sentences: "China is the main trading partner, with a $5.2 billion turnover",
  "Russia is second with a $4.4 billion turnover", "Kazakhstan came third, with a turnover of
  $2.19 billion": each figure is not below the ones of a lower place. Drafted only when every
  ranked figure is the one figure of its unit in its sentence, with one place word before it
  (never a period's "first half"), the places all differ, the figures are of one unit and
  period, and one noun of what is ranked ("turnover") is in each figure's clause (its sentence up
  to the figure and its clause after it, never an aside: "..., as trade with Asia grew");
- a superlative with the other figure of the same thing in one sentence: "Imports show the widest
  gap, $170.2 million, while the difference in exports is $25.7 million": the figure the
  superlative names is not below ("the smallest", "the narrowest": not above) the other figures
  of its unit in the sentence whose clauses name the same thing (one of a few words for a gap).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from aktobe_facts.text.draftarticle import Article, Placed, clause_of
from aktobe_facts.text.draftfigures import DraftRelation, singular
from aktobe_facts.text.draftorder import order
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.roletime import read_time
from aktobe_facts.text.sentences import clause_end, clause_start

_NOT_A_PLACE = r"(?!\s+(?:half|quarter|months?|weeks?|days?|time|(?:\w+\s+)?months))"
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_RANKED = r"(?:is|was|are|were|came|comes|ranked|ranks|stood|stands|placed|remains|remained)"
_PLACE = re.compile(
    "|".join(
        [
            rf"\b(?P<p1>main|largest|top|biggest|leading|number\s+one)\b{_NOT_A_PLACE}",
            r"\b(?P<a1>took\s+the\s+lead|(?:is|was|are|were)\s+in\s+the\s+lead)\b",
            r"\b(?P<n0>followed(?!\s+by)|(?:came|comes|was|is)\s+next)\b",
        ]
        + [
            rf"\b(?:{_RANKED}\s+(?:still\s+|now\s+|also\s+)?(?:the\s+|in\s+)?(?P<o{n}>{word})\b|"
            rf"(?P<l{n}>{word})[\s-](?:largest|biggest)\b)"
            for n, word in enumerate(_ORDINALS, 1)
        ]
    ),
    re.IGNORECASE,
)
"""A place word before a figure: "main", "largest", "took the lead" (first place), "is second",
"came third", "the second-largest"; "followed" and "came next" the place after the figure ranked
in the sentence before (``n0``); never an ordinal of a sequence ("the second phase") or of a
period ("the first half"), nor "followed by"."""
_ONE_OF = re.compile(
    r"(?:\bone\s+of\s+(?:the\s+)?(?:\w+\s+)?|\b(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty)\s+)$",
    re.IGNORECASE,
)
"""Before a place word, a group and no place: "one of the largest", "the ten largest suppliers"."""
_MOST = re.compile(
    r"\bthe\s+(?:(?P<high>widest|largest|biggest|highest|greatest|deepest|sharpest|steepest)|"
    r"(?P<low>narrowest|smallest|lowest|least))\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
OTHERS = 6
"""At most this many figures after a superlative's read for the other figures of its thing."""
SUPERLATIVE_REACH = 40
"""At most this many characters from a superlative's noun to its figure ("the widest gap, X")."""
_SAME_THING = (frozenset({"gap", "difference", "discrepancy", "divergence"}),)
"""Words that name one thing, for a superlative's other figures."""
_OTHER = re.compile(r"\b(?:while|whereas|and|but|against|compared\s+with)\b", re.IGNORECASE)
_MEASURED = frozenset(
    re.findall(
        r"\w+",
        "turnover trade export import output production revenue investment sale purchase "
        "delivery supply shipment volume harvest spending income profit debt deposit loan "
        "asset capacity reserve remittance",
    )
)
"""What a ranking ranks: a ranked figure's clause names one of these ("with a $5.2 billion
turnover"), the same for every figure ranked; a name or a place word shared ("Germany", "largest")
makes no one ranking."""
_AS = r"as|while|whereas|when|after|because|since"
_ASIDE = re.compile(rf"\b(?:{_AS}|but|and|with)\b", re.IGNORECASE)
"""After a ranked figure, the start of an aside whose words are not the ranking's."""
_ASIDE_BEFORE = re.compile(rf"\s*(?:{_AS})\b", re.IGNORECASE)
"""A clause before a ranked figure that is an aside ("As trade with Asia grew, ...")."""
_TOTAL = frozenset({"total", "overall", "all", "whole", "combined", "aggregate"})
"""A superlative's other figure is no total ("the widest gap ..., while the total difference")."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    return _ranks(article) + _superlatives(article), []


def _clause_words(text: str, placed: Placed) -> set[str]:
    phrase = placed.figure.phrase
    start = clause_start(text, placed.sentence[0], phrase.start)
    end = clause_end(text, phrase.outer_end, placed.sentence[1])
    words = content(text[start : phrase.start] + " " + text[phrase.outer_end : end])
    return {singular(w) for w in words}


def _ranks(article: Article) -> list[DraftRelation]:
    text = article.text
    ranked: list[tuple[int, Placed]] = []
    for figures in article.sentences():
        amounts = [p for p in figures if level(p.figure.phrase) and p.figure.kind == "amount"]
        if len(amounts) != 1:
            continue
        (placed,) = amounts
        words = list(_PLACE.finditer(text, placed.sentence[0], placed.figure.phrase.start))
        if len(words) != 1 or _ONE_OF.search(text, placed.sentence[0], words[0].start()):
            continue
        key = next(g for g, v in words[0].groupdict().items() if v is not None)
        ranked.append((int(key[1:]), placed))  # "p1", "o2", "l3": the place; "n0": the next
    by_unit: dict[str, list[tuple[int, Placed]]] = {}
    for place, placed in _next_places(ranked):
        unit = placed.figure.phrase.stated.unit
        assert unit is not None
        by_unit.setdefault(unit.key, []).append((place, placed))
    found: list[DraftRelation] = []
    for group in _one_ranking(by_unit.values()):
        shared = set.intersection(*(_ranking_words(text, p) for _, p in group)) & _MEASURED
        times = {read_time(text[p.sentence[0] : p.sentence[1]]) for _, p in group}
        if not shared or len({t for t in times if t.named}) > 1:
            continue
        group.sort(key=lambda item: item[0])
        figures = [p for _, p in group]
        for k, left in enumerate(figures[:-1]):
            quote = " … ".join(clause_of(text, p) for p in figures)
            found.append(order(left, ">=", figures[k + 1 :], quote))
    return found


def _next_places(ranked: list[tuple[int, Placed]]) -> list[tuple[int, Placed]]:
    """Each ranked figure with its place, "followed" and "came next" (place 0) resolved to the
    place after the figure of its unit ranked in the sentence right before; one with no such
    figure before it is left out."""
    resolved: list[tuple[int, Placed]] = []
    for place, placed in ranked:
        if place == 0:
            before = resolved[-1] if resolved else None
            if before is None or before[1].sentence_index != placed.sentence_index - 1:
                continue
            if not alike(before[1], placed):
                continue
            place = before[0] + 1
        resolved.append((place, placed))
    return resolved


def _one_ranking(
    groups: Iterable[list[tuple[int, Placed]]],
) -> Iterator[list[tuple[int, Placed]]]:
    """Each group of two or more ranked figures whose places all differ: a unit's whole group, or,
    where two of its figures share a place, each paragraph's (a ranking of exports in one, of
    imports in the next)."""
    for group in groups:
        if _distinct(group):
            yield group
            continue
        paragraphs: dict[int, list[tuple[int, Placed]]] = {}
        for item in group:
            paragraphs.setdefault(item[1].paragraph, []).append(item)
        yield from (g for g in paragraphs.values() if _distinct(g))


def _distinct(group: list[tuple[int, Placed]]) -> bool:
    places = [p for p, _ in group]
    return len(group) > 1 and len(set(places)) == len(places)


def _ranking_words(text: str, placed: Placed) -> set[str]:
    """The words of a ranked figure's own clause: its sentence up to the figure ("On the import
    side, China took the lead, ...") and the figure's clause after it ("with a $5.2 billion
    turnover"), up to a comma or an aside ("as trade with Asia grew": no word of the ranking)."""
    phrase = placed.figure.phrase
    end = clause_end(text, phrase.outer_end, placed.sentence[1])
    aside = _ASIDE.search(text, phrase.outer_end, end)
    head = re.split(r"[,;]", text[placed.sentence[0] : phrase.start])
    kept = [part for part in head if not _ASIDE_BEFORE.match(part)]
    words = content(" ".join(kept) + " " + text[phrase.outer_end : aside.start() if aside else end])
    return {singular(w) for w in words}


def _superlatives(article: Article) -> list[DraftRelation]:
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        amounts = [p for p in figures if level(p.figure.phrase)]
        for k, top in enumerate(amounts):
            head = top.figure.phrase.start
            near = max(top.sentence[0], head - SUPERLATIVE_REACH - 40)  # the words before it
            most = list(_MOST.finditer(text, near, head))
            if not most or most[-1].end() < head - SUPERLATIVE_REACH:
                continue
            m = most[-1]
            if k > 0 and m.start() < amounts[k - 1].figure.phrase.outer_end:
                continue
            noun = singular(m.group("noun").lower())
            same = next((s for s in _SAME_THING if noun in s), frozenset({noun}))
            others = [
                p
                for p in amounts[k + 1 : k + 1 + OTHERS]
                if alike(top, p)
                and _OTHER.search(text, top.figure.phrase.outer_end, p.figure.phrase.start)
                and same & _clause_words(text, p)
                and not _TOTAL & _clause_words(text, p)
            ]
            if not others:
                continue
            op = ">=" if m.group("high") else "<="
            quote = text[m.start() : others[-1].figure.phrase.outer_end]
            found.append(order(top, op, others, quote))
    return found
