"""Where a figure's own words are and what period they name, for the roles of
:mod:`aktobe_facts.text.draftroles`: its clause back to the figure before it, its period
(:class:`~aktobe_facts.text.roletime.Time`: after it in its clause before any comparison's words,
else before it, else at the start of its sentence) and whether it is a comparison's earlier figure
("up from X", "compared to X", "A year earlier, the deficit had been X")."""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.roletime import MONTH, Time, period_to_clause_end, read_time
from aktobe_facts.text.sentences import clause_start


def segment_start(figures: list[Placed], k: int) -> int:
    """Where the words of the sentence's ``k``-th figure may start: after the figure before it."""
    placed = figures[k]
    return figures[k - 1].figure.phrase.outer_end if k > 0 else placed.sentence[0]


_EARLIER = re.compile(
    r"\bsame\s+(?:period|months?|quarter|half|time|weeks?|days?)\b(?=[^,;.]{0,12}\b(?:last|previous|"
    r"prior|preceding|(?:19|20)\d\d|earlier|ago|before)\b)|\b(?:than|compared\s+(?:to|with)|versus|"
    r"against|from|on)\s+(?:the\s+)?same\s+(?:period|months?|quarter|half|time)\b|"
    r"\ba\s+year\s+(?:earlier|ago|"
    r"before)\b|\b(?:previous|prior|preceding)\s+(?:year|period|month|quarter)\b|"
    r"\byear\s+before\b|\b(?:compared\s+(?:to|with)|versus|vs\.?|against|than)\s*(?:an?\s+)?"
    r"(?:the\s+(?!(?:targets?|budget|estimates?|plans?|projections?|forecasts?|goals?)\b)"
    r"[a-z]+(?:\s+[a-z]+)?\s+of\s+)?$",
    re.IGNORECASE,
)
"""Before a figure, the words of a comparison's earlier one ("in the same period last year",
"a year earlier", "compared to", "as against the imports of": the flow named again before it);
a plan named after "against the" ("against the target of X") is no earlier figure."""


_BASE = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|with\s+respect\s+to|"
    r"relative\s+to|as\s+against|than|since|against|versus|vs\.?|after|on|"
    rf"from(?!\s+(?:{MONTH})\s*(?:to|through|till|until)\s+(?:{MONTH})\b)"
    rf"(?!\s+(?:{MONTH})\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}\b))\b",
    re.I,
)
"""Words that open a comparison's period ("to $7.97 billion with respect to 2016": 2016 is the
base's); never "from" opening a span of months ("From January to May exports rose ...": the
figures' own period) or of days ("to $5.85 billion from April 1-20": the first 20 days of April,
the figure's own)."""


def compared_time(text: str, start: int, end: int) -> Time:
    """The period a comparison's words name between ``start`` and ``end`` ("..., against C and D
    in 2029": 2029), the period after its word; none where no comparison's word stands there."""
    m = _BASE.search(text, start, end)
    return read_time(text[m.end() : end]) if m is not None else Time()


_BASE_ENDS = re.compile(r"\s[–—-]\s|;|\b(?:while|whereas)\b", re.IGNORECASE)
"""Where a comparison's words before a figure end and the figure's own clause begins: "export was
A – 12 percent less than in 2015 – while import was B" (2015 is the comparison's, not B's)."""


def time_of(text: str, figures: list[Placed], k: int) -> Time:
    """The period a figure's own words name: after it in its clause (before any comparison's
    words), else before it back to the figure before, else at the start of its sentence."""
    placed = figures[k]
    phrase = placed.figure.phrase
    end = figures[k + 1].figure.phrase.start if k + 1 < len(figures) else placed.sentence[1]
    after = re.split(r"[,;]|\bwhile\b", text[phrase.outer_end : end])[0]
    cut = _BASE.search(after)
    found = read_time(after[: cut.start()] if cut is not None else after)
    if found.named and not _RESPECTIVELY.match(after):  # a list's periods: read below
        return found
    listed = respectively_time(text, figures, k)
    if listed.named:
        return listed
    grown = growth_time(text, figures, k)
    if grown.named:
        return grown
    before = own_clause(text, figures, k)
    cuts = list(_BASE.finditer(before))
    if _REACHED_AFTER_EARLIER.search(before) is None:  # "on the same period last year to X"
        own = before[cuts[-1].end() :] if cuts else before
        ends = _BASE_ENDS.search(own) if cuts else None
        found = read_time(own[ends.end() :] if ends is not None else own)  # never the base's
        if found.named:
            return found
    lead = text[placed.sentence[0] : figures[0].figure.phrase.start]
    found = read_time(lead)  # "Since January 1, revenue has come to X": a dated running total
    return found if found.dates or _BASE.search(lead) is None else Time()


_RESPECTIVELY = re.compile(r"\s*+(?:,\s*+)?respectively\b(,?)([^,;]*)", re.IGNORECASE)
_LIST_LINK = re.compile(r"[\s,]*+(?:and\b[\s,]*+)?", re.IGNORECASE)


