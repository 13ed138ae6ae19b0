"""Growth and change relations drafted from the words of news on economic figures.

A growth (a percent whose words say it rose or fell) or a change (an amount of change and its
percent joined by "or": "up 41 percent, or 212 million lari", "$12 billion, or 23.9 percent more")
is tied to the value it reached (``current``) and, where the words give it, the value it is
compared with (``base``):

- current before it, only periods and linking words between: "X in January-May 2019, which is
  P percent more", "X, marking a P percent increase", "X (an increase of P percent)", "X, up P%";
- current after it: "rose P percent to X", "increased by P percent in 2023 and amounted to X",
  "an increase of P percent, estimated at X"; "P percent, from A in 2023 to B in 2024";
- base after the growth or the current: "more than in 2021 (B)", "compared to B", "from B",
  "versus B", "on the first half of 2022, when they amounted to B";
- current in an earlier sentence, for a growth whose clause starts with "the figure", "the
  indicator", "it" (the one amount of the sentence before) or names the same thing as exactly one
  amount of the three sentences before ("Revenue is planned at X. ... revenue will grow by P"),
  when no period or part of the year the growth's words name is missing from that sentence.

Base, current and amount of change are in one unit. A growth whose sign the words leave open
(a fall word the value did not take in, "19% lower" read as "19%") gets no relation; nor does
anything less certain, which is noted for the editor instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from msgspec import Struct

from aktobe_facts.reading.changewords import FALL_NOUNS, RISE_NOUNS
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval, IntervalError
from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.reading.quantities import read
from aktobe_facts.text import (
    afterbase,
    bygap,
    changebracket,
    changenamed,
    countrepeated,
    draftgrowthclause,
    draftgrowthis,
    draftgrowthlisted,
    draftgrowthpairs,
    upfrom,
)
from aktobe_facts.text.draftbare import MONEY_WORDS
from aktobe_facts.text.draftcounts import count_level, one_measure
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_amount,
    is_measure,
    is_percent,
    names,
    past_noun,
    quote,
    same_measure,
    same_per,
    same_unit,
    singular,
    subject_words,
    words_after,
    words_between,
)
from aktobe_facts.text.draftgrowthnamed import Named, base_before
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.growthbasis import (
    TERMS,
    base_of_other_distance,
    growth_of_other_basis,
)
from aktobe_facts.text.growthplace import names_place, own_place
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodheadings import heading_between
from aktobe_facts.text.planwords import PLAN_NOUN
from aktobe_facts.text.roletime import MONTH, period_to_clause_end, read_time
from aktobe_facts.text.sentences import clause_end, clause_start

_MONTH = f"(?:{MONTH})"
_SPAN = r"(?:half|quarter|year|month|months|period|week|weeks|days|season)"
_ORDER = (
    r"(?:first|second|third|fourth|last|past|same|corresponding|full|whole|current|this|reporting|"
    r"previous|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
_WHEN = (
    rf"(?:§|{_MONTH}(?:\s*(?:[-–—]|\s(?:and|to|through)\s)\s*{_MONTH})?|(?:{_ORDER}\s+)*{_SPAN})"
)
_TIME_LEAD = (
    r"(?:(?:in|for|during|over|at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of|since|of|on|"
    r"between)\s+)?(?:the\s+)?"
)
_TIME_TO = rf"(?:\s+(?:to|through|until|till|ending(?:\s+in)?)\s+{_MONTH})?"
_TIME_WORDS = (
    r"|(?:a|one|the)\s+year\s+(?:earlier|ago|before)|(?:year|month|quarter)-(?:on|over)-(?:year|"
    r"month|quarter)|y/y|yoy|m/m|mom|q/q|qoq|[ymq]-o-[ymq]"
    r"|on\s+an?\s+(?:annual|yearly|monthly|quarterly)\s+basis|annually"
)
TIME = rf"(?:{_TIME_LEAD}{_WHEN}(?:\s+(?:(?:of|in)\s+(?:the\s+)?)?{_WHEN})*{_TIME_TO}{_TIME_WORDS})"
"""A period in words (after :func:`between`, which writes a named period as §): "in the half",
"in January-April", "at the end of §", "for the five months", "in the five months to May", "a
year earlier", "y-o-y" and "m-o-m" (Bernama's and the MPOB's "rose 1.88 per cent m-o-m to X")."""
ONE_TIME = rf"(?:{_TIME_LEAD}{_WHEN}{_TIME_TO}{_TIME_WORDS})"
"""A period in words naming one period: :data:`TIME` without the periods after its first ("§ of
§" is two), for a repeat of periods (:data:`TIMES`), which reads each as one of its own: with both,
the spaces between k periods ("§ § §") could be split 2**k ways, each tried where what follows
fails (sixteen periods in a row took 21 s). A repeat of ``ONE_TIME`` reads what a repeat of
``TIME`` reads: the periods after the first are periods of their own ("of §", "in the §")."""
_STATUS = r"\(\s*(?:provisional|preliminary|estimated|revised)(?:\s+figures?)?\s*\)"
"""A figure's status in brackets after it ("74.76 million tonnes (provisional) from 68.78 million
tonnes", India's coal ministry as NDTV Profit prints it): a note on the figure, no period or other
figure."""
TIMES = rf"(?:,?\s*(?:{ONE_TIME}|\(\s*{TIME}\s*\)|{TERMS}|{_STATUS})\s*+)*"
"""Any periods (:data:`ONE_TIME`, one at a time), bases of a value and statuses, one after
another. The spaces after each are its own (a possessive repeat): with the next one's spaces
optional too, the spaces between k periods could be split 2**k ways, each tried when what follows
fails (sixteen periods in a row took 21 s)."""
_RISE = r"(?:increase|rise|growth|gain|decrease|fall|decline|drop|reduction)"
_ON_YEAR = (
    r"(?:(?:year-on-year|year-over-year|y-o-y|on-year|month-on-month|quarter-on-quarter)\s+)?"
)
"""A change's period compared with, between its article and its noun: "a year-on-year growth of
D or P" (never "annual" or "monthly", which may name an average pace over years or months)."""
_LINK = (
    r"(?:(?:which|that|this)\s+(?:is|was|means|represents|marks)\s+|(?:marking|representing|showing|"
    r"reflecting|meaning|posting|recording|registering|logging)\s+|or\s+|i\.\s?e\.,?\s+|"
    r"that\s+is,\s+|an?\s+" + _ON_YEAR + r"|(?:up|down)\s+|(?:by\s+)|(?:increasing|rising|growing|"
    r"decreasing|falling|declining|dropping)\s+|(?:an?\s+)?"
    + _ON_YEAR
    + _RISE
    + r"\s+(?:of|by)\s+|"
    r"(?:exceeding|surpassing)\s+(?:the\s+)?(?:(?:figures?|levels?|values?|results?)\s+)?"
    rf"(?:(?:of|for)\s+)?{TIME}\s+by\s+)*"
)
_BEFORE = re.compile(
    rf"^\s*(?:(?:was|were|is|are|has\s+been|have\s+been)\s+\w+ed\b\s*)?{TIMES}[,;]?\s*"
    rf"(?:\(\s*\+|\(?)\s*{_LINK}$"
)
"""From a current value to its growth or amount of change: "X in §, which is", "X, marking a",
"X were exported over the seven months, " (the passive verb of X's own clause)."""
_COMPARED = (
    r"(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than|versus|vs\.?|against|"
    r"relative\s+to|(?:on|over|from)\s+(?:the\s+(?:same|previous|prior)|a\s+year|last|§))"
)
_NOT_NOUN = (
    r"(?:which|whom|whose|what|that|this|these|those|it|them|and|or|but|while|whereas|was|were|"
    r"is|are|be|been|has|have|had|will|would|\w+ed|\w+ing)"
)
_NOUN_WORDS = rf"(?!{_NOT_NOUN}\b)[a-z][\w'’-]*(?:\s+(?!{_NOT_NOUN}\b)[a-z][\w'’-]*){{0,3}}"
_APPOSED = lazy(
    rf"^\s*(?:(?:came|come|comes|coming)\s+(?=from\b))?"
    rf"(?:(?:of|to|from|for|into)\s+{_NOUN_WORDS}\s*){{1,3}}{TIMES},\s*"
    rf"(?:(?:having\s+)|(?:with\s+)?{_LINK})$"
)
"""From a current value to a growth set beside it after the words of what it is, with a comma:
"X of cement to Uzbekistan, a decrease of", "X of grain to China, up", "X came from foreign-funded
firms, up" (where X came from, never another subject; a growth of the whole clause's figure,
never of a noun after it: see :data:`_OWN_END`)."""
_SAW = re.compile(r"^\s*and\s+(?:saw|posted|recorded|registered|logged|showed)(?:\s+an?)?\s*$")
"""From a current value to a noun of change its subject's second verb takes: "generating X and saw
a P increase from March" (the subject's level and its growth; the noun of change signs it)."""
_JOINED = lazy(rf"^\s*(?:{TIMES},?\s*(?:having|with(?:\s+an?)?)|(?:and|and\s+(?:has|have)))\s*$")
"""From a current value to a growth whose value starts with its own verb or noun: "X, having
increased by P", "X, with a P percent year-on-year increase", "X and declined by P" (the verb of
the current value's subject; nothing between, so no other period or subject)."""
_OWN_END = lazy(
    rf"^\s*(?:(?:year-on-year|y/y|yoy|annual|yearly|month-on-month)\s+)?"
    rf"(?:{_RISE}|increases|rises)?{TIMES}\s*(?:{_COMPARED}(?:\b|(?<=§)).*)?(?:[,.;)]|$)"
)
"""After a growth set beside a figure ("with a", after the figure's own nouns): nothing but its
noun and periods to the end of its clause, so the growth is the figure's ("with a 10 percent rise
in gold sales" is another thing's)."""
_REACHED = (
    r"(?:(?:has|have|had)\s+)?(?:reach(?:ed|ing)?|amount(?:ed|ing|s)?\s+to|total(?:l?ed|l?ing|s)?"
    r"|to\s+reach|to\s+stand\s+at|up\s+to|to|stood\s+at|standing\s+at|at|estimated\s+at|"
    r"came\s+to|coming\s+to|(?:to\s+)?hit(?:ting)?|(?:for|to)\s+a\s+total\s+of)"
)
"""Words of the level a move reached: "to", "reaching", "amounting to", "for a total of", "to a
total of" (twenty-sixth session; never "with a total of", which may be a part's: "rose 12
percent, with a total of $5 million from tours")."""
_VERSUS = (
    rf"(?:{_COMPARED}(?:\s+(?:(?:those|that)\s+(?:of|for|in)\s+)?(?:{TIME}|(?:the\s+)?{_WHEN})"
    r"(?:\s+(?:before|earlier|ago))?)?|"
    rf"(?:from|over|on)\s+(?:(?:the|a|one)\s+)?{_WHEN}(?:\s+(?:before|earlier|ago))?)"
)
"""A comparison with a period and no figure: "from §" (from April), "against the month before",
"compared with the previous quarter", "from a year earlier"."""
_RECORD = (
    r"(?:an?|its|their)\s+(?:new\s+)?(?:all-time\s+|(?:\d+|[a-z]+)-(?:year|month|week)\s+|"
    r"multi-year\s+|historic(?:al)?\s+)?(?:record(?:\s+(?:high|low))?|high|low|peak)(?:\s+of)?"
)
"""Between "to" and the level a rise reached, the words that rank it: "to a record", "to an
all-time high of", "to a new two-year low of" (the level is still the growth's current value)."""
_TO = lazy(
    rf"^\s*(?:(?:more|less|higher|lower)\b\s*)?{TIMES},?\s*(?:{_VERSUS},?\s*)?(?:and\s+)?"
    rf"(?:as\s+(?:it|they)\s+)?{_REACHED}(?:\s+{_RECORD})?\s*$"
)
"""From a growth to the value it reached: "to", "in § and amounted to", ", estimated at", "from
§ to reach", "against the month before, reaching", "(P%) higher, reaching", "higher compared to
the first seven months of §, as they amounted to" (the pronoun of the growth's own subject; the
word of comparison after a percent signs it: :func:`_signs_clear`)."""
_CUE = (
    r"(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than|from|over|on|"
    r"versus|vs\.?|(?:as\s+)?against|relative\s+to)"
)
"""From a current value to its base; "as compared to", "as against" as the press of South Asia
writes them ("to Rs 3,863 crore as compared to Rs 2,144 crore")."""
_FLOW_NOUN = (
    r"(?:exports?|imports?|revenues?|spending|expenditures?|turnover|deficits?|surplus(?:es)?|"
    r"profits?|sales|income|prices?|costs?)"
)
"""Nouns of a flow or a price: the subject of a clause on "when" that may be another thing than
the growth's ("exports rose 9 percent on 2029, when imports had reached B")."""
_BROUGHT = (
    r"(?:sent|spent|earned|paid|received|brought\s+in|took\s+in|collected|amounted\s+to|"
    r"totall?ed|reached)"
)
"""Verbs of a flow's level in a clause on "when" whose subject is a bare noun: "compared to 2013,
when emigrants had sent B home", "when visitors spent B"."""
_ATTRIBUTED = (
    r"(?:,\s*according\s+to\s+[^,;\d%()]{3,60}?|,\s*(?:the\s+|its\s+|an?\s+)?[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,3}\s+(?:said|says|reported|reports|estimated|showed|shows))\s*"
)
"""An aside of who gives a figure, between the current value and its base: "to X in October,
according to the housing agency, from Y", "to X, the agency said, from Y" (the base as before)."""
_BASE = lazy(
    rf"^\s*(?:(?:more|less|higher|lower|up|down|{_RISE})\s+)?{TIMES}(?:{_ATTRIBUTED})?,?\s*{_CUE}\s+"
    r"(?:(?:the\s+)?(?:figures?|levels?|values?)\s+(?:of|for)\s+|"
    r"(?:the\s+)?§\s+(?:[a-z][\w'’-]*\s+){1,2}of\s+|"
    r"(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|month|quarter)['’]s\s+|the\s+)?"
    rf"(?:{TIME}\s*)?(?:\(|,?\s*when(?:\s+(?:it|they|the\s+\w+)\s+(?:(?:had\s+)?(?:been|stood\s+at|"
    r"amounted\s+to|totall?ed|reached|come\s+(?:in\s+)?(?:to|at))|was|were|amounted\s+to|"
    r"stood\s+at|totall?ed|reached|came\s+(?:in\s+)?(?:to|at))|"
    rf"\s+(?!{_FLOW_NOUN}\b)[a-z]+\s+(?:had\s+)?{_BROUGHT})?)?\s*$"
)
_BASE_NEXT = re.compile(
    r"^\s*(?:year-on-year|y/y|yoy|(?:a|one|the)\s+year\s+(?:earlier|ago|before)|"
    r"on\s+an?\s+annual\s+basis)\s*\(\s*$"
)
"""A figure in parentheses after the words of a comparison is the value compared with: "down by
70% YoY (UAH 38.5 billion". Right after the percent ("rose 5% ($150 million)") it may as well be
the amount of change: no base."""
"""From a growth or its current value to the base: "more than in § (", "compared to", "from",
", on the first half of §, when they amounted to", "on the same period of §, when", "(yoy) on the
§ deficit of" (a period and the figure's noun), "higher than last year's"."""
_FROM = lazy(rf"^\s*{TIMES},?\s*(?:{_VERSUS},\s*)?(?:in\s+(?:value|volume)\s+)?from\s*$")
"""From a growth to its base and current value: "from", "in §, from", "compared to §, from",
"compared to those for §, from" (a comparison with a period alone, then the two levels), "in value
from" (the measure, which :func:`measured_alike` holds to the levels' unit)."""
_FROM_TO = lazy(rf"^\s*{TIMES},?\s*to(?:\s+reach)?\s*$")
_DASH = lazy(rf"^\s*{TIMES},?\s*(?:{_VERSUS}\s*)?{TIMES}[–—:]\s*$")
"""From a growth to the two levels it is between, set after a dash or a colon: "declined by 5.5
percent from the corresponding period – A versus B", "rose 4 percent on the year: A against B"."""
_PAIR = lazy(rf"^\s*{TIMES},?\s*(?:versus|vs\.?|against|compared\s+(?:to|with))\s*$")
"""Between the two levels after the dash: the later, then the one it is set against."""
_OR = re.compile(
    rf"^\s*{TIMES},?\s*(?:{_CUE}\s+{TIME}\s*)?\(?\s*or\s*(?:an?\s+(?:additional|extra)\b)?\s*\+?\s*$"
)
"""Between an amount of change and its percent: ", or", "on the same months of § (or", "or an
additional" (the amount's own words of more: "an increase of 12% or an additional 38,631")."""
_FALL = re.compile(
    r"\b(?:decreas|fell|fall|declin|drop|down|lower|less|reduc|shr[ai]nk|contract|cut|slump|"
    r"plung|slid|slip|sank|sink|tumbl|lost|loss|narrow)\w*",
    re.IGNORECASE,
)
_CHANGED = re.compile(
    rf"\b(?:{_RISE}|increas\w*|ris\w*|rose|grow\w*|grew|fell|fall\w*|decreas\w*|declin\w*|"
    r"drop\w*|up|down)\s+(?:by|of)\s*$"
)
"""The words before an amount of change: "an increase by", "fell by"."""
_AFTER = re.compile(r"\s*(more|less|higher|lower)\b", re.IGNORECASE)
_ANAPHORA = lazy(
    r"^\s*(?:(?:the|this|that)\s+(?:figure|indicator|amount|total|sum|volume|value|level)\b"
    r"(?!\s+of\b)|it|this|that(?=\s+(?:is|was)\b))\b",
    re.IGNORECASE,
)
_BASE_TIME = re.compile(
    r"\b(?:on|from|than|compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?§"
)
"""In the words of time after a growth, where the base's period starts: "(yoy) on the §"."""
_PART_OF_YEAR = re.compile(
    rf"§|\b(?:first|second|third|fourth|half|quarter|{_MONTH}|months?)\b", re.IGNORECASE
)
LOOK_BACK = 5
"""Sentences before a growth read for its current value."""


