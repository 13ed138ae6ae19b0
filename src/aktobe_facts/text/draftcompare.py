"""A comparison in one sentence read by its structure: a growth, the value it reached and the value
it is compared with, whatever words of change, period and linking the sentence uses.

News writes a comparison as a few parts in an order the grammar allows:

- the change: a percent the grammar reads as a rise or fall, with its verb or noun in any form,
  with or without an article ("grew by 7.1%", "a 10.8 per cent growth", "an 18 percent
  year-on-year decline", "1% lower"), and after it the words of what changed ("in net earnings");
- the current value: after the change ("to X", "reaching X", "at X", "totaling X", "with a total
  of X"), or before it, joined by words of linking ("X, an amount that is P lower", "X and is P
  higher", "X, marking a P decline") past its own date and an aside of who said so ("had reached
  X by Nov. 21, exporters estimated on Monday, down P");
- the base: after the change or the current value, behind a word of comparison ("from", "up
  from", "down from a revised", "against", "compared with", "than the", "over the",
  "vis-à-vis"), with its period and nothing else after it;
- periods anywhere between, any the period words read ("in the same period last year", "over
  the same period last season", "during the months of January to May").

This drafter reads only the growths the listed wordings of :mod:`~aktobe_facts.text.draftgrowth`
left without a relation, never a linking that module reads (its guards decided there) nor a percent
joined to an amount of change by "or" (a change, whose signs that module leaves to the editor), and
keeps every guard: no figure to come (a forecast, a plan), no rate or
share (only a percent the grammar reads as a growth of a level), a growth that names another flow
than its current value's is none of it, "with X" only with a base beside it (so "rose 5 percent,
with 300 new customers" ties nothing), a base no plan's or other thing's figure ("against Y in
imports"), earlier than the current value where both name a period, and both of one measure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.units import AMBIGUOUS_UNITS
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_measure,
    is_percent,
    quote,
    same_measure,
    same_per,
    words_between,
)
from aktobe_facts.text.draftgrowth import (
    ONE_TIME,
    TIME,
    a_level,
    base_ends,
    compared_period,
    listed_base,
    measured_alike,
    names_other_flow,
    reads_before,
    signs_clear,
    yearly_over_years,
)
from aktobe_facts.text.draftgrowthclause import level_before_in_clause
from aktobe_facts.text.growthbasis import (
    base_of_other_distance,
    growth_of_other_basis,
    other_basis,
)
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.sentences import clause_start

_NOT_NOUN = (
    r"(?:which|that|this|it|they|and|or|but|while|whereas|was|were|is|are|be|been|has|have|had|"
    r"will|would|to|from|at|with|against|than|over|compared|reaching|totall?ing|amounting|"
    r"\w+ed|as)"
)
_PERIOD_WORD = (
    rf"(?:{MONTH_NAMES}|quarters?|months?|years?|half|halves|weeks?|period|season|semester|"
    r"fortnight)"
)
"""Words of a period, which name no thing that changed ("in the fourth quarter alone")."""
_NOT_WHAT = rf"(?:{_NOT_NOUN}|{_PERIOD_WORD})"
_WHAT = rf"(?:(?:in|of)\s+(?:the\s+)?(?!{_NOT_WHAT}\b)[a-z][\w'’-]*(?:\s+(?!{_NOT_WHAT}\b)[a-z][\w'’-]*){{0,3}}\s*)"
"""After a change, the words of what changed: "in net earnings", "in visitor arrivals"."""
_MON = MONTH_NAMES
_DATE = (
    rf"(?:(?:by|on|as\s+of|until|till|through)\s+(?:{_MON}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})\s*+)"
)
"""A day that dates a running total: "by Nov. 21", "as of 30 June"."""
_SAID = (
    r"(?:,\s*(?:the\s+|its\s+|an?\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+"
    r"(?:said|says|estimated|estimates|reported|reports|showed|shows|announced|noted|added)"
    r"(?:\s+on\s+[a-z]+day|\s+(?:yesterday|today|last\s+week))?\s*+)"
)
"""An aside of who said so: ", exporters estimated on Monday", ", the bank said"."""
_ITS = (
    rf"(?:(?:(?:in|of|from|for)\s+(?:the\s+)?)?(?!{_NOT_NOUN}\b)[a-z][\w'’-]*"
    rf"(?:\s+(?!{_NOT_NOUN}\b)[a-z][\w'’-]*){{0,3}}?"
    r"(?:\s+(?:arrived|came|visited|landed|were\s+(?:recorded|registered|counted|sold))\b)?\s*)"
)
"""Right after a current value, its own words: "in crude oil export revenue", "cruise visitors
arrived" (the words of what it counts and its verb of coming, no other verb or clause)."""
_SPAN_OF = (
    r"(?:(?:for|in|over|during)\s+)?the\s+(?:[a-z]+-(?:month|week|year|day)|comparable|comparative)"
    r"\s+(?:period|span|months?|quarter|half|year|season)"
    r"(?:\s+(?:of|in)\s+(?:§|last\s+year|the\s+previous\s+year))?"
)
"""A span the period words leave out: "for the five-month period in 2019", "for the comparative
period in 2018"."""
_PERIOD = rf"(?:,?\s*(?:{ONE_TIME}|{_SPAN_OF}|\(\s*{TIME}\s*\))\s*+)"
_PERIODS = rf"{_PERIOD}*"
"""Any periods the period words read, one after another (:data:`draftgrowth.TIME`), the spaces
after each its own (as in :data:`draftgrowth.TIMES`)."""
_OWN = rf"(?:{_ITS}?(?:{_PERIOD}|{_DATE}|{_SAID})*)"
"""A current value's own words, then its periods, days and sayers in any order: one item a
repeat (a repeat of :data:`_PERIODS` in a repeat split k periods 2**k ways)."""
_LINK = (
    r"(?:(?:an?\s+)?amount\s+that\s+(?:is|was)|and\s+(?:is|was|are|were)|"
    r"(?:which|that|this)\s+(?:is|was|means|represents|marks)(?:\s+an?)?|"
    r"(?:marking|representing|showing|reflecting|posting|recording|registering|logging)(?:\s+an?)?|"
    r"an?|(?:up|down))"
)
_BEFORE = lazy(rf"^\s*{_OWN}\s*,\s*{_LINK}\s*$")
"""From a current value to its change: "X by Nov. 21, exporters estimated on Monday, down", "X,
an amount that is", "X and is" (with no comma: "amounted to X and is P higher")."""
_BEFORE_AND = lazy(rf"^\s*{_OWN}\s*and\s+(?:is|was|are|were)\s*$")
_CURRENT = (
    r"(?:to|to\s+reach|reaching|reached|at|to\s+stand\s+at|standing\s+at|totall?ing|"
    r"amounting\s+to|to\s+a\s+total\s+of|for\s+a\s+total\s+of|(?:expanding|rising|climbing|"
    r"falling|dropping|declining|growing)\s+to|with(?:\s+a\s+total\s+of)?)"
)
_COMPARED = (
    r"(?:(?:(?:up|down|rising|falling)\s+)?from(?:\s+an?\s+(?:revised|upwardly\s+revised|"
    r"downwardly\s+revised)|\s+the)?|(?:as\s+)?against|compared\s+(?:to|with)(?:\s+the)?|"
    r"in\s+comparison\s+(?:to|with)(?:\s+the)?|vis-[àa]-vis|versus|vs\.?|relative\s+to|"
    r"(?:than|over|on)(?:\s+the)?|(?:exceeding|surpassing|beating|topping)\s+the)"
)
_VERSUS = (
    rf"(?:{_COMPARED}\s+(?:(?:those|that)\s+(?:of|for|in)\s+)?{TIME}(?:\s+(?:before|earlier|ago))?)"
)
"""A comparison with a period and no figure: "compared with the same period last year"."""
_AFTER = lazy(rf"^\s*{_WHAT}?{_PERIODS}(?:,?\s*{_VERSUS})?{_PERIODS},?\s*(?P<cue>{_CURRENT})\s*$")
"""From a change to the value it reached: "in net earnings to", "year-on-year in May to",
"during the months of January to May with a total of"."""
_BASE = lazy(rf"^\s*(?:{_WHAT}|{_ITS})?{_PERIODS},?\s*{_COMPARED}\s*$")
"""From a change or its current value to the base: "from", "over the", "than the", "vis-à-vis",
"over the same period, up from"."""
_BASE_TAIL = lazy(
    rf"^(?:\s*(?:registered|recorded|reported|posted|sent|received|seen|booked)\b)?{_PERIODS}"
    r"\s*(?:[,.;)]|$)"
)
"""After the base: its period only ("registered in the same period in 2019"), then the clause's
end."""


