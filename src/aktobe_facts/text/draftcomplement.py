"""A whole and its two parts named by complementary scopes, for a draft (``kind = "sum"``): "In
May exports came to A. Exports to EU countries were B, and exports to non-EU countries C"
(A = B + C, exhaustive); "Package tours: B" and "Non-package: C" under "Total arrivals: A".

A scope and its complement split any flow in two with nothing left over, whatever the flow:
the European Union and the countries outside it ("EU", "EU member states", "within the EU",
"intra-EU" against "non-EU", "outside the EU", "extra-EU", "third countries", "EU non-member
countries"), and any word and its "non-" form ("oil exports" and "non-oil exports", "residents"
and "non-residents"). The structure, not a list of flows, makes the sum certain:

- each part is a level of one measure (an amount of one unit, or counts of one thing), and its
  clause (the words between the breaks around it: a semicolon, a colon with words after it,
  "while", "whereas", "as", "but", "and", a comma) names the scope, or names none in a sentence
  that names one side only ("Trade with EU member states ..., with exports of B");
- the two parts are of one flow: the clause of each names exports, or imports, or trade, or none
  (counts of one thing: "tourists", "nights");
- the whole is the nearest figure before the parts of that measure and flow whose sentence names
  neither side, nor a partner ("exports to China"), nor "excluding"; or, with none before, one
  after them that says it is the total ("Overall exports rose to A", "Total arrivals: A");
- no figure is a comparison's earlier value, a change, a share, a rate, or one to come; a part
  whose words leave something out ("Excluding processing, exports outside the EU came to D") is a
  part of a part; the periods the words give the whole and the parts agree, and their contexts
  name no two periods.

One side without the other is left to the other rules (a partner's part); a "non-" part of a
trade flow alone ("non-oil exports of B") is offered within the whole for the editor
(:func:`lone_parts`), never drafted: the words do not say the figure nearest it is its whole. A money figure whose clause
names no flow is left alone: "EU" and "non-EU" also split debt, aid and funds, which need not add
up to the figure nearest them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, in_sentence, once, tied
from aktobe_facts.text.draftcounts import measures_alike, stated_level
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.figuretime import is_earlier
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.thisyear import compared

_EU = r"(?:EU|European\s+Union)(?:\s*-?\s*2[78])?"
_OUT_EU = re.compile(
    rf"\b(?:(?i:non)[-\s]?{_EU}|(?i:outside\s+(?:of\s+)?the)\s+{_EU}|(?i:extra)[-\s]?{_EU}|"
    rf"(?i:third\s+countries)|{_EU}\s+(?i:non)[-\s]?(?i:member)|"
    rf"(?i:non)[-\s]?(?i:members?\s+of\s+the)\s+{_EU})",
)
"""The countries outside the European Union."""
_IN_EU = re.compile(
    rf"\b(?:(?i:intra)[-\s]?)?{_EU}\b(?!\s+(?i:candidates?|accession|neighbo\w*|partners?|"
    r"associat\w*|applicants?|aspirants?|hopefuls?)\b)"
)
"""The European Union (read after the words of :data:`_OUT_EU` are taken out)."""
_NON = re.compile(r"\bnon-(?P<word>[a-z]{3,})\b", re.IGNORECASE)
"""Any word's complement written with its hyphen: "non-oil", "non-package", "non-residents"
(never "nonfarm", a word of its own: "nonfarm payrolls" are no farm payrolls' complement)."""
_OTHER_THAN = re.compile(r"\bother\s+than\s+(?:the\s+)?(?P<word>[a-z]{3,})\b", re.IGNORECASE)
"""A word's complement said in words: "exports other than hydrocarbons" beside the hydrocarbons'."""
_PAIRED: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "overnight": (
        re.compile(r"\b(?:overnight|stay-?over)\b", re.IGNORECASE),
        re.compile(r"\b(?:same-day|one-day|day-?trip\w*|excursionists?)\b", re.IGNORECASE),
    ),
    "domestic": (
        re.compile(r"\bdomestic\b", re.IGNORECASE),
        re.compile(r"\b(?:foreign|international|overseas)\b|\bfrom\s+abroad\b", re.IGNORECASE),
    ),
}
"""Two words whose counts split one count in two by definition: visitors who stay the night and
those who leave the same day (the UN Tourism's visitors, tourists and same-day visitors:
unwto.org, "Glossary of tourism terms"); the residents of the country and those from abroad
("domestic" and "foreign" or "international" tourists, passengers). Counts only: money so named
("domestic debt", "foreign aid") need not add up to the figure nearest it."""
_NOT_SCOPES = frozenset({"member", "members", "eu", "european"})
_EXPORTS = re.compile(r"\bexport(?:s|ed|ing|ers?)?\b", re.IGNORECASE)
_IMPORTS = re.compile(r"\bimport(?:s|ed|ing|ers?)?\b", re.IGNORECASE)
_TRADE = re.compile(r"\btrade\b", re.IGNORECASE)
_BREAK = re.compile(
    r";|:(?!\s*$)|\s(?:while|whereas|but|and)\s|\bas\b(?!\s+(?:of|well|much|many|at)\b)|"
    r"(?<!\d),|,(?!\d)",
    re.IGNORECASE,
)
"""Where a part's clause ends: another clause's or list item's words begin ("Exports to the EU
rose to B as imports from the EU fell to C"); a colon right before the figure is a table's label
("Total arrivals: 2,334,159"), no break; nor is a comma between digits, a number's thousands
("from 1,608,892 to 2,463,838")."""
_LEFT_OUT = re.compile(
    r"\b(?:exclud(?:ing|ed|es?)|exclusive\s+of|except|without|net\s+of|minus)\b", re.IGNORECASE
)
_PARTNER = re.compile(
    rf"\b(?i:to|from|with)\s+(?:the\s+)?(?!(?i:{MONTH_NAMES})\b)(?![A-Z]{{1,4}}\W?\s*\d)[A-Z]"
)
"""A trade flow's partner ("exports to China", "to the USA"; never a currency's code or sign
before its figure, "to EUR 5 billion", "to SR133.7 billion"): that partner's flow, no whole of
the flow (a count's "came to Malta" is the destination of all of it)."""
_SIGNED = re.compile(r"[+−-]\s?\d")
"""A figure printed with its sign is a change, no level."""
_TOTAL = re.compile(r"\b(?:total|overall|all|aggregate|combined)\b", re.IGNORECASE)
PARAGRAPHS = 3
"""A whole stands at most this many paragraphs before its parts (a table's lines are paragraphs
of their own); two parts at most this many paragraphs apart."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    found: list[DraftRelation] = []
    for whole, parts in once(article, "complement", _found)[0]:
        if _tied([*drafted, *found], whole, parts):
            continue
        found.append(sum_relation(whole, parts, True, _quote(article, whole, parts)))
    return found, []


def lone_parts(article: Article) -> list[tuple[Placed, Placed]]:
    """Each "non-" part of a trade flow whose bare side no figure of the article states, with
    the whole the rule would give it ("non-oil exports of B" within "Overall exports of A"): a
    suggestion only (:mod:`aktobe_facts.text.suggestcomplement`), for the words do not say that
    the figure nearest it is its whole."""
    return [(whole, parts[0]) for whole, parts in once(article, "complement", _found)[1]]


_Found = list[tuple[Placed, list[Placed]]]


def _found(article: Article) -> tuple[_Found, _Found]:
    """The wholes of pairs of parts (for :func:`relations`) and of lone parts (for
    :func:`lone_parts`): the figures' words and sides read once for both (:func:`once`)."""
    read = {p.figure.id: _read(article, p) for p in article.figures if _candidate(article, p)}
    placed = [p for p in article.figures if p.figure.id in read]
    sides = _sides(placed, read)
    return _wholes(article, read, placed, sides, False), _wholes(article, read, placed, sides, True)