class _Core(Struct, frozen=True):
    """A growth, or an amount of change and its percent, and where their words are."""

    percent: Figure
    amount: Figure | None
    first: Figure
    last: Figure
    bracketed: bool = False  # the second told in brackets: "fell by D (P) to X" (changebracket)


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    """The growth and change relations of an article, and notes on those left uncertain."""
    found: list[DraftRelation] = []
    notes: list[str] = []
    named = Named(text, sentences)
    for k, sentence in enumerate(sentences):
        used = draftgrowthpairs.paired(text, sentence)  # "by P and Q to X and Y": that module's
        used |= draftgrowthlisted.listed(text, sentence)  # "X and Y, up P and Q": that module's
        figures = list(sentence.figures)
        for i, figure in enumerate(figures):
            if figure.id in used or not is_percent(figure):
                continue
            if draftgrowthlisted.opens_list(text, sentence, i):
                continue  # "X and Y, up 11.7, 8.2 percent": each its own level's, none X's
            core = _core(text, sentence, i)
            if core is None:
                continue
            made = _relation(text, sentences, k, core, named)
            if made is not None and _may_be_index(core) and not _settled(sentences, core, made):
                notes.append(
                    f"{figure.id} ({figure.phrase.value!r}) may be a rise of "
                    f"{made.fields['current']} or an index (100 = the base period: a rise of "
                    "the percent less 100); not drafted, as the reading is a guess: add a "
                    f'[[relation]] kind = "{made.kind}" if the article means a rise'
                )
                continue
            if made is not None:
                found.append(made)
                used.update(v for v in made.fields.values() if isinstance(v, str))
                continue
            if figure.kind != "growth":
                continue
            amounts = [f.id for f in figures if is_measure(f) and f.id not in used]
            if amounts:
                notes.append(
                    f"{figure.id} ({figure.phrase.value!r}) may be the growth or change of "
                    f"{', '.join(amounts)}: the words do not make it certain; add a [[relation]] "
                    'kind = "growth" or "change" if the article means it'
                )
    return found, notes


