"""What the words around a number say, for a draft: its kind, an id, the subject of a count, the
quote, and the places a rank names before it. Heuristics that only decide where the words are
clear; everything else is left for the editor.
"""

from __future__ import annotations

import re
from itertools import islice

from msgspec import Struct, field

from aktobe_facts.reading.changewords import FALL_NOUNS, RISE_NOUNS
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.units import AMBIGUOUS_UNITS
from aktobe_facts.relations.multiple import FactorError, read_factor
from aktobe_facts.text.changerates import value_of_rate
from aktobe_facts.text.draftsigns import falls, rises, understood
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.ratepace import pace
from aktobe_facts.text.sentences import Span, clause_end, clause_start

PAST_VERB = r"(?-i:[a-z])\w{2,}ed"
"""A word of five letters or more in -ed that starts in lower case: a verb in the past or a
participle between two figures of a list ("and the government borrowed"), never a name
("the United States", "the United Kingdom"), whatever the pattern's case flag."""
IRREGULAR_PAST = (
    r"(?:lent|sold|spent|paid|took|made|gave|got|brought|bought|sent|won|lost|held|kept|built|"
    r"drew|rose|fell|grew|saw|ran|led|hit|cut|set|put|shed|sank|shrank|swung|stood|came|went|"
    r"earned|borrowed)"
)
"""A verb in the past that :data:`PAST_VERB` does not read ("and Beta Bank lent X": a clause of
another subject between two figures of a list)."""
MAX_ID_WORDS = 3
MAX_SUBJECT_WORDS = 4
MAX_ID_LENGTH = 60


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


STOP = frozenset(
    _words(
        "a an the of in on at to for by with and or as from than that which who whom whose this "
        "these those it its their there here was were is are be been being has have had also more "
        "less some about over under nearly almost approximately around worth reached amounted "
        "compared same per into after before during while mainly took part received provided "
        "spent made additionally last end year years past will would can could may might not no "
        "all other others such fold folds"
    )
    + tuple(
        f"{word}fold"  # "fourfold": a factor, no name of a figure
        for word in _words("two three four five six seven eight nine ten twenty hundred thousand")
    )
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_GROWTH_AFTER = re.compile(
    r"\s+(?:(?:year-on-year|y/y|yoy|annual|yearly|month-on-month)\s+)?"
    r"(?:more|less|higher|lower|increase|decrease|rise|growth|drop|fall|decline)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:increas|decreas|grew|grow|rose|risen|rise|rising|fell|fallen|fall|declin|drop|reduc|rais|"
    r"cut|gain|lost|los|up|down|accelerat|expand|climb|jump|surg|soar|exceed)\w*\b[^.;]*\bby\s*$",
    re.IGNORECASE,
)
_CHANGED_BY = re.compile(
    r"\b(?:increas|decreas|grew|grow|rose|risen|rise|rising|fell|fallen|fall|declin|drop|gain|"
    r"climb|jump|surg|soar|shr[ai]nk|slid|slump|expand|contract)\w*\s*$",
    re.IGNORECASE,
)
"""A change verb right before a percent, with no "by": "rising 22.2 percent", "to grow 17.9%"."""
_NOUN_AT = re.compile(
    r"\b(?:the|an?)\s+(?:rise|increase|growth|gain|jump|decrease|decline|fall|drop|reduction)\s+"
    r"(?:in|of)\s+[^,;.()%\d]{1,60}?\s+(?:at|was|were|is|came\s+to|stood\s+at|amounted\s+to)\s*$",
    re.IGNORECASE,
)
"""A change's noun and what changed, then the percent: "put the rise in tax revenues at"."""
_OF_SHARE = re.compile(r"\b(?:share|rate|proportion|percentage|ratio)s?\b", re.IGNORECASE)
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
"""Before "share": "earnings per share", "dividend per share" are amounts per share of stock, no
share of a whole (the twentieth session's end run: "Headline earnings per share down 19.0%" and
"the bank's stock advanced 3.26 percent" after "Earnings per share" were asked for points)."""
_STOCK_OWNER = re.compile(r"(?:\b(?:its|their|our|his|her)|\w['’]s)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_PERCENT_LEVEL = re.compile(
    r"\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
"""A level in percent the sentence gives ("rose 5 percent to 12.4 percent"): what changed is a
share or ratio, whatever noun its rate is of, never a pace of a count."""
_OWN_PERCENT = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_SIBLING_AFTER = re.compile(r"\s*,?\s*and\b", re.IGNORECASE)
_POINTS_UNIT = re.compile(r"\s+points?\b", re.IGNORECASE)
"""After "percentage": "points", the unit of the figure before ("2.7 percentage points"), no share."""
_PERCENT_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b)\s*(?:[a-z-]+\s+){0,2}\Z", re.IGNORECASE
)
"""Right before a share's or rate's noun: its own percent, a word or two between ("a 104.7 percent
achievement rate")."""
_PHYSICAL = frozenset({"length", "area", "mass", "volume", "energy", "power", "capacity"})


def _stock(before: str, word: re.Match[str]) -> bool:
    """A company's shares, its stock ("lifting its shares up almost one percent", "the bank's
    shares rose 2 percent", "shares of the lender lost 0.7%"): plural, owned by a possessive with
    no "of" after, or "of" or "in" a firm's noun that no whole follows; a share of a whole is
    singular after a possessive ("its share of the market") or names its whole ("the shares of
    renewables", "the shares of state banks in total deposits"). Shares a measure counts or values
    ("the volume of shares", "the number of shares") or a word of trading follows ("shares
    traded", "shares changing hands") are stock too, and so are shares a firm's noun qualifies
    ("Bank shares were up") and bare "Shares" opening their clause with a move ("Shares rose")."""
    if word.group(0).lower() != "shares":
        return False
    if _STOCK_OF.match(before, word.end()) is not None:
        return True
    if _COUNTED_OF.search(before, 0, word.start()) or _TRADED_AFTER.match(before, word.end()):
        return True
    if _OF_AFTER.match(before, word.end()) is not None:
        return False
    if _FIRM_BEFORE.search(before, 0, word.start()) is not None:
        return True
    if not before[: word.start()].strip() and _STOCK_MOVE.match(before + " ", word.end()):
        return True  # "Shares rose 2 percent": bare shares opening the clause, moving
    return _STOCK_OWNER.search(before, 0, word.start()) is not None or _named(before, word)


