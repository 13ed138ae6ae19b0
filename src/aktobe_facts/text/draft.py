"""``aktobe-facts draft``: a first claims file from an article's text, for an editor to complete.

Every stated value of the article (:mod:`aktobe_facts.text.phrases`) becomes a claim: the value as
written (qualifier, currency sign, scale word and unit kept), a quote (the phrase with a few words
around it, as the article writes it), an id made from the words around it, and where the words make
it clear a ``kind``, a ``subject`` (of a count), a ``period`` (named in the claim's clause, or
earlier in its sentence) and a ``base_period`` (after "compared to"); see
:mod:`aktobe_facts.text.draftwords`. "X tenge (US$Y)" is one claim with a counterpart, "(US$)" a missing
one. Two or more percentages in parentheses in one sentence are a ``[[group]]`` of shares, with a
remainder member when "and other ..." follows.

Every other numeral the coverage check counts gets an ``[[ignore]]`` entry with the reason (a
year, a period, a date, a name, an ordinal that ranks nothing), unless a claim's quote holds it;
numerals the grammar cannot read ("10–15 million") are listed for the editor and left uncovered.
Relations are drafted only where the words make them certain
(:mod:`aktobe_facts.text.draftrelations` lists the structures; conversions in any number of
currencies, in parentheses or after "or", are counterparts); the rest are the editor's.
"""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import msgspec
from msgspec import Struct

from aktobe_facts.reading.numbers import Direction, GrammarError
from aktobe_facts.reading.periods import parse_period
from aktobe_facts.reading.units import AMBIGUOUS_UNITS, SHARED_SIGNS, sign_before
from aktobe_facts.text import changeby
from aktobe_facts.text import draftwords as words
from aktobe_facts.text.datelines import article_date, dateline_span
from aktobe_facts.text.denied import denied
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftbare import priced
from aktobe_facts.text.draftcurrency import SharedWords, shared_words
from aktobe_facts.text.draftdates import dated
from aktobe_facts.text.draftindex import index_economy, named_rise
from aktobe_facts.text.draftlocale import article_locale
from aktobe_facts.text.draftrelations import DraftRelation, Figure, Sentence, article_relations
from aktobe_facts.text.draftsigns import falls
from aktobe_facts.text.draftsubjects import distinct
from aktobe_facts.text.hardwrap import unwrapped
from aktobe_facts.text.headlinecomma import headline_decimals
from aktobe_facts.text.paragraphcopies import REASON as COPY_REASON
from aktobe_facts.text.paragraphcopies import copies
from aktobe_facts.text.periodnames import NamedPeriod, named_periods, undated_spans
from aktobe_facts.text.phraseread import currency_words, read
from aktobe_facts.text.phrases import (
    ADDRESS_LEFT,
    DATE_LEFT,
    NAME_LEFT,
    ORDINAL_LEFT,
    PERIOD_LEFT,
    SCALE_LEFT,
    SPEED_LEFT,
    UNREAD_LEFT,
    WORD_LEFT,
    YEAR_LEFT,
    Left,
    Phrase,
    Scan,
    scan,
)
from aktobe_facts.text.quotes import Folded
from aktobe_facts.text.ratebound import bounded
from aktobe_facts.text.ratedates import apart
from aktobe_facts.text.respectnames import respective_names
from aktobe_facts.text.sameperiod import same_parts
from aktobe_facts.text.sentences import Span, clause_end, clause_start, headline, sentences
from aktobe_facts.text.sharelists import listed_shares
from aktobe_facts.text.suggest import Suggestion, suggested
from aktobe_facts.text.textnums import Span as TextSpan
from aktobe_facts.text.thresholdlist import over_threshold
from aktobe_facts.text.unitleft import restates
from aktobe_facts.text.webaddress import address_at

CONTEXT = 1_000
"""Characters of its sentence on each side of a number that the draft reads for its kind, id,
quote and period. A sentence of a news article is shorter; a "sentence" of thousands of numbers
(a table pasted as text) made the draft read all of it for each of them: quadratic."""

PERIOD_REACH = 60
"""A claim's quote grows to hold the period of its clause when it is this close (characters)."""

REASONS = {
    YEAR_LEFT: "a year: the period of the claims around it, not a figure",
    PERIOD_LEFT: "a period: the period of the claims around it, not a figure",
    DATE_LEFT: "a date, not a figure",
    NAME_LEFT: "digits in a name or a time, not a figure",
    ADDRESS_LEFT: "a web address, not a figure",
    ORDINAL_LEFT: "an ordinal that ranks nothing",
    WORD_LEFT: "a number word that counts nothing named",
    SCALE_LEFT: "the scale the figures are printed in (thousands), not a figure",
    SPEED_LEFT: "a speed in knots (of wind or a ship), not a figure of the article's",
}


_GLUED = re.compile(r"\d[ \u00a0\u202f\u2009]$")
"""A phrase that starts with digits right after digits and a space ("5898 689.99 thousand USD", a
grouping the grammar does not read as one number): its reading is a guess, so no relation is
drafted on it. A phrase that starts with a word ("2004 increased 9.1%") is not glued."""
_SPACED_GROUP = re.compile(r"(\d,\d{3}),[ \u00a0\u202f\u2009]{1,2}(\d{3})(?!\d|[.,]\d)")
"""A number of grouped thousands, a comma and a space, then three digits alone ("7,831, 854 tons"):
one number printed with a space after its last group's comma, or two figures of a list ("Of the
12,000, 854 tons went ..."); either reading is a guess, so no relation is drafted on either
(:mod:`aktobe_facts.text.textnums` reads "86, 288 tons" as one number, a head of one to three
digits; a head with groups of its own it leaves in two pieces)."""


def _guessed(text: str, phrase: Phrase) -> bool:
    """The phrase's reading is a guess at digits the grammar does not read as one number."""
    if text[phrase.start].isdigit() and _GLUED.search(text, max(0, phrase.start - 2), phrase.start):
        return True
    start, end = max(0, phrase.start - 9), min(len(text), phrase.end + 9)
    return any(
        m.end(1) == phrase.end or m.start(2) == phrase.start
        for m in _SPACED_GROUP.finditer(text, start, end)
    )