def _may_be_index(core: _Core) -> bool:
    """A rise of more than 100 percent: "increased by 127.4 percent" (or "by 115% or 1,129
    billion") is how statistics offices of several economies write an index of 127.4 (a rise of
    27.4 percent), so a growth or change relation would test a guess (the index-or-growth check
    shows both readings)."""
    stated = core.percent.phrase.stated
    return not stated.negative and stated.value > 100


def guessed_index(
    sentences: Sequence[Sentence], percent: Figure, amount: Figure | None, made: DraftRelation
) -> bool:
    """The relation ``made`` of this percent (and amount of change) would test a guess: a rise of
    more than 100 percent its figures do not settle as a growth (:func:`_may_be_index`,
    :func:`_settled`), left to the editor here and by the readers that hand their figures to the
    same relations (:mod:`aktobe_facts.text.draftrespectchange`)."""
    core = _Core(percent, amount, amount or percent, percent)
    return _may_be_index(core) and not _settled(sentences, core, made)


def _settled(sentences: Sequence[Sentence], core: _Core, made: DraftRelation) -> bool:
    """A rise of more than 100 percent whose amount of change and level its sentence gives, with
    no base stated, is a growth where the base they leave (the level less the change) fits the
    growth reading alone: "rose by 1 192 units, a gain of 223.2%, to 1 726" leaves 534, and 1 726
    / 534 = 3.232 is 1 + 223.2/100, never 223.2/100 (Naamsa's vehicle sales of May 2021). The
    figures then say which reading is meant, and the relation tests no guess (the index-or-growth
    check is settled by it: :mod:`aktobe_facts.checks.index_or_growth`)."""
    current = made.fields.get("current")
    if made.kind == "growth" and isinstance(base := made.fields.get("base"), str):
        return _settled_by_levels(sentences, core, str(current), base)
    if core.amount is None or made.kind != "change" or "base" in made.fields:
        return False
    level = next(
        (f for s in sentences for f in s.figures if f.id == current and f is not core.amount), None
    )
    if level is None:
        return False
    try:
        change, reached = read(core.amount.phrase.stated), read(level.phrase.stated)
        percent = read(core.percent.phrase.stated)
        if change.interval is None or reached.interval is None or percent.interval is None:
            return False
        rise = change.interval if change.interval.is_positive() else -change.interval
        ratio = reached.interval / (reached.interval - rise)
    except (IntervalError, GrammarError):
        return False  # a base of zero or less: no reading settled
    share = percent.interval.scale(Fraction(1, 100))
    as_growth = ratio.intersect(Interval.point(1) + share) is not None
    return as_growth and ratio.intersect(share) is None


def _settled_by_levels(sentences: Sequence[Sentence], core: _Core, current: str, base: str) -> bool:
    """A rise of more than 100 percent between two stated levels is a growth where their ratio
    fits the growth reading alone: "went from 90,000 tonnes to 773,000 tonnes, an increase of
    759%" (773,000 / 90,000 = 8.59 is 1 + 759/100, never 759/100), as :func:`_settled` reads a
    level and its amount of change (twenty-fourth session)."""
    figures = {f.id: f for s in sentences for f in s.figures}
    if current not in figures or base not in figures:
        return False
    try:
        now, then = read(figures[current].phrase.stated), read(figures[base].phrase.stated)
        percent = read(core.percent.phrase.stated)
        if now.interval is None or then.interval is None or percent.interval is None:
            return False
        ratio = now.interval / then.interval
    except (IntervalError, GrammarError):
        return False  # a base of zero or less: no reading settled
    share = percent.interval.scale(Fraction(1, 100))
    as_growth = ratio.intersect(Interval.point(1) + share) is not None
    return as_growth and ratio.intersect(share) is None