_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&.'’-]*\s+){1,4}\Z")
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "of",
        "to",
        "its",
        "their",
        "our",
        "his",
        "her",
        "this",
        "these",
        "those",
        "that",
        "both",
        "all",
        "some",
        "many",
        "most",
        "few",
        "several",
        "other",
        "such",
        "as",
        "and",
        "or",
        "but",
        "while",
        "when",
        "after",
        "before",
        "since",
        "during",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
"""Capitalised words that name no company: articles, prepositions, conjunctions, possessives,
months and days ("In March shares rose" names no firm)."""


def _named(before: str, word: re.Match[str]) -> bool:
    """A company's name right before "shares" ("Maruti Suzuki shares were down 3.6%", "HSBC shares
    rose"): the firm's stock. A single capitalised word opening the clause may be any noun
    ("Renewable shares rose 2 percent"), so it is a name only in capitals ("HSBC") or with
    another capitalised word."""
    m = _NAME_BEFORE.search(before[: word.start()])
    if m is None:
        return False
    names = m.group(0).split()
    if any(name.lower().strip(".'’") in _NOT_NAMES for name in names):
        return False
    opening = not before[: m.start()].strip()
    return not opening or len(names) > 1 or (len(names[0]) > 1 and names[0].isupper())


_FIRM = (
    r"bank|lender|company|firm|group|insurer|carrier|airline|miner|producer|maker|retailer|"
    r"conglomerate|operator|brewer|developer|utility"
)
_MARKET_NOUN = re.compile(
    r"[-\s]+(?:index|indices|indexes|prices?|capital|markets?|trading|buybacks?|issues?|sales?)\b",
    re.IGNORECASE,
)
"""After "share": a market's noun it qualifies ("the NSE 20 and the NSE25 share indices", "the
all-share index", "share prices", "share capital"): stock, never a share of a whole (Trading
Room's weekly review of the Nairobi bourse, sweep O's held batch, a separate commit after it:
"share indices have gained up to 4.96%" was asked for points)."""
_COUNTED_OF = re.compile(
    r"\b(?:volumes?|numbers?|values?|amounts?|turnover|sales?|purchases?|buybacks?)\s+of\s+"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)
"""Before "shares": a measure and "of" ("the volume of shares traded", "the number of shares"):
what is measured is stock, counted or valued, and the head of the phrase is the measure, never a
share of a whole (Trading Room's weekly review of the Nairobi bourse, sweep O: "The volume of
shares traded ... posted a 20.33% decline" was asked for points)."""
_TRADED_AFTER = re.compile(
    r"\s+(?:(?:were|was|being)\s+)?(?:traded|sold|bought|exchanged|transacted|issued|listed|"
    r"outstanding|(?:changing|changed|exchanging|exchanged)\s+hands)\b",
    re.IGNORECASE,
)
"""After "shares": a word of trading ("shares traded", "shares changing hands", "shares
outstanding"): stock, never a share of a whole."""
_FIRMS = rf"(?:(?:{_FIRM})s?|compan(?:y|ies)|utilit(?:y|ies))"
"""A firm's noun, one or many ("lender", "lenders", "companies")."""
_STOCK_OF = re.compile(
    rf"\s+(?:of|in)\s+(?:the|this|that|these|those)\s+(?:[a-z-]+\s+){{0,2}}{_FIRMS}\b"
    r"(?!\s+(?:in|of)\b)",
    re.IGNORECASE,
)
"""After "shares": "of" or "in" a firm or firms named by their noun ("of the bank", "in the
state-owned lender", "of the two lenders"), with no whole after it ("in total deposits"): the
firms' stock."""
_STOCK_MOVE = re.compile(
    r"\s+(?:(?:were|are|was|is|have|has|had)\s+(?:been\s+)?)?(?:\Z|(?:up|down|higher|lower|rose|"
    r"risen|fell|fallen|gained|lost|climbed|slipped|dropped|jumped|surged|slumped|tumbled|"
    r"declined|advanced|closed|ended|edged|eased|rallied|sank|sunk)\b)",
    re.IGNORECASE,
)
"""After "shares" that open their clause: a verb of a price's move ("Shares rose", "Shares were
up"; or the figure's own verb right after them): stock, since a share of a whole in the plural
names its whole ("the shares of exports")."""
_FIRM_BEFORE = re.compile(rf"\b{_FIRMS}\s+\Z", re.IGNORECASE)
"""Right before "shares": a firm's noun that qualifies them ("bank shares", "Airline shares were
up", "mining companies shares"): the stock of such firms, never a share of a whole; "Renewable
shares" names no firm and keeps its reading."""


_TO_LEVEL = re.compile(r"\s*to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(\S+)(?:\s+(\S+))?")
_AT_PRICE = re.compile(r"\s*(?:,\s*)?at\s+(?:[$€£¥₹]|[A-Z]{1,3}\$|Rs\.?\s?)\d")
"""After a change, "at" and an amount with its currency's sign ("were up 2.8% at $195.71"): a
price the change led to, so what changed is an amount; "at 1251 GMT" or "at 15%" is no price."""
_POINTS_WORD = re.compile(r"(?:per|percent|percentage|pct|pc|points?|pp|bps?)\b", re.IGNORECASE)
"""A word after a level's number that makes it a percent ("5.2 pct", "5.25pc" is read in the token)."""


def _to_level(rest: str) -> bool:
    """After a change, "to" and a level that is no percent ("Shares rose 6.2% to 412 kroner",
    "the average daily rate rose 4% to $182"): what changed is an amount or a count, whatever
    its name ("shares", "rate"), so the change is its growth, never a change of a share in
    points; so too "at" and a price (:data:`_AT_PRICE`)."""
    if _AT_PRICE.match(rest):
        return True
    m = _TO_LEVEL.match(rest)
    if m is None:
        return False
    token, after = m.group(1), m.group(2) or ""
    if not re.search(r"\d", token):  # "to DKK 54.6", "to $ 182"
        return bool(re.fullmatch(r"[A-Z]{3}|[^\w\s]+", token) and re.match(r"\d", after))
    return "%" not in token and not _POINTS_WORD.match(after)


