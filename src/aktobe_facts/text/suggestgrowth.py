"""Suggested: a growth between two levels (``kind = "growth"``: growth, current, base). A percent
the draft reads as a change, and two levels of one measure in one sentence, in its sentence or the
sentence next to it in its paragraph, of two periods (or with one period named at most): of the
pairs in reach, the one whose change the percent describes best is offered, in that order (for a
rise the larger is the current value). No rule drafts it where a word of the rules' patterns is
missing ("improved 10.9 percent to X from Y"). The pair is chosen by its arithmetic, so a slip in
the article larger than the gap to another pair is offered against that pair: the editor reads
the quote.

Only a pair whose words name one thing (:attr:`Known.own`: in one sentence the later names nothing
new), whose
change goes the percent's way and is within :data:`NEAR` of it: a bare percent (a share or a rate
level as often as a change: "its market share rose to 8.2 percent"), two kinds ("900 were sedans
and 600 were trucks"), or a percent far from the levels' change ("a 25 percent rise in salaries"
beside a budget from 2.72 to 3.77 trillion) was offered before and never meant (docs/corpus.md,
the eleventh session).

The rank of each cue is the share of such candidates on the open sets that were no relation the
hand files write and the draft misses (docs/corpus.md, the eleventh session); a growth the draft
already ties in a growth relation gets none (:mod:`aktobe_facts.text.suggest`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation, subject_words
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.spanwords import SpanWords
from aktobe_facts.text.suggestfigures import (
    MONTHS,
    PLAN_WORDS,
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    shared_words,
    shown,
    subject_of,
    where_words,
)

GROWTH_SENTENCE = 0.75
"""Rank of a growth and both levels in one sentence (on the open sets 2 of 8 were a relation the
hand files write and the draft does not: most such growths the rules draft already)."""
NEXT_SENTENCE = 0.67
"""Rank of a growth and two levels of one sentence next to the growth's in one paragraph (4 of
12)."""
BARE_SENTENCE = 0.75
"""Rank of a percent the draft left with no kind right after a verb of change and both levels in
its sentence (7 of 28 before the guards of one thing); with the levels in the next sentence it is
not offered (2 of 31 before one pair was kept a growth)."""
RISES = frozenset(
    [
        "improved",
        "grew",
        "rose",
        "increased",
        "climbed",
        "gained",
        "jumped",
        "expanded",
        "advanced",
        "soared",
        "surged",
        "widened",
    ]
)
FALLS = frozenset(
    [
        "fell",
        "declined",
        "dropped",
        "decreased",
        "contracted",
        "shrank",
        "slipped",
        "eased",
        "narrowed",
        "plunged",
        "slumped",
    ]
)
"""Verbs of change a bare percent may follow, with "by" or not ("improved 10.9 percent", "fell
by 4 percent"): a rise, or a fall (then the percent is read negative)."""
SHARE_WORDS = frozenset(
    [
        "share",
        "rate",
        "ratio",
        "margin",
        "stake",
        "proportion",
        "inflation",
        "unemployment",
        "interest",
        "yield",
        "yields",
        "growth",
    ]
)
"""Words of a clause whose percent is a level (a share or a rate) as often as a change."""
_CHANGE = re.compile(r"\b(" + "|".join(sorted(RISES | FALLS)) + r")(?:\s+by)?\s*$")
RISE_NOUNS = frozenset(["gain", "growth", "increase", "rise", "jump", "expansion", "surge"])
FALL_NOUNS = frozenset(["decline", "drop", "fall", "decrease", "contraction", "slump", "loss"])
"""Nouns of change a bare percent may follow as their size ("the gain was 10.4 percent",
"growth in garment exports of nearly 27 percent", "a drop of 4 percent"): a rise, or a fall."""
_NOUN_CHANGE = re.compile(
    r"\b(" + "|".join(sorted(RISE_NOUNS | FALL_NOUNS)) + r")"
    r"(?:\s+(?:in|of)\s+[a-z'’ -]{1,40}?)?\s+(?:was|were|of|by|at)"
    r"(?:\s+(?:nearly|almost|about|around|some|roughly|over|just over|more than))?\s*$"
)
_WORD = re.compile(r"[a-z-]+")
BASE_WORDS = frozenset(["from", "against", "versus", "vs", "than"])
BASE_PAIRS = frozenset(["compared to", "compared with", "comparison with", "relative to"])
"""Words before a base, among its last three ("from", "as against", "higher than the",
"compared to")."""
NEAR = (Fraction(4, 5), Fraction(5, 4), Fraction(1))
"""How near the levels' change must be to the percent: within a ratio of 4/5 to 5/4 of it, or
within one point (a percent printed rounded: "up 1 percent" for 1.4)."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    """For each percent of change, the one pair of levels most likely its own, in the order that
    makes it a growth from the base to the current value: the one whose change the percent
    describes best, then the one whose periods are named (both, then one), then the nearest.
    Every pair of four levels in reach, as first offered, filled the cap with one growth's
    pairs; the nearest pair alone took "an increase of 18.98 percent over September 2030" in a
    sentence of three levels as August's over September 2030's."""
    made: list[Suggestion] = []
    words = _Words(article)
    based: dict[str, bool] = {}  # :func:`_a_base` of each figure, read once
    by_sentence: dict[int, list[int]] = {}  # a sentence's figures, by their place in ``known``
    for place, k in enumerate(known):
        by_sentence.setdefault(k.placed.sentence_index, []).append(place)
    for g, rate in ((k, r) for k in known if (r := _rate(k)) is not None):
        # the levels of a pair share a sentence, the growth's or one beside it (:func:`_rank`):
        # only those are paired, in their order in ``known`` (every pair of the article was
        # tried, the growths times the figures squared: 64 million for 400 sentences)
        near = sorted(
            place
            for step in (-1, 0, 1)
            for place in by_sentence.get(g.placed.sentence_index + step, ())
        )
        # the tests of a pair are pure: the cheap ones first (a pair of levels of one value
        # has no change), then the words of one thing (:class:`_Words`)
        pairs = [
            (current, base, rank)
            for i, at in enumerate(near)
            for a, b in ((known[at], known[other]) for other in near[i + 1 :])
            if (rank := _rank(g, a, b)) is not None
            and comparable(a, b)
            and _two_periods(a, b)
            and (
                ways := [
                    (current, base)
                    for current, base in ((a, b), (b, a))
                    if _near(rate, current, base)
                    and _in_order(g, current, base)
                    and not _based(article, current, based)
                ]
            )
            and _one_thing(words, g, a, b)
            and not _other_partner(article, g, a, b)
            for current, base in ways
        ]
        if not pairs:
            continue
        current, base, rank = min(
            pairs, key=lambda p: (_off(rate, p[0], p[1]), _undated(p[0], p[1]), _apart(g, p[0]))
        )
        made.append(_growth(article, g, current, base, rank))
    return made


class _Words:
    """What the words of any stretch of a sentence name (:func:`_named` of :func:`_subject`),
    each sentence read once (:class:`SpanWords`): the words between each pair of n levels of a
    sentence were read anew for each pair, n**3 (150 amounts of one unit in one sentence, 3.1
    s)."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._sentences: dict[tuple[int, int], SpanWords] = {}

    def of(self, k: Known) -> SpanWords:
        span = (k.placed.sentence[0], k.placed.sentence[1])
        if span not in self._sentences:
            self._sentences[span] = SpanWords(self.text, *span, _read)
        return self._sentences[span]


def _read(text: str) -> frozenset[str]:
    return _named(_subject(text))


def _based(article: Article, k: Known, based: dict[str, bool]) -> bool:
    if k.id not in based:
        based[k.id] = _a_base(article, k)
    return based[k.id]


def _one_thing(words: _Words, g: Known, a: Known, b: Known) -> bool:
    """Whether two levels' words name one thing, the growth's (:attr:`Known.own`): one's words
    are all the other's, and in one sentence the words between them name nothing new unless they
    end in a word of comparison or name the growth's thing ("to $5 million from $4.5 million",
    never "900 were sedans and 600 were trucks", "income by 17.5% to X came with a decline in expenses by 3.9% to Y"); and
    the growth's words name something the levels' sentence names before them, when both name
    anything ("arrivals were up by 8%" is no growth of the next sentence's revenue)."""
    first, last = sorted((a, b), key=lambda k: k.placed.figure.phrase.start)
    early, mine = _named(first.own), _named(g.own)
    sentence = words.of(first)
    if first.placed.sentence_index == last.placed.sentence_index:
        start, end = first.placed.figure.phrase.outer_end, last.placed.figure.phrase.start
        if not (sentence.only(start, end, early | mine) or _compared(words.text[start:end])):
            return False
    else:
        late = _named(last.own)
        if not (early <= late or late <= early):
            return False
    named = sentence.names(first.placed.sentence[0], first.placed.figure.phrase.start)
    return not (named and mine) or bool(named & mine)


_PARTNER_AFTER = re.compile(
    r"\s*(?:in|of|for)\s+(?:[a-z]+\s+){0,3}?(?:to|from|with)\s+([A-Z][\w'-]*)"
)


def _other_partner(article: Article, g: Known, a: Known, b: Known) -> bool:
    """Whether the words right after the percent name a partner the levels' clauses do not ("a
    surge of 9 percent in exports to China" is no growth of the coffee exports)."""
    found = _PARTNER_AFTER.match(article.text, g.placed.figure.phrase.outer_end)
    if found is None:
        return False
    return found.group(1).lower() not in a.before + b.before


def _subject(text: str) -> frozenset[str]:
    return subject_of(subject_words(content(text)))


def _named(words: frozenset[str]) -> frozenset[str]:
    """Words naming a thing, without those naming a month ("at end-September")."""
    return frozenset(w for w in words if w.removeprefix("end-") not in MONTHS)


def _compared(between: str) -> bool:
    """Whether the words between two levels end in a word of comparison ("3,785,055 tourists
    came ... compared to 4,031,404"), with no plan's or forecast's word: the later is then the
    earlier's base, whatever the words before name."""
    words = _WORD.findall(between.lower())
    last = bool(set(words[-3:]) & BASE_WORDS) or " ".join(words[-2:]) in BASE_PAIRS
    return last and not set(words) & PLAN_WORDS


def _a_base(article: Article, k: Known) -> bool:
    """Whether a level is itself the base of a comparison, so that it is no growth's current
    value: among the last three words before it a word of comparison ("against 4,031,404"), or,
    for a figure in brackets, among the words from the figure before it ("24% more than in 2019,
    before the pandemic (319,696)"); "rose from X from January to September 2017 to Y" leaves Y
    a current value."""
    start = k.placed.sentence[0]
    for other in article.figures:
        end = other.figure.phrase.outer_end
        if other.sentence_index == k.placed.sentence_index and end <= k.placed.figure.phrase.start:
            start = max(start, end)
    before = article.text[start : k.placed.figure.phrase.start].lower()
    words = _WORD.findall(before)
    named = words if before.rstrip().endswith("(") else words[-3:]
    return bool(set(named) & BASE_WORDS) or any(
        " ".join(named[i : i + 2]) in BASE_PAIRS for i in range(len(named) - 1)
    )


def _in_order(g: Known, current: Known, base: Known) -> bool:
    """Whether the periods named allow the order: the current value's ends after the base's and
    not before the growth's ("climbed 8 percent in 2031" is no growth to a level of 2030)."""
    now, then, growth = current.span, base.span, g.span
    if now is not None and then is not None and now.end <= then.end:
        return False
    return now is None or growth is None or now.end >= growth.end


def _near(rate: Fraction, current: Known, base: Known) -> bool:
    """Whether the change from the base to the current value goes the percent's way and is
    within :data:`NEAR` of it."""
    now = current.placed.figure.phrase.stated.value
    then = base.placed.figure.phrase.stated.value
    if then <= 0 or now == then or rate == 0 or (now > then) != (rate > 0):
        return False
    change = (now - then) * 100 / then
    low, high, points = NEAR
    return low <= change / rate <= high or abs(change - rate) <= points


def _off(rate: Fraction, current: Known, base: Known) -> Fraction:
    """How far the percent is from the change from the base to the current value, in points."""
    now = current.placed.figure.phrase.stated.value
    then = base.placed.figure.phrase.stated.value
    return abs((now - then) * 100 / then - rate) if then else Fraction(10**9)


def _undated(a: Known, b: Known) -> int:
    """How many of the two levels have no period named."""
    return (a.period is None) + (b.period is None)


def _apart(g: Known, a: Known) -> int:
    return abs(a.placed.figure.phrase.start - g.placed.figure.phrase.start)


def _rate(k: Known) -> Fraction | None:
    """The percent of change a figure states, signed: a growth's, or a bare percent's right
    after a verb of change ("improved 10.9 percent", never "rose to 8.2 percent") in a clause
    naming no share or rate; else None."""
    figure = k.placed.figure
    stated = figure.phrase.stated
    unit = stated.unit
    if unit is None or unit.kind != "percent" or stated.is_range or stated.value == 0:
        return None
    if figure.kind == "growth":
        return stated.value
    if figure.kind is not None or stated.negative:
        return None
    before = k.before
    noun = _NOUN_CHANGE.search(before)
    own = {noun.group(1)} if noun is not None else set()  # "growth of 27 percent" is a change
    if ((k.subject | set(_WORD.findall(before))) - own) & SHARE_WORDS:
        return None
    verb = _CHANGE.search(before)
    if verb is not None:
        return -stated.value if verb.group(1) in FALLS else stated.value
    if noun is not None:
        return -stated.value if noun.group(1) in FALL_NOUNS else stated.value
    return None


def _rank(g: Known, a: Known, b: Known) -> float | None:
    pg, pa, pb = g.placed, a.placed, b.placed
    if pa.sentence_index != pb.sentence_index or pa.paragraph != pg.paragraph:
        return None
    if pa.sentence_index == pg.sentence_index:
        return GROWTH_SENTENCE if pg.figure.kind == "growth" else BARE_SENTENCE
    if abs(pa.sentence_index - pg.sentence_index) == 1 and pg.figure.kind == "growth":
        return NEXT_SENTENCE
    return None


def _two_periods(a: Known, b: Known) -> bool:
    return a.period != b.period or a.period is None


def _growth(article: Article, g: Known, current: Known, base: Known, rank: float) -> Suggestion:
    relation = DraftRelation(
        "",
        "growth",
        {"growth": g.id, "current": current.id, "base": base.id},
        joined(article, g, current, base),
    )
    why = (
        f"{shown(g)} may be the growth from {shown(base)} to {shown(current)}: "
        f"two {measure_words(current)}, the growth and levels {where_words(g, current)}"
        f"{shared_words(current, base)}"
    )
    return Suggestion(relation, why, rank)