def _core(text: str, sentence: Sentence, i: int) -> _Core | None:
    """The growth at ``i``, with its amount of change where "or" joins them."""
    figures = sentence.figures
    percent = figures[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(figures) or not is_measure(figures[j]):
            continue
        amount = figures[j]
        first, last = (amount, percent) if j < i else (percent, amount)
        gap = between(text, first.phrase.outer_end, last.phrase.start, sentence.periods)
        lead = between(
            text, clause_start(text, sentence.span[0], first.phrase.start), first.phrase.start
        )
        if changebracket.told_both_ways(text, sentence, amount, percent, lead):
            return _Core(percent, amount, first, last, bracketed=True)  # "by D (P) to X"
        if first is amount:  # "rose by 1 192 units, or 223.2%": the count's noun is the amount's
            gap = past_counted(gap, amount)
        joined = _OR.match(gap) or (first is amount and _apposed_change(gap, amount, percent))
        if not joined or _A_RATE.match(text, amount.phrase.outer_end):
            continue  # "up 9 percent, or 205 euros a trip": a rate, no amount of the change
        reached = _REACHING.match(text, percent.phrase.outer_end) is not None
        if first is amount and not reached and _level(lead, amount):
            continue  # "Exports reached X in 2023, or 12% more than in 2022": X and its growth
        changed = (
            amount.phrase.stated.direction is not None
            or percent.kind == "growth"
            or _CHANGED.search(lead + " ") is not None
            or noun_after(text, first, last) is not None  # "a P% or D drop"
        )
        if changed and percent.phrase.stated.negative == amount.phrase.stated.negative:
            return _Core(percent, amount, first, last)
        if changed and _fall_of_both(amount, percent, first):
            return _Core(percent, amount, first, last)  # "a decrease of A or P": both a fall
        if changed and _fall_of_both_after(amount, percent, first):
            return _Core(percent, amount, first, last)  # "a decrease of P, or A": both a fall
        if changed and _fall_of_percent(amount, percent, first):
            return _Core(percent, amount, first, last)  # "fell 3.1 percent, or A, to X": both
        return None  # "fell by 8 percent, or 63 million": the signs are the editor's to settle
    if percent.kind != "growth":
        return None
    return _Core(percent, None, percent, percent)


_NOUN_OF_CHANGE = re.compile(
    r"(?:an?\s+)(?:[a-z]+\s+)?(?:gain|increase|rise|jump|growth|surge|climb|leap|hike|advance|"
    r"expansion)\s+of\s",
    re.IGNORECASE,
)
"""A percent written as a noun of rise and "of" ("a gain of 223.2%", "an increase of 84.5%", "a
sharp rise of 12%")."""


def _apposed_change(gap: str, amount: Figure, percent: Figure) -> bool:
    """The percent set beside an amount of change after a comma, as the noun of that change: "rose
    by 1 192 units, a gain of 223.2%" (the same change in percent, as "or" joins them). The amount
    is a change by its own words ("rose by", "up"): "Colombia sent 1,609 visitors, an increase of
    33%" sets the growth beside a level, and "1 192 units, 23.2% of the target" names no change."""
    return (
        gap.strip() == ","
        and amount.phrase.stated.direction is not None
        and _NOUN_OF_CHANGE.match(percent.phrase.value) is not None
    )


_A_RATE = lazy(
    r"\s+(?:a|an|per|each)\s+(?!year\s+(?:earlier|ago|before)|month\s+(?:earlier|ago|before))"
    r"[a-z]+\b",
    re.IGNORECASE,
)
"""After an amount, "a trip", "per visitor", "each night": the amount is a rate of something else,
never a flow's amount of change."""


_LEVEL = lazy(
    r"\b(?:reach(?:ed|es|ing)?|st(?:oo|a)d\s+at|stands\s+at|total(?:l?ed|l?ing|s)?|"
    r"amount(?:ed|ing|s)?\s+to|c[oa]mes?\s+to|were|was|are|is|hit|[a-z]+ed\s+to|"
    r"(?:rose|grew|fell)\s+to)\s*$",
    re.IGNORECASE,
)
"""A verb of a level right before an amount: "reached", "stood at", "were", "rose to"."""
_REACHING = re.compile(
    r"(?:\s+(?:more|less|higher|lower)\b)?\s*+(?:,\s*+)?(?:reaching|to\s+reach|to|amounting\s+to|"
    r"totall?ing|at)\b",
    re.IGNORECASE,
)
"""After the percent, the level the change reached: "were D or P% higher, reaching X"."""
_WHICH_IS = re.compile(r"\b(?:which|that|this|it)\s+(?:is|was|are|were)\s*$", re.IGNORECASE)
"""Before an amount of change: "which is $12 billion, or 23.9 percent more than in 2022"."""


_NOUN_OF_FALL = re.compile(r"(?:a|an)\s+[a-z]+\s+of\s", re.IGNORECASE)


def _fall_of_both_after(amount: Figure, percent: Figure, first: Figure) -> bool:
    """ "a decrease of 9.7%, or $560 million": the percent's noun of a fall governs the amount
    joined to it by "or" (the percent first, the amount with no word of its own), as in
    :func:`_fall_of_both` the other way round. A verb of the fall ("fell by 8 percent, or 63
    million") leaves the signs to the editor as before."""
    stated = amount.phrase.stated
    plain = stated.direction is None and stated.qualifier is None and not stated.negative
    fall = percent.phrase.stated.negative and _NOUN_OF_FALL.match(percent.phrase.value)
    return first is percent and bool(fall) and plain


def _level(lead: str, amount: Figure) -> bool:
    """The words before the amount make it a level, not an amount of change: "Exports reached
    X, or 12% more than in 2022" (never "which is X, or P more", nor "rose by X, or P")."""
    return (
        amount.phrase.stated.direction is None
        and _LEVEL.search(lead) is not None
        and _WHICH_IS.search(lead) is None
        and _CHANGED.search(lead + " ") is None
    )


def _fall_of_both(amount: Figure, percent: Figure, first: Figure) -> bool:
    """ "a decrease of USD 1.4 billion or 16.7 percent": the amount's fall word governs the
    percent joined to it by "or" (the amount first, the percent with no word of its own)."""
    stated = percent.phrase.stated
    plain = stated.direction is None and stated.qualifier is None and not stated.negative
    return first is amount and amount.phrase.stated.negative and plain


def _fall_of_percent(amount: Figure, percent: Figure, first: Figure) -> bool:
    """ "slipped 3.1 percent, or $17.7 billion, to X": the percent's fall word governs the amount
    joined to it by "or" (the percent first, with its verb of falling; the amount plain, with no
    word or sign of its own), as :func:`_fall_of_both` reads the amount's word for the percent."""
    stated, own = percent.phrase.stated, amount.phrase.stated
    plain = own.direction is None and own.qualifier is None and not own.negative
    return first is percent and stated.negative and stated.direction is not None and plain


def _relation(
    text: str, sentences: Sequence[Sentence], k: int, core: _Core, named: Named
) -> DraftRelation | None:
    sentence = sentences[k]
    figures = list(sentence.figures)
    first, last = figures.index(core.first), figures.index(core.last)
    before = figures[first - 1] if first > 0 else None
    after = figures[last + 1] if last + 1 < len(figures) else None
    following = figures[last + 2] if last + 2 < len(figures) else None
    current = base = None
    pronoun = False  # "..., as it reached X": X must be the level of "it" alone
    start, end = core.first, core.last
    own = _FOR_FLOW.match(text, core.percent.phrase.outer_end)
    if (
        before is not None
        and _linked_before(text, sentence, before, core.first, core.amount)
        and (own is None or _names_flow(text, sentence, before, own.group(1)))
        and not compared_period(text, sentence, before)
        and not _against_plan(text, sentence, before)
    ):
        current = start = before
        base = _from_to_base(text, sentence, figures, first - 1)
        compared = _compared_with(text, sentence, figures, first - 1) if base is None else None
        if compared is not None and _in_another_thing(text, sentence, core.last):
            return None  # "X compared with Y, a P rise in the number of shoppers": another thing's
        if compared is not None:  # "X compared with Y, up P": Y is X's base, not the current
            current, base, start = compared, before, compared
        elif base is None and (head := listed_from(text, figures, first - 1)) is not None:
            # "X, as against Y in May and Z a year before, a fall of P over May": none, but
            # "X in 2030, against Y (+P) in 2029 and Z (-Q) in 2025": Q is X's over Z
            paired = _listed_pair(text, sentence, figures, head, core)
            if paired is None:
                return None
            current, base, start = paired, before, paired
        elif base is None and _against(text, sentence, before):
            # "X ships called in 2017, against Y in 2016, an increase of P": Y is X's base
            paired = _compared_before(text, sentence, figures, first - 1)
            if paired is None:
                return None  # Y is no current value, and the words leave X uncertain
            if _in_another_thing(text, sentence, core.last):
                return None  # "X in 2031, against Y in 2030, a P rise in the number of shoppers"
            current, base, start = paired, before, paired
    elif after is not None and _reached(text, sentence, core.last, after, core.bracketed):
        current = end = after
        pronoun = _AS_PRONOUN.search(_gap(text, sentence, core.last, after)) is not None
    elif (aside := _past_aside(text, sentence, core.last)) is not None and _TO.match(aside[1]):
        current = end = aside[0]
        pronoun = _AS_PRONOUN.search(aside[1]) is not None
    elif (
        after is not None
        and following is not None
        and _FROM.match(_gap(text, sentence, core.last, after))
        and _FROM_TO.match(_gap(text, sentence, after, following))
    ):
        base, current, end = after, following, following
    elif (
        after is not None
        and following is not None
        and _DASH.match(_gap(text, sentence, core.last, after))
        and _PAIR.match(_gap(text, sentence, after, following))
        and following.noun == after.noun  # "A versus B cars": B another thing's
        and base_ends(text, sentence, following)
    ):
        current, base, end = after, following, following
    if base is None:
        nxt = figures.index(end) + 1
        candidate = figures[nxt] if nxt < len(figures) else None
        gap = _gap(text, sentence, end, candidate) if candidate is not None else ""
        next_to = end is core.last and (
            _BASE_NEXT.match(gap) is not None
            or (candidate is not None and _dated_aside(text, sentence, gap, candidate, current))
        )
        alike = candidate is not None and (current is None or same_measure(current, candidate))
        apposed = (
            candidate is not None
            and end is not core.last
            and _apposed_base(past_counted(gap, end), core.percent)
            and _just_before(candidate, end)
        )
        up_from = (  # "to X in August, up from Y in August 2021": a year before, its base
            candidate is not None
            and current is not None
            and end is current
            and upfrom.year_before(text, sentence, core.percent, current, gap, candidate)
        )
        if (
            alike
            and candidate is not None
            and is_measure(candidate)
            and (_BASE.match(gap) or next_to or apposed or up_from)
            and base_ends(text, sentence, candidate)
        ):
            base = end = candidate  # a base in another currency is left out
    if pronoun and not _pronoun_level(text, sentence, current, base):
        return None  # "as it hit $300 million in bad loans": the level of another thing
    if pronoun and current is not None and _bare_of_money(text, sentence, core, current):
        return None  # "Remittances rose 12 percent as they reached 1,200": no amount of money
    opened = None  # "Against B in 2018, revenue had risen P": B, its current named by its flow
    if current is None and base is None and core.amount is None:
        opened = base = base_before(text, sentence, core.first)
    if current is None and opened is None:
        current = _earlier_current(text, sentences, k, core, base)
    if current is None and core.amount is None:  # the one figure its flow's noun names before
        current = named.current(k, core.percent, base)
    if current is None and core.amount is None and base is None:  # "The proposed budget is a P"
        current = draftgrowthis.current(text, sentences, k, core.percent)
    if current is None or not _signs_clear(text, sentence, core) or not a_level(current):
        return None  # "an increase of 61,326 tourists, a 29.7 percent increase": no level
    if bygap.gap(text, sentences, current):
        return None  # "above the year before by X (P more)": X is the gap, the level unprinted
    if changenamed.named(text, sentences, current):
        return None  # "put the increase at X, a P rise": X is the change, the level unprinted
    if not measured_alike(text, core.percent, current, sentence.span[0]):
        return None  # "worth $15.9 billion, 28.56 percent more in weight": not the value's
    if base is not None and base_of_other_distance(text, sentence, core.percent, base, current):
        base = None  # "rose 5 percent month on month to X, from Y a year earlier": Y is no base
        end = max(current, core.last, key=lambda f: f.phrase.start)
    if growth_of_other_basis(text, sentence, core.percent, [current, *([base] if base else [])]):
        return None  # "X, up from Y, a rise of 3.1 percent at constant prices": X, Y nominal
    tied = [f for f in (core.amount, base) if f is not None]
    if not is_measure(current) or any(
        not is_measure(f) or not same_measure(current, f) or not same_per(current, f) for f in tied
    ):
        return None  # a growth relates figures per one thing: never "per share" to "per share paid"
    if base is not None and yearly_over_years(text, core.percent, current, base):
        return None  # "grew 5 percent annually to X in 2030 from Y in 2025": a yearly rate
    said = quote(text, start, end)
    if core.amount is None:
        fields: dict[str, str | list[str]] = {"growth": core.percent.id, "current": current.id}
        if base is not None:
            fields["base"] = base.id
        return DraftRelation("", "growth", fields, said)
    fields = {"amount": core.amount.id, "current": current.id}
    if base is not None:
        fields["base"] = base.id
    fields["percent"] = core.percent.id
    if _falls(text, sentence, core):
        fields["direction"] = "fall"
    return DraftRelation("", "change", fields, said)


_YEARLY = re.compile(
    r"\s*(?:(?:on\s+)?average\s+)?(?:(?:a|per|each|every)\s+year\b|annually\b|per\s+annum\b|"
    r"yearly\b|a\s+year\s+on\s+average\b)",
    re.IGNORECASE,
)
"""Right after a growth: a rate per year ("5 percent annually", "5 percent a year")."""
_YEAR_DAYS = 400
"""Days between a base's start and its current's start beyond which the two are no adjacent
years (a year and a slack for calendars and fiscal years)."""


def yearly_over_years(text: str, percent: Figure, current: Figure, base: Figure) -> bool:
    """The growth is a rate per year ("grew 5 percent annually", "5 percent a year", "risen 5
    percent per annum") and its current and base figures are more than a year apart ("to X in
    2030 from Y in 2025"): the rate compounds over the years between, and no single growth ties
    the two."""
    own = _YEARLY.search(percent.phrase.value, len(percent.phrase.value.rstrip(" .,")) - 12)
    if own is None and _YEARLY.match(text, percent.phrase.outer_end) is None:
        return False
    now, then = period_span(current.period), period_span(base.period)
    return now is not None and then is not None and (now[0] - then[0]).days > _YEAR_DAYS


_MEASURED = re.compile(
    r"\s*(?:(?:more|less|higher|lower)\s+)?(?:in|by)\s+(?:terms\s+of\s+)?"
    r"(?P<what>weight|volume|tonnage|quantity|quantities|value)\b",
    re.IGNORECASE,
)
"""After a growth, what it measures: "28.56 percent more in weight", "a fall of 23 percent in
terms of value"."""


_MEASURED_BEFORE = re.compile(
    r"\b(?:in|by)\s+(?:terms\s+of\s+)?"
    r"(?P<what>weight|volume|tonnage|quantity|quantities|value)(?:\s+terms)?\s*,",
    re.IGNORECASE,
)
"""Before a growth in its sentence, the measure that opens its clause: "In volume, sales rose 20.9
percent", "while by value, they fell 3 percent"."""


def measured_alike(
    text: str, percent: Figure, current: Figure, sentence_start: int | None = None
) -> bool:
    """A growth that says it is of weight or volume is no growth of a sum of money, and one that
    says it is of value is no growth of a weight or count: said after it ("28.56 percent more in
    weight") or, given its sentence's start, by the last measure opening a clause before it ("In
    volume, meat sales abroad rose 20.9%": never the growth of the sales' "$226.1 million")."""
    m = _MEASURED.match(text, percent.phrase.outer_end)
    if m is None and sentence_start is not None:
        m = next(
            reversed(list(_MEASURED_BEFORE.finditer(text, sentence_start, percent.phrase.start))),
            None,
        )
    if m is None:
        return _counts_alike(text, percent, current)
    unit = current.phrase.stated.unit
    money = unit is not None and unit.kind == "currency"
    return money if m.group("what").lower() == "value" else not money


_COUNTED_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?P<noun>[a-z][a-z-]+)\b", re.IGNORECASE
)
"""After a growth, what it counts: "a 40 percent increase in staff", "a rise in the number of
offices"."""
_NOT_COUNTED = frozenset(("total", "all", "real", "nominal", "absolute", "terms", "year", "number"))
"""Words after "in" that name no thing counted ("in total", "in all", "in real terms")."""


