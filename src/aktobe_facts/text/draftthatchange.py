"""An amount of change told in the sentence after its level, opening on a pronoun for that level,
for a draft (``kind = "change"``):

- "Fish exports came to DKK 4.4 billion in 2031. That is a fall in export value of DKK 459
  million on 2030, or -9.4 percent." (the amount, then its percent after "or");
- "The islands welcomed 1,314,875 visitors in the half. That is an increase of 214,711 persons
  or a 19.5% growth over the same period in 2030." (a count of people said as "persons");
- "Deposits fell to GBP47bn. ... That, the report says, is a fall of GBP9.32bn in deposit value
  from the peak of December 2028, when deposits stood at GBP58.1bn." (the amount and the level it
  is counted from, after "when ... stood at").

The sentence opens on "That is" ("This was", "It represents", an aside of saying after the
pronoun), then a noun of change with its article ("a fall", "an increase", "a sharp rise"), at
most its measure ("in export value"), "of" and the amount D: the noun signs D. D is plain (no
bound, range or sign of its own) and of the level's measure. After D only its measure, the
comparison's words ("on 2030", "over the same period in 2030", "year-on-year"), then ", or" and
the percent P (with at most an article before it and a noun of change after it), whose own sign
agrees with the noun's; or "from" a few words, ", when" a few words and a verb of a level, and
the base Y, a level of D's measure. Nothing but the comparison's words follows to the clause's
end.

The level X is the figure the sentence before is about: the one level of D's measure in the
nearest sentence before with any (:data:`LOOK_BACK`), a sentence that tells only the change of
that level ("Over the year the fall came to 6.4%, or GBP3.22bn": no level) passed over; two
levels there, or none, leave the pronoun open and nothing is drafted. A count said as "persons"
or "people" counts the people of the level's count ("visitors", "tourists", "passengers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_percent,
    quote,
    same_measure,
    subject_words,
)
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.sentences import clause_start

_RISE = r"increase|rise|gain|growth|jump|climb|surge"
_FALL = r"fall|drop|decline|decrease|reduction|loss|contraction"
_NOUN = rf"an?\s+(?:[a-z]+\s+)?(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))"
_MEASURE = r"in\s+(?:[a-z-]+\s+){0,2}value"
"""The change's measure, between its noun and "of" or after the amount: "in export value"."""
_OPENER = r"\W*(?:that|this|it)(?:\s*,\s*[^,.;\d]{1,60},)?\s+(?:is|was|represents|represented|marks|marked|means|meant)\s+(?:also\s+)?"
_WHOLE = lazy(rf"^{_OPENER}{_NOUN}\s+(?:{_MEASURE}\s+)?of\s+$", re.IGNORECASE)
"""From the sentence's start to the amount: "That is a fall in export value of "."""
_OPENS = lazy(rf"^{_OPENER}$", re.IGNORECASE)
_OWN_NOUN = lazy(rf"^{_NOUN}\s+of\s", re.IGNORECASE)
"""The amount's own words, where its phrase holds the noun of change: "an increase of 214,711"."""
_COMPARED = (
    r"(?:(?:on|over|from|against|compared\s+(?:to|with)|than)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:(?:end\s+of\s+(?:the\s+)?)?§|(?:same|corresponding)\s+(?:period|months?|quarter|half|year)(?:\s+(?:of|in)\s+§)?|"
    r"(?:previous|prior)\s+(?:period|month|quarter|half|year)|a\s+year\s+(?:earlier|before|ago)|"
    r"last\s+year)|year-on-year|y/y|yoy)"
)
_PEOPLE = frozenset({"persons", "people", "individuals"})
_TO_PERCENT = lazy(
    rf"^\s*(?:{_MEASURE}\s*)?(?:{_COMPARED}\s*)?,?\s*or(?:\s+an?)?\s*$",
    re.IGNORECASE,
)
"""From the amount to its percent: " on §, or ", " persons or a "."""
_PERCENT_TAIL = lazy(
    rf"^\s*\)?\s*(?:(?:{_RISE}|{_FALL}|increase|decrease)\s*)?(?:{_COMPARED}\s*)?(?:[,.;:]|$)",
    re.IGNORECASE,
)
"""After the percent to its clause's end: its noun of change and the comparison's words."""
_TO_BASE = lazy(
    rf"^\s*(?:{_MEASURE}\s+)?from\s+(?:the\s+)?[^,;.\d%()]{{0,40}}?,\s*when\s+"
    r"(?:[a-z]+\s+){1,3}?(?:stood\s+at|was|were|amounted\s+to|totall?ed|reached|came\s+to)\s*$",
    re.IGNORECASE,
)
"""From the amount to its base: " in deposit value from the peak of §, when deposits stood at "."""
_BASE_TAIL = lazy(r"^\s*(?:§\s*)?(?:[,.;:]|$)")
_PRONOUN_MOVED = lazy(r"\W*(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?", re.IGNORECASE)
"""The clause before a pronoun's move: "they have", "It"."""
_MOVE_VERB = lazy(
    r"(?:fallen|fell|dropped|declined|decreased|shrunk|shrank|slipped|risen|rose|grown|grew|"
    r"increased|climbed|gained)\s+by\s",
    re.IGNORECASE,
)
"""A move's verb and "by" at the start of its amount: "fallen by £2.9 billion"."""
_BRACKET_OR = lazy(r"\s*(?:\(|(?:,\s*)?or)\s*")
"""Between a move's amount and its percent: a bracket, or ", or". The spaces before the comma and
after it are two runs only where a comma parts them (as in :data:`_OR`)."""
_NOUN_CAME_TO = lazy(
    rf"\W*(?:(?:over|for|in|during)\s+(?:the\s+)?(?:whole\s+|full\s+)?(?:year|quarter|half|"
    rf"month|period)\s*,?\s*)?the\s+(?:(?P<rise>{_RISE}|increase)|(?P<fall>{_FALL}))\s+"
    r"(?:came\s+to|was|amounted\s+to|totall?ed|reached)\s+",
    re.IGNORECASE,
)
"""From a sentence's start to the percent: "Over the whole year the fall came to"."""
_OR = lazy(r"\s*(?:,\s*)?or\s*")
"""Between a percent and its amount: "or", ", or". The spaces before the comma and after it are two
runs only where a comma parts them: with the comma optional between two runs of spaces, a run of
n spaces could be split n ways and each split tried (quadratic in the run)."""
_UP_WORD = r"more|higher|greater|larger"
_DOWN_WORD = lazy(r"less|lower|fewer|smaller", re.IGNORECASE)
_WORD = rf"(?:{_UP_WORD}|less|lower|fewer|smaller)"
_PAIRED = lazy(r"\s*(?:,\s*)?or\s*")
"""Between the amount and the percent of "That is D, or P, more than": "or" alone."""
_SPLIT = lazy(rf"\s*(?P<word>{_WORD})(?:\s+{_COMPARED})?\s*,\s*or\s*", re.IGNORECASE)
"""Between the amount and the percent of "That is D more than in 2030, or P"."""
_COMPARATIVE_TAIL = lazy(
    rf"^\s*,?\s*(?:(?P<word>{_WORD})\b)?(?:\s*{_COMPARED})?\s*(?:[.;:]|,(?!\s*or\b)|$)",
    re.IGNORECASE,
)
"""After the second figure: its word of comparison and the comparison's words, then the clause's
end ("19.5 percent, more than in 2030.", "19.5 percent more.")."""
_AMOUNT_TAIL = lazy(rf"^\s*(?:{_COMPARED}\s*)?(?:[.;:]|$)", re.IGNORECASE)
"""After the amount to the sentence's end: only the comparison's words."""
_CHANGE_TOLD = lazy(
    rf"\b(?:{_RISE}|{_FALL}|increase|decrease|change)s?\s+(?:came\s+to|was|were|amounted\s+to|"
    r"totall?ed|reached|stood\s+at)\b",
    re.IGNORECASE,
)
"""Before a figure in its sentence: the figure tells a change, no level ("the fall came to")."""
_PEOPLE_COUNTED = frozenset(
    {
        "visitors",
        "tourists",
        "passengers",
        "arrivals",
        "travellers",
        "travelers",
        "guests",
        "residents",
        "workers",
        "migrants",
        "pilgrims",
        "students",
        "people",
        "persons",
    }
)
LOOK_BACK = 3
"""Sentences before read for the level the pronoun names."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The changes of the article's sentences that open on a pronoun and a noun of change."""
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for k in range(len(sentences)):
        made = _change(text, sentences, k)
        if made is None:
            continue
        ids = {v for key, v in made.fields.items() if key != "direction"}
        if any(len(ids & p) >= 2 for p in pairs):
            continue  # two of its figures tied already: "up P, or D" drafted by its own rule
        found.append(made)
    return found


