"""Orders the words make certain, for a draft (``kind = "order"``):

- a figure that rose or fell from A to B is above or below A: "development spending rises from
  €1.3 billion in 2023 to €1.5 billion in 2024", "the deficit narrowed to 3 billion from 5
  billion", "exports rose to $5 billion, up from $4 billion", "borrowings were down to 3 billion
  from 4 billion", "rising to 5.0 percent of GDP from 4.4 percent", "rose to $5 billion in 2031
  compared with $4 billion in 2030" (after "compared with", "against" or "versus", A's words are
  its earlier period or nothing: never "compared with $4.2 billion expected"; B and A of one
  unit, with no percent of their own: a growth or change ties those, not an order);
- a year's figure of a flow (revenue, spending, exports, imports, trade turnover) is not below
  the same flow's figure for the first months of that year ("revenue is forecast at 23.2 billion
  for the full year" and "collected 9 billion in January-May"), unless the article says a plan
  or forecast was exceeded (then the editor gets a note). A figure whose own words name no period
  takes the period of the figures a relation drafted before ties it to (a deficit's revenue and
  spending are of one period).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from aktobe_facts.text.changedranges import APART
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import measures_alike, past_noun
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftroles import FAMILIES, Role, roles
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike, rates_alike
from aktobe_facts.text.planwords import PLAN_NOUN
from aktobe_facts.text.roletime import Time
from aktobe_facts.text.ties import Ties

_UP = (
    r"ris(?:e|es|en|ing)|rose|gr(?:ow|ows|ew|own|owing)|increas(?:e|es|ed|ing)|climb\w*|jump\w*|"
    r"widen\w*|expand\w*|go(?:es)?\s+up|went\s+up|soar\w*|surg\w*|accelerat\w*|quicken\w*|"
    r"pick(?:s|ed)?\s+up|(?:edg|inch)(?:e|es|ed)\s+up|advanc(?:e|es|ed|ing)|rebound\w*|"
    r"firm(?:s|ed)"
)
_DOWN = (
    r"f(?:all|alls|ell|allen|alling)|declin\w*|decreas\w*|dropp?\w*|shr[iau]nk\w*|narrow\w*|"
    r"contract\w*|go(?:es)?\s+down|went\s+down|slump\w*|plung\w*|eas(?:e|es|ed)|"
    r"slow(?:s|ed)?|moderat(?:e|es|ed)|cool(?:s|ed)?|slipp?(?:s|ed)?|dipp?(?:s|ed)?|"
    r"(?:edg|inch)(?:e|es|ed)\s+down|s[aiu]nk(?:s|ing)?|slid(?:e|es|ing)?|tumbl\w*|"
    r"retreat\w*|plummet\w*"
)
RISE_VERBS, FALL_VERBS = _UP, _DOWN
"""The verbs of rise and of fall (the stems of a regular expression), for the rules that read a
move in other words."""
_RAISE = r"rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?"
_LOWER = r"reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)|trimm?(?:s|ed|ing)?|slash(?:es|ed|ing)?"
"""Verbs that move a figure they take as object ("will raise its spending ceiling from A to B",
"reduced the tariff from A to B"), for :data:`_FROM` alone (a level "raised to B" may be a sum
raised, never a move's level: :data:`MOVED_TO` keeps to the verbs of a figure's own move)."""
_FROM = re.compile(
    rf"\b(?:(?P<up>{_UP}|{_RAISE})|(?P<down>{_DOWN}|{_LOWER}))\b"
    rf"(?:(?!\b(?:{_UP}|{_DOWN})\b)[^,;.\d%()]){{0,40}}"
    rf"(?:\b{APART}\s*,\s*)?\bfrom\s*$",
    re.I,
)
"""Before A in "rises from A to B": the verb nearest "from" says the way, never a noun of change
before it ("the annual rise in rents slowed from A to B": B is below A); its span of time may
stand between, with a comma ("rose over the year, from A to B", "fell sharply in 2031, from":
`changedranges.APART`, twentieth session, recall20)."""
_SIZED_FROM = re.compile(
    rf"\b(?:(?P<up>{_UP}|growth|increase|rise|gain)|(?P<down>{_DOWN}|decline|decrease|fall|drop))"
    r"\s+(?:by|of)\s+(?:(?:one|a|an|two|three)\s+(?:half|third|quarter|fourth|fifth)s?|half)"
    r"\s*,\s*(?:going\s+|moving\s+)?from\s*$",
    re.IGNORECASE,
)
"""Before A in "fell by one fourth, going from A to B": the change word and its size as a
fraction in words, then the move's two ends. A size that is a figure ("a growth of $0.7 million,
from A to B", "fell 5 percent, from A to B") makes a change or growth of the three, the
editor's relation, never an order of the two ends alone."""


