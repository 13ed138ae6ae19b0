"""Parts of a total, for a draft (``kind = "sum"``), where the words say which figure is the whole:

- "T, of which P1 ... and P2 ...", "T, including P1 and P2", "T, among them P", "T, with P1
  coming from taxes and P2 from customs", "T ..., P of which ...": the parts of one sentence after
  their total;
- "Of the total, A provided P1 and B P2" (also "Of this amount", "Of that", "By sector, ..."):
  the parts of a sentence whose total is the one figure of their unit in the sentence before;
- "tax revenues", "energy revenues", "most of the spending": a part of a flow
  (:mod:`aktobe_facts.draftroles`) within the one whole of that flow around it (same owner, plan
  and period); a partner's part ("exports to China") alone, never summed with other parts (the
  goods sent to a partner are some product's too, and one partner may hold another);
- "T, made up of P1 and P2" (also "consisting of", "comprising", "composed of", "split between"):
  the parts of one sentence after their total, all of it when two or more (an exhaustive sum);
- "T, increasing by P: A ... and B ...": two or more parts after a colon;
- "The largest items of income are A (X), B (Y) and C (Z)": parts of the article's one whole of
  that flow;
- "Together the deficit came to T" (also "combined", "in total", "altogether"): the whole of the
  figures of that role before it, each of its own period.

A sum is exhaustive only when the words say the parts are all of it ("the rest", "the remaining",
"together"); otherwise the parts only may not exceed the total. A total that is a balance or a
change (a deficit, a surplus, a net figure, an increase) gets no parts from "of which": the parts
of a net figure may be negative, so they may add up to more than it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from aktobe_facts.text import pronounowner
from aktobe_facts.text.attributed import mirrored
from aktobe_facts.text.categorylead import listed_category
from aktobe_facts.text.complementkinds import complementary
from aktobe_facts.text.crosstime import joinable
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, clause_of, tied
from aktobe_facts.text.draftcounts import (
    count_level,
    listed_alike,
    measures_alike,
    past_noun,
    stated_level,
)
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import OTHER_FLOWS, SERVICE_KINDS, Role, roles
from aktobe_facts.text.draftshares import share_pairs
from aktobe_facts.text.draftwords import IRREGULAR_PAST, PAST_VERB
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.paidfor import paid_for
from aktobe_facts.text.partnertopic import topic_partners
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.pertime import a_rate, per_time
from aktobe_facts.text.placeopener import names_a_holder, opening_area, opening_place
from aktobe_facts.text.planwords import PLAN_NOUN
from aktobe_facts.text.profitline import no_whole_of
from aktobe_facts.text.roletime import MONTHS, names_only_period
from aktobe_facts.text.sentences import clause_end
from aktobe_facts.text.whose import within_owner

_CUE = re.compile(
    r"(?<!\s)\s*+[,(]\s*+(?:(?P<with>with)|of\s+which|including|(?P<covering>covering)|"
    r"among\s+(?:which|them)|of\s+this|"
    r"of\s+that|of\s+the\s+total|(?:part\s+|out\s+)?of\s+(?:the|a)\s+total(?=\s+of\b))\b"
    r"|(?<!\bnot)\s(?:of\s+which|including)\b"
    r"|(?<!\s)\s*+(?:,\s*+)?(?:(?:is|was|are|were)\s++)?"
    r"(?P<whole>made\s+up\s+of|consist(?:s|ed|ing)\s+of|"
    r"compris(?:es|ed|ing)|composed\s+of|split\s+(?:between|into))(?=\s)",
    re.IGNORECASE,
)
r"""After a total (and the words that say what it is, "of investment in 2023"): the parts
follow; "of which" and "including" need no comma before them ("Rs 1,06,577 cr of which"),
but "not including" says what lies outside the total ("$12.4 billion, not including re-exports of
$3.1 billion"): no part.
"covering" after a comma lists parts only where each is paid for a purpose
(:func:`aktobe_facts.text.paidfor.paid_for`: "X, covering A for salaries and B for staff").
"made up of", "consisting of", "comprising", "composed of" and "split between" say the parts
are all of it: two or more of them are the whole. Each run of spaces is read once (a possessive
repeat: what follows it is never a space): searched over a sentence whose words stand apart by
runs of n spaces, the two runs beside an optional comma split each run n ways (cubic in n). A run
is entered at its start only (``(?<!\s)``): searched from a figure's end (never a space) over a
run of 40,000 spaces, each space of it read the rest of the run again (2.1 s); a match from
inside a run is one from its start, which the search meets first."""
_WHOLE_NAMED = re.compile(
    r"(?<=\btotal)(?:\s*,)?\s+(?:(?:[a-z][\w-]*\s+){0,4}?(?:of|at|worth)\s+)?"
    r"(?:some\s+|about\s+|nearly\s+)?",
    re.IGNORECASE,
)
"""After "A, of the total": the words that name the whole and "of" before its figure ("of the total
remittance inflow of T", "of the total T of sales", "of the total, T"): T is A's whole, never a
part of A."""
_BACK = re.compile(r"\s*of\s+(?:which|them|this|that|it)\b", re.IGNORECASE)
"""After a part: the total is the figure before ("$2.4 billion home, $2.2 billion of which")."""
LEAD = re.compile(
    r"\W*(?:of\s+(?:the\s+total|this(?:\s+amount|\s+sum)?|that(?:\s+amount|\s+sum)?|these|"
    r"it|the\s+(?P<flow>revenues?|receipts|takings|collections?|proceeds|earnings|spending|"
    r"expenditures?|exports|imports)(?:\s+(?:for|in|of|during|over)\s+[^,;:.()]{1,25}?)?)|among\s+(?:the\s+|these\s+|its\s+|their\s+)?(?P<among>[a-z]+)|by\s+(?:sectors?|regions?|industr(?:y|ies)|countr(?:y|ies)|sources?|categor(?:y|ies)|"
    r"types?|items?|destinations?|partners?|areas?|spheres?|fields?|purposes?|functions?|"
    r"programm?es?|ministr(?:y|ies)|branch(?:es)?|products?|commodit(?:y|ies)|markets?))\s*[,:]",
    re.IGNORECASE,
)
"""At the start of a sentence: its parts are of the total of the sentence before ("Of the total,",
"By sector:", "Among the taxes,", "Of the revenues for 2015,": a flow its total's sentence names)."""
_OWN_LEAD = re.compile(
    r"\W*of\s+(?:the\s+|its\s+|this\s+|these\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:of\s+)?",
    re.IGNORECASE,
)
_OWN_LEAD_END = re.compile(r"[^,;:.\d]{0,40}?,", re.IGNORECASE)
"""A sentence that opens on its own total: "Of the Rs17.997 trillion of total revenue, A ... and
B ...", "Of the aggregate expenditure of N10bn, A ... and B ..." (the total, a few words, a comma,
then the parts)."""
_GAPPED = lazy(
    r"\s*(?:was|were|is|are)\s+(?:the\s+)?[a-z][a-z -]{0,30}?\s*(?:,\s*(?:and\s+)?|and\s+)",
    re.IGNORECASE,
)
"""Between two parts: the first's copula and label, the verb understood in the next ("A was tax
and B non-tax revenue")."""
_BEING = r"(?P<being>is|was|are|were|stood\s+at|came\s+to|amounted\s+to|totall?ed)"
_NAMED_FIRST = re.compile(
    rf"\s*(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}\s+{_BEING}\s+", re.IGNORECASE
)
_NAMED_NEXT = lazy(
    r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|and\s+)(?:the\s+)?[a-z][\w'’-]*"
    rf"(?:\s+[a-z][\w'’-]*){{0,3}}\s+{_BEING}\s+",
    re.IGNORECASE,
)
"""Before each part of a list that names every part with one verb of being ("of which central tax
is X, state tax is Y and cess is Z"): the first part's name and verb, then each next one's (the
same verb: "oil is X and imports were Y" is another clause)."""
_LABEL = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:coming|going|came|went|expected|planned|projected|raised|"
    r"collected|received|earned|drawn|derived|obtained)\s+)?(?:from|to|for|on|in|into|through)\s+"
    r"[^,;.\d]{1,40}?(?=\s*(?:[,;.]|\band\b|$))",
    re.IGNORECASE,
)
"""What a part of a "with" list says it is ("coming from taxes", "expected from various income
sources")."""
_REST = re.compile(r"\b(?:the\s+)?(?:rest|remaining|remainder|balance)\b\W*$", re.IGNORECASE)
_LEFT_OUT = re.compile(
    r"\s*(?:leaving\s+out|excluding|not\s+counting|after\s+deducting|net\s+of)\b", re.IGNORECASE
)
_REST_LEVEL = re.compile(
    r"\b(?:amounts?\s+to|amounted\s+to|comes?\s+to|came\s+to|stands?\s+at|stood\s+at|"
    r"totals?|totall?ed)\s+$",
    re.IGNORECASE,
)
"""A sentence that opens on its own total, leaves one part out and gives the level of what is left:
"Of the total T, leaving out A (X), the central spending amounts to Y": X and Y are all of T."""
_NESTED = re.compile(r"\b(?:including|of\s+which|among\s+(?:which|them))\b", re.IGNORECASE)
"""Between two parts of a list: the cue of a list of its own ("T, of which A stood at X,
including B of Y and C of Z"): B and C are the parts of A, never A's siblings within T (the
list of T ends at A; the parts of A are drafted from A's own cue)."""
_BREAK = re.compile(r"\b(?:than|compared|versus|against|while|whereas|but)\b|;", re.IGNORECASE)
"""Between a total and its first part, or two parts: a comparison or another clause, not a list
("X, including A in taxes and B in fees, against spending of C": C is no part)."""
_SIBLING = re.compile(r"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+|its\s+)?[a-z]", re.IGNORECASE)
"""Between a total and a cue: another item named beside it ("the domestic sector contributed T
and the FDI sector (including crude oil) X"): the cue's list is that item's, never T's."""
_VERB = re.compile(
    rf"\b(?:{PAST_VERB}|was|were|is|are|has|have|had|will|would|spent|took|paid)\b", re.IGNORECASE
)
"""Between two parts of a list: another clause ("and the government borrowed 2 billion")."""
_NEW_PREDICATE = re.compile(
    rf"\b(?:and|but)\s+(?:then\s+|also\s+)?(?:{PAST_VERB}|spent|took|paid|sold|built|won)\b",
    re.IGNORECASE,
)
"""Between a list's cue and its first figure: "and" and a verb, the total's subject doing something
more ("deployed 833 towers, including 5G sites, and upgraded 5,395 to LTE"): the figure after is
that verb's, no part; "of which A received X" has its part's own verb and no "and"."""
_SUBJECT_VERB = lazy(
    rf"\b(?-i:[A-Z])[\w'’&.-]*(?:\s+[\w'’&.-]+){{0,3}}?\s+{IRREGULAR_PAST}"
    r"(?:\s+(?:a\s+total\s+of|about|some|nearly|almost|over|around|another))?\s*$"
)
"""Between two parts of a list: a clause of its own subject, a name, and its verb right before the
figure ("..., of which 4.0 billion lari went to farmers, and Beta Bank lent 9.5 billion lari": Beta
Bank's, no part; never a participle, "Armenian goods bought by Georgia to X")."""
_NET = re.compile(
    r"\b(?:net|balance|deficits?|surplus(?:es)?|profits?|loss(?:es)?|gap|change|increase|decrease|"
    r"growth|difference)\b",
    re.IGNORECASE,
)
_TOGETHER = re.compile(
    r"\b(?:together|altogether|combined|in\s+total|in\s+all|taken\s+together|jointly)\b", re.I
)
_COLON = re.compile(r"\s*:\s*")
_THEN = re.compile(
    r"\b(?:ago|earlier|before|previous|prior|than|compared|versus|against|up|down)\b|"
    r"\bfrom\s+(?:\S*\d|(?:the\s+|a\s+|its\s+)?(?:same|previous|prior|preceding|last|year|"
    r"month|quarter|period|level)\b)",
    re.IGNORECASE,
)
"""In a list after a colon: words of a comparison, whose figures are no parts ("from" before a
figure or a time: "from A a year ago"; never a source, "budget support from the World Bank of
A")."""
_COMPARED_GAP = re.compile(
    r"\b(?:from|than|against|compared\s+(?:to|with)|versus|vs\.?)\s*(?:the\s+)?$", re.IGNORECASE
)
"""Before a figure in a list of parts: it is a part's earlier value ("up from X"), no part."""
_OPENS_BRACKET = re.compile(r"\(\s*$")
_OR_AMOUNT = re.compile(r"\s*,?\s*or\s+(?=[^\s\d]{0,4}\d)", re.IGNORECASE)
"""After a share before a list's first part: "or" and the part's amount ("21.5 percent or $2.13
billion")."""
_NEXT_NAMED = re.compile(
    r"\s*\)?\s*(?:,\s*(?:and\s+|followed\s+by\s+)?|and\s+|followed\s+by\s+)(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*\(\s*$"
)
"""Between two parts: a comma or "and", then the next one's name and its bracket ("Spain with A,
Italy (B)"): a member of the list, never the part before's aside."""
"""Before a figure in a list of parts whose first is printed bare: a bracket opened after a part
holds that part's aside ("887.7 million for salaries (650.2 million a year earlier)"), no part."""
_OWN_GROWTH = re.compile(
    r"^\s*,?\s*(?:(?:increasing|rising|growing|up|down|decreasing|falling|declining)\s+)?"
    r"(?:by\s+)?$",
    re.IGNORECASE,
)
"""Between a total and its own growth before a colon: ", increasing by"."""
_ITEMS = re.compile(
    r"\b(?:largest|main|biggest|major|principal|key|leading|top)\s+(?:(?:items|sources|components|"
    r"categories|contributors)\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<flow>income|revenues?|"
    r"receipts|spending|expenditures?|exports|imports)|(?:trad(?:e|ing)\s+)?(?P<partners>partners)|"
    r"(?:export\s+)?(?P<buyers>customers|buyers|clients|destinations)|"
    r"(?:import\s+)?(?P<sellers>suppliers))(?:\s+(?:of|to)\s+(?:the\s+)?[A-Za-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:are|were|included?)\b",
    re.IGNORECASE,
)
"""Before the parts of a flow listed by name: "The largest items of income are"; a country's trade
partners, buyers or suppliers ("The leading partners were", "Its main customers were", "The top
suppliers were"): the parts of its turnover, exports or imports."""
_ITEM_FLOWS = {
    "income": "revenue",
    "revenue": "revenue",
    "revenues": "revenue",
    "receipts": "revenue",
    "spending": "spending",
    "expenditure": "spending",
    "expenditures": "spending",
    "exports": "exports",
    "imports": "imports",
    "partners": "turnover",
    "customers": "exports",
    "buyers": "exports",
    "clients": "exports",
    "destinations": "exports",
    "suppliers": "imports",
}
WHOLE_FLOWS = 100
"""At most this many flows in a window read for a part's one whole: more is a table, and each
part read all of them (quadratic in the whole article)."""
GAP_REACH = 60
"""At most this many characters between two parts of a list, or a total and its first part."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    found: list[DraftRelation] = []
    taken: set[str] = set()  # the parts already given a total
    listed = [(*item, False) for item in _lists(article, named)]
    listed += [(*item, True) for item in _colon_lists(article, named)]
    for total, parts, exhaustive, quote, colon in listed:
        if taken & {p.figure.id for p in parts}:
            continue
        if colon and any(_same(r, total, parts) for r in drafted):
            continue  # "Turnover was T: exports came to A and imports to B": a balance's
        taken.update(p.figure.id for p in parts)
        if not one_context(article, total, *parts):
            continue  # "X in 2031. Of the total, A went on wages in 2030": two periods
        if not all(_within_span(p, total) and not _apart(p, total, named) for p in parts):
            continue  # "X in 2031, of which A was spent in December 2030": another period's
        if not all(_joinable(article, p, total) for p in parts):
            continue  # "Seasonally adjusted imports were X. Of the total, A came from China"
        found.append(sum_relation(total, parts, exhaustive, quote))
    # the parts of "together" are each of its own period by design; the others of the whole's
    wholes = [
        *((*w, True) for w in [*_items(article, named), *_qualified(article, named)]),
        *((*w, False) for w in _together(article, named)),
    ]
    for total, listed_parts, exhaustive, one_period in wholes:
        parts = _once(listed_parts, drafted)
        ids = {p.figure.id for p in parts}
        if ids & taken or any(_same(r, total, parts) for r in [*drafted, *found]):
            continue
        if any(_a_plan(article.text, p) for p in parts) and not _a_plan(article.text, total):
            continue  # "Revenue of the regions was below the 13.0 billion lari target"
        taken.update(ids)
        if one_period and not one_context(article, total, *parts):
            continue  # "revenue of X in the first quarter ... In March alone ... Tax revenue"
        if one_period and not all(_within_span(p, total) for p in parts):
            continue  # "June 2031's X ... the first ten months of 2030's A": not within it
        if one_period and any(_longer_span(article, total, p) for p in parts):
            continue  # "Sales rose to X in the quarter, thanks to a rise to A in the first nine months"
        if one_period and not all(_joinable(article, p, total) for p in parts):
            continue  # "Imports for December came to X. ... imports this quarter are A": unsure
        quote = " … ".join(
            article.text[named[p.figure.id].start : p.figure.phrase.outer_end]
            if p.figure.id in named
            else clause_of(article.text, p)
            for p in sorted([total, *parts], key=lambda p: p.figure.phrase.start)
        )
        found.append(sum_relation(total, parts, exhaustive, quote))
    return found, []


def _joinable(article: Article, part: Placed, total: Placed) -> bool:
    """A part of another sentence than its total is of the total's period, or within it, and of
    its basis, as far as the words tell (:func:`~aktobe_facts.text.crosstime.joinable`): the
    quarter's seasonally adjusted imports ("imports this quarter", a period the words point to and
    do not name) are no part of December's."""
    return joinable(article.text, article.read, part.figure, total.figure, within=True)


def _within_span(part: Placed, total: Placed) -> bool:
    """A part whose own period and its whole's are both named lies within the whole's span (a
    figure of January to October 2030 is no part of June 2031's)."""
    mine, whole = period_span(part.figure.period), period_span(total.figure.period)
    if mine is None or whole is None:
        return True
    return whole[0] <= mine[0] and mine[1] <= whole[1]


def _longer_span(article: Article, total: Placed, part: Placed) -> bool:
    """A part after its whole whose own words, before the next figure, name a span the whole's
    clause does not: a part of another period ("Sales rose to X in the quarter, thanks to online
    sales of A in the first nine months"; a span read by no period, so neither one_context nor
    _within_span saw it). The words after the next figure are that figure's ("fell to A from B a
    year earlier": B's year)."""
    text = article.text
    if part.figure.phrase.start < total.figure.phrase.outer_end:
        return False
    later = [
        p.figure.phrase.start
        for p in article.figures
        if p.sentence_index == part.sentence_index and p.index > part.index
    ]
    end = later[0] if later else part.sentence[1]
    own = clause_end(text, total.figure.phrase.outer_end, total.sentence[1])
    return span_of_its_own(text, part, end, total.sentence[0], own)


_TIME_WORD = re.compile(
    rf"\b(?:(?:19|20)\d\d|years?|half|halves|quarters?|months?|weeks?|days?|annual(?:ly)?|"
    rf"so\s+far|to\s+date|since|cumulative(?:ly)?|{'|'.join(MONTHS)})\b",
    re.IGNORECASE,
)
"""Words of a span of time after a part's level ("in the year to June", "in the first nine
months", "so far this year")."""


def span_of_its_own(text: str, part: Placed, end: int, start: int, whole_end: int) -> bool:
    """The words after the part's level, to its clause's end (before ``end``), name a time the
    whole's words (``start`` to ``whole_end``) do not: the part is of another span than its whole
    ("Exports rose to X in June. Dairy led the rise, up 45 percent to A in the year to June")."""
    after = re.split(r"[,;]", text[part.figure.phrase.outer_end : end])[0]
    said = {w.group(0).lower() for w in _TIME_WORD.finditer(text, start, whole_end)}
    return any(w.group(0).lower() not in said for w in _TIME_WORD.finditer(after))


def _apart(part: Placed, total: Placed, named: dict[str, Role]) -> bool:
    """The part's role is a comparison's earlier figure where its total's is not ("Total revenue
    reached X, including tax revenue of A a year earlier": last year's A). (A plan's words in a
    part's clause are no reason: "took 6 trillion rubles, 13.6% of the target" is spent money.)"""
    mine, whole = named.get(part.figure.id), named.get(total.figure.id)
    return mine is not None and whole is not None and mine.earlier and not whole.earlier


def _once(parts: list[Placed], drafted: Sequence[DraftRelation]) -> list[Placed]:
    """The parts with a figure the article gives twice kept once: "revenues fell to X ... revenues
    amounted to X", drafted as equal, is one part, not two."""
    groups = [set(tied(r)) for r in drafted if r.kind == "equal"]
    kept: list[Placed] = []
    for part in parts:
        taken = {p.figure.id for p in kept}
        if not any(part.figure.id in group and taken & group for group in groups):
            kept.append(part)
    return kept


def sum_relation(total: Placed, parts: list[Placed], exhaustive: bool, quote: str) -> DraftRelation:
    fields: dict[str, str | list[str] | bool] = {
        "total": total.figure.id,
        "parts": [p.figure.id for p in parts],
    }
    if exhaustive:
        fields["exhaustive"] = True
    return DraftRelation("", "sum", fields, " ".join(quote.split()))


def list_after(text: str, figures: list[Placed], start: int) -> list[Placed]:
    """The amounts of one unit listed in a sentence from ``start`` on, each after a label or a
    comma ("58.4 billion in tax revenues, 39.5 billion in fees and 10.6 billion from sales")."""
    first = next(
        (p for p in figures if p.figure.phrase.start >= start and level(p.figure.phrase)), None
    )
    return [] if first is None else _parts(text, figures, first, start, False)[0]


def _same(relation: DraftRelation, total: Placed, parts: list[Placed]) -> bool:
    if relation.kind != "sum" or relation.fields.get("total") != total.figure.id:
        return False
    drafted = relation.fields.get("parts")
    return isinstance(drafted, list) and bool(set(drafted) & {p.figure.id for p in parts})


_PLAN_AFTER = re.compile(rf"\s+(?:{PLAN_NOUN})s?\b", re.IGNORECASE)
_PLAN_OF = re.compile(
    rf"\b(?:{PLAN_NOUN})s?\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){{0,4}}?(?:of\s+|at\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure, in its own clause: a plan's noun joined to it by "of" ("against the
budget estimate of revenue receipts of Rs X", "the target of X"): the plan's figure."""


def _a_plan(text: str, placed: Placed) -> bool:
    """A figure a plan's noun follows ("below the 13.0 billion lari target", "the 3 billion lari
    plan") or names it by "of" before it ("against the budget estimate of tax revenue of X"): a
    plan's figure, no part of an actual whole (nor a whole of actual parts)."""
    start = placed.figure.phrase.start
    before = text[max(placed.sentence[0], start - 80) : start]
    return (
        _PLAN_AFTER.match(text, placed.figure.phrase.outer_end) is not None
        or _PLAN_OF.search(before) is not None
    )


def _net(text: str, total: Placed, named: dict[str, Role]) -> bool:
    """The total is a balance or a change: its parts may be negative."""
    role = named.get(total.figure.id)
    if role is not None and role.name in ("deficit", "surplus"):
        return True
    start = max(total.sentence[0], total.figure.phrase.start - 60)
    words = text[start : total.figure.phrase.start]
    return _NET.search(re.split(r"[,;:]", words)[-1]) is not None


_AVERAGE = re.compile(r"\b(?:average|mean|median)\b", re.IGNORECASE)


def _average(text: str, total: Placed) -> bool:
    """The words of the total's clause call it an average ("The average stay is now 6.4 days, with
    visitors spending a combined total of X days"): a mean of many, no sum of the figures after it."""
    start = max(total.sentence[0], total.figure.phrase.start - 60)
    words = text[start : total.figure.phrase.start]
    return _AVERAGE.search(re.split(r"[,;:]", words)[-1]) is not None


def _inside_bracket(text: str, cue: re.Match[str], figures: list[Placed]) -> list[Placed]:
    """A cue that opens a bracket ("Kolkata (including Haldia) at 41.25 MT") lists what the
    bracket holds: the figures after it closes are the next items of the sentence's own list,
    never parts of the figure before the bracket's name."""
    if "(" not in cue.group(0):
        return figures
    close = text.find(")", cue.end())
    if close < 0:
        return figures
    return [p for p in figures if p.figure.phrase.start < close]


def _lists(
    article: Article, named: dict[str, Role]
) -> Iterator[tuple[Placed, list[Placed], bool, str]]:
    text = article.text
    sentences = article.sentences()
    for number, figures in enumerate(sentences):
        for k, total in enumerate(figures):
            after, ahead = total.figure.phrase.outer_end, k + 1
            aside = _aside_end(text, figures, k)
            if aside is not None:  # "T, 42.9% above the estimate, made up of A and B"
                after, ahead = aside, k + 2
            end = figures[ahead].figure.phrase.start if ahead < len(figures) else total.sentence[1]
            cue = _CUE.search(text, after, end)
            said = text[after : cue.start()] if cue is not None else ""
            near = len(said) <= GAP_REACH and not (
                _BREAK.search(said) or _VERB.search(said) or _SIBLING.match(said)
            )
            whole_after = _WHOLE_NAMED.match(text, cue.end()) if cue is not None else None
            if whole_after is not None and ahead < len(figures):
                # "sent 17 percent, or A, of the total inflow of T": T is A's whole, no part of A
                whole = figures[ahead]
                at = whole_after.end() == whole.figure.phrase.start
                counted = count_level(total.figure) and count_level(whole.figure)
                same = alike(total, whole) or counted  # "62 ships, part of the total of 334 visits"
                if at and same and near and not _net(text, whole, named):
                    quote = text[total.figure.phrase.start : whole.figure.phrase.outer_end]
                    yield whole, [total], False, quote
                continue
            if (
                cue is not None
                and near
                and not _net(text, total, named)
                and not _average(text, total)
            ):
                start = cue.end()
                listed = _inside_bracket(text, cue, figures[ahead:])
                parts, rest = _parts(text, listed, total, start, bool(cue.group("with")))
                rest = rest or (bool(cue.group("whole")) and len(parts) >= 2)
                if cue.group("covering") and not (
                    names_only_period(said) and paid_for(text, parts)
                ):
                    parts = []  # "X, covering a 70 million dollar project": its size, no part;
                    # "X on the guarantee scheme, covering A for farms": the scheme's cover
                if parts and complementary(
                    text[total.sentence[0] : total.figure.phrase.start],
                    text[after : parts[-1].figure.phrase.start],
                ):
                    parts = []  # "non-life underwriters paid out T, with life insurers ... A"
                if parts and _each_its_own_way(text, cue, parts[0]):
                    parts = []  # "35,759 tonnes of which to Spain and 34,676 tonnes to Italy"
                if parts:
                    quote = text[total.figure.phrase.start : parts[-1].figure.phrase.outer_end]
                    yield total, parts, rest, quote
            back = _BACK.match(text, total.figure.phrase.outer_end)
            if back is not None and k == 0 and level(total.figure.phrase):
                # "Servicing domestic debt cost A of that and external debt B": the whole is the
                # one figure of the unit in the sentence before, the list goes on after "of that"
                whole_before = total_before(text, sentences[:number], total)
                if whole_before is not None and not _net(text, whole_before, named):
                    more, _ = _parts(text, figures[1:], whole_before, back.end(), False)
                    quote = text[
                        total.figure.phrase.start : (more or [total])[-1].figure.phrase.outer_end
                    ]
                    yield whole_before, [total, *more], False, quote
            if back is not None and k > 0:
                whole = figures[k - 1]
                gap = text[whole.figure.phrase.outer_end : total.figure.phrase.start]
                close = len(gap) <= GAP_REACH and not (_VERB.search(gap) or _BREAK.search(gap))
                if close and alike(whole, total) and not _net(text, whole, named):
                    quote = text[whole.figure.phrase.start : back.end()]
                    yield whole, [total], False, quote
                elif k > 1 and _them_after_aside(text, figures[k - 2], figures[k - 1], total):
                    # "290,138 tourists came from mainland China, a decrease of 21.5 per cent;
                    # 124,255 of them travelled alone": the count before the aside's percent
                    whole = figures[k - 2]
                    # never of another span ("...; N of them travelled alone a year earlier")
                    if (
                        measures_alike(whole, total)
                        and not _net(text, whole, named)
                        and not _longer_span(article, whole, total)
                    ):
                        quote = text[whole.figure.phrase.start : back.end()]
                        yield whole, [total], False, quote
        own = _own_total(text, figures)
        if own is not None and not _net(text, own[0], named):
            parts, rest = _parts(text, figures[1:], own[0], own[1], False)
            rest = rest or _left_out(text, own[1], parts)
            if parts:
                quote = text[figures[0].sentence[0] : parts[-1].figure.phrase.outer_end]
                yield own[0], parts, rest, quote
            continue
        lead = LEAD.match(text, figures[0].sentence[0]) if figures else None
        if lead is None:
            continue
        start = lead.end()
        first = next(
            (p for p in figures if p.figure.phrase.start >= start and stated_level(p.figure)), None
        )
        named_total = total_before(text, sentences[:number], first) if first is not None else None
        if named_total is not None and _group_unnamed(text, lead, named_total):
            continue  # "Istanbul led with X. Among foreigners, Iraqis topped with A": not X's
        if named_total is not None and not _net(text, named_total, named):
            parts, rest = _parts(text, figures, named_total, start, False)
            if len(parts) < 2:  # "Of these, A took X; B got Y; and C came to Z"
                parts = _semicolon_parts(text, figures, named_total, start) or parts
            if parts:
                quote = text[figures[0].sentence[0] : parts[-1].figure.phrase.outer_end]
                yield named_total, parts, rest, quote


_WHICH_WAY = re.compile(r"\s+(to|for|from|into)\s", re.IGNORECASE)
_OWN_WAY = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(to|for|from|into)\s", re.IGNORECASE)
"""After the sibling's figure, its way by the same word, past a word or two of what it counts
("9,045 bales into the Belgian market")."""


def _each_its_own_way(text: str, cue: re.Match[str], part: Placed) -> bool:
    """ "A of which to the Spanish market and B to the Italian": "of which" opens A's own way
    (where A went), and B after it goes its own way by the same word: two siblings of one
    unnamed whole, never A as B's total (B may be the larger). A total's parts follow "of which"
    as figures ("T, of which A to Spain and B to Italy") and are never cut by this."""
    if not re.match(r"of\s+which\b", cue.group().lstrip(" ,("), re.IGNORECASE):
        return False
    opening = _WHICH_WAY.match(text, cue.end())
    after = _OWN_WAY.match(text, part.figure.phrase.outer_end)
    return (
        opening is not None
        and after is not None
        and opening.group(1).lower() == after.group(1).lower()
    )


_ASIDE_BEFORE = re.compile(r"\s*,\s*(?:[a-z][a-z-]*\s+){0,5}", re.IGNORECASE)
"""Between a total and the one percent of an aside after it: a comma and a few words (", a rise
of", ", or", ", up")."""
_ASIDE_AFTER = re.compile(r"[^,;:()\d]{0,50}?(?=\s*,)")
"""After the aside's percent, up to the comma that closes it ("above the estimate", "of total
discretionary spending"): words only, no figure, no other clause's mark."""


def _aside_end(text: str, figures: list[Placed], k: int) -> int | None:
    """Where the aside right after the k-th figure ends, when it holds one percent and no verb
    ("Recurrent revenue came to T, 42.9% above the estimate, made up of A and B"; "Health gets T,
    10.0 percent of total spending, of which A"): a list's cue after it reads T as its total, as it
    would right after T. None where there is no such aside ("T, which rose 5%, of which": a
    clause of its own; "T, 5% of the W budget, of which": a figure of its own)."""
    if k + 1 >= len(figures):
        return None
    total, percent = figures[k].figure.phrase, figures[k + 1].figure.phrase
    unit = percent.stated.unit
    if unit is None or unit.kind != "percent" or not level(total):
        return None
    before = _ASIDE_BEFORE.fullmatch(text, total.outer_end, percent.start)
    after = _ASIDE_AFTER.match(text, percent.outer_end)
    if before is None or after is None:
        return None
    words = text[total.outer_end : after.end()]
    return None if _VERB.search(words) else after.end()


_ASIDE_WORDS = re.compile(r"[^,;:()\d]{0,60}?,(?P<aside>\s*(?:[a-z][a-z-]*\s+){0,6})", re.I)
"""Between a figure and the percent of its aside: the figure's own words, a comma and a few words
(" tourists came from mainland China, a year-on-year decrease of")."""
_ASIDE_CLOSE = re.compile(r"\s*[;,]\s*")
"""Between the aside's percent and the part after it: the mark that closes the aside."""


def _them_after_aside(text: str, whole: Placed, percent: Placed, part: Placed) -> bool:
    """A part "of them" right after an aside of one percent on the figure before it, with no
    verb ("T tourists came from China, a decrease of 21.5 per cent; N of them ...")."""
    unit = percent.figure.phrase.stated.unit
    if unit is None or unit.kind != "percent":
        return False
    words = _ASIDE_WORDS.fullmatch(text, whole.figure.phrase.outer_end, percent.figure.phrase.start)
    close = _ASIDE_CLOSE.fullmatch(text, percent.figure.phrase.outer_end, part.figure.phrase.start)
    return words is not None and close is not None and not _VERB.search(words.group("aside"))


_GROUP_PRONOUNS = frozenset(("them", "these", "those", "others", "which", "whom", "it", "all"))


def _group_unnamed(text: str, lead: re.Match[str], total: Placed) -> bool:
    """A lead "Among <group>," ("Among foreigners,", "Among the taxes,") names the group its list
    is of: the total before it is that group's only where its sentence names the group ("sales to
    foreigners reached T", "Tax revenue came to T"). A figure of a sentence about another holder
    ("Istanbul led sales with X houses") is no whole of the group's list (Sweep M: Hurriyet Daily
    News, Turkey's house sales, October 2019: the Iraqis' 597 houses within Istanbul's 2,043)."""
    group = lead.group("among") or lead.group("flow")
    if group is None or group.lower() in _GROUP_PRONOUNS:
        return False  # "Among them,": the figures before, whatever their words
    stem = group.lower().removesuffix("s").removesuffix("e")[:6]
    said = text[total.sentence[0] : total.sentence[1]].lower()
    return len(stem) >= 3 and stem not in said


def _semicolon_parts(text: str, figures: list[Placed], total: Placed, start: int) -> list[Placed]:
    """The parts of a list whose items, each with a verb of its own, are parted by semicolons:
    one amount of the total's unit in each item, two items or more, else none."""
    end = figures[0].sentence[1]
    cuts = [start, *(start + m.end() for m in re.finditer(";", text[start:end])), end]
    parts: list[Placed] = []
    for a, b in pairwise(cuts):
        inside = [p for p in figures if a <= p.figure.phrase.start < b and alike(total, p)]
        if len(inside) != 1:
            return []
        parts.append(inside[0])
    return parts if len(parts) >= 2 else []


def _own_total(text: str, figures: list[Placed]) -> tuple[Placed, int] | None:
    """The total a sentence opens on ("Of the T of total revenue, ..."), and where its parts
    start."""
    if not figures:
        return None
    first = figures[0]
    lead = _OWN_LEAD.fullmatch(text, first.sentence[0], first.figure.phrase.start)
    end = _OWN_LEAD_END.match(text, first.figure.phrase.outer_end) if lead is not None else None
    if end is None or not level(first.figure.phrase) or _VERB.search(end.group(0)):
        return None
    return first, end.end()


def _left_out(text: str, start: int, parts: list[Placed]) -> bool:
    """Two parts after an own total's comma (``start``), the first left out ("leaving out",
    "excluding") and the second the level of what is left ("amounts to", "stands at"): the
    two are all of the total (:data:`_REST_LEVEL`)."""
    if len(parts) != 2 or _LEFT_OUT.match(text, start) is None:
        return False
    between = text[parts[0].figure.phrase.outer_end : parts[1].figure.phrase.start]
    return _REST_LEVEL.search(between) is not None


def _colon_lists(
    article: Article, named: dict[str, Role]
) -> Iterator[tuple[Placed, list[Placed], bool, str]]:
    """ "T, increasing by P: A ... and B ...": two or more amounts of T's unit after a colon that
    follows T (or T's own growth), with no verb of another clause before the first."""
    text = article.text
    for figures in article.sentences():
        for k, total in enumerate(figures):
            if not level(total.figure.phrase) or _net(text, total, named):
                continue
            after, rest = total.figure.phrase.outer_end, figures[k + 1 :]
            if rest and rest[0].figure.kind in ("growth", "change"):
                if _OWN_GROWTH.match(text[after : rest[0].figure.phrase.start]) is None:
                    continue
                after, rest = rest[0].figure.phrase.outer_end, rest[1:]
            colon = _COLON.match(text, after)
            if colon is None or _whole_of_share(figures, k):
                continue
            parts, _ = _parts(text, rest, total, colon.end(), False)
            if len(parts) < 2 or _VERB.search(text, colon.end(), parts[0].figure.phrase.start):
                continue
            if _THEN.search(text, colon.end(), parts[-1].figure.phrase.outer_end):
                continue  # "T: up from A a year ago and B in 2020": earlier figures, not parts
            yield (
                total,
                parts,
                False,
                text[total.figure.phrase.start : parts[-1].figure.phrase.outer_end],
            )


def _whole_of_share(figures: list[Placed], k: int) -> bool:
    """The k-th figure is the whole of a share of an amount before it ("paid out A, or 93.9
    percent of the target set at T: X and Y"): a list after it may be A's or T's."""
    before = figures[:k]
    shares = [p for p in before if p.figure.kind == "share"]
    return bool(shares) and any(alike(p, figures[k]) for p in before)


def total_before(text: str, sentences: list[list[Placed]], part: Placed) -> Placed | None:
    """The total "Of the total, ..." names: the one figure of the part's unit in the nearest
    sentence before that has any (at most three sentences back, in the same or the paragraph
    before), unless a figure of that unit in its paragraph before it is of another period ("FDI
    was $28 billion in 2022, up from $23.8 billion. In 2012, it reached $28.9 billion. By
    industry, ...": the list may be of either year)."""
    window = sentences[-3:]
    for n in range(len(window) - 1, -1, -1):
        figures = window[n]
        if figures[0].paragraph < part.paragraph - 1:
            return None
        same = [p for p in figures if measures_alike(p, part)]
        if not same:
            continue
        if len(same) > 1 or a_rate(text, same[0].figure):
            return None  # "Arrivals run at 12.5 million visitors a year. Of that, ...": a rate
        if _compared_base(text, same[0]):
            return None  # "an increase of 12% over the N900 billion of 2030. It comprises ..."
        earlier = [
            p
            for before in window[:n]
            for p in before
            if p.paragraph == same[0].paragraph and measures_alike(p, part)
        ]
        return None if any(p.figure.period != same[0].figure.period for p in earlier) else same[0]
    return None


_BASE_WORDS = re.compile(
    r"\b(?:over|from|against|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: the words that make it a comparison's base ("an increase of 12 percent
over the X", "up from X")."""


def _compared_base(text: str, placed: Placed) -> bool:
    """The one figure of the unit in the sentence before is what its sentence compares another
    with ("The proposal is an increase of 12 percent over the N900 billion of 2030"): "It
    comprises", "Of the total" speak of the figure compared (read or not), never of its base."""
    start = placed.figure.phrase.start
    return _BASE_WORDS.search(text[max(placed.sentence[0], start - 40) : start]) is not None


def _parts(
    text: str, figures: list[Placed], total: Placed, start: int, labelled: bool
) -> tuple[list[Placed], bool]:
    """The parts of a list starting at ``start`` (of ``total``'s unit), and whether its last one
    is "the rest"."""
    parts: list[Placed] = []
    rest = False
    named: str | None = None  # the verb of being of a list "A is X, B is Y and C is Z"
    bracketed = False  # the first part printed in a bracket: "schools (X) and hospitals (Y)"
    position = start
    for placed in figures:
        phrase = placed.figure.phrase
        if phrase.start < position:
            continue
        unit = phrase.stated.unit
        if placed.figure.kind in ("growth", "change"):
            continue  # "VAT declined 26% to X": the part's own growth
        if unit is not None and unit.kind == "percent" and not parts:
            if _OR_AMOUNT.match(text, phrase.outer_end):
                continue  # "China (21.5 percent or $2.13 billion)": the part's share, then it
            return [], False  # "including 40 percent": shares, not amounts
        if not (alike(total, placed) or listed_alike(total.figure, placed.figure)):
            if unit is not None and unit.kind == "percent":
                continue  # a part's own share: "3 billion (40 percent)"
            break
        gap = _REST.sub("", text[position : phrase.start])
        if not parts and _COMPARED_GAP.search(gap):
            break  # "X, including import and empty ones, up from Y": the total's earlier value
        if parts and _COMPARED_GAP.search(gap):
            position = phrase.outer_end  # "4.1 billion on wages, up from 3.8 billion, and ..."
            continue
        if parts and _OPENS_BRACKET.search(gap) and not bracketed and not _NEXT_NAMED.match(gap):
            position = phrase.outer_end  # "X for wages (Y a year earlier) and ...": X's aside
            continue
        if not parts:
            bracketed = _OPENS_BRACKET.search(gap) is not None
        gapped = len(parts) == 1 and _GAPPED.fullmatch(gap) is not None
        if not parts:
            first = _NAMED_FIRST.fullmatch(gap)
            named = None if first is None else first.group("being").lower()
        following = _NAMED_NEXT.fullmatch(gap) if parts and named else None
        each_named = following is not None and following.group("being").lower() == named
        if (
            len(gap) > GAP_REACH
            or _BREAK.search(gap)
            or (
                parts and _VERB.search(gap) and not (gapped or each_named or _NEXT_NAMED.match(gap))
            )
            or (not parts and _NEW_PREDICATE.search(gap))
            or (parts and _SUBJECT_VERB.search(gap))
            or (parts and _NESTED.search(gap))
        ):
            break
        if labelled and _LABEL.match(text, phrase.outer_end) is None:
            break
        rest = rest or _REST.search(text, position, phrase.start) is not None
        parts.append(placed)
        position = past_noun(text, placed.figure)  # "300 projects in industry": its label next
        label = _LABEL.match(text, position)
        if label is not None:
            position = label.end()
    return (parts, rest and len(parts) >= 2) if parts else ([], False)


def _windows(article: Article) -> list[list[Placed]]:
    """Each paragraph, with the one before it; then the whole article (a part whose one whole
    is in a paragraph further off: "Revenue came to X ... Tax revenue reached Y")."""
    paragraphs = article.paragraphs()
    numbers = sorted(paragraphs)
    return [paragraphs.get(n - 1, []) + paragraphs[n] for n in numbers] + [list(article.figures)]


def _fit(a: Role, b: Role) -> bool:
    owners = not (a.owner and b.owner) or a.owner == b.owner
    if a.name in OTHER_FLOWS:  # "tobacco sales" is no part of "Toyota's sales": one owner or none
        owners = a.owner == b.owner
    return owners and a.plan == b.plan and a.time.fits(b.time) and a.earlier == b.earlier


def _qualified(
    article: Article, named: dict[str, Role]
) -> Iterator[tuple[Placed, list[Placed], bool]]:
    """ "tax revenues" and "customs revenues" within the one whole revenue around them."""
    done: set[str] = set()
    shares = _share_parts(article)
    categories = {p.figure.id for p in article.figures if listed_category(article.text, p)}
    for window in _windows(article):
        flows = [(p, named[p.figure.id]) for p in window if p.figure.id in named]
        if len(flows) > WHOLE_FLOWS:
            continue  # a table pasted as text, not an article's few flows
        for part, role in flows:
            if role.part is None or role.part in ("net", "non") or part.figure.id in done:
                continue
            candidates = [
                (p, r)
                for p, r in flows
                if r.name == role.name
                and role.name not in ("deficit", "surplus")
                and _fit(r, role)
                and within_owner(r.whose, role.whose, role.partner)
                and alike(p, part)
                and not per_time(article.text, p.figure.phrase.outer_end)
                and _topic_fits(article.text, p, r, role, named)
                and p.figure.id not in shares
                and not _kinds_apart(r, role)
                and p.figure.id not in categories
                and not no_whole_of(article.text, r, role)  # "operating income" of "Mac revenue"
                and pronounowner.whole_of(article.text, r, role)
            ]
            # the partner's whole trade first ("cement exports to Uzbekistan" within "exports to
            # Uzbekistan"), else the flow's total
            wholes = [p for p, r in candidates if _partner_whole(r, role)]
            if len(wholes) != 1:  # a business line's name makes no whole ("Fixed Line revenues")
                wholes = [p for p, r in candidates if r.part is None and not r.titled]
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            if _listed_within(article.text, whole, part):
                continue  # "Steel output is X (including the new mill with an output of Y)"
            if mirrored(_said(article.text, part), role.partner):
                continue  # "..., according to Chinese customs data": China's count, not ours
            if not one_context(article, whole, part):
                continue  # "In November, exports had grown to X" after December's parts
            if _other_place(article.text, whole, part, role):
                continue  # "euro area exports ... In the Nordic Union, exports rose to X"
            if role.partner is not None:  # a partner's goods are some product's too: alone
                done.add(part.figure.id)
                yield whole, [part], False
                continue
            parts = [
                p
                for p, r in flows
                if r.part is not None
                and r.part not in ("net", "non")
                and r.partner is None
                and r.name == role.name
                and _fit(r, named[whole.figure.id])
                and within_owner(named[whole.figure.id].whose, r.whose, r.partner)
                and alike(p, whole)
                and p.figure.id not in done
                and one_context(article, whole, p)
                and not _kinds_apart(named[whole.figure.id], r)
                and not _other_place(article.text, whole, p, r)
            ]
            if _partner_apart(article.text, whole, named[whole.figure.id], parts):
                continue  # "crude exports" within "exports to Jordan": another partner's flow
            done.update(p.figure.id for p in parts)
            yield whole, parts, False


_LIST_BROKEN = re.compile(r"[);]|\b(?:while|whereas|but)\b", re.IGNORECASE)
"""After a cue that opens a list of what a figure holds: the bracket closed, or another clause."""


def _listed_within(text: str, whole: Placed, part: Placed) -> bool:
    """The flow's bare figure stands after the qualified one, in its sentence, in the list a cue
    after it opens ("Steel output is expected at X (including the new mill with an output of
    Y)", "Copper output rose to X, including the smelter's new line with an output of Y"): what
    the list holds lies within the figure before it, never its whole."""
    if whole.sentence_index != part.sentence_index:
        return False
    end, start = part.figure.phrase.outer_end, whole.figure.phrase.start
    if start < end:
        return False
    cue = _NESTED.search(text, end, start)
    return cue is not None and _LIST_BROKEN.search(text, cue.end(), start) is None


def _other_place(text: str, whole: Placed, part: Placed, role: Role) -> bool:
    """The whole's sentence opens on a place ("In the Nordic Union, exports rose to X") and the
    part's word names a holder of its own ("eurozone exports") while its words up to its figure
    name not that place: another holder's flow, no part of that place's; or it opens on an area of
    the country by its compass word ("In northern region, ... X in exports") and the part's words
    up to its figure name not that area: the country's flow, never within one area's
    (:mod:`aktobe_facts.text.placeopener`)."""
    said = text[part.sentence[0] : part.figure.phrase.start]
    place = opening_place(text, *whole.sentence)
    if place is not None and names_a_holder(role.part) and place not in said:
        return True
    area = opening_area(text, *whole.sentence)  # "In northern region, exports fell to X": the
    return area is not None and area not in said.lower()  # north's, no whole of the country's


def _share_parts(article: Article) -> set[str]:
    """The figures a share before them makes a part of the whole its words name: "Copper accounted
    for 12.5 percent of total exports with a value of X": X is a part of the exports, its flow's
    noun that of the whole, never a flow's whole (of "exports to Asia" or any other)."""
    return {
        pair.part.id
        for sentence in article.read
        for pair in share_pairs(article.text, sentence)
        if pair.named and pair.share.phrase.start < pair.part.phrase.start
    }


def _kinds_apart(whole: Role, part: Role) -> bool:
    """The whole is the flow of goods alone ("goods imports", "merchandise exports", "exports of
    goods") and the part one of services ("service imports", "tourism exports"): sibling kinds of
    one flow, neither part of the other."""
    return "goods" in whole.owner and "services" not in whole.owner and part.part in SERVICE_KINDS


def _topic_fits(text: str, whole: Placed, role: Role, part: Role, named: dict[str, Role]) -> bool:
    """A whole that names no partner is no whole of ``part`` when the words before it in its
    paragraph are about another partner's trade ("With Ruritania, ... imports rose to C": C is
    Ruritania's, never the whole of the imports from Freedonia, nor of all partners' wool
    imports; :mod:`aktobe_facts.text.partnertopic`)."""
    if role.partner is not None:
        return True
    topics = topic_partners(text, whole, named)
    return not topics or part.partner in topics


def _said(text: str, placed: Placed) -> str:
    return text[placed.sentence[0] : placed.sentence[1]]


def _partner_apart(text: str, whole: Placed, role: Role, parts: list[Placed]) -> bool:
    """The whole names the one partner its flow goes to or comes from ("exports to Jordan came to
    X") and a part's words name neither that partner nor "these" flows: the part is of the
    country's whole flow, never within one partner's ("crude exports of 106 million barrels ...
    exports to Jordan came to 464,725 barrels"). "All exports to Uzbekistan came to X" keeps "the
    value of these exports" before it."""
    partner = _PARTNER.search(text, role.start, whole.figure.phrase.start)
    if partner is None:
        return False
    name = partner.group(1)
    for part in parts:
        words = text[part.sentence[0] : part.figure.phrase.start]
        if name not in words and not _THESE.search(words):
            return True
    return False


_PARTNER = lazy(rf"\b(?:to|from|with)\s+(?:the\s+)?(?!(?i:{MONTH_NAMES})\b)([A-Z][\w'’-]*)")
"""A partner named after a flow's noun: "exports to Jordan", "imports from China"."""
_THESE = re.compile(r"\b(?:these|those|this|such)\b", re.IGNORECASE)


def _partner_whole(whole: Role, part: Role) -> bool:
    """``whole`` is all the trade with the partner ``part`` names a product of ("exports to
    Uzbekistan" for "the value of these exports" of cement to Uzbekistan)."""
    return (
        part.partner is not None
        and part.part != part.partner
        and whole.partner == part.partner
        and whole.part == whole.partner
    )


def _items(article: Article, named: dict[str, Role]) -> Iterator[tuple[Placed, list[Placed], bool]]:
    """ "The largest items of income are VAT (X), income tax (Y) and profit tax (Z)": two or more
    parts of the article's one whole of that flow."""
    text = article.text
    for figures in article.sentences():
        m = _ITEMS.search(text, figures[0].sentence[0], figures[0].sentence[1])
        if m is None:
            continue
        parts = list_after(text, figures, m.end())
        flow = _ITEM_FLOWS[
            next(w for w in m.group("flow", "partners", "buyers", "sellers") if w).lower()
        ]
        wholes = [
            p
            for p in article.figures
            if (r := named.get(p.figure.id)) is not None
            and r.name == flow
            and r.part is None
            and not r.earlier
            and parts
            and alike(p, parts[0])
            and p not in parts
        ]
        if len(wholes) > 1:  # "Turnover came to W in January-February ... last year, X": W's
            wholes = [
                w
                for w in wholes
                if one_context(article, w, *parts)
                and not (
                    w.sentence_index > figures[0].sentence_index and _dated(named[w.figure.id])
                )
            ]
        if len(parts) >= 2 and len(wholes) == 1:
            yield wholes[0], parts, False


def _dated(role: Role) -> bool:
    """The role's own words name its period ("For the whole of last year, turnover reached X"): a
    list before it, which takes the period of the words before it, is no part of it."""
    time = role.time
    return time.year is not None or time.relative is not None or time.months is not None


def _together(
    article: Article, named: dict[str, Role]
) -> Iterator[tuple[Placed, list[Placed], bool]]:
    """ "Together the deficit came to T": the earlier figures of its role, each of its own
    period."""
    text = article.text
    for window in _windows(article):
        for total in window:
            role = named.get(total.figure.id)
            clause = text[total.sentence[0] : total.figure.phrase.start]
            if role is None or role.part is not None or not _TOGETHER.search(clause):
                continue
            parts = [
                p
                for p in window
                if p.figure.phrase.start < total.figure.phrase.start
                and (r := named.get(p.figure.id)) is not None
                and r.name == role.name
                and r.part is None
                and r.time.named
                and _fit(r, role)
                and within_owner(role.whose, r.whose, r.partner)
                and alike(p, total)
            ]
            times = {named[p.figure.id].time for p in parts}
            if len(parts) >= 2 and len(times) == len(parts):
                yield total, parts, True