def relations(text: str, sentences: Sequence[Sentence], drafted: list[DraftRelation]) -> Drafted:
    """The growths of every sentence read by their structure, for the percents no relation drafted
    before ties; notes: none (the listed rules note the uncertain ones)."""
    used = {v for r in drafted for v in r.fields.values() if isinstance(v, str)}
    found: list[DraftRelation] = []
    for sentence in sentences:
        for k, growth in enumerate(sentence.figures):
            if growth.id in used or not _a_change(growth):
                continue
            made = _comparison(text, sentence, k)
            if made is not None:
                found.append(made)
                used.update(v for v in made.fields.values() if isinstance(v, str))
    return found, []


def _a_change(figure: Figure) -> bool:
    """A percent the grammar reads as a rise or a fall of a level, no index (above 100 percent)."""
    stated = figure.phrase.stated
    signed = stated.direction is not None or stated.negative
    return figure.kind == "growth" and is_percent(figure) and signed and stated.value <= 100


def _comparison(text: str, sentence: Sentence, k: int) -> DraftRelation | None:
    figures = sentence.figures
    growth = figures[k]
    if TO_COME.search(text, sentence.span[0], growth.phrase.outer_end) is not None:
        return None  # a forecast, a plan or a target: no level reached
    if _with_amount(text, sentence, k):
        return None  # "down P or D": a change, the listed rules' to draft or leave
    if _listed(text, sentence, k):
        return None  # "by P and Q to X and Y": the pairs are draftgrowthpairs' or the editor's
    current, with_cue, last = _current_after(text, sentence, k)
    if current is None:
        current = _current_before(text, sentence, k)
        last = growth
    if current is None:
        return None
    base = _base_after(text, sentence, figures.index(last), current)
    if base is None and last is current:
        base = _base_after(text, sentence, k, current)
    if base is not None and base_of_other_distance(text, sentence, growth, base, current):
        base = None  # "rose 8 percent year on year to X in March, from Y in February"
    if with_cue and base is None:
        return None  # "rose 5 percent, with 300 new customers": what X counts is open
    if _a_cause(text, sentence, growth, current):
        return None  # "pulled down by a 12 percent decline in subsidies, to X": whose X is open
    ties = [f for f in (current, base) if f is not None]
    if _other_basis(text, sentence, k) or growth_of_other_basis(text, sentence, growth, ties):
        return None  # "grew 5 percent in comparable prices to X": X and the base are nominal
    if not is_measure(current) or not a_level(current) or _unit_left_open(current):
        return None
    if not signs_clear(text, sentence, growth):
        return None  # "pulled down by a 45 percent decline": the sign would be a guess
    if not measured_alike(text, growth, current):
        return None  # "X baht ..., up 22% in volume": the tonnage's growth, not the value's
    if names_other_flow(text, sentence, growth, current):
        return None  # "X, a fall of 3.1 percent for exports" after imports' X
    if base is not None and not _before(base, current):
        return None
    if base is not None and (not same_measure(current, base) or not a_level(base)):
        return None
    if base is not None and not same_per(current, base):
        return None  # "to 1.1 million bpd ... from 1 million barrels": a rate and a total
    if base is not None and _unit_left_open(base):
        return None
    if base is not None and yearly_over_years(text, growth, current, base):
        return None  # "grew 5 percent annually to X in 2030 from Y in 2025": a yearly rate
    ends = [f for f in (current, growth, base) if f is not None]
    first = min(ends, key=lambda f: f.phrase.start)
    final = max(ends, key=lambda f: f.phrase.start)
    fields: dict[str, str | list[str]] = {"growth": growth.id, "current": current.id}
    if base is not None:
        fields["base"] = base.id
    return DraftRelation("", "growth", fields, quote(text, first, final))