def _change(text: str, sentences: Sequence[Sentence], k: int) -> DraftRelation | None:
    sentence = sentences[k]
    if len(sentence.figures) < 2:
        return None
    told = (
        _moved(text, sentences, k)
        or _noun_came_to(text, sentences, k)
        or _comparative(text, sentences, k)
    )
    if told is not None:
        return told
    d, second = sentence.figures[0], sentence.figures[1]
    if _dated(text, sentence, d):
        return None  # "That, in 2031, was a rise of D": maybe of another period than X's
    sign = _opening_sign(text, sentence, d)
    stated = d.phrase.stated
    if sign is None or stated.qualifier is not None or stated.is_range:
        return None
    if stated.negative and stated.direction is None:
        return None  # "That is a fall of -459 million": a sign of its own
    if stated.direction is not None and (stated.direction == "down") != (sign == "fall"):
        return None
    x = _level_before(text, sentences, k, d)
    if x is None:
        return None
    fields: dict[str, str | list[str] | bool] = {"amount": d.id, "current": x.id}
    gap = between(text, d.phrase.outer_end, second.phrase.start, sentence.periods)
    if is_percent(second) and _TO_PERCENT.match(_past_noun(gap, d)):
        if not _percent_fits(text, sentence, second, sign):
            return None
        fields["percent"] = second.id
    elif _TO_BASE.match(_past_noun(gap, d)) and _base_fits(text, sentence, second, d):
        return _difference(text, d, x, second, sign)
    else:
        return None
    if sign == "fall":
        fields["direction"] = "fall"
    return DraftRelation("", "change", fields, quote(text, d, second))


