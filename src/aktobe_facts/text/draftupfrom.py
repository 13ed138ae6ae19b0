"""Orders stated after a figure, for a draft (``kind = "order"``): the words right after a figure
and a comma compare it with the next figure.

- "X, up from Y", "X, slightly up from the current year's target of Y", "X, an increase from
  the Y transferred last year", "X, up in comparison to the Y in 2016" (also "compared with"),
  "X, having grown steadily from Y": X > Y; "X, down from Y", "X, a drop from Y", "X, having
  fallen from Y": X < Y;
- "X, well below the Y of the same period last year", "X, short of the Y ceiling": X < Y; "X, above
  the Y target": X > Y; "X, within the Y limit": X <= Y.

X and Y are levels of one unit (:func:`aktobe_facts.text.levels.alike`), next to each other
in one sentence; between them only X's own words of place or time ("to provincial levels", "in
2012"), the comma, a word of degree ("slightly", "well") and a few words naming Y ("the current
year's target of"). X is the figure its clause is about, never a comparison's earlier figure: in
"improved to A at end-September from X a year earlier, above the Y target" the target is A's
(A > Y), and after a comparison's earlier figure "up from" and "down from" draft nothing; a Y read
with a bound ("more than Y") or followed by a percent of its own ("up from Y, or 5 percent": a
growth ties those) is left alone, and so is a figure whose verb says the other way ("fell to X,
up from Y").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.balancesides import opposite
from aktobe_facts.text.comparedterms import same_terms
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import measures_alike, past_noun
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftorder import (
    moved_to,
    order,
    past_words,
    percent_after,
    untied_pairs,
)
from aktobe_facts.text.draftwords import IRREGULAR_PAST, PAST_VERB
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.pairedlists import list_against_list
from aktobe_facts.text.sentences import clause_start

_PLACE = r"(?:[^,;.\d%()]|(?<!\d)\d{4}(?!\d))"
"""A character of X's own words of place or time ("in the first four months of 2013")."""
_DEGREE = (
    r"(?:slightly|marginally|well|far|much|sharply|only|just|still|significantly|substantially|"
    r"somewhat|considerably|comfortably|safely)"
)
_STEADILY = r"(?:steadily|sharply|strongly|rapidly|fast|gradually)"
"""How a move went, after "having grown": "X, having grown steadily from Y"."""
_SIZE = (
    r"(?:small|slight|modest|marginal|steep|sharp|big|large|huge|strong|significant|substantial|"
    r"marked|further|dramatic|considerable|notable)"
)
"""How large a move was, between "a" and its noun: "X, a small decline from Y", "a steep fall"."""
_YEARS = r"(?:FY\s?)?\d{4}(?:[-/]\d{2,4})?['’]s"
"""A year's possessive opening Y's words: "X, a steep fall from FY2023's Y", "down from 2019's Y"."""
_DAY = rf"{MONTH_NAMES}\.?\s+\d{{1,2}}(?!\d|[,.]\d)"
"""A day of a month in X's words of time: "between October 1 and April 8"."""
_SAID = (
    r"(?:\s*,\s*(?:[A-Za-z][\w'’-]*\s+){1,5}?(?:said|says|estimated|estimates|reported|reports|"
    r"showed|shows|announced|announces)(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today))?)?"
)
"""Who gave X, between X's words and the comparison: ", exporters estimated on Tuesday"."""
_AFTER = re.compile(
    rf"^\s*+(?:(?:in|of|for|over|during|to|from|at|as\s+of|on|by|between)\s++"
    rf"(?:{_DAY}|{_PLACE}){{0,50}}?|"
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:last|this)\s+(?:year|month|quarter|week)|"
    rf"the\s+year\s+before)?{_SAID}(?:\s*,\s*|(?<=\s)(?=(?:up|down)\s+from\b))"
    rf"(?:{_DEGREE}\s+)?(?:"
    rf"(?:(?P<up>up|an?\s+(?:{_SIZE}\s+)?(?:increase|rise|gain|jump)|(?P<rising>rising|increasing|growing|"
    r"climbing|jumping|having\s+(?:grown|risen|climbed|increased|expanded)"
    rf"(?:\s+{_STEADILY})?))|"
    rf"(?P<down>down|an?\s+(?:{_SIZE}\s+)?(?:decrease|decline|drop|fall|reduction)|(?P<falling>falling|"
    r"dropping|declining|decreasing|sliding|slipping|shrinking|having\s+(?:fallen|dropped|"
    rf"declined|decreased|shrunk|slid)(?:\s+{_STEADILY})?)))\s+"
    r"(?:from|in\s+comparison\s+(?:to|with)|compared\s+(?:to|with))"
    r"|(?P<above>above|higher\s+than|larger\s+than|greater\s+than)"
    r"|(?P<below>below|lower\s+than|smaller\s+than|short\s+of)"
    r"|(?P<within>within))"
    rf"\s+(?:(?:the|its|their|a|an)\s+)?(?:{_YEARS}\s+)?(?:[^,;.\d%()]{{0,40}}|"
    rf"{_PLACE}{{0,40}}?\d{{4}}\s*\()$",
    re.IGNORECASE,
)
"""Between X and Y: ", up from", ", an increase from the", ", well below the", ", up in
comparison to the", ", down from 2015 (" (Y in brackets after its year); "up from" and "down
from" with no comma too ("stands at X up from this year's Y")."""
_BUT = re.compile(r",\s*(?:but|yet|while|and)\s+", re.IGNORECASE)
_OF = re.compile(r"\s*of\b", re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|yet|though|although|while|whereas)\b", re.IGNORECASE)
"""In the words naming Y after the comparison: a clause turns to another comparison ("X, above
the forecast but down from Y"), Y is that one's, and the first names no figure."""
"""X's own words opening on "of" ("tonnes of gold this year, below"): read before a plan's words
only ("above", "below", "short of", "within")."""
"""Between a comparison and the next one of the same figure: "X, up from Y, but down from Z"."""
_OPS = {
    "up": ">",
    "rising": ">",
    "above": ">",
    "down": "<",
    "falling": "<",
    "below": "<",
    "within": "<=",
}
_MOVE_ON = re.compile(r"\s*(?:(?:in|during|for)\s+[^,;.\d%()]{0,30}?\d{0,4}\s*)?,?\s*to\b", re.I)
"""After Y of "X, dropping from Y": "to Z", a move of its own from Y to Z, whose level X need not
be ("averaged X, falling from Y in January to Z in June")."""
_EPISODE = re.compile(
    r"[^,;.%()]{0,60}?\b(?:before|then|until|after\s+which|but|since|recover\w*|rebound\w*)\b"
    r"|[^,;.%()]{0,60}?,\s*but\b",
    re.I,
)
"""After Y of "X, dropping from Y": the move is an episode of its own that ended before X ("Sales
were X in 2031, dropping from Y in 2027 during the slump before recovering"; "having fallen from Y
in 2019 and risen since", "..., but it has recovered since"): X may be above Y."""
_QUOTED = re.compile(
    r"\s*(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:U\.?S\.?\s+)?(?P<money>[A-Za-z]+)\b"
)
"""After a bare number: "to the dollar", "against the euro", "per dollar": a currency's price in
another, whose fall ("the lira, falling from 32.1 to the dollar") is a rise of the number."""
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|against|versus|vs\.?|compared\s+(?:to|with))\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[^,;.\d%()]{0,30}\s+of\s+)?$",
    re.IGNORECASE,
)
"""Before X in its clause: X is a comparison's earlier figure ("from X", "compared with X")."""


