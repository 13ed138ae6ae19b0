"""The whole of a list of shares that names none, read by the structure of the article
(``kind = "share"``): "Taiwan's exports rose to US$29 billion in August. ... Its top three export
markets were China, accounting for 40.9 percent or US$11.85 billion; ASEAN, 16.4 percent or
US$4.77 billion; and the U.S., 14.1 percent or US$4 billion." Each percent is its amount's share of
the US$29 billion the article gave before for what the list divides.

Two or more share pairs of one sentence (:func:`aktobe_facts.text.draftshares.share_pairs`) that no
drafted share ties and that name no whole of their own (no words after "of": a share of GDP, of
the world's output or of a plan is never read here) take as their whole the one level stated
before the list, in the article's sentences before it or its own words before its first pair,
that is (each guard named by its reason, :func:`refusal`):

- of the parts' measure: their currency, or a count of their thing ("3.4 million units" counts
  any thing; "measure");
- no figure to come or planned ("forecast", "expected", "target": ``"to come"``), no comparison's
  other figure ("compares with the 3.3 million of 2010", "against", "a year earlier":
  ``"compared"``), no part of a share and no member of a ranking (``"part"``), and of the list's
  period where the words name both (``"period"``);
- of the flow the list's sentence names where both name one ("exports" before a list of import
  suppliers: ``"another flow"``);
- named by a word the list's sentence names too, a noun of the thing divided ("exports" and
  "export markets", "vehicle sales" and "selling 754,276 vehicles"; names of places, months and
  words of time, ranking or sharing aside: ``"unrelated"``);
- not below the largest part (a whole holds each of its parts: ``"smaller"``).

Where no level or more than one is left, nothing is drafted (the shares of one unstated whole
stay as they were). A same-whole drafted for the list is replaced by its shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftcounts import count_level, one_measure, stated_level
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_percent,
    quote,
    singular,
)
from aktobe_facts.text.draftroles import place_words
from aktobe_facts.text.draftsharenamed import replaced
from aktobe_facts.text.draftshares import Pair, share_pairs
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_start

MIN_PAIRS = 2
"""A list: two pairs or more (one pair alone is left to the rules of its own words)."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The drafted relations with the shares of lists whose whole the article states before."""
    shared = {r.fields.get("share") for r in drafted if r.kind == "share"}
    parted = {r.fields.get("part") for r in drafted if r.kind == "share"}
    found: list[DraftRelation] = []
    placed: set[str] = set()
    for k, sentence in enumerate(sentences):
        pairs = share_pairs(text, sentence)
        if len(pairs) < MIN_PAIRS or any(p.named for p in pairs):
            continue
        if any(p.share.id in shared or p.part.id in parted for p in pairs):
            continue
        whole = list_whole(text, sentences, k, pairs)
        if whole is None:
            continue
        for pair in pairs:
            fields: dict[str, str | list[str]] = {
                "share": pair.share.id,
                "part": pair.part.id,
                "whole": whole.id,
            }
            found.append(DraftRelation("", "share", fields, quote(text, pair.part, pair.share)))
            placed.add(pair.part.id)
    kept = [r for r in drafted if not replaced(r, placed)]
    return kept + found


def list_whole(
    text: str, sentences: Sequence[Sentence], k: int, pairs: Sequence[Pair]
) -> Figure | None:
    """The one level before the list of ``pairs`` (in sentence ``k``) that :func:`refusal` leaves."""
    first = min(min(p.part.phrase.start, p.share.phrase.start) for p in pairs)
    listed = _nouns(_bare(text, sentences[k], *sentences[k].span))
    candidates = [
        (s, f)
        for s in sentences[: k + 1]
        for f in s.figures
        if f.phrase.outer_end <= first and all(f is not p.part for p in pairs)
    ]
    flows = _flows(_bare(text, sentences[k], *sentences[k].span))
    lead = text[sentences[k].span[0] : first]
    if _EARLIER_LEAD.search(lead):
        return None  # "A year earlier, its top three export markets were ...": another time's
    left = [
        f
        for s, f in candidates
        if refusal(text, s, f, pairs, listed, flows) is None
        and other_scope(text, s, f, lead) is None
    ]
    if len(left) != 1 or _other_level_after(text, sentences, k, pairs, left[0]):
        return None
    return left[0]


