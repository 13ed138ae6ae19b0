"""Shares drafted from the words: an amount and the percent of a whole it is, joined by "or" or a
verb of sharing ("X, or P percent of GDP", "(P percent or X)", "X, constituting P% of the total",
"P percent, or X, of the turnover"), or the share before its part ("P% (X) of total exports",
"P percent of the budget at X", "P percent of total exports in August with a value of X").

- ``share`` (share, part, whole) where the whole is a figure of the article the words name: the
  one earlier amount (this sentence, or up to three before) named by the words after "of" ("of
  GDP": "GDP reached ..."), else the one amount of the whole article, before or after, whose
  clause holds those words ("21.1% of GDP" with "Armenia's GDP in January-June increased ... to
  X" a paragraph later); for "of the total" the one amount before it in its sentence, else the
  one amount of the sentence before (never a sibling part whose clause ranks it, "The US
  followed with X"), else the one earlier amount named by the part's own head word ("tax
  revenues ... of the total": "revenues were ..."); for "T, of which P percent or X"
  the total T. A pair with no whole words of its own shares the whole of the pair before it in
  the sentence.
- ``same-whole`` (parts, shares) for two or more pairs of one sentence whose whole is no figure
  of the article, when they name the same whole or none ("revenue ..., or 27.9% of GDP,
  expenditures ..., or 28.3% of GDP"; "China (21.5 percent or $2.13 billion), Russia (...)").

A percent that says a growth or a change is no share. Parts and whole are in one unit; the
periods of part and whole, where both are named, are the same span ("2004-H1" and
"2004-01/2004-06" are one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from msgspec import Struct

from aktobe_facts.text.changenamed import names_change
from aktobe_facts.text.crosstime import joinable
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftcounts import count_level, one_measure, past_noun, stated_level
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_amount,
    is_percent,
    names,
    quote,
    same_per,
    same_unit,
    singular,
    subject_words,
)
from aktobe_facts.text.draftroles import (
    Role,
    first_place,
    flow_words_in,
    place_words,
    reported_whole,
    roles,
)
from aktobe_facts.text.draftwords import PAST_VERB, content
from aktobe_facts.text.flowplace import beside_total
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodcontext import context_time, figures_one_context
from aktobe_facts.text.pertime import a_rate
from aktobe_facts.text.planwords import PLAN_NOUN, PLAN_NOUNS, PLANNED
from aktobe_facts.text.roletime import MONTH
from aktobe_facts.text.sentences import clause_end, clause_start, headline_end

_SHARING = (
    r"(?:or|i\.e\.|that\s+is|which\s+(?:makes|made|represents|constitutes)|constituting|"
    r"contributing|accounting\s+for|making\s+up|representing|amounting\s+to|comprising|"
    r"(?:put|set|estimated)\s+at|"
    r"and\s+(?:accounted\s+for|made\s+up|represented|constituted|accounts\s+for|makes\s+up|"
    r"represents))"
)
_NOUN_WORD = (
    r"(?!(?:and|or|while|but|whereas|than|which|that|compared|from|to|by|up|down|was|were|is|"
    r"are)\b)[a-z][\w'’-]*"
)
_NOUN_WORDS = (
    r"(?:(?:(?:(?:is|was|are|were|will\s+be)\s+(?:set\s+aside|allocated|earmarked|budgeted)|"
    r"goes|go|went)\s+(?:for|to|on)\s+)?"
    rf"{_NOUN_WORD}(?:\s+{_NOUN_WORD}){{0,3}}\s*,)?"
)
"""The words that name what an amount is, between it and the verb of its share ("$4.4 billion
turnover, making up", "X is set aside for financial management, comprising", "X goes to recurrent
expenditure, accounting for"): no other verb, link or figure."""
_AMOUNT_FIRST = lazy(
    rf"^\s*{_NOUN_WORDS}\s*,?\s*\(?\s*{_SHARING}\s+(?:an?\s+)?(?:about\s+|some\s+|nearly\s+)?$"
)
"""From an amount to its share: ", or", " (or", ", constituting", " turnover, making up an"; the
same subject's second verb, "amounted to X and accounted for P% of GDP" (never a new subject
after "and": "exports were X and imports accounted for P%" names the imports' share)."""
_PAREN = re.compile(r"^\s*\(\s*$")
_OF_IN_PAREN = re.compile(r"\s+of\s+[^()\d;]{1,60}\)")
"""An amount's share in its parenthesis with the whole named: "126.8 billion (21.1% of GDP)"."""
_PERCENT_FIRST = lazy(
    r"^\s*(?P<of>of\s+(?:the\s+)?(?:§|[a-z][\w'’-]*)(?:\s+(?:§|[a-z][\w'’-]*)){0,5}\s*)?"
    r"(?:[,–—-]?\s*or|\(|(?(of),?\s*(?:at|with\s+a\s+value\s+of|worth|valued\s+at|"
    r"equivalent\s+to|equal\s+to)|(?!)))\s*$"
)
"""From a share to its amount: "21.5 percent or $2.13 billion", "40.1 percent, or", "48.2 percent
- or", the amount in parentheses ("25.6% ($515 million) of total exports") or, after the whole's
words, "at" or "with a value of" ("43.9 percent of the budget at N8.56 trillion", "17.6 percent
of total exports in August with a value of SR23.5 billion"; never "27.8 percent at N5.42
trillion", a rate at a level as much as a share); "equivalent to" after the whole's words names
the share's own amount ("12.5% of all outlays equivalent to $4 billion"), so that amount is a
part, never the whole of another share in its sentence."""
_WHOLE_END = lazy(
    r"\s(?:at|with|worth|valued|over|during|through|in\s+(?:value|volume|terms|(?:the\s+)?"
    rf"(?:first|second|third|fourth|same|previous|last|past)|{MONTH}))\b",
    re.IGNORECASE,
)
"""Where a whole's words end before the words of its part or of time ("of the budget at", "of
total exports over the period", "of total exports in value")."""
_WHOLE_VERB = re.compile(
    r"\s(?:is|are|was|were|will|would|has|have|had|goes|go|went|comes?|came|arrived|passed|"
    r"flowed|flows?)\b",
    re.IGNORECASE,
)
"""Where a whole's words end at the verb of the clause the share is subject of ("P%, or A, of the
budget goes to investment", "P% or A of all tourist arrivals came through it")."""
_OF = lazy(r"[\s,)–—-]*(?:of|to(?=\s+the\s+(?:total|overall)\b))\s+((?:the\s+)?[^\d.,;:()]{1,60})")
"""The whole a share names after it: "of GDP", ", of the turnover", "of the region's total"."""
_BY = re.compile(r"\bby\s*$", re.IGNORECASE)
_OF_FIGURE = lazy(
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?|"
    r"\s*,\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*['’]s\s+)?(?=(?:total|overall|all)\s))"
    r"(?:(?!(?:and|or|but|while|whereas)\b)[a-z][\w'’-]*\s+)"
    r"{0,4}?(?:(?:of|(?:set|put|fixed|pegged)\s+at)\s+)?",
    re.IGNORECASE,
)
"""From a share to the whole it states: " of the updated annual plan of ", " of the ", " of the
state budget target set at ", and past a comma only to a total's words ("A, or P%, of the total
W", "of total sales of W"), with its holder's possessive before them or not ("A, or P%, of the
state's total W", "of Ontario's total W": heldout24's false share, which took the sentence
before's rise as the whole); never past "and" ("33.5 percent of the GDP and spendings of Y":
Y is the next item's amount, no whole of the GDP's share; eighteenth session's fresh texts)."""
_THAT = re.compile(
    r"\W*(?:that|this|it)(?:\s+(?P<noun>(?!is\b|was\b)[a-z][\w-]*))?\s+(?:is|was|makes|made|"
    r"represents|represented|equals|equalled|equaled|amounts\s+to|amounted\s+to)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?",
    re.IGNORECASE,
)
"""A sentence that starts with a share of the figure before: "That deficit is", "That is"."""
_OF_WHICH = re.compile(
    r"^[^\d;]{0,40}?,?\s*of\s+(?:which|this|that|it)\s*,?\s*(?:(?:about|some|nearly|almost|"
    r"roughly|around|approximately|over|more\s+than|less\s+than|under)\s+)?$",
    re.IGNORECASE,
)
"""From a total to the first figure of its share pair: "48.8 billion drams, ArmInfo reports, of
which about" (48% or 23.2 billion drams)."""
_FLOW = re.compile(
    r"\b(?:turnover|exports|imports|revenues?|spending|expenditures?|investments?|output|sales)\b",
    re.IGNORECASE,
)
"""A flow a share's part may be a figure of, whose total the article may name."""
_TOTAL = r"(?:total|overall|foreign|external|all|aggregate|combined)"
_COMPARING = re.compile(r"\b(?:than|compared|versus|against|from)\b", re.IGNORECASE)
_GENERIC = frozenset({"total", "whole", "sum", "overall", "amount", "figure", "all", "that"})
_GENERIC_NOUNS = frozenset({"value", "amount", "figure", "sum"})
"""Nouns after "That" that name no thing of their own ("That value is 29% of the W"): the figure
before is the part whatever it is."""
_NOT_HEAD = frozenset({"then", "now", "also", "still", "alone", "respectively", "together"})
WHOLE_AMOUNTS = 100
"""At most this many amounts in an article read for a whole named anywhere in it: more is a table
pasted as text, and each share read all of them (quadratic)."""
LOOK_BACK = 3
"""Sentences before a share read for its whole."""


class Pair(Struct, frozen=True):
    part: Figure
    share: Figure
    whole_words: frozenset[str]  # after "of", singular, generic words aside
    generic: bool  # "of the total": the whole is named by no word of its own
    named: bool  # the pair says "of ..." at all


class _Wholes:
    """The amounts of an article that may be a whole, each with its sentence and the words of its
    clause before it, read once (at most :data:`WHOLE_AMOUNTS`: more is a table)."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text, self.sentences = text, sentences
        self._found: list[tuple[Figure, str, set[str]]] | None = None
        self._roles: dict[str, Role] | None = None
        self._beside: set[str] | None = None

    def flow(self, name: str) -> set[str]:
        """The ids of the figures the words give the whole of a flow (reported, no part, no
        comparison's earlier figure)."""
        if self._roles is None:
            self._roles = roles(Article.of(self.text, self.sentences))
        return {i for i, role in self._roles.items() if reported_whole(role, name)}

    def beside(self) -> set[str]:
        """The ids of the flows named with a place beside the same flow named with none ("EU
        exports came to X ... Exports were calculated at Y": :func:`~aktobe_facts.text.flowplace.
        beside_total`): a partner's or the place's own, never the whole of "total exports"."""
        if self._beside is None:
            article = Article.of(self.text, self.sentences)
            self._beside = beside_total(article, roles(article))
        return self._beside

    def partners(self) -> dict[str, str]:
        """The ids of the figures the words give one partner's trade ("exports to Asia"), each
        with its partner."""
        if self._roles is None:
            self._roles = roles(Article.of(self.text, self.sentences))
        return {i: role.partner for i, role in self._roles.items() if role.partner is not None}

    def found(self) -> list[tuple[Figure, str, set[str]]]:
        """Each amount, the words of its clause before it and what they name."""
        if self._found is None:
            amounts = [(s, f) for s in self.sentences for f in _wholes(self.text, s)]
            clauses = [(f, _clause_words(self.text, s, f)) for s, f in amounts[: WHOLE_AMOUNTS + 1]]
            self._found = [(f, c, subject_words(content(c))) for f, c in clauses]
        return self._found if len(self._found) <= WHOLE_AMOUNTS else []


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    found: list[DraftRelation] = []
    wholes = _Wholes(text, sentences)
    carried: tuple[str, Figure] | None = None  # the verb and whole of the sentence before's share
    for k, sentence in enumerate(sentences):
        pairs = share_pairs(text, sentence)
        before, carried = carried, None
        if not pairs:
            found += _share_relations(text, sentences, _of_that(text, sentences, k, set()))
            continue
        shares: list[tuple[Pair, Figure]] = []
        whole: Figure | None = None
        for pair in pairs:
            stated = stated_whole(text, sentence, pair.share)  # "or P% of the target of W"
            stated = stated or _whole_past_part(text, sentence, pair)  # "P% (A) of demand (W)"
            if stated is not None and stated is not pair.part and one_measure(stated, pair.part):
                shares.append((pair, stated))  # a target of its own period: no period test
                continue
            if pair.named:
                whole = _whole(text, sentences, k, pair, wholes)
                if whole is not None and _other_partner(pair, wholes.partners().get(whole.id)):
                    whole = None  # "of total exports" is never the exports to one partner
            else:  # "T, of which P percent or X": T; else the whole of the pair before
                whole = _of_which(text, sentence, pair) or whole
                if whole is None and len(pairs) == 1:  # "a $5.2 billion turnover, an 18.1% share"
                    whole = _flow_total(text, sentence, pair, wholes)
                if (
                    whole is None and len(pairs) == 1
                ):  # "..., contributing P" after "... to the total"
                    whole = _carried(text, pair, before)
            if whole is not None and a_rate(text, whole):
                whole = None  # "exports averaged X a month": a rate, no whole of a period's
            if whole is not None and whole.id in wholes.beside():
                whole = None  # "EU exports came to X" beside "Exports were Y": no total's
            if (
                whole is not None
                and one_measure(whole, pair.part)
                and _same_period(pair, whole)
                and _of_its_period(text, sentences, k, pair, whole)
            ):
                shares.append((pair, whole))
                if len(pairs) == 1 and (pair.generic or not pair.named):
                    verb = _sharing_verb(text, pair)
                    carried = (verb, whole) if verb else None
        shares += _of_that(text, sentences, k, {id(p.share) for p in pairs})
        if shares:
            found += _share_relations(text, sentences, shares)
            continue
        group = _one_whole(pairs) if _one_time(sentence, pairs) else []
        if group and _parts_of_its_flow(text, sentence, group):
            group = []
        if group and _from_to(text, group):
            group = []  # "dropped from A (P% of GDP) to B (Q% of GDP)": two times' wholes
        if group and not _economies(text, sentence, group) and not _compared(text, group):
            fields = {"parts": [p.part.id for p in group], "shares": [p.share.id for p in group]}
            said = quote(text, *(f for p in group for f in (p.part, p.share)))
            found.append(DraftRelation("", "same-whole", fields, said))
    return found, []


def _parts_of_its_flow(text: str, sentence: Sentence, group: list[Pair]) -> bool:
    """A pair names its whole as a flow ("5.678 trillion rubles, or 21.7% of projected total
    revenues") and a pair with no whole words is a figure its clause names by that flow's noun
    ("with oil and gas revenues standing at 1.634 trillion rubles, or 18.3%"): a part of the flow,
    whose percent may be its share of its own part's plan as well as of the named whole, so the
    pairs are no one whole's (eighteenth session's fresh texts: a false error)."""
    named = {FLOW_NAMES[w] for p in group if p.named for w in p.whole_words if w in FLOW_NAMES}
    for p in group:
        if p.named:
            continue
        words = {singular(w) for w in content(_clause_words(text, sentence, p.part))}
        if named & {FLOW_NAMES[w] for w in words if w in FLOW_NAMES}:
            return True
    return False


def _other_partner(pair: Pair, partner: str | None) -> bool:
    """The whole found is one partner's trade ("Kuwaiti exports to Italy were X") and the pair's
    whole names a flow but not that partner ("of total exports", "of total Kuwaiti exports": the
    reporter's people, never the partner): the share is of all the flow, never of one partner's."""
    if partner is None or not pair.whole_words & set(FLOW_NAMES):
        return False
    return not {singular(w) for w in content(partner)} <= pair.whole_words


def _share_relations(
    text: str, sentences: Sequence[Sentence], shares: list[tuple[Pair, Figure]]
) -> list[DraftRelation]:
    """The shares, each whole found in another sentence than its share's of the part's period and
    basis (:func:`~aktobe_facts.text.crosstime.joinable`: a month's deficit is no share of the
    quarter's exports in the next paragraph). A whole the share's own sentence states ("That
    deficit is P% of the W full-year target") is the words' own, of its own period."""
    found = []
    for pair, of in shares:
        stated = any(_holds(s, of) and _holds(s, pair.share) for s in sentences)
        if not stated and not joinable(text, sentences, pair.part, of):
            continue
        fields: dict[str, str | list[str]] = {
            "share": pair.share.id,
            "part": pair.part.id,
            "whole": of.id,
        }
        found.append(DraftRelation("", "share", fields, quote(text, pair.part, pair.share)))
    return found


def _holds(sentence: Sentence, figure: Figure) -> bool:
    return any(f is figure for f in sentence.figures)


def stated_whole(
    text: str, sentence: Sentence, share: Figure, bracket: bool = False
) -> Figure | None:
    """The whole a share states in its own words: the amount right after it in "P% of the
    updated annual plan of W", "P% of the W full-year target" (a few words, no verb or comma);
    with ``bracket``, also in brackets after the whole's words ("P% of overall traffic (W)", read
    so only after a demonstrative subject, :func:`demonstrative_subject`)."""
    after = [f for f in sentence.figures if f.phrase.start >= share.phrase.outer_end]
    if not after or not (is_amount(after[0]) or count_level(after[0])):
        return None
    gap = text[share.phrase.outer_end : after[0].phrase.start]
    if bracket and (opened := _BRACKET_AFTER.search(gap)) is not None:
        gap = gap[: opened.start()] + " "
    return after[0] if _OF_FIGURE.fullmatch(gap) else None


_BRACKET_AFTER = re.compile(r"\s*\(\s*$")
_PART_IN_BRACKETS = re.compile(r"\s*\(\s*")
_CLOSED = re.compile(r"\s*\)")


def _whole_past_part(text: str, sentence: Sentence, pair: Pair) -> Figure | None:
    """The whole in brackets after the whole's words, where the part stands in brackets right
    after its share: "Wind met 59.9% (14.2GW) of total power demand (23.7GW)". Both brackets are
    needed: "59.9% (14.2GW) of total demand, 23.7GW higher than ..." states no whole."""
    share, part = pair.share, pair.part
    if part.phrase.start < share.phrase.start:
        return None
    if not _PART_IN_BRACKETS.fullmatch(text, share.phrase.outer_end, part.phrase.start):
        return None
    closed = _CLOSED.match(text, part.phrase.outer_end)
    after = [f for f in sentence.figures if f.phrase.start > part.phrase.outer_end]
    if closed is None or not after or not is_amount(after[0]):
        return None
    gap = text[closed.end() : after[0].phrase.start]
    opened = _BRACKET_AFTER.search(gap)
    if opened is None or not _CLOSED.match(text, after[0].phrase.outer_end):
        return None
    return after[0] if _OF_FIGURE.fullmatch(gap[: opened.start()] + " ") else None


def demonstrative_subject(text: str, sentence: Sentence, share: Figure) -> bool:
    """The share's sentence opens on a demonstrative subject and a verb of being or sharing before
    it ("This volume represents P% of overall traffic (W)", "That is P% of ..."): the share is of
    the figure before, and an amount in brackets after the whole's words is that whole, never the
    part (``"P% of total exports (A)"`` after a subject of its own keeps A as the part)."""
    return _THAT.fullmatch(text, sentence.span[0], share.phrase.start) is not None


def _of_that(
    text: str, sentences: Sequence[Sentence], k: int, paired: set[int]
) -> list[tuple[Pair, Figure]]:
    """ "That deficit is P% of the W target" (also "That is", "This was"): the share of the whole
    it states, its part the one amount of the whole's unit in the nearest sentence before that has
    any (up to :data:`LOOK_BACK` back), which names the noun after "That" if there is one."""
    sentence = sentences[k]
    found = []
    for share in sentence.figures:
        if id(share) in paired or not is_percent(share) or share.kind not in (None, "share"):
            continue
        lead = _THAT.fullmatch(text, sentence.span[0], share.phrase.start)
        whole = stated_whole(text, sentence, share, bracket=True) if lead is not None else None
        if lead is None or whole is None:
            continue
        noun = lead.group("noun")
        for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
            before = sentences[back]
            amounts = [f for f in before.figures if is_amount(f) and same_unit(f, whole)]
            if not amounts:
                continue
            words = between(text, *before.span)
            generic = noun is None or singular(noun.lower()) in _GENERIC_NOUNS  # "That value"
            if len(amounts) != 1 or not same_per(amounts[0], whole):
                break  # "That is P% of its capacity (W a year)": a rate, no whole of a flow
            if generic or singular(noun.lower()) in words:
                pair = Pair(amounts[0], share, frozenset(), False, True)
                found.append((pair, whole))
            break
    return found


def share_pairs(text: str, sentence: Sentence) -> list[Pair]:
    """The amounts of a sentence with the share of a whole each is."""
    figures = sentence.figures
    used: set[int] = set()
    found: list[Pair] = _in_order(text, sentence, used)
    for i, share in enumerate(figures):
        if i in used or not _a_share(share):
            continue
        if _BY.search(text, max(0, share.phrase.start - 12), share.phrase.start):
            continue  # "republican budget - by 18% or 965 billion": a change, said before
        for j in (i - 1, i + 1):
            if j in used or not 0 <= j < len(figures) or not _part(figures[j]):
                continue
            part = figures[j]
            first, last = (part, share) if j < i else (share, part)
            start = past_noun(text, first)
            gap = between(text, start, last.phrase.start, sentence.periods) + " "
            pattern = _AMOUNT_FIRST if j < i else _PERCENT_FIRST
            named = (
                j < i
                and _PAREN.match(gap)
                and (
                    _OF_IN_PAREN.match(text, share.phrase.end)
                    or _ranked_alone(text, sentence, share)
                )
            )
            matched = pattern.match(gap)
            apposed = j < i and _APPOSED.fullmatch(gap) is not None
            if matched or named or apposed:
                # "P% of W (A)": the whole's words stand between the share and its part
                between_of = matched is not None and j > i and matched.group("of") is not None
                if between_of and demonstrative_subject(text, sentence, share):
                    break  # "This volume represents 64% of overall traffic (22 million tons)"
                pair = _pair(text, sentence, part, share, share if between_of else last)
                if _changed(text, pair):
                    break  # "exports rose 3.3 billion, or 8.6 percent": a change, no part
                if apposed and not (matched or named) and not _own_whole(pair):
                    break  # "$4.1 billion, 12 percent of them", "..., 84% of the plan"
                if j < i and _other_flow(text, pair):
                    break  # "13.0 billion euros of imports, representing 72.5% of total exports"
                if j < i and _other_flow_before(text, sentence, j, pair):
                    break  # "... and imports from China $6.2 billion, 21% of total exports"
                found.append(pair)
                used.update((i, j))
                break
    return _whole_after(text, found)


_RESPECTIVELY = re.compile(r"[^.;:\d%]{0,80}?\brespectively\b", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s*and\s*$", re.IGNORECASE)
_JOINED = re.compile(r"[^.;:()\d%]{0,50}?\band\b[^.;:()\d%]{0,30}", re.IGNORECASE)
"""Between the two amounts: "and", with the second's words ("A of exports and B", "A and exports
to Asia to B")."""


def _in_order(text: str, sentence: Sentence, used: set[int]) -> list[Pair]:
    """Two amounts, then two shares, paired in turn where the words make the order certain
    ("A of exports and B of imports, representing P% of total exports and Q% of total imports":
    P of A, Q of B): "respectively" after the shares, or each share's whole naming the one flow
    its amount's own words name, the two flows different. Elsewhere nothing (the nearest pairing
    would give P to B)."""
    figures = sentence.figures
    found: list[Pair] = []
    for k in range(len(figures) - 3):
        a, b, p, q = figures[k : k + 4]
        if used & {k, k + 1, k + 2, k + 3} or not (_part(a) and _part(b)):
            continue
        if not all(_a_share(s) for s in (p, q)) or not same_unit(a, b):
            continue
        gap = between(text, past_noun(text, b), p.phrase.start, sentence.periods) + " "
        if not _AMOUNT_FIRST.match(gap) or not _JOINED.fullmatch(
            text, a.phrase.outer_end, b.phrase.start
        ):
            continue
        if not _AND.search(text[p.phrase.outer_end : q.phrase.start].split(" of ")[-1]):
            continue  # "P% of total exports and Q%": only the whole's words and "and" between
        if _RESPECTIVELY.match(text, q.phrase.outer_end):
            pairs = [_pair(text, sentence, a, p, q), _pair(text, sentence, b, q, q)]
            named = {FLOW_NAMES[w] for w in pairs[0].whole_words if w in FLOW_NAMES}
            if len(named) > 1 or any(
                _other_flow(text, x, after) for x, after in zip(pairs, (b, p), strict=True)
            ):
                continue  # "of total exports and imports, respectively": each its own whole
        else:
            pairs = [_pair(text, sentence, a, p, p), _pair(text, sentence, b, q, q)]
            flows = [_one_flow(x.whole_words) for x in pairs]
            owns = [
                flow_words_in(text[x.phrase.outer_end : y.phrase.start])
                for x, y in ((a, b), (b, p))
            ]
            if None in flows or flows[0] == flows[1] or owns != [{flows[0]}, {flows[1]}]:
                continue
        if any(_changed(text, x) for x in pairs):
            continue
        found += pairs
        used.update((k, k + 1, k + 2, k + 3))
    return found


def _a_share(figure: Figure) -> bool:
    """A percent that may be a share: no change, sign or value above 100."""
    stated = figure.phrase.stated
    return (
        is_percent(figure)
        and figure.kind in (None, "share")
        and stated.direction is None
        and not stated.negative
        and stated.value <= 100
    )


def a_share_percent(figure: Figure) -> bool:
    """A percent that may be a share (:func:`_a_share`), for the modules that pair shares of their
    own structures."""
    return _a_share(figure)


def says_move(text: str, sentence: Sentence) -> bool:
    """The sentence says a change ("rose", "fell", "up", "more"): a bare percent in brackets may
    be the change, never only a share."""
    return _MOVED.search(text, sentence.span[0], sentence.span[1]) is not None


def _one_flow(words: frozenset[str]) -> str | None:
    """The one flow a share's whole words name ("of total exports": exports), else None."""
    named = {FLOW_NAMES[w] for w in words if w in FLOW_NAMES}
    return next(iter(named)) if len(named) == 1 else None


_APPOSED = re.compile(r"\s*,\s*(?:about\s+|some\s+|nearly\s+|almost\s+)?")
"""From an amount to its share set beside it by a comma alone ("Rs 8887 billion, 57 percent of
the total current expenditure"): a share only when it names a whole of its own after "of", no
plan or target."""


def _other_flow(text: str, pair: Pair, before: Figure | None = None) -> bool:
    """The amount's own words before its percent (or ``before``, the next figure) name a flow,
    and the percent's whole another ("A of exports and B of imports, representing P% of total
    exports and Q% of total imports": the percents go with the amounts in turn, which a nearest
    pairing would cross, :func:`_in_order`): no pair."""
    end = pair.share if before is None else before
    gap = text[pair.part.phrase.outer_end : end.phrase.start]
    own = flow_words_in(gap)
    whole = {FLOW_NAMES[w] for w in pair.whole_words if w in FLOW_NAMES}
    return bool(own and whole) and not own & whole


def _other_flow_before(text: str, sentence: Sentence, j: int, pair: Pair) -> bool:
    """The amount's own words before it, in its clause and after the figure before it, name a flow
    and none of the percent's whole's ("exports to China were A and imports from China B,
    accounting for P% of total exports and Q% of total imports": P is no share of B)."""
    part = pair.part
    start = clause_start(text, sentence.span[0], part.phrase.start)
    if j > 0:
        start = max(start, sentence.figures[j - 1].phrase.outer_end)
    own = flow_words_in(text[start : part.phrase.start])
    if not own <= _TRADE_FLOWS:
        return False  # "the trade balance was a surplus of A, or P% of exports": a balance's share
    whole = {FLOW_NAMES[w] for w in pair.whole_words if w in FLOW_NAMES}
    return bool(own and whole) and not own & whole


_TRADE_FLOWS = frozenset(("exports", "imports"))


def _own_whole(pair: Pair) -> bool:
    """The pair names a whole of its own, no plan or target (each flow has its own: "revenue of
    PLN 231.55bn, 84.0% of the plan" is no share of the deficit's plan)."""
    words = pair.whole_words
    return bool(words) and not pair.generic and not words & _PLANS


_PLANS = frozenset(
    (
        *PLAN_NOUNS,
        "limit",
        "goal",
        "budget",
        "allocation",
        "program",
        "programme",
        "ceiling",
        "quota",
    )
)


def _ranked_alone(text: str, sentence: Sentence, share: Figure) -> bool:
    """A percent alone in brackets after a ranked member's amount ("Kazakhstan came third, with
    a turnover of $2.19 billion (7.5%)", "the best-selling brand, selling 754,276 vehicles (22
    percent), followed by ..."): its share of what the members share, when the sentence ranks
    and says no change (a bracket's bare percent after "rose to X" may be the rise)."""
    if _CLOSE.match(text, share.phrase.end) is None:
        return False
    words = text[sentence.span[0] : sentence.span[1]]
    return _RANKING.search(words) is not None and _MOVED.search(words) is None


_CLOSE = re.compile(r"\s*\)")
_RANKING = re.compile(
    r"\b(?:followed\s+by|came\s+(?:first|second|third|fourth|fifth|next)|ranked|ranking|"
    r"best-selling|largest|biggest|leading|top)\b",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?:rose|rise|rises|grew|grow|growth|increased?|increases|fell|fall|falls|declined?|"
    r"dropped|drop|decreased?|up|down|more|less|higher|lower|gained?|lost|jumped|climbed|"
    r"slipped|surged|plunged)\b",
    re.IGNORECASE,
)


_LIST_VERB = re.compile(
    rf"\b(?:{PAST_VERB}|was|were|is|are|has|have|had|makes?|made|takes?|took|goes|went|of)\b", re.I
)


def _whole_after(text: str, pairs: list[Pair]) -> list[Pair]:
    """A list of pairs whose last names the whole ("63.7% ($2.97 billion), consumer goods, 21.9%
    ($1.02 billion), and equipment, 14.4% ($674.3 million) of overall imports"): a pair that names
    none takes the whole of the next pair, when only the names of parts stand between them (no
    verb of another clause, no "of")."""
    out = list(pairs)
    for k in range(len(out) - 2, -1, -1):
        pair, after = out[k], out[k + 1]
        if pair.named or not after.named:
            continue
        end = max(pair.part.phrase.outer_end, pair.share.phrase.outer_end)
        start = min(after.part.phrase.start, after.share.phrase.start)
        if _LIST_VERB.search(text, end, start) is None:
            out[k] = Pair(pair.part, pair.share, after.whole_words, after.generic, True)
    return out


def _changed(text: str, pair: Pair) -> bool:
    """A part that is an amount of change ("rose 3.3 billion riyals", "fell by 21.0 billion";
    "and manufactured goods by 1.1 billion", the verb left to the clause before, when the percent
    names no whole: "in surplus by Rs2.7 trillion (2.4 percent of GDP)" is a level): the percent
    joined to it is the change's, never a share of a whole."""
    stated = pair.part.phrase.stated
    if stated.direction is not None or stated.negative:
        return True
    if _COMPARED_AFTER.match(text, max(pair.part.phrase.outer_end, pair.share.phrase.outer_end)):
        return (
            True  # "$316.5 million, or 13.3%, more than a year earlier": a change and its percent
        )
    start = pair.part.phrase.start
    if names_change(text, start):
        return True  # "a decrease in the goods deficit of $12.5 billion or 1.6 percent"
    return not pair.named and _BY.search(text, max(0, start - 12), start) is not None


_COMPARED_AFTER = re.compile(
    r"[,)]?\s*(?:more|less|higher|lower|greater|fewer|above|below|up|down)\s+"
    r"(?:than|on|from|over|against|the|a|in|its|their)\b",
    re.IGNORECASE,
)
"""A comparison right after the pair of an amount and its percent: the amount is a difference
from another figure and the percent its change, never a share of a whole."""


def _part(figure: Figure) -> bool:
    """A figure a share may be of: an amount, or a count's level ("7.5 million visitors, or 60
    percent of the total"), whose whole is then a count of the same thing."""
    return is_amount(figure) or count_level(figure)


@lru_cache(maxsize=8)
def _headline_place(text: str) -> str | None:
    """The place the headline names first: read once per article, not once per share pair."""
    return first_place(text[: headline_end(text)])


def _pair(text: str, sentence: Sentence, part: Figure, share: Figure, last: Figure) -> Pair:
    m = _OF.match(text, past_noun(text, last), sentence.span[1])  # "(7.5 million visitors) of"
    end = m.end(1) if m else 0
    if m:  # "of GDP in the first half of 2023": the whole's words end at its period
        end = min([end, *(p.start for p in sentence.periods if m.start(1) <= p.start < end)])
        cut = _WHOLE_END.search(text, m.start(1), end)
        end = cut.start() if cut is not None else end
        verb = _WHOLE_VERB.search(text, m.start(1), end)
        end = verb.start() if verb is not None else end
    said = [singular(w) for w in content(text[m.start(1) : end])] if m else []
    # "of Saudi imports" in an article on Saudi trade (its headline's first word): of imports
    if said and _headline_place(text) in said:
        said = [w for w in said if w not in place_words()]
    # "of the region's total" names no whole of its own; "of total tax revenues" does
    generic = bool(said) and said[-1] in _GENERIC
    return Pair(part, share, frozenset(set(said) - _GENERIC), generic, m is not None)


def _whole(
    text: str, sentences: Sequence[Sentence], k: int, pair: Pair, wholes: _Wholes
) -> Figure | None:
    """The figure of the article the pair's whole is, when the words leave one."""
    total = _of_which(text, sentences[k], pair)
    if total is not None:
        return total  # "T, of which P percent of the total, or X"
    if pair.whole_words:
        named, coming = _named_or_coming(text, sentences, k, pair, set(pair.whole_words))
        if coming:
            return None  # the nearest whole its words name is one to come: no other's
        if named is None and not pair.generic:  # "of the region's total" names no whole
            named = _anywhere(wholes, k, pair, set(pair.whole_words))
        if named is not None or not pair.generic:
            return named
    sentence = sentences[k]
    before = [f for f in sentence.figures if f.phrase.start < pair.part.phrase.start]
    amounts = [f for f in before if _candidate(f, pair)]
    if len(amounts) == 1:
        return None if _sibling(text, sentence, amounts[0]) else amounts[0]
    if amounts:
        return None
    if k > 0:  # a whole of the sentences before is of the part's context's period, if it names one
        earlier = [f for f in sentences[k - 1].figures if _candidate(f, pair)]
        if len(earlier) == 1 and not _sibling(text, sentences[k - 1], earlier[0]):
            kin = _kin(text, sentences[k - 1], earlier[0], sentence, pair)
            if kin and figures_one_context(text, sentences, pair.part, earlier[0]):
                return earlier[0]
            return None
        siblings = all(_sibling(text, sentences[k - 1], f) for f in earlier)
        if siblings and pair.generic and not pair.whole_words:
            total = _total_before(text, sentences, k, pair)
            if total is None and earlier:  # after a ranked sibling: the whole of its flow
                total = _flow_whole(text, sentences, k, pair, wholes)
            if total is not None and not figures_one_context(text, sentences, pair.part, total):
                return None
            return total
    head = [w for w in content(_clause_words(text, sentence, pair.part)) if w not in _NOT_HEAD][-1:]
    return _named(text, sentences, k, pair, {singular(w) for w in head}) if head else None


def _total_before(text: str, sentences: Sequence[Sentence], k: int, pair: Pair) -> Figure | None:
    """The whole of "of the total" (or "to the total") where neither its sentence nor the one
    before holds an amount of its part's unit: the one value of that unit the article states
    before it (given once, or twice alike: a headline's "Over $522m" and the body's "over $522
    million"), leaving out changes, the parts of shares and the members of a ranking; the body's figure,
    when it may be the total of the part's flow ("The earnings stood at over $522 million. ...
    From Australia, earnings were $244.4m, contributing 46.7 percent to the total")."""
    found = [
        (s, f)
        for s in sentences[:k]
        for f in s.figures
        if _candidate(f, pair) and stated_level(f) and not _sibling(text, s, f)
    ]
    if not found or len({_value(f) for _, f in found}) != 1:
        return None
    before, whole = found[-1]
    return whole if _kin(text, before, whole, sentences[k], pair) else None


def _value(figure: Figure) -> tuple[object, ...]:
    stated = figure.phrase.stated
    return (stated.value, stated.high, stated.unit.key if stated.unit else None)


def _sharing_verb(text: str, pair: Pair) -> str | None:
    """The verb of sharing between a part and its share after it ("contributing"), lower case."""
    if pair.part.phrase.start > pair.share.phrase.start:
        return None
    m = _VERB.search(text, pair.part.phrase.outer_end, pair.share.phrase.start)
    return m.group(0).lower() if m else None


_VERB = re.compile(
    r"\b(?:constituting|contributing|accounting\s+for|making\s+up|representing|comprising)\b",
    re.IGNORECASE,
)


def _carried(text: str, pair: Pair, before: tuple[str, Figure] | None) -> Figure | None:
    """The whole of a share that names none, after a sentence whose one share of the same verb
    named "the total" or none and had a whole: the list goes on sentence by sentence ("From
    Australia, earnings were $244.4m, contributing 46.7 percent to the total. From NZ they were
    $105.5 million, contributing around 20 percent.")."""
    if before is None or pair.named:
        return None
    verb, whole = before
    return whole if _sharing_verb(text, pair) == verb else None


def _clause_words(text: str, sentence: Sentence, figure: Figure) -> str:
    """The words of a figure's clause before it; past an aside on "which" to the subject it
    sets aside ("and imports, which rose 23.4%, reached $4.67 billion": "imports ... reached")."""
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    aside = _ASIDE.search(text, sentence.span[0], figure.phrase.start)
    if aside is not None:
        start = clause_start(text, sentence.span[0], aside.start())
    return text[start : figure.phrase.start]


_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:()]*,\s*[a-z]+(?:\s+(?:to|at))?\s*\Z", re.IGNORECASE)
"""A relative clause set aside between a subject and its verb and figure: ", which rose 23.4%,
reached "."""


def _named(
    text: str, sentences: Sequence[Sentence], k: int, pair: Pair, words: set[str]
) -> Figure | None:
    """The one amount before the pair, nearest sentence first, whose clause names ``words``."""
    return _named_or_coming(text, sentences, k, pair, words)[0]


def _named_or_coming(
    text: str, sentences: Sequence[Sentence], k: int, pair: Pair, words: set[str]
) -> tuple[Figure | None, bool]:
    """:func:`_named`, and whether the nearest sentence's amounts named by ``words`` are all to
    come (refused as a reported share's whole: the search stops there, and no older sentence's
    amount of another time, nor one anywhere in the article, is taken instead)."""
    coming = _to_come(_clause_words(text, sentences[k], pair.part)) or bool(words & _ECONOMY)
    for back in range(k, max(-1, k - 1 - LOOK_BACK), -1):
        sentence = sentences[back]
        found = [
            f
            for f in sentence.figures
            if f.phrase.start < pair.part.phrase.start
            and f is not pair.part
            and (is_amount(f) or (count_level(f) and count_level(pair.part)))
            and words == names(text, sentence, f)
        ]
        named = [f for f in found if coming or not _to_come(_clause_words(text, sentence, f))]
        if found and not named:
            return None, True  # "Grain exports are expected to reach X in 2023": not 2022's
        if named:
            return (named[0] if len(named) == 1 and _candidate(named[0], pair) else None), False
    return None, False


_TO_COME = re.compile(
    rf"\b(?:{'|'.join(PLANNED)}|expects?|forecasts?|projects?|will|anticipated|(?:{PLAN_NOUN})s?|"
    r"set\s+to\s+(?:reach|hit|top|exceed|surpass|rise|grow|climb|increase|total|tally|be))\b",
    re.IGNORECASE,
)
"""Words that make a figure one to come, planned or forecast: never the whole of a share of a
figure reported ("Rice exports expected to reach 9m tonnes", or "set to reach", is no whole of
"Indonesia (1,092,128 tonnes, 14.7% of total rice exports)" in the first nine months), but for an
economy's output, a ratio's base ("a deficit of X, half a percent of the GDP" forecast at Y)."""


def _to_come(words: str) -> bool:
    return _TO_COME.search(words) is not None


def _anywhere(wholes: _Wholes, k: int, pair: Pair, words: set[str]) -> Figure | None:
    """The one amount of the part's unit in the whole article, before or after the pair, whose
    clause names ``words`` among others ("of GDP": "Armenia's GDP in January-June increased 9.1%
    to X") and that is no share's part, when it is of the part's period; None where none or
    several are."""
    ours = _named_in_order(_clause_words(wholes.text, wholes.sentences[k], pair.part))
    named = [
        f
        for f, clause, named in wholes.found()
        if _candidate(f, pair)
        and words <= named
        and not _ITEM.search(clause)
        and (words & _ECONOMY or not _to_come(clause))
        and not _swapped(ours, _named_in_order(clause))
    ]
    if not named and (verbs := {v for v, noun in _FLOW_VERB.items() if noun in words}):
        # "Rice exports hit X" over "Thailand exported X": the headline's figure given again
        again = [
            f
            for f, clause, said in wholes.found()
            if _candidate(f, pair)
            and (words <= said or verbs & set(content(clause)))
            and not _to_come(clause)
        ]
        named = again[-1:] if len(again) > 1 and _headline_again(wholes.text, again) else []
    if len(named) > 1 and len(words) == 1 and (flow := FLOW_NAMES.get(next(iter(words)))):
        whole = wholes.flow(flow)  # "or 5.1 percent of exports": the exports, not a part's
        named = [f for f in named if f.id in whole]
    if len(named) != 1:  # of the part's unit: "exports came to $2.0 billion ... to €1.6 billion"
        return None
    return named[0] if _same_period(pair, named[0]) else None


_ITEM = re.compile(r"\b(?:such\s+as|including|like|among\s+them)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
"""Words right before a figure that make it an item of a list ("divided into key categories such
as basic materials 67 million dinars"): the item's, never the whole its clause named before
("support")."""


def _named_in_order(clause: str) -> list[str]:
    """What a clause names (:func:`subject_words`), in the order of its words, each once."""
    words = content(clause)
    named = subject_words(words)
    return list(dict.fromkeys(w for w in map(singular, words) if w in named))


def _swapped(ours: list[str], theirs: list[str]) -> bool:
    """The other amount's clause names what the part's names, word for word, with one word swapped
    for another ("imports of Russian wheat ..., or 25.7% of total imports" beside "imports of
    Ukrainian wheat amounted to Y"): a sibling of the part, set beside it under the whole's noun,
    never the total its share is of. A total named by the whole's noun alone ("Total imports
    reached Y") or by other words ("Imports of barley and malt reached Y") is kept."""
    if len(ours) != len(theirs) or len(ours) < 2:
        return False
    return sum(a != b for a, b in zip(ours, theirs, strict=True)) == 1


def _headline_again(text: str, named: list[Figure]) -> bool:
    """The figures are one value, each but the last in the headline: the headline's figure given
    again in the body, one whole."""
    if len({_value(f) for f in named}) != 1:
        return False
    end = headline_end(text)
    return all(f.phrase.start < end for f in named[:-1]) and named[-1].phrase.start >= end


_FLOW_VERB = {"exported": "export", "imported": "import"}
"""A verb of a flow names its flow ("Thailand exported X" names exports), read only for the body's
figure that gives the headline's again (never alone: "Georgia exported locally produced goods
worth X" is no whole of "P% of total exports" of another list's)."""


FLOW_NAMES = {
    "export": "exports",
    "import": "imports",
    "revenue": "revenue",
    "spending": "spending",
    "expenditure": "spending",
    "turnover": "turnover",
}
"""A whole named by one word that names a flow: the figures the words give that whole flow
(:func:`aktobe_facts.text.draftroles.reported_whole`)."""


_GAP_BEFORE = re.compile(
    r"\b(?:gap|shortfalls?|deficits?|surplus|shortages?|overruns?)\s+(?:of\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
"""Right before a share's part: the noun of a difference ("leaving a revenue gap of N10.19
trillion or 42.7%", "a shortfall of X, or 9.5 percent"): the percent is the gap's share of the
target or the other flow it is the gap to, never of the flow's total its clause names."""


def _flow_total(text: str, sentence: Sentence, pair: Pair, wholes: _Wholes) -> Figure | None:
    """The whole of a share that names none, when its part is a figure of a flow its clause
    names ("with a $5.2 billion turnover, accounting for an 18.1% share"): the one amount of the
    article whose clause names the total of that flow ("Uzbekistan's foreign trade turnover
    was", "total exports reached"), of the part's unit and period."""
    phrase = pair.part.phrase
    if _GAP_BEFORE.search(text, max(sentence.span[0], phrase.start - 40), phrase.start):
        return None  # "a revenue gap of X or 42.7%": the gap's share of what it falls short of
    end = clause_end(text, phrase.outer_end, sentence.span[1])
    own = _clause_words(text, sentence, pair.part) + " " + text[phrase.outer_end : end]
    flows = {m.group(0).lower() for m in _FLOW.finditer(own)}
    if len(flows) != 1:
        return None
    total = re.compile(rf"\b{_TOTAL}\s+(?:[a-z]+\s+)?{flows.pop()}\b", re.IGNORECASE)
    named = [f for f, clause, _ in wholes.found() if f is not pair.part and total.search(clause)]
    if len(named) != 1 or not _candidate(named[0], pair):
        return None
    return named[0] if _same_period(pair, named[0]) else None


def _flow_whole(
    text: str, sentences: Sequence[Sentence], k: int, pair: Pair, wholes: _Wholes
) -> Figure | None:
    """The whole of "of the total" after a ranked list's sibling, when the part's own clause
    names one flow ("The UAE came in third with SR3.9 billion worth of imports, accounting for
    6.4 percent of the total"): the one figure of the article the roles make that whole flow
    (no part, plan or earlier figure), of the part's unit and period, that is no share's part
    and no ranked sibling ("The US followed with imports at SR4.6 billion")."""
    sentence = sentences[k]
    first = min(pair.part.phrase.start, pair.share.phrase.start)
    start = clause_start(text, sentence.span[0], first)
    own = text[start : max(pair.part.phrase.start, pair.share.phrase.start)]
    flows = {FLOW_NAMES.get(singular(m.group(0).lower()), "") for m in _FLOW.finditer(own)}
    if len(flows) != 1 or "" in flows:
        return None
    whole = wholes.flow(flows.pop())
    found = [
        f
        for s in sentences
        for f in s.figures
        if f.id in whole and _candidate(f, pair) and stated_level(f) and not _sibling(text, s, f)
    ]
    return found[0] if len(found) == 1 and _same_period(pair, found[0]) else None


def _wholes(text: str, sentence: Sentence) -> list[Figure]:
    """The amounts of a sentence that may be a whole: not the part of a share ("Local exports
    made up 48.2 percent - or $1.72 billion - of the total exports" is a part of the exports)."""
    parts = {id(p.part) for p in share_pairs(text, sentence)}
    return [f for f in sentence.figures if is_amount(f) and id(f) not in parts]


def _of_which(text: str, sentence: Sentence, pair: Pair) -> Figure | None:
    """The total of "T, of which P percent or X": the amount right before "of which", of the
    part's unit, with no comparison's words between or before it in its clause ("up from T")."""
    first = min(pair.part, pair.share, key=lambda f: f.phrase.start)
    before = [f for f in sentence.figures if f.phrase.outer_end <= first.phrase.start]
    if not before or not _candidate(before[-1], pair):
        return None
    total = before[-1]
    gap = between(text, total.phrase.outer_end, first.phrase.start, sentence.periods)
    if _OF_WHICH.match(gap + " ") is None or _COMPARING.search(gap):
        return None
    lead = _clause_words(text, sentence, total)  # "up from 11 billion, of which": a base
    return None if _COMPARING.search(lead) else total


_RANKED = re.compile(
    r"\b(?:followed|came\s+(?:first|second|third|fourth|fifth|next|last)|ranked|ranking|"
    r"trailed|next\s+(?:came|was|were))\b",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(
    r"\b(?:total(?:s|ed|led|ing)?|overall|in\s+all|combined|aggregate|altogether)\b",
    re.IGNORECASE,
)


def _sibling(text: str, sentence: Sentence, amount: Figure) -> bool:
    """The amount before a part "of the total" is a sibling part of a ranking, not the total:
    its clause ranks it ("The US followed with X. The UAE came third with Y, or 6.4 percent of
    the total") and names no total ("Imports totaled T, and China supplied Y, or 19 percent of
    the total" keeps T); or it is itself the part of a share ("Fish made up 43 percent of goods
    exports, worth X. Aluminium exports were Y, or 53 percent of the total": X is no total)."""
    if any(p.part is amount for p in share_pairs(text, sentence)):
        return True
    if _FROM_PARTNER.match(text, amount.phrase.outer_end):
        return True  # "X came from the United States, and Spain sent Y, or 5.6% of the total"
    clause = _clause_words(text, sentence, amount)
    return _RANKED.search(clause) is not None and _TOTAL_WORDS.search(clause) is None


_FROM_PARTNER = lazy(
    rf"\s+(?:came|come|comes|arrived|originated|was\s+sent|were\s+sent|went|goes|go)\s+"
    rf"(?:from|to)\s+(?:the\s+)?(?!(?i:{MONTH_NAMES})\b)[A-Z]"
)
"""A verb right after an amount that gives it one partner as its source or destination ("X came
from the United States", "Y went to China"): a part by partner, a sibling of the part after it,
never the total its share is of."""


def _kin(text: str, before: Sentence, whole: Figure, sentence: Sentence, pair: Pair) -> bool:
    """The amount of the sentence before may be the total of the part "of the total" unless the
    two name flows and no flow of one is the other's ("The current account surplus reached X.
    Exports to China jumped to Y, or 28 percent of the total": a surplus is no total of exports;
    "Exports reached X. Exports to China were Y" and "Investment came to X. The capital drew Y"
    keep X)."""
    theirs = _flows(text[before.span[0] : whole.phrase.start])
    ours = _flows(text[sentence.span[0] : pair.part.phrase.start])
    ours |= _flows(" ".join(pair.whole_words))
    return not (theirs and ours) or bool(theirs & ours)


def _flows(words: str) -> set[str]:
    return {singular(m.group(0).lower()) for m in _FLOW_NOUN.finditer(words)}


_FLOW_NOUN = re.compile(
    r"\b(?:exports?|imports?|revenues?|receipts|spending|expenditures?|deficits?|surplus|"
    r"balance|turnover|investments?|output|production|sales|remittances|earnings|arrivals|"
    r"gdp|debt|reserves|account|budget)\b",
    re.IGNORECASE,
)
"""Nouns of the flows and stocks a figure is: two sentences naming only different ones speak of
different things."""


def _candidate(figure: Figure, pair: Pair) -> bool:
    return (
        figure is not pair.part
        and one_measure(figure, pair.part)
        and not _change_of_level(figure, pair)
    )


def _change_of_level(figure: Figure, pair: Pair) -> bool:
    """The figure is a change by its own words ("after a £68.9bn rise") and the share's part a
    level: a level's share is never of a change ("debt stands at X, 80.6% of GDP, after a Y rise"
    leaves the GDP unnamed); a change's share may be of a change."""
    changed = figure.phrase.stated.direction is not None
    return changed and pair.part.phrase.stated.direction is None


def _same_period(pair: Pair, whole: Figure) -> bool:
    ours, theirs = pair.part.period, whole.period
    if ours is None or theirs is None or ours == theirs:
        return True
    return period_span(ours) is not None and period_span(ours) == period_span(theirs)


def _of_its_period(
    text: str, sentences: Sequence[Sentence], k: int, pair: Pair, whole: Figure
) -> bool:
    """A whole of another sentence that names a period ("Thailand's rice exports tallied 8.8
    million tonnes in 2023") is the whole of a part that names none only where the part's context
    names a period (:func:`~aktobe_facts.text.periodcontext.context_time`) that the whole's fits:
    "Indonesia (1,092,128 tonnes, 14.7% of total rice exports)" this year, after "exported 7.45
    million tonnes ... in the first nine months of this year", is no share of 2023's total. Where
    the part's context names no period, only a whole whose period the words named last before the
    part is its (:func:`_named_last`); else the part's period is unsure: no relation (the
    twentieth session's fresh texts: a false error)."""
    if whole.period is None or pair.part.period is not None:
        return True
    if any(f is whole for f in sentences[k].figures):
        return True  # one sentence: the rule's own reading of it
    ours = context_time(text, sentences, pair.part)
    if ours.named:
        return ours.fits(context_time(text, sentences, whole))
    return _named_last(sentences, k, pair, whole)


def _named_last(sentences: Sequence[Sentence], k: int, pair: Pair, whole: Figure) -> bool:
    """The whole stands before the part, and no sentence between them names a period, nor the
    part's own before it ("Tourist arrivals came to 12.5 million visitors in 2023. The north
    brought 7.5 million visitors, or 60 percent of the total."): the whole's period is the last
    the words named, the part's too."""
    j = next((n for n in range(k) if any(f is whole for f in sentences[n].figures)), None)
    if j is None:
        return False
    start = min(pair.part.phrase.start, pair.share.phrase.start)
    if any(p.start < start for p in sentences[k].periods):
        return False
    return not any(sentences[n].periods for n in range(j + 1, k))


def _one_time(sentence: Sentence, pairs: list[Pair]) -> bool:
    """Whether the pairs are of one time as far as the sentence says: no pair's stretch of the
    sentence (from the end of the pair before it to the start of the pair after it) names a
    period that another's does not. "X (7.5% of GDP), against a target of Y (8.6% of GDP) and
    the Z (6.6% of GDP) recorded in the same period of 2021": Z's GDP is another year's, and one
    whole for the three would be a false error."""
    starts = [min(p.part.phrase.start, p.share.phrase.start) for p in pairs]
    ends = [max(p.part.phrase.outer_end, p.share.phrase.outer_end) for p in pairs]
    named = set()
    for k in range(len(pairs)):
        start = ends[k - 1] if k else starts[k]  # a period before the first pair is all pairs'
        end = starts[k + 1] if k + 1 < len(pairs) else sentence.span[1]
        named.add(frozenset(p.text for p in sentence.periods if start <= p.start < end))
    return len(named) == 1


_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than|(?:up|down)\s+from|as\s+against)\b",
    re.IGNORECASE,
)


_EARLIER = re.compile(
    rf"\b(?:{MONTH}|(?:19|20)\d\d|year\s+(?:earlier|before|ago)|last\s+year|previous|prior|"
    r"same\s+(?:period|month|quarter))\b",
    re.IGNORECASE,
)


def _from_to(text: str, pairs: list[Pair]) -> bool:
    """The pairs are the two ends of one move, "from" before the first and "to" alone between
    them ("the current account deficit dropped from US$3.7 billion (1.4% of GDP) to US$2.9
    billion (1.2% of GDP)"): the earlier and the later value, each a share of its own time's
    whole (two quarters' GDP), never of one whole."""
    if len(pairs) != 2:
        return False
    starts = [min(p.part.phrase.start, p.share.phrase.start) for p in pairs]
    ends = [max(p.part.phrase.outer_end, p.share.phrase.outer_end) for p in pairs]
    before = _FROM_BEFORE.search(text, max(0, starts[0] - 12), starts[0])
    return before is not None and _TO_BETWEEN.fullmatch(text, ends[0], starts[1]) is not None


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"(?:\s+of\s+[^()\d,;.]{1,40})?\s*\)?,?\s*to\s+", re.IGNORECASE)


def _compared(text: str, pairs: list[Pair]) -> bool:
    """A pair after a word of comparison from the pair before it, its own words naming a time:
    a comparison's other figure, another period's share of another period's whole ("89% ($17.2
    million) of remittances in March, against 87% ($16.1 million) in February"; never "revenue
    ..., or 26.8% of GDP, against spending ..., or 31%", one period's)."""
    ends = [max(p.part.phrase.outer_end, p.share.phrase.outer_end) for p in pairs]
    starts = [min(p.part.phrase.start, p.share.phrase.start) for p in pairs]
    for k in range(1, len(pairs)):
        word = _COMPARED.search(text, ends[k - 1], starts[k])
        after = starts[k + 1] if k + 1 < len(pairs) else text.find(".", ends[k]) % (len(text) + 1)
        if word is not None and _EARLIER.search(text, word.end(), max(after, ends[k])):
            return True
    return False


_ECONOMY = frozenset({"gdp", "gnp", "gni"})
_PLACE_WORD = lazy(r"(?<!\bto\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\binto\s)\b[A-Z][\w'’-]*")


def _economies(text: str, sentence: Sentence, pairs: list[Pair]) -> bool:
    """Pairs of shares of GDP whose stretches of the sentence (as :func:`_one_time` cuts them)
    name different places: each a share of its own country's GDP ("Jamaica received $2.4 billion
    (14% of GDP); and Trinidad and Tobago $0.13 billion (less than 1% of GDP)"), no one whole."""
    if not any(p.whole_words & _ECONOMY or {"domestic", "product"} <= p.whole_words for p in pairs):
        return False
    starts = [min(p.part.phrase.start, p.share.phrase.start) for p in pairs]
    ends = [max(p.part.phrase.outer_end, p.share.phrase.outer_end) for p in pairs]
    named = set()
    for k in range(len(pairs)):
        start = ends[k - 1] if k else sentence.span[0]
        end = starts[k + 1] if k + 1 < len(pairs) else sentence.span[1]
        words = _PLACE_WORD.findall(text, start, end)  # a partner's ("to China") is no owner
        places = frozenset(
            low
            for w in words
            if (low := w.lower().replace("’", "'").removesuffix("'s")) in place_words()
        )
        if places:
            named.add(places)
    return len(named) > 1


def _one_whole(pairs: list[Pair]) -> list[Pair]:
    """Two or more pairs that name one whole (or none) in one unit, else none."""
    if len(pairs) < 2:
        return []
    wholes = {p.whole_words for p in pairs if p.named}
    if len(wholes) > 1 or any(p.generic for p in pairs):
        return []
    if not all(same_unit(pairs[0].part, p.part) for p in pairs):
        return []
    return pairs
