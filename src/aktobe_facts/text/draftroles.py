"""What an amount of an article is, where its words say it, for the rules of
:mod:`aktobe_facts.draftrules`: a budget's revenue, spending, deficit or surplus; a country's
exports, imports, trade turnover or trade balance.

An amount gets a role only from words that leave one reading: the role's noun before it with
nothing but linking words between ("revenues were", "a deficit of", "expenditures for the five
months amounted to", "imports for"), or a verb whose subject is a budget ("the budget took in",
"spent"); an amount with no noun of its own right after one of the same unit takes that one's role
("a deficit of 5.7 trillion in January and 7.2 trillion in February"). Beside the role the words
say:

- whether it is a part of a whole: "tax revenues", "energy revenues", "exports of gold", "spent 2
  billion on roads", "revenues administered by the Tax Service" (and "those administered by the
  Customs Service"), "the value of these exports" after "exported ... tons of cement" name a part,
  "total", "consolidated", a name ("Russia's") or a body that owns the budget ("collected by the
  government", "by the Ministry of Finance") do not;
- whose it is: the significant words of "the consolidated budget", "the state budget", "the
  sovereign fund's" (two figures of different owners are never related);
- whether it is planned (a plan, projection, forecast or limit; "the budget puts revenue at", not
  "official figures put tax revenues at") or reported;
- its period, as far as the words of its own clause name one (:class:`Time`), and whether it is a
  comparison's earlier figure ("after a surplus of ... in the same quarter of 2022").

A change ("increased by 5 billion", "(+5.3 billion)"), a range, a negative figure or a percent
has no role (:func:`aktobe_facts.text.levels.level`). A figure's clause, period and comparison are
read by :mod:`aktobe_facts.text.figuretime`, the period a few words name by
:mod:`aktobe_facts.text.roletime`. A clause whose verb is the one before's keeps its flow ("and imports by 8.8
percent, up to X").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import msgspec
from msgspec import Struct

from aktobe_facts.reading.changewords import CHANGE_NOUNS
from aktobe_facts.reading.cldrnames import NAMES as CLDR_NAMES
from aktobe_facts.reading.cldrplaces import PLACES
from aktobe_facts.text.balanceholder import balance_holder, holder_of, subject_clause
from aktobe_facts.text.changenamed import names_change
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftcurrency import adjective
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.figuretime import (
    FROM_TO,
    MOVED_FROM,
    MOVED_FROM_WORDS,
    is_earlier,
    own_clause,
    time_of,
)
from aktobe_facts.text.keptlast import kept_last
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.roletime import MONTH, TIME_LINK, Time, names_only_period
from aktobe_facts.text.spelledname import unbracketed
from aktobe_facts.text.subdivisionnames import opening_subdivision
from aktobe_facts.text.subjectpart import subject_part
from aktobe_facts.text.whose import FUNCTION_WORDS, is_country, possessives, whose
from aktobe_facts.text.wordsback import words_before


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


BUDGET = "budget"
TRADE = "trade"

_TRADE_WORD = r"(?:foreign|external|international|overseas|mutual|bilateral)"
OTHER_FLOWS = {
    "production": r"production|output",
    "sales": r"sales",
    "remittances": r"remittances?(?:\s+inflows?)?",
    "shipments": r"shipments",
}
"""Flows of neither a budget nor a country's trade, each its own (no family): what a mine, a
field, a farm or a factory turns out, what is sold, the money migrants send home and the goods
shipped (a count of visitors has no unit, so no level and no role). The rules that tie figures of one flow (its parts, its figure named
twice, its growth and its order) read them as they read revenue or exports; the balances and the
trade-only rules never do."""
_NOUNS: tuple[tuple[str, str], ...] = (
    # "import-export revenue amounted to X", "export/import value": the two flows joined ("import-
    # export turnover" is read by the turnover's own noun)
    (
        "turnover",
        r"(?:imports?[-‐/]exports?|exports?[-‐/]imports?)\s+(?:revenues?|value|volume|earnings)\b",
    ),
    ("turnover", rf"(?:{_TRADE_WORD}\s+)?trade\s+turnover|turnover"),
    (  # "trade (exports plus imports) grew to X": the brackets say it is the two flows' sum
        "turnover",
        r"trade(?=\s*\(\s*(?:exports\s+(?:plus|and|\+)\s+imports|imports\s+(?:plus|and|\+)\s+exports)"
        r"\s*\))",
    ),
    ("turnover", rf"{_TRADE_WORD}\s+trade(?!\s+(?:deficit|surplus|balance|turnover))"),
    (  # "trade in 2023 rose", "trade grew"; "trade with China rose to X": the turnover with it
        "turnover",
        r"trade(?=\s+(?:with\s+(?:the\s+)?(?-i:[A-Z])|"
        rf"in\s+(?:the\s+)?(?:first|last|past|{MONTH}|\d{{4}})\b|(?:has|have|had|was|were|grew|rose|fell|increased|decreased|expanded|shrank|"
        r"totall?ed|amounted|reached|stood|came|climbed|dropped|declined|jumped|surged)\b))",
    ),
    (  # "the gap between imports and exports reached X": the balance, never either flow
        "deficit",
        r"deficits?(?:\s+budgets?(?=\s+of\b))?|shortfall|gap(?!\s+between)|"
        r"(?<=trade\s)loss(?:es)?|"
        r"gap\s+between\s+(?:(?:the\s+)?imports\s+and\s+(?:the\s+)?exports|"
        r"(?:the\s+)?exports\s+and\s+(?:the\s+)?imports)",
    ),
    # "a deficit budget of X", "a surplus budget of X": the budget named by its balance
    ("surplus", r"surplus(?:es)?(?:\s+budgets?(?=\s+of\b))?"),
    (  # "export earnings", "earnings from exports", "export receipts": the exports' value
        "exports",
        r"exports?\s+(?:earnings|receipts|proceeds|revenues?)|"
        r"(?:earnings|receipts|proceeds|revenues?)\s+from\s+exports?",
    ),
    (  # "the import bill", "spending on imports", "import expenditure": the imports' value
        "imports",
        r"imports?\s+(?:bill|expenditures?|payments|spending)|"
        r"(?:spending|expenditures?|payments)\s+(?:on|for)\s+imports?",
    ),
    ("revenue", r"revenues?(?:\s+collections?)?|receipts|incomes?"),
    ("spending", r"spending|expenditures?|expenses|outlays"),
    # "outbound shipments", as the Korean and Japanese press names exports (twenty-sixth session)
    ("exports", r"(?:outbound|overseas)\s+shipments"),
    ("imports", r"inbound\s+shipments"),
    ("exports", r"exports?"),
    ("imports", r"imports?"),
    *((name, words) for name, words in OTHER_FLOWS.items()),
)
_VERBS: tuple[tuple[str, str], ...] = (
    ("revenue", r"t(?:ook|akes?)\s+in|received|receives|collected|collects|earned|earns"),
    ("spending", r"spen[dt]s?|paid\s+out|pays?\s+out|disbursed"),
    ("exports", r"exported|exports"),
    ("imports", r"imported|imports"),
    ("production", r"produced|turned\s+out|mined|pumped|extracted"),
    ("sales", r"sold"),
    ("remittances", r"sent\s+home|remitted"),
    ("shipments", r"shipped"),
)
_NOT_RE = r"(?<!\bre-)(?<!\bre‐)"
"""Not after "re-": re-exports and re-imports are flows of their own (goods shipped on as they came
in), never a part of exports or imports named "re-" ("Re-exports increased ... to Dhs210bn" beside
"exports ... to Dhs76bn": no sum)."""
_ROLE = re.compile(
    "|".join(
        [rf"{_NOT_RE}\b(?P<n{i}>{p})\b" for i, (_, p) in enumerate(_NOUNS)]
        + [rf"{_NOT_RE}\b(?P<v{i}>{p})\b" for i, (_, p) in enumerate(_VERBS)]
    ),
    re.IGNORECASE,
)
FAMILIES = {
    "revenue": BUDGET,
    "spending": BUDGET,
    "exports": TRADE,
    "imports": TRADE,
    "turnover": TRADE,
}

NON_NEGATIVE = frozenset(FAMILIES) | frozenset(OTHER_FLOWS)
"""The flows whose parts never exceed them (no balance: a deficit's month may be a surplus)."""

_ENTITY = frozenset(
    _split(
        "consolidated state federal republican local regional municipal central sovereign national "
        "pension general public"
    )
)
"""Words that say whose a budget is: two figures of different owners are never related."""
_OWNER = _ENTITY | frozenset(
    _split(
        "budget budgets fiscal government governments government's public treasury country country's "
        "fund fund's funds itself total overall aggregate combined cumulative goods merchandise"
    )
)
"""Words before a role's noun that name its owner or say it is the whole, not a part."""
_FUNCTION = FUNCTION_WORDS | frozenset(
    _split("thus then year's month's period's versus vs compared")
)
_TIME_WORD = lazy(
    r"^(?:\d{4}|\d{4}'s|annual|yearly|monthly|quarterly|full-year|half-year|nine-month|"
    rf"first-(?:quarter|half)|{MONTH}|years?|months?|quarters?|half|period|weeks?)$",
    re.IGNORECASE,
)
_VERBISH = lazy(
    r"^(?:\w+ed|\w+ing|plans?|expects?|projects?|forecasts?|posts?|records?|ran|runs?|sees?|saw|"
    r"shows?|had|has|have|sets?|targets?|envisages?|estimates?|reports?|registers?|puts?|"
    r"was|were|is|are|be|been|said|says?|told|tells?|took|takes?|made|makes?|paid|pays?|gave|"
    r"gives?|got|gets?|left|kept|held|holds?|should|would|could|will|may|might|must|shall|can)$",
    re.IGNORECASE,
)
VERBISH = _VERBISH
"""A word that reads as a verb (or a participle, "-ed", "-ing") before or after a flow's noun."""
_FOLLOW = lazy(
    r"^(?:\w+ed|fell|rose|grew|came|comes|come|stood|stands|hit|hits|shrank|sank|slid|went|"
    r"was|were|is|are|will|would|may|might|could|should|have|has|had|be|been|reach(?:es)?|"
    r"total(?:s|l?ing)?|amount(?:s|ing)?|stand|rise|rises|grow|grows|fall|falls|remain(?:s|ed)?|"
    r"of|for|in|at|to|during|over|under|also|alone|itself|then|this|that|which|came|hit|"
    r"accounted|increased|decreased|stood|equal(?:l?ed|s)?|continued|kept|narrowed|widened|"
    r"saw|sees?|shows?|showed|by|up|down|\w+ly)$",
    re.IGNORECASE,
)
"""The first word after a role's noun when the noun is the figure's subject ("revenues were",
"expenditures for", "deficit of"); any other word ("export duties") makes another subject."""
_RECORD_SPAN = re.compile(
    r"\b(?:more|less)\s+than\s+(?:an?\s+)?[\w-]+[\s-](?:year|month|quarter|decade)s?[\s-](?:high|low)\b",
    re.IGNORECASE,
)
"""A record's span in a flow's tail: "widened to a more than five-year high of X" compares the
figure with no other figure (the tail's "than" breaks no clause)."""
_FROM_SPAN = re.compile(
    rf"\s*from\s+(?:{MONTH})\b(?:\s+\d{{4}})?\s+(?:to|through|till|until)\s", re.I
)
"""After a flow's noun, the span of months its figure covers ("Imports from January to April rose
to X"): a period, never a partner nor another subject."""
_TAIL_BREAK = lazy(
    r"\b(?:than|exceed\w*|surpass\w*|compared|versus|vs|against|includ(?:ing|ed|es|e)|such\s+as|"
    r"of\s+which|share|when|"
    r"per(?!\s*cent)|while|whereas|but|respectively)\b|;|,\s*(?:and\b|or\b|(?-i:[A-Z]))|"
    r",\s*(?:though|although|as|with|led|driven|thanks|due|mainly|mostly|largely|chiefly|"
    r"particularly|especially|notably|ahead|behind|followed|helped|reflecting|because|since|"
    r"where)\b|,\s*so\s+(?:that\s+)?(?:we|they|it|there|i|you)\b|(?<=.),\s*which\b|\bas\s+(?!of\b|well\b|much\b|many\b|such\b|expected\b|"
    r"planned\b|projected\b|forecast\b)(?:the\s+)?[a-z]+\s+(?:\w+\s+)?(?:rose|fell|grew|"
    r"climbed|jumped|dropped|declined|increased|decreased|surged|soared|slid|slumped)\b",
    re.IGNORECASE,
)
_DRAWN_FROM = lazy(
    r"\b(?:a|an|the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
    r"(?:from|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
"""Words right before a role's noun that make it the source of another noun ("a general reserve
from annual revenues", "a fund out of the revenues"): with a relative clause after the noun
(:data:`_RELATIVE`: "that should reach X"), the figure may be the other noun's as well, so it is
no level of the flow."""
_RELATIVE = re.compile(r"\s*,?\s*(?:that|which)\b", re.IGNORECASE)
_OBJECT_OF = lazy(
    r"(?<!\btook\s)(?<!\btakes\s)(?<!\btake\s)(?<!\bbrought\s)(?<!\bbrings\s)"
    r"\b(?:in|into|to|among|on)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:value|volume)\s+of\s+(?:the\s+|its\s+|their\s+)?)?$"
    r"|(?:%|\bpercent|\bper\s*cent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|overall\s+)?"
    r"(?:(?:value|volume)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?)?$",
    re.IGNORECASE,
)
"""Words right before a role's noun that make it another noun's object ("the rise in imports",
"the biggest contributor to imports", "In imports, machinery rose", "an increase in the value of
exports of X": X is the increase; a share's whole: "which made up
88.5 percent of total exports, grew to X", "19.7 percent of the total value of merchandise imports,
then China with X"; never a budget's verb, "took
in revenue of"): the figure is not its, unless the words after the noun are the change's own
size and the value reached (:data:`_CHANGE_OF`)."""
_CHANGE_OF = re.compile(
    r"\s*(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s*cent)\s*,?\s*(?:to|to\s+reach|reaching)\s*",
    re.IGNORECASE,
)
"""After an object's noun, a change's size and the value it reached: "a decline in expenses by 3.9%
to X" is the expenses' level."""
"""Words between a role's noun and the figure that make the figure another's ("revenues
exceeded spending by", "of which", "total exports which included machinery valued at", "such
as", "of the turnover, and Russia for"), or open a clause of
another subject ("Imports were flat, though purchases of aircraft rose to reach", "Imports rose,
led by fuel, which climbed to")."""
_REACHED = re.compile(
    r"\b(?:(?:up\s+)?to|at|from|reach(?:ed|es|ing)?|hit(?:s|ting)?|amount(?:ed|s|ing)\s+to|"
    r"total(?:l?ed|s|l?ing)|equal(?:l?ed|s|l?ing)|came\s+to)\s*$",
    re.IGNORECASE,
)
"""The words right before a flow's level when another figure stands between it and the flow's
noun: the level its change reached ("Imports climbed 9.4 percent, an increase of 19.6 billion,
to"; "rose 6 percent (NZ$250 million) to reach"), never a figure of another noun ("..., driven by
energy purchases of"; "Exports rose 5 percent and equaled X")."""
_ASIDE_OF = re.compile(r"\s*\(\s*(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
"""Between a figure and the next: an opening bracket, the next an aside on the one before (a
percent's amount of change, "rose 6 percent (NZ$250 million)"), never a level of its own."""
_OR_PERCENT_COMPARED = re.compile(
    r"\s+or\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s*(?:more|less|higher|lower)\b",
    re.IGNORECASE,
)
_OR_PERCENT_ASIDE = re.compile(
    r"\s*,\s*or\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s*,\s*(?:more|less|higher|lower)\b",
    re.IGNORECASE,
)
"""After a figure, its percent set off by commas and then a word of comparison: "The deficit was
$4.2 billion, or 37%, higher than a year earlier" (the comparison is the figure's and the
percent's: both are the change); "amounted to X, or 36.9% more" (no comma after the percent) is
the level and its growth."""
_BEING = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:about|almost|nearly|some)\s+)?$")
"""Before a figure, a verb of being, and after it "or 7.2% higher" with no comma: the figure and
the percent are together the amount a flow changed by ("were EUR 72.7 million or 7.2% higher",
"which is EUR 74.7 million or 10.4% less"), never the flow's level ("amounted to €2.17 billion,
or 36.9% more" is the level and its growth)."""
_AHEAD = re.compile(
    r"\s+(?:ahead\s+of|behind|above|below|short\s+of|higher\s+than|lower\s+than|"
    r"more\s+than|less\s+than|up\s+on|down\s+on)\s",
    re.IGNORECASE,
)
"""Right after a figure with no comma, words that set it against another ("Net interest income was
almost $1m ahead of the 2018 first quarter at $7.699m", "came in $2 million below budget"): the
figure is the gap between the two, never the flow's level nor its part."""
_ELIDED_AFTER = re.compile(r"\s*[-–—]+\s*(?:for|on)\s+(?:the\s+)?[a-z]", re.IGNORECASE)
"""Right after a figure, a dash and "for" or "on": an elided clause that names what the figure is
of after it ("A of this amount accounted for exports, B - for imports"; "A was spent on roads, B -
on schools"). The noun before the figure is the figure before's, so the words leave the figure's
flow to the clause after it, which the role reader does not read: no role."""
_AFTER_PART = lazy(
    r"\s*(?:worth\s+of|of|on|from|in(?=\s+(?!(?:revenues?|receipts|income|spending|"
    r"expenditures?|outlays|exports|imports|trade|total|all|aggregate|terms|nominal|real|value|"
    r"volume|cash|dollar|local|its|their|the|an?|each|every|[a-z]+\s+terms)\b))|"
    r"(?:went|goes|go|going|was\s+spent|were\s+spent)\s+(?:to|on|"
    r"into|for))\s+(?!(?:which|them|it|this|that|same|corresponding|comparable|goods|merchandise|"
    rf"{MONTH}|the\s+(?:total|same|first|"
    r"second|third|fourth|whole|full|year|period|months?|quarter|half)|a\s+year|last|"
    r"previous|[A-Za-z]{0,3}\d+|(?-i:[A-Z]{3})\s+\d+)\b)([A-Za-z][\w-]*)",
    re.IGNORECASE,
)
"""What follows a figure and makes it a part: "spent 2 billion on roads", "5 billion of oil",
"received 120 million in grants" (never "in revenue", "in 2031", "in nominal terms", nor the base
of a comparison with no article before it: "up 18% to X on same period last year"; nor "worth of
goods", the flow's coverage and its whole as a rule: :data:`_GOODS`; nor a currency's code and a
number, the base of a change: "revenues up to KRW 17.87 trillion from KRW 16.23 trillion", Sweep
M's Samsung, made a part "KRW" of the revenue)."""
_PLAN = lazy(
    r"\b(?:(?<!figures\s)(?<!data\s)(?<!statistics\s)(?<!report\s)puts?|plan(?:s|ned)?|project(?:ed|s|ions?)|forecast(?:s|ed)?|expect(?:s|ed)?|budgeted|"
    r"envisag\w*|target(?:s|ed)?|will|is\s+set\s+to|are\s+set\s+to|limited|capped|ceiling|"
    r"draft|approved|outlook|goal|aim(?:s|ed)?|sees?|(?:is|are|was|were|be|been)\s+seen|"
    r"(?:is|are)\s+estimated\s+(?:at|to)|"
    r"seen\s+(?:by\s+(?:the\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+)?\s+)?(?:at|as|to|rising|falling|"
    r"growing|reaching|near))\b",
    re.IGNORECASE,
)
"""Words before a figure in its sentence that make it planned: a plan, a forecast or a limit.
"Sees" and "seen" as the press writes a forecast ("the IMF sees exports at X", "exports are seen
at X", "revenue seen by analysts at X", by one or two words); "a report seen by Reuters" is none,
nor "data seen by Reuters showed exports at X" (a verb of its own after the seer). "Is estimated
at" as a ministry gives its estimate of a year's figure ("the fiscal deficit is estimated at X or
5.8 per cent of the GDP": the revised estimate, never the flows reported to a month); "were
estimated at" is a statistics office's estimate of what was ("exports in the first nine months
were estimated at X"), as reported as any figure."""


def planned(text: str, start: int, end: int) -> bool:
    """The words of ``text[start:end]``, a sentence up to a figure, make the figure planned
    (:data:`_PLAN`)."""
    return _PLAN.search(text, start, end) is not None


_SOME_OF = re.compile(
    r"\b(?:most|part|half|bulk|some|much|portion|share|majority|third|quarter)\s+of\s+"
    r"(?:the\s+|this\s+|that\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
_ALLOTTED_THEN = lazy(
    r"\b(?:allocat(?:e|es|ed)|budget(?:s|ed)|earmark(?:s|ed)?|appropriat(?:e|es|ed)|"
    r"set(?:s)?\s+aside)\b(?:[^.;]|\.\d){0,80}?\b(?:for|to|on)\s+(?:the\s+)?"
    r"(?P<item>[a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*){0,2})(?:[^.;]|\.\d){0,60}?"
    r"\band\s+(?:(?:has|have|had)\s+)?(?:(?:so|thus)\s+far\s+|already\s+)?$",
    re.IGNORECASE,
)
"""Before a verb of spending: an allocation for an item in the same sentence, joined by "and" ("The
state budget also allocated USD97 million for additional grants and contributions and has so far
spent"): what was spent is that item's, a part of the budget's spending, never its whole."""
_OF_THE_LEAD = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)of\s+(?:the|this|that|its|their|these|those)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words that open a figure's clause with "of the ..." up to a flow's noun, a comma then the
figure alone after it: "Of the total annual revenues, 3.23 trillion pesos came from taxes" (the
noun is the figure's whole, the figure some of it, never the whole however "total" it says)."""
_CAME_FROM = re.compile(
    r"\s+(?:came|come|comes|was|were)\s+(?:\w+ly\s+)?from\s+(?:the\s+)?([a-z][\w-]*)",
    re.IGNORECASE,
)
"""After a figure led by "Of the total revenues,": what that part is ("came from taxes")."""
_SOURCE_OF = re.compile(
    r"\b(?:source|item|component|part|element|contributor|line|category)s?\s+of\s+(?:the\s+|its\s+"
    r"|their\s+)?$",
    re.IGNORECASE,
)
"""Words right before a role's noun that make the figure a part of it: "Tax income, the largest
source of revenue, went up to X"."""
_QUALIFIED = lazy(
    r"\b(?:primary|non-oil|non-energy|structural|underlying|core|adjusted|"
    r"(?:current|capital|financial)[\s-]+accounts?|balance\s+of\s+payments|"
    r"(?:excluding|excludes?|leaving\s+out|without|net\s+of|before|less|minus|"
    r"not\s+counting|apart\s+from)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:interest|debt|transfers?|oil|grants?|payments?|servicing))\b",
    re.IGNORECASE,
)
"""Words in a figure's sentence before it that make its balance or flow a qualified one ("the primary
deficit", "leaving out interest payments, a deficit of", "the current account showed a surplus
of": no trade balance): not the budget's own, so never the
difference of its revenue and spending."""
_GAPPED = re.compile(
    r"\s*by\s+[\d.,]+\s*(?:%|percent|per\s*cent)\s*,?\s*(?:(?:up|down)\s+to|to|reaching|at)?\s*$",
    re.IGNORECASE,
)
"""Between a role's noun and its figure, the growth of a clause whose verb is understood from the
one before ("Exports grew by 8.3 percent, reaching X, and imports by 8.8 percent, up to Y")."""
_BY_AGENT = lazy(
    r"\s*(?:administered|collected|raised|levied|gathered)\s+(?:by|through)\s+(?:the\s+)?"
    r"(?P<agent>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+(?=\w+ed\b|to\b|was\b|were\b)",
    re.IGNORECASE,
)
"""After a flow's noun, the body that handles it: "Revenues administered by the State Fiscal
Service amounted to" (a part of the revenue, unless the body is the budget's owner)."""
_THOSE = lazy(
    r"\bthose\s+(?:administered|collected|raised|levied|gathered)\s+(?:by|through)\s+"
    r"(?:the\s+)?(?P<agent>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+(?:to|at)\s*$",
    re.IGNORECASE,
)
"""Before a figure, "and those administered by the Customs Service to": the flow of the part before,
handled by another body."""
_THESE = re.compile(r"\b(?:these|those|such)\s*$", re.IGNORECASE)
FLOW_WORDS = {
    "exports": r"export(?:s|ed)?",
    "imports": r"import(?:s|ed)?",
    "revenue": r"revenues?|receipts|collected",
    "spending": r"spending|expenditures?|spent",
    "turnover": r"turnover|traded?",
}
_FLOW_PATTERNS = {
    name: re.compile(rf"{_NOT_RE}\b(?:{w})\b", re.IGNORECASE) for name, w in FLOW_WORDS.items()
}


def flow_words_in(words: str) -> frozenset[str]:
    """The flows (keys of :data:`FLOW_WORDS`) whose words a stretch of text names."""
    return frozenset(name for name, pattern in _FLOW_PATTERNS.items() if pattern.search(words))


LOOK_BACK_CHARS = 300
"""Characters before a sentence read for what "these exports" are."""


def _named_before(text: str, start: int, name: str) -> tuple[str | None, str | None]:
    """What "these exports" are: the thing the sentence before names after its flow word ("Kyrgyzstan
    exported 422,260 tons of cement": cement), None where it names none; and the partner named
    right after that thing ("of cement to Uzbekistan": uzbekistan), None where none is."""
    words = FLOW_WORDS.get(name)
    if words is None:
        return None, None
    before = text[max(0, start - LOOK_BACK_CHARS) : start]
    pattern = rf"\b(?:{words})\b(?:[^.;]|\.\d){{0,40}}?\bof\s+(?:the\s+)?([a-z][\w-]*)"
    found = list(re.finditer(pattern, before, re.IGNORECASE))
    if not found or _owns(found[-1].group(1)) or _TIME_WORD.match(found[-1].group(1)):
        # "exported 12,300 tons to Russia. The value of these exports": the partner's, no thing
        bare = rf"\b(?:{words})\b(?:[^.;]|\.\d){{0,40}}?(?=\s(?:to|from|with)\s)"
        flows = list(re.finditer(bare, before, re.IGNORECASE))
        return None, (_partner(name, before[flows[-1].end() :]) if flows else None)
    return found[-1].group(1).lower(), _partner(name, before[found[-1].end() :])


_OWNING_BODY = frozenset(_split("ministry government treasury cabinet budget authorities"))
TAIL_REACH = 120
"""At most this many characters between a role's noun and its figure."""


class Role(Struct, frozen=True):
    name: str  # revenue, spending, deficit, surplus, exports, imports, turnover, OTHER_FLOWS
    family: str | None  # BUDGET, TRADE, or None for a deficit or surplus of either
    part: str | None  # the word that makes it a part ("tax" revenues), None for a whole
    owner: frozenset[str]  # the significant words of whose it is (consolidated, state ...)
    plan: bool
    time: Time
    earlier: bool  # the figure of a comparison's earlier period
    start: int  # where its words start in the article
    partner: str | None = None  # the partner it is traded with ("exports to China": china)
    whose: frozenset[str] = frozenset()  # its possessors ("Kazakhstan's exports"): text.whose
    titled: frozenset[str] = frozenset()  # capitalised words right before it ("Data Centre")
    aim: str | None = None  # what spending goes to, after its noun ("expenses for roads": roads)


def roles(article: Article) -> dict[str, Role]:
    """The role of each amount of the article whose words make it clear, by claim id: a dict of
    the caller's own (a rule may add to it), read once per article however many rules ask."""
    return dict(_roles(article))


@kept_last
@lru_cache(maxsize=1)
def _roles(article: Article) -> dict[str, Role]:
    """:func:`roles`, kept for the article drafted last (about 15 rules read the roles of one
    article, which cost some 40 percent of the draft's time when each read them again)."""
    found: dict[str, Role] = {}
    last = Time()  # the period the last figure with a role named
    own = False  # a figure with a role of the article's own period came before
    own_before_last = False  # ... before the figure that named ``last``
    broken: set[str] = set()  # flows that break down the amount before them
    for figures in article.sentences():
        previous: tuple[Placed, Role | None] | None = None
        for k, placed in enumerate(figures):
            if not level(placed.figure.phrase) or placed.figure.kind != "amount":
                continue
            if k > 0 and _ASIDE_OF.fullmatch(
                article.text, figures[k - 1].figure.phrase.outer_end, placed.figure.phrase.start
            ):
                continue  # "rose 6 percent (NZ$250 million) to reach": the rise's amount
            if _OR_PERCENT_COMPARED.match(article.text, placed.figure.phrase.outer_end) and (
                _BEING.search(
                    article.text,
                    max(0, placed.figure.phrase.start - 30),
                    placed.figure.phrase.start,
                )
            ):
                continue  # "Spending was $72 million or 7% higher": the change's amount
            if _OR_PERCENT_ASIDE.match(article.text, placed.figure.phrase.outer_end):
                continue  # "The deficit was $4.2 billion, or 37%, higher than": the change's amount
            if names_change(article.text, placed.figure.phrase.start, placed.sentence[0]):
                continue  # "a decrease in the goods deficit of $12.5 billion": the change's size
            if _AHEAD.match(article.text, placed.figure.phrase.outer_end):
                continue  # "income was almost $1m ahead of the 2018 quarter": the gap, no level
            if _ELIDED_AFTER.match(article.text, placed.figure.phrase.outer_end):
                continue  # "A accounted for exports, B - for imports": B's noun is after it
            role = _role(article.text, figures, k, previous)
            if role is not None and previous is not None:
                role = _elided_partner(article.text, previous, role)
                if _partner_unread(article.text, previous, role):
                    role = None  # "Imports from countries other than A fell to X and exports Y"
            if role is not None and previous and _broken_down(article.text, previous, role, broken):
                broken.add(placed.figure.id)  # that trade's flows: no role
                role = None
            same = role is not None and not role.time.named and not role.earlier
            if (
                role is not None
                and same
                and _SAME_AS_BEFORE.search(own_clause(article.text, figures, k))
            ):
                if _doubtful_same(last, own_before_last):
                    role = None  # "Last year, ..." between the lead and "the same period"
                else:
                    role = msgspec.structs.replace(role, time=last)  # "over the same months"
            if role is not None:
                found[placed.figure.id] = role
                if role.time.named and not role.earlier:
                    last, own_before_last = role.time, own
                own = own or (not role.earlier and role.time.relative not in _PAST_YEARS)
            previous = (placed, role)
    from aktobe_facts.text.draftrespectively import respective  # it reads these roles
    from aktobe_facts.text.respectroles import listed  # it reads these roles

    return respective(article, listed(article, found))


_CONTRASTED = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:while|whereas|and|but)\s+(?:the\s+|its\s+)?$", re.IGNORECASE
)
"""Between a flow of a partner and the next flow's noun: the clause that sets the other flow
against it ("Imports from India came to X, while exports were Y")."""
_OTHER_FLOW = {"exports": "imports", "imports": "exports"}