class DraftClaim(Struct, frozen=True):
    id: str
    quote: str
    value: str | None
    counterparts: tuple[str, ...] = ()
    kind: str | None = None
    subject: str | None = None
    period: str | None = None
    base_period: str | None = None
    group: str | None = None
    remainder: bool = False
    after: tuple[str, ...] = ()
    at: Span = (0, 0)  # where the quote is in the article
    note: str | None = None  # how a figure was read: "printed ... with no currency"
    means: str | None = None  # "relative": a growth above 100 percent its words name as a change
    dated_by: str | None = None  # the words dating a conversion no period dates: draftdates


class DraftGroup(Struct, frozen=True):
    id: str
    first_member: str  # the id of the claim the group is written before


class DraftIgnore(Struct, frozen=True):
    quote: str
    reason: str


class Draft(Struct, frozen=True):
    title: str | None
    claims: tuple[DraftClaim, ...]
    groups: tuple[DraftGroup, ...] = ()
    ignores: tuple[DraftIgnore, ...] = ()
    unread: tuple[str, ...] = ()  # passages with a numeral the grammar cannot read
    relations: tuple[DraftRelation, ...] = ()  # the ones the words make certain
    notes: tuple[str, ...] = ()  # relations the words leave uncertain, for the editor
    shared: SharedWords = (
        SharedWords()
    )  # currency words of two currencies ("lei"): see draftcurrency
    suggested: tuple[Suggestion, ...] = ()  # relations the words suggest, for the editor
    locale: str | None = None  # the article's number style, where it needs one: see draftlocale


def draft(text: str) -> Draft:
    """The draft claims of an article, its values read with the currency words its places decide
    (:mod:`aktobe_facts.text.draftcurrency`), as the claims file written from it will be; a
    hard-wrapped paragraph's line breaks are read as spaces (:mod:`aktobe_facts.text.hardwrap`)."""
    text = unwrapped(text)
    shared = shared_words(text)
    with currency_words(dict(shared.currencies)):
        return _draft(text, shared)


def _draft(text: str, shared: SharedWords) -> Draft:
    scanned = scan(text)
    parts = sentences(text)
    zeros = [left.span for left in scanned.left if left.why == WORD_LEFT]
    found = msgspec.structs.replace(
        scanned,
        phrases=tuple(headline_decimals(text, priced(text, scanned.phrases, parts, zeros))),
    )
    when, dateline = article_date(text), dateline_span(text)
    periods = same_parts(
        text, parts, {s: _undated(named_periods(text, s, when), dateline) for s in parts}
    )
    ids = words.Ids()
    claims: list[DraftClaim] = []
    groups: list[DraftGroup] = []
    starts = [p.start for p in found.phrases]  # in text order, as the sentences
    drafted: list[Sentence] = []
    undated: list[Span] = []  # phrases inside a period (its year left open or not): no figures
    copied = copies(text)  # a paragraph printed again: its figures drafted where it is first
    for sentence in parts:
        if _within(sentence[0], copied):
            drafted.append(Sentence(sentence, (), ()))
            continue
        first, last = bisect_left(starts, sentence[0]), bisect_left(starts, sentence[1])
        covered = _period_owner(periods[sentence])
        open_spans = undated_spans(text, sentence, periods[sentence])
        in_open = [
            p
            for p in found.phrases[first:last]
            if _within(p.start, open_spans) or p.start in covered  # "H1", "the first nine months"
        ]
        # the numeral of each (its first word): the rest may be in a claim's quote
        undated.extend((p.start, p.start + len(text[p.start : p.end].split()[0])) for p in in_open)
        phrases = [
            _moved(text, sentence, _signed(text, sentence, p))
            for p in found.phrases[first:last]
            if p.start not in covered and not _within(p.start, open_spans)
        ]
        made = _sentence_claims(text, sentence, phrases, periods[sentence], ids)
        claims.extend(made[0])
        groups.extend(made[1])
        stated = [c for c in made[0] if not c.remainder]
        figures = [
            Figure(c.id, c.kind, p, c.period, _noun(text, p) if c.kind == "count" else None)
            for c, p in zip(stated, phrases, strict=True)
            if not _guessed(text, p) and not denied(text, sentence, p)  # "not a 5.2% increase"
        ]
        drafted.append(Sentence(sentence, tuple(figures), tuple(_general(periods[sentence]))))
    claims, groups, drafted = _renamed(ids.renamed(), claims, groups, drafted)
    claims, open_notes = dated(
        text, claims, [p for found in periods.values() for p in _general(found)], parts
    )
    if index_economy(found.phrases):  # its "increased by 141.2 percent" may be an index
        claims = [msgspec.structs.replace(c, means=None) for c in claims]
    placed_at = lru_cache(maxsize=None)(Folded(text).first)  # copies of a passage ask alike
    claims, subject_notes = distinct([_placed_first(text, placed_at, c) for c in claims])
    # a comparison's earlier figure converted at its own date's rate, no period to set it apart
    claims = apart(Article.of(text, drafted), claims)
    claims = bounded(claims)  # a file may convert into at most 20 currencies
    made_relations, notes = article_relations(text, drafted)
    notes = open_notes + subject_notes + notes
    relations = [
        msgspec.structs.replace(r, id=ids.make([_relation_words(r)])) for r in made_relations
    ]
    suggestions = [
        msgspec.structs.replace(
            s,
            relation=msgspec.structs.replace(
                s.relation, id=ids.make([_relation_words(s.relation)])
            ),
        )
        for s in suggested(Article.of(text, drafted), {c.id: c.period for c in claims}, relations)
    ]
    left = [
        *(item for item in found.left if not _within(item.span.start, copied)),
        *(Left(TextSpan(a, b, text[a:b], "number"), PERIOD_LEFT) for a, b in undated),
    ]
    left.sort(key=lambda item: item.span.start)
    ignores, unread = _left_over(text, parts, periods, tuple(left), claims, dateline)
    ignores += _copies_ignored(text, copied, found)
    return Draft(
        headline(text),
        tuple(claims),
        tuple(groups),
        ignores,
        unread,
        tuple(relations),
        tuple(notes),
        shared,
        tuple(suggestions),
        article_locale(c.value for c in claims if c.value),
    )