_BY_END = re.compile(r"\bby\s*$", re.IGNORECASE)
"""Right before Y: "by" (the gap between X and the figure the words name without printing it)."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    return compared_after(article, drafted, measures_alike, past_compound), []


_HEAD = re.compile(
    r"\s+(?!(?:was|has|does|goes|its|hers|ours|yours|theirs)\b)[a-z][a-z-]*[a-hj-rtv-z]s\b"
)
"""A plural noun right after a count's first noun: "ships" of "18 cruise ships" (never "was",
"has", nor a word in "-ss", "-is" or "-us": "less", "this", "bonus")."""


def past_compound(text: str, placed: Placed) -> int:
    """Where a figure's words end (:func:`past_words`), past a compound's plural head too: "18
    cruise ships", "562 stay visitors", "4,100 tourist arrivals" (the count's noun is the word
    right after it, "cruise", and the head would read as X's own words)."""
    end = past_words(text, placed)
    noun = placed.figure.noun
    if noun is not None and end != placed.figure.phrase.outer_end and noun[-1:].lower() != "s":
        head = _HEAD.match(text, end)
        end = end if head is None else head.end()
    start = clause_start(text, placed.sentence[0], placed.figure.phrase.start)
    if not _OPENER.fullmatch(text, start, placed.figure.phrase.start) or _PERCENT.search(
        text, placed.sentence[0], placed.figure.phrase.start
    ):
        return end  # "an 8% rise in calls: 349 vessels came ..., up from 323": a growth's
    verb = _SUBJECT_VERB.match(text, end)
    return end if verb is None else verb.end()