_CAUSE = re.compile(
    r"\b(?:by|due\s+to|thanks\s+to|owing\s+to|because\s+of|on\s+the\s+back\s+of|amid|"
    r"despite|on|after|following)\s*$",
    re.IGNORECASE,
)


def _other_basis(text: str, sentence: Sentence, k: int) -> bool:
    """The change names a basis other than its figures' ("rose 5 percent in comparable prices to
    X from Y", "fell 12 percent in dollar terms to 41.2 billion tenge", "up 8 percent in organic
    terms from Y"): X and Y are as printed, the growth is net of prices, currency or acquisitions,
    so it ties no level (only :data:`growthbasis.TERMS`, the figures' own, and a period's
    "on a year-on-year basis" are no other basis). Read in the change's clause up to the figure
    after it."""
    figures = sentence.figures
    growth = figures[k]
    start = clause_start(text, sentence.span[0], growth.phrase.start)
    end = figures[k + 1].phrase.start if k + 1 < len(figures) else sentence.span[1]
    return other_basis(text[start:end])


def _a_cause(text: str, sentence: Sentence, growth: Figure, current: Figure) -> bool:
    """A noun of change with its article after words that make it the cause of another clause's
    change, its level set off by a comma ("was pulled down by a 12 percent decline in subsidies,
    to $2 billion": whose $2 billion the words leave open; "lifted by a 9 percent rise in exports
    to $4 billion" is the exports'), or opening its clause as its subject ("A 10 percent rise in
    gold prices drove revenue to $4.1 billion": another verb moves the level, whatever words the
    change's "in" runs into), or after a cause's words other than a passive's "by" where it names
    a thing the words before do not ("Revenue climbed on a 10 percent rise in prices to X from Y":
    the prices' rise, the revenue's levels; "was lifted by a 7.5 percent rise in transit fees to
    X" stays the fees'); a percent of a clause with no verb of its own ("and imports by 8.8
    percent to X") is no noun of change."""
    noun = _value_lead(growth) in ("a", "an")
    after = current.phrase.start > growth.phrase.start
    if not (noun and after):
        return False
    opens = clause_start(text, sentence.span[0], growth.phrase.start)
    if not text[opens : growth.phrase.start].strip():
        return True  # "A 10 percent rise in gold prices drove revenue to X": another verb's X
    cause = _CAUSE.search(text, sentence.span[0], growth.phrase.start)
    if cause is None:
        return False
    comma = "," in _gap(text, sentence, growth, current)
    agent = cause.group(0).lower().startswith("by") and not _DRIVEN.search(
        text, sentence.span[0], cause.start()
    )
    return comma or (not agent and _names_another(text, sentence, growth, cause))