def _elided_partner(text: str, previous: tuple[Placed, Role | None], role: Role) -> Role:
    """A flow set against the other flow of a partner in the clause before, naming no partner of
    its own, is that partner's: "Imports from India came to Rs 908 billion, while exports were
    Rs 94.51 billion" (the exports to India, never all exports)."""
    before = previous[1]
    if (
        before is None
        or before.partner is None
        or role.partner is not None
        or role.part is not None
        or _OTHER_FLOW.get(before.name) != role.name
        or not _CONTRASTED.fullmatch(text, previous[0].figure.phrase.outer_end, role.start)
    ):
        return role
    return msgspec.structs.replace(role, part=before.part, partner=before.partner)


def _partner_unread(text: str, previous: tuple[Placed, Role | None], role: Role) -> bool:
    """A flow set against the other flow of the clause before, whose partner is named but no
    partner the draft can read ("Imports from countries other than Utopia fell to X and exports
    rose to Y"), and which names no partner nor part of its own: the same partner's (as in
    :func:`_elided_partner`), so neither a whole nor a part the draft can place."""
    other = _OTHER_FLOW.get(role.name)
    placed, before = previous
    if other is None or before is not None or role.partner is not None or role.part is not None:
        return False
    if not _CONTRASTED.fullmatch(text, placed.figure.phrase.outer_end, role.start):
        return False
    clause = text[placed.sentence[0] : placed.figure.phrase.start]
    nouns = list(re.finditer(rf"\b{other}\b", clause, re.IGNORECASE))
    return bool(nouns) and _names_partner(other, clause[nouns[-1].end() :])