def _renamed(
    renamed: dict[str, str],
    claims: list[DraftClaim],
    groups: list[DraftGroup],
    drafted: list[Sentence],
) -> tuple[list[DraftClaim], list[DraftGroup], list[Sentence]]:
    """The claims, groups and sentences with the ids named last (``Ids.later``)."""
    if not renamed:
        return claims, groups, drafted
    claims = [msgspec.structs.replace(c, id=renamed.get(c.id, c.id)) for c in claims]
    groups = [
        msgspec.structs.replace(g, first_member=renamed.get(g.first_member, g.first_member))
        for g in groups
    ]
    drafted = [
        msgspec.structs.replace(
            s,
            figures=tuple(
                msgspec.structs.replace(f, id=renamed.get(f.id, f.id)) for f in s.figures
            ),
        )
        for s in drafted
    ]
    return claims, groups, drafted


_NOUN_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_LATIN_AFTER = re.compile(r"\s+(?:i\.\s?e|e\.\s?g|viz|cf)\.", re.IGNORECASE)
"""Right after a figure, an abbreviation that explains or lists ("381,157 i.e. a 34% increase"):
no noun the figure counts."""
_COMPARING = frozenset({"versus", "vs", "against"})
"""Words that set a figure against the next ("1,676,716 versus 1,768,177"): no noun it counts."""
_GLUED_AFTER = re.compile(r"[A-Za-z][\w/]*")


def _noun(text: str, phrase: Phrase) -> str | None:
    """What a count counts: the word right after it when that is no function word ("300 projects
    in industry": projects; "200 in farming": none, never "farming"; "200 i.e.": none); a unit of two readings glued
    to it, which the number is read without ("2.1Mt", :data:`AMBIGUOUS_UNITS`), is its noun as
    the same unit spaced is ("2.1 mt"): never a count of the cargoes beside it ("31 cargoes
    comprising 2.1Mt, another 16 cargoes": no sum)."""
    glued = _GLUED_AFTER.match(text, phrase.outer_end)
    if glued is not None and glued.group(0).lower() in AMBIGUOUS_UNITS:
        return glued.group(0).lower()
    m = _NOUN_AFTER.match(text, phrase.outer_end)
    if m is None or m.group(1).lower() in words.STOP | _COMPARING:
        return None
    if _LATIN_AFTER.match(text, phrase.outer_end):
        return None
    return m.group(1).lower()


def _signed(text: str, sentence: Span, phrase: Phrase) -> Phrase:
    """A percent whose words make it a fall its value does not say ("a decline in expenses by
    3.9%", "VAT declined 26%, profit taxes – 2.7%"), written with a minus as an editor writes it
    ("-3.9%"; :mod:`aktobe_facts.text.draftsigns`)."""
    stated = phrase.stated
    plain = stated.direction is None and not stated.negative and stated.qualifier is None
    if not (plain and words.is_percent(phrase) and falls(text, sentence, phrase.start)):
        return phrase
    value = f"-{phrase.value}"
    try:
        return msgspec.structs.replace(phrase, value=value, stated=read(value))
    except GrammarError:
        return phrase


def _moved(text: str, sentence: Span, phrase: Phrase) -> Phrase:
    """An amount or count that is the size of a change its verb told before it ("grew from both
    the EU, by £2.1 billion"; :mod:`aktobe_facts.text.changeby`): read with the verb's way, so
    that no rule takes it for a level. Its value stays as printed."""
    stated = phrase.stated
    plain = stated.direction is None and not stated.negative and stated.qualifier is None
    if not plain or words.is_percent(phrase):
        return phrase
    found = changeby.way(text, sentence, phrase.start)
    if found is None:
        return phrase
    direction = Direction.UP if found == "up" else Direction.DOWN
    return msgspec.structs.replace(phrase, stated=dataclasses.replace(stated, direction=direction))


def _placed_first(text: str, first: _First, claim: DraftClaim) -> DraftClaim:
    """The claim with a quote that occurs first where the claim stands: a check places a claim at
    the first place its quote occurs, so "5.4 percent of the GDP" said twice would place the
    second claim on the first and leave its own number uncovered. The quote takes in more words
    before it (into the sentence before if it must), then after it, until it does."""
    begin, end = claim.at
    if claim.remainder or begin >= end or _first(text, first, begin, end) == begin:
        return claim
    lo, hi = 0, len(text)
    for _ in range(MAX_WIDENING):
        before = text.rfind(" ", lo, begin - 1)
        after = text.find(" ", end + 1, hi)
        if begin > lo:
            begin = lo if before < 0 else before + 1
        elif end < hi:
            end = hi if after < 0 else after
        else:
            break
        if _first(text, first, begin, end) == begin:
            return msgspec.structs.replace(
                claim, quote=" ".join(text[begin:end].split()), at=(begin, end)
            )
    return claim


MAX_WIDENING = 40
"""Words a quote takes in at most to occur first where its claim stands."""


_First = Callable[[str], int | None]
"""Where a quote first occurs in the article (:meth:`Folded.first`), each quote searched once: a
passage the article repeats widens its claims' quotes through the same words each time."""


def _first(text: str, first: _First, begin: int, end: int) -> int:
    """Where the words of ``text[begin:end]`` first occur in ``text`` as the checks find a quote
    (case, spaces and quotation marks folded: "Over the past ten years" occurs first where "over
    the past ten years" does, if that comes first)."""
    found = first(" ".join(text[begin:end].split()))
    return -1 if found is None else found


def _copies_ignored(text: str, copied: list[Span], found: Scan) -> tuple[DraftIgnore, ...]:
    """An [[ignore]] entry for each paragraph printed again that holds a figure or a numeral
    (:mod:`aktobe_facts.text.paragraphcopies`), each passage once."""
    spans = [p.start for p in found.phrases] + [item.span.start for item in found.left]
    quotes = {
        " ".join(text[a:b].split())
        for a, b in copied
        if any(a <= position < b for position in spans)
    }
    return tuple(DraftIgnore(q, COPY_REASON) for q in sorted(quotes, key=text.find))


def _within(position: int, spans: list[Span]) -> bool:
    return any(a <= position < b for a, b in spans)