def _wholes(
    article: Article,
    read: dict[str, _Read],
    placed: list[Placed],
    sides: dict[str, tuple[list[Placed], list[Placed]]],
    lone: bool,
) -> _Found:
    found: _Found = []
    for family, (inside, outside) in sides.items():
        pairs = _pairs(article, inside, outside, read)
        paired = {p.figure.id for pair in pairs for p in pair}
        singles = [
            [o]
            for o in outside
            if o.figure.id not in paired and family != "eu" and read[o.figure.id].flow
        ]
        for parts in singles if lone else [list(pair) for pair in pairs]:
            if not lone and _listed_beside(placed, read, parts):
                continue  # "to the EU B, to the EAEU D and to third countries C": not two halves
            if any(_own_partner(read[p.figure.id].clause) for p in parts):
                continue  # "Oil exports to China were B": one partner's part of a side
            if any(_another_scope(read[p.figure.id].clause, family) for p in parts):
                continue  # "non-oil exports to the EU": a part of a part of the oil split
            whole = _whole(article, placed, read, family, parts)
            if whole is None or not _one_kind(family, [whole, *parts], read):
                continue
            if another_owner(
                read[whole.figure.id].sentence, [read[p.figure.id].sentence for p in parts]
            ):
                continue  # "Ruritania's exports reached A. Utopia's exports to the EU were B"
            found.append((whole, parts))
    return found


