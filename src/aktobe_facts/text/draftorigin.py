"""A count of visitors from one place within the count of all of them, for a draft (``kind =
"sum"``, not exhaustive): "Malta welcomed 244,372 inbound tourists in April ... Tourists from the
member states of the European Union numbered 210,579"; "331,397 tourists came in August ...
290,138 tourists came from mainland China".

Where the visitors come from splits them, whatever else the words say: the count of those from one
place is a part of the count of all of them of the same noun and period. Each part is drafted on
its own (one place may hold another: "from the European Union" and "from Germany"), a sum that no
count of its parts makes an equality.

- The part is a count's level (no change, share, rate, sign, earlier or planned figure: the
  complement rule's candidates, :func:`aktobe_facts.text.draftcomplement.candidate`) whose clause
  names where its members came from: "from", at most five words in small letters ("the member
  states of the", "mainland"), then a name in capitals that is no month; or a name that opens the
  clause and sent them ("Colombia sent 1,609 visitors", "the United States delivered 50,942
  visitors"); or a word in capitals right between the count and its noun of people, their
  nationality ("1,708 German visitors"; never a word that narrows who is counted, "Cruise").
- The whole is a count's level before it, at most two paragraphs back (three where a lead that
  announces a breakdown opens the part's sentence or one before it in its paragraph, "By origin,
  290,138 tourists came from mainland China": :mod:`aktobe_facts.text.categorylead`), whose clause
  names no origin and whose nouns of people counted ("tourists", "visitors", "arrivals",
  "passengers", "travellers", "guests") hold the part's; a word that narrows who is counted
  ("domestic", "cruise", "same-day", "business", "by air") in the whole's clause is in the part's
  too; one value only (a figure given twice is one whole), the part not above it, both of one
  period by their words and their contexts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text import draftcomplement
from aktobe_facts.text.categorylead import listed_category
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import count_level
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.roletime import Time, read_time

ORIGIN = re.compile(
    rf"\bfrom\s+(?:(?:the|[a-z]+)\s+){{0,5}}?(?!(?i:{MONTH_NAMES})\b)(?-i:[A-Z])[\w'’-]+"
)
"""Where a count's members came from: "from the member states of the European Union", "from
mainland China", "from South Korea" (never "from January", nor "from 1,200")."""
_SENDER = re.compile(
    r"^\W*(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+"
    r"(?:sent|delivered|supplied|provided)\s"
)
"""A clause whose subject is where its members came from: "Colombia sent 1,609 visitors", "the
United States delivered 50,942 visitors"."""
_NATIONALS = re.compile(
    r"^[\d.,\s]*(?:(?:thousand|million)\s+)?(?-i:[A-Z])[a-z]+\s+"
    r"(?:tourists?|visitors?|travell?ers?|guests?|holidaymakers?)\b"
)
"""Right after a count: a word in capitals before the noun of people, a nationality ("3,252
American visitors", "1,708 German visitors")."""
_PEOPLE = re.compile(
    r"\b(?:tourists?|visitors?|arrivals?|passengers?|travell?ers?|guests?|holidaymakers?)\b",
    re.IGNORECASE,
)
"""The nouns of people counted where they come from."""
_NARROW = re.compile(
    r"\b(?:domestic|local|resident|residents|cruise|same-day|one-day|day|overnight|stayover|"
    r"business|yacht|air|sea|land|road|rail|transit|excursionists?)\b",
    re.IGNORECASE,
)
"""Words that narrow who is counted: a whole so named holds only a part so named."""
PARAGRAPHS = 2
"""A whole stands at most this many paragraphs before its part (one more after a breakdown's
lead)."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    counts = [
        p
        for p in article.figures
        if count_level(p.figure) and draftcomplement.candidate(article, p)
    ]
    clauses = {p.figure.id: draftcomplement.clause_text(article, p) for p in counts}
    found: list[DraftRelation] = []
    for part in counts:
        said = clauses[part.figure.id]
        people = _people(said)
        if not people or not _from_somewhere(article.text, part, said):
            continue
        wholes = [
            w
            for w in counts
            if w.figure.phrase.start < part.figure.phrase.start
            and part.paragraph - w.paragraph <= PARAGRAPHS + listed_category(article.text, part)
            and not _from_somewhere(article.text, w, clauses[w.figure.id])
            and people <= _people(clauses[w.figure.id])
            and _narrowed(clauses[w.figure.id]) <= _narrowed(said)
            and (w.figure.period is None or part.figure.period in (None, w.figure.period))
            and _same_time(_time(article, part), _time(article, w))
            and not _year_long(said, _time(article, w))
            and one_context(article, w, part)
        ]
        values = {w.figure.phrase.stated.value for w in wholes}
        if len(values) != 1:
            continue  # none, or two counts of all of them: whose part it is, the words leave open
        whole = wholes[-1]
        if part.figure.phrase.stated.value > whole.figure.phrase.stated.value:
            continue  # a part above the nearest whole: another whole, not its own
        if any(part.figure.id in tied(r) and whole.figure.id in tied(r) for r in drafted):
            continue
        quote = f"{clauses[whole.figure.id]} … {said}"
        found.append(sum_relation(whole, [part], False, quote))
    return found, []


def _from_somewhere(text: str, placed: Placed, said: str) -> bool:
    """The count's clause names where its members came from: "from" a name, a name that sent
    them, or a nationality right before their noun (never a word that narrows who is counted,
    "Cruise arrivals")."""
    if ORIGIN.search(said) is not None or _SENDER.match(said) is not None:
        return True
    after = text[placed.figure.phrase.start : placed.figure.phrase.end + 40]
    nationals = _NATIONALS.match(after)
    return nationals is not None and _NARROW.search(nationals.group(0)) is None


def _time(article: Article, placed: Placed) -> Time:
    """The period the words name from the figure's sentence start to its clause's end ("In
    February last year, 3034 visitors from New Zealand visited": February of last year)."""
    return read_time(article.text[placed.sentence[0] : draftcomplement.clause_end(article, placed)])


def _same_time(part: Time, whole: Time) -> bool:
    """A part whose words name a period names the whole's ("In February last year, 3034 visitors
    from New Zealand" is no part of "Last month, 7731 visitors"); one that names none takes its
    context's, which :func:`one_context` compares."""
    named = (part.year, part.months, part.relative)
    return named == (None, None, None) or named == (whole.year, whole.months, whole.relative)


_YEAR_LONG = re.compile(
    r"\b(?:over|during|throughout)\s+the\s+(?:whole\s+)?year\b(?!\s+(?:to|ago|before|earlier))",
    re.IGNORECASE,
)
"""A part's words naming a whole year that :func:`~aktobe_facts.text.roletime.read_time` leaves
unread ("Passengers from London numbered 210,579 over the year")."""


def _year_long(part: str, whole: Time) -> bool:
    """The part counts a whole year and the whole a shorter span ("244,372 passengers in April"
    ... "from London ... over the year": no part of April's; twenty-fifth session, change25)."""
    return _YEAR_LONG.search(part) is not None and whole.months not in (None, (1, 12))


def _people(words: str) -> set[str]:
    return {m.group(0).lower().rstrip("s") for m in _PEOPLE.finditer(words)}


def _narrowed(words: str) -> set[str]:
    return {m.group(0).lower() for m in _NARROW.finditer(words)}