def _other_level_after(
    text: str, sentences: Sequence[Sentence], k: int, pairs: Sequence[Pair], whole: Figure
) -> bool:
    """Another level the article states after the list that :func:`refusal` would leave too, of
    another value than ``whole``: two levels of what the list divides, one before it and one
    after ("exports of $6.5 billion, gold aside" ... the list ... "exports reached $10.8
    billion"), and the words do not say which the list is of."""
    end = max(max(p.part.phrase.outer_end, p.share.phrase.outer_end) for p in pairs)
    lead = text[
        sentences[k].span[0] : min(min(p.part.phrase.start, p.share.phrase.start) for p in pairs)
    ]
    listed = _nouns(_bare(text, sentences[k], *sentences[k].span))
    flows = _flows(_bare(text, sentences[k], *sentences[k].span))
    mine = whole.phrase.stated
    for s in sentences[k:]:
        for f in s.figures:
            if f.phrase.start < end or any(f is p.part for p in pairs):
                continue
            theirs = f.phrase.stated
            if (theirs.value, theirs.unit) == (mine.value, mine.unit):
                continue  # the whole given again
            if refusal(text, s, f, pairs, listed, flows) is None and (
                other_scope(text, s, f, lead) is None
            ):
                return True
    return False


_EARLIER_LEAD = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|"
    r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter))\b",
    re.IGNORECASE,
)
"""Words of an earlier time before a list's first pair: the list is of that time, not the level's
("last year" may be the level's own year, in an article of the year after: never read here)."""
_OWNER = re.compile(r"\b((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*)['’]s\b")
"""A named owner: "Taiwan's", "South Korea's"."""
_PLACE_IN = re.compile(
    r"\b(?:in|within|across|for)\s+(?:the\s+)?((?-i:[A-Z])[\w-]+)", re.IGNORECASE
)
"""A place a list's words confine it to: "its best-selling brand in Europe"."""
_MONTH = re.compile(rf"{MONTH_NAMES}\.?", re.IGNORECASE)
_KIND_OF_FLOW = lazy(
    r"\b(?:(?:exports?|imports?|sales|revenues?|output|production|shipments)\s+of\s+"
    r"(?P<after>[a-z][\w-]+)|(?P<before>[a-z][\w-]+)\s+(?:exports?|imports?|shipments))\b",
    re.IGNORECASE,
)
"""A flow's kind in a whole's words: "exports of electronics", "rice exports"."""
_ANY_KIND = frozenset(
    re.findall(
        r"\w+",
        "the its their total overall annual monthly foreign external goods merchandise all "
        "country's nation's national combined aggregate gross net",
    )
)
"""Words before or after a flow's noun that name no kind of it."""


def other_scope(text: str, sentence: Sentence, whole: Figure, lead: str) -> str | None:
    """Why the list whose words before its first pair are ``lead`` divides another thing than the
    level ``whole`` (of ``sentence``): another named owner ("Taiwan's exports rose to W ...
    South Korea's top three export markets were ..."), a place the list is confined to that the
    whole's sentence does not name ("The group sold W vehicles. Its best-selling brand in Europe
    was ..."), or a kind of the flow the whole's words name and the list's do not ("Exports of
    electronics rose to W. Its top three export markets were ..."); None where neither."""
    own = text[sentence.span[0] : sentence.span[1]]
    theirs, mine = set(_OWNER.findall(lead)), set(_OWNER.findall(own))
    if theirs and mine and not theirs & mine:
        return "another owner"
    for place in _PLACE_IN.findall(lead):
        if not _MONTH.fullmatch(place) and place not in own:
            return "narrower"
    head = text[sentence.span[0] : whole.phrase.start]
    listed = _nouns(lead)
    for kind in _KIND_OF_FLOW.finditer(head):
        word = (kind.group("after") or kind.group("before")).lower()
        said = re.search(rf"\b{re.escape(singular(word))}", lead, re.IGNORECASE) is not None
        named = said or (bool(_nouns(word)) and _nouns(word) <= listed)
        if word not in _ANY_KIND and not named:
            return "narrower"
    return None


def refusal(
    text: str,
    sentence: Sentence,
    whole: Figure,
    pairs: Sequence[Pair],
    listed: set[str],
    listed_flows: set[str],
) -> str | None:
    """Why ``whole`` (of ``sentence``) is not the whole of the list of ``pairs``, or None."""
    part = pairs[0].part
    if not stated_level(whole) or not all(_alike(whole, p.part) for p in pairs):
        return "measure"
    clause = text[clause_start(text, sentence.span[0], whole.phrase.start) : whole.phrase.start]
    if _TO_COME.search(clause):
        return "to come"
    near = text[max(sentence.span[0], whole.phrase.start - 40) : whole.phrase.start]
    after = text[whole.phrase.outer_end : whole.phrase.outer_end + 30]
    if _COMPARED_BEFORE.search(near) or _EARLIER_AFTER.match(after):
        return "compared"
    if any(whole is p.part for p in share_pairs(text, sentence)) or _RANKED.search(clause):
        return "part"
    if _or_share_after(text, sentence, whole):
        return "part"  # "2.87 million trips made to Taiwan, or 35.8 percent of the 8.02 million"
    periods = {p.part.period for p in pairs if p.part.period is not None}
    if whole.period is not None and periods and not all(_same(whole.period, p) for p in periods):
        return "period"
    own = _bare(
        text, sentence, sentence.span[0], min(sentence.span[1], whole.phrase.outer_end + 40)
    )
    theirs = _flows(_bare(text, sentence, *sentence.span))
    if theirs and listed_flows and not theirs & listed_flows:
        return "another flow"
    if not listed & _nouns(own):
        return "unrelated"
    if any(whole.phrase.stated.value < p.part.phrase.stated.value for p in pairs):
        return "smaller"
    return None if part is not whole else "part"


