"""Tie a claims file to its article: where each quote is, and which claim covers each number.

:func:`placement` computes this once per document (the provenance and coverage checks and
:func:`aktobe_facts.text.marks.article_view` share it). A claim is placed at the first place its quote occurs; an
``[[ignore]]`` entry covers its passage everywhere it occurs. A numeral of the article is covered
by a claim when the claim's quote overlaps it, else ignored when an ignore passage overlaps it,
else uncovered.
"""

from __future__ import annotations

from msgspec import Struct

from aktobe_facts.claims.model import ClaimsFile, Ignore
from aktobe_facts.text.article import Article
from aktobe_facts.text.quotes import Folded, Lines, Near, Place, normalise
from aktobe_facts.text.textnums import Span, numerals

_CACHE_KEY = "placement"

Span_ = tuple[int, int]
"""Where a passage is: its start and end offsets in the article."""

MAX_IGNORED_PLACES = 1_000_000
"""Places of ``[[ignore]]`` passages considered in one article (each distinct passage is found
once, however many entries quote it): as many as one passage of two characters can have in an
article at the size limit. Past this many, the numbers in further places count as uncovered, and
the coverage check says so: 100 entries of a one-character passage, each found half a million
times in a megabyte, took 200 s and 3.7 GB."""

MAX_NEAREST = 200
"""Quotes not found whose closest passage is looked for; past this many, each missing quote is
still an error, without the search (up to tens of milliseconds each in a long article)."""


class Numeral(Struct, frozen=True):
    """A number of the article and what accounts for it."""

    span: Span
    place: Place
    claims: tuple[str, ...] = ()  # the claims whose quote overlaps it
    ignored: Ignore | None = None  # else the ignore entry whose passage overlaps it

    @property
    def status(self) -> str:
        """``claim``, ``ignored`` or ``uncovered`` (the kinds of :class:`~result.Mark`)."""
        if self.claims:
            return "claim"
        return "ignored" if self.ignored is not None else "uncovered"


class Placement(Struct, frozen=True):
    article: Article
    lines: Lines
    quotes: dict[str, Place]  # claim id: where its quote is (the first place)
    repeats: dict[str, int]  # claim id: how often its quote occurs, when more than once
    missing: dict[str, Near | None]  # claim id: the nearest passage, for quotes not found
    ignores: tuple[tuple[Ignore, tuple[Span_, ...]], ...]  # each with its passage's places
    numerals: tuple[Numeral, ...]
    unsearched: frozenset[str] = (
        frozenset()
    )  # missing quotes past MAX_NEAREST: no nearest looked for
    capped: tuple[Ignore, ...] = ()
    """Ignore entries whose places were cut at :data:`MAX_IGNORED_PLACES` (or not looked for)."""

    def excerpt(self, start: int, end: int, width: int = 40) -> str:
        """The text around ``[start, end)`` on one line, cut at ``width`` characters each side."""
        text = self.article.text
        left = max(0, start - width)
        right = min(len(text), end + width)
        body = " ".join(text[left:right].split())
        return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


def placement(doc: ClaimsFile) -> Placement | None:
    """Where the claims and ignore entries of ``doc`` are in its article; ``None`` without one."""
    article = doc.article_file
    if article is None:
        return None
    cached = doc.cache.get(_CACHE_KEY)
    if isinstance(cached, Placement):
        return cached
    result = _place(doc, article)
    doc.cache[_CACHE_KEY] = result
    return result


def _place(doc: ClaimsFile, article: Article) -> Placement:
    folded = Folded(article.text)
    lines = Lines(article.text)
    quotes: dict[str, Place] = {}
    repeats: dict[str, int] = {}
    missing: dict[str, Near | None] = {}
    unsearched: set[str] = set()
    located: dict[str, tuple[tuple[int, int] | None, int]] = {}  # by quote: each found once
    for claim in doc.claims:
        first, count = located.get(claim.quote) or located.setdefault(
            claim.quote, folded.find_first(claim.quote)
        )
        if first is not None:
            quotes[claim.id] = lines.place(*first)
            if count > 1:
                repeats[claim.id] = count
            continue
        missing[claim.id] = None
        if len(missing) > MAX_NEAREST:
            unsearched.add(claim.id)
            continue
        near = folded.nearest(claim.quote)
        if near is not None:
            start, end, ratio = near
            missing[claim.id] = Near(lines.place(start, end), article.text[start:end], ratio)
    ignores, capped = _ignored(doc.ignores, folded)
    return Placement(
        article,
        lines,
        quotes,
        repeats,
        missing,
        ignores,
        tuple(_account(numerals(article.text), quotes, ignores, lines)),
        frozenset(unsearched),
        capped,
    )


def _ignored(
    entries: tuple[Ignore, ...], folded: Folded
) -> tuple[tuple[tuple[Ignore, tuple[Span_, ...]], ...], tuple[Ignore, ...]]:
    """Each ignore entry with the places of its passage (offsets into the article), and the
    entries whose places were cut.

    A passage is found once, however many entries quote it (they share its places), and at most
    :data:`MAX_IGNORED_PLACES` places are taken in all.
    """
    budget = MAX_IGNORED_PLACES
    by_passage: dict[str, tuple[Span_, ...]] = {}
    capped: list[Ignore] = []
    cut: set[str] = set()
    result = []
    for entry in entries:
        key = normalise(entry.quote).strip()
        places = by_passage.get(key)
        if places is None:
            found = folded.find_all(entry.quote, limit=budget + 1)
            if len(found) > budget:
                found = found[:budget]
                cut.add(key)
            budget -= len(found)
            places = by_passage[key] = tuple(found)
        if key in cut:
            capped.append(entry)
        result.append((entry, places))
    return tuple(result), tuple(capped)


def _account(
    spans: list[Span],
    quotes: dict[str, Place],
    ignores: tuple[tuple[Ignore, tuple[Span_, ...]], ...],
    lines: Lines,
) -> list[Numeral]:
    """Each numeral with the claims (else the ignore entry) that cover it, in one sweep."""
    covering = sorted((p.start, p.end, claim_id) for claim_id, p in quotes.items())
    first: dict[int, int] = {}  # the places of a passage: the first entry that quotes it
    for k, (_, places) in enumerate(ignores):
        first.setdefault(id(places), k)
    passages = sorted(
        (start, end, k)
        for k, (_, places) in enumerate(ignores)
        if first[id(places)] == k
        for start, end in places
    )
    result: list[Numeral] = []
    claims_open: list[tuple[int, int, str]] = []
    ignores_open: list[tuple[int, int, int]] = []
    next_claim = next_ignore = 0
    for span in spans:  # in text order
        while next_claim < len(covering) and covering[next_claim][0] < span.end:
            claims_open.append(covering[next_claim])
            next_claim += 1
        while next_ignore < len(passages) and passages[next_ignore][0] < span.end:
            ignores_open.append(passages[next_ignore])
            next_ignore += 1
        claims_open = [c for c in claims_open if c[1] > span.start]
        ignores_open = [i for i in ignores_open if i[1] > span.start]
        claim_ids = tuple(sorted({c[2] for c in claims_open}))
        ignored = ignores[ignores_open[0][2]][0] if ignores_open and not claim_ids else None
        place = lines.place(span.start, span.end)
        result.append(Numeral(span, place, claim_ids, ignored))
    return result


def where(doc: ClaimsFile, claim_id: str) -> Place | None:
    """Where the quote of a claim is in the article (``None``: no article, or not found)."""
    found = placement(doc)
    return found.quotes.get(claim_id) if found is not None else None