def _counts_alike(text: str, percent: Figure, current: Figure) -> bool:
    """A count's growth told after it that names what it counts names the count's noun: "grew
    from 12 offices to 15 offices, a 40 percent increase in staff" is the staff's growth, never
    the offices' (review26: a false error); a period after "in" ("in March", "in 2024") names
    none. A growth told before its level ("a 12 percent growth in arrivals to X") is tied to it
    by its own words."""
    m = _COUNTED_AFTER.match(text, percent.phrase.outer_end)
    if current.kind != "count" or not current.noun or m is None:
        return True
    if percent.phrase.start < current.phrase.start:
        return True  # "registered a 12 percent growth in arrivals to X visitors": told of X
    said = m.group("noun").lower()
    if said in _NOT_COUNTED or period_to_clause_end(said):
        return True
    return singular(said) == singular(current.noun.lower())


_FOR_FLOW = re.compile(
    rf"\s+(?:{_RISE}\s+)?(?:for|in|of)\s+(?:the\s+)?(exports?|imports?|revenues?|spending|"
    r"expenditures?|sales|output|production|investments?|arrivals|visitors|tourists)\b",
    re.IGNORECASE,
)
"""After a growth, the flow it is of: "a decrease of 2.8 percent for exports and an increase of
19.6 percent for imports", "a 12 percent rise in imports", "12 percent growth of imports"."""