_OF_LEVEL = re.compile(r"\s*of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(\S+)(?:\s+(\S+))?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d\W*")


def _level_of(rest: str) -> bool:
    """Right after a rate's noun, "of" and a level that is no percent ("a seasonally adjusted
    annual rate of $1.18 trillion", "an annual pace of 1.42 million"): the rate is an amount or a
    count at a yearly pace, and a change after it is its growth, never a change in points; "a
    rate of 8.5 percent" and "the rate of 2023" are no such level."""
    m = _OF_LEVEL.match(rest)
    if m is None or _YEAR.fullmatch(m.group(1)):
        return False
    return _to_level(" to" + rest[m.start(1) - 1 :])


def _of_share(before: str, sentence: str = "") -> bool:
    """The words before a change name a share or a rate as what changed ("the share of good roads
    increased by 13 percent"): a change that may be in points. A share given its own percent
    before the change ("with a share of 15.8% and growth of 6.0%", "a 104.7 percent achievement
    rate and an 18.8 percent increase") is a sibling figure, and the change is the growth of what
    holds the share; "percentage points" is a figure's unit, no share; an inflation or growth
    rate compared year on year in ``sentence`` is itself the change (:mod:`changerates`)."""
    found = [
        m
        for m in _OF_SHARE.finditer(before)
        if not _stock(before, m)
        and not _MARKET_NOUN.match(before, m.end())
        and not _POINTS_UNIT.match(before, m.end())
        and _PER_BEFORE.search(before, 0, m.start()) is None
    ]
    if not found or (pace(before, found[-1].start()) and not _PERCENT_LEVEL.search(sentence)):
        return False
    if value_of_rate(sentence, before, found[-1].end()):
        return False
    if _level_of(before[found[-1].end() :]):
        return False  # "an annual rate of $1.18 trillion ... after a 0.8 percent fall": an amount
    if _COMPARED_RATE.match(before, found[-1].end()) is not None:
        return False  # "plunged 33.8%, a steeper rate than the 18.2% decrease": a move's pace
    if _OTHER_SUBJECT.search(before, found[-1].end()) is not None:
        return False  # "the rate climbed to 12.6% as costs climbed by 0.1%": the costs' growth
    if _WITH_SUBJECT.search(before, found[-1].end()) is not None:
        return False  # "rate rises ... with final demand forecast to grow by": demand's growth
    if _PERCENT_BEFORE.search(before, 0, found[-1].start()) and _SIBLING_AFTER.match(
        before, found[-1].end()
    ):
        return False  # "a 104.7 percent achievement rate and an 18.8 percent increase": siblings
    own = _OWN_PERCENT.search(before, found[-1].end())
    # the share's percent and the change joined as siblings ("a share of 15.8% and growth of
    # 6.0%"); a rate's own value before its change ("the rate of 8.5 percent in March was down 0.3
    # percent") leaves the change the rate's, in points or percent
    return own is None or _SIBLING_AFTER.match(before, own.end()) is None


_COMPARED_RATE = re.compile(
    r"\s+(?:(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+)?than\b", re.IGNORECASE
)
"""Right after a share's or rate's noun, "than" (perhaps after a comparative: "a steeper rate than
the 18.2 per cent decrease in August", "at a rate slower than the 6 percent drop"): the noun is
the pace of a move compared with another move, no share that changed; the percent after "than"
is that other move's, a growth (held25's Singapore exports: warned as points)."""
_OTHER_SUBJECT = re.compile(
    r"(?<!such\s)(?<!well\s)\b(?:as|while|whereas|when)\s+(?!(?:it|they|this|that|which|well|of)\b)"
    r"(?:(?!(?:share|rate|proportion|percentage|ratio)s?\b)[a-z-]+\s+){1,3}?"
    r"(?:(?:increas|decreas|grew|rose|risen|fell|fallen|declin|drop|climb|jump|surg|soar|gain|"
    r"slid|slump|expand|contract|edg)\w*\s+(?:by\s+)?)?\Z",
    re.IGNORECASE,
)
"""Between a share's or rate's noun and a change (whose verb may be the figure's own words): a
clause of its own subject, no share nor rate ("... as costs climbed by", "while prices"): the
change is that subject's, a growth."""
_WITH_SUBJECT = re.compile(
    r"\bwith\s+(?!(?:it|they|this|that|which|a|an|its|their)\b)"
    r"(?:(?!(?:share|rate|proportion|percentage|ratio|rise|increase|decrease|fall|drop|growth|"
    r"decline|gain|jump|change)s?\b)[a-z-]+\s+){1,3}?"
    r"(?:(?:now|also|still|again)\s+)?"
    r"(?:(?:forecast|expected|projected|predicted|estimated|set|tipped|likely|seen)\s+to\s+)?"
    r"(?:(?:increas|decreas|grow|grew|ris|rose|risen|fall|fell|fallen|declin|drop|climb|jump|"
    r"surg|soar|gain|slid|slump|expand|contract|edg)\w*\s+(?:by\s+)?)?\Z",
    re.IGNORECASE,
)
"""After a share's or rate's noun, "with" and a subject of its own whose verb of change ends the
words before the figure (or opens the figure's own words), through "forecast to", "expected
to" ("interest rate rises ... with state final demand now forecast to grow by 4.5 per cent"): the
change is that subject's, a growth. A subject that names a share, a rate or a change is none of
its own ("with the rate rising by", "with a rise of": the rate's own change again)."""
_NAME = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_PLACES = re.compile(rf"\bafter\s+({_NAME}(?:\s*,\s*{_NAME})*(?P<closed>,?\s+and\s+{_NAME})?)")
_LIST_GOES_ON = re.compile(r"['’]|(?:[^.;:()]|\.\d|\([^()]*\))*?\band\s+(?:the\s+)?[A-Z]")
"""After the names a rank comes after: more of the list the names did not take ("after Germany,
the UK's ...", "after Germany, its neighbour, and Greece", "after the US with 45% (191,000) and the
Caribbean": past a figure's brackets and decimal point); a rank whose list may be cut short gets
none, never a list that is too short."""
_REMAINDER = re.compile(r"[\s,)]*((?:and|or)\s+(?:all\s+|the\s+)?others?\b[^,.;:()”\"]*)")