def respectively_time(text: str, figures: list[Placed], k: int) -> Time:
    """The period a list's "respectively" names for each of its figures: "exports and imports were
        valued at A and B, respectively in November 2014" (A's and B's both, whatever clause follows
        in the sentence); none where other words than the list's links stand between the figure and
        "respectively", and never the period of a comparison after it ("respectively against C and D
        in November 2029": the bases' period, no period of the list's). A comma after the word reads
        as the plain form ("respectively, in November 2014") where the words up to the clause's end
        name only a period; never another clause's ("respectively, while imports in 2030 ..."), and a list
    of two periods is one for each of two figures ("A and B, respectively, in November 2030 and in the
    first half": A's November's, B's the half's; with more figures, none)."""
    placed = figures[k]
    position = placed.figure.phrase.outer_end
    listed = _index_in_list(text, figures, k) + 1  # the list's figures up to this one
    for later in figures[k + 1 :]:
        if later.sentence != placed.sentence:
            break
        if not _LIST_LINK.fullmatch(text, position, later.figure.phrase.start):
            break  # the list ends here; a figure after it in the sentence is none of it
        position = later.figure.phrase.outer_end
        listed += 1
    m = _RESPECTIVELY.match(text, position, placed.sentence[1])
    if m is None:
        return Time()
    words = m.group(2)
    cut = _BASE.search(words)  # "respectively against C and D in November 2029": the base's
    words = words[: cut.start()] if cut is not None else words
    if m.group(1) and not period_to_clause_end(words):
        return Time()  # "respectively, while imports in 2030 ...": another clause's period
    first, *second = re.split(r"\band\b", words, maxsplit=1, flags=re.IGNORECASE)
    if second and read_time(second[0]).named:  # "in November 2030 and in the first half"
        if listed != 2:
            return Time()
        return read_time((first, second[0])[_index_in_list(text, figures, k)])  # each its own
    return read_time(words)


_GROWTHS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:respectively\s*(?:,\s*)?)?(?:up|down|higher|lower|rising|falling|growing|"
    r"declining|increasing|decreasing)(?:\s+by)?\s+(?:[\d.]+(?:\s*(?:%|percent|per\s+cent))?"
    r"(?:\s*,\s*and|\s*,|\s+and)\s+)*[\d.]+\s*(?:%|percent|per\s+cent)",
    re.IGNORECASE,
)
"""After a figure or a list of figures: their growths ("A and B, respectively, up 10% and 5%")."""


def growth_time(text: str, figures: list[Placed], k: int) -> Time:
    """The period named right after the growths that follow a figure or its list ("Exports and
    imports reached A and B, up 10% and 5% in 2030": A's and B's both, the levels whose growths
    they are); none where a comparison's words or other words than a period's stand there ("up
    10% from 2029", "up 10%, while imports in 2030 ...")."""
    placed = figures[k]
    position = placed.figure.phrase.outer_end
    for later in figures[k + 1 :]:
        if (
            later.sentence != placed.sentence
            or later.figure.kind != placed.figure.kind  # "A and B, up 10%": the growth's own
            or not _LIST_LINK.fullmatch(text, position, later.figure.phrase.start)
        ):
            break
        position = later.figure.phrase.outer_end
    grown = _GROWTHS_AFTER.match(text, position, placed.sentence[1])
    if grown is None:
        return Time()
    words = re.split(r"[,;.]", text[grown.end() : placed.sentence[1]])[0]
    return read_time(words) if period_to_clause_end(words) else Time()


def _index_in_list(text: str, figures: list[Placed], k: int) -> int:
    """Where the k-th figure stands in the list it ends or belongs to (0 first), counted back over
    the list's links."""
    index = 0
    while k - index > 0:
        before, after = figures[k - index - 1], figures[k - index]
        if before.sentence != after.sentence or not _LIST_LINK.fullmatch(
            text, before.figure.phrase.outer_end, after.figure.phrase.start
        ):
            break
        index += 1
    return index


def own_clause(text: str, figures: list[Placed], k: int) -> str:
    """The words before a figure back to the figure before it or the start of its clause."""
    start = segment_start(figures, k)
    return text[
        clause_start(text, start, figures[k].figure.phrase.start) : figures[k].figure.phrase.start
    ]


MOVED_FROM = re.compile(
    r"(?:\b(?:ris|rose|gr[eo]w|increas|climb|jump|widen|expand|soar|surg|fell|fall|declin|"
    r"decreas|dropp|shr[aiu]nk|narrow|contract|slump|plung|up|down|went|go)\w*\b"
    r"(?:[^,;.()]|\.\d){0,40}?,?\s*|\b(?:a|an|the)\s+(?:rise|increase|growth|jump|fall|decline|"
    r"drop|decrease)\s+)\bfrom\s*(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?$",
    re.IGNORECASE,
)
"""Before A in "rose (P percent) from A to B", "up from A", "a rise from A", "increasing from
the deficit of A": A is the flow's earlier level, never its level now."""
MOVED_FROM_WORDS = 48
"""The runs of characters other than white space a match of :data:`MOVED_FROM` overlaps at most
(:func:`~aktobe_facts.text.wordsback.words_before`): the verb's, those of the 40 characters at
most after it (41: each white space character parts two), a comma's, "from" and "the ... of"."""