def _general(periods: list[NamedPeriod]) -> list[NamedPeriod]:
    """The periods of a sentence but a month's own figure's ("March's 19.5 billion"), which dates
    that figure alone (:func:`_period_for`); as a base it is any change's."""
    return [p for p in periods if p.base or not p.possessive]


def _undated(periods: list[NamedPeriod], dateline: Span | None) -> list[NamedPeriod]:
    """The periods but the dateline's year: the day the article was written ("HANOI, June 3, 2016
    - Exporters earned ...") is no period of the figures after it."""
    if dateline is None:
        return periods
    return [p for p in periods if p.end <= dateline[0] or p.start >= dateline[1]]


def _period_owner(periods: list[NamedPeriod]) -> dict[int, NamedPeriod]:
    """The first period (in order) over each offset: "nine months" in "the first nine months of
    2020" is a period, not a duration. Periods are short, so this is linear in the text."""
    owner: dict[int, NamedPeriod] = {}
    for period in periods:
        for offset in range(period.start, period.end):
            owner.setdefault(offset, period)
    return owner


def _around(sentence: Span, start: int, end: int) -> Span:
    """The part of ``sentence`` read for the number at ``[start, end)``: :data:`CONTEXT`
    characters each side."""
    return max(sentence[0], start - CONTEXT), min(sentence[1], end + CONTEXT)


def _sentence_claims(
    text: str,
    sentence: Span,
    phrases: list[Phrase],
    periods: list[NamedPeriod],
    ids: words.Ids,
) -> tuple[list[DraftClaim], list[DraftGroup]]:
    members = [  # "(-7.1 percent)", "(an increase of 15.9%)" after a sector: its growth
        p
        for p in phrases
        if p.parenthesised
        and words.is_percent(p)
        and not p.stated.negative
        and p.stated.direction is None
    ]
    before = text[sentence[0] : members[0].start] if members else ""
    # "growth was noted in Turkestan (56.5 percent), Mangystau (42.2 percent)": growths
    members = members if len(members) >= 2 and not words.says_change(before) else []
    # "Oeste (2.5%) and Madeira (2.3%) had the biggest increases": growths too
    members = members if not members or not _changes_after(text, sentence, members[-1]) else []
    # "12,380 tons (14 percent), which brought in $40.83 million (12 percent)": two wholes
    members = members if _one_whole(text, phrases, members) else []
    # "against the estimate of X, it collected Y (49.36%) and against ...": each its own base's
    members = [] if _own_bases(text, sentence[0], phrases, members) else members
    # "debt above 60 percent of GDP, led by Greece (181.1 percent) and Italy (132.2 percent)":
    # each country's ratio to its own GDP, no shares of one whole
    members = [] if _RATIO_BEFORE.search(before) else members
    # "the rate was driven mainly by food (1.1%) and transport (2.4%)": each item's own rate
    members = [] if _rate_driven(before) else members
    # "5 ports grew by 25% or more. These ports were A (26%) and B (29%)": their own changes
    members = [] if over_threshold(text, sentence[0], members) else members
    # "China took 68 percent of the total, Switzerland 25 percent and Singapore 2 percent"
    members = members or listed_shares(text, sentence, phrases)
    # "Sal (46.6%) and Boavista (30.8%), with nights in the same order: Sal (51.4%) ...": two lists
    apart = lists_apart(text, members) if members else []
    runs = [run for run in apart if len(run) >= 2]
    if len(runs) > 1:
        return _runs_claims(text, sentence, phrases, periods, ids, runs)
    if len(apart) > 1:  # one list of two or more; a lone percent past a colon is no member
        members = runs[0] if runs else []
    group = None
    if members:
        lead = words.content(text[sentence[0] : members[0].start])[:2]
        group = DraftGroup(ids.make([["shares", *lead]]), "")
    claims: list[DraftClaim] = []
    previous: tuple[str, str | None] | None = None
    member_ids = {id(p) for p in members}
    starts = [p.start for p in periods]
    changes = [(p.start, p.outer_end) for p in phrases if p.stated.direction is not None]
    names = respective_names(text, [(p.start, p.outer_end) for p in phrases])
    for phrase in phrases:
        member = id(phrase) in member_ids
        near = _around(sentence, phrase.start, phrase.outer_end)
        # the periods of that part of the sentence (they are sorted by start)
        own = _bases_of(
            text,
            phrase,
            changes,
            periods[bisect_left(starts, near[0]) : bisect_left(starts, near[1])],
        )
        claim = _claim(
            text,
            near,
            phrase,
            own,
            ids,
            group.id if member and group else None,
            previous,
            names.get(phrase.start),
        )
        claims.append(claim)
        previous = (claim.id, claim.kind)
        if group is not None and phrase is members[0]:
            group = DraftGroup(group.id, claim.id)
    if group is None:
        return claims, []
    rest = words.remainder_after(text, members[-1].outer_end, sentence[1])
    if rest is not None:
        quote = text[rest[0] : rest[1]]
        claims.append(
            DraftClaim(
                ids.make([["share", "other", *words.content(quote)[: words.MAX_ID_WORDS]]]),
                " ".join(quote.split()),
                None,
                kind="share",
                group=group.id,
                remainder=True,
                at=rest,
            )
        )
        claims.sort(key=lambda c: c.at[0])
    return claims, [group]


_CLAUSE_AFTER = re.compile(r"\)?[^;,.()\d]*")
"""After the last percent in brackets: the words up to the clause's end or the next figure."""


def lists_apart(text: str, members: list[Phrase]) -> list[list[Phrase]]:
    """The percents of a sentence cut into the lists its colons and semicolons set apart ("Sal
    (46.6 percent) and Boavista (30.8 percent), with overnight stays ranked in the same order: Sal
    (51.4 percent), Boavista (39.6 percent)": the shares of tourists, then of nights; one whole for
    all five would be a false error): a new list starts after a colon between two members (never
    a semicolon, which also parts the members of one list whose names hold commas: "Mineral
    products made up 65.1 percent of the total export; hides 0.2 percent; and textiles 3.8
    percent")."""
    runs: list[list[Phrase]] = [[members[0]]]
    flows = _flows(text[max(0, members[0].start - _FLOW_REACH) : members[0].start])
    for before, after in pairwise(members):
        gap = text[before.outer_end : after.start]
        if _LIST_BREAK.search(gap) or another_flow(flows, gap):
            runs.append([])
            flows = _flows(gap) or flows
        runs[-1].append(after)
    return runs