_MOVED = (
    r"(?:rose|risen|fell|fallen|grew|grown|sank|shrank|swung|increased|decreased|dropped|declined|"
    r"jumped|climbed|slipped|slid|surged|plunged|tumbled|soared|gained|lost|doubled|tripled|"
    r"halved|expanded|contracted)"
)
_OPENER = re.compile(
    r"\s*(?:(?:a\s+total\s+of|some|about|around|nearly|almost|over|more\s+than)\s+)?",
    re.IGNORECASE,
)
"""Before a count that opens its clause: nothing, "a total of", "some", "about"."""
_PERCENT = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    rf"\s+(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?(?!{_MOVED}\b)"
    rf"(?:{PAST_VERB}|{IRREGULAR_PAST})\b(?:[^,;.\d%()]|(?<!\d)\d{{4}}(?!\d)){{0,60}}?(?=\s*,)"
)
"""After a figure that is its clause's subject, to the comma: its verb in the past (with "was",
"were", "has", "have" or "had" before it) and the words after it ("Eight cruise ships called at
the port in January, up from two"; "2,339,590 visitors arrived in the territory, a small decline
from"; "4,500 tonnes were exported in May, down from"): the comparison after the comma is the
figure's. Never a verb of a move ("X fell in May, up from Y": the words would disagree)."""


def compared_after(
    article: Article,
    drafted: Sequence[DraftRelation],
    same: Callable[[Placed, Placed], bool],
    words_end: Callable[[str, Placed], int],
    moved_only: bool = False,
) -> list[DraftRelation]:
    """The orders of the words after a figure and a comma between figures that are ``same``, each
    figure's own words ending at ``words_end``; with ``moved_only``, only "up from" and "down
    from" (and their nouns: "an increase from", "a drop from")."""
    text = article.text
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for figures, k in untied_pairs(article, drafted, same):
        x, y = figures[k], figures[k + 1]
        if y.figure.phrase.stated.qualifier not in (None, "about"):
            continue  # "up from more than Y": a bound
        if list_against_list(text, figures, k, k + 1, same):
            continue  # "A and B, up from C and D": B is C's pair's, never C's
        words = _AFTER.match(text[words_end(text, x) : y.figure.phrase.start])
        if words is None or percent_after(text, figures, k + 1):
            continue
        if _BY_END.search(words.group(0)):
            continue  # "X, below the target by Y": Y is the gap (bygap), never the target
        if _BY_END.search(text, max(0, x.figure.phrase.start - 8), x.figure.phrase.start):
            continue  # "short of its A budget by X, a steep fall from Y": X is a gap, no level
        head = text[
            clause_start(text, x.sentence[0], x.figure.phrase.start) : x.figure.phrase.start
        ]
        if opposite(head, words.group(0)):
            continue  # "a deficit of X, down from a surplus of Y": magnitudes of two signs
        if moved_only and not (words.group("up") or words.group("down")):
            continue
        cue = max(words.end(name) for name, said in words.groupdict().items() if said)
        if _TURN.search(words.group(0), cue):
            continue  # "above the forecast but down from Y": Y is the next comparison's
        moved = words.group("up") or words.group("down") or words.group("rising")
        if not (moved or words.group("falling")) and not same_terms(text, figures, k, k + 1, ""):
            continue  # "X in 2030, short of the Y of 2029 in the fourth quarter": the quarter's
        if _OF.match(words.group(0)) and not (words["above"] or words["below"] or words["within"]):
            continue  # "X of cargo, up from Y": a move, a growth's to tie (a plan's words only)
        participle = words.group("rising") or words.group("falling")
        if participle and _MOVE_ON.match(text, words_end(text, y)):
            continue  # "averaged X, falling from Y in January to Z": the move is Y's to Z
        if participle and _EPISODE.match(text, words_end(text, y)):
            continue  # "X in 2031, dropping from Y in 2027 before recovering"
        if quoted(text, x) or quoted(text, y):
            continue  # "at 34.5 to the dollar, falling from 32.1": the lira fell, the number rose
        op = next(_OPS[name] for name, said in words.groupdict().items() if said)
        if is_base(text, figures, k):
            # "to A from X a year earlier, above the Y target": the target is A's, not X's
            moved = words.group("up") or words.group("down")
            a = None if moved else _moved_to(text, figures, k)
            if a is None or any({a.figure.id, y.figure.id} <= p for p in pairs):
                continue
            x = a
        elif _moved(text, figures, k) not in (None, op):
            continue  # "fell to X, up from Y": the words disagree
        quote = text[x.figure.phrase.start : y.figure.phrase.outer_end]
        found.append(order(x, op, [y], quote))
        found += _compared_again(text, figures, k + 1, x, pairs, same, words_end)
    return found


