"""A rate of one unit per another with its two amounts, for a draft (``kind = "per"``): "rice was
harvested from 3.1 million ha; the average yield came to 5.9 tonnes per ha, and output to 18.3
million tonnes" (yield = output / area), "exports of 2.1 million tonnes at an average of 510 USD
per tonne brought in 1.07 billion USD" (price = value / quantity).

Drafted where the rate's paragraph holds exactly one rate of its units stated as a level (not
"an increase of 0.7 tonnes per ha"), exactly one level in the rate's unit and exactly one in the
unit it is per (never "per project": :mod:`aktobe_facts.text.draftper` reads counts), none of
them a range, a change or a comparison's earlier figure ("up from 5.4 tonnes per ha"), nor a
later item of a list that opens on one ("against B in 2030 and C the year before"); the rate's
sentence names no time the amounts' sentences do not, no plan and no other basis
(:func:`aktobe_facts.text.draftper.other_price`: "Farmers sold 12.4 million kilogrammes of cotton
for US$18.6 million last season. This season the cotton went at an average price of US$1.72/kg").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftper import other_price
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.sentences import clause_end, clause_start

_CHANGE = re.compile(
    r"\b(?:(?:increase|rise|growth|gain|jump|fall|decline|drop|decrease|cut|change)\s+of|by|"
    r"(?:up|down|rising|falling)\s+from|than|against|compared\s+(?:to|with))\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: a change of it or a comparison's earlier value."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for paragraph in article.paragraphs().values():
        plain = _plain(text, paragraph)
        for rate in plain:
            stated = rate.figure.phrase.stated
            if stated.per is None or stated.unit is None or stated.per.noun:
                continue
            if stated.is_range or stated.negative:
                continue
            rates = [p for p in plain if _units(p) == _units(rate)]
            tops = [p for p in plain if level(p.figure.phrase) and _unit(p) == stated.unit.key]
            bottoms = [p for p in plain if level(p.figure.phrase) and _unit(p) == stated.per.key]
            if len(rates) != 1 or len(tops) != 1 or len(bottoms) != 1:
                continue
            if _narrower(text, rate, tops[0], bottoms[0]):
                continue
            if not one_context(article, rate, tops[0], bottoms[0]):
                continue  # "... from 3.1 million ha in 2031. In 2030 the average yield came to"
            sale = " ".join(text[p.sentence[0] : p.sentence[1]] for p in (tops[0], bottoms[0]))
            if other_price(text[rate.sentence[0] : rate.sentence[1]], sale):
                continue  # "This season the cotton went at ..." after last season's sale
            fields: dict[str, str | list[str] | bool] = {
                "value": rate.figure.id,
                "numerator": tops[0].figure.id,
                "denominator": bottoms[0].figure.id,
            }
            said = " … ".join(
                " ".join(p.figure.phrase.value.split()) for p in (rate, *tops, *bottoms)
            )
            found.append(DraftRelation("", "per", fields, said))
    return found, []


def _narrower(text: str, rate: Placed, top: Placed, bottom: Placed) -> bool:
    """The rate's own words name a part the amounts' sentences do not ("The harvest was 8.35
    million tonnes from 2.14 million hectares, and the yield in the south reached 4.6 tonnes per
    hectare": the south's yield, not the harvest over the area)."""
    start = clause_start(text, rate.sentence[0], rate.figure.phrase.start)
    named = _PART_OF.findall(text, start, rate.figure.phrase.start)
    theirs = " ".join(
        text[
            clause_start(text, p.sentence[0], p.figure.phrase.start) : clause_end(
                text, p.figure.phrase.outer_end, p.sentence[1]
            )
        ].lower()
        for p in (top, bottom)
    )
    return any(re.search(rf"\b{re.escape(word.lower())}\b", theirs) is None for word in named)


_PART_OF = lazy(
    r"\b(?:in|across|for|of)\s+(?:the\s+)?(?!(?:year|years|period|season|month|quarter|half|"
    r"average|total|country|whole|same|first|second|last|past|this|an?|its|their)\b)"
    r"([A-Za-z][\w-]+)",
    re.IGNORECASE,
)
"""Before a rate, the part it is of: "the yield in the south", "the price for Arabica"."""


_LATER_ITEM = re.compile(
    r"[^.;:]{0,40}?(?:,\s*|\s+)(?:and|or)\s+(?:(?:about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
"""Between a comparison's earlier figure and the next item of its list: "against 2,890 baht in
2030 and" (the list's later figures are earlier ones too: "and 2,750 baht the year before")."""


def _plain(text: str, paragraph: Sequence[Placed]) -> list[Placed]:
    """The paragraph's figures that are neither a change nor a comparison's earlier figure, nor a
    later item of a list that opens on one ("against B in 2030 and C the year before")."""
    plain: list[Placed] = []
    earlier: Placed | None = None  # the last figure read as a comparison's earlier one
    for placed in paragraph:
        later_item = (
            earlier is not None
            and earlier.sentence == placed.sentence
            and _LATER_ITEM.fullmatch(
                text, earlier.figure.phrase.outer_end, placed.figure.phrase.start
            )
            is not None
        )
        if later_item or _changed(text, placed):
            earlier = placed
            continue
        earlier = None
        plain.append(placed)
    return plain


def _changed(text: str, placed: Placed) -> bool:
    """A change of a figure or a comparison's earlier one, by its kind or the words before it."""
    if placed.figure.kind in ("growth", "change") or placed.figure.phrase.stated.direction:
        return True
    start = max(placed.sentence[0], placed.figure.phrase.start - 40)
    return _CHANGE.search(text, start, placed.figure.phrase.start) is not None


def _unit(placed: Placed) -> str | None:
    unit = placed.figure.phrase.stated.unit
    return None if unit is None else unit.key


def _units(placed: Placed) -> tuple[str | None, str | None]:
    stated = placed.figure.phrase.stated
    return _unit(placed), None if stated.per is None else stated.per.key