_SAME_AS_BEFORE = lazy(
    r"\b(?:the\s+)?same\s+(?:period|months?|quarter|half|time|weeks?|days?)\b", re.IGNORECASE
)
"""A figure's words that name the period named before it ("Budget expenditures over the same
months were"; a comparison's "same period of last year" makes it an earlier figure instead)."""


_PAST_YEARS = frozenset(("last", "previous"))


def _doubtful_same(last: Time, own_before: bool) -> bool:
    """ "The same period" whose nearest period before is a past year named relative to the
    article's own ("Last year, gas revenue reached Y") after a figure of the article's own period
    ("gas revenue came to X from January 1 to May 31"): it may name either, so the figure gets no
    role (no sum of its whole with last year's part); with no figure of the article's own period
    before, last year is the one period it can name."""
    return last.relative in _PAST_YEARS and own_before


def reported_whole(role: Role | None, name: str) -> bool:
    """The role is the whole of the flow ``name`` as reported: no part, no plan, no comparison's
    earlier figure."""
    return (
        role is not None
        and role.name == name
        and role.part is None
        and not role.plan
        and not role.earlier
    )


_BY_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
_PERCENT_OR = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s*+(?:,\s*+)?or\s*$", re.IGNORECASE)


def _a_change(text: str, placed: Placed) -> bool:
    """The figure is an amount of change by its own words ("fell by $2 billion", "down $2
    billion"), the "by" before it ("shrank by Sh15.55 billion") or the percent it is joined to
    by "or" ("slipped 3.1 percent, or Sh17.7 billion,"): the level after it ("to X") is the
    flow's its sentence names before, never a link in a chain of levels."""
    phrase = placed.figure.phrase
    if phrase.stated.direction is not None:
        return True
    before = text[placed.sentence[0] : phrase.start]
    return _BY_BEFORE.search(before) is not None or _PERCENT_OR.search(before) is not None