def _quote(article: Article, whole: Placed, parts: list[Placed]) -> str:
    return " … ".join(
        _clause_text(article, p)
        for p in sorted([whole, *parts], key=lambda p: p.figure.phrase.start)
    )


class _Read:
    """What a figure's words say: its flow, its clause and its sentence."""

    def __init__(self, flow: str, clause: str, sentence: str, head: str = ""):
        self.flow = flow
        self.clause = clause
        self.sentence = sentence
        self.head = head

    def side(self, family: str) -> bool | None:
        """Inside (True), outside (False) or neither (None) of a family's scope: the clause's
        own, else the words from the figure before it ("Same-day visitors, at A, and overnight
        visitors, at B": B's are ", and overnight visitors, at "), else the sentence's one
        side."""
        own = (
            _sides_named(self.clause, family)
            or _sides_named(self.head, family)
            or _sides_named(self.sentence, family)
        )
        return next(iter(own)) if len(own) == 1 else None

    def names(self, family: str) -> bool:
        return bool(_sides_named(self.sentence, family))


_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
"""The letters a pattern read without case takes for "i" and "s" though their lower case is
neither: with them folded so, the lower-case words hold each match of an ASCII word."""


def _sides_named(words: str, family: str) -> set[bool]:
    """The sides of a family the words name: the EU or the countries outside it; a word's bare
    form ("oil") or its "non-" form ("non-oil")."""
    if family == "eu":
        found = {False} if _OUT_EU.search(words) else set()
        if _IN_EU.search(_OUT_EU.sub(" ", words)):
            found.add(True)
        return found
    if family in _PAIRED:
        inside, outside = _PAIRED[family]
        found = {False} if outside.search(words) else set()
        if inside.search(outside.sub(" ", words)):
            found.add(True)
        return found
    if family.isascii() and family not in words.translate(_FOLD).lower():
        return set()  # neither the word nor its "non-" form is there: no pattern below can match
    complements = [*_NON.finditer(words), *_OTHER_THAN.finditer(words)]
    found = {False} if any(m.group("word").lower() == family for m in complements) else set()
    bare = _OTHER_THAN.sub(" ", _NON.sub(" ", words))
    if re.search(rf"\b{re.escape(family)}\b", bare, re.IGNORECASE):
        found.add(True)
    return found


def candidate(article: Article, placed: Placed) -> bool:
    """:func:`_candidate`, for the rules that read parts as this one does, a figure whose words
    leave something out ("all countries excluding the UK") kept: the rule reads those words."""
    return _candidate(article, placed, left_out=False)


def one_period(whole: Placed, parts: list[Placed]) -> bool:
    """:func:`_one_period`, for the rules that read parts as this one does."""
    return _one_period(whole, parts)


