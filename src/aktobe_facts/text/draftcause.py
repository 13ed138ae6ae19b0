"""Parts named as the cause of their whole's move, for a draft (``kind = "sum"``, not
exhaustive):

- a sentence that opens on its subject and "led the rise" ("drove the increase", "led the
  decline"; "in <noun>" may name the whole's thing), with the level its subject's move reached:
  "Exports rose 11 percent to NZ$4.7 billion in June. Dairy led the rise, up 45 percent to NZ$1.2
  billion." The whole is the one level of the part's unit in the nearest sentence before with any
  (:func:`aktobe_facts.text.draftparts.total_before`), whose sentence tells a move the same way
  (a growth of the same sign) and, where "in <noun>" is said, names that noun;
- a whole's move and, after a comma, the move of its kinds that brought it ("thanks to",
  "driven by", "helped by", "pulled down by" ... "a rise in" or "a 45 percent decline in"), each
  kind's level after "to": "Log volumes surged by 31% to 657,593 cubic meters, thanks to a rise in
  natural logs by 29% to 600,118 cubic meters and in plantation logs by 56% to 57,475 cubic
  meters."

A cause is a part only where the words make it one: the leader of a rise is one of the things
that rose together, and a kind whose noun is a word of the whole's subject ("natural logs" of "log
volumes", "energy revenues" of "revenues") is a kind of that thing; a cause named otherwise ("The surplus
widened to X, thanks to a rise in exports to Y": exports are no part of a surplus) draws nothing.
Never a whole that is a balance or a net figure (its parts may exceed it), a move the other way
("Dairy led the decline" after "Exports rose"), a part of another period than its whole, a part
whose own move goes against the cue ("led the rise, down 3 percent to X"), nor a sentence with two
levels of the part's unit before the cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, is_percent, singular
from aktobe_facts.text.draftparts import span_of_its_own, sum_relation, total_before
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.roletime import MONTHS
from aktobe_facts.text.sentences import clause_end

_RISE = r"rise|increase|growth|gains?|advance|expansion|upturn|jump|surge"
_FALL = r"decline|fall|drop|decrease|slump|contraction|downturn"
_LED = re.compile(
    r"(?P<subject>[^;:()\d]{1,80}?)\s+(?:led|drove|powered|fuell?ed|spearheaded)\s+the\s+"
    rf"(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b"
    r"(?:\s+in\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?",
    re.IGNORECASE,
)
"""A sentence's subject and the move it led: "Dairy led the rise", "Cars led the rise in
imports"."""
_BROUGHT = re.compile(
    r"(?:\s+(?:in|during|for|over)\s+[^,;:()]{1,30}?)?\s*,\s*(?:thanks\s+to|driven\s+by|helped\s+by|boosted\s+by|lifted\s+by|supported\s+by|"
    r"pulled\s+down\s+by|dragged\s+down\s+by|weighed\s+down\s+by)\s+(?:a|an)\s+"
    r"(?:(?:[\d.,]+\s*(?:%|percent|per\s*cent)|[\w-]+)\s+)?"
    rf"(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\s+in\s+",
    re.IGNORECASE,
)
"""After a whole's level (and its period, "in 2031"): the move of its kinds that brought the
whole's ("thanks to a rise in", "pulled down by a 45 percent decline in")."""
_KIND = re.compile(
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*))"
    r"(?:\s+by\s+[^,;:()]{1,25}?)?(?:\s*,\s*which\s+\w+)?\s+(?:to|at)\s*$",
    re.IGNORECASE,
)
"""The words before a kind's level: its name, its move ("by 29%", ", which fell") and "to"."""
_NEXT_KIND = re.compile(r"\s*(?:,\s*)?and\s+in\s+", re.IGNORECASE)
"""Between one kind's level and the next kind's name: "and in"."""
_NO_THING = frozenset(("in", "on", "at", "of", "for", "during", "over", "since", "and", "the"))
"""Words after "led the rise in" that name no thing ("in imports in June": imports)."""
_NET = re.compile(
    r"\b(?:net|balances?|deficits?|surplus(?:es)?|gaps?|shortfalls?|profits?|incomes?|earnings|"
    r"losses|margins?|gdp|gross\s+domestic\s+product|value\s+added|average|mean|median|per|"
    r"prices?|rates?|index|wages?|salar(?:y|ies)|rents?|fares?|each|apiece|typical|"
    r"an?\s+(?:litre|liter|kilo(?:gram)?|pound|gallon|barrel|tonne|ton|dozen|unit|head))\b",
    re.IGNORECASE,
)
"""Words of a whole that is no sum of its kinds: a balance or a net figure (a profit is sales less
costs, GDP counts exports less imports: "Sales led the rise" of a profit may exceed it), an
average, a price, a rent or a rate, or the value of one thing ("A litre of milk rose to 1.20
euros. Organic milk led the rise, up to 1.90 euros"), before the whole or after it in its clause
("Homes sold for $400,000 on average")."""
_VERB = re.compile(
    r"\w+ed|fell|rose|grew|slid|sank|shrank|went|came|has|have|had|was|were|is|are|also|all",
    re.IGNORECASE,
)
"""Words after a subject's noun, before its figure: its verb and auxiliaries."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    named = roles(article)
    found: list[DraftRelation] = []
    sentences = article.sentences()
    for number, figures in enumerate(sentences):
        led = _LED.match(text, figures[0].sentence[0])
        if led is not None and figures[0].figure.phrase.start > led.end():
            made = _led(text, sentences[:number], figures, led)
            if made is not None and not _net(text, made[0], named):
                found.append(sum_relation(made[0], [made[1]], False, _quote(text, made)))
        for whole, parts, _ in _brought(text, figures):
            if not _net(text, whole, named):
                found.append(sum_relation(whole, parts, False, _quote(text, (whole, *parts))))
    return [r for r in found if not _said(drafted, r)], []


def growths(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """Each kind's own move the cue reads, to the kind's level, where no growth or change drafted
    before ties its percent: "pulled down by a 45 percent decline in energy revenues, which fell
    to X" (the 45 percent fall is the energy revenues' to X); "thanks to a rise in natural logs by
    29% to A and in plantation logs by 56% to B" (56 percent to B). Whether or not the kind is a
    part of the whole (the sum's guards), its move is told by its own words."""
    grown = {r.fields.get("growth") for r in drafted if r.kind in ("growth", "change")}
    grown |= {r.fields.get("percent") for r in drafted if r.kind == "change"}
    article = Article.of(text, sentences)
    found: list[DraftRelation] = []
    for figures in article.sentences():
        for _, _, moves in _brought(text, figures):
            for move, part in moves:
                if move.figure.id in grown:
                    continue
                fields: dict[str, str | list[str] | bool] = {
                    "growth": move.figure.id,
                    "current": part.figure.id,
                }
                found.append(DraftRelation("", "growth", fields, _quote(text, (move, part))))
    return found


def _led(
    text: str, before: list[list[Placed]], figures: list[Placed], led: re.Match[str]
) -> tuple[Placed, Placed] | None:
    """The whole and the part of a sentence that opens on "<subject> led the rise"."""
    levels = [p for p in figures if level(p.figure.phrase)]
    if not levels or any(alike(levels[0], p) for p in levels[1:]):
        return None  # no level of the subject's, or two of one unit: which is the subject's?
    part = levels[0]
    rise = led.group("rise") is not None
    if any(_moves(p.figure) not in (None, rise) for p in figures):
        return None  # "led the rise, down 3 percent to X": the words disagree
    whole = total_before(text, before, part)
    if whole is None or not _periods_agree(whole, part):
        return None
    said = next(p for p in before if p and p[0].sentence_index == whole.sentence_index)
    if _own_move(said, whole) is not rise:
        return None  # the whole's own move is not the way the subject led, or is untold
    own = clause_end(text, whole.figure.phrase.outer_end, whole.sentence[1])  # never "a year ago"
    if span_of_its_own(text, part, part.sentence[1], whole.sentence[0], own):
        return None  # "up 45 percent to A in the year to June": a longer span than the whole's
    noun = led.group("noun")
    if noun is not None and noun.split()[0].lower() not in MONTHS:
        words = text[whole.sentence[0] : whole.figure.phrase.start].lower()
        named = [w for w in noun.lower().split() if w not in _NO_THING]
        if not all(_stem(w) in words for w in named):
            return None  # "Cars led the rise in imports" after a sentence on exports
    return whole, part


def _brought(
    text: str, figures: list[Placed]
) -> list[tuple[Placed, list[Placed], list[tuple[Placed, Placed]]]]:
    """The wholes of one sentence, the kinds whose move brought theirs, and each kind's own move
    where one percent before its level gives it with its way (the cue's "a 45 percent decline in",
    the kind's "by 56%": a plain percent only in a rise, whose sign it needs none for)."""
    found: list[tuple[Placed, list[Placed], list[tuple[Placed, Placed]]]] = []
    for k, whole in enumerate(figures):
        cue = _BROUGHT.match(text, whole.figure.phrase.outer_end)
        if cue is None or not level(whole.figure.phrase):
            continue
        if any(alike(whole, p) for p in figures[:k]):
            continue  # two levels of the unit before the cue: which one moved?
        subject = _subject(text, whole, figures)
        rise = cue.group("rise") is not None
        if not subject or _moves_in(figures[: k + 1]) is not rise:
            continue
        parts: list[Placed] = []
        moves: list[tuple[Placed, Placed]] = []
        pending: list[Placed] = []
        position = cue.end()
        for placed in figures[k + 1 :]:
            if not alike(whole, placed):
                if level(placed.figure.phrase) or _moves(placed.figure) not in (None, rise):
                    break  # another level, or a kind moving the other way
                pending.append(placed)
                continue
            kind = _KIND.fullmatch(text, position, placed.figure.phrase.start)
            if kind is None or _stem(kind.group("head")) not in subject:
                break  # a cause that is no kind of the whole's thing
            if not _periods_agree(whole, placed):
                break
            later = [p.figure.phrase.start for p in figures[placed.index + 1 :] if alike(whole, p)]
            end = later[0] if later else placed.sentence[1]
            if span_of_its_own(text, placed, end, whole.sentence[0], cue.end()):
                break  # "in online sales to A in the first nine months": another span
            parts.append(placed)
            if len(pending) == 1 and _its_move(pending[0].figure, rise):
                moves.append((pending[0], placed))
            pending = []
            after = _NEXT_KIND.match(text, placed.figure.phrase.outer_end)
            if after is None:
                break
            position = after.end()
        if parts:
            found.append((whole, parts, moves))
    return found


def _its_move(figure: Figure, rise: bool) -> bool:
    """A percent that is the move the cue says: a growth of that way, or a plain percent in a
    rise (a fall's plain "by 5%" would be read as a rise)."""
    stated = figure.phrase.stated
    if not is_percent(figure) or stated.is_range or stated.qualifier is not None:
        return False
    if _moves(figure) is not None:
        return _moves(figure) is rise
    return rise and not stated.negative and stated.direction is None


def _subject(text: str, whole: Placed, figures: list[Placed]) -> set[str]:
    """The words of the whole's subject: its clause before its verb and the sentence's first
    figure ("Log volumes surged by 31%": log, volume; "Fish catches climbed 12%", the verb inside
    the figure's words: fish, catch)."""
    words = text[whole.sentence[0] : figures[0].figure.phrase.start]
    words = re.split(r"[,;:]", re.sub(r"\s+(?:by|to|at)\s*$", "", words))[-1]
    tokens = re.findall(r"[A-Za-z][\w'’-]*", words)
    while tokens and _VERB.fullmatch(tokens[-1]):
        tokens.pop()
    return {_stem(t) for t in tokens}


def _moves(figure: Figure) -> bool | None:
    """A growth's way: True for a rise, False for a fall, None where it is no growth or says no
    way."""
    if figure.kind != "growth":
        return None
    stated = figure.phrase.stated
    if stated.negative or stated.direction == "down":
        return False
    return True if stated.direction == "up" else None


def _own_move(figures: list[Placed], whole: Placed) -> bool | None:
    """The way the growth nearest the whole in its sentence moved: the whole's own move
    ("Exports rose 11 percent, while imports fell 3 percent to X": X fell, whatever rose before
    it)."""
    growths = [p for p in figures if _moves(p.figure) is not None]
    if not growths:
        return None
    at = whole.figure.phrase
    nearest = min(
        growths,
        key=lambda p: max(
            p.figure.phrase.start - at.outer_end, at.start - p.figure.phrase.outer_end
        ),
    )
    return _moves(nearest.figure)


def _moves_in(figures: list[Placed]) -> bool | None:
    """The way the one growth among the figures moved (None for none, two or no way)."""
    ways = {_moves(p.figure) for p in figures} - {None}
    return ways.pop() if len(ways) == 1 else None


def _stem(word: str) -> str:
    return singular(word.lower())


def _periods_agree(whole: Placed, part: Placed) -> bool:
    a, b = whole.figure.period, part.figure.period
    return a is None or b is None or a == b


def _net(text: str, whole: Placed, named: dict[str, Role]) -> bool:
    """The whole is a balance, a net figure, an average or an index's points (a sector's index is
    no part of the market's, and may stand above it): its causes may exceed it."""
    role = named.get(whole.figure.id)
    if role is not None and role.name in ("deficit", "surplus"):
        return True
    unit = whole.figure.phrase.stated.unit
    if unit is not None and unit.kind == "points":
        return True  # "The index rose to 5,000 points. Banks led the gains, up to 6,100 points"
    end = clause_end(text, whole.figure.phrase.outer_end, whole.sentence[1])
    return _NET.search(text, whole.sentence[0], end) is not None  # "X on average", "a litre"


def _quote(text: str, members: Sequence[Placed]) -> str:
    if members[0].sentence_index == members[-1].sentence_index:
        return text[members[0].figure.phrase.start : members[-1].figure.phrase.outer_end]
    return " … ".join(text[p.figure.phrase.start : p.figure.phrase.outer_end] for p in members)


def _said(drafted: Sequence[DraftRelation], relation: DraftRelation) -> bool:
    """A sum drafted before ties the same total and one of the same parts."""
    parts = relation.fields.get("parts")
    ids = set(parts) if isinstance(parts, list) else set()
    return any(
        r.kind == "sum"
        and r.fields.get("total") == relation.fields.get("total")
        and isinstance(listed := r.fields.get("parts"), list)
        and ids & set(listed)
        for r in drafted
    )
