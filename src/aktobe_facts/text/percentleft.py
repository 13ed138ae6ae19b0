"""A percent word shared by a list of changes: "rose 2.5 and 2.8 percent", "growth of 8 and 9
percent, respectively", "fell by 4, 6 and 7 per cent": each number before the last is a percent
as the last one is, read with its own words and the last one's percent word, with a note for the
editor (read alone, "rose 2.5" was a count of nothing).

Only where nothing else can be meant: the list follows a word of change ("rose", "fell by",
"growth of", "up"); each earlier number is plain digits with no unit, scale, sign, range,
qualifier or noun of its own, and only ", ", " and " or ", and " stand between it and the next;
the last is a percent with no word of its own and no qualifier, no share's whole or verb of its own
after it ("rose 12, and 5 percent of firms"); the numbers are no years and lie
within ten times of the last ("hired 500 and 3 percent left" stays as printed). "between 2 and 3
percent" is one range, read before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.reading.changewords import FALL_VERBS, RISE_VERBS, alternation, finite_forms
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.scaleleft import MAX_RATIO, NUMERAL
from aktobe_facts.text.sentences import LIST_JOIN
from aktobe_facts.text.wordsback import words_before

if TYPE_CHECKING:
    from aktobe_facts.text.phrases import Phrase

_VERBS = alternation({*finite_forms(RISE_VERBS), *finite_forms(FALL_VERBS)})
_CHANGE_BEFORE = lazy(
    rf"\b(?:{_VERBS}|up|down|(?:growth|increases?|rises|decreases?|declines?|falls|drops)\s+of)"
    r"(?:\s+by)?\s*$",
    re.IGNORECASE,
)
"""Right before the list's first number (its own words aside): a word of change. It overlaps at most
three runs of characters other than white space ("inching down by", "growth of by"): searched over
the last three (:func:`~aktobe_facts.text.wordsback.words_before`)."""
_CHANGE_WORDS = 3
_PERCENT_WORD = re.compile(r"\s*(?:%|per\s*cent|percent|pct)$", re.IGNORECASE)
_NEW_CLAUSE_AFTER = lazy(
    r"\s+(?:of|were|was|is|are|went|came|had|have|has|will|would|expect\w*|said|say)\b",
    re.IGNORECASE,
)
"""Right after the list's last percent: a share's whole ("and 5 percent of firms") or a verb whose
subject the percent is ("and 5 percent went to Russia"), so it ends no list of changes: "The index
rose 12, and 5 percent of firms ..." is no rise of 12 percent."""
_YEAR = re.compile(r"(?:18|19|20)\d\d")


def shared(text: str, phrases: list[Phrase], read: Callable[[str], Stated]) -> list[Phrase]:
    """``phrases`` with each number of a list read with the percent word of the list's last."""
    out = list(phrases)
    for k in range(len(out) - 1, 0, -1):
        last = out[k]
        if not _a_plain_percent(last):
            continue
        listed = _listed(text, out, k)
        start = _own_start(out[listed[0]]) if listed else 0
        if not listed or not _CHANGE_BEFORE.search(
            text, words_before(text, start, _CHANGE_WORDS), start
        ):
            continue
        if _NEW_CLAUSE_AFTER.match(text, last.outer_end):
            continue
        word = _PERCENT_WORD.search(last.value)
        assert word is not None  # _a_plain_percent
        for j in listed:
            phrase = out[j]
            value = (
                phrase.value + ("" if word.group(0).strip() == "%" else " ") + word.group(0).strip()
            )
            try:
                stated = read(value)
            except GrammarError:
                break
            if stated.unit is None or stated.unit.kind != "percent":
                break
            note = f'printed "{phrase.value}" with no unit: the percent of the list it ends'
            out[j] = msgspec.structs.replace(phrase, value=value, stated=stated, note=note)
    return out


def _a_plain_percent(phrase: Phrase) -> bool:
    stated = phrase.stated
    return (
        stated.unit is not None
        and stated.unit.kind == "percent"
        and stated.qualifier is None
        and stated.direction is None
        and not stated.is_range
        and not stated.negative
        and phrase.value[:1].isdigit()
        and _PERCENT_WORD.search(phrase.value) is not None
    )


def _listed(text: str, phrases: list[Phrase], k: int) -> list[int]:
    """The indices of the plain numbers listed right before the k-th phrase, first to last."""
    found: list[int] = []
    j = k
    while j > 0:
        before, after = phrases[j - 1], phrases[j]
        if not LIST_JOIN.fullmatch(text, before.outer_end, after.start):
            break
        if not _plain(before, phrases[k].stated):
            break
        found.insert(0, j - 1)
        j -= 1
    return found


def _plain(phrase: Phrase, last: Stated) -> bool:
    """A number with nothing of its own but words of change before it, no year, within ten times
    of the list's last."""
    stated = phrase.stated
    numeral = NUMERAL.search(phrase.value)
    if (
        stated.unit is not None
        or stated.scale_word is not None
        or stated.is_range
        or stated.per is not None
        or stated.qualifier is not None
        or (stated.negative and stated.direction is None)
        or phrase.note is not None
        or phrase.counterparts
        or numeral is None
        or numeral.end() != len(phrase.value)
        or _YEAR.fullmatch(numeral.group(0))
        or not stated.value
        or not last.value
    ):
        return False
    ratio = abs(stated.value / last.value)
    return Fraction(1, MAX_RATIO) <= ratio <= MAX_RATIO


def _own_start(phrase: Phrase) -> int:
    """Where the phrase's digits start: its words of change ("rose 2.5") are read as its own."""
    numeral = NUMERAL.search(phrase.value)
    return phrase.start + (numeral.start() if numeral else 0)