def _moved(text: str, sentences: Sequence[Sentence], k: int) -> DraftRelation | None:
    """ "..., they have fallen by D (P) compared to ...", "It rose by D, or P, on 2030": a
    pronoun's move, its amount and percent, of the level before."""
    sentence = sentences[k]
    d, p = sentence.figures[0], sentence.figures[1]
    start = clause_start(text, sentence.span[0], d.phrase.start)
    if _PRONOUN_MOVED.fullmatch(text, start, d.phrase.start) is None:
        return None
    if _dated(text, sentence, d):
        return None  # "In 2031, however, they rose by D": maybe of another period than X's
    stated = d.phrase.stated
    if _MOVE_VERB.match(d.phrase.value) is None or stated.direction is None:
        return None
    if stated.qualifier is not None or stated.is_range or not is_percent(p):
        return None
    sign = "fall" if stated.direction == "down" else "rise"
    gap = _past_noun(between(text, d.phrase.outer_end, p.phrase.start, sentence.periods), d)
    if _BRACKET_OR.fullmatch(gap) is None or not _percent_fits(text, sentence, p, sign):
        return None
    x = _level_before(text, sentences, k, d)
    if x is None or not _names_the_level(text, sentences, sentence.span[0], start, x):
        return None
    return _made(text, d, x, p, sign)