_WIRE_OPENER = lazy(
    r"\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,[^-–—()\n]{1,40})?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[-–—]+\s+"
)
"""A wire story's opening place in capitals, its date and agency, and a dash ("ASTANA, March 3
(Reuters) - ", "LUSAKA - "): the sentence's own first word comes after it, and its capital names
nothing ("Oil exports" are a part after the dash as at a sentence's start)."""
_CLAUSE_MARK = lazy(r"[,;:()“”\"—]")
"""The marks that end a clause of the words before a role's noun: its modifiers and possessives
are those of the last clause ("In 2023, Codelco's output"), its subject the first."""


def _role(
    text: str, figures: list[Placed], k: int, previous: tuple[Placed, Role | None] | None
) -> Role | None:
    placed = figures[k]
    phrase = placed.figure.phrase
    chained = (
        previous is not None
        and _same_unit(previous[0], placed)
        and not (previous[1] is None and _a_change(text, previous[0]))
    )
    start = previous[0].figure.phrase.outer_end if previous and chained else placed.sentence[0]
    window = text[start : phrase.start]
    if window.rstrip().endswith("+"):
        return None  # "33.9 billion lei (+5.3 billion lei)": a change, not a level of the flow
    matches = _own_matches(window)
    time, earlier = time_of(text, figures, k), is_earlier(text, figures, k)
    if _CHANGE_AFTER.match(text, phrase.outer_end):
        return None  # "expenditures 8.2 billion lei higher": a change, not a level
    after_noun = _NOUN_AFTER.match(text, phrase.outer_end)
    if after_noun is not None and _A_BEFORE.search(text, placed.sentence[0], phrase.start):
        word = (after_noun.group(1) or "").lower()
        family = TRADE if word == "trade" else BUDGET if word else None
        plan = planned(text, placed.sentence[0], phrase.start)
        name = after_noun.group(2).lower()
        return Role(name, family, None, frozenset(), plan, time, earlier, phrase.start)
    flow_after = _FLOW_AFTER.match(text, phrase.outer_end)
    if flow_after is None and _INTO_BEFORE.search(text, placed.sentence[0], phrase.start):
        flow_after = _WORTH_OF_FLOW.match(text, phrase.outer_end)  # "into A worth of exports"
    if flow_after is not None and _LEVEL_BEFORE.search(text, placed.sentence[0], phrase.start):
        plan = planned(text, placed.sentence[0], phrase.start)
        name = flow_after.group(1).lower()
        return Role(name, FAMILIES.get(name), None, frozenset(), plan, time, earlier, phrase.start)
    if not matches:
        if previous is None or previous[1] is None or not chained:
            return None
        role = previous[1]
        base_at = previous[0].figure.phrase.start  # searched over the words a match can reach
        if role.earlier and MOVED_FROM.search(
            text, words_before(text, base_at, MOVED_FROM_WORDS), base_at
        ):
            if FROM_TO.fullmatch(window):  # "rose from A to B": B is the flow's level now
                return msgspec.structs.replace(role, time=time, earlier=earlier, start=role.start)
            return None
        those = _THOSE.search(window)
        if those is not None and role.part is not None and _agent(those.group("agent")):
            # "and those administered by the Customs Service to X": another part of the flow
            part = _agent(those.group("agent"))
            return msgspec.structs.replace(
                role, part=part, time=time, earlier=earlier, partner=None
            )
        if not (_links(window) or (_MOVES.fullmatch(window) and time.named)):
            return None  # "Revenue was A in H1 and dropped to B in H2": the flow, a period later
        after = _AFTER_PART.match(text, phrase.outer_end)
        part = role.part or (after.group(1).lower() if after is not None else None)
        # a partner's figure stays a partner's ("exports to A, B and C stood at X, Y and Z
        # respectively": Y and Z are the other partners'), never a product's part to be summed
        return msgspec.structs.replace(role, part=part, time=time, earlier=earlier)
    m = matches[-1]
    key = next(g for g, v in m.groupdict().items() if v is not None)
    verb = key[0] == "v"
    name = (_VERBS if verb else _NOUNS)[int(key[1:])][0]
    aside = None if verb else _APPOSITIVE.match(window, m.end())
    tail = _ASIDE.sub(" ", window[aside.end() if aside else m.end() :])  # "fell 5% (against"
    tail = _OR_ASIDE.sub(
        " ", tail
    )  # "by Sh33.2 billion, or 2.03 percent, to": the change said twice
    if _OBJECT_OF.search(window, 0, m.start()) and not _CHANGE_OF.fullmatch(tail):
        return None  # "The rise in imports was led by machinery, up 12 percent to X"
    if _DRAWN_FROM.search(window, 0, m.start()) and _RELATIVE.match(tail):
        return None  # "a general reserve from annual revenues that should reach X": the reserve's
    if _within_kind(window[: m.start()]) and not _CHANGE_OF.fullmatch(tail):
        return None  # "Direct taxes in tax revenue were X": the direct taxes', within the tax
    if (
        len(tail) > TAIL_REACH
        or _TAIL_BREAK.search(_RECORD_SPAN.sub(" ", tail))
        or re.search(r"\bby\s*$", tail)
    ):
        return None
    if _LABEL_DASH.search(tail):
        return None  # "revenue to the budget, resource payments and property tax - X": its label's
    if chained and _LABEL_OF_BEFORE.fullmatch(window, 0, m.start()) and _COMMA_ONLY.fullmatch(tail):
        return None  # "X is for recurrent expenditure, Y for capital": the noun is X's, not Y's
    partner_at = None if verb else _partner_span(name, tail)
    # "exports to China rose"; "The deficit, the gap between imports and exports, shrank": the
    # words of the noun end after its partner or its aside
    noun_end = start + (aside.end() if aside else m.end()) + (partner_at[1] if partner_at else 0)
    if not _own_level(text, figures, k, noun_end, tail):
        return None  # "Imports climbed 9.4 percent, ..., driven by energy purchases of X"
    begin = start + m.start()
    head = text[placed.sentence[0] : begin]
    if _RATE_BEFORE.search(head):
        return None  # "average daily spending of 163 euros": a rate, no level of the flow
    if _SO_FAR_BEFORE.search(head):
        return None  # "Mid-year spending of E13.7 billion", "year-to-date revenue": no period known
    if _TO_COME_BEFORE.search(head):
        return None  # "contractual future revenue of X": revenue to come, none of the period's
    opener = _WIRE_OPENER.match(head)
    cut = opener.end() if opener is not None else 0  # "ASTANA, March 3 (Reuters) - Oil exports"
    if not _starts_with_place(head[cut:]):
        head = head[:cut] + head[cut : cut + 1].lower() + head[cut + 1 :]  # "Tax revenues"
    # "soft red winter (SRW) sales": the brackets spell the name, no clause ends before the noun
    clauses = _CLAUSE_MARK.split(unbracketed(head))  # "Codelco's output", "Tax income, the ..."
    traded: str | None = None  # the partner named ("exports to China")
    holders: set[str] = set()  # a balance's holder, a verb's subject ("The regions posted")
    aim: str | None = None
    if verb and name in OTHER_FLOWS:
        doer = _doer(_SUBJECT_CUT.split(head)[-1])
        if not _ALL_OF.fullmatch(tail) or doer is None:
            return None
        owner, part, named = doer, None, None  # "Gabon produced X": Gabon's
    elif verb and name in ("exports", "imports") and (nation := _country_subject(head)):
        if not _ALL_OF.fullmatch(tail):
            return None
        owner, part, named = frozenset(), None, TRADE  # "Slovenia exported X": its exports
        holders = {nation}  # never Nigeria's exports within Ghana's
    elif verb:
        if not _ALL_OF.fullmatch(tail) or not _budget_subject(head):
            return None
        owner, part, named = _modifiers(_SUBJECT_CUT.split(head)[-1])
        if name == "spending" and (allotted := _ALLOTTED_THEN.search(head)) is not None:
            part = part or " ".join(allotted.group("item").lower().split())
    else:
        partner_name = partner_at[0] if partner_at else None  # "exports to China": a part
        if partner_name is None and _names_partner(name, tail):
            return None  # "exports to neighbouring countries", "to other regions": never a whole
        # "as of end-May"; a dash between spaces says "is" ("and imports - $9.34 billion")
        first = (
            None
            if _DASH_IS.fullmatch(tail)
            else re.match(r"\s*(?:as\s+of\s+[\w-]+\s+)?([\w'’-]+)", tail)
        )
        if (
            partner_name is None
            and first is not None
            and not _FOLLOW.match(first.group(1))
            and not _GAPPED.match(tail)
            and not _FROM_SPAN.match(tail)
        ):
            return None  # "export duties were": another subject
        owner, part, named = _modifiers(clauses[-1])
        part = part or partner_name
        traded = partner_name
        owner = owner or _subject_owner(clauses)
        by = _BY_AGENT.match(tail)
        if by is not None:  # "administered by the Tax Service" a part, "by the government" none
            part = part or _agent(by.group("agent"))
        elif (whom := _BY_WHOM.match(tail)) is not None:
            part = part or whom.group(1).lower()  # "revenues generated from exports"
        elif (channel := _CHANNEL.match(tail)) is not None:
            way = channel.group("what") or channel.group("what2")
            part = part or way.lower()  # "exports under the maquila regime": a part
        if (
            name in ("deficit", "surplus")
            and (holder := balance_holder(subject_clause(clauses))) is not None
        ):
            holders = {holder}  # "The local budgets ran a deficit of X": the local budgets'
        aim = _purpose(tail) if name == "spending" else None
        if aim is not None:
            part = part or aim  # "expenditures for the economy": a part
        of = re.match(r"\s*(?:of|from)\s+(?:the\s+)?(\S.*)$", tail)
        if of is not None:
            words = []
            tokens = re.findall(r"[\w'’-]+", of.group(1))
            bare = re.match(r"\s*(?:of|from)\s+the\b", tail, re.IGNORECASE) is None
            for n, word in enumerate(tokens):
                if n == 0 and bare and len(tokens) > 1 and _MODIFIER.fullmatch(word):
                    words.append(word)  # "exports of manufactured goods": no verb after "of"
                    continue
                if _FOLLOW.match(word) or _VERBISH.match(word) or _SPAN_WORD.match(word):
                    break  # "exports of goods between January and September": no part
                words.append(word)
            if {w.lower() for w in words} >= COVERAGE:
                owner |= COVERAGE  # "exports of goods and services": the whole trade, no part
            elif not all(_owns(w) for w in words):
                part = part or words[0].lower()
            owner |= frozenset(w.lower() for w in words if w.lower() in _ENTITY)
            country = _OF_COUNTRY.match(tail)
            if country is not None and is_country(country.group(1)):
                holders.add(country.group(1).lower())  # "Exports of Kazakhstan": Kazakhstan's
            owner |= frozenset("goods" for w in words if w.lower() in _GOODS)  # "exports of goods"
            if name in ("deficit", "surplus") and (holder := holder_of(words)) is not None:
                holders = {holder}  # "The deficit of the pension fund was X": the fund's
        if _WITH_SERVICES.match(window, m.end()):
            owner |= COVERAGE  # "the deficit in goods and services": never of goods alone
        elif (only := _IN_ONE.match(window, m.end())) is not None:
            owner |= {"services" if only.group(1).lower() == "services" else "goods"}
    if name in OTHER_FLOWS and not verb and not re.match(r"\s*\w", tail):
        return None  # "... in inward remittances, a net gain of X": the noun is the figure before's
    if name in OTHER_FLOWS and (_NOT_THE_FLOW.search(tail) or _OF_ANOTHER.search(head)):
        return None  # "production of the film cost X", "the cost of production was X"
    if name in OTHER_FLOWS:
        owner |= _possessor(clauses[-1])  # "Codelco's output"
    if name in OTHER_FLOWS and (where := _WHERE.match(tail)) is not None:
        place = _where(where.group(2), where.group("the") is not None)  # "output at Escondida"
        part = part or place
        if place is not None and where.group(2)[:1].isupper():
            owner |= {place}  # "sales at Nissan": never within "Toyota's sales"
    if not verb and _THESE.search(head):  # "the value of these exports": the ones named before
        thing, partner_before = _named_before(text, placed.sentence[0], name)
        if part is None and (thing or partner_before) is not None:
            part, traded = thing or partner_before, partner_before
        # named before in words its flow's noun does not lead ("sold 400,000 tons of salt to
        # Utopia. The value of these exports"): some of the flow, never all of it
        part = part or "these"
    if _SOME_OF.search(head):
        part = part or "some"  # "most of the spending": a part of it
    if not verb and _OF_THE_LEAD.search(head) and re.fullmatch(r"\s*,\s*", tail):
        source = _CAME_FROM.match(text, phrase.outer_end)  # "Of the total revenues, X came
        part = part or (source.group(1).lower() if source is not None else "some")  # from taxes"
    partner = _PARTNER_LEAD.match(text, placed.sentence[0], begin)
    if partner is not None:  # "With third countries, exports went up to X": that trade's
        part = part or partner.group(1).split()[-1].lower()
        traded = traded or partner.group(1).split()[-1].lower()
    if not verb and _SOURCE_OF.search(head):
        # "Tax income, the largest source of revenue, went up": the figure is its subject's
        subject = content(clauses[0])
        part = part or (subject[0] if subject else "source")
    qualified = _QUALIFIED.search(text, placed.sentence[0], phrase.start)
    if qualified is not None:
        part = part or qualified.group(0).lower()  # "the primary deficit": not the balance
    family = FAMILIES.get(name)
    if named is not None:
        if family is not None and named != family:
            return None
        family = named
    after = _AFTER_PART.match(text, phrase.outer_end)
    if after is not None:
        part = part or after.group(1).lower()
    toward = _PARTNER_AFTER.match(text, phrase.outer_end) if name in _PARTNER_WORD else None
    if toward is not None:  # "exports rose to $50mn to CIS countries": that partner's
        part = part or toward.group(1).lower()
        traded = traded or toward.group(1).lower()
    plan = planned(text, placed.sentence[0], phrase.start)
    if name in OTHER_FLOWS and plan:  # "the report puts lint sales at X": an estimate, no plan
        plan = _PLAN.search(_PUTS.sub(" ", text[placed.sentence[0] : phrase.start])) is not None
    owner = frozenset() if owner == _GENERIC_OWNER else owner  # "public spending": anyone's
    mine = (whose(clauses[-1]) | holders) if not verb else frozenset(holders)
    titled = _titled(clauses[-1]) if not verb else frozenset()
    return Role(name, family, part, owner, plan, time, earlier, begin, traded, mine, titled, aim)