class Ids(Struct):
    """Ids made from words, each used once."""

    used: set[str] = field(default_factory=set)
    numbered: dict[str, int] = field(default_factory=dict)  # the next number to try per stem
    later: dict[str, tuple[list[list[str]], str | None]] = field(default_factory=dict)
    """Ids that name no figure ("claim_2"), with the words to name them by once every other id
    of the article is made (so that none takes a name a figure after it has by its own words)."""

    def make(self, candidates: list[list[str]], kind: str | None = None) -> str:
        """The first unused id among the word lists, then the first with the kind, then
        numbered (from where the last numbered id of the stem left off, not from 2 again)."""
        slugs = [s for s in (_slug(words) for words in candidates) if s] or [kind or "claim"]
        options = [*slugs, *(f"{s}_{kind}" for s in slugs[:1] if kind and kind not in s)]
        chosen = next((o for o in options if o not in self.used and not _a_factor(o)), None)
        number = self.numbered.get(slugs[0], 2)
        while chosen is None or chosen in self.used:
            chosen, number = f"{slugs[0]}_{number}", number + 1
        self.numbered[slugs[0]] = number
        self.used.add(chosen)
        return chosen

    def renamed(self) -> dict[str, str]:
        """The ids made :attr:`later`, each from its words: old id -> new id."""
        return {old: self.make(words, kind) for old, (words, kind) in self.later.items()}


def _a_factor(name: str) -> bool:
    """A multiple's ``factor`` reads the name as a claim's id before a factor's words: a claim
    named "double" ("will double to $140 billion") would turn the factor "double" of a drafted
    multiple into that claim's figure (a false error), so no id is a factor's words."""
    try:
        read_factor(name)
    except FactorError:
        return False
    return True


def content(text: str) -> list[str]:
    """The words of a text that say something, in lower case."""
    return [
        w.lower().replace("’", "").replace("'", "")
        for w in _WORD.findall(text)
        if w.lower() not in STOP and len(w) > 1
    ]


def is_percent(phrase: Phrase) -> bool:
    unit = phrase.stated.unit
    return unit is not None and unit.kind == "percent"


_TERMS = re.compile(
    r"\s*(?:(?:in|on)\s+(?:an?\s+)?(?:annual|yearly|monthly|quarterly|real|nominal|"
    r"year[-\s]on[-\s]year|y-o-y|yoy)\s+(?:terms|basis)|year[-\s]on[-\s]year|y-o-y|yoy)\b",
    re.IGNORECASE,
)
"""After a change, the words of its comparison and nothing counted: "in annual terms", "on a
yearly basis", "year-on-year"."""

UNIT_LEFT_OUT = (
    "a change printed with no unit (its percent or currency left out): give its unit before "
    "relating it"
)


def unit_left_out(text: str, phrase: Phrase) -> bool:
    """A change whose unit the words leave out ("imports shrank by 0.3 in annual terms to X"):
    no count of anything, and no unit the draft may guess (0.3 percent, as a rule, but the words
    do not say so)."""
    stated = phrase.stated
    return (
        stated.unit is None
        and stated.direction is not None
        and _TERMS.match(text, phrase.outer_end) is not None
    )