_SAME_PERIOD_BEFORE = re.compile(
    r"\b(?:in|for|during|over)\s+the\s+same\s+(?:period|months?|quarter|half|time)\s+(?:of\s+|in\s+)?"
    r"(?:last\s+(?:year|season)|the\s+previous\s+(?:year|season|harvest|campaign)|"
    r"(?:the\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def compared_period(text: str, sentence: Sentence, figure: Figure) -> bool:
    """The words of ``figure``'s clause before it make it the period compared with ("Exports in
    the same period of 2021 were X, an increase of P": P is this year's over X, never X's own)."""
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    return _SAME_PERIOD_BEFORE.search(text, start, figure.phrase.start) is not None


def names_other_flow(text: str, sentence: Sentence, growth: Figure, current: Figure) -> bool:
    """The growth names its own flow after it ("a fall of 3.1 percent for exports") and the
    current value's words do not name that flow: the growth is another flow's."""
    own = _FOR_FLOW.match(text, growth.phrase.outer_end)
    return own is not None and not _names_flow(text, sentence, current, own.group(1))


def _names_flow(text: str, sentence: Sentence, figure: Figure, flow: str) -> bool:
    """The words of ``figure``'s clause before it, back to the figure before, name ``flow``
    ("while imports came to X", "A and imports to X" name imports, not exports): the growth "for
    exports" after X is no growth of X otherwise."""
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    k = sentence.figures.index(figure)
    if k > 0:
        start = max(start, sentence.figures[k - 1].phrase.outer_end)
    stem = flow.lower().rstrip("s")
    return re.search(rf"\b{stem}", text[start : figure.phrase.start], re.IGNORECASE) is not None


def _gap(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    """The words between two figures, ending in a space (so "a" of ", a 5 percent" is a word);
    the noun a count counts is part of the first figure ("80,000 units in § from")."""
    return words_between(text, sentence, a, b) + " "


def reads_before(gap: str) -> bool:
    """The words between a level and a growth after it are a linking this module reads ("X in
    §, up", "X, which is"): the growth's relation, or none, is decided here by its guards."""
    return _BEFORE.match(gap + " ") is not None


def _linked_before(
    text: str, sentence: Sentence, before: Figure, first: Figure, amount: Figure | None = None
) -> bool:
    if not is_measure(before):
        return False
    gap = _gap(text, sentence, before, first)
    if amount is not None:
        gap = past_counted(gap, before)
        # "33,883 paid room nights in §, an 11% increase or 3,361 more paid room nights": the
        # level's noun said again after the amount of change is the level's own
        gap = countrepeated.past_repeated(text, sentence, before, first, amount) or gap
    if not gap.strip() and _SUBJECT_VERB.match(first.phrase.value):
        return False  # "Big Three carmakers slipped 2%": the level is the verb's subject
    if _BEFORE.match(gap):
        return True
    if _JOINED.match(gap):
        if "with" in gap.split():
            return _ends_own(text, sentence, first)
        stated = first.phrase.stated
        return stated.direction is not None and _VERB_FIRST.match(first.phrase.value) is not None
    if _APPOSED.match(gap) is not None and _ends_own(text, sentence, first):
        return True
    if _SAW.match(gap) is not None:
        return first.phrase.stated.direction is not None and _ends_own(text, sentence, first)
    return draftgrowthclause.claused(text, sentence, before, first)  # "X passed ..., a P rise"


_APPOSED_BASE = lazy(
    rf"^\s*{TIMES},\s*an?\s+(?:(?:notable|sharp|slight|steep|strong|modest|marginal|small|"
    r"significant|substantial|dramatic|robust|moderate|considerable|marked|big|large)\s+)?"
    r"(?:(?P<up>increase|rise|gain|jump|climb)|(?P<down>decrease|decline|fall|drop|reduction))"
    r"\s+(?:from|on|over|compared\s+(?:to|with)|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""After a growth's current value, a noun of change set beside it and the value it moved from:
"to 309.5m barrels, a notable increase from" (the move from B to the current value, said again)."""


def _apposed_base(gap: str, percent: Figure) -> bool:
    """The words after the current value are :data:`_APPOSED_BASE`, its noun of change the way the
    growth went ("rose 12.8% to X, a decrease from B" says two ways: no base)."""
    m = _APPOSED_BASE.match(gap)
    if m is None or percent.phrase.stated.direction is None:
        return False
    return (m.group("down") is not None) == percent.phrase.stated.negative


_NEXT_DAYS = 2
"""Days that may part a period's last day and the next period's first (a calendar's slack)."""


def _just_before(base: Figure, current: Figure) -> bool:
    """Where the words name both figures' periods, the base's is the one right before the
    current's, of its length: "rose 12.8% in 2022 to X, a notable increase from Y in 2021" says
    one move again, while "... from Y in 2019" may be another comparison than the growth's."""
    then, now = period_span(base.period), period_span(current.period)
    if then is None or now is None:
        return True
    same_length = abs((then[1] - then[0]).days - (now[1] - now[0]).days) <= _NEXT_DAYS + 1
    return same_length and 0 < (now[0] - then[1]).days <= _NEXT_DAYS


def past_counted(gap: str, level: Figure) -> str:
    """The words after a count's noun and a comma, where a change of the count (a percent and an
    amount joined by "or") follows: "2.9 million carats, an increase of 46% or 722,800 carats"
    reads as "2.9 million, an increase of" (:func:`words_between` takes the noun off only before
    a space: "80,000 units in §")."""
    bare = gap.lstrip()
    if level.noun and bare.lower().startswith(level.noun.lower() + ","):
        return bare[len(level.noun) :]
    return gap


_SUBJECT_VERB = re.compile(r"(?!(?:up|down|plus|minus|an?|by)\b)[a-z]+\b", re.IGNORECASE)
"""A growth's value that starts with a word of its own other than "up", "down" or "a": a verb
("slipped 2%", "fell by 3 percent"), whose subject a level right before it is, never its current
value (which of the two the level is, before or after the change, the words leave open)."""
_VERB_FIRST = lazy(
    r"(?:increas|decreas|grew|grow|rose|ris|fell|fall|declin|drop|gain|climb|jump|surg|soar|"
    r"plummet|plung|slump|shr[ai]nk|slid|expand|contract)\w*\b",
    re.IGNORECASE,
)
"""A growth's value that starts with its verb ("declined by 52%"): the verb of a clause."""


def _ends_own(text: str, sentence: Sentence, growth: Figure) -> bool:
    end = clause_end(text, growth.phrase.outer_end, sentence.span[1])
    tail = between(text, growth.phrase.outer_end, end, sentence.periods)
    return _OWN_END.match(tail + ",") is not None


_IN_THING = re.compile(
    rf"^\s*(?:(?:year-on-year|y/y|yoy|annual|yearly)\s+)?(?:{_RISE}|increases|rises)?\s*in\s+"
    r"(?P<rest>[^,;.]*)"
)
_NO_THING = re.compile(
    r"§|\b(?:terms|prices?|basis|year|month|quarter|half|period|same|first|second|third|fourth|"
    r"previous|last|past)\b"
)


def _in_another_thing(text: str, sentence: Sentence, growth: Figure) -> bool:
    """The growth's words go on to "in" and a thing, no period or basis: "a 6.1 percent rise in
    the number of shoppers", "in gold sales" (another thing's growth than the figures compared
    before it; "in dollar terms", "in the same period" keep it)."""
    end = clause_end(text, growth.phrase.outer_end, sentence.span[1])
    m = _IN_THING.match(between(text, growth.phrase.outer_end, end, sentence.periods))
    return m is not None and _NO_THING.search(m.group("rest")) is None


_AS_PRONOUN = re.compile(r"\bas\s+(?:it|they)\b")
_PRONOUN_END = lazy(rf"^{TIMES}\s*(?:[,.;]|$)")
"""After the level of "as it/they reached X" (and after its base, with "[.;]" or the end only):
the clause's end or only the words of a period ("in §"); never "in bad loans"."""


_PLANNED = (
    r"(?:expected|forecast\w*|planned|projected|budgeted|targeted|estimated|anticipated|"
    r"predicted|envisaged|(?:set|earmarked)\s+(?:in|for|by)|(?:in|of|under)\s+(?:the\s+)?"
    rf"(?:(?:§|\w+)\s+)?(?:budget|{PLAN_NOUN}|programme|program)s?|"
    rf"(?:budget|goal|ceiling|limit|{PLAN_NOUN})s?)\b"
)
"""After a figure compared with: a plan's or a forecast's words ("against Y planned", "Y in the
budget plan"), or its noun right after it ("as compared to the $5.0 billion target")."""
_WIDER = (
    r"(?:for|of|to|in|across)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+(?:whole|entire)\s+"
    r"(?:of\s+(?:the\s+)?)?)(?!(?:§|year|month|quarter|half|period|season|week|day)s?\b)[A-Za-z]|"
    r"(?:for\s+)?(?:the\s+\w+\s+)?as\s+a\s+whole\b"
)
"""After a figure compared with: a wider whole than the growth's subject ("from Y for all of
Asia", "from Y for the whole region", "Y for the group as a whole"; never a period, "for the
whole year", "for all of §")."""
_DONE_ELSEWHERE = (
    r"(?:[a-z]+ed|spent|sold|paid|made|brought|earned|won|lost|built|sent)\s+(?:online|offline|"
    r"abroad|overseas|domestically|locally|at|on|by|from|via|through|with|into)\b"
)
"""After a figure compared with: its own verb and what it was done on, where or by whom ("on
the $7.0 billion spent online", "Y earned from tourism", "Y paid by households"): another
thing's figure than the growth's subject."""
_NOT_BASE = lazy(
    rf"^{TIMES}\s*(?:{_PLANNED}|{_WIDER}|{_DONE_ELSEWHERE}|in\s+(?!§)(?!(?:the|a|an|that|this|its|their)\b)"
    rf"(?!{_MONTH}\b)(?!(?:19|20)\d\d\b)[a-z]+\b(?!\s*§))"
)
"""After a figure compared with: a forecast or a plan ("against Y planned", "Y in the budget
plan"), another thing's noun ("against Y in imports"), what it was done on or by
(:data:`_DONE_ELSEWHERE`) or a wider whole ("from Y for all of Asia"): no base."""


_OWNER_AFTER = lazy(
    rf"\s*,?\s*(?:for|at|in|by)\s+(?:the\s+)?(?!(?i:{_MONTH}|jan|feb|mar|apr|jun|jul|aug|sept?|"
    r"oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|fiscal|financial)\b)"
    r"[A-Z][a-z][\w'’.-]*"
)
"""Right after a figure compared with, a name ("against Y for Uzbekistan", "compared with Y at
Rival Corp"): another country's or company's figure, no base of the subject's (never a month, its
short name or a day, "from Y in January", "in Jan."; never a year, "in Fiscal 2029"; never "Q1"
or "H1")."""


def base_ends(text: str, sentence: Sentence, base: Figure) -> bool:
    """Nothing after the base makes it a plan's or another thing's or owner's figure."""
    if _OWNER_AFTER.match(text, base.phrase.outer_end, sentence.span[1]):
        return False
    return _NOT_BASE.match(words_after(text, sentence, base)) is None


def _pronoun_level(
    text: str, sentence: Sentence, current: Figure | None, base: Figure | None
) -> bool:
    """The level "as it reached X" gives is the growth's own: X counts no noun of its own ("as
    it reached 1,200 branches": another thing's count) and nothing but a period follows X, nor
    its base ("against Y in imports")."""
    if current is None or current.noun:
        return False
    for figure in (current, base):
        if figure is None:
            continue
        tail = between(text, figure.phrase.outer_end, sentence.span[1], sentence.periods)
        match = _PRONOUN_END.match(tail)
        if match is None or (figure is base and match.group(0).rstrip().endswith(",")):
            return False
    return True


_MONEY_SUBJECT = lazy(
    rf"\b(?:{MONEY_WORDS}|lending|loans?|credit|deposits?|remittances|assets|reserves|wages|"
    r"salaries|funds?|financing|capital|premiums|fees|proceeds)\b",
    re.IGNORECASE,
)
"""The words of a growth's subject that make it money: its level is an amount of a currency."""


def _bare_of_money(text: str, sentence: Sentence, core: _Core, current: Figure) -> bool:
    """The level "as it/they reached X" gives is a bare number (no currency, unit or noun) while
    the growth's clause names money ("Bank lending grew 12 percent as it reached 1,200"): a count
    is no amount of money, and what X counts the words leave open."""
    stated = current.phrase.stated
    if stated.unit is not None or current.noun:
        return False
    start = clause_start(text, sentence.span[0], core.first.phrase.start)
    return _MONEY_SUBJECT.search(text, start, core.first.phrase.start) is not None


_BOUND_VERB = re.compile(r"(?:exceeding|topping|surpassing)\s", re.IGNORECASE)
"""A level that starts with the verb of its bound, right after a growth and a comma: the value the
rise reached, at least the figure ("rose 13 percent, exceeding $35 billion")."""
_PER_AFTER = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s+per\b", re.IGNORECASE)
"""After a bare count, "per" within its next words: a rate the reader did not take in ("1,904
Yemeni riyal per US dollar")."""


def _rate_unread(text: str, figure: Figure) -> bool:
    """A count that is a rate the reader left unread ("a historic low of 1,904 Yemeni riyal per US
    dollar"): never the level a growth reached, as its way may be the other (a currency that falls
    costs more of it per dollar)."""
    stated = figure.phrase.stated
    unread = figure.kind == "count" and stated.unit is None and stated.per is None
    return unread and _PER_AFTER.match(text, figure.phrase.outer_end) is not None


_CURRENCY_VALUE = re.compile(
    r"\b(?:(?:local|national|domestic)\s+currency|exchange\s+rate|against\s+the\s+(?:US\s+)?"
    r"dollar|versus\s+the\s+(?:US\s+)?dollar)\b",
    re.IGNORECASE,
)
"""The words of a currency's value: its level may be written either way (riyals per dollar, that
rise as the currency falls, or dollars per riyal)."""


def _reached(
    text: str, sentence: Sentence, last: Figure, after: Figure, bracketed: bool = False
) -> bool:
    if _rate_unread(text, after):
        return False
    if _CURRENCY_VALUE.search(
        text, clause_start(text, sentence.span[0], last.phrase.start), last.phrase.start
    ):
        return False  # "the local currency fell by 2%, hitting a low of 1,904": which way is 1,904?
    gap = past_counted(_gap(text, sentence, last, after), last)  # "or 1 192 units, to X"
    if bracketed:  # "fell by D (P) to X": the bracket of the change told twice closes first
        gap = changebracket.closed(gap)
    if gap.strip() == "," and _BOUND_VERB.match(after.phrase.value):
        return is_measure(after)  # "has grown by almost 13 percent, exceeding $35 billion"
    if after.phrase.value.lower().startswith("up to "):
        gap += " up to"  # "increased by 13.4 percent, up to 23.2 billion": read as a bound
    if _A_TOTAL.search(gap) and _running_total(text, sentence, after):
        return False  # "rose by 5% in March, for a total of X in the first quarter": a longer span
    return is_measure(after) and _TO.match(gap.strip()) is not None


_A_TOTAL = re.compile(r"\ba\s+total\s+of\s*$", re.IGNORECASE)
_SO_FAR = re.compile(
    r"\b(?:so\s+far|to\s+date|year[\s-]to[\s-]date|cumulative(?:ly)?|since|in\s+all|altogether)\b",
    re.IGNORECASE,
)


def _running_total(text: str, sentence: Sentence, level: Figure) -> bool:
    """After "for a total of X" (or "to a total of"), X's own words name a period or a running
    total ("in the first quarter", "so far this year", "to date"): a total over another span than
    the move's, never the level it reached."""
    end = clause_end(text, level.phrase.outer_end, sentence.span[1])
    if any(level.phrase.outer_end <= p.start < end for p in sentence.periods):
        return True
    words = text[level.phrase.outer_end : end]
    return _SO_FAR.search(words) is not None or read_time(words).named


_IN_PERIOD = re.compile(r"^\s*(?:in|for|during|over)\s+(?:the\s+)?§\s*\)")


def _dated_aside(
    text: str, sentence: Sentence, gap: str, candidate: Figure, current: Figure | None
) -> bool:
    """A figure in parentheses right after a growth with its own period and nothing else: "a
    decline of 30.6 percent ($24.2 million in 10M2022)" is the value of the period compared with
    (an amount of change names no period of its own), unless it is the current value's period."""
    if gap.strip() != "(" or candidate.period is None:
        return False
    tail = between(text, candidate.phrase.outer_end, sentence.span[1], sentence.periods)
    other = current is None or current.period != candidate.period
    return _IN_PERIOD.match(tail) is not None and other


def _past_aside(text: str, sentence: Sentence, last: Figure) -> tuple[Figure, str] | None:
    """The figure after a remark in parentheses right after a growth, and the words to it without
    the remark: "decreased by 5.5% year on year (against 25.1% growth a year before), amounting
    to X" gives X and "year on year, amounting to" (only if X is an amount)."""
    stop = sentence.span[1]
    opened = text.find("(", last.phrase.outer_end, stop)
    closed = text.find(")", opened, stop) if opened >= 0 else -1
    if closed < 0 or "(" in text[opened + 1 : closed]:
        return None
    lead = between(text, last.phrase.outer_end, opened, sentence.periods)
    if not re.fullmatch(TIMES, lead):
        return None
    later = [f for f in sentence.figures if f.phrase.start > closed]
    if not later or not is_measure(later[0]):
        return None
    rest = between(text, closed + 1, later[0].phrase.start, sentence.periods)
    return later[0], f"{lead} {rest}".strip()


def _from_to_base(text: str, sentence: Sentence, figures: list[Figure], j: int) -> Figure | None:
    """The base of "from A in 2023 to B in 2024, up P percent" (B at ``j``)."""
    if j < 1:
        return None
    a, b = figures[j - 1], figures[j]
    lead = between(text, clause_start(text, sentence.span[0], a.phrase.start), a.phrase.start)
    if not lead.endswith("from") or not _FROM_TO.match(_gap(text, sentence, a, b)):
        return None
    return a


_CAME = (
    r"(?:came|arrived|visited|travell?ed|landed|jetted|flew|flocked|"
    r"were\s+(?:recorded|registered|counted|sold))\b\s*"
    r"(?:(?:here|there)\b\s*|(?:to|into)\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}\b\s*)?"
)
"""A verb of coming after a count, before its period and the figure compared ("11,963 visitors
came, against 10,954 in March last year", "98,919 Kiwis came last year against 92,782", "7,731
visitors jetted into the islands compared to 6,109")."""
_EXPECTED = r"(?:(?:are\s+|is\s+)?(?:expected|forecast|projected|estimated)\b\s*)"
"""A participle of forecasting after a figure ("667,061 passengers expected versus 360,076"): the
figure is a forecast, and still the one compared with the next."""
_COMPARED_WITH = lazy(
    rf"^\s*(?:{_CAME}|{_EXPECTED})?{TIMES},?\s*(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|"
    r"(?:(?:up|down|rising|falling|increasing|decreasing|climbing|dropping)\s+)?from)\s*$"
)
"""Between a figure and the one it is compared with: "compared with", "against", "up from",
"from" ("jumped to A in 2020, up from B in 2019, an increase of P": P is A's over B)."""


def _compared_with(text: str, sentence: Sentence, figures: list[Figure], j: int) -> Figure | None:
    """The figure that the one at ``j`` is compared with: A of "A in 2023 compared with B in
    2022" or "A, up from B" (B at ``j``), so that a growth after B ("..., up P percent") is A's
    over B."""
    if j < 1:
        return None
    a, b = figures[j - 1], figures[j]
    return a if _COMPARED_WITH.match(_gap(text, sentence, a, b)) else None


_FLOW_AGAIN = r"(?:\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+of)?"
"""After a comparison's word, the flow named again before its earlier figure ("against the
imports of Y", "compared to the exports of Y")."""
_AGAINST = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|"
    rf"{afterbase.AFTER}){_FLOW_AGAIN}\s*$",
    re.IGNORECASE,
)
"""Right before a level: the words that make it the figure another is compared with ("after"
and the words of its standing: an earlier level, :mod:`aktobe_facts.text.afterbase`)."""
_AGAINST_GAP = re.compile(
    r"^[^;:()\d]*?,?\s*(?:as\s+)?(?:against|versus|vs\.?|compared\s+(?:to|with)|"
    rf"in\s+comparison\s+(?:to|with)|{afterbase.AFTER}){_FLOW_AGAIN}\s*$"
)
"""Between a level and the one it is compared with: its own words, then the comparison's
("cruise ships called in §, against", "stood at X against the exports of", "reached X in §,
after"), no figure, bracket or clause of another kind between."""
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|and)\b")


def _against(text: str, sentence: Sentence, figure: Figure) -> bool:
    """The words of the figure's clause right before it compare it with another: "against Y"."""
    k = sentence.figures.index(figure)
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    if k > 0:
        start = max(start, sentence.figures[k - 1].phrase.outer_end)
    return _AGAINST.search(text, start, figure.phrase.start) is not None


_AGAINST_PLAN = re.compile(
    rf"\b(?:against|versus|vs\.?|compared\s+(?:to|with))\s+(?:(?:the|a|an|its|their)\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{PLAN_NOUN}|goal)s?\s+(?:of\s+)?$",
    re.IGNORECASE,
)
"""Right before a level: a plan it is set against ("garnered A against a target of")."""


def _against_plan(text: str, sentence: Sentence, figure: Figure) -> bool:
    """The figure is the plan another is set against ("trade taxes garnered Sh51.7 billion
    against a target of Sh50.7 billion, representing a 22 percent jump"): the growth after it is
    the actual figure's, never the plan's, and the plan is no base of a move over a year."""
    k = sentence.figures.index(figure)
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    if k > 0:
        start = max(start, sentence.figures[k - 1].phrase.outer_end)
    return _AGAINST_PLAN.search(text, start, figure.phrase.start) is not None


def _compared_before(text: str, sentence: Sentence, figures: list[Figure], j: int) -> Figure | None:
    """The level compared with the one at ``j`` ("X ships called in the first ten months of 2017,
    against Y in 2016"): the figure right before it, of the same measure, the words between
    naming only it, its verb and its period; Y's own words after it a period of its own and
    nothing else, earlier than X's where both name one."""
    if j < 1:
        return None
    current, base = figures[j - 1], figures[j]
    gap = _gap(text, sentence, current, base)
    if not _AGAINST_GAP.match(gap) or _OTHER_CLAUSE.search(gap):
        return None
    if not is_measure(current) or not same_measure(current, base) or base.period is None:
        return None
    if base.phrase.stated.direction is not None:
        return None  # "X in 2030, after rising by Y in 2029": a change, no earlier level
    if not base_ends(text, sentence, base) or not period_to_clause_end(
        text[base.phrase.outer_end : sentence.span[1]]
    ):
        return None
    now, then = period_span(current.period), period_span(base.period)
    if current.period is not None and (now is None or then is None or then[1] >= now[0]):
        return None  # "X in 2016, against Y in 2017": the order is not the words' to give
    return current


_COMPARED_LAST = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:to|with)|than|from)\s*$", re.IGNORECASE
)
"""Right before a level: the words that make it a level compared with, a base."""
_LISTED_AND = lazy(
    rf"^\s*(?:(?:in|during|for|of|over|the|same|corresponding|period|month|quarter|year|last|"
    rf"previous|a|ago|earlier|before|{_MONTH}|\d{{4}}),?\s+)*and\s+$",
    re.IGNORECASE,
)
"""Between two listed levels compared with: "in February 2031 and", "during September, 2009 and"."""