def _names_the_level(
    text: str, sentences: Sequence[Sentence], start: int, end: int, x: Figure
) -> bool:
    """The words before the pronoun's clause name no thing, or one the level's sentence names
    ("Because deposits shrank, however, they have fallen" after "Deposits ... rose to X"; never
    "Because imports shrank, they have fallen" after "Exports rose to X")."""
    before = subject_words(content(text[start:end]))
    if not before:
        return True
    span = next(s.span for s in sentences if any(f.id == x.id for f in s.figures))
    return bool(before & subject_words(content(text[span[0] : span[1]])))


def _noun_came_to(text: str, sentences: Sequence[Sentence], k: int) -> DraftRelation | None:
    """ "Over the year the fall came to P, or D": a noun of change, its percent and amount, of the
    level before."""
    sentence = sentences[k]
    p, d = sentence.figures[0], sentence.figures[1]
    said = _NOUN_CAME_TO.fullmatch(text, sentence.span[0], p.phrase.start)
    if said is None or _dated(text, sentence, p) or not is_percent(p):
        return None
    sign = "fall" if said.group("fall") else "rise"
    stated = d.phrase.stated
    plain = stated.direction is None and not stated.negative and stated.qualifier is None
    if not plain or stated.is_range or d.kind == "share" or not _percent_fits_alone(p, sign):
        return None
    if _OR.fullmatch(between(text, p.phrase.outer_end, d.phrase.start, sentence.periods)) is None:
        return None
    tail = between(text, d.phrase.outer_end, sentence.span[1], sentence.periods)
    if _AMOUNT_TAIL.match(_past_noun(tail, d)) is None:
        return None
    x = _level_before(text, sentences, k, d)
    return None if x is None else _made(text, d, x, p, sign)


def _comparative(text: str, sentences: Sequence[Sentence], k: int) -> DraftRelation | None:
    """ "That is D, or P, more than in 2030", "That is P, or D, less", "That is D more than in
    2030, or P more": the amount and percent of a comparison of the level before, signed by the
    word of comparison after them."""
    sentence = sentences[k]
    first, second = sentence.figures[0], sentence.figures[1]
    if _OPENS.match(text[sentence.span[0] : first.phrase.start]) is None:
        return None
    if _dated(text, sentence, first):
        return None  # "This, the next year, was D, or P, more"
    gap = _past_noun(
        between(text, first.phrase.outer_end, second.phrase.start, sentence.periods), first
    )
    tail = between(text, second.phrase.outer_end, sentence.span[1], sentence.periods)
    paired, split = _PAIRED.fullmatch(gap), _SPLIT.fullmatch(gap)
    after = _COMPARATIVE_TAIL.match(_past_noun(tail, second))
    set_off = after is not None and after.group(0).lstrip().startswith(",")
    if paired is not None and after is not None and after.group("word") and set_off:
        # "D, or P, more": the pair set off by commas ("P, or D less" and "D or P% more" are
        # draftchangeamount's and draftgrowth's)
        word = after.group("word")
    elif (
        split is not None and after is not None and _agree(split.group("word"), after.group("word"))
    ):
        word = split.group("word")
    else:
        return None
    d, p = (second, first) if is_percent(first) else (first, second)
    if (
        not is_percent(p)
        or is_percent(d)
        or not (_plain(d) and _plain(p))
        or p.phrase.stated.value > 100
    ):
        return None
    if split is not None and d is not first:
        return None  # "That is P more than in 2030, or D": the amount told second names its own
    sign = "fall" if _DOWN_WORD.fullmatch(word) else "rise"
    x = _level_before(text, sentences, k, d)
    return None if x is None else _made(text, d, x, p, sign)