_NOUN_LEAD = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_OTHER_VERB = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|has|have|had)\b", re.IGNORECASE)


def _noun_with_other_verb(before: str, said: re.Match[str]) -> bool:
    """The word of rise or fall before "from" is a noun ("the fall in prices", "a rise") and
    another verb, none of rise or fall, stands between it and "from" ("The fall in consumer prices
    deepened from A to B": the fall grew, B is above A): the way is that verb's, unread."""
    return (
        _NOUN_LEAD.search(before, 0, said.start()) is not None
        and _OTHER_VERB.search(before, said.end("up") if said.group("up") else said.end("down"))
        is not None
    )


BRACKETED_PERIOD = r"\(\s*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d{2}\s*\)\s*"
"""A figure's period in brackets right after it: "BND115.3 million (September 2020)"."""
_FROM_TO = lazy(
    rf"^\s*(?:(?:in|for)\s+[^,;.\d%()]{{0,30}}?\d{{0,4}}\s*|{BRACKETED_PERIOD}|"
    r"(?:today|now|currently|at\s+present|this\s+year|last\s+year)\s+)?to\s*$",
    re.IGNORECASE,
)
"""Between A and B in "from A in 2023 to B", "from A today to B"."""
_CAUSING = (
    r"that|which|who|brought|bring\w*|took|tak(?:e|es|ing)|push\w*|pull\w*|help\w*|drove|"
    r"driv(?:e|es|ing)|sent|send\w*|lift\w*|boost\w*|cut|cuts|cutting|dragg?\w*|led|put|puts|"
    r"caus\w*|left"
)
"""Words that make a noun of change the cause of another figure's move: "a drop in fares brought
passenger numbers to B" (the noun's thing is fares, the figure another)."""
_IN_WHAT = rf"\s+in\s+(?:(?!\b(?:{_UP}|{_DOWN}|{_CAUSING})\b)[^,;.\d%()]){{0,60}}?"
"""A noun of change's thing, with no verb of its own: "a surge in exports of chemicals" (to B
from A; never "a growth in investments moderated to", whose verb says the way, nor "a drop in
fares brought passenger numbers to", whose verb moves another figure)."""
_RISE_NOUNS = r"(?:increase|rise|surge|upsurge|jump|gain)"
_FALL_NOUNS = r"(?:decline|decrease|fall|drop|reduction|contraction)"
"""The nouns of change, of a rise and of a fall, for :data:`_NOUN_OF_CHANGE` and
:data:`MOVED_TO`."""
_NOUN_OF_CHANGE = re.compile(rf"(?:{_RISE_NOUNS}|{_FALL_NOUNS})\s+in\b", re.IGNORECASE)
_SUBJECT_BEFORE = lazy(
    r"(?:^|[,;:(\u2014]|\b(?:and|but|while|whereas|as|after|since|because|when|though|"
    r"although|if|so)\b)\s*(?:a|an|the)\s+(?:(?!(?:a|an|the)\b)[\w'’%-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Before a noun of change that opens its clause ("A drop in fares ...", ", as a rise in rates
..."): the noun is the clause's subject, and a verb after its thing may move another figure."""
MOVED_TO = re.compile(
    rf"\b(?:(?P<up>{_UP}|{_RISE_NOUNS}{_IN_WHAT})|"
    rf"(?P<down>{_DOWN}|(?:was|were|is|are|has\s+been|have\s+been)\s+down|(?<=,\s)down|"
    rf"{_FALL_NOUNS}{_IN_WHAT}))"
    r"(?:\s+(?:[a-z]+ly|harder|further|again|back)\s*,?)?\s+to\s*$",
    re.IGNORECASE,
)
"""Before B in "rose to B, up from A", "were down to B from A", "exports, down to B from A", "a
decline in crude oil exports to B from A", "fell harder, to B", "rose sharply to B" (an
adverb)."""


def moved_to(text: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`MOVED_TO` in ``text[start:end]``, but never a noun of change that opens its clause
    ("A rise in interest rates cut new lending to B": the noun is a cause, the words between may
    hold the verb that moved B; "reflects a decline in wool sales to B" is read)."""
    m = MOVED_TO.search(text, start, end)
    if m is None or not _NOUN_OF_CHANGE.match(text, m.start()):
        return m
    return None if _SUBJECT_BEFORE.search(text[start : m.start()]) else m


_EARLIER_OWN = (
    r"(?:\s+(?:last|the\s+previous|the\s+prior|the\s+same)\s+(?:year|season|month|quarter|half|"
    r"period|week)['’]s|\s+(?:19|20)\d{2}['’]s)?"
)
"""After "from", the earlier figure's own period in the possessive: "from last season's A"."""
_LEVEL_NOUN = (
    r"\s+(?:a|an|the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:high|peak|low|level|record)"
    r"\s+of"
)
"""After "from", a noun that names the earlier figure a level of the same thing: "dropped to B
from a post-war high of A" (never a plan's: "from a target of A" is no earlier level)."""
_TO_FROM = lazy(
    r"^\s*(?:(?:a|an|per)\s+(?:ounce|tonne|ton|barrel|pound|kilo(?:gram)?|kg|gallon|litre|"
    r"liter|bushel|carat|share)\b\s*)?"
    r"(?:(?:in|for|at|on)\s+[^,;.\d%()]{0,50}?\d{0,4}\s*|"
    rf"(?:this|last)\s+(?:year|season|month|quarter)\s*|{BRACKETED_PERIOD})?"
    r",?\s*(?:(?:(?P<up>up)|(?P<down>down))?\s*"
    rf"from(?:{_EARLIER_OWN}|{_LEVEL_NOUN})|(?P<compared>compared\s+(?:with|to)|against|versus|"
    r"vs\.?))\s*$",
    re.IGNORECASE,
)
"""Between B and A in "rose to B, up from A", "rose to B in 2023 compared with A", "grew to B in
the season from last season's A", a price's own measure and where or when it was set ("sank to B
an ounce at Friday's late fixing, from A a week earlier")."""
_AND_MOVED = re.compile(
    r"^\s*+(?:(?:in|for|over|during)\s+[^,;.\d%()]{0,50}?\d{0,4}\s*)?(?:,\s*)?and\s+(?:then\s+)?"
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+to\s*$",
    re.IGNORECASE,
)
"""Between A and B in "was A in the first half and dropped to B": the same subject's next level
(the verb right after "and", no subject of its own)."""
_EARLIER_AFTER = lazy(
    r"^\s*(?:(?:in|during|for|over)\s+(?:the\s+)?(?:same|corresponding|previous|prior|"
    r"first|second|third|fourth|last)\b[^,;.()\d]{0,40}(?:\d{4})?|(?:in|during)\s+\d{4}|"
    rf"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|{BRACKETED_PERIOD})?\s*(?:[,;.]|$)",
    re.IGNORECASE,
)
"""After A "compared with": nothing but A's earlier period ("in the corresponding quarter 2018",
"a year earlier"), never another thing's words ("compared with $4 billion expected")."""
_OWN_PERCENT = re.compile(r"^[\s,]*(?:or|up|down|an?|by|which\s+is)?\s*(?:by\s+)?$", re.IGNORECASE)
"""Between B and a percent that is its own growth ("to B, or 14 percent")."""
_EXCEEDED = re.compile(
    r"\b(?:exceed\w*|surpass\w*|overfulfil\w*|outstrip\w*|beat|above|ahead\s+of)\b[^.]{0,60}"
    rf"\b(?:{PLAN_NOUN}|goal)s?\b|"
    r"\b(?:plan|target|forecast|projection|goal)s?\b[^.]{0,40}\b(?:exceeded|surpassed|"
    r"overfulfilled|beaten|outstripped)\b",
    re.IGNORECASE,
)
FLOWS = frozenset(FAMILIES)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    found = _moves(article, drafted) + _share_moves(article)
    year, notes = _year_to_date(article, drafted)
    return found + year, notes


def order(left: Placed, op: str, right: list[Placed], quote: str) -> DraftRelation:
    fields: dict[str, str | list[str] | bool] = {"left": left.figure.id, "op": op}
    fields["right"] = [p.figure.id for p in right]
    return DraftRelation("", "order", fields, " ".join(quote.split()))


def untied_pairs(
    article: Article,
    drafted: Sequence[DraftRelation],
    same: Callable[[Placed, Placed], bool] = measures_alike,
) -> Iterator[tuple[list[Placed], int]]:
    """Each figure of a sentence (its sentence's figures and its place) that is ``same`` as the
    next one (by default a level of its unit or a count of the same thing:
    :mod:`aktobe_facts.text.draftcounts`), where no relation drafted before ties the two."""
    ties = Ties(drafted)
    for figures in article.sentences():
        for k in range(len(figures) - 1):
            a, b = figures[k], figures[k + 1]
            if same(a, b) and not ties.together((a.figure.id, b.figure.id)):
                yield figures, k


def _moves(article: Article, drafted: Sequence[DraftRelation]) -> list[DraftRelation]:
    """ "from A to B", "to B, up from A" and "was A and fell to B" with a verb of rise or fall,
    between levels of one unit, counts of one thing or rates of one unit per one unit (a price
    per barrel)."""
    return moves(article, drafted, _levels_or_rates, past_words)


def _levels_or_rates(a: Placed, b: Placed) -> bool:
    return measures_alike(a, b) or rates_alike(a, b)


def past_words(text: str, placed: Placed) -> int:
    """Where a figure's words end: after a count's noun (:func:`past_noun`), else after it."""
    return past_noun(text, placed.figure)


def moves(
    article: Article,
    drafted: Sequence[DraftRelation],
    same: Callable[[Placed, Placed], bool],
    words_end: Callable[[str, Placed], int],
) -> list[DraftRelation]:
    """The moves of :func:`_moves` between figures that are ``same``, each figure's own words
    ending at ``words_end`` (a count's noun, a share's whole)."""
    text = article.text
    found: list[DraftRelation] = []
    for figures, k in untied_pairs(article, drafted, same):
        a, b = figures[k], figures[k + 1]
        start = segment_start(figures, k)
        before = text[start : a.figure.phrase.start]
        between = text[words_end(text, a) : b.figure.phrase.start]
        if (m := _FROM.search(before)) and _FROM_TO.match(between):
            if _noun_with_other_verb(before, m):
                continue  # "the fall in prices deepened from A to B": the verb says the way
            old, new, begin = a, b, start + m.start()
        elif (m := _sized_from(text, figures, k)) and _FROM_TO.match(between):
            old, new, begin = a, b, m.start()
        elif m := _AND_MOVED.match(between):
            old, new, begin = a, b, a.figure.phrase.start
        elif (m := moved_to(text, start, a.figure.phrase.start)) and (g := _TO_FROM.match(between)):
            new, old, begin = a, b, m.start()
            if g.group("up" if m.group("down") else "down"):
                continue  # "fell to B, up from A": the words disagree
            after = text[words_end(text, b) : b.sentence[1]]
            if g.group("compared") and not _EARLIER_AFTER.match(after):
                continue  # "rose to B, compared with A expected": A is no earlier level
        else:
            continue
        if percent_after(text, figures, k + 1):
            continue
        op = ">" if m.group("up") else "<"
        found.append(order(new, op, [old], text[begin : b.figure.phrase.outer_end]))
    return found


def _sized_from(text: str, figures: list[Placed], k: int) -> re.Match[str] | None:
    """:data:`_SIZED_FROM` right before the ``k``-th figure, in its sentence (the size may be the
    figure before it)."""
    placed = figures[k]
    start = max(placed.sentence[0], placed.figure.phrase.start - 90)
    return _SIZED_FROM.search(text, start, placed.figure.phrase.start)


_SHARE_TO_FROM = lazy(
    r"^\s+of\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+from\s*$", re.IGNORECASE
)
"""Between B and A in "rising to B of GDP from A": B's whole, which A shares."""


def _share_moves(article: Article) -> list[DraftRelation]:
    """ "rising to 5.0 percent of GDP from 4.4 percent a year earlier": a share of the whole named
    after B that moved to B from A (A names no whole of its own, so it is a share of B's)."""
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        for k in range(len(figures) - 1):
            new, old = figures[k], figures[k + 1]
            if not (_share_level(new) and _share_level(old)):
                continue
            start = segment_start(figures, k)
            m = moved_to(text, start, new.figure.phrase.start)
            between = text[new.figure.phrase.outer_end : old.figure.phrase.start]
            if (
                m is None
                or not _SHARE_TO_FROM.match(between)
                or percent_after(text, figures, k + 1)
            ):
                continue
            if re.match(r"\s+of\b", text[old.figure.phrase.outer_end :]):
                continue  # "from 4.4 percent of exports": a whole of its own
            op = ">" if m.group("up") else "<"
            found.append(order(new, op, [old], text[m.start() : old.figure.phrase.outer_end]))
    return found


def _share_level(placed: Placed) -> bool:
    """A percent that is a level (a share or rate), not a growth."""
    figure = placed.figure
    stated = figure.phrase.stated
    plain = stated.direction is None and not stated.negative and not stated.is_range
    return is_percent(figure) and figure.kind in (None, "share") and plain and stated.value <= 100


def percent_after(text: str, figures: list[Placed], k: int) -> bool:
    """The figure is followed by a percent of its own ("to B, or 14 percent", "to B, up 14%")."""
    if k + 1 >= len(figures):
        return False
    following = figures[k + 1].figure
    unit = following.phrase.stated.unit
    if unit is None or unit.kind != "percent":
        return False
    return (
        _OWN_PERCENT.match(text[figures[k].figure.phrase.outer_end : following.phrase.start])
        is not None
    )


def _year_to_date(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    placed = {p.figure.id: p for p in article.figures}
    times = _times(named, drafted)
    flows = [
        (placed[i], r)
        for i, r in named.items()
        if r.name in FLOWS and r.part is None and not r.earlier
    ]
    found: list[DraftRelation] = []
    notes: list[str] = []
    exceeded = _EXCEEDED.search(article.text) is not None
    ties = Ties(drafted)
    # only a flow of a year's first months may be a part (:func:`_year_part`): those looked
    # through for each year, not every flow (one flow told in n sentences: n * n)
    firsts = [(p, r) for p, r in flows if _first_months(times[p.figure.id])]
    for year, role in flows:
        whole = times[year.figure.id]
        if whole.months != (1, 12) or whole.relative is not None:
            continue
        parts = [
            p
            for p, r in firsts
            if r.name == role.name
            and _same_owner(r, role)
            and _year_part(times[p.figure.id], whole)
            and alike(p, year)
            and not ties.together({year.figure.id, p.figure.id})
        ]
        if not parts:
            continue  # none, or each a part of the year's sum drafted before
        if exceeded:
            notes.append(
                f"{year.figure.id} is a year's figure, {', '.join(p.figure.id for p in parts)} "
                "of its first months: the article says a plan or forecast was exceeded, so the "
                'draft does not say which is larger; add a [[relation]] kind = "order" if it holds'
            )
            continue
        quote = article.text[role.start : year.figure.phrase.outer_end]
        found.append(order(year, ">=", parts, quote))
    return found, notes


def _same_owner(a: Role, b: Role) -> bool:
    return not (a.owner and b.owner) or a.owner == b.owner


def _year_part(time: Time, year: Time) -> bool:
    """``time`` is the first months (two or more) of the year ``year`` names."""
    same = time.year is None or year.year is None or time.year == year.year
    return _first_months(time) and same


def _first_months(time: Time) -> bool:
    """``time`` is the first months (two or more) of a year."""
    if time.months is None or time.relative is not None:
        return False
    first, last = time.months
    return first == 1 and 2 <= last < 12


def _times(named: dict[str, Role], drafted: Sequence[DraftRelation]) -> dict[str, Time]:
    """Each figure's period: its own, else the one the figures of a relation drafted with it
    name (all of them one)."""
    times = {i: r.time for i, r in named.items()}
    for relation in drafted:
        members = [v for v in tied(relation) if v in named]
        known = {times[m] for m in members if times[m].named}
        if len(known) != 1:
            continue
        (shared,) = known
        for m in members:
            if not times[m].named:
                times[m] = shared
    return times


def comparable(a: Placed, b: Placed) -> bool:
    """Two figures an order may tie when words compare them: levels of one unit or counts of one
    thing (:func:`aktobe_facts.text.draftcounts.measures_alike`), or two percents of one kind (a
    growth or a share and a percent the draft gave no kind: "19.1 percent, lower than the 22.5
    percent growth", "3.2 percent of GDP, lower than the 4.1 percent a year earlier"), none of
    them a range, a fall or negative."""
    if measures_alike(a, b):
        return True
    fa, fb = a.figure, b.figure
    plain = all(
        f.phrase.stated.direction in (None, "up")
        and not f.phrase.stated.negative
        and not f.phrase.stated.is_range
        and f.phrase.stated.per is None
        for f in (fa, fb)
    )
    kinds = {fa.kind, fb.kind}
    both = is_percent(fa) and is_percent(fb)
    return plain and both and (len(kinds) == 1 or kinds in ({None, "growth"}, {None, "share"}))