def listed_base(text: str, figures: list[Figure], j: int) -> bool:
    """The figure at ``j`` is the last of two or more levels compared with ("X, as against Y in May
    and Z a year before"): a base, never the current value of the growth after it, whose base the
    words then pair only by period names ("a fall of P over May")."""
    return listed_from(text, figures, j) is not None


def listed_from(text: str, figures: list[Figure], j: int) -> int | None:
    """Where the figure at ``j`` is the last of two or more levels compared with (as
    :func:`listed_base` reads them), the place of the first of them, right after the comparison's
    word; None otherwise. An earlier level's noun and a growth of its own in brackets may come
    between ("against 21,941 passengers (+8.7%) in May 2029 and 25,916 passengers")."""
    first = None
    while j > 0:
        k = j - 1
        if k > 0 and _own_growth(text, figures[k - 1], figures[k]):
            k -= 1  # "Y passengers (+8.7%) in May 2029 and Z": Y's growth, then Y's period
            gap = _CLOSE.sub("", text[figures[k + 1].phrase.outer_end : figures[j].phrase.start])
        else:
            gap = past_noun(text[figures[k].phrase.outer_end : figures[j].phrase.start], figures[k])
        if _COMPARED_LAST.search(gap):
            return first
        if not _LISTED_AND.match(gap) or not same_measure(figures[k], figures[j]):
            return None
        first, j = k, k
    return None


def _listed_pair(
    text: str, sentence: Sentence, figures: list[Figure], head: int, core: _Core
) -> Figure | None:
    """The level compared with a list of earlier ones whose first is at ``head`` ("X in May 2030,
    against Y (+P) in May 2029 and Z (-Q) in May 2025"), where the growth is the last one's own,
    in brackets right after it (Q): X, its words and the comparison's before Y as
    :func:`_compared_before` reads them, of Z's measure, Z's period earlier than X's."""
    last = figures[figures.index(core.percent) - 1]
    if head < 1 or core.amount is not None or not _own_growth(text, last, core.percent):
        return None
    current = figures[head - 1]
    gap = _gap(text, sentence, current, figures[head])
    if not _AGAINST_GAP.match(gap) or _OTHER_CLAUSE.search(gap):
        return None
    if not is_measure(current) or not same_measure(current, last):
        return None
    now, then = period_span(current.period), period_span(last.period)
    if now is None or then is None or then[1] >= now[0] or not base_ends(text, sentence, last):
        return None
    return current


_OPEN = re.compile(r"\s*\(\s*[+-]?\s*$")
"""Between a level (past its noun) and a percent: the bracket the percent opens."""
_CLOSE = re.compile(r"^\s*\)")
"""Right after a percent in brackets: the bracket it closes."""


def _own_growth(text: str, level: Figure, percent: Figure) -> bool:
    """The percent is the level's own growth, told in brackets right after it (and its noun):
    "21,941 passengers (+8.7%)"."""
    before = past_noun(text[level.phrase.outer_end : percent.phrase.start], level)
    after = text[percent.phrase.outer_end : percent.phrase.outer_end + 3]
    bracketed = _OPEN.fullmatch(before) is not None and _CLOSE.match(after) is not None
    return is_percent(percent) and bracketed


def signs_clear(text: str, sentence: Sentence, percent: Figure) -> bool:
    """The sign of a growth alone (no amount of change) is its words', no fall word it did not
    take in (:func:`_signs_clear`)."""
    return _signs_clear(text, sentence, _Core(percent, None, percent, percent))


def _signs_clear(text: str, sentence: Sentence, core: _Core) -> bool:
    """No fall word the percent's value did not take in ("pulled down by a 45 percent decline",
    "19% lower" read as "19%"): the sign would be a guess."""
    stated = core.percent.phrase.stated
    if stated.negative:
        return True
    start = clause_start(text, sentence.span[0], core.first.phrase.start)
    after = _AFTER.match(text, core.percent.phrase.outer_end)
    lower = after is not None and after.group(1).lower() in ("less", "lower")
    if core.amount is not None:
        return True  # the direction field says a fall (:func:`_falls`)
    words = text[start : core.percent.phrase.start]
    behind = text[core.percent.phrase.end : core.percent.phrase.outer_end + 12]
    return not lower and not _FALL.search(words) and not _FALL.match(behind.strip())


