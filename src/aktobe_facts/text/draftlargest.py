"""Lists the words rank, worded freely, for a draft (``kind = "order"``): each figure is not below
any after it.

- "the largest investment came from A (X) and B (Y)", "... came from A (X) and B (Y), followed by
  C (Z)": a list of names, each with its figure in parentheses, after a superlative ("largest",
  "biggest", "best", "top", "leading", "the most") and a verb that names the list ("came
  from", "went to", "were", "was recorded in", or the names right after "were" or "are": "the
  biggest buyers were Italy ($348.2 million), Bosnia ($247.9 million) and Germany ($211.7
  million)"; "most of the investment came from" and "the main sources were" rank nothing);
- "A was the largest source, at X, followed by B at Y", "A were the most frequent visitors, with X,
  followed by Y Jordanian expatriates and Z Arabs", "Fiat was the best-selling brand, selling X
  (22 percent), followed by Volkswagen with Y (20.4 percent)": a figure after a word of first
  place earlier in the sentence, then "followed by" and the list, each figure after its name and
  "at", "with" or "on" or before its own words, a member's share in parentheses beside it;
- "New Zealand led with a growth of X followed by Australia on Y and Canada on Z", "Germans added
  most in May, with an increase of X followed by Austria on Y" (twenty-fourth session): "led with"
  is a word of first place, and the first member may be a rise of a count ("an increase of X",
  "growth of X"), which the bare counts after it follow (never a fall, whose list runs the words do
  not say which way, nor a rise of money against counts).

The figures are levels of one unit or counts (the ranking words compare what they count), in one
sentence, none negative, a change (but the first's rise above) or a range; the list ends at the
first figure that is none of those or whose words between are not a name and "and" or a comma. A
pair a rule before ranked (:mod:`aktobe_facts.text.draftranked`) is left alone. "The largest since
2015" ("the highest monthly rise since 2015": "since" within three words of the superlative) ranks
nothing the article states; "the most visitors in the calendar year since January" names a span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftfigures import DraftRelation, Figure, is_percent
from aktobe_facts.text.draftorder import comparable, order
from aktobe_facts.text.draftranked import BY_CHANGE
from aktobe_facts.text.draftwords import PAST_VERB
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_end

_SUPERLATIVE = r"\b(?:largest|biggest|highest|greatest|best|top|leading|most(?!\s+of\b))\b"
"""A word that ranks: "the largest", "the most frequent" (never "most of", nor "main")."""
_FIRST = rf"(?:{_SUPERLATIVE}|\bmain\b)"
"""A word of first place before a figure that "followed by" ranks the others after."""
_NAMES_LIST = re.compile(
    rf"{_SUPERLATIVE}[^.;()]{{0,80}}?\b(?:(?:came|come|comes|were|was|went|are|is)"
    r"(?:\s+(?:recorded|registered|made|seen))?\s+(?:from|to|in|by)|were|are)\s*:?\s+"
    r"(?:the\s+)?[A-Za-z][^,;.()\d]{0,40}?\s*\($",
    re.IGNORECASE,
)
"""From the word of first place to the first figure: "the largest ... came from Israel (", "the
biggest buyers were Italy (" (the names right after "were" or "are")."""
_NEXT_NAME = lazy(
    r"^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s*followed\s+by\s+)(?:the\s+)?[A-Za-z][^,;.()\d]"
    r"{0,40}?\s*\($",
    re.IGNORECASE,
)
"""Between two figures of the list in parentheses: ") and the Netherlands (", "), followed by
the east ("."""
_FIRST_BEFORE = re.compile(
    rf"(?:{_FIRST}(?:[^.;()]{{0,120}}?,\s*(?:at|with|[a-z]+ing)|(?:\s+[a-z-]+){{1,3}}\s*,)|"
    r"\bled\s+with)\s*$",
    re.IGNORECASE,
)
"""Before the first figure of "A was the largest source, at X", "Fiat was the best-selling brand,
selling X", "A accounted for the largest share, X" (the figure in apposition to the superlative's
noun)."""
_SHARE_AFTER = re.compile(r"\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)\s*\)", re.IGNORECASE)
"""A member's share in parentheses right after it ("754,276 vehicles (22 percent), followed by"):
no member, and no words between two members."""
_FOLLOWED = lazy(
    r"^(?:\s+[a-z][^,;.()\d]{0,40}?)?\s*,?\s*followed\s+by\s+(?:(?:the\s+)?[A-Za-z][^,;.()\d]"
    r"{0,40}?\s+(?:at|with|on)\s+)?$",
    re.IGNORECASE,
)
"""From the first figure to the second: ", followed by the south at", " coming ..., followed by"."""
_AND_NEXT = lazy(
    r"^(?:\s+[A-Za-z][^,;.()\d]{0,40}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?[A-Za-z]"
    r"[^,;.()\d]{0,40}?,?\s+(?:at|with|on)\s+)?$",
    re.IGNORECASE,
)
"""Between two figures of the list after "followed by": " and the east at", " Jordanian
expatriates and "."""
_VERB = re.compile(
    rf"\b(?<!-)(?:{PAST_VERB}|was|were|is|are|has|have|had|will|while|whereas)\b", re.I
)
"""Between two members: another clause (never a compound's participle, "the US-based maker")."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    ranked_before = [set(tied(r)) for r in drafted if r.kind == "order"]
    found: list[DraftRelation] = []
    for figures in article.sentences():
        k = 0
        while k < len(figures) - 1:
            listed = _ranked(text, figures, k)
            if len(listed) < 2 or any(
                {p.figure.id for p in listed[:2]} <= r for r in ranked_before
            ):
                k += 1
                continue
            quote = text[listed[0].figure.phrase.start : listed[-1].figure.phrase.outer_end]
            for i, left in enumerate(listed[:-1]):
                found.append(order(left, ">=", listed[i + 1 :], quote))
            k += len(listed)
    return found, []


_FORMS = (
    (_NAMES_LIST, _NEXT_NAME, _NEXT_NAME),  # "the largest ... came from A (X) and B (Y)"
    (_FIRST_BEFORE, _FOLLOWED, _AND_NEXT),  # "A was the largest, at X, followed by B at Y"
)
"""Each form of a ranked list: the words before its first figure, between the first and the
second, and between each later two."""


def _ranked(text: str, figures: list[Placed], k: int) -> list[Placed]:
    """The figures of a ranked list that starts at ``figures[k]``, in order; [] for none."""
    top = figures[k]
    start = segment_start(figures, k)
    for opening, second, later in _FORMS:
        words = opening.search(text, start, top.figure.phrase.start)
        if not _ranks(words) or _a_set(text, words):
            continue
        if not is_percent(top.figure) and BY_CHANGE.search(text, start, top.figure.phrase.start):
            continue  # "the largest increase came in hides ($X)": ranked by a change, not X
        listed = [top]
        for placed in figures[k + 1 :]:
            after = _past_own_noun(text, listed[-1].figure)
            share = _SHARE_AFTER.match(text[after:])
            if share is not None and placed.figure.phrase.start < after + share.end():
                continue  # the member's share in parentheses, "(22 percent)"
            gap = text[after + (share.end() if share else 0) : placed.figure.phrase.start]
            bare = re.sub(r"followed\s+by", "", gap, flags=re.IGNORECASE)
            pattern = second if len(listed) == 1 else later
            if not _member(top, placed) or not pattern.match(gap) or _VERB.search(bare):
                break
            listed.append(placed)
        if len(listed) > 1 and _rises_alone(text, top, listed):
            return listed
    return []


_LINK = re.compile(r"\s*+(?:,|\band\b|[.;:]?\s*$)", re.IGNORECASE)


def _rises_alone(text: str, top: Placed, listed: list[Placed]) -> bool:
    """After a first member that is a rise ("led with a growth of X followed by B on Y and C on
    Z"), the bare figures after it are rises only by the list's grammar: a member's own words
    after its figure and noun ("Sweden on 3,050 visitors in total", "on 30% over five years")
    may make it a level or another period's rise, so the list ends before it."""
    first = top.figure
    if first.phrase.stated.direction != "up" and first.kind != "growth":
        return True
    end = clause_end(text, listed[-1].figure.phrase.outer_end, top.sentence[1])
    for placed in listed[1:]:
        after = _past_own_noun(text, placed.figure)
        if _LINK.match(text[after:end]) is None:
            return False
    return True


def _past_own_noun(text: str, figure: Figure) -> int:
    """After the figure and the noun it counts, never "followed" taken for that noun ("a growth of
    11,874 followed by North America on 1080": the list goes on)."""
    after = past_noun(text, figure)
    if text[figure.phrase.outer_end : after].strip().lower() == "followed":
        return figure.phrase.outer_end
    return after


_SINCE = re.compile(rf"{_SUPERLATIVE}(?:\s+[a-z-]+){{0,3}}?\s+since\b", re.IGNORECASE)
"""A superlative against the years before: "the largest since 2015", "the highest monthly rise
since 2015" (never "the most visitors in the calendar year since January", a span's own words)."""


def _ranks(words: re.Match[str] | None) -> bool:
    """The words rank the figures after them: not "the largest since 2015"."""
    return words is not None and _SINCE.search(words.group(0)) is None


_WITH = re.compile(r"\b(?:with|have|has|had|having)\s+(?:the\s+)?$", re.IGNORECASE)


def _a_set(text: str, words: re.Match[str] | None) -> bool:
    """ "The sectors with the most vacancies were A (X), B (Y) and C (Z)": "most" after "with" or
    "have" names a set by what its members have most of, in no order (the article that showed it
    listed 198, 118 and 120)."""
    if words is None or not words.group(0).lower().startswith("most"):
        return False
    return _WITH.search(text[max(0, words.start() - 12) : words.start()]) is not None


def _member(top: Placed, placed: Placed) -> bool:
    """A figure that may stand in the list of ``top``: comparable with it, or a count like it."""
    if comparable(top, placed):
        return True
    a, b = top.figure, placed.figure
    plain = all(
        f.kind == "count"
        and f.phrase.stated.unit is None
        and f.phrase.stated.direction in (None, "up" if f is a else None)
        and not f.phrase.stated.negative
        and not f.phrase.stated.is_range
        for f in (a, b)
    )
    return plain