_PLUS_OPEN = re.compile(r"\d[^()\d,;.]{0,30}\(\s*\+\s*$")
_MINUS_OPEN = re.compile(r"\d[^()\d,;.]{0,30}\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def _signed_in_bracket(text: str, phrase: Phrase) -> bool:
    """A percent with its sign alone in a bracket right after an amount ("coke - 8.8 million
    tonnes (+6.2%)", "grain - 18 million tonnes (-1.5%)"), as agencies' lists print each item's
    move: that amount's growth; a bracketed percent with no sign ("(16.74%)") may be a share."""
    if _CLOSE.match(text, phrase.outer_end) is None:
        return False
    before = text[max(0, phrase.start - 40) : phrase.start]
    if _PLUS_OPEN.search(before) is not None:
        return True
    return phrase.stated.negative and _MINUS_OPEN.search(before) is not None


def kind_of(text: str, sentence: Span, phrase: Phrase, member: bool) -> str | None:
    """The kind of claim, where the unit or the words make it clear."""
    stated, unit = phrase.stated, phrase.stated.unit
    if stated.ordinal:
        return "rank"
    if unit is None and _FACTOR.match(text, phrase.outer_end):
        return None  # "grew 3.1 times": a factor, no count of "times"
    if unit_left_out(text, phrase):
        return None  # "shrank by 0.3 in annual terms": a percent or amount, no count
    if unit is None or unit.kind == "count":
        return "count"
    if unit.is_currency or unit.kind in _PHYSICAL:
        return "amount"
    if unit.kind == "time":
        return "duration"
    if unit.kind != "percent":
        return None
    before = text[clause_start(text, sentence[0], phrase.start) : phrase.start]
    rest = text[phrase.outer_end : sentence[1]]
    if not member and stated.direction is None and _is_index(rest, stated.value):
        return "index"  # "127.4 percent of last year's level", "104.5 percent compared to 2022"
    if member or (rest.lstrip().lower().startswith("of ") and not _noun_of_change(phrase)):
        return "share"  # never "the 11 percent rise of 2019": a growth, "of" its period
    if _signed_in_bracket(text, phrase):
        return "growth"  # "8.8 million tonnes (+6.2%)": the figure's own move, its sign given
    if stated.direction is not None:  # "down by 70%", "up 41 percent"
        said = text[sentence[0] : sentence[1]]
        return "change" if _of_share(before, said) and not _to_level(rest) else "growth"
    if _GROWTH_AFTER.match(rest):
        return "growth"
    if _CHANGE.search(before) or _CHANGED_BY.search(before) or _NOUN_AT.search(before):
        # "rose by 12 percent", "fell by 10%", "put the rise in tax revenues at": a growth of the
        # figure; only a change of a share or a rate ("the share of good roads increased by 13
        # percent") may be in points
        return "change" if _of_share(before, text[sentence[0] : sentence[1]]) else "growth"
    if (
        understood(text, sentence, phrase.start) is not None
        or falls(text, sentence, phrase.start)
        or rises(text, sentence, phrase.start)
    ):
        # "Exports grew by 8.3 percent, and imports by 8.8 percent"; "fell the most, by 41.4%";
        # "kept rising, by 20.8 percent"
        head = text[sentence[0] : phrase.start]
        return "change" if _of_share(head, text[sentence[0] : sentence[1]]) else "growth"
    if re.search(r"\bindex\b", text[sentence[0] : phrase.start], re.IGNORECASE):
        if stated.value < INDEX_LOW:
            # "the index ... is to grow 8.9%, higher than the 4.5% of last year"; "The index
            # closed at X, up Y points (1.60%)", "inflation eased to 2.10%"
            return None
        if _BY_END.search(before):
            return None  # "rose by 8.2 percent in steel, by 5.1 percent in cement": a change's size
        if _signed(text, phrase):
            return None  # "fell by 4.1% (-7.9% after inflation)": an index's level has no sign
        return "index"
    return None


def _noun_of_change(phrase: Phrase) -> bool:
    """The figure's own words end on a noun of change that signs it ("11 percent rise", "a 3
    percent drop"): "of" after it names the change's period or its object, never a whole it is a
    share of."""
    last = phrase.value.rsplit(None, 1)[-1].lower()
    return phrase.stated.direction is not None and last in _CHANGE_NOUN_WORDS


_CHANGE_NOUN_WORDS = frozenset((*RISE_NOUNS, *FALL_NOUNS))


def _signed(text: str, phrase: Phrase) -> bool:
    """A percent printed with its sign ("-7.9%", "+1.2%"): a change, never an index's level (the
    level as a percent of the base, which is never negative)."""
    plus = text[: phrase.start].rstrip(" ").endswith("+") or phrase.value.startswith("+")
    return phrase.stated.negative or plus


_BY_END = re.compile(r"\bby\s*$", re.IGNORECASE)
"""Right before a percent: "by", the size of a change, never an index's level ("at", "was")."""


def names_the_change(text: str, sentence: Span, phrase: Phrase) -> bool:
    """A growth's words make its percent the size of the change, not a level: a verb of change
    ("rose 150 percent", "increased by 127.4 percent", "up 115%"), a noun of change with its
    article ("an increase of 102%"), a comparative after it ("57 per cent higher"), or the verb of
    a list it belongs to ("and imports by 8.8 percent"). A percent is left open (it may be an
    index, the level as a percent of the base) where the words give it as what a growth was:
    "growth" with no article right before it ("growth of 104.5 percent"; statistics offices call
    an index's level so), a growth rate, what the growth or the rise "amounted to" or was ("put
    the rise in output at"), or "X percent growth"."""
    lead = text[clause_start(text, sentence[0], phrase.start) : phrase.start]
    lead += re.split(r"\d", phrase.value, maxsplit=1)[0]  # the value's own words: "an increase of"
    if _more_than(text, phrase, sentence[1]):
        return True  # "the growth of investment was 136% higher than X": the size of the change
    if (_GROWTH_WAS.search(lead) and not _A_GROWTH_OF.search(lead)) or _NOUN_AT.search(lead):
        return False
    after = _GROWTH_AFTER.match(text, phrase.outer_end, sentence[1])
    if after is not None:
        return after.group(0).split()[-1].lower() != "growth"
    return (
        phrase.stated.direction is not None
        or _CHANGE.search(lead) is not None
        or _CHANGED_BY.search(lead) is not None
        or understood(text, sentence, phrase.start) is not None
    )


_COMPARATIVE = r"(?:more|higher|greater|larger|bigger)"
_MORE_THAN = re.compile(rf"\s+{_COMPARATIVE}\s+than\b", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_COMPARATIVE_END = re.compile(rf"\b{_COMPARATIVE}$", re.IGNORECASE)


def _more_than(text: str, phrase: Phrase, end: int) -> bool:
    """A comparative and "than" right after a percent (or the phrase's own comparative, "136%
    higher", then "than"): the size of a change whatever the words before it call it ("the
    growth of investment was 136% higher than in 2030"); an index's level is "136% of", never
    "136% higher than"."""
    if _THAN.match(text, phrase.outer_end, end):
        return _COMPARATIVE_END.search(text, phrase.start, phrase.outer_end) is not None
    return _MORE_THAN.match(text, phrase.outer_end, end) is not None


_GROWTH_WAS = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)\bgrowth\s+(?:of\s+)?$|\bgrowth\s+rates?\b|"
    r"\b(?:growth|rise|increase)\b[^.;:()%]*\b(?:was|were|is|amounted\s+to|came\s+to|made\s+up|"
    r"stood\s+at|totall?ed)\s+$",
    re.IGNORECASE,
)
"""Words that give a percent as what a growth was: "growth of" with no article, a growth rate,
"the growth of exports amounted to"."""
_A_GROWTH_OF = re.compile(r"\ban?\s+(?:[\w/'’-]+\s+){1,2}growth\s+(?:of\s+)?$", re.IGNORECASE)
""""growth" with its article and a word or two between ("a YoY growth of 190 per cent", "an
extraordinary growth of 1,458 percent"): a noun of change with its article, as "a growth of", the
size of the change (Sweep M: Airtel's data volume, Samsung's operating profit)."""