_DRIVEN = re.compile(r"\b(?:driven|led|spurred|fuell?ed|propelled|underpinned)\s+$", re.I)
"""Before "by", words of a cause; any other "by" is a passive's agent ("was lifted by a 7.5 percent rise in transit fees to X": the
fees' level, the words say) as against a cause's words ("on", "after", "thanks to", "driven by")."""
_WHAT_CHANGED = lazy(
    rf"\s*(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?P<what>(?!{_NOT_WHAT}\b)[a-z][\w'’-]*"
    rf"(?:\s+(?!{_NOT_WHAT}\b)[a-z][\w'’-]*){{0,3}})",
    re.IGNORECASE,
)


_VERB_OF_CHANGE = lazy(
    r"\b(?:rose|rises|risen|climb(?:ed|s)|jump(?:ed|s)|gr[eo]w|grows|grown|soar(?:ed|s)|"
    r"surg(?:ed|es)|increas(?:ed|es)|fell|falls|fallen|dropp(?:ed)|drops|declin(?:ed|es)|"
    r"slump(?:ed|s)|gain(?:ed|s)|advanc(?:ed|es)|expand(?:ed|s)|shr[aiu]nk|contract(?:ed|s)|"
    r"slid|plung(?:ed|es)|tumbl(?:ed|es)|edg(?:ed|es)|swell(?:ed|s)|swollen)\b"
)
"""A verb that moves the level of its own subject: the "to X from Y" after a cause may be its."""


