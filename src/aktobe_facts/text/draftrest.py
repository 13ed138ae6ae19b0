"""A whole and its parts by partner where the words close the list with the rest, for a draft
(``kind = "sum"``, exhaustive): "Exports came to A in November. Exports to CIS countries rose to
B, while exports to EU countries stood at C. Exports to other countries fell to D" (A = B + C +
D); "Arrivals rose to A. Arrivals from all countries excluding the UK and Russia rose to D.
Arrivals from the UK rose to B while those from Russia rose to C" (A = B + C + D).

The rest of the partners, named as such, leaves nothing out of the partners named with it: "other
countries", "all other markets", "the rest of the world", "the remaining countries" after the
named ones, or "all countries excluding (except, other than) A and B" before them. The structure,
never a list of partners, makes the sum certain:

- each part is a level of one measure (an amount of one unit, or counts of one thing) and of one
  flow (its words name exports, imports or trade, or none: counts of one thing), no comparison's
  earlier value, change, share, rate or figure to come (:func:`~aktobe_facts.text.draftcomplement.
  candidate`);
- "other" closes a list: every level of that measure and flow between the whole and the rest is a
  part, and each names a partner ("to CIS countries", "from the UK"); "excluding A and B" opens
  one: the parts are the rest and one level for each name, the nearest whose words name it;
- the whole is the nearest level of that measure and flow before the parts whose clause names no
  partner and no rest, larger than each part, in at most :data:`PARAGRAPHS` paragraphs, its
  period and its context's the parts' own.

Guards, each tested by a near miss: money whose words name no trade flow (sales, earnings: "The
United States bought more: sales there rose to B", the partner only in the words before);
the rest of a region ("other countries in Asia", "other EU
countries": the rest of a part, never of the whole); a part that says it is of another part ("of
these", "of which": a list inside a part); a name of "excluding" that no figure, or two, name;
a whole smaller than a part (another whole); a part opened by "with" after another part ("Exports
to the EU rose to B, with exports to Germany at C": the EU's detail); a partner's level whose
next clause names the rest ("and to Russia fell to C, while exports to other countries were D":
C is Russia's, D the rest); a part of a kind of the flow the whole does not
name ("Exports of oil to other countries", "Re-exports to other countries"), another owner's part
("Utopia's exports to other countries" after "Ruritania's exports came to A"), and a partner of
the list whose figure is no level ("Exports to CIS countries rose by B": its level is not given,
so the levels listed leave it out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, in_sentence, tied
from aktobe_facts.text.draftcomplement import (
    another_owner,
    candidate,
    flow_named,
    kinds_named,
    one_period,
)
from aktobe_facts.text.draftcounts import measures_alike, stated_level
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodcontext import one_context

_PARTNERS = r"(?:countries|markets|partners|destinations|nations|states|economies)"
_REST = re.compile(
    rf"\b(?i:(?:all\s+)?other\s+{_PARTNERS}|(?:the\s+)?rest\s+of\s+the\s+world|"
    rf"(?:the\s+)?remaining\s+{_PARTNERS})\b"
    r"(?!\s+(?i:in|of|from|outside|within)\s+(?:the\s+)?(?:[A-Z]|(?i:region|area|bloc|continent|"
    r"union|community|group|zone|neighbourhood|neighborhood)\b))"
)
"""The rest of the partners, whole: never of a region ("other countries in Asia", "other countries
of the region": the rest of a group named before, a part, whose other members the list may name
too); "other EU countries" does not match (a word between "other" and the noun)."""
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_EXCEPT = re.compile(
    rf"\b(?i:(?:all\s+)?{_PARTNERS}\s+(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from))"
    rf"\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s+and\s+{_NAME})"
)
"""The rest named by the partners it leaves out: "all countries excluding the UK and Russia"."""
_PARTNER = lazy(
    rf"\b(?i:to|from|with|in|for)\s+(?:the\s+)?(?!(?i:{MONTH_NAMES})\b)[A-Z]|\b[A-Z]{{2,}}\b|"
    r"\b(?i:to|from|with|in|for)\s+(?:the\s+)?(?i:euro[\s-]?(?:area|zone))\b"
)
"""A partner named: "to CIS countries", "from the UK", "exports to EU", "the CIS" (never a month,
"in November"); the euro area, which is printed in lower case ("exports to the euro area", "to
the eurozone": a partner's, no whole of all partners; nineteenth session, left19)."""
_INSIDE = re.compile(r"\b(?:of\s+(?:these|which|them|this|that)|including)\b", re.IGNORECASE)
"""A part's words that make it a part of another part."""
_BREAK = re.compile(r"[,;:]|\s(?:and|while|whereas|but)\s", re.IGNORECASE)
PARAGRAPHS = 2
"""The whole stands at most this many paragraphs before the rest."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    levels = [p for p in article.figures if candidate(article, p)]
    found: list[DraftRelation] = []
    for rest in levels:
        words = _clause(article, rest)  # never the next clause's "while exports to other ..."
        listed = _EXCEPT.search(words)
        if listed is not None:
            parts = _named(article, levels, rest, _names(listed.group("names")))
        elif _REST.search(words):
            parts = _closed(article, levels, rest)
        else:
            continue
        if not parts:
            continue
        whole = _whole(article, levels, rest, parts)
        if whole is None or _tied([*drafted, *found], whole, parts):
            continue
        found.append(sum_relation(whole, parts, True, _quote(article, whole, parts)))
    return found, []


def _words(article: Article, placed: Placed) -> str:
    """A figure's words: from the level before it in its sentence (or the sentence's start) to
    the next level (or the sentence's end)."""
    own = _levels_of(article, placed)
    k = own.index(placed)
    start = own[k - 1].figure.phrase.outer_end if k > 0 else placed.sentence[0]
    end = own[k + 1].figure.phrase.start if k + 1 < len(own) else placed.sentence[1]
    return article.text[start:end]


def _levels_of(article: Article, placed: Placed) -> list[Placed]:
    """The levels of a figure's sentence, the figure among them."""
    return [
        p
        for p in in_sentence(article, placed.sentence_index)
        if p is placed or stated_level(p.figure)
    ]


def _clause(article: Article, placed: Placed) -> str:
    """A figure's words up to the first break after it (a whole's own words)."""
    own = in_sentence(article, placed.sentence_index)
    k = own.index(placed)
    end = own[k + 1].figure.phrase.start if k + 1 < len(own) else placed.sentence[1]
    phrase = placed.figure.phrase
    tail = article.text[phrase.outer_end : end]
    cut = _BREAK.search(tail)
    figure = article.text[phrase.start : phrase.outer_end]
    return _before(article, placed) + figure + (tail[: cut.start()] if cut else tail)


def _before(article: Article, placed: Placed) -> str:
    """A figure's words before it, back to the level before it in its sentence."""
    own = _levels_of(article, placed)
    k = own.index(placed)
    start = own[k - 1].figure.phrase.outer_end if k > 0 else placed.sentence[0]
    return article.text[start : placed.figure.phrase.start].rpartition("\n")[2]  # no headline


def _flow(article: Article, placed: Placed) -> str:
    flow = flow_named(_words(article, placed))
    if flow:
        return flow
    sentence = flow_named(article.text[placed.sentence[0] : placed.sentence[1]])
    return sentence if sentence in ("exports", "imports") else ""


def _same(article: Article, a: Placed, b: Placed) -> bool:
    """One measure and one flow."""
    return measures_alike(a, b) and _flow(article, a) == _flow(article, b) != "mixed"


def _names(listed: str) -> list[str]:
    return [re.sub(r"^the\s+", "", n.strip()) for n in re.split(r"\s*,\s*|\s+and\s+", listed)]


def _named(article: Article, levels: list[Placed], rest: Placed, names: list[str]) -> list[Placed]:
    """The rest and, for each name it leaves out, the one level of its measure and flow whose
    words name it, in the rest's sentence or the two after it; nothing when a name has none or
    two."""
    near = [
        p
        for p in levels
        if p is not rest
        and 0 <= p.sentence_index - rest.sentence_index <= 2
        and _same(article, p, rest)
    ]
    parts = [rest]
    for name in names:
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        naming = [p for p in near if pattern.search(_before(article, p) or _words(article, p))]
        if len(naming) != 1 or naming[0] in parts:
            return []
        parts.append(naming[0])
    return parts


def _closed(article: Article, levels: list[Placed], rest: Placed) -> list[Placed]:
    """The levels of the rest's measure and flow from the whole's sentence on to the rest, each
    naming a partner, and the rest; nothing where one of them names none or is a part's part."""
    before = [
        p
        for p in levels
        if p.figure.phrase.start < rest.figure.phrase.start
        and rest.paragraph - p.paragraph <= PARAGRAPHS
        and _same(article, p, rest)
    ]
    listed: list[Placed] = []
    for p in reversed(before):
        if not _PARTNER.search(_clause(article, p)):
            break  # the whole (or another figure of the flow): the list starts after it
        listed.insert(0, p)
    if not listed:
        return []
    return [*listed, rest]


def _whole(
    article: Article, levels: list[Placed], rest: Placed, parts: list[Placed]
) -> Placed | None:
    first = min(parts, key=lambda p: p.figure.phrase.start)
    before = [
        p
        for p in levels
        if p.figure.phrase.start < first.figure.phrase.start
        and first.paragraph - p.paragraph <= PARAGRAPHS
        and _same(article, p, rest)
    ]
    if not before:
        return None
    whole = before[-1]
    if not _flow(article, rest) and any(p.figure.kind != "count" for p in [whole, *parts]):
        return None  # money of no trade flow named ("sales there rose to X"): whose is open
    own = _clause(article, whole)
    if _PARTNER.search(own) or _REST.search(own) or _EXCEPT.search(own):
        return None  # the nearest figure is a partner's: no whole of all of them
    if any(_INSIDE.search(_before(article, p)) for p in parts):
        return None  # "of these, exports to Germany ...": a part's own parts
    if _detail_of_part(article, parts):
        return None  # "exports to the EU rose to B, with exports to Germany at C": B's detail
    value = whole.figure.phrase.stated.value
    if any(p.figure.phrase.stated.value >= value for p in parts):
        return None  # a part as large as the nearest figure: another whole
    if not one_period(whole, parts) or not one_context(article, whole, *parts):
        return None
    if not _one_kind(article, [whole, *parts]) or _another_owner(article, whole, parts):
        return None  # "Exports of oil to other countries", "Utopia's exports to ...": no part
    if not _one_mode(article, [whole, *parts]):
        return None  # "those from France by air": a mode's part, no part of France's all
    if _left_out(article, whole, rest, parts):
        return None  # "Exports to CIS countries rose by B": a partner's figure that is no level
    return whole if stated_level(whole.figure) else None


_WITH = re.compile(r"^\W*(?:with|among\s+(?:them|which|these))\b", re.IGNORECASE)
"""The opening of a clause that tells a detail of the figure before it ("..., with exports to
Germany at C")."""


def _detail_of_part(article: Article, parts: list[Placed]) -> bool:
    """A part opened by "with" right after another part in its sentence: a detail of that part's
    partner as likely as a partner of its own ("Exports to the EU rose to B, with exports to Germany
    at C": Germany is within the EU, and B, C and the rest would count it twice)."""
    for p in parts:
        own = _levels_of(article, p)
        k = own.index(p)
        if k > 0 and own[k - 1] in parts and _WITH.match(_before(article, p)):
            return True
    return False


def _one_kind(article: Article, figures: list[Placed]) -> bool:
    """Each part names no kind of the flow its whole does not ("Exports of oil to other
    countries", "Re-exports to other countries" under all exports: a kind's part, no part of all
    the exports; "Ruritania's garment exports reached A. Exports to the United States ..." are the
    garments')."""
    whole, *parts = [kinds_named(_clause(article, p)) for p in figures]
    return all(k is None or k <= (whole or set()) for k in parts)


_MODE = re.compile(
    r"\b(?:by\s+(?:air|sea|road|rail|land|ship|truck|bus|car|train|plane|pipeline|water)|"
    r"overland|airborne|seaborne)\b",
    re.IGNORECASE,
)
"""A mode of transport or travel, a kind of the flow as a product is ("arrivals from France by
air", "overland exports")."""


def _one_mode(article: Article, figures: list[Placed]) -> bool:
    """Each part names no mode of transport its whole does not ("Arrivals from Germany rose to A,
    while those from France by air rose to B": France's arrivals by air are no part that, with
    Germany's and the rest's, makes all of them)."""
    whole, *parts = [{m.lower() for m in _MODE.findall(_before(article, p))} for p in figures]
    return all(mode <= whole for mode in parts)


def _another_owner(article: Article, whole: Placed, parts: list[Placed]) -> bool:
    """The whole's sentence names its owner in the possessive form and a part's words another
    ("Ruritania's exports came to A ... Utopia's exports to other countries fell to D")."""
    text = article.text
    return another_owner(
        text[whole.sentence[0] : whole.sentence[1]], [_before(article, p) for p in parts]
    )


def _unit(placed: Placed) -> str | None:
    unit = placed.figure.phrase.stated.unit
    return None if unit is None else unit.key


def _left_out(article: Article, whole: Placed, rest: Placed, parts: list[Placed]) -> bool:
    """A figure of the flow and measure between the whole and the rest, no part, whose words
    name a partner ("Exports to CIS countries rose by $3.1 billion": a change, no level): the
    list the rest closes holds a partner whose level is not given."""
    between = [
        p
        for p in article.figures
        if whole.figure.phrase.start < p.figure.phrase.start < rest.figure.phrase.start
        and p not in parts
        and _unit(p) is not None
        and _unit(p) == _unit(rest)
    ]
    return any(_PARTNER.search(_words(article, p)) for p in between)


def _tied(drafted: Sequence[DraftRelation], whole: Placed, parts: list[Placed]) -> bool:
    ids = {whole.figure.id, *(p.figure.id for p in parts)}
    return any(r.kind == "sum" and ids <= set(tied(r)) for r in drafted)


def _quote(article: Article, whole: Placed, parts: list[Placed]) -> str:
    return " … ".join(
        _clause(article, p).strip()
        for p in sorted([whole, *parts], key=lambda p: p.figure.phrase.start)
    )