_FACTOR = re.compile(r"\s*(?:-\s*)?(?:times|folds?)\b", re.IGNORECASE)
_PERIOD_NAMED = (
    r"(?:the\s+|a\s+)?(?:(?:last|previous|prior|same|corresponding|preceding)\b|(?:19|20)\d\d\b|"
    r"year\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b)"
)
"""After "the level of" or "the volume of": a period, which makes the percent before an index ("of
the level of 2022"); a thing ("37.9% of the volume of housing built") makes it a share."""
_INDEX_OF = re.compile(
    r"\s*of\s+(?:the\s+)?(?:(?:last|previous|prior|same|corresponding)\s+(?:year|period|month|"
    rf"quarter|half)|(?:19|20)\d\d(?:'s)?\s+(?:level|figure|volume)|(?:level|volume)\s+of\s+"
    rf"{_PERIOD_NAMED})",
    re.IGNORECASE,
)
_INDEX_COMPARED = re.compile(
    r"\s*(?:compared\s+(?:to|with)|against|relative\s+to|versus)\s+(?:the\s+)?(?:(?:last|previous|"
    r"prior|same|corresponding)\b|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
_INDEX_LEVEL = re.compile(
    r"\s*(?:,?\s*in\s+(?:comparable|constant|real)\s+prices\s*,?)?\s*(?:to|of|against|"
    r"compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+|its\s+)?(?:level|volume)\s+of\s+"
    + _PERIOD_NAMED,
    re.IGNORECASE,
)
"""After a percent: the level it is a percent of, the prices it is measured in first or not ("at
a growth rate of 104.2% in comparable prices to the level of 2030"): an index."""
INDEX_LOW = 50
"""Below it a percent is no index's level (the level as a percent of the base period, 100 being no
change): an index of 2.1 would be a fall of 97.9 percent. An index compared with a period
("104.5 percent compared to 2022") is near 100, and a sentence that names an index gives its
change ("up 0.35 percent"), an inflation rate ("the Consumer Price Index ... eased to 2.10%") or a
share there: a percent below this is a rate, not an index."""


def _is_index(rest: str, value: Fraction) -> bool:
    """A percent whose words make it a level against a period: an index."""
    if _INDEX_OF.match(rest) or _INDEX_LEVEL.match(rest):
        return True
    return value >= INDEX_LOW and _INDEX_COMPARED.match(rest) is not None


_CHANGE_WORD = re.compile(
    r"\b(?:grow|grew|growth|ris[ei]|rose|increas|decreas|declin|fell|fall|drop|gain|los[st]|"
    r"jump|surg|slump|up|down|skyrocket|soar|plung|plummet|tumbl|climb)\w*|"
    r"\b(?:sank|shrank|shrunk|slid|dipped)\b",
    re.IGNORECASE,
)
"""Words of a rise or a fall (the held run of the twentieth session: "tobacco sales skyrocketed
(4,056 percent), like those of live bovine cattle (364.7 percent)" were read as two shares of one
whole, a false error); "dip" and "slip" only as past forms ("diplomatic", "slipway")."""


def says_change(words: str) -> bool:
    """The words speak of growth or a fall: percents after them are changes, not shares."""
    return _CHANGE_WORD.search(words) is not None


def id_words(
    text: str,
    sentence: Span,
    phrase: Phrase,
    kind: str | None,
    subject: str | None,
    previous: tuple[str, str | None] | None,
) -> list[list[str]]:
    """Word lists to make the claim's id from, best first: what the number is about (a count's
    subject, the words before an amount, a share's own words). ``previous`` is the id and kind of
    the claim before it in the sentence."""
    rest = text[phrase.outer_end : sentence[1]]
    ahead = content(_SIGNS.sub(" ", re.split(r"\d", rest, maxsplit=1)[0]))
    behind = content(
        _SIGNS.sub(" ", text[clause_start(text, sentence[0], phrase.start) : phrase.start])
    )
    if kind == "growth" and understood(text, sentence, phrase.start) is not None:
        return [[*behind[-MAX_ID_WORDS:], "growth"]]  # "..., profit taxes – 2.7%": its own nouns
    if kind == "growth" and previous is not None and previous[1] == "amount":
        return [[previous[0], "growth"]]  # "646.8 billion tenge, which is 6.6 percent more"
    aside = _ASIDE_AFTER_PERCENT.search(text, sentence[0], phrase.start)
    if aside and kind == "amount" and previous is not None and previous[0].endswith("_growth"):
        return [[previous[0].removesuffix("_growth"), "change"]]  # "rose 6% ($250 million)"
    if aside and kind == "growth" and previous is not None and previous[1] == "growth":
        return [[previous[0]]]  # "rose 5.6 percent (a growth of 7.2 percent), ...": the same item's
    joined = _JOINED_TO_PERCENT.search(text, sentence[0], phrase.start)
    if joined and kind == "amount" and previous is not None and previous[1] in ("share", None):
        stem = _stem(previous[0], previous[1]).removeprefix("share_").removesuffix("_percent")
        if stem:  # "construction 6.3 percent (4.2 billion manats)", "47 percent, or $1.97 billion"
            return [[stem, "amount"]]
    reached = _REACHED.search(text, max(0, phrase.start - 24), phrase.start)
    changed = previous is not None and previous[0].endswith(("_growth", "_change"))
    if reached and previous is not None and changed and kind != "growth":
        # "rose 4.5 percent to 412,000 bags"; "rose 6 percent ($250 million) to reach $4 billion"
        return [[previous[0].removesuffix("_growth").removesuffix("_change")]]
    if kind == "duration":  # "the past three years"
        return [[*behind[-1:], *phrase.value.lower().split()]]
    if kind == "count" and phrase.stated.unit is not None:  # "1,400 people took part in training"
        return [[phrase.value.split(" ")[-1], *ahead[: MAX_ID_WORDS - 1]]]
    forward = kind in ("count", "rank") or (kind == "share" and rest.lstrip().startswith("of "))
    behind = [w for w in behind if not _says_how_much(w)]
    if kind == "growth" and behind:
        return [[*behind[-MAX_ID_WORDS:], "growth"]]  # its figure takes the words alone
    if not forward and behind:
        return [behind[-MAX_ID_WORDS:]]
    before = _named_before(text, sentence, phrase) if kind == "amount" and not behind else []
    if before:
        return [before]  # "..., and forestry products, 922 million USD, up nearly 6 percent"
    prefix = ["share"] if kind == "share" else []
    first = len(content(subject)) if subject else min(len(ahead), MAX_ID_WORDS)
    return [[*prefix, *ahead[:n]] for n in range(max(first, 1), len(ahead) + 1)] or [behind]


_HOW_MUCH = re.compile(
    r"percent|pct|cent|points?|up|down|went|came|stood|grew|rose|fell|grow\w*|ris[ei]\w*|"
    r"increas\w*|decreas\w*|declin\w*|fall\w*|drop\w*|gain\w*|los[st]\w*|jump\w*|surg\w*|"
    r"slump\w*|boost\w*|climb\w*|soar\w*|expand\w*|expansion|contract\w*|picked|sharply|"
    r"reach\w*|amounting|totall?ing|hitting|"
    r"thousand|million|billion|trillion|mn|mln|bn|bln|trn"
)


def _says_how_much(word: str) -> bool:
    """A word that says how a figure changed or what scale or unit it has ("rose", "up",
    "percent", "billion"), not what it is: an id made of "rose_percent_up" names nothing."""
    return _HOW_MUCH.fullmatch(word) is not None


_REACHED = re.compile(r"\b(?:(?:up\s+)?to|reach(?:ed|ing)?)\s+$", re.IGNORECASE)
"""The words before the value a growth reached, right after the growth ("rose 4.5 percent to")."""
_ASIDE_AFTER_PERCENT = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s*\(\s*$", re.IGNORECASE)
"""A percent and an opening bracket right before an amount: the amount is the percent's change."""
_JOINED_TO_PERCENT = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\bpct)\s*(?:\(\s*(?:or\s+)?|,?\s*or\s+)$", re.IGNORECASE
)
"""A percent right before an amount, joined by a bracket or "or": the amount is the percent's
figure in the unit, named as the percent is."""
_SIGNS = re.compile(r"\b[A-Za-z]{1,3}(?=[$€£¥₹])")
"""The letters of a currency sign ("NZ$", "US$", "HK$"): no word that names a figure."""


_ASIDE = re.compile(r"\([^()]*\)")


def _named_before(text: str, sentence: Span, phrase: Phrase) -> list[str]:
    """The words that name an amount whose own clause names nothing ("forestry products, 922
    million USD"; "the FDI sector (including crude oil) made $48.3 billion"): those of the clause
    before it, after the last figure there, asides and words of change left out."""
    start = clause_start(text, sentence[0], phrase.start)
    window = text[max(sentence[0], start - 80) : start]
    after_figure = re.split(r"\d", window)[-1]
    named = [w for w in content(_ASIDE.sub(" ", after_figure)) if not _says_how_much(w)]
    return named[-MAX_ID_WORDS:]


GENERIC = frozenset({"", "claim", "growth", "change", "share", "amount", "count", "percent"})
"""Ids that name no figure: a kind alone ("claim_2", "growth", "amount_3")."""


def generic(candidates: list[list[str]]) -> bool:
    """No word list names the figure: each makes an empty id or one of a kind alone."""
    return all(_slug(words) in GENERIC for words in candidates)


def named_words(
    text: str,
    sentence: Span,
    phrase: Phrase,
    kind: str | None,
    previous: tuple[str, str | None] | None,
) -> list[list[str]]:
    """Word lists for a figure whose own words name nothing (``id_words`` gave only a kind),
    best first, each ending in the figure's kind so that it takes no plainer name a later
    figure has: the name before the bracket it is in ("China (21.5 percent"), the figure a growth
    follows ("5.3 million overnight stays, an increase of 19.6%"), the words of the clause before
    ("India, 7.5 percent"; "Container traffic, by contrast, grew 7.9 percent"); the item of a list
    before it, of its kind, names the items after it, and a growth the amounts after it ("shot
    up 56%, from 84 900 to 132 300")."""
    found = [_bracket_name(text, sentence, phrase)]
    if (
        not found[0]
        and previous is not None
        and _AFTER_FIGURE.search(text, sentence[0], phrase.start)
    ):
        found.append([_stem(previous[0], previous[1])])  # "Volkswagen with 698,404 (20.4 percent)"
    if kind == "growth" and previous is not None and previous[1] in ("amount", "count"):
        found.append([previous[0]])
    if kind in ("amount", "count") and previous is not None and previous[1] in ("growth", "change"):
        found.append([_stem(previous[0], previous[1])])  # "shot up 56%, from 84 900 to 132 300"
    listed = _LISTED.search(text, sentence[0], phrase.start)
    if listed and previous is not None and previous[1] == kind and kind is not None:
        found.append([_stem(previous[0], kind)])
    found.append(_named_before(text, sentence, phrase))
    last = kind or ("percent" if is_percent(phrase) else None)
    return [[*w, last] if last and w[-1:] != [last] else w for w in found if w and any(w)]


def _stem(claim_id: str, kind: str | None) -> str:
    """An id without its kind and number ("crops_count_2": crops), or nothing if that is all."""
    stem = re.sub(rf"(?:_{kind or 'claim'})?(?:_\d+)?$", "", claim_id)
    return "" if _slug([stem]) in GENERIC else stem


_AFTER_FIGURE = re.compile(r"\d[\d,.]*(?:\s+[A-Za-z]+)?\s*\(\s*[+-]?$")
"""A bracket right after a figure: the percent in it is that figure's ("698,404 (20.4 percent)")."""
_LISTED = lazy(
    r"\d(?:\s*(?:thousand|million|billion|trillion|mn|bn|mln|bln))?\s*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+to\s+(?:[a-z]+\s+){0,2})$",
    re.IGNORECASE,
)
"""A figure that follows the one before as the next item of a list ("investments of 247.9 million
dollars in 2016, 214.0 million in 2017"; "crops of 14.3 million, 16.4 million and 12.0
million") or as the end of a move ("from 54 100 to 78 100"): it is named as that one is."""
_CUT = re.compile(
    r"\b(?:to|between|into|on|for|in|among|across|against|were|was|are|is|as|like|including|"
    r"with|from|of|by)\s",
    re.IGNORECASE,
)


def _bracket_name(text: str, sentence: Span, phrase: Phrase) -> list[str]:
    """The words before the bracket a figure opens ("China (21.5 percent", "manufacturing
    (-2.8 percent)", "excise tax (by 13.8%)"), after the last word that joins them to the rest."""
    opened = text.rfind("(", sentence[0], phrase.start)
    if (
        opened < 0
        or re.search(r"[\d)]", text[opened + 1 : phrase.start])
        or (phrase.start - opened > 12)
    ):
        return []
    words = text[clause_start(text, sentence[0], opened) : opened]
    cut = list(_CUT.finditer(words))
    named = content(_ASIDE.sub(" ", words[cut[-1].end() :] if cut else words))
    return [w for w in named if not _says_how_much(w)][-MAX_ID_WORDS:]


def member_words(text: str, sentence: Span, phrase: Phrase) -> list[str]:
    """The words a share in parentheses names: "transport and warehousing (21 percent)", or
    "pipelines" in "Funds went to pipelines (62 percent)"."""
    start = clause_start(text, sentence[0], phrase.start - 1)
    words = text[start : phrase.start - 1]
    cut = list(re.finditer(r"\b(?:to|between|into|on|for|in|among|across)\s", words))
    return content(words[cut[-1].end() :] if cut else words)[-MAX_ID_WORDS:]


_RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:this|last|next|previous|past|current|coming)\s+(?:year|month|quarter|week)|"
    r"(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before))\b",
    re.IGNORECASE,
)