def _longest_first(nouns: tuple[str, ...]) -> str:
    return "|".join(sorted(nouns, key=len, reverse=True))


_A_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:[a-z]+(?:-[a-z]+)*\s+)?$", re.IGNORECASE)
"""Before the first of an amount and its percent: the article of the noun of the change after
both ("a 9.3 billion yen or 18.5% drop", "a sharp 9.3 billion or 18.5% drop")."""
_NOUN_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<down>{_longest_first(FALL_NOUNS)})|(?P<up>{_longest_first(RISE_NOUNS)}))\b",
    re.IGNORECASE,
)
"""After the last of an amount and its percent, the noun of the change both tell: ", decrease"
in "a 9.3 billion, or 18.5%, decrease"."""


def noun_after(text: str, first: Figure, last: Figure) -> str | None:
    """ "down" or "up" when an article before an amount and its percent (``first`` and ``last``,
    either order) and a noun of change after both make them one change ("a D or P% drop", "a P%
    or D increase"): the noun gives the way, as "a drop of D" does; None when no such noun
    follows."""
    if _A_BEFORE.search(text, 0, first.phrase.start) is None:
        return None
    m = _NOUN_AFTER.match(text, last.phrase.outer_end)
    if m is None:
        return None
    return "down" if m.group("down") is not None else "up"


def _falls(text: str, sentence: Sentence, core: _Core) -> bool:
    way = None if core.amount is None else noun_after(text, core.first, core.last)
    if way is not None:
        return way == "down"  # the noun after both says the way, over any word before
    start = max(sentence.span[0], core.first.phrase.start - 40)
    after = _AFTER.match(text, core.percent.phrase.outer_end)
    words = text[start : core.last.phrase.start]
    if core.bracketed and core.amount is core.last and changebracket.falls_after(text, core.last):
        return True  # "9.21% (-8,800) less than": the word after the bracket signs both
    return _FALL.search(words) is not None or (
        after is not None and after.group(1).lower() in ("less", "lower")
    )


def _earlier_current(
    text: str, sentences: Sequence[Sentence], k: int, core: _Core, base: Figure | None
) -> Figure | None:
    """The current value of a growth whose clause names it only by a word ("The indicator has
    increased by 3.3 percent", "revenue will grow by 9.2%"): in the sentences before."""
    sentence = sentences[k]
    start = clause_start(text, sentence.span[0], core.first.phrase.start)
    head = text[start : core.first.phrase.start]
    if any(start <= f.phrase.start < core.first.phrase.start for f in sentence.figures):
        return None  # a figure before it in its clause: it is not named by a word alone
    times = _parts_of_year(text, sentence, start, core.last)
    unit = core.amount or base
    place = own_place(text, core.last.phrase.outer_end)
    anaphor = _ANAPHORA.match(head)
    if anaphor is not None and not subject_words(content(head[anaphor.end() :])):
        back = k - 1
        while back > 0 and _compares_back(text, sentences[back]):
            back -= 1  # "That is more than the plan's X. It is also an increase of": not X
        if back < 0 or heading_between(text, sentences, back, k):
            return None  # none, or a heading of another period between ("Annual Summary")
        amounts = [f for f in sentences[back].figures if is_amount(f) or count_level(f)]
        amounts = [f for f in amounts if unit is None or one_measure(f, unit)]
        if (
            len(amounts) == 1
            and a_level(amounts[0])
            and times <= _parts_of_year(text, sentences[back])
            and not _year_on_part(text, sentence, core, sentences[back])
            and _of_one_time(text, head, sentences[back], amounts[0])
            and (place is None or names_place(text, *sentences[back].span, place))
        ):
            return amounts[0]
        return None
    subject = subject_words(content(head))
    if not subject:
        return None
    for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        earlier = sentences[back]
        named = [f for f in earlier.figures if is_amount(f) and subject == names(text, earlier, f)]
        if not named:
            continue
        if len(named) != 1 or (unit is not None and not same_unit(named[0], unit)):
            return None
        if heading_between(text, sentences, back, k):
            return None  # "December exports were X ... Annual Summary for 2016 ... Exports fell"
        if not a_level(named[0]):  # "Exports down €2.1bn this year": a change, no level
            return None
        if _to_date_between(text, sentences[back + 1 : k], earlier):
            return None  # "August exports were X. ... Year-to-date, ... Exports decreased D or P"
        if _part_base(sentence) and not _parts_of_year(text, earlier):
            return None  # "on an annual basis, imports were X ... fell 9.73% on the fourth quarter"
        if (
            times <= _parts_of_year(text, earlier)
            and not _year_on_part(text, sentence, core, earlier)
            and _periods_agree(core, named[0])
            and _of_one_time(text, head, earlier, named[0])
            and (place is None or names_place(text, *earlier.span, place))
        ):
            return named[0]
        return None
    return None


_TO_DATE = re.compile(
    r"\b(?:year[-\s]to[-\s]date|ytd|(?:so|thus)\s+far|to\s+date|cumulative(?:ly)?|"
    r"since\s+the\s+(?:start|beginning)\s+of)\b",
    re.IGNORECASE,
)


_PART_PERIOD = re.compile(r"\d{4}-(?:Q[1-4]|H[12]|\d\d)")
"""A period of the claims' format that is a part of a year: a quarter, a half, a month."""


def _part_base(sentence: Sentence) -> bool:
    """The growth's sentence compares with a quarter, a half or a month ("fell by 9.73 per cent
    when compared to the fourth quarter of 2021"): its level is of such a part too, never a
    figure whose sentence names no part of a year ("on an annual basis, imports were X")."""
    return any(p.base and _PART_PERIOD.match(p.text) for p in sentence.periods)


def _to_date_between(text: str, between: Sequence[Sentence], earlier: Sentence) -> bool:
    """A sentence between the growth and the earlier level opens a span to date ("Year-to-date,
    the deficit increased ...") the level's sentence does not name: the growth named by its flow
    alone goes on in that span, no change of the level of a month before it."""
    if _TO_DATE.search(text, *earlier.span) is not None:
        return False
    return any(_TO_DATE.search(text, *s.span) is not None for s in between)


_TO_COME = lazy(
    r"\b(?:will|would|shall)\b|\b(?:projected|expected|forecast|predicted|set|seen|estimated|"
    r"planned|budgeted|targeted|due|poised|likely)\s+(?:to|at)\b|\bforecasts?\b|"
    r"\bprojections?\b|\bplan(?:s|ned)?\b|\btargets?\b",
    re.IGNORECASE,
)
"""Words of a figure or a growth to come: a forecast, a projection, a plan or a target."""


def _of_one_time(text: str, head: str, earlier: Sentence, current: Figure) -> bool:
    """A growth to come ("Exports were projected to expand by 8-9 per cent") is of a figure to
    come ("Revenue is planned at X"), never of a level already reached ("Exports in the first
    quarter reached X")."""
    if _TO_COME.search(head) is None:
        return True
    return _TO_COME.search(text, earlier.span[0], current.phrase.start) is not None


def a_level(figure: Figure) -> bool:
    """The figure states a level a change may have reached: no word of change ("down €2.1bn",
    "up 300 tonnes"), sign or range of its own."""
    stated = figure.phrase.stated
    return stated.direction is None and not stated.negative and not stated.is_range


_COMPARES_BACK = re.compile(
    r"\W*(?:that|this|it)\s+(?:is|was|were|are)\s+(?:also\s+)?(?:(?:far|much|well|slightly)\s+)?"
    r"(?:more|less|higher|lower|larger|smaller|greater|above|below|under|over|up|down)\b",
    re.IGNORECASE,
)


def _compares_back(text: str, sentence: Sentence) -> bool:
    """The sentence compares the figure of a sentence before with its own figures ("That is
    more than the deficit of X the budget had planned"): a pronoun after it names that figure,
    not X."""
    if not sentence.figures:
        return False
    return (
        _COMPARES_BACK.match(text, sentence.span[0], sentence.figures[0].phrase.start) is not None
    )


def _parts_of_year(
    text: str, sentence: Sentence, start: int | None = None, last: Figure | None = None
) -> set[str]:
    """The periods and parts of a year a sentence names, or a clause from ``start`` to the words
    of time right after ``last`` ("grew 8 percent in the first quarter"); base periods aside."""
    begin = sentence.span[0] if start is None else start
    stop = sentence.span[1] if last is None else last.phrase.outer_end
    words = between(text, begin, stop, sentence.periods)
    if last is not None:
        end = clause_end(text, last.phrase.outer_end, sentence.span[1])
        tail = re.match(TIMES, between(text, stop, end, sentence.periods))
        own = _BASE_TIME.split(tail.group(0))[0] if tail else ""  # "on the §": a base's
        words += " " + own
        stop = end if "§" in own else stop
    found = {m.group(0) for m in _PART_OF_YEAR.finditer(words) if m.group(0) != "§"}
    found |= {p.text for p in sentence.periods if begin <= p.start < stop and not p.base}
    return found


_WHOLE_YEAR = lazy(
    r"\b(?:(?:for|over|in|during|across)\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?year\b"
    r"(?!\s+(?:to|ended|ending|earlier|before|ago)\b)|full[-\s]year\b)",
    re.IGNORECASE,
)
"""Words that make a change the whole year's: "for the year", "over the full year", "full-year"
(never "the year to October", a span of twelve months, nor "a year earlier", a base)."""


def _year_on_part(text: str, sentence: Sentence, core: _Core, earlier: Sentence) -> bool:
    """The change is the whole year's ("For the year, exports decreased D or P") and the
    earlier sentence names a part of a year (a month, a quarter, a half): its level is no base
    of a yearly change."""
    end = clause_end(text, core.last.phrase.outer_end, sentence.span[1])
    whole = _WHOLE_YEAR.search(text, sentence.span[0], end)
    return whole is not None and bool(_parts_of_year(text, earlier))


def _periods_agree(core: _Core, current: Figure) -> bool:
    ours, theirs = core.percent.period, current.period
    return ours is None or theirs is None or ours == theirs