def _or_share_after(text: str, sentence: Sentence, figure: Figure) -> bool:
    """The figure's next figure is a percent joined to it by "or" after its own words (", or
    35.8 percent of the 8.02 million visitors"): the figure is that share's part, whatever words
    stand between."""
    after = [f for f in sentence.figures if f.phrase.start >= figure.phrase.outer_end]
    if not after or not is_percent(after[0]):
        return False
    return _OR.fullmatch(text, figure.phrase.outer_end, after[0].phrase.start) is not None


_OR = re.compile(r"[^.;:()\d]{0,60},\s*or\s+(?:about\s+|some\s+|nearly\s+)?")


def _alike(whole: Figure, part: Figure) -> bool:
    """One measure; a count "in units" counts whatever the parts count ("3.4 million units" and
    "754,276 vehicles")."""
    if one_measure(whole, part):
        return True
    return count_level(whole) and count_level(part) and whole.noun in _ANY_THING


_ANY_THING = frozenset({"units", "unit"})


def _same(a: str, b: str) -> bool:
    return a == b or (period_span(a) is not None and period_span(a) == period_span(b))


def _bare(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The words of ``text[start:end]`` with the sentence's figures blanked out (their units and
    scales name no thing: "million euros" in a list and in a total of another flow)."""
    chars = list(text[start:end])
    for f in sentence.figures:
        for i in range(max(f.phrase.start, start), min(f.phrase.outer_end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _flows(words: str) -> set[str]:
    """The flows a stretch of words names (exports, imports, revenue, spending, ...)."""
    return {singular(m.group(0).lower()) for m in _FLOW_NOUN.finditer(words)}


_FLOW_NOUN = re.compile(
    r"\b(?:exports?|imports?|revenues?|receipts|spending|expenditures?|turnover|investments?|"
    r"remittances|earnings|arrivals|deficits?|surplus)\b",
    re.IGNORECASE,
)


def _nouns(words: str) -> set[str]:
    """The stems (first five letters, singular) of the words that may name what a list divides:
    no names of places or people (capitalised words, but a common noun opening the sentence:
    "Tractor sales rose"), no scale or unit words, no words of time, ranking, change or sharing."""
    found = set()
    opening = _OPENING.match(words)
    if opening is not None and opening.group(1).lower() not in place_words():
        words = opening.group(1).lower() + words[opening.end(1) :]
    for word in re.findall(r"(?<![\w'’-])[a-z][a-z-]{3,}", words):
        stem = singular(word.split("-")[-1])[:5]
        if word not in _NOT_THING and stem not in _NOT_STEM and len(stem) >= 4:
            found.add(stem)
    return found


_OPENING = re.compile(r"\W*([A-Z][a-z]+)\b(?!['’])")
"""The sentence's first word, when no possessive ("Taiwan's" names a place)."""


_NOT_THING = frozenset(
    re.findall(
        r"\w+",
        "with from that this those these their which while after before about over under into "
        "year years month months quarter period last first second third fourth fifth next "
        "previous same total overall whole share shares percent accounting accounted followed "
        "largest biggest leading top main place places came record said says reported were "
        "also kept still only some each other more less than rose fell increased decreased "
        "billion billions million millions thousand thousands trillion dollars dollar tonnes "
        "tons units unit according paper alone",
    )
)
_NOT_STEM = frozenset({"perce", "accou", "follo", "total", "share", "large", "bigge", "place"})
_TO_COME = re.compile(
    r"\b(?:forecasts?|forecast|expects?|expected|projected|projects?|planned|plans?|targets?|"
    r"budgeted|estimated\s+to|will|would|could|may)\b",
    re.IGNORECASE,
)
"""A figure to come is no whole of shares reported ("forecast a five percent hike")."""
_COMPARED_BEFORE = re.compile(
    r"\b(?:compar\w*|against|versus|than|from|up\s+from|down\s+from|previous|prior|"
    r"a\s+year\s+(?:earlier|ago|before))\b[^.;:\d]*$",
    re.IGNORECASE,
)
"""A comparison's other figure: "compares with the 3.3 million total recorded in 2010"."""
_EARLIER_AFTER = re.compile(
    r"\s*(?:in\s+the\s+same\s+(?:period|month|quarter)|a\s+year\s+(?:earlier|ago|before))",
    re.IGNORECASE,
)
_RANKED = re.compile(
    r"\b(?:followed|came\s+(?:first|second|third|fourth|fifth|next|last)|ranked|"
    r"next\s+(?:came|was|were))\b",
    re.IGNORECASE,
)