FROM_TO = re.compile(r"\s*(?:(?:in|for)\s+[^,;.\d%()]{0,30}?\d{0,4}\s*)?,?\s*to\s*", re.I)
"""Between A and B in "from A in 2030 to B"."""


def is_earlier(text: str, figures: list[Placed], k: int) -> bool:
    """The figure is a comparison's earlier one: "in the same months of last year there was a
    surplus of X", "after a surplus of X in the same quarter of 2022", "compared to X", "rose from
    X to"."""
    placed = figures[k]
    phrase = placed.figure.phrase
    if MOVED_FROM.search(text, placed.sentence[0], phrase.start):
        return True
    end = figures[k + 1].figure.phrase.start if k + 1 < len(figures) else placed.sentence[1]
    after = re.split(r"[,;]", text[phrase.outer_end : end])[0]
    before = own_clause(text, figures, k)
    if _REACHED_AFTER_EARLIER.search(before):
        return False  # "fell 4 percent from a year earlier to X": X is the value reached
    if k == 0 and _EARLIER_LEAD.match(text, placed.sentence[0], phrase.start):
        return True  # "A year earlier, the deficit had been X"
    if _EARLIER_AFTER.match(after):
        return True  # "Tax revenue was X a year earlier": last year's, no figure of this one
    if _WHEN_BASE.search(text, placed.sentence[0], phrase.start):
        return True  # "up 20% compared to 2030, when sales were X": the base year's
    return bool(_EARLIER.search(before) or _SAME_EARLIER_AFTER.match(after))


_WHEN_BASE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|against|versus|vs\.?|over|from|on)\s+(?:in\s+)?"
    r"(?:19|20)\d\d\s*,?\s*when\b[^,;.\d]{0,60}$",
    re.IGNORECASE,
)
"""Before a figure, a comparison's year and "when" opening its own clause ("an increase of 20.8%
compared to 2030, when the sales registered X"; "than in 2030, when exports were X"): the
figure is the base year's, the comparison's earlier one, whatever tense its verb has."""


_SAME_EARLIER_AFTER = re.compile(
    r"\s*(?:in|for|during)\s+the\s+same\s+(?:period|months?|quarter|half|time|weeks?|days?)\b"
    r"(?=[^,;.]{0,20}?\b(?:last|previous|prior|preceding|(?:19|20)\d\d|earlier|ago|before)\b)",
    re.IGNORECASE,
)
"""Right after a figure, "in the same period" of a year before ("X in the same period last year",
"in the same quarter of 2030", "in the same month a year earlier"): the comparison's earlier
figure; "exports of X in the same period" with nothing after it is the period named before (the
figure's own), never an earlier one."""


_EARLIER_AFTER = re.compile(
    r"\s*(?:(?!(?:from|than|on|over|against|versus|compared|since|to|up|down|more|less|higher|"
    r"lower)\b)[a-z][\w'’-]*\s+){0,3}?(?:(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|"
    r"the\s+(?:year|month|quarter)\s+before|"
    r"the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter|half|period))\b",
    re.IGNORECASE,
)
"""Right after a figure, before any comparison's word: the period of a year (month, quarter)
before its context's ("Tax revenue was X a year earlier", "The trade surplus was X in the
previous quarter"; never "up X from a year earlier", "from the previous quarter")."""


_EARLIER_LEAD = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+"
    r"(?:year|period|month|quarter)|(?:in|during|over)\s+the\s+same\s+(?:period|months?|quarter|"
    r"half)\s+(?:of\s+)?(?:last|the\s+previous)\s+year)\s*,",
    re.IGNORECASE,
)
"""A sentence that opens on the period compared with: its first figure is the earlier one ("A year
earlier, the deficit had been X")."""


_REACHED_AFTER_EARLIER = re.compile(
    r"\b(?:from|on|over|against|compared\s+(?:to|with))\s+(?:a\s+year\s+(?:earlier|ago|before)|"
    r"the\s+(?:previous|prior|preceding)\s+(?:year|period|month|quarter)|the\s+same\s+"
    r"(?:period|month|quarter)\s+(?:of\s+)?(?:last\s+year|(?:19|20)\d\d))\s*,?\s*(?:up\s+)?to\s*$",
    re.IGNORECASE,
)
"""A comparison's words and then the value reached: "rose 9.4 percent from a year earlier to X"
(X is the current figure, never the earlier one)."""