_IN_KIND = re.compile(
    r"\b([a-z][\w-]*)\s+(?:with)?in\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*)\s+\Z"
)
"""Right before a flow's noun: a noun, "in" and one word that makes the flow a part ("direct
taxes in tax revenue")."""


def _within_kind(head: str) -> bool:
    """The flow's noun is the object of "in" after another noun, with a word before it that names
    a kind of the flow ("Direct taxes in tax revenue were X"): the figure is that noun's, a part of
    the kind, never the kind's own level nor another part beside it. A time, an owner or a name
    in its place ("exports in 2023", "in total revenue", "In January exports") is no kind,
    "and" or "while" before "in" opens no noun of its own, and a noun of change names the flow
    itself ("a 45 percent decline in energy revenues, which fell to X")."""
    m = _IN_KIND.search(head)
    if m is None or m.group(1).lower() in FUNCTION_WORDS or _VERBISH.match(m.group(1)):
        return False
    if re.fullmatch(CHANGE_NOUNS, m.group(1), re.IGNORECASE):
        return False  # "a 45 percent decline in energy revenues, which fell to X": the flow's
    kind = m.group(2)
    return not (_owns(kind) or kind.lower() in _ENTITY or kind.lower() in _GOODS)


def _titled(clause: str) -> frozenset[str]:
    """The capitalised words, no possessive, place, acronym or time among them, right before a
    flow's noun (``clause`` ends there; a sentence's first capital is already lowered): the name
    of a business line or of a firm ("Data Centre revenues", "Other revenues", "while Fixed Line
    revenues were"), lower-cased."""
    found: list[str] = []
    for word in reversed(re.findall(r"\w[\w'’-]*", clause)):
        if not word[0].isupper() or "'" in word or "’" in word:
            break
        low = word.lower()
        if (
            low in place_words()
            or low.endswith("ese")  # a people's ("Faroese exports", "Japanese imports")
            or word.isupper()
            or any(map(_TIME_WORD.match, low.split("-")))
        ):
            continue  # "Romanian exports", "FOB exports", "In January-August exports": no name
        found.append(low)
    return frozenset(found)


_PARTNER_WORD = {"exports": "to", "imports": "from", "turnover": "with"}
"""The word after a trade flow's noun that names the partner it is traded with: "exports to
China", "imports from the EU", "trade turnover with Russia" (never "exports from Kenya" or "imports
to the US": the words there name whose the flow is)."""
_PARTNER = lazy(
    r"\s*(?P<word>to|from|with)\s+(?P<the>the\s+)?(?P<words>[A-Za-z](?:[\w'’-]|\.(?=\w))*(?:\s+[\w'’-]+){0,3})"
)
_NO_PARTNER = lazy(
    r"^(?:date|end|mid|decline|fall|drop|climb|increase|decrease|exceed|hit|top|slow|remain|stay|"
    r"reach|be|grow|rise|total|around|about|nearly|almost|over|under|some|more|less|"
    r"tune|value|amount|extent|level|record|sum|figure|height|peak|high|low|"
    r"(?:end|mid)-[a-z]+)$",
    re.IGNORECASE,
)
"""First words after "to" that name no partner: a period ("to date", "to end-June"), a verb ("exports
to decline to X"), a bound ("to about X") or the value itself ("exports to the tune of X", "to the
value of X", "to a record X")."""


def _names_partner(name: str, tail: str) -> bool:
    """The words after a trade flow's noun are its partner's word and a word that is no period,
    verb or bound ("exports to Italy", "exports to neighbouring countries"): whatever the partner
    is, the figure is never the flow's whole."""
    word = _PARTNER_WORD.get(name)
    m = _PARTNER.match(tail)
    if word is None or m is None or m.group("word").lower() != word:
        return False
    first = m.group("words").split()[0].lower().replace("’", "'")
    return not (_NO_PARTNER.match(first) or _TIME_WORD.match(first) or TIME_LINK.match(first))


def _partner(name: str, tail: str) -> str | None:
    """The partner a trade flow's noun names right after it ("Exports to China reached X":
    "china"), None where the words after it name none, or name the country's own regions ("to
    other regions of Kazakhstan": no trade with a partner)."""
    found = _partner_span(name, tail)
    return None if found is None else found[0]


def _partner_span(name: str, tail: str) -> tuple[str, int] | None:
    """The partner a trade flow's noun names right after it, and where its words end in ``tail``
    ("to China rose 5 percent to": "china", 9)."""
    m = _PARTNER.match(tail)
    if m is None or not _names_partner(name, tail) or _HOME.search(m.group("words")):
        return None
    group = _NEIGHBOURS.match(tail, m.start("the") if m.group("the") else m.start("words"))
    if group is not None:  # "exports to neighbouring countries": the neighbours together
        return NEIGHBOURS, group.end()
    partner = _where(m.group("words"), m.group("the") is not None, names=True)
    if partner is None:
        return None
    more = len(partner.split()) - 1
    kept = re.match(rf"\S+(?:\s+\S+){{{more}}}", m.group("words"))
    assert kept is not None  # the partner is the group's first words
    return partner, m.start("words") + kept.end()


NEIGHBOURS = "neighbours"
"""The partner of a country's trade with its neighbours together: "exports to neighbouring
countries", "imports from the border countries", "trade with its neighbours"; "border trade"
(:func:`scope`) is that trade."""
_NEIGHBOURS = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:neighbou?ring|bordering|border|adjacent)\s+"
    r"(?:countries|states|nations|economies)|neighbou?rs)\b",
    re.IGNORECASE,
)