_LIST_BREAK = re.compile(r":")
_FLOW = re.compile(r"\b(?:re-?)?(export|import)(?:s|ed|ers?|ing)?\b", re.IGNORECASE)
_FLOW_REACH = 200
"""How far before a list's first member its flow's noun is looked for."""


def _flows(words: str) -> set[str]:
    return {m.group(1).lower() for m in _FLOW.finditer(words)}


def another_flow(flows: set[str], gap: str) -> bool:
    """The words between two members of a list of shares name a trade flow the list before them
    does not ("exports went to A (40%), B (5%); the main import origins were A (25%), C (8%)"):
    the members after are shares of another whole, a list of their own; the one flow named
    again ("B (5%), with exports to C (4%)") keeps the list one."""
    named = _flows(gap)
    return bool(flows) and bool(named) and not named <= flows


def _runs_claims(
    text: str,
    sentence: Span,
    phrases: list[Phrase],
    periods: list[NamedPeriod],
    ids: words.Ids,
    runs: list[list[Phrase]],
) -> tuple[list[DraftClaim], list[DraftGroup]]:
    """The claims of a sentence whose shares make two or more lists (:func:`lists_apart`): each
    list a group of its own, led by the words before its first member; no remainder."""
    groups: list[DraftGroup] = []
    member_of: dict[int, int] = {}
    for n, run in enumerate(runs):
        start = runs[n - 1][-1].outer_end if n else sentence[0]
        lead = words.content(text[start : run[0].start])[:2]
        groups.append(DraftGroup(ids.make([["shares", *lead]]), ""))
        member_of.update({id(p): n for p in run})
    claims: list[DraftClaim] = []
    previous: tuple[str, str | None] | None = None
    starts = [p.start for p in periods]
    changes = [(p.start, p.outer_end) for p in phrases if p.stated.direction is not None]
    names = respective_names(text, [(p.start, p.outer_end) for p in phrases])
    for phrase in phrases:
        k = member_of.get(id(phrase))
        near = _around(sentence, phrase.start, phrase.outer_end)
        own = _bases_of(
            text,
            phrase,
            changes,
            periods[bisect_left(starts, near[0]) : bisect_left(starts, near[1])],
        )
        group = groups[k].id if k is not None else None
        claim = _claim(text, near, phrase, own, ids, group, previous, names.get(phrase.start))
        claims.append(claim)
        previous = (claim.id, claim.kind)
        if k is not None and phrase is runs[k][0]:
            groups[k] = DraftGroup(groups[k].id, claim.id)
    return claims, groups


def _changes_after(text: str, sentence: Span, last: Phrase) -> bool:
    """The words right after the last percent in brackets, to the end of its clause, call the
    percents changes ("... (2.3%) had the biggest increases", "saw the largest falls")."""
    after = _CLAUSE_AFTER.match(text, last.outer_end, sentence[1])
    return after is not None and words.says_change(after.group(0))


def _one_whole(text: str, phrases: list[Phrase], members: list[Phrase]) -> bool:
    """The percents in brackets are shares of one whole: the amounts right before them (where
    there are any) are of one unit. A share of tonnes and a share of dollars are of two."""
    units = set()
    for before, after in pairwise(phrases):
        if any(after is m for m in members) and _BRACKET.fullmatch(
            text, before.outer_end, after.start
        ):
            unit = before.stated.unit
            units.add(None if unit is None else unit.key)
    return len(units) <= 1