def _plain(figure: Figure) -> bool:
    """A figure with no word of change, sign, bound or range of its own."""
    stated = figure.phrase.stated
    return (
        stated.direction is None
        and not stated.negative
        and stated.qualifier is None
        and not stated.is_range
    )


def _agree(word: str, again: str | None) -> bool:
    """The second word of comparison, where there is one, goes the first's way."""
    if again is None:
        return True
    return bool(_DOWN_WORD.fullmatch(word)) == bool(_DOWN_WORD.fullmatch(again))


def _made(text: str, d: Figure, x: Figure, p: Figure, sign: str) -> DraftRelation:
    fields: dict[str, str | list[str] | bool] = {"amount": d.id, "current": x.id, "percent": p.id}
    if sign == "fall":
        fields["direction"] = "fall"
    return DraftRelation("", "change", fields, quote(text, d, p))


_ANOTHER_TIME = lazy(
    r"\b(?:(?:last|this|next|that|the\s+(?:following|next|previous))\s+(?:year|month|quarter|"
    r"half|week|season)|(?:a|one|two|three|\d+)\s+(?:years?|months?|quarters?)\s+"
    r"(?:later|on|after|earlier|before|ago)|since\s+then)\b",
    re.IGNORECASE,
)
"""A time said by its distance from another ("Last year", "a year later", "since then")."""
_CAUSE = lazy(r"\W*(?:because|although|though|whereas)\b[^,.;]*,", re.IGNORECASE)
"""A clause of cause or concession that opens the sentence: its time is the cause's, not the
move's ("Because deposits shrank in the second half of last year, however, they have fallen")."""


def _dated(text: str, sentence: Sentence, figure: Figure) -> bool:
    """A period named in the sentence before the figure, or a time said by its distance: the
    change may be of another period than the level before ("In 2030 the fall came to ...", "In
    2031, however, they rose by D", "That, a year later, was a rise of D")."""
    start = sentence.span[0]
    cause = _CAUSE.match(text, start, figure.phrase.start)
    if cause is not None:
        start = cause.end()  # "Because deposits shrank in the second half of last year, they"
    if any(start <= n.start < figure.phrase.start for n in sentence.periods):
        return True
    return _ANOTHER_TIME.search(text, start, figure.phrase.start) is not None


def _difference(text: str, d: Figure, x: Figure, y: Figure, sign: str) -> DraftRelation:
    """The amount of change as the gap between the level and the base it is counted from: X − Y,
    or Y − X for a fall whose amount the words print unsigned ("a fall in value of D")."""
    if sign == "fall" and not d.phrase.stated.negative:
        minuend, subtrahend = y, x
    else:
        minuend, subtrahend = x, y  # "a fall of D" reads D below zero: X − Y
    fields: dict[str, str | list[str] | bool] = {
        "result": d.id,
        "minuend": minuend.id,
        "subtrahend": subtrahend.id,
    }
    return DraftRelation("", "difference", fields, quote(text, d, y))


def _opening_sign(text: str, sentence: Sentence, d: Figure) -> str | None:
    """ "rise" or "fall" where the sentence opens on a pronoun and a noun of change before its
    first figure, else None."""
    head = text[sentence.span[0] : d.phrase.start]
    whole = _WHOLE.match(head)
    if whole is None and _OPENS.match(head) is not None:
        whole = _OWN_NOUN.match(d.phrase.value)
    if whole is None:
        return None
    return "fall" if whole.group("fall") else "rise"


def _past_noun(gap: str, d: Figure) -> str:
    """The words after the amount without the noun its count counts ("214,711 persons or")."""
    noun = (d.noun or "").lower()
    bare = gap.lstrip()
    if noun and re.match(rf"{re.escape(noun)}\b", bare):
        return " " + bare[len(noun) :]
    return gap