BORDER = "border"
"""The scope of "border trade", "border exports": the trade across the land crossings, a customs
category; never all trade with the neighbours (much of which may go by sea or air)."""


def scope(role: Role) -> str | None:
    """The partner a flow is traded with, where its words name one ("exports to China": china,
    "exports to neighbouring countries": :data:`NEIGHBOURS`), and :data:`BORDER` for "border
    trade", "border exports"; None for a flow with all partners or of another part."""
    if role.partner is not None:
        return NEIGHBOURS if _NEIGHBOURS.fullmatch(role.partner) else role.partner
    return BORDER if role.part == "border" else None


_HOME = re.compile(
    r"\b(?:domestic|regions?|oblasts?|provinces?|districts?|counties|county|"
    r"municipalit(?:y|ies)|rest\s+of)\b",
    re.IGNORECASE,
)
"""Words of a flow's partner that name the country's own regions or its home market ("exports to
other regions of Kazakhstan", "to other oblasts", "to the domestic market"): no foreign partner,
so no part of the country's exports."""


_WHERE = lazy(
    r"\s*(?:at|in|from|to|for|by|of)\s+(?P<the>the\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3})",
    re.IGNORECASE,
)
"""After the noun of a flow of :data:`OTHER_FLOWS`, the place, body or thing it is of: a part."""