def _names_another(text: str, sentence: Sentence, growth: Figure, cause: re.Match[str]) -> bool:
    """The words before a cause hold a verb that moves their subject's level, and the noun of
    change after the cause names what changed, a thing those words do not name ("Revenue climbed
    on a 10 percent rise in prices to X": the prices rose 10 percent, the revenue reached X): the
    percent is another thing's. With no such thing named, or the same ("Revenue climbed on a 17
    percent rise to X"), or no verb of change before ("The rise in profit was due to a 20 percent
    rise in fees to X": the fees'), the level after it may be the change's own."""
    what = _WHAT_CHANGED.match(text, growth.phrase.outer_end)
    before = text[sentence.span[0] : cause.start()].lower()
    if what is None or _VERB_OF_CHANGE.search(before) is None:
        return False
    stems = [w.lower().rstrip("s") for w in re.findall(r"[a-z][\w'’-]*", what.group("what"), re.I)]
    return not any(len(stem) > 2 and stem in before for stem in stems)


def _unit_left_open(figure: Figure) -> bool:
    """A number whose unit word the grammar leaves to the editor ("8.7 mt": million tonnes or
    metric tons): no level the draft compares."""
    return (figure.noun or "").lower() in AMBIGUOUS_UNITS


def _gap(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    """The words between two figures, the noun the first counts left out ("794,731 TEU, up
    from": ", up from")."""
    words = words_between(text, sentence, a, b)
    noun = (a.noun or "").lower()
    bare = words.lstrip()
    if noun and re.match(rf"{re.escape(noun)}(?![\w'’-])", bare):
        return " " + bare[len(noun) :]
    return words


def _current_after(text: str, sentence: Sentence, k: int) -> tuple[Figure | None, bool, Figure]:
    """The level the change reached, right after it: "a 10.8 per cent growth in net earnings to
    X", "increased by 7.1% with a total of X" (with: only with a base, see above)."""
    figures = sentence.figures
    growth = figures[k]
    if k + 1 >= len(figures):
        return None, False, growth
    after = figures[k + 1]
    m = _AFTER.match(_gap(text, sentence, growth, after))
    if m is None or not is_measure(after):
        return None, False, growth
    return after, m.group("cue").startswith("with"), after


def _current_before(text: str, sentence: Sentence, k: int) -> Figure | None:
    """The level right before the change, joined to it by words of linking past its own date and
    an aside of who said so."""
    if k < 1:
        return None
    growth, before = sentence.figures[k], sentence.figures[k - 1]
    gap = _gap(text, sentence, before, growth)
    gap += " " + _value_lead(growth)
    if _BEFORE.match(gap) is None and _BEFORE_AND.match(gap) is None:
        return None
    if reads_before(gap):
        return None  # a linking the listed rule reads: its guards decided
    if _compared_with(text, sentence, k - 1) or compared_period(text, sentence, before):
        return None  # "X, against Y in 2030, up P": Y is the base, not the value reached
    if listed_base(text, list(sentence.figures), k - 1):
        return None  # "X, against Y in May and Z a year before, a fall of P": bases listed
    if level_before_in_clause(text, sentence, before):
        return None  # "lent $5 billion to 300 firms, a 10% rise": which of the two rose?
    return before if is_measure(before) else None


_COMPARED_END = lazy(rf"(?:\b{_COMPARED}|\bup|\bdown)\s*$")


def _compared_with(text: str, sentence: Sentence, j: int) -> bool:
    """The words right before the figure at ``j`` (back to the figure before it) make it a figure
    compared with: "against Y", "up from Y", "than the Y", "compared with Y"."""
    figure = sentence.figures[j]
    start = sentence.figures[j - 1].phrase.outer_end if j > 0 else sentence.span[0]
    words = between(text, start, figure.phrase.start, sentence.periods)
    return _COMPARED_END.search(words) is not None


def _value_lead(figure: Figure) -> str:
    """The first word of a value before its number when it is an article or "up"/"down" ("an" of
    "an 18 percent decline", "a" of "a fall of 6.36 percent"), which the linking words end on."""
    lead = re.split(r"[\d+\-−]", figure.phrase.value, maxsplit=1)[0].strip().lower().split()
    return lead[0] if lead and lead[0] in ("a", "an", "up", "down") else ""


def _base_after(text: str, sentence: Sentence, j: int, current: Figure) -> Figure | None:
    """The figure compared with, right after the one at ``j``, and nothing after it but its
    period."""
    figures = sentence.figures
    if j + 1 >= len(figures):
        return None
    here, base = figures[j], figures[j + 1]
    if _BASE.match(_gap(text, sentence, here, base)) is None or not is_measure(base):
        return None
    tail = between(text, base.phrase.outer_end, sentence.span[1], sentence.periods)
    tail = _without_own_words(tail, base, between(text, current.phrase.outer_end, sentence.span[1]))
    if _BASE_TAIL.match(tail) is None or not base_ends(text, sentence, base):
        return None
    return base


_OR = re.compile(r"^\s*+(?:,\s*+)?(?:\(\s*+)?or\s*+\+?\s*$")
"""Between a percent and its amount: "or", ", or", "(or", each run of spaces read once (as in
:data:`draftindex._OR_AMOUNT`)."""


def _with_amount(text: str, sentence: Sentence, k: int) -> bool:
    """The percent is joined to an amount by "or" ("down 12.9 percent or $79.1 million", "$41
    million, or 9 percent"): a change of amount and percent, whose signs the listed rule leaves to
    the editor where they disagree; no growth of its own."""
    figures = sentence.figures
    return any(
        0 <= j < len(figures)
        and is_measure(figures[j])
        and _OR.match(_gap(text, sentence, *sorted((figures[j], figures[k]), key=_start)))
        is not None
        for j in (k - 1, k + 1)
    )


_AND = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$")


def _listed(text: str, sentence: Sentence, k: int) -> bool:
    """The percent or the level after it is an item of a list ("by 4.2% and 6.8% to X and Y", "to
    X and Y"): which item is which the words leave to the listed pairs' rule or the editor."""
    figures = sentence.figures
    for a, b in ((k - 1, k), (k, k + 1), (k + 1, k + 2)):
        if a < 0 or b >= len(figures):
            continue
        alike = is_percent(figures[a]) == is_percent(figures[b])
        if alike and _AND.match(_gap(text, sentence, figures[a], figures[b])):
            return True
    return False


def _start(figure: Figure) -> int:
    return figure.phrase.start


def _without_own_words(tail: str, base: Figure, after_current: str) -> str:
    """The words after the base without those it shares with the figure compared ("over the
    147,878 cruise visitors for ...", after "158,233 cruise visitors"): its own noun, or words
    the current value has right after it."""
    words = tail.split(" ")
    own = set(after_current.split(" ")[:4]) | {(base.noun or "").lower()}
    n = 0
    while n < min(3, len(words)) and words[n] in own and re.fullmatch(r"[a-z][\w'’-]*", words[n]):
        n += 1
    return " ".join(words[n:])


def _before(base: Figure, current: Figure) -> bool:
    """The base's period, where both name one, ends before the current value's starts."""
    if base.period is None or current.period is None:
        return True
    now, then = period_span(current.period), period_span(base.period)
    return now is not None and then is not None and then[1] < now[0]