def _compared_again(
    text: str,
    figures: list[Placed],
    k: int,
    x: Placed,
    pairs: list[set[str]],
    same: Callable[[Placed, Placed], bool],
    words_end: Callable[[str, Placed], int],
) -> list[DraftRelation]:
    """X's second comparison after its first's figure Y (at ``k``): "X, up in comparison to the Y
    in 2016, but slightly down from 2015 (Z)": X < Z as well."""
    if k + 1 >= len(figures):
        return []
    y, z = figures[k], figures[k + 1]
    gap = text[words_end(text, y) : z.figure.phrase.start]
    but = _BUT.search(gap)
    if but is None or not same(x, z) or any({x.figure.id, z.figure.id} <= p for p in pairs):
        return []
    words = _AFTER.match(gap[: but.start()] + ", " + gap[but.end() :])
    if words is None or percent_after(text, figures, k + 1):
        return []
    if z.figure.phrase.stated.qualifier not in (None, "about"):
        return []
    op = next(_OPS[name] for name, said in words.groupdict().items() if said)
    return [order(x, op, [z], text[x.figure.phrase.start : z.figure.phrase.outer_end])]


_TO_FROM = re.compile(r"[^,;.\d%()]{0,40}?\bfrom\s+(?:the\s+)?", re.IGNORECASE)
"""Between A and X in "to A at end-September from X"."""


def _moved_to(text: str, figures: list[Placed], k: int) -> Placed | None:
    """The figure A of "to A ... from X" where X is at ``k``: the figure the clause is about."""
    if k < 1 or not measures_alike(figures[k - 1], figures[k]):
        return None
    a = figures[k - 1]
    before = text[clause_start(text, a.sentence[0], a.figure.phrase.start) : a.figure.phrase.start]
    between = text[past_noun(text, a.figure) : figures[k].figure.phrase.start]
    if re.search(r"\bto\s*$", before) and _TO_FROM.fullmatch(between):
        return a
    return None


def quoted(text: str, placed: Placed) -> bool:
    """The figure is a bare number quoting a currency's price in another ("34.5 to the dollar",
    "520 against the euro"): its words of rise and fall may be the currency's, the other way."""
    if placed.figure.phrase.stated.unit is not None:
        return False
    words = _QUOTED.match(text, placed.figure.phrase.outer_end)
    unit = lookup_unit(words.group("money")) if words is not None else None
    return unit is not None and unit.is_currency


def is_base(text: str, figures: list[Placed], k: int) -> bool:
    """The figure is a comparison's earlier one: its clause names it after "from", "than"."""
    placed = figures[k]
    start = segment_start(figures, k)
    start = clause_start(text, start, placed.figure.phrase.start)
    return _BASE_BEFORE.search(text, start, placed.figure.phrase.start) is not None


def _moved(text: str, figures: list[Placed], k: int) -> str | None:
    """The order a verb right before the figure states: ">" for "rose to X", "<" for "fell to
    X", None for none."""
    placed = figures[k]
    start = segment_start(figures, k)
    verb = moved_to(text, start, placed.figure.phrase.start)
    return None if verb is None else ">" if verb.group("up") else "<"