_NOT_THE_FLOW = re.compile(
    r"\b(?:cost|costs|costing|prices?|taxe?s?|dut(?:y|ies)|fees?|margins?|stakes?|shares?|"
    r"rates?|ratios?|per|average)\b",
    re.IGNORECASE,
)
"""Words between a flow of :data:`OTHER_FLOWS` and a figure that make the figure another thing's:
what it cost, a price, a tax, a share ("production of the film cost X", "sales tax was")."""
_OF_ANOTHER = lazy(
    r"\b(?:cost|costs|price|prices|tax|taxes|duty|duties|margin|share|rate|index|growth|tax\s+on)"
    r"\s+(?:of|on|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Words before a flow of :data:`OTHER_FLOWS` that make it another noun's complement: "the cost of
production was X", "a tax on remittances brought in X"."""


def _doer(clause: str) -> frozenset[str] | None:
    """The subject of a verb of :data:`OTHER_FLOWS` ("Gabon produced", "In H1 2024 the country
    produced", "Mexicans living abroad sent home") as the figure's owner: its words that are no
    function word, period or verb; None where it names none or is a pronoun or a relative clause
    ("it produced", "which sold": whose, the words do not say here)."""
    words = [w.lower().replace("’", "'") for w in re.findall(r"\w[\w'’-]*", clause)]
    if any(w in _PRONOUNS for w in words):
        return None
    kept = frozenset(
        w.removesuffix("'s")
        for w in words
        if w not in _FUNCTION
        and not _TIME_WORD.match(w)
        and not TIME_LINK.match(w)
        and not w[:1].isdigit()
    )
    return kept or None


_PRONOUNS = frozenset(_split("it they he she we i you which who that what this these those"))


def _possessor(clause: str) -> frozenset[str]:
    """Whose a flow of :data:`OTHER_FLOWS` is, where the words right before its noun name it:
    "Codelco's output", "Chile's copper output", "Toyota's sales" (two figures of different owners
    are never related; a flow of no name is anyone's)."""
    return frozenset(possessives(clause, _ends_possessor, plural=False))


def _ends_possessor(word: str) -> bool:
    return word in _FUNCTION or bool(_VERBISH.match(word) or _FOLLOW.match(word))


_WORTH = frozenset(_split("worth valued totalling totaling amounting"))
"""Words after a part's name that say its value follows ("imports from China worth X")."""


def _where(words: str, noun: bool, names: bool = False) -> str | None:
    """The part the words after "output at", "sales to the" name: a name or a noun, never a period
    or a function word ("sales in 2023", "output in the first quarter"), nor a verb unless an
    article makes the words a noun's ("output to reach X", but "sales to the leading buyer")."""
    kept: list[str] = []
    for word in words.split():
        bare = word.lower().replace("’", "'").removesuffix("'s")
        if kept and (
            _FOLLOW.match(bare) or _VERBISH.match(bare) or bare in _FUNCTION or bare in _WORTH
        ):
            break
        kept.append(bare)
    first = kept[0]
    if first in _FUNCTION or _TIME_WORD.match(first) or TIME_LINK.match(first):
        return None
    if names and words[:1].isupper():
        return " ".join(kept)  # a partner's name: "Italy", "Chongqing" (no "-ly", "-ing" verb)
    if first[:1].isdigit() or (not noun and (_FOLLOW.match(first) or _VERBISH.match(first))):
        return None  # "output to reach X": a verb, no part
    return " ".join(kept)  # "state miner codelco", "crude oil": the whole name, never one word


_PUTS = re.compile(r"\bputs?\b", re.IGNORECASE)
"""A budget "puts revenue at X" (its plan); a report that "puts output at X" gives its estimate."""

_SO_FAR_BEFORE = re.compile(
    r"\b(?:mid-?year|year-to-date|ytd|year-end|end-year)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE
)
"""Words right before a flow's noun that date it by the year so far or its end ("mid-year
spending", "year-to-date revenue"): a period the draft cannot place beside months and years, so
no role (neither a part of the flow nor its level)."""
_TO_COME_BEFORE = re.compile(
    r"\b(?:future|contracted|contractual|deferred|unearned|backlog)\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
"""Words right before a flow's noun that make its figure one to come ("contractual future
revenue", "deferred revenue", "backlog sales"): no level of the flow as reported in a period, and
no part of it."""
_RATE_BEFORE = lazy(
    r"\b(?:average|mean|median|daily|per[\s-]+(?:capita|head|day|person))\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
"""Words right before a flow's noun that make its figure a rate ("average daily spending",
"per capita revenue"): no level of the flow, no part of it."""
_GOODS = frozenset({"goods", "merchandise"})
_TRADE_KIND = frozenset(
    _split(
        "oil petroleum crude energy fuel fuels gas food agricultural agri-food farm fish seafood "
        "grain mineral metals chemical chemicals textile textiles auto car vehicle arms digital "
        "tech technology pharmaceutical manufactured manufacturing"
    )
)
"""Words right before "trade" that name a product or sector ("the oil trade surplus", "the food
trade deficit"): that product's balance or turnover, a part, never the difference of all the
exports and imports."""
_MODIFIER = re.compile(
    r"(?!(?:total|amount|includ|exclud|exceed|accord|reach|dur|follow|compar)\w*$)"
    r"[a-z][\w-]*(?:ed|ing)",
    re.IGNORECASE,
)
"""The first word after "exports of", "revenue from" ending like a verb: the participle or
gerund of the noun the preposition governs ("manufactured goods", "processed food", "mining
products"), never the sentence's verb (a preposition takes no verb): the figure is that part of
the flow, not its whole. "Totalling", "including", "during" and the like are no such word; after
"the" the words name whose the flow is ("receipts of the gaming sector"), read as before."""
_WITH_SERVICES = re.compile(
    r"\s*(?:in|on|for)\s+(?:trade\s+in\s+)?goods\s+and\s+services\b", re.IGNORECASE
)
"""After a flow's or balance's noun, the coverage it names: a balance "in goods and services" is
never the difference of flows its words give to goods alone ("exports of goods"): its owners
"goods" and "services" (:data:`COVERAGE`) are not theirs."""
_IN_ONE = re.compile(
    r"\s*(?:in|on|for)\s+(?:trade\s+in\s+)?(goods|merchandise|services)\b(?!\s+and\b)",
    re.IGNORECASE,
)
"""After a flow's or turnover's noun, the one coverage it names ("turnover in services"): owner
"services" or "goods", never within a figure of the other or of no coverage (:data:`COVERAGE`)."""
SERVICE_KINDS = frozenset({"service", "services", "tourism", "travel"})
"""The words that make a flow's part one of services (a sibling kind of the flow of goods)."""
COVERAGE = frozenset({"goods", "services"})
"""The owners that say what a trade figure covers: goods, services or both ("in goods and
services")."""
_PARTNER_LEAD = re.compile(
    r"\s*(?:with|in\s+(?:its\s+|the\s+)?trade\s+with)\s+(?:the\s+)?([^,;:.\d()]{1,40}?)"
    r"(?:\s+alone)?\s*,",
    re.IGNORECASE,
)
"""A sentence that opens on the partner its flows are traded with ("With third countries,", "In
trade with the EU,", "With Ruritania alone,"): its exports and imports are that trade's, a part of
the country's."""


def partner_lead(text: str, sentence_start: int) -> str | None:
    """The partner a sentence opens on (:data:`_PARTNER_LEAD`), as a role names it: its last word
    in lower case ("With the United States," is "states")."""
    m = _PARTNER_LEAD.match(text, sentence_start)
    return None if m is None else m.group(1).split()[-1].lower()


_GENERIC_OWNER = frozenset({"public"})
_WITH = re.compile(
    r"(?:\s+(?:in|for|during|over)\s+[^,;.()\d]{0,30}?\d{0,4})?\s*,\s*with\s+(?:the\s+|its\s+)?",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*,?\s*and\s+(?:the\s+|its\s+)?", re.IGNORECASE)


def _broken_down(
    text: str, previous: tuple[Placed, Role | None], role: Role, broken: set[str]
) -> bool:
    """The flow's figure breaks down the amount before it in its sentence, which is no whole flow
    ("Goods exchanged with Montenegro came to X, with exports of A and imports B": A and B are that
    trade's, never the country's exports and imports); a whole turnover's flows are whole ("Trade
    came to X, with exports of A and imports of B"), and so is a flow beside another ("Revenue is
    planned at X, with expenditure of Y")."""
    placed, before = previous
    gap = text[placed.figure.phrase.outer_end : role.start]
    if _WITH.fullmatch(gap):
        return before is None or (before.name == "turnover" and before.part is not None)
    return placed.figure.id in broken and _AND.fullmatch(gap) is not None


def _own_level(text: str, figures: list[Placed], k: int, noun_end: int, tail: str) -> bool:
    """Where other figures of the sentence stand between a role's noun and the figure (its
    change's percent or size), the figure is the flow's level only when the words before it say
    the value the change reached (:data:`_REACHED`) and no word between the noun and the figure
    names another thing ("Imports grew 9.4 percent, the energy bill amounting to X"; "Imports rose
    9.4 percent, energy up 25 percent to X")."""
    between = [f.figure.phrase for f in figures[:k] if noun_end <= f.figure.phrase.start]
    if not between:
        return True
    phrase = figures[k].figure.phrase
    own = re.match(r"(?:[A-Za-z]+\s+)*", text[phrase.start : phrase.outer_end])  # "up to 23.2"
    if not (_REACHED.search(tail) or _REACHED.search(tail + (own.group(0) if own else ""))):
        return False
    gaps, at = [], noun_end
    for other in between:
        gaps.append(text[at : other.start])
        at = other.outer_end
    words = _ASIDE.sub(" ", " 0 ".join([*gaps, text[at : phrase.start]]))  # its asides left out
    words = _PACE.sub(" ", words)  # "grew at a faster pace of 37% to X": the change's own words
    return all(_linking(w) for w in re.findall(r"[A-Za-z][\w'’-]*", words))


_PACE = re.compile(
    r"\bat\s+an?\s+(?:(?:much|slightly|even)\s+)?(?:\w+er\s+|record\s+|annual\s+)?(?:rate|pace)\s+of\b",
    re.IGNORECASE,
)
"""Before a change's percent: "at a faster pace of", "at a slower rate of" (the change's own
words, no noun of another thing)."""


def _linking(word: str) -> bool:
    """A word that may stand between a flow's noun, its change and the value it reached: a
    function word, a verb, an adverb, a word of time or of change ("rose", "sharply", "in
    January", "year-on-year", "an increase of"), never a noun of another thing ("energy")."""
    low = word.lower()
    if "-" in low and low not in _CHANGE_NOUNS:  # "January-September", "end-September"
        return all(_linking(part) for part in low.split("-") if part)
    return (
        low in _FUNCTION
        or low in _LINK_WORDS
        or low in _CHANGE_NOUNS
        or low in _OWNER
        or bool(_FOLLOW.match(low) or _VERBISH.match(low) or _TIME_WORD.match(low))
        or bool(TIME_LINK.match(low))
    )


_CHANGE_NOUNS = frozenset(
    _split(
        "or up down they it which year-on-year y-o-y yoy increase rise growth decline decrease "
        "fall drop gain jump percent per cent pct points previous earlier ago last same sharp "
        "double-digit absolute nominal real terms from fast further again well still only even "
        "other hand contrast meanwhile however basis"
    )
)
"""Words of a change and of its comparison that may stand between a flow's noun, its change and
the value it reached ("imports went down by 12.2% on a yearly basis, calculated at X")."""


def _own_matches(window: str) -> list[re.Match[str]]:
    """The role words of a figure's window that name a flow: not a word of a name ("the Bureau of
    Internal Revenue"), not a participle after its own noun ("Revenue collected through September
    reached"), not a noun in apposition to one of its role before it ("The revenue deficit, the
    gap in the current budget, was": the figure is the first noun's)."""
    kept: list[re.Match[str]] = []
    aside_end, aside_name = -1, ""  # the comma-set aside after a kept noun: its end, the noun
    for m in _ROLE.finditer(window):
        if m.start() < aside_end and _name_of(m) != aside_name:
            continue  # "The trade deficit, the sum by which imports exceed exports, was"
        if _IN_BRACKETS.match(window, m.end()) and "(" in window[: m.start()].rpartition(")")[2]:
            continue  # "the value of trade (exports plus imports) grew to": an aside's word
        before = window[: m.start()]
        named = _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(window, m.end())
        if m.group(0)[0].isupper() and named:
            continue  # "Bureau of Internal Revenue", "Revenue Service": a name
        if kept and _name_of(kept[-1]) == _name_of(m):
            between = window[kept[-1].end() : m.start()]
            if _is_verb(m) and not between.strip():
                continue
            if not _is_verb(m) and _APPOSITION.fullmatch(between):
                continue
        kept.append(m)
        aside = None if _is_verb(m) else _APPOSITIVE.match(window, m.end())
        aside_end, aside_name = (aside.end(), _name_of(m)) if aside is not None else (-1, "")
    return kept


_IN_BRACKETS = re.compile(r"[^()]*\)")
"""After a role's word, the rest of a bracket it stands in: the word is an aside's, not the
figure's noun."""
_APPOSITIVE = re.compile(r"\s*,\s*(?:the|an?|its|which|that)\s[^,;:()]*,", re.IGNORECASE)
"""A comma-set aside right after a role's noun that says what the noun is ("The trade deficit, the
sum by which imports exceed exports, stood at"): its words of other roles are the noun's, never the
figure's ("Tax income, the largest source of revenue, went up": the same role, a part of it)."""

_NAMED_BEFORE = re.compile(r"\w[^\w]+[A-Z][\w'’-]*\s+$")
_NAMED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}")


def flows_named(words: str) -> set[str]:
    """The flows whose nouns or verbs the words name ("spending on schools": spending)."""
    return {_name_of(m) for m in _ROLE.finditer(words)}


def _is_verb(m: re.Match[str]) -> bool:
    return next(g for g, v in m.groupdict().items() if v is not None)[0] == "v"


def _name_of(m: re.Match[str]) -> str:
    key = next(g for g, v in m.groupdict().items() if v is not None)
    return (_VERBS if key[0] == "v" else _NOUNS)[int(key[1:])][0]


_OR_ASIDE = lazy(
    r",\s*or\s+(?:[A-Za-z$€£¥₹¢]{0,4}\s?)?[\d.,]+\s*(?:%|per\s*cent|percent|"
    r"(?:thousand|million|billion|trillion|bn|mn|m|tn)\b[^,;]{0,20}?)\s*,",
    re.IGNORECASE,
)
"""In a flow's tail, a change's other figure joined by "or" between commas ("cut the import bill
by Sh33.2 billion, or 2.03 percent, to X"): the change said twice, no list of subjects."""
_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:for\s+(?:its|their|his|her|our)\s+part|in\s+(?:its|their)\s+turn|in\s+turn)\s*,"
    r"|\b(?:in|on|for)\s+(?:trade\s+in\s+)?goods\s+and\s+services\b",
    re.IGNORECASE,
)
"""Words between a flow's noun and its figure that say nothing of it: a bracket, a comma-set
aside that only turns to the flow ("Imports, for their part, rose 20.2% from A to B"), or the
whole a balance covers ("the deficit in goods and services rose 7.3 percent to X")."""
_LABEL_OF_BEFORE = lazy(
    r"\s*(?:(?:is|are|was|were|goes|go|went)\s+)?(?:for|on|to|into|towards?)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}",
    re.IGNORECASE,
)
"""Between the figure before and a role's noun: the label of that figure ("X is for recurrent
expenditure, Y for capital spending": "expenditure" names X, never Y)."""
_COMMA_ONLY = re.compile(r"\s*,\s*")
_NOUN_AFTER = re.compile(r"\s+(?:(budget|fiscal|trade)\s+)?(deficit|surplus)\b", re.IGNORECASE)
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
"""A balance named by its noun after the figure: "marking a 56.7 billion lira ($12.35 billion)
deficit", "a 72.1 billion lira budget deficit" (a word other than budget or trade before the noun,
"a 3 billion primary deficit", names another balance: no role)."""
_FLOW_AFTER = re.compile(
    rf"\s+in\s+(exports|imports|{'|'.join(OTHER_FLOWS)})\b(?!\s+(?:of|from|to|for|by|in|at)\b)",
    re.I,
)
_LEVEL_BEFORE = lazy(
    r"\b(?:to|into|reach(?:ed|ing)|total(?:l?ed|l?ing)|(?:made\s+up|consisting|composed)\s+of|"
    r"comprising|in\s+(?:exports|imports)\s+and)\s+$|\binto\s(?:[^,;.]|\.\d){0,80}\band\s+$",
    re.IGNORECASE,
)
"""A flow named after its level: "an increase of 11.8 per cent to 74.45 billion in exports", a
whole's breakdown "made up of A in exports and B in imports" (never "a shortfall of 5 billion in
exports": a change, not the level)."""
_WORTH_OF_FLOW = re.compile(
    r"\s+(?:(?:U\.?S\.?\s+)?dollars?\s+)?worth\s+of\s+(exports|imports)\b"
    r"(?!\s+(?:of|from|to|for|by|at)\b|\s+in\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""A trade flow named after its amount by "worth of", in a total's breakdown ("broke the total into
1.394 billion dollars worth of exports and 4.489 billion dollars worth of imports"); never a
partner's or a product's ("worth of exports to China"), nor after a change ("lost $2 billion
worth of exports": no "into" before)."""
_LABEL_DASH = re.compile(r",\s*[^,;]*\S\s+[-–—]\s+$")
"""A list item's label and its dash before the figure, after a comma that follows the role's noun:
the figure is the label's ("revenue to the state budget, resource payments and property tax -
3.888 trillion"), never the noun's."""
_PARTNER_AFTER = lazy(
    rf"\s+(?i:to|from|with)\s+(?:the\s+)?(?!(?i:{MONTH})\b)(?![A-Z]{{1,4}}\W?\s*\d)"
    r"((?-i:[A-Z])[\w-]*)",
    re.IGNORECASE,
)
"""A trade flow's partner named right after its figure: "exports rose to $50mn to CIS countries"
is the CIS's part, no whole of the exports (never a month, "to $50mn in November", nor a currency's
code or sign before a figure, "from GH¢10 million to GH¢12.5 million")."""
_DASH_IS = re.compile(r"\s+[-–—]\s+")
"""A dash between spaces from a flow's noun to its figure says "is": "and imports - $9.34 billion"."""
_INTO_BEFORE = re.compile(r"\binto\s(?:[^,;.]|\.\d){0,80}$|\binto\s+$", re.IGNORECASE)
"""The words of a breakdown before a figure: "broke the total into A ... and B"."""
_CHANGE_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:more|less|higher|lower)\b", re.IGNORECASE)
"""After a figure, the words of a change ("8.2 billion lei higher"), its share of the base in
brackets between allowed ("were €443m (5%) lower"): the figure is a change, no level of a flow."""
_BY_WHOM = re.compile(
    r"\s*(administered|collected|raised|generated|levied|earned|derived|transferred|channell?ed)"
    r"\s+(?:by|from|through|via)\b",
    re.IGNORECASE,
)
"""After a flow's noun, words that make it the part one body handles: "revenues administered by
the State Fiscal Service" (a change, "increased by", is no part)."""
_CHANNEL = lazy(
    r"\s*(?:(?:under|through|via)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?!(?:all|every|each|any)\b)(?:[\w'’-]+\s+){0,3}?"
    r"(?P<what>regimes?|schemes?|programmes?|programs?|agreements?|arrangements?|"
    r"deals?|treaty|treaties|accords?|quotas?|preferences|concessions?|channels?|ports?|"
    r"routes?|corridors?|pipelines?)\b"
    r"|by\s+(?P<what2>sea|road|air|rail|land|pipeline|ship|truck|lorry)\b)",
    re.IGNORECASE,
)
"""After a flow's noun, words that confine it to one regime, agreement or way of carriage:
"exports under the maquila regime", "imports under preferential trade agreements", "exports
through the port of X", "imports by sea" are a part of the flow, never its whole ("under all
regimes" restricts nothing)."""
_HAS = re.compile(
    r"^\s*(?:had|has|have|posted|reported|recorded|saw|sees|showed|shows|ran|runs)\s+(?:an?\s+|its\s+)?$",
    re.IGNORECASE,
)


@cache
def place_words() -> frozenset[str]:
    """The words of the CLDR's territory names and of its currencies' adjectives ("Saudi",
    "Kenyan", "US", "Ghana"): a capital that names a place or a people, even first in a sentence."""
    names = [name for places in PLACES.values() for name in places]
    names += [adjective(code) for code in CLDR_NAMES]
    return frozenset(w.lower() for name in names for w in re.findall(r"[\w'’-]+", name))


def _starts_with_place(head: str) -> bool:
    """ "Saudi imports reached ...": the sentence's first word names a place, whose figure is no
    part of another's (as "Tax revenues" would be); so does a state's, a province's or a region's
    ("Queensland exports": :mod:`aktobe_facts.text.subdivisionnames`)."""
    return first_place(head) is not None or opening_subdivision(head) is not None


def first_place(words: str) -> str | None:
    """The place or people the first word names ("Saudi", "Kenya's": "kenya"), in lower case."""
    first = re.match(r"\s*([\w'’-]+)", words)
    if first is None or not first.group(1)[:1].isupper():
        return None
    word = first.group(1).lower().replace("’", "'").removesuffix("'s")
    return word if word in place_words() else None


def _subject_owner(pieces: list[str]) -> frozenset[str]:
    """The owner named by the sentence's subject when the role's noun is its verb's object: "The
    national public budget, which also takes in local budgets, had revenues of" is the national
    public budget's (a clause of the sentence between names no owner of its own). ``pieces``: the
    clauses of the words before the noun (:data:`_CLAUSE_MARK`)."""
    if len(pieces) < 2 or not _HAS.match(pieces[-1]):
        return frozenset()
    subject = pieces[0]
    if not re.search(r"\bbudgets?\b", subject, re.IGNORECASE):
        return frozenset()
    return frozenset(w.lower() for w in re.findall(r"[\w'’-]+", subject) if w.lower() in _ENTITY)


def _agent(words: str) -> str | None:
    """The part a handling body makes of a flow (its last word), None for the budget's owner
    ("collected by the government", "by the Finance Ministry")."""
    low = [w.lower() for w in words.split()]
    if not low or any(w in _OWNING_BODY for w in low) or all(w in _OWNER for w in low):
        return None
    if all(_TIME_WORD.match(w.removeprefix("end-")) for w in low):
        return None  # "collected through September": a period, no body
    return low[-1]


def _same_unit(a: Placed, b: Placed) -> bool:
    ua, ub = a.figure.phrase.stated.unit, b.figure.phrase.stated.unit
    return ua is not None and ub is not None and ua.key == ub.key


_SUBJECT_CUT = re.compile(r"[,;:“”\"—]|\([^)]*\)|\band\b", re.IGNORECASE)
_BUDGET_SUBJECT = re.compile(
    r"\b(?:budgets?|government|treasury|state|fund)\b(?![-‑])", re.IGNORECASE
)
"""A budget as a verb's subject; never the first half of a compound ("state-owned banks received",
"government-backed lenders": their subject is the banks, not a budget)."""


def _country_subject(head: str) -> str | None:
    """The verb's subject is a country's name alone, after the words of its time at most
    ("Slovenia exported", "In April Kenya imported", "LJUBLJANA, 7 June (STA) - Slovenia
    exported"): the country's own flow, never "companies from Slovenia exported"."""
    words = re.findall(r"[\w'’-]+", _SUBJECT_CUT.split(head)[-1])
    while words and (words[0] == "-" or TIME_LINK.match(words[0].lower())):
        words = words[1:]
    name = " ".join(words).lower()
    return name if words and is_country(name) else None


def _budget_subject(head: str) -> bool:
    """The sentence before a verb ("took in", "spent") names a budget: its subject spends."""
    return _BUDGET_SUBJECT.search(head) is not None


_OF_COUNTRY = re.compile(
    r"\s*of\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*)(?![\w’'-])(?!\s+[A-Z])"
)
"""After a flow's noun, "of" and a capitalised name: a country's name there names whose the flow
is ("Exports of Kazakhstan", "of the United States"), as a possessive does."""


def _owns(word: str) -> bool:
    """The word names an owner, a period or a name, never a part."""
    low = word.lower().replace("’", "'")
    bare = low.removesuffix("'s")
    # "Russia's", "Almaty"; a plural's possessive ("workers' remittances") names whose, no part
    named = word[0].isupper() or bare != low or low.endswith("s'")
    return bare in _OWNER or low in _FUNCTION or bool(_TIME_WORD.match(bare)) or named


_BUSINESS_LINE = re.compile(
    r"^(?:trad|lend|underwrit|financ|leas|broker|clear|servic|advertis|licens|consult|shipp|"
    r"min|refin|manufactur|market|publish|broadcast|cloth|bedd|packag|fish|farm|print|quarry|"
    r"logg)ing$"
)
"""A business named by its "-ing" word right before a flow's noun ("trading income", "lending
income", "advertising revenue"): the flow of that business, a part of the whole flow. Other
"-ing" words there are verbs ("giving deficits of X") or say how the flow moves ("growing
revenue"), no part; "operating" and "banking" income are a company's or a bank's whole, and
"gaming" revenue a casino market's. Goods and primary trades named so ("Clothing exports",
"fishing output", "packaging sales") are parts as well (held24, twenty-fifth session: the "-ed"
of "Oilseed production" read as a past form made it the whole of another crop's; "Clothing
exports" read so became the whole of footwear's and leather's)."""
_SO_FAR = re.compile(r"\b(?:so|thus)\s+far\s*$", re.IGNORECASE)
"""Right before a role's noun: an adverb of time ("so far", "thus far"), no word of a part."""


def _purpose(tail: str) -> str | None:
    """What spending goes to, right after its noun: "expenditures for the economy", "spending on
    health" make the figure that purpose's part, no whole of the spending; never a period
    ("spending for the first half", "for the five months", "for 2031") or an owner ("for the
    state budget")."""
    aim = re.match(r"\s*(?:for|on)\s+(.*)$", tail, re.IGNORECASE)
    if aim is None:
        return None
    words: list[str] = []
    for word in re.findall(r"[\w'’-]+", aim.group(1)):
        if _VERBISH.match(word) or (words and _FOLLOW.match(word)):
            break  # "expenditures for the economy amounted": the purpose ends at its verb
        words.append(word)
    if not words or names_only_period(" ".join(words)):
        return None
    content = [w for w in words if w.lower() not in _FUNCTION]
    if not content or _owns(content[0]):
        return None
    return content[0].lower()


_SPAN_WORD = re.compile(r"^(?:between|during|through|throughout|since|until|till)$", re.IGNORECASE)
"""A word that opens the span of time after a flow's "of" words, ending them."""


def _modifiers(clause: str) -> tuple[frozenset[str], str | None, str | None]:
    """Whose the figure is, the word that makes it a part (or None) and the family a word right
    before the role's names ("trade deficit", "budget deficit"), from the words of the clause
    before the role's word, nearest first, up to a verb ("the budget plans revenue of")."""
    owner: set[str] = set()
    family = None
    undergoes = subject_part(clause)
    if undergoes is not None:
        return frozenset(), undergoes, None  # "petroleum products saw exports rise": a part's
    clause = _SO_FAR.sub("", clause)  # "For the year so far exports were": a time, no part
    # a word starts on a letter or digit: a dash between spaces ("banks - A and B - received") or
    # a lone apostrophe is punctuation, no word that makes the figure a part
    for position, word in enumerate(reversed(re.findall(r"\w[\w'’-]*", clause))):
        bare = word.lower().replace("’", "'").removesuffix("'s")
        if position == 0 and bare == "trade":
            family = TRADE
            continue
        if position == 0 and bare in ("budget", "fiscal"):
            family = BUDGET
        if position == 1 and family == TRADE and bare == "border":
            return frozenset(owner), bare, family  # "the border trade surplus": no whole balance
        if position == 1 and family == TRADE and bare in _TRADE_KIND:
            return frozenset(owner), bare, family  # "the oil trade surplus": a product's balance
        if position == 1 and family == TRADE and bare in ("services", "service"):
            owner.add("services")  # "the services trade deficit": no balance of goods' flows
            continue
        if bare in _CLAUSE_OPENERS:
            break  # "a record 2018, when remittances reached": a clause's opening word, no kind
        if bare in _ENTITY:
            owner.add(bare)
        elif bare in _GOODS:
            owner.add("goods")  # "goods exports", "merchandise imports": goods, not services
        elif _owns(word):
            continue
        elif position == 0 and _BUSINESS_LINE.match(bare):
            return frozenset(owner), bare, family  # "trading income", "lending income": a kind
        elif (_VERBISH.match(bare) and not thing_in_eed(bare)) or position > 0:
            break
        else:
            return frozenset(owner), bare, family  # "tax revenues", "net exports"
    return frozenset(owner), None, family


_CLAUSE_OPENERS = frozenset(
    _split("when whenever where while whereas if unless since because although though once until")
)
"""Words that open a clause of their own ("2018, when remittances for the full year reached X",
"while exports rose"): they end the words before a role's noun, and name no part of the flow."""


def thing_in_eed(word: str) -> bool:
    """A word of four letters in "-eed" ("feed", "seed", "need", "weed") names a thing, never a
    past form: the "-ed" of a past form follows a stem of three letters or more. "Cattle feed
    exports" are a product's exports, a part, never the whole of the other products' exports.
    So does a longer word that ends in "seed", "weed" or "feed" ("Oilseed", "rapeseed",
    "seaweed", "birdfeed"): a compound of that thing, since no verb's stem ends in "se", "we" or
    "fe" to make such a past form ("agreed", "freed", "guaranteed" end in "reed" or "teed")."""
    lowered = word.lower()
    return (len(word) == 4 and lowered.endswith("eed")) or lowered.endswith(_EED_THINGS)


_EED_THINGS = ("seed", "weed", "feed")


_LINK_WORDS = frozenset(_split("and or while as well also"))
_MOVES = lazy(
    r"(?:\s+(?:in|for|during|over)\s+[^,;.\d]{0,30}?)?\s*,?\s*and\s+(?:then\s+)?(?:dropped|fell|rose|grew|climbed|increased|decreased|declined|"
    r"jumped|slipped|was|were|stood|came)\s+(?:at\s+|to\s+)?",
    re.IGNORECASE,
)
_ALL_OF = re.compile(r"\s*(?:a\s+total\s+of|in\s+total|in\s+all|altogether)?\s*", re.I)
"""Between a budget's verb and its figure: "spent a total of"."""


def _links(gap: str) -> bool:
    """Between an amount and the one before it, nothing but "and" and periods: the later one
    takes the earlier one's role ("a deficit of 5.7 trillion in January and 7.2 trillion in
    February"); never a figure in parentheses or with a plus ("67.9 billion (+13.8 billion)": a
    change)."""
    if "(" in gap or "+" in gap:
        return False
    words = re.findall(r"[\w'’]+", gap)
    return all(w.lower() in _LINK_WORDS or TIME_LINK.match(w) for w in words)