_BRACKET = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}\(")  # "12,380 tones (": a count's noun


def _own_bases(text: str, start: int, phrases: list[Phrase], members: list[Phrase]) -> bool:
    """Each percent in brackets right after an amount (two or more of them) follows its own amount
    set against another of the same unit since the member before ("against the budget estimate
    of X, it has collected Y (49.36%) and against the estimate of Z, it raised W (30.40%)"): each
    is its amount's share of its own base, no share of one whole."""
    based = 0
    for before, after in pairwise(phrases):
        if not any(after is m for m in members):
            continue
        if _BRACKET.fullmatch(text, before.outer_end, after.start):
            if not _set_against(text, start, phrases, before):
                return False
            based += 1
        start = after.outer_end
    return based >= 2


def _set_against(text: str, start: int, phrases: list[Phrase], amount: Phrase) -> bool:
    """Between ``start`` and ``amount``: "against" (or "compared with", "out of") and an amount of
    the same unit after it."""
    against = _AGAINST.search(text, start, amount.start)
    unit = amount.stated.unit
    return (
        against is not None
        and unit is not None
        and any(
            p.start >= against.end()
            and p.outer_end <= amount.start
            and p.stated.unit is not None
            and p.stated.unit.key == unit.key
            for p in phrases
        )
    )


_AGAINST = re.compile(r"\b(?:against|compared\s+(?:with|to)|out\s+of)\b", re.IGNORECASE)
"""Before an amount in a clause: the amount it is set against, the base of the percent after it."""
_RATIO_BEFORE = re.compile(
    r"\bof\s+(?:(?:the|its|their)\s+)?(?:gdp|gnp|gni|gross\s+(?:domestic|national)\s+product)\b|"
    r"\b(?:gdp|gnp|gni)\s+ratios?\b|[-‐]to[-‐](?:gdp|gnp|gni)\b|"
    r"\brates\b|\b(?:unemployment|jobless|poverty|participation|employment)\s+rate\b",
    re.IGNORECASE,
)
"""Before percents in brackets: a ratio to an economy's output ("above 60 percent of GDP", "the
debt-to-GDP ratio"), or a rate ("the jobless rates of the groups: men (3.1 percent), youths (11.9
percent)"), which each member has its own of: no shares of one whole."""
_RATE_WORD = re.compile(r"\b(?:rate|pace)\b", re.IGNORECASE)
_DRIVING = re.compile(
    r"\b(?:driven|led|pushed|fuell?ed|boosted|supported|dragged|held\s+back|explained|"
    r"accounted\s+for)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[.;()]")


def _rate_driven(before: str) -> bool:
    """Before percents in brackets: a rate or pace its items drive ("the rate was driven mainly
    by food (1.1%) and transport (2.4%)", "the pace was led by"), a verb of driving after "rate"
    or "pace" with no full stop, semicolon or bracket between: each item's own rate of growth,
    or its part of the rate, no share of one whole.

    Each stretch between stops is read once, from its first "rate" or "pace" (a verb after a
    later one is after the first too): linear work, where one pattern scanning on from every
    "rate" was quadratic in them (1,000 "rate pace" pairs took 1.5 s)."""
    position = 0
    while (rate := _RATE_WORD.search(before, position)) is not None:
        stop = _CLAUSE_STOP.search(before, rate.end())
        end = len(before) if stop is None else stop.start()
        if _DRIVING.search(before, rate.end(), end):
            return True
        if stop is None:
            return False
        position = stop.end()
    return False


def _claim(
    text: str,
    sentence: Span,
    phrase: Phrase,
    periods: list[NamedPeriod],
    ids: words.Ids,
    group: str | None,
    previous: tuple[str, str | None] | None,
    respective: list[str] | None = None,
) -> DraftClaim:
    kind = words.kind_of(text, sentence, phrase, group is not None)
    rest = text[phrase.outer_end : sentence[1]]
    subject = words.subject_of(rest) if kind == "count" and phrase.stated.unit is None else None
    if group is not None:
        candidates = [["share", *words.member_words(text, sentence, phrase)]]
    elif previous is not None and restates(phrase):  # "7 billion euros (7.036)": the same figure
        candidates = [[previous[0], "precise"]]
    elif respective is not None:  # "the 16.9 and 10.3 percent reductions, respectively, in grain"
        candidates = [[*respective, *(["growth"] if kind == "growth" else [])]]
    else:
        candidates = words.id_words(text, sentence, phrase, kind, subject, previous)
    claim_id = ids.make(candidates, kind)
    if words.generic(candidates):  # "claim_2": the sentence's other words name it, at the end
        if previous is not None and previous[0] in ids.later:  # named late itself
            previous = ("_".join(ids.later[previous[0]][0][0]), previous[1])
        by_words = words.named_words(text, sentence, phrase, kind, previous)
        if by_words:
            ids.later[claim_id] = (by_words, kind)
    begin, end = words.quote_span(text, sentence, phrase, group is not None)
    period = None if kind == "rank" else _period_for(text, sentence, phrase, periods, kind)
    if period is not None and kind == "duration" and not _spans(text, phrase, period):
        period = None  # "worked 300 days in 2018-2020": a duration is tested against its period
    clause = text[clause_start(text, sentence[0], phrase.start) : sentence[1]]
    if subject is not None and period is None and words.relative_period(clause):
        subject = None  # "this year" and "last year": the same subject, maybe not one period
    base = _base_period_for(phrase, periods) if kind == "growth" else None
    if base is not None and period is not None and not _before(base, period):
        base = None  # "earned more from tourists in 2011 ...: revenues rose 10 percent in 2011"
    for named in (period, base):
        if named is not None and _quotable(text, sentence, phrase, named, (begin, end)):
            begin, end = min(begin, named.start), max(end, named.end)
    return DraftClaim(
        id=claim_id,
        quote=" ".join(text[begin:end].split()),
        value=phrase.value,
        counterparts=phrase.counterparts,
        kind=kind,
        subject=subject,
        period=None if period is None else period.text,
        base_period=None if base is None else base.text,
        group=group,
        after=words.places_before(text[phrase.end : sentence[1]]) if kind == "rank" else (),
        at=(begin, end),
        note=phrase.note or (words.UNIT_LEFT_OUT if words.unit_left_out(text, phrase) else None),
        means="relative" if named_rise(text, sentence, phrase, kind) else None,
    )


_OF_DURATION = re.compile(r"[\s,(]*(?:(?:of|from|in|over|during)\s+)?(?:the\s+)?", re.IGNORECASE)
"""Between a duration and the period it is the length of: "three years, 2018-2020", "the three
years of 2018-2020"."""


def _spans(text: str, phrase: Phrase, period: NamedPeriod) -> bool:
    """The duration may be the length of the period: the period is one calendar part, or a range
    of calendar parts that follows the duration with no other words between (a fiscal year's
    calendar years are never its length)."""
    if period.fiscal:
        return False
    if not parse_period(period.text).is_range:
        return True
    after = phrase.outer_end <= period.start
    return after and _OF_DURATION.fullmatch(text, phrase.outer_end, period.start) is not None


def _quotable(text: str, sentence: Span, phrase: Phrase, period: NamedPeriod, quote: Span) -> bool:
    """The period is in the claim's clause and close enough to go into its quote."""
    start = clause_start(text, sentence[0], phrase.start)
    end = clause_end(text, phrase.outer_end, sentence[1])
    near = max(quote[0] - period.start, period.end - quote[1]) <= PERIOD_REACH
    return start <= period.start and period.end <= end and near


_BASE_FIGURE = re.compile(
    r"\b(?:than|from|compared\s+(?:to|with)|against|versus|vs\.?)\s+[^\d.;]{0,30}\d", re.I
)
"""Between a phrase and a period after it: a comparison's figure, whose period that is ("6
percent higher than $4.3 billion last year", "up 3.3 percent from 381 trillion soums in 2023")."""


def _period_for(
    text: str, sentence: Span, phrase: Phrase, periods: list[NamedPeriod], kind: str | None = None
) -> NamedPeriod | None:
    """The period of the phrase's own clause, else the nearest one before it in the sentence
    ("In 2020, more than 1,400 people ..."); never one of a later clause or a base period, nor
    one after a comparison's figure ("6 percent higher than $4.3 billion last year": that
    figure's, as "rose 4.1 percent to 520.8 billion in 2019" is the value's and the change's). A
    period compared with is the figure's right before it when the words make the figure the one
    compared with (:func:`_compared_period`)."""
    mine = [p for p in periods if p.possessive and not p.base and p.end <= phrase.start]
    if mine and _OWN_MONTH.fullmatch(text, mine[-1].end, phrase.start):
        return mine[-1]  # "pushes March's 19.5 billion": the month's own figure
    periods = _general(periods)
    start = clause_start(text, sentence[0], phrase.start)
    end = clause_end(text, phrase.outer_end, sentence[1])
    if kind != "growth":  # a growth's period compared with is its base, never its own
        compared = _compared_period(text, start, end, phrase, periods)
        if compared is not None:
            return compared
        when = _when(text, start, periods)
        if when is not None:
            return when
    own = [
        p
        for p in periods
        if not p.base
        and start <= p.start < end
        and not (
            p.start >= phrase.outer_end and _BASE_FIGURE.search(text, phrase.outer_end, p.start)
        )
    ]
    right = next((p for p in own if _right_after(text, phrase, p)), None)
    if right is not None:  # "from 1.3 billion in 2030 to 1.5 billion in 2031": each its own
        return right
    if kind != "growth" and _COMPARED_FIGURE.search(text, start, phrase.start):
        return None  # "In March it rose to A from B": March is A's; B's is another
    own = [p for p in own if not _started_from(text, p, phrase)]
    if own:
        return min(own, key=lambda p: abs(p.start - phrase.start))
    earlier = [p for p in periods if not p.base and p.end <= start]
    return earlier[-1] if earlier else None


def _compared_period(
    text: str, start: int, end: int, phrase: Phrase, periods: list[NamedPeriod]
) -> NamedPeriod | None:
    """The period right after the figure compared with, a few words on in its clause, when it is
    the figure's: "a surplus of 1.13 trillion in the same quarter of 2022"; "compared to 286.5
    trillion in 2022"; "from 1.3 billion in 2023 to 1.5 billion in 2024" (another period is the
    other figure's). Not "rose to 5 billion from 4 billion in 2021", whose 2021 may be the rise's."""
    after = [p for p in periods if phrase.outer_end <= p.start < end]
    if not after or phrase.stated.direction is not None:
        return None
    period = after[0]
    gap = text[phrase.outer_end : period.start]
    if len(gap.split()) > _COMPARED_GAP or any(c in gap for c in ",;()") or _DIGIT.search(gap):
        return None
    cue = _COMPARED_BEFORE.search(text, start, phrase.start)
    if _SAME.search(gap):  # "1.13 trillion in the same quarter of 2022", "against 6.6 billion
        # over the same period in 2016"; never "to X from the same month of 2021": X's base
        return None if cue is None and _CUE_AFTER.search(gap) else period
    if cue is None:
        return None
    if cue.group(1).lower() != "from":
        return period
    others = [p for p in periods if not p.base and p is not period]
    return period if others or not _TO_FROM.search(text, start, cue.start()) else None


def _when(text: str, start: int, periods: list[NamedPeriod]) -> NamedPeriod | None:
    """The period right before a clause that opens on "when": "on the same month of 2012, when
    it stood at X" (X is of 2012, though 2012 is the period compared with)."""
    if not _WHEN.match(text, start):
        return None
    return next((p for p in periods if _COMMA.fullmatch(text, p.end, start)), None)


_OWN_MONTH = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}", re.IGNORECASE)
"""Between a month's possessive and its figure: "March's 19.5 billion", "May's record 2.58
billion"."""
_WHEN = re.compile(
    r"\s*(?:when|which\s+(?:recorded|registered|saw|was|were|stood\s+at|amounted\s+to|"
    r"totall?ed|reached|came\s+to))\b",
    re.IGNORECASE,
)
"""A clause right after a period that gives that period's figure: "on the same month of 2012,
when it stood at X", "from the same period last year, which recorded X"."""
_COMMA = re.compile(r"\s*,?\s*")
_RIGHT_AFTER = re.compile(r"\s+(?:in|for|during|over)\s+(?:the\s+)?", re.IGNORECASE)
"""Between a figure and the period its own words give it: "1.5 billion in 2031"."""
_OPENS_ON_IN = re.compile(r"(?:in|for|during|over)\s", re.IGNORECASE)


def _right_after(text: str, phrase: Phrase, period: NamedPeriod) -> bool:
    """The period follows the figure with only its preposition between: "1.5 billion in 2031",
    and "Nu 190.1 million in March", whose period's words start with the preposition."""
    if _RIGHT_AFTER.fullmatch(text, phrase.outer_end, period.start):
        return True
    gap = text[phrase.outer_end : period.start]
    return gap.isspace() and _OPENS_ON_IN.match(text, period.start) is not None


_FROM_END = re.compile(r"\s*,?\s*to\s+(?:(?:about|around|nearly|almost|some|just)\s+)?")
_FROM_FIGURE = re.compile(r"\bfrom\s+\S*\d[^,;]{0,25}$", re.IGNORECASE)


def _started_from(text: str, period: NamedPeriod, phrase: Phrase) -> bool:
    """The period is the figure's a move started from ("eased from 6.96 per cent in August to
    6.72 per cent"): never the figure reached's ("rose 5% in 2018 to X" leaves 2018 to X)."""
    if not _FROM_END.fullmatch(text, period.end, phrase.start):
        return False
    return _FROM_FIGURE.search(text, max(0, period.start - 40), period.start) is not None


_COMPARED_GAP = 6
"""Words at most between a figure and the period compared with that is its own."""
_SAME = re.compile(
    r"\b(?:same|corresponding|(?:like|similar)(?=\s+(?:period|months?|quarter|half)\b))\b",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(r"\b(?:from|against|than|compared|versus|vs|on|over)\b", re.IGNORECASE)
"""A word that compares, after a figure and before "the same month of 2021": the period is the
base the figure is compared with, not its own."""
_COMPARED_FIGURE = re.compile(
    r"(?:\b(?:against|than|compared\s+(?:to|with)|versus|vs\.?)|\b(?:up|down)\s+from|"
    r"\d\S*(?:\s+(?:million|billion|trillion|thousand))?\s+from)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
"""Right before a figure compared with: "against B", "up from B", "to A from B"."""
_DIGIT = re.compile(r"\d")
_TO_FROM = re.compile(r"\bto\s+\S+", re.IGNORECASE)
"""Before "from": "rose to A from B in 2021", whose 2021 may be the rise's."""
_COMPARED_BEFORE = re.compile(
    r"\b(from|against|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
"""The words that make the figure after them the one compared with ("up from B")."""


def _bases_of(
    text: str, phrase: Phrase, changes: list[tuple[int, int]], periods: list[NamedPeriod]
) -> list[NamedPeriod]:
    """The periods, without the bases of the changes before and after the phrase: "$5.3bn in
    2013-2014, an increase of six per cent compared with the previous fiscal year, and $449.6m in
    May 2015, an increase of 6.5 per cent compared with the same month last year": the second
    base is the second change's; a base before every change ("Against January 2020, trade,
    exports and imports fell by ...") is each one's. ``changes`` are the sentence's changes
    (start, end) in order, found once for the sentence: a table of figures in one sentence costs
    a search a phrase, not a pass over all the others."""
    at = bisect_left(changes, (phrase.start, -1))
    own = at < len(changes) and changes[at][0] == phrase.start
    after = at + 1 if own else at
    others = changes[1:] if own and at == 0 else changes
    first = others[0][0] if others else math.inf
    low = changes[at - 1][1] if at > 0 else -1
    high = changes[after][0] if after < len(changes) else math.inf
    kept = [p for p in periods if not p.base or p.end <= first or low <= p.start < high]
    if own and after < len(changes):  # a base opening the next change's clause is its alone
        cut = _next_clause_base(text, changes[at][1], high, periods)
        kept = [p for p in kept if not (p.base and cut <= p.start < high)]
    return kept


def _next_clause_base(text: str, end: int, high: float, periods: list[NamedPeriod]) -> float:
    """Where the next change's bases begin, seen from a change that ends at ``end``: at the first
    base after a clause's break that has no break between it and the next change (at ``high``):
    "increased by 14.8% to 3.6m tonnes, in comparison with 2008 its throughput was down by
    16.9%" (2008 is the fall's base; the rise's, the year before, is not named). A base before
    the break stays the change's before it ("an increase of six per cent compared with the
    previous fiscal year, and $449.6m in May 2015, an increase of 6.5 per cent")."""
    for p in periods:
        if (
            p.base
            and end <= p.start
            and p.end <= high
            and _CLAUSE_BREAK.search(text, end, p.start)
            and not _CLAUSE_BREAK.search(text, p.end, int(high))
        ):
            return p.start
    return high


_CLAUSE_BREAK = re.compile(r"[,;:.]\s")


def _before(base: NamedPeriod, period: NamedPeriod) -> bool:
    """The base comes before the period: a base period read in words that compare with no
    earlier time (a source after "from" in another clause: "earned more from tourists in 2011")
    is a misreading, never a finding of the periods check against the article."""
    return parse_period(base.text).comes_before(parse_period(period.text))


def _base_period_for(phrase: Phrase, periods: list[NamedPeriod]) -> NamedPeriod | None:
    bases = [p for p in periods if p.base]
    if not bases:
        return None
    return min(bases, key=lambda p: abs(p.start - phrase.start))


def _left_over(
    text: str,
    parts: list[Span],
    periods: dict[Span, list[NamedPeriod]],
    left: tuple[Left, ...],
    claims: list[DraftClaim],
    dateline: Span | None = None,
) -> tuple[tuple[DraftIgnore, ...], tuple[str, ...]]:
    """An [[ignore]] entry for each numeral no claim's quote holds, and the unreadable ones."""
    ignores: dict[str, DraftIgnore] = {}
    covered = bytearray(len(text))  # 1 where a claim's quote or an ignore passage is
    for a, b in (c.at for c in claims):
        covered[a:b] = b"\x01" * (b - a)
    starts = [s[0] for s in parts]
    owner: dict[int, NamedPeriod] = {}
    for found in periods.values():
        owner.update(_period_owner(found))
    unread: list[str] = []
    signs: set[str] = set()  # the unresolved signs whose first figure is left unread
    for item in left:
        start, end = item.span.start, item.span.end
        if covered.find(1, start, end) >= 0:
            continue
        k = bisect_right(starts, start) - 1
        whole = parts[k] if k >= 0 and start < parts[k][1] else (0, len(text))
        sentence = _around(whole, start, end)
        period = owner.get(start) if whole in periods else None
        sign = sign_before(text, start) if item.why == UNREAD_LEFT else None
        in_dateline = dateline is not None and dateline[0] <= start < dateline[1]
        if item.why == UNREAD_LEFT and not in_dateline and (sign is None or sign not in signs):
            around = words.passage(text, sentence, start, end)
            unread.append(" ".join(text[around[0] : around[1]].split()))
            signs.add(sign or "")
            continue
        address = address_at(text, start, end) if item.why == ADDRESS_LEFT else None
        if address is not None:
            around, reason = address, REASONS[ADDRESS_LEFT]
        elif sign is not None:  # one warning for the sign (its first figure's), not one a figure
            around, reason = words.passage(text, sentence, start, end), _again(sign)
        elif in_dateline and dateline is not None:  # "Date: 2024-04" too, which reads as no number
            around, reason = dateline, "the article's dateline, not a figure"
        elif period is not None:
            around = words.passage(text, sentence, period.start, period.end)
            reason = f"the period {period.text}, not a figure"
        else:
            around, reason = words.passage(text, sentence, start, end), REASONS[item.why]
        covered[around[0] : around[1]] = b"\x01" * (around[1] - around[0])
        quote = " ".join(text[around[0] : around[1]].split())
        ignores.setdefault(quote, DraftIgnore(quote, reason))
    return tuple(ignores.values()), tuple(unread)


def _again(sign: str) -> str:
    """The reason to leave a figure in an unresolved sign of several currencies or one letter
    once the sign's first figure is left unread (the coverage check's one warning for it)."""
    codes = " or ".join(SHARED_SIGNS.get(sign, ()))
    return (
        f'written with the sign "{sign}" ({codes}) again, which the article does not resolve: '
        "left unread like its first figure"
    )


def _relation_words(relation: DraftRelation) -> list[str]:
    """A relation's id: its first claim's and its kind ("exports_sum"), or "exports_growth_relation"
    where the claim is named for the kind already."""
    first = relation.first()
    return [first, "relation" if first.endswith(f"_{relation.kind}") else relation.kind]
