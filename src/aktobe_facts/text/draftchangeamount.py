"""An amount of change right after the level it brought, for a draft (``kind = "change"``):

- "X, which is D more compared to the same period of the previous year, and + P% increase", "X,
  or D less than a year earlier (P percent)": D = X − base (a fall's D = base − X) and P = D /
  base × 100, the base not stated;
- "X, D more than Y": the base Y, a figure of X's measure right after "than" or "compared to" and
  a few words naming it;

- "X, compared to Y in 2021, an increase of D", "X against Y, up D": the change from the base Y
  to X, signed by D's own words ("a difference of D" leaves the sign open and gets nothing).

- "X, up D from Y in 2016", "X, a drop of D compared with Y": the change D from the base Y to
  X, signed by D's own words, Y's own words only its period (eighteenth session).

- "X ... . This is 12%, or $380 million less than a year earlier": the change of the figure the
  sentence before is about, as a percent and an amount.

Either the base or the percent must be there: "X, which is D more than a year before" alone
leaves every value possible and is not drafted.

X is a level (an amount with a unit, or a count) and D a figure of X's measure
(:func:`aktobe_facts.text.draftfigures.same_measure`), next to each other in one sentence; between
them only the rest of X's clause (no figure), a comma and "which is", "that is", "or", "i.e.". After D
comes a word of comparison ("more", "less", "fewer", "higher", "lower") and then only the end of
the clause or the words of what it is compared with ("than", "compared to", "against", "on",
"year-on-year"): "$8 million more in taxes" names another thing and gets nothing. D must be
plain (no bound, range or word of change of its own) and no relation drafted before may tie X and
D already ("up 41 percent, or 212 million lari, to X" is a growth's change).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_measure,
    is_percent,
    quote,
    same_measure,
    words_between,
)
from aktobe_facts.text.draftthat import named_before
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level

_BEFORE = re.compile(
    r"^[^,;:.\d%()]{0,50},\s*(?:which\s+(?:is|was|were|are)|that\s+(?:is|was)|i\.e\.|or)?\s*$",
    re.IGNORECASE,
)
"""Between X and D: the rest of X's clause with no other figure ("international travelers
visited Georgia", "in §"), a comma and "which is", "or"."""
_COMPARED = r"(?:than|compared\s+(?:to|with)|against|versus|from|on|over)"
_UP = r"more|higher|greater|larger"
_DOWN = r"less|fewer|lower|smaller"
_AFTER = lazy(
    rf"^\s*(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b"
    rf"(?:\s+{_COMPARED}\b[^;%]*|\s+(?:year-on-year|y/y|yoy)\b[^;%]*)?$",
    re.IGNORECASE,
)
"""After D, to the next figure or the clause's end: the comparison and what it is made with."""
_BASE_WORDS = lazy(
    rf"^\s*(?:{_UP}|{_DOWN})\s+{_COMPARED}\s+"
    r"(?:(?:the|a|an|its|their|last|this)\s+)?(?:[a-z-]+\s+){0,3}?$",
    re.IGNORECASE,
)
"""Between D and a base Y: "more than the", "less than last year's" (a few words naming Y)."""
_PERCENT_AFTER = re.compile(
    r"(?:,|\band\b|\bor\b|\()\s*(?:(?:an?|the)\s+)?(?:\+\s*)?$",
    re.IGNORECASE,
)
"""Right before the change's percent: "..., and +", ", or", "("."""
_CLAUSE_END = re.compile(r"[;.]|,\s*(?:while|whereas|but|and\s+\w+\s+(?:was|were|is|are))\b")


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The article's amounts of change: after their level, after their level and base, and of
    the figure before; each pass sees what the passes before it drafted."""
    found: list[DraftRelation] = []
    for structure in (_after_level, _compared_then_change, _change_then_base, _pronoun_change):
        found += structure(text, sentences, [*drafted, *found])
    return found


def _after_level(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """ "X, which is D more than ... (and P%)": D the change of X, with its base or percent."""
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k in range(len(figures) - 1):
            x, d = figures[k], figures[k + 1]
            if not _pair(text, sentence, x, d) or any({x.id, d.id} <= p for p in pairs):
                continue
            rest = figures[k + 2 :]
            following = rest[0] if rest else None
            end = following.phrase.start if following is not None else sentence.span[1]
            after = _clause(text[d.phrase.outer_end : end])
            words = _AFTER.match(after)
            if words is None and following is not None:
                made = _or_percent(text, x, d, following)
                if made is not None:
                    found.append(made)
                continue
            if words is None:
                continue
            fields: dict[str, str | list[str] | bool] = {"amount": d.id, "current": x.id}
            last = d
            if following is not None and len(after) == end - d.phrase.outer_end:
                base = _base(text, sentence, x, d, following)
                percent = None if base else _percent(text, sentence, d, following, words)
                if base is not None:
                    fields["base"] = base.id
                    last = base
                elif percent is not None:
                    fields["percent"] = percent.id
                    last = percent
            if last is d:
                continue  # with neither base nor percent, any values satisfy it: nothing to test
            if words.group("down"):
                fields["direction"] = "fall"
            found.append(DraftRelation("", "change", fields, quote(text, x, last)))
    return found


_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+")


def _or_percent(text: str, x: Figure, d: Figure, p: Figure) -> DraftRelation | None:
    """ "X, which is D or P% less than a year before": D and P together the change of X, the
    percent's own word of comparison its sign."""
    stated = p.phrase.stated
    if (
        not is_percent(p)
        or stated.direction is None
        or not _OR_BETWEEN.fullmatch(text, d.phrase.outer_end, p.phrase.start)
    ):
        return None
    fields: dict[str, str | list[str] | bool] = {"amount": d.id, "current": x.id, "percent": p.id}
    if stated.negative:
        fields["direction"] = "fall"
    return DraftRelation("", "change", fields, quote(text, x, p))