def _candidate(article: Article, placed: Placed, *, left_out: bool = True) -> bool:
    """A level of a measure that no words make an earlier, planned or partial figure."""
    if placed.figure.kind not in ("amount", "count"):
        return False  # a change or growth ("fell by €1.1bn"), a share: no level
    if not stated_level(placed.figure) or compared(article.text, placed):
        return False
    own = in_sentence(article, placed.sentence_index)
    if is_earlier(article.text, own, placed.index):
        return False  # "to non-EU countries $3.6 billion a year earlier": last year's part
    if _SIGNED.search(
        article.text, max(0, placed.figure.phrase.start - 2), placed.figure.phrase.start + 1
    ):
        return False  # "employment changed little (+49,000)": a change, no level
    clause = _clause_text(article, placed)
    if not left_out:
        return TO_COME.search(clause) is None
    head = article.text[placed.sentence[0] : placed.figure.phrase.start]
    return TO_COME.search(clause) is None and not _LEFT_OUT.search(f"{head} {clause}")


def _clause(article: Article, placed: Placed) -> tuple[int, int]:
    text = article.text
    start, end = placed.sentence
    phrase = placed.figure.phrase
    head = text[start : phrase.start]
    cuts = [m.end() for m in _BREAK.finditer(head) if not _label_colon(head, m)]
    tail = _BREAK.search(text, phrase.outer_end, end)
    return start + (cuts[-1] if cuts else 0), tail.start() if tail is not None else end


def _label_colon(head: str, match: re.Match[str]) -> bool:
    return match.group(0) == ":" and not head[match.end() :].strip()


def clause_text(article: Article, placed: Placed) -> str:
    """The words of a figure's clause, between the breaks around it (:data:`_BREAK`), for the
    rules that read a count's words as this one does."""
    return _clause_text(article, placed)


def clause_end(article: Article, placed: Placed) -> int:
    """Where a figure's clause ends (:func:`clause_text`)."""
    return _clause(article, placed)[1]


def _clause_text(article: Article, placed: Placed) -> str:
    start, end = _clause(article, placed)
    return " ".join(article.text[start:end].split())


def flow_named(words: str) -> str:
    """The trade flow words name: exports, imports, trade, "mixed" for both, else none."""
    exports, imports = _EXPORTS.search(words), _IMPORTS.search(words)
    if exports and imports:
        return "mixed"
    if exports or imports:
        return "exports" if exports else "imports"
    return "trade" if _TRADE.search(words) else ""


def _read(article: Article, placed: Placed) -> _Read:
    text = article.text
    start, end = _clause(article, placed)
    clause = text[start:end]
    sentence = text[placed.sentence[0] : placed.sentence[1]]
    own = in_sentence(article, placed.sentence_index)
    after = (
        own[placed.index - 1].figure.phrase.outer_end if placed.index > 0 else placed.sentence[0]
    )
    head = text[after : placed.figure.phrase.start]
    return _Read(flow_named(clause) or _flow_of_sentence(sentence), clause, sentence, head)


def _flow_of_sentence(sentence: str) -> str:
    """A clause that names no flow is of its sentence's one flow ("Trade with the EU grew, with
    Slovenia exporting B, while importing C": C's clause names imports; "To the EU, Slovenia
    exported B" names exports in the next clause of the sentence)."""
    flow = flow_named(sentence)
    return flow if flow in ("exports", "imports") else ""


def _sides(
    placed: list[Placed], read: dict[str, _Read]
) -> dict[str, tuple[list[Placed], list[Placed]]]:
    """The figures inside and outside each family's scope, in the article's order: the EU's, and
    each word whose "non-" form a figure's clause names."""
    families = {m.group("word").lower() for r in read.values() for m in _NON.finditer(r.clause)}
    families |= {
        m.group("word").lower() for r in read.values() for m in _OTHER_THAN.finditer(r.sentence)
    }
    families -= _NOT_SCOPES
    if any(r.names("eu") for r in read.values()):
        families.add("eu")
    families |= {
        f for f, (_, out) in _PAIRED.items() if any(out.search(r.sentence) for r in read.values())
    }
    sides: dict[str, tuple[list[Placed], list[Placed]]] = {}
    for family in sorted(families):
        usable = [p for p in placed if read[p.figure.id].flow != "mixed"]
        inside = [p for p in usable if read[p.figure.id].side(family) is True]
        outside = [p for p in usable if read[p.figure.id].side(family) is False]
        sides[family] = (inside, outside)
    return sides