def relative_period(clause: str) -> bool:
    """The clause dates its figure relative to an unknown date ("this year", "last year"): two
    such counts of one subject may be of different periods."""
    return _RELATIVE_PERIOD.search(clause) is not None


def subject_of(rest: str) -> str | None:
    """What a count counts, in the article's words up to the next punctuation or number:
    "jobs", "small and medium-sized businesses", "entrepreneurs received loans". A unit the
    grammar leaves to the editor ("4.6Mt": million tonnes or metric tons, :data:`AMBIGUOUS_UNITS`)
    names how the number is measured, never what is counted: two such figures ("volumes up to
    4.6Mt" at home, "2.7Mt" abroad) are no claims about one thing."""
    first = rest.split(maxsplit=1)[:1]
    if first and first[0].strip(".,;:!?()").lower() in AMBIGUOUS_UNITS:
        return None
    words: list[str] = []
    for m in re.finditer(r"\S+", rest):
        word = m.group(0)
        bare = word.strip('.,;:!?()"“”')
        if not bare or not _WORD.fullmatch(bare):
            break
        words.append(bare)
        if bare != word or len(words) == MAX_SUBJECT_WORDS:
            break
    while words and words[-1].lower() in STOP:
        words.pop()
    while words and words[0].lower() in STOP:
        words.pop(0)  # "37 more villages": villages; "people took part": nothing
    return " ".join(words) or None