_COMPARED_FIRST = re.compile(
    r"^[^,;:.\d%()]{0,50},?\s*(?:compared\s+(?:to|with)|against|versus|vs\.?|from)\s+"
    r"(?:(?:the|a|an|its|their|last\s+year's)\s+)?$",
    re.IGNORECASE,
)
"""Between X and its base Y: "compared to", "against" (a few words of X's clause before)."""
_THEN_CHANGE = re.compile(r"^[^,;:.\d%()]{0,50},\s*$")
"""Between the base Y and the change D: Y's own words ("in 2021") and a comma. D's own words sign
it ("an increase of", "up", "down by"): "a difference of" leaves the sign open and is no change."""


def _compared_then_change(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """ "X, compared to Y in 2021, an increase of D": the change D from the base Y to X."""

    def fits(sentence: Sentence, x: Figure, y: Figure, d: Figure) -> Figure | None:
        if _COMPARED_FIRST.match(words_between(text, sentence, x, y) + " ") is None:
            return None
        if _THEN_CHANGE.match(words_between(text, sentence, y, d) + " ") is None:
            return None
        return None if _goes_on(text, sentence, d) else d  # "D in oil sales": another thing's

    return _level_base_change(sentences, drafted, base_first=True, fits=fits, text=text)


def _level_base_change(
    sentences: Sequence[Sentence],
    drafted: Sequence[DraftRelation],
    *,
    base_first: bool,
    fits: Callable[[Sentence, Figure, Figure, Figure], Figure | None],
    text: str,
) -> list[DraftRelation]:
    """The changes D of a level X over its base Y, three figures in a row of one sentence (X, Y,
    D or X, D, Y) that ``fits`` accepts (it returns the last figure of the quote), none two of
    them tied by a relation drafted before."""
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k in range(len(figures) - 2):
            x, second, third = figures[k : k + 3]
            y, d = (second, third) if base_first else (third, second)
            if not (_level_of(x, y) and _level_of(x, d, change=True)):
                continue
            if any(len({x.id, d.id, y.id} & p) >= 2 and d.id in p for p in pairs):
                continue
            last = fits(sentence, x, y, d)
            if last is None:
                continue
            fields: dict[str, str | list[str] | bool] = {
                "amount": d.id,
                "current": x.id,
                "base": y.id,
            }
            found.append(DraftRelation("", "change", fields, quote(text, x, last)))
    return found


_THEN_BASE = re.compile(
    r"^\s*(?:compared\s+(?:to|with)|against|versus|from|over|on)\s+"
    r"(?:(?:the|its|their|last\s+year's)\s+)?$",
    re.IGNORECASE,
)
"""Between the change D and its base Y: "from", "compared with the", "on" ("up $0.4 billion
from")."""
_BASE_TAIL = lazy(
    r"^(?:\s*(?:(?:in|of|for|during|at)\s+(?:the\s+)?§|§|a\s+year\s+(?:earlier|before|ago)|"
    r"last\s+year|(?:in\s+|of\s+)?the\s+(?:same|corresponding|previous|prior)\s+"
    r"(?:period|month|quarter|half|year)(?:\s+(?:of\s+)?(?:§|last\s+year|a\s+year\s+earlier))?|"
    r"(?:recorded|registered|reported)))*\s*\)?\s*(?:[,;:.\u2013\u2014]|$)",
    re.IGNORECASE,
)
"""After the base Y to its clause's end: only its period ("in 2016", "a year earlier", "recorded
in the same period last year"), never what it is of ("in imports") or a plan's word
("forecast")."""


def _change_then_base(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """ "X, up D from Y in 2016", "X, an increase of D compared with Y": the change D from the
    base Y to X, signed by D's own words."""

    def fits(sentence: Sentence, x: Figure, y: Figure, d: Figure) -> Figure | None:
        if _THEN_CHANGE.match(words_between(text, sentence, x, d) + " ") is None:
            return None
        if _THEN_BASE.match(words_between(text, sentence, d, y) + " ") is None:
            return None
        after = between(text, y.phrase.outer_end, sentence.span[1], sentence.periods)
        return y if _BASE_TAIL.match(after) else None  # "from Y in imports", "the Y forecast"

    return _level_base_change(sentences, drafted, base_first=False, fits=fits, text=text)


_PRONOUN = re.compile(
    r"\W*(?:this|that|it)\s+(?:is|was|represents|represented|marks|marked)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
"""Before the percent of a sentence about the figure before: "This is", "That was a"."""
_OR = re.compile(r"^\s*,?\s*or\s*$", re.IGNORECASE)


def _pronoun_change(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """ "X ... . This is 12%, or $380 million less than a year earlier": the change of the figure
    the sentence before is about (:func:`aktobe_facts.text.draftthat.named_before`), as a percent
    and an amount."""
    found: list[DraftRelation] = []
    for k, sentence in enumerate(sentences):
        figures = sentence.figures
        if len(figures) < 2 or not is_percent(figures[0]):
            continue
        p, d = figures[0], figures[1]
        if _PRONOUN.fullmatch(text, sentence.span[0], p.phrase.start) is None:
            continue
        if p.phrase.stated.qualifier is not None or d.phrase.stated.qualifier is not None:
            continue
        if _OR.match(words_between(text, sentence, p, d)) is None:
            continue
        end = figures[2].phrase.start if len(figures) > 2 else sentence.span[1]
        words = _AFTER.match(_clause(text[d.phrase.outer_end : end]))
        if words is None or d.phrase.stated.direction is not None or p.phrase.stated.negative:
            continue
        x = named_before(sentences, k, d, drafted)
        if x is None or not _measure_of(x, d) or not level(x.phrase):
            continue
        fields: dict[str, str | list[str] | bool] = {
            "amount": d.id,
            "current": x.id,
            "percent": p.id,
        }
        if words.group("down"):
            fields["direction"] = "fall"
        found.append(DraftRelation("", "change", fields, quote(text, p, d)))
    return found


def _measure_of(x: Figure, y: Figure) -> bool:
    """Y a figure of X's measure, neither a range nor bounded."""
    if not (is_measure(x) and is_measure(y) and same_measure(x, y)):
        return False
    return y.phrase.stated.qualifier is None and not (
        x.phrase.stated.is_range or y.phrase.stated.is_range
    )


def _is_level(figure: Figure) -> bool:
    return figure.kind == "count" or level(figure.phrase)


def _level_of(x: Figure, y: Figure, change: bool = False) -> bool:
    """Y a figure of X's measure with no bound: a level, or (``change``) an amount of change
    whose words sign it ("an increase of $1.2 billion", "down 300 ships")."""
    if not _measure_of(x, y):
        return False
    return y.phrase.stated.direction is not None if change else _is_level(x) and _is_level(y)


def _pair(text: str, sentence: Sentence, x: Figure, d: Figure) -> bool:
    """X a level and D a plain figure of its measure, parted by a comma and a link."""
    stated = d.phrase.stated
    if not _measure_of(x, d) or not _is_level(x) or stated.direction is not None or stated.negative:
        return False
    return _BEFORE.match(words_between(text, sentence, x, d)) is not None


def _clause(after: str) -> str:
    """The words after D up to the end of its clause."""
    cut = _CLAUSE_END.search(after)
    return after if cut is None else after[: cut.start()]


_JOINED = re.compile(r"\band\s*$", re.IGNORECASE)
"""The end of the words between D and the next figure: "and" joins a second amount."""
_OWN_COMPARISON = re.compile(rf"\s*(?:(?:{_UP}|{_DOWN})\s+than|above|below)\b", re.IGNORECASE)
"""Right after a figure (and its noun): its own comparison with another reference ("less than
expected", "above the forecast")."""


def _base(text: str, sentence: Sentence, x: Figure, d: Figure, y: Figure) -> Figure | None:
    """Y after "more than the" or "compared to", a figure of X's measure: the base. Not a second
    change joined by "and" with comparison words of its own ("one million tons less than the last
    publication and two million tons less than expected"): that Y is a change against another
    reference, no level of the first one."""
    if not (_measure_of(x, y) and _is_level(y)):
        return None
    gap = words_between(text, sentence, d, y) + " "
    if not _BASE_WORDS.match(gap):
        return None
    if _JOINED.search(gap) and _OWN_COMPARISON.match(text, _after_noun(text, y)):
        return None
    return y


def _after_noun(text: str, figure: Figure) -> int:
    """Where the words after a figure and its noun ("tonnes", "barrels") begin."""
    end = figure.phrase.outer_end
    if figure.noun:
        m = re.compile(rf"\s+{re.escape(figure.noun)}\b", re.IGNORECASE).match(text, end)
        end += m.end() if m is not None else 0
    return end


def _percent(
    text: str, sentence: Sentence, d: Figure, p: Figure, words: re.Match[str]
) -> Figure | None:
    """P after D's comparison in the same clause: the change as a percent of the base, where
    its sign agrees with D's word."""
    if not is_percent(p) or p.phrase.stated.qualifier is not None:
        return None
    direction = p.phrase.stated.direction
    if direction is not None and (direction == "down") != bool(words.group("down")):
        return None
    gap = words_between(text, sentence, d, p)
    if not _PERCENT_AFTER.search(gap) or _goes_on(text, sentence, p):
        return None
    return p


_OWN_TAIL = lazy(
    r"^(?:\s*(?:§|year-on-year|y/y|yoy|on\s+the\s+year|(?:an?\s+)?(?:increase|rise|growth|gain|"
    r"decrease|fall|drop|decline|reduction)s?|more|less|higher|lower|up|down))*\s*\)?\s*"
    r"(?:[,;:.\u2013\u2014]|$)",
    re.IGNORECASE,
)
"""After a change's percent or amount, to its clause's end: its own words of change or period and
nothing else."""


def _goes_on(text: str, sentence: Sentence, figure: Figure) -> bool:
    """The words after a change's figure go on to name what it is of or compared with: "4 percent
    more than in 2030" (its own base, not D's), "12 percent of GDP" (a share), "$0.2 billion in oil
    sales" (another thing's change)."""
    end = _after_noun(text, figure)
    words = between(text, end, sentence.span[1], sentence.periods)
    return _OWN_TAIL.match(words) is None