def _pairs(
    article: Article, inside: list[Placed], outside: list[Placed], read: dict[str, _Read]
) -> list[tuple[Placed, Placed]]:
    """Each part inside the scope with the nearest part outside it of the same flow and measure,
    when each is the other's nearest."""

    def partners(one: Placed, others: list[Placed]) -> list[Placed]:
        return sorted(
            (
                o
                for o in others
                if read[o.figure.id].flow == read[one.figure.id].flow
                and _alike(article, one, o)
                and abs(o.paragraph - one.paragraph) <= PARAGRAPHS
            ),
            key=lambda o: abs(o.figure.phrase.start - one.figure.phrase.start),
        )

    pairs: list[tuple[Placed, Placed]] = []
    for one in inside:
        near = partners(one, outside)
        if near and (back := partners(near[0], inside)) and back[0] is one:
            pairs.append((one, near[0]))
    return pairs


def _whole(
    article: Article,
    placed: list[Placed],
    read: dict[str, _Read],
    family: str,
    parts: list[Placed],
) -> Placed | None:
    flows = {read[p.figure.id].flow for p in parts}
    if len(flows) != 1:
        return None
    flow = next(iter(flows))
    if not flow and any(p.figure.kind != "count" for p in parts):
        return None  # a money figure of no flow: "non-EU debt", "EU funds"
    if family in _PAIRED and any(p.figure.kind != "count" for p in parts):
        return None  # "domestic debt" and "foreign debt": money, no count split by definition
    first, last = parts[0], parts[-1]
    # a whole is looked for within PARAGRAPHS before the first part or after the last (its
    # sentence's figures with it): the figures outside those paragraphs are never read
    lo = min(first.paragraph, last.paragraph) - PARAGRAPHS
    hi = max(first.paragraph, last.paragraph) + PARAGRAPHS
    candidates = [
        p
        for p in placed
        if lo <= p.paragraph <= hi
        and p not in parts
        and read[p.figure.id].flow == flow
        and not _scoped(read[p.figure.id].sentence)
        and not (family in _PAIRED and _sides_named(read[p.figure.id].sentence, family))
        and not (flow and _PARTNER.search(_clause_text(article, p)))
        and all(_alike(article, p, q) for q in parts)
    ]
    before = [
        p
        for p in candidates
        if p.figure.phrase.start < first.figure.phrase.start
        and first.paragraph - p.paragraph <= PARAGRAPHS
    ]
    after = [
        p
        for p in candidates
        if p.figure.phrase.start > last.figure.phrase.start
        and p.paragraph - last.paragraph <= PARAGRAPHS
        and _TOTAL.search(_clause_text(article, p))
    ]
    whole = before[-1] if before else after[0] if after else None
    if whole is None or not _one_period(whole, parts) or not one_context(article, whole, *parts):
        return None
    if any(c is not whole and c.sentence_index == whole.sentence_index for c in candidates):
        return None  # "Uzbekistan's exports reached A and Kazakhstan's C": whose is open
    if any(p.figure.phrase.stated.value > whole.figure.phrase.stated.value for p in parts):
        return None  # the nearest figure is smaller than a part: another whole, not theirs
    return whole


def _listed_beside(placed: list[Placed], read: dict[str, _Read], parts: list[Placed]) -> bool:
    """Another level of the parts' flow and measure stands in a part's sentence: a list of more
    than the two sides ("Exports to the EU were B, exports to the EAEU D and exports to third
    countries C": third countries are those outside a bloc the article names, the EAEU's or the
    EU's), whose two named sides need not make the whole."""
    flow = read[parts[0].figure.id].flow
    sentences = {p.sentence_index for p in parts}
    return any(
        p not in parts
        and p.sentence_index in sentences
        and read[p.figure.id].flow == flow
        and all(measures_alike(p, q) for q in parts)
        for p in placed
    )