def places_before(rest: str) -> tuple[str, ...]:
    """The places a rank names before it: "the fifth largest city after Almaty, ... and X"."""
    m = _PLACES.search(rest)
    if m is None or _LIST_GOES_ON.match(rest, m.end()):
        return ()
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1))
    if m.group("closed") is None and len(names) > 1:
        # names joined by commas alone: two are no list ("after Chile, Peru produced": the
        # comma ends the clause, a pair is joined by "and"); more may be a list cut short
        names = names[:1] if len(names) == 2 else []
    return tuple(re.sub(r"^the\s+", "", n.strip()) for n in names)


def quote_span(text: str, sentence: Span, phrase: Phrase, member: bool) -> Span:
    """The phrase with up to three words before and after it in its clause (ending on a word that
    says something); a share in parentheses with the words that name it."""
    if member:  # from its bracket, never before the sentence: a list opening the article
        # ("Some 62.5 percent of output came from mining, 41.2 percent ...") was quoted from -1,
        # an empty quote that no claims file may hold
        opening = max(sentence[0], phrase.start - 1)
        start = clause_start(text, sentence[0], opening)
        first = _first_of_last_words(text, start, opening, 6)
        return opening if first is None else first, min(phrase.end + 1, sentence[1])
    clause = clause_start(text, sentence[0], phrase.start)
    first = _first_of_last_words(text, clause, phrase.start, 3)
    begin = phrase.start if first is None else first
    end = phrase.outer_end
    limit = clause_end(text, phrase.outer_end, sentence[1])
    for m in islice(_TOKEN.finditer(text, phrase.outer_end, limit), 3):
        word = m.group(0)
        if word[0] in '(“"':
            break
        bare = word.rstrip('.!?)”"')
        if bare and bare.lower() not in STOP:
            end = m.start() + len(bare)
        if len(bare) < len(word):
            break
    return begin, end


_TOKEN = re.compile(r"\S+")


def _first_of_last_words(text: str, start: int, end: int, count: int) -> int | None:
    """Where the first of the last ``count`` words of ``text[start:end]`` starts (words are runs
    of non-space, the first one cut at ``start``), read backwards from ``end``: reading the
    clause from its start for each number is quadratic in a long clause."""
    first = None
    position = end
    for _ in range(count):
        while position > start and text[position - 1].isspace():
            position -= 1
        if position <= start:
            break
        while position > start and not text[position - 1].isspace():
            position -= 1
        first = position
    return first


def passage(text: str, sentence: Span, start: int, end: int) -> Span:
    """A numeral (or period) with the word on each side of it in its clause: "the 109-Aqtobe
    emergency", "In 2020"."""
    tokens = [
        (sentence[0] + t.start(), sentence[0] + t.end())
        for t in re.finditer(r"\S+", text[sentence[0] : sentence[1]])
    ]
    inside = [i for i, (a, b) in enumerate(tokens) if a < end and b > start]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]
    if first > 0 and text[tokens[first - 1][1] - 1] not in _PAUSE:
        first -= 1
    if last + 1 < len(tokens) and text[tokens[last][1] - 1] not in _PAUSE:
        last += 1
    begin, stop = tokens[first][0], tokens[last][1]
    while begin < start and text[begin] in "(“\"'‘":
        begin += 1
    while stop > end and text[stop - 1] in _PAUSE + ")”\"'’":
        stop -= 1
    return begin, stop


_PAUSE = ",;:.!?"


def remainder_after(text: str, position: int, sentence_end: int) -> Span | None:
    """ "and other sectors" after the last share of a list."""
    m = _REMAINDER.match(text, position, sentence_end)
    if m is None:
        return None
    begin, stop = m.span(1)
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    return begin, stop


def _slug(words: list[str]) -> str:
    slug = "_".join(re.sub(r"[^a-z0-9_.-]+", "", w.lower()) for w in words if w)
    return re.sub(r"_+", "_", slug).strip("_.-")[:MAX_ID_LENGTH].rstrip("_.-")
