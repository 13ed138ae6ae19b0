"""Per-unit figures, for a draft:

- "invested X in N projects, or V per project": ``kind = "per"`` (value V, numerator X,
  denominator N) where V's sentence states it with its "per" noun, one count of that noun and one
  amount of V's unit (the sentence before is read when V's own has neither);
- "Farmers sold 12.4 million kilogrammes of cotton for US$18.6 million. The cotton went at an
  average price of US$1.62/kg.": ``kind = "per"`` of a price per unit of measure (mass, volume,
  area, length, energy) over the one amount of its currency and the one of its unit in the
  sentence before, where its own words say "average" and name nothing the article did not name
  before ("Burley went at ..." is a subset's price);
- "N projects worth X ... creating M jobs" (or "This created M jobs" in the next sentence): a
  ``kind = "ratio"`` of X per job, with no bounds: the ratio is computed and shown, and the editor
  adds a min, a max or a reference to test it against (the words state no per-unit figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.units import UnitSpec
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.growthbasis import net_or_other_basis
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.planwords import TO_COME

_WORTH = re.compile(
    r"\s+((?:[\w-]+\s+){0,3}?)(?:[\w-]+\s+)?(?:worth|valued\s+at|totall?ing|costing|with\s+a\s+"
    r"(?:total\s+)?(?:value|cost)\s+of)\s*$",
    re.IGNORECASE,
)
"""Between N and X in "23 investment projects worth 138.2 billion tenge"."""
_MAKES = r"(?:creat|provid|generat|open|add)(?:e|es|ed|ing)\b"
"""A verb of making jobs: create, provide, generate, open, add, in any form."""
_CREATE = re.compile(rf"\b{_MAKES}[^.;\d]{{0,40}}$", re.IGNORECASE)
"""Before M in "creating more than 1,100 jobs"."""
_THIS = re.compile(
    r"\W*(?:this|these|they|it|the\s+projects?)\s+(?:(?:will|would|is\s+to|are\s+to|also)\s+)?"
    + _MAKES,
    re.IGNORECASE,
)
"""At the start of the sentence after the projects: "This created ..."."""
_JOBS = re.compile(
    r"\s*(?:new\s+|permanent\s+|temporary\s+)?(?:jobs?|workplaces?|job\s+places)\b", re.I
)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    sentences = article.sentences()
    found: list[DraftRelation] = []
    for number, figures in enumerate(sentences):
        earlier = sentences[number - 1] if number else []
        for value in figures:
            made = _per(article.text, value, figures, earlier)
            if made is not None:
                found.append(made)
        following = sentences[number + 1] if number + 1 < len(sentences) else []
        found.extend(_ratios(article.text, figures, following))
    return found, []


def _noun(text: str, count: Placed) -> str | None:
    """The first word after a bare count, singular: "280 projects" is "project"."""
    m = re.match(r"\s+(?:[\w-]+\s+)?([A-Za-z-]+)", text[count.figure.phrase.end :])
    if count.figure.phrase.stated.unit is not None or m is None:
        return None
    return _singular(m.group(1).lower())


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counts(text: str, figures: list[Placed], noun: str) -> list[Placed]:
    """The bare counts of ``noun`` ("280 projects", "280 investment projects")."""
    found = []
    for p in figures:
        if p.figure.kind != "count" or p.figure.phrase.stated.unit is not None:
            continue
        words = re.findall(r"[A-Za-z-]+", text[p.figure.phrase.end : p.figure.phrase.end + 40])
        if noun in (_singular(w.lower()) for w in words[:2]):
            found.append(p)
    return found


def _per(
    text: str, value: Placed, figures: list[Placed], earlier: list[Placed]
) -> DraftRelation | None:
    stated = value.figure.phrase.stated
    if stated.per is None or stated.unit is None:
        return None
    if not stated.per.noun and (
        stated.per.kind not in _MEASURED or not _average_of_before(text, value, earlier)
    ):
        return None  # "US$1.43/kg" of burley, after the whole crop's sales: another subset's
    noun = _singular(stated.per.key.split()[0])
    for sentence in (figures, earlier):
        amounts = [
            p
            for p in sentence
            if p is not value
            and level(p.figure.phrase)
            and p.figure.phrase.stated.unit is not None
            and p.figure.phrase.stated.unit.key == stated.unit.key
        ]
        counts = (
            _counts(text, sentence, noun) if stated.per.noun else _measured(sentence, stated.per)
        )
        if not amounts and not counts:
            continue
        if len(amounts) != 1 or len(counts) != 1:
            return None
        fields: dict[str, str | list[str] | bool] = {
            "value": value.figure.id,
            "numerator": amounts[0].figure.id,
            "denominator": counts[0].figure.id,
        }
        return DraftRelation("", "per", fields, " ".join(value.figure.phrase.value.split()))
    return None


_MEASURED = frozenset({"mass", "volume", "area", "length", "energy", "capacity"})
"""Units a price or yield is per ("US$1.48/kg", "per tonne"): never time (a rate a day), a
currency (an exchange rate) or a percent."""
_AVERAGE = re.compile(r"\baverage\b", re.IGNORECASE)
_PRICE_WORDS = frozenset({"average", "price", "prices", "went", "sold", "fetched", "cumulative"})


def _measured(figures: list[Placed], per: UnitSpec) -> list[Placed]:
    """The levels of the unit a value is per ("29.1 million kilogrammes" for "/kg")."""
    return [
        p
        for p in figures
        if level(p.figure.phrase)
        and (unit := p.figure.phrase.stated.unit) is not None
        and unit.key == per.key
        and p.figure.phrase.stated.per is None
    ]


def _average_of_before(text: str, value: Placed, earlier: list[Placed]) -> bool:
    """A price per unit of measure read against the sentence before: its own words before it say
    "average", and every thing they name the article names before
    ("The tobacco went at an average price of US$1.48/Kg" after "Tobacco sales have earned ..."),
    so that "Burley went at an average price of ..." is never the average of the whole crop. Its
    sentence names no time the sale's does not ("in 2029", "This season", "in the first week"),
    no plan or forecast ("had expected the cotton to go at ...") and no other basis ("excluding
    levies"): another price than the sale's average."""
    start = value.sentence[0]
    head = text[start : value.figure.phrase.start]
    if not earlier or not _AVERAGE.search(head):
        return False
    named = {w for w in content(head)} - _PRICE_WORDS
    before = set(content(text[:start]))
    if not named <= before:
        return False
    sale = text[earlier[0].sentence[0] : earlier[0].sentence[1]]
    return not other_price(text[start : value.sentence[1]], sale)


def other_price(words: str, sale: str) -> bool:
    """A price's sentence names a time the sale's words do not ("This season the cotton went at
    ..." after last season's sale, "... US$1.72/kg in 2029" after the sale of 2030), a plan or
    forecast, or another basis ("excluding levies"), where the sale's words name none: another
    price than the sale's average (an estimate's yield beside the estimate's crop and area is the
    estimate's own: "Estimate was based on a projected yield of 7.3 tonnes per hectare")."""
    sold = sale.lower()
    if any(m.group(0).lower() not in sold for m in _TIME.finditer(words)):
        return True
    if TO_COME.search(words) and not TO_COME.search(sale):
        return True
    return net_or_other_basis(words) and not net_or_other_basis(sale)


_TIME = lazy(
    rf"\b(?:(?:19|20)\d\d|{MONTH_NAMES}|this|last|next|previous|earlier|ago|day|week|month|quarter|"
    r"season|year|half|first|second)\b",
    re.IGNORECASE,
)
"""Words of time in the price's sentence: the sale's sentence must name them too ("went at an
average price of US$1.72/kg in 2029" after the sale of 2030 is another year's price)."""


def _ratios(text: str, figures: list[Placed], following: list[Placed]) -> list[DraftRelation]:
    """ "N projects worth X ... creating M jobs": X per job."""
    found = []
    for k in range(1, len(figures)):
        count, worth = figures[k - 1], figures[k]
        gap = text[count.figure.phrase.end : worth.figure.phrase.start]
        unit = worth.figure.phrase.stated.unit
        if count.figure.kind != "count" or unit is None or not unit.is_currency:
            continue
        if not level(worth.figure.phrase) or _WORTH.fullmatch(gap) is None:
            continue
        jobs = [
            p
            for p in figures[k + 1 :]
            if _JOBS.match(text, p.figure.phrase.end)
            and _CREATE.search(text, worth.figure.phrase.outer_end, p.figure.phrase.start)
        ]
        if not jobs and following and _THIS.match(text, following[0].sentence[0]):
            jobs = [p for p in following if _JOBS.match(text, p.figure.phrase.end)]
        if len(jobs) != 1 or jobs[0].figure.kind != "count":
            continue
        fields: dict[str, str | list[str] | bool] = {
            "numerator": worth.figure.id,
            "denominator": jobs[0].figure.id,
            "label": "worth per job created",
        }
        said = _JOBS.match(text, jobs[0].figure.phrase.end)
        end = said.end() if said is not None else jobs[0].figure.phrase.end
        quote = f"{text[count.figure.phrase.start : worth.figure.phrase.outer_end]} … "
        quote += text[jobs[0].figure.phrase.start : end]
        found.append(DraftRelation("", "ratio", fields, " ".join(quote.split())))
    return found