def _own_partner(clause: str) -> bool:
    """The part's clause names a partner of its own beside its side after "to" or "from" ("Oil
    exports to China"; never "with Ruritania exporting", the subject): that partner's part."""
    words = _IN_EU.sub(" ", _OUT_EU.sub(" ", clause))
    for m in _PARTNER.finditer(words):
        name = re.match(r"[\w-]+", words[m.end() - 1 :])
        scope = name is not None and name.group(0).lower() in _SCOPE_NOUNS
        if m.group(0).lower().startswith(("to", "from")) and not scope:
            return True
    return False


_SCOPE_NOUNS = frozenset({"member", "members", "states", "countries", "nations"})
"""Words after a scope's name that name no partner ("to EU Member States")."""


_KIND_BEFORE = lazy(
    r"\b(?P<kind>[a-z][\w-]*)\s+(?:exports?|imports?|trade|shipments|sales)\b", re.IGNORECASE
)
_KIND_AFTER = re.compile(
    r"\b(?:exports?|imports?|trade|shipments|sales)\s+of\s+(?P<kind>[a-z][\w-]*)\b", re.IGNORECASE
)
_NO_KIND = frozenset(
    re.findall(
        r"\w+",
        "the its their our his her total overall all aggregate combined foreign external annual "
        "monthly country's nation's whose and or of in to from with by which that this these goods "
        "merchandise while whereas but as also meanwhile "
        "non eu european union intra extra member members third",
    )
)
"""Words before or after a flow's noun that name no kind of it (and the scopes' own words)."""


_RE_FLOW = re.compile(r"\bre-?(?:export|import)", re.IGNORECASE)
"""Re-exports and re-imports: a kind of the flow (the goods passing through), never all of it."""


def _kinds(clause: str, family: str) -> set[str] | None:
    """The kinds of the flow a figure's clause names ("Fuel exports", "exports of services"),
    the family's own words aside ("oil exports" and "non-oil exports" name the scope); None where
    the clause names no flow's noun (a part said after its sibling's: "and to non-EU countries
    C")."""
    if not (_EXPORTS.search(clause) or _IMPORTS.search(clause) or _TRADE.search(clause)):
        return None
    found = set(m.group(0).lower() for m in _RE_FLOW.finditer(clause))
    for pattern in (_KIND_BEFORE, _KIND_AFTER):
        for m in pattern.finditer(clause):
            word = m.group("kind").lower()
            bare = word.removeprefix("non-")
            if word not in _NO_KIND and bare != family and not word.startswith("non-"):
                found.add(word)
    return found


def kinds_named(clause: str) -> set[str] | None:
    """The kinds of a flow the words name ("Fuel exports", "exports of services"), None where
    they name no flow's noun."""
    return _kinds(clause, "")


def partners_named(words: str) -> list[str]:
    """The partners the words name after "to", "from" or "with" ("exports to China": china)."""
    found = []
    for m in _PARTNER.finditer(words):
        name = re.match(r"[\w-]+", words[m.end() - 1 :])
        if name is not None and name.group(0).lower() not in _SCOPE_NOUNS:
            found.append(name.group(0).lower())
    return found


def _another_scope(clause: str, family: str) -> bool:
    """The part's clause names a side of another split than its pair's ("non-oil exports to the
    EU" beside "Oil exports", under all exports): the part of one side of each, no half of the
    whole."""
    if family != "eu" and _sides_named(clause, "eu"):
        return True
    complements = [*_NON.finditer(clause), *_OTHER_THAN.finditer(clause)]
    others = {m.group("word").lower() for m in complements} - _NOT_SCOPES - {family}
    return bool(others)


_POSSESSOR = lazy(
    r"\b([A-Z][\w-]+)['’]s?(?=\s)|\b(?i:exports|imports|trade|turnover)\s+of\s+(?:the\s+)?"
    r"(?!(?i:goods|services)\b)([A-Z][A-Za-z-]+)\b(?![$€£¥]|\s*\d)"
)
"""A name in its possessive form ("Utopia's exports"), or after a flow's "of" ("exports of
Utopia"); never a money sign before an amount ("exports of US$9 billion", "of RM9 billion", "of
Rs 3,000 crore"), which names no owner."""