def _percent_fits(text: str, sentence: Sentence, p: Figure, sign: str) -> bool:
    """The percent is plain, its own sign agrees with the noun's, and only its noun of change
    and the comparison's words follow it in its clause."""
    stated = p.phrase.stated
    if stated.qualifier is not None or stated.is_range or stated.value > 100:
        return False
    if stated.negative and sign != "fall":
        return False
    if stated.direction is not None and (stated.direction == "down") != (sign == "fall"):
        return False
    tail = between(text, p.phrase.outer_end, sentence.span[1], sentence.periods)
    return _PERCENT_TAIL.match(tail) is not None


def _percent_fits_alone(p: Figure, sign: str) -> bool:
    """The percent is plain, its own sign agreeing with the noun's."""
    stated = p.phrase.stated
    if stated.qualifier is not None or stated.is_range or stated.value > 100:
        return False
    if stated.negative and sign != "fall":
        return False
    return stated.direction is None or (stated.direction == "down") == (sign == "fall")


def _base_fits(text: str, sentence: Sentence, y: Figure, d: Figure) -> bool:
    """The base is a plain level of the amount's measure, nothing after it in its clause."""
    stated = y.phrase.stated
    if not (_measured_as(text, y, d) and level(y.phrase)) or stated.qualifier is not None:
        return False
    tail = between(text, y.phrase.outer_end, sentence.span[1], sentence.periods)
    return _BASE_TAIL.match(tail) is not None


_COUNTED = re.compile(r"\d[\d,.]*\s+(?:total\s+)?([a-z][a-z-]+)", re.IGNORECASE)
"""A count's digits and the word it counts, "total" passed over ("1,314,875 total visitors")."""


def _counted(text: str, figure: Figure) -> str | None:
    """What a count counts: the word after its digits, in its phrase ("an increase of 214,711
    persons") or right after it."""
    found = _COUNTED.search(text, figure.phrase.start, figure.phrase.outer_end + 40)
    return found.group(1).lower() if found is not None else None


def _person(figure: Figure) -> bool:
    """A count the reading gives the unit of people ("214,711 persons")."""
    unit = figure.phrase.stated.unit
    return unit is not None and unit.key == "person"


def _measured_as(text: str, figure: Figure, d: Figure) -> bool:
    """A figure of the amount's measure: one unit, or counts of one thing named by one word
    ("persons" counting the people a count of visitors, tourists or passengers counts)."""
    if figure.kind == "count" and d.kind == "count":
        if _person(figure) or _person(d):  # "214,711 persons", read in the unit of people
            return (_person(figure) or _counted(text, figure) in _PEOPLE_COUNTED) and (
                _person(d) or _counted(text, d) in _PEOPLE_COUNTED
            )
        if figure.phrase.stated.unit is not None or d.phrase.stated.unit is not None:
            return False
        counted, own = _counted(text, figure), _counted(text, d)
        if own in _PEOPLE:
            return counted in _PEOPLE_COUNTED
        return counted is not None and counted == own
    return figure.kind != "count" and d.kind != "count" and same_measure(figure, d)


def _level_before(text: str, sentences: Sequence[Sentence], k: int, d: Figure) -> Figure | None:
    """The one level of the amount's measure in the nearest sentence before with any, a
    sentence that tells only changes of that measure passed over."""
    for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        earlier = sentences[back]
        alike = [f for f in earlier.figures if _measured_as(text, f, d)]
        if not alike:
            continue
        levels = [f for f in alike if _a_level(text, earlier, f)]
        if not levels:
            continue  # "Over the year the fall came to 6.4%, or GBP3.22bn": the change told
        return levels[0] if len(levels) == 1 else None
    return None


def _a_level(text: str, sentence: Sentence, figure: Figure) -> bool:
    """The figure states a level: no word of change or sign of its own, no noun of change told
    before it in its sentence ("the fall came to")."""
    stated = figure.phrase.stated
    if stated.direction is not None or stated.negative or stated.is_range:
        return False
    if figure.kind != "count" and not level(figure.phrase):
        return False
    return _CHANGE_TOLD.search(text, sentence.span[0], figure.phrase.start) is None