def another_owner(whole: str, parts: list[str]) -> bool:
    """The whole's sentence names its owner in the possessive form and a part's words another
    ("Ruritania's exports reached A. Utopia's exports to the EU were B, and its exports to
    non-EU countries C"): another owner's halves. A whole that names none is left to the words
    around it ("Oman's non-oil exports ... Overall merchandise exports ...")."""
    owners = {m.group(1) or m.group(2) for m in _POSSESSOR.finditer(whole)}
    return bool(owners) and any(
        (m.group(1) or m.group(2)) not in owners
        for part in parts
        for m in _POSSESSOR.finditer(part)
    )


def _one_kind(family: str, figures: list[Placed], read: dict[str, _Read]) -> bool:
    """The whole and its parts name one kind of the flow where they name any ("Exports of goods
    were A ... exports of services to the EU B": services are no part of goods; "Exports were
    A. Fuel exports to the EU were B and exports to non-EU countries C": fuel is only a part of
    the EU's side)."""
    if family in _PAIRED:
        qualifiers = {_qualifier(read[p.figure.id].clause, family) for p in figures[1:]}
        return len(qualifiers) == 1
    kinds = [_kinds(read[p.figure.id].clause, family) for p in figures]
    said = [k for k in kinds if k is not None]
    return all(k == said[0] for k in said)


_COUNTED = (
    r"(?:visitors?|tourists?|arrivals?|passengers?|travell?ers?|guests?|excursionists?|visits?|"
    r"trips?|nights?|day-?trippers?)"
)
_SIDE_WORDS = lazy(
    rf"(?P<side>\b(?:overnight|stay-?over|same-day|one-day|domestic|foreign|international|"
    rf"overseas))(?P<between>(?:\s+[a-z][a-z-]*){{0,2}}?)\s+{_COUNTED}\b",
    re.IGNORECASE,
)


def _qualifier(clause: str, family: str) -> str:
    """The words between a part's side and the noun it counts ("international cruise
    passengers": cruise): the two sides of one count qualify it alike, and a part of a narrower
    count ("Domestic passengers numbered A, while international cruise passengers reached B")
    is no half of the whole."""
    m = _SIDE_WORDS.search(clause)
    return "" if m is None else " ".join(m.group("between").lower().split())


def _scoped(sentence: str) -> bool:
    """The sentence names a side of some scope: its figures are parts, no whole."""
    return bool(_OUT_EU.search(sentence) or _IN_EU.search(sentence) or _NON.search(sentence))


def _alike(article: Article, a: Placed, b: Placed) -> bool:
    """Two levels of one unit, or two counts of one thing, a count's noun read on its own line
    only (a table's "Total arrivals: 2,334,159" takes no noun from the label of the next line)."""
    return measures_alike(_own_line(article, a), _own_line(article, b))


def _own_line(article: Article, placed: Placed) -> Placed:
    figure = placed.figure
    if figure.noun is None:
        return placed
    rest = article.text[figure.phrase.outer_end :].lstrip(" \t")
    if rest.lower().startswith(figure.noun.lower()):
        return placed
    return msgspec.structs.replace(placed, figure=msgspec.structs.replace(figure, noun=None))


def _one_period(whole: Placed, parts: list[Placed]) -> bool:
    """The periods the words give the parts are the whole's, where both are named."""
    mine = period_span(whole.figure.period)
    return all(
        mine is None or (theirs := period_span(p.figure.period)) is None or theirs == mine
        for p in parts
    )


def _tied(drafted: Sequence[DraftRelation], whole: Placed, parts: list[Placed]) -> bool:
    """A sum of the same figures is drafted already."""
    ids = {whole.figure.id, *(p.figure.id for p in parts)}
    return any(r.kind == "sum" and ids <= set(tied(r)) for r in drafted)
