"""The draft against a bank of sentences: each structure news uses for a relation, written with many
subjects and units, so that what the draft reads is measured across topics, not on the few articles
it was tuned on.

A structure is a sentence pattern with its figures as slots ("{S} rose {P} to {X} in 2023 from {Y}
in 2022.") and the relation a careful editor would write from it (kind, and each field's figure);
a pattern "HEADLINE\n\nBODY" is drafted with the headline as the article's first line.
Each is filled with every subject and unit of :data:`MEASURES` (money in several currencies and
signs, physical units, counts with and without their noun) and drafted alone. A filling is
**recalled** when the draft writes that relation with those figures; it is **wrong** when the
draft writes a relation of that kind that ties a figure to the wrong field (a base for a current
value), or a relation a near-miss sentence must not get.

    .venv/bin/python scripts/draft_bank.py        # a row per structure, a column per measure
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from aktobe_facts.text.draft import draft

DATELINE = "CAPITAL, March 2024\n\n"


@dataclass(frozen=True)
class Measure:
    """A subject and how its figures are written: {n} is the number with its scale word."""

    name: str
    subject: str
    written: str  # "${n} million", "{n} million tonnes"


MEASURES = (
    Measure("US$", "Remittances", "${n} million"),
    Measure("euros", "Tax revenue", "{n} million euros"),
    Measure("GH¢", "Bank deposits", "GH¢{n} million"),
    Measure("rand", "Tourism receipts", "{n} million rand"),
    Measure("yen", "Outbound investment", "¥{n} billion"),
    Measure("tonnes", "Rice production", "{n} million tonnes"),
    Measure("barrels", "Crude output", "{n} million barrels"),
    Measure("MWh", "Electricity output", "{n} million MWh"),
    Measure("visitors", "Tourist arrivals", "{n} million visitors"),
    Measure("bags", "Coffee exports", "{n} million bags"),
    Measure("count", "Passenger numbers", "{n} million"),
)


@dataclass(frozen=True)
class Structure:
    """A sentence pattern and the relation it states: ``fields`` maps each field of the relation
    to a slot ({X}, {Y}, {A}, {B}: amounts; {P}: the percent as written). With ``kind`` None the
    pattern is a near miss: the draft must write no relation of ``forbidden`` kind."""

    name: str
    pattern: str
    kind: str | None
    fields: tuple[tuple[str, str], ...] = ()
    forbidden: str = ""  # a near miss's kinds of relation it must not get ("growth-base": a base)
    measures: tuple[str, ...] = ()  # the measures it is written with, when not all (see MONEY)
    suggested: bool = False  # read from the relations the draft suggests (commented), not drafts


MONEY = ("US$", "euros", "GH¢", "rand", "yen")
UNITS = (*MONEY, "tonnes", "barrels", "MWh")
"""The measures with a unit: a level of a flow (a count of visitors has none)."""
"""The measures of money: a price, a worth or a spending is money, whatever the volume."""


GROWTH = (("growth", "P"), ("current", "X"), ("base", "Y"))
STRUCTURES = (
    Structure(
        "rose P to X from Y", "{S} rose {P} to {X} in 2023 from {Y} in 2022.", "growth", GROWTH
    ),
    Structure(
        "rose P from Y to X", "{S} rose {P} from {Y} in 2022 to {X} in 2023.", "growth", GROWTH
    ),
    Structure(
        "fell P to X from Y", "{S} fell {P} to {X} in 2023 from {Y} in 2022.", "growth", GROWTH
    ),
    Structure(
        "X, up P from Y",
        "{S} reached {X} in 2023, up {P} from {Y} a year earlier.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X, P more than Y",
        "{S} stood at {X} in 2023, {P} more than the {Y} recorded in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X compared with Y, up P",
        "{S} amounted to {X} in 2023 compared with {Y} in 2022, up {P}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "increased from Y to X, a rise of P",
        "{S} increased from {Y} in 2022 to {X} in 2023, a rise of {P}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "rose P compared to a period, from Y to X",
        "{S} rose {P} compared to 2022, from {Y} last year to {X} this year.",
        "growth",
        GROWTH,
    ),
    Structure(
        "P higher compared to a period, as they amounted to X, against Y",
        "{S} were {P} higher compared to the first half of 2022, as they amounted to {X}, against "
        "{Y} a year earlier.",
        "growth",
        GROWTH,
    ),
    Structure(
        "S by the Big Five firms rose P to X (a name's number word is no level)",
        "{S} by the Big Five firms rose {P} to {X} in 2023.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "rose by P and Q to X and A respectively (P of X)",
        "{S} rose by {P} and {Q} to {X} and {A} respectively.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "rose by P and Q to X and A respectively (Q of A)",
        "{S} rose by {P} and {Q} to {X} and {A} respectively.",
        "growth",
        (("growth", "Q"), ("current", "A")),
    ),
    Structure(
        "rose by P in May and Q in June to X and A, compared with Y and B",
        "{S} rose by {P} in May and {Q} in June to {X} and {A}, compared with {Y} and {B}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "near miss: rose by P and Q to X and A, then a third figure",
        "{S} rose by {P} and {Q} to {X} and {A}, while imports reached {B}.",
        None,
        forbidden="growth",
    ),
    Structure(
        "X compared to Y in the corresponding month of the previous year, recording P",
        "{S} reached {X} in May 2023 compared to {Y} in the corresponding month of the previous "
        "year, recording an increase of {P}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "grew P in the first half compared with the same period last year, reaching X",
        "{S} grew {P} in the first half of 2023 compared with the same period last year, reaching "
        "{X}.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "registered a P growth in its noun to X (a noun of change, what changed, the level)",
        "The region registered a {P} growth in {s} to {X} in 2023.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "X, an amount that is P higher than the Y registered a year before",
        "In 2023 the region took in {s} of {X}, an amount that is {P} higher than the {Y} "
        "registered in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "had reached X by a day, the office estimated, up P from Y over the same period",
        "{S} had reached {X} by Nov. 21, the office estimated on Monday, up {P} from {Y} over "
        "the same period last season.",
        "growth",
        GROWTH,
    ),
    Structure(
        "increased by P with a total of X compared with Y",
        "{S} increased by {P} with a total of {X} in 2023 compared with {Y} in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X, a P fall from a month and a Q rise year-on-year (a second change with its own noun)",
        "{S} came to {X} in May 2023, a {P} fall from April and a {Q} rise year-on-year.",
        "growth",
        (("growth", "Q"), ("current", "X")),
    ),
    Structure(
        "near miss: rose P, with X of another thing",
        "{S} rose {P} in 2023, with {X} in new loans.",
        None,
        forbidden="growth",
    ),
    Structure(
        "near miss: rose by P and Q to X and A, compared with Y and B forecast",
        "{S} rose by {P} and {Q} to {X} and {A}, compared with {Y} and {B} forecast by analysts.",
        None,
        forbidden="growth",
    ),
    Structure(
        "near miss: rose by P in May and Q in the five months to X and A",
        "{S} rose by {P} in May and {Q} in the first five months to {X} and {A}.",
        None,
        forbidden="growth",
    ),
    Structure(
        "near miss: P higher compared to a period, as they amounted to X, against Y planned",
        "{S} were {P} higher compared to the first half of 2022, as they amounted to {X}, against "
        "{Y} in the budget plan.",
        None,
        forbidden="growth-base",
    ),
    Structure(
        "near miss: rose P to X, against Y planned",
        "{S} rose {P} to {X} in 2023, against {Y} in the budget plan.",
        None,
        forbidden="growth-base",
    ),
    Structure(
        "near miss: rose P compared to another thing, from Y to X",
        "{S} rose {P} compared to the south's, from {Y} last year to {X} this year.",
        None,
        forbidden="growth",
    ),
    Structure(
        "near miss: rose P in comparable prices to X from Y",
        "{S} rose {P} in comparable prices to {X} in 2023 from {Y} in 2022.",
        None,
        forbidden="growth",
    ),
    Structure(
        "near miss: fell P in local currency terms to X from Y",
        "{S} fell {P} in local currency terms to {X} in 2023 from {Y} in 2022.",
        None,
        forbidden="growth",
    ),
    Structure(
        "X of which A and B",
        "{S} came to {X} in 2023, of which {A} came from the north and {B} from the south.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "A and B, the total X",
        "The north produced {A} and the south {B} in 2023, bringing the total to {X}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "A, or P of the total X",
        "{S} totalled {X} in 2023. The north accounted for {A}, or {Q} of the total.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X, including A and B",
        "{S} reached {X} in 2023, including {A} from the north and {B} from the south.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(  # text/suggesttotalnext.py
        "suggested: Total X. A, B and C after one verb in the next sentence",
        "Total {s} came to {X} in May 2023. The north brought in {B} in May, the south {C} and "
        "the east {D}.",
        "sum",
        (("total", "X"), ("parts", "B C D")),
        suggested=True,
    ),
    Structure(  # text/suggesttotalnext.py
        "near miss, suggested: Total X. Another year's A, B and C",
        "Total {s} came to {X} in May 2023. In 2022 the north brought in {B}, the south {C} and "
        "the east {D}.",
        None,
        forbidden="sum",
        suggested=True,
    ),
    Structure(  # text/suggestcoincide.py
        "suggested: X; A and B agree to their printed precision, no words state the sum",
        "{S} came to {X} in 2023. The north reported {A} in 2023; the south, the agency said, {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
        suggested=True,
    ),
    Structure(  # text/suggestcoincide.py
        "suggested: interest X; a deficit A and a primary surplus B agree",
        "Interest on the debt cost {X} in 2023. The budget ran a deficit of {A}, while the "
        "primary balance showed a surplus of {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
        measures=MONEY,
        suggested=True,
    ),
    Structure(  # text/suggestcoincide.py
        "near miss, suggested: a plan's X; actual A and B agree",
        "The plan put {s} at {X} for 2023. The north reported {A} and the south {B} in 2023.",
        None,
        forbidden="sum",
        suggested=True,
    ),
    Structure(  # text/suggestcoincide.py
        "near miss, suggested: from X to A; a third figure B agrees",
        "{S} fell from a total of {X} to {A}. Separately, the north reported {B}.",
        None,
        forbidden="sum",
        suggested=True,
    ),
    Structure(  # text/suggestrankedin.py
        "suggested: X. The biggest A, followed by B and C: parts",
        "{S} came to {X} in 2023. The north was the biggest source of {s}, at {B}, followed by "
        "the south at {C} and the east at {D}.",
        "sum",
        (("total", "X"), ("parts", "B C D")),
        suggested=True,
    ),
    Structure(  # text/suggestrankedin.py
        "near miss, suggested: X. Another year's biggest A, followed by B and C",
        "{S} came to {X} in 2023. In 2022 the north was the biggest source of {s}, at {B}, "
        "followed by the south at {C} and the east at {D}.",
        None,
        forbidden="sum",
        suggested=True,
    ),
    Structure(
        "A and B, a total of X",
        "The north produced {A} and the south {B} in 2023, a total of {X}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "X, P of which A",
        "{S} totalled {X} in 2023, {Q} of which, or {A}, came from the north.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "A accounted for P of X",
        "The north accounted for {Q} of the {X} of {s} in 2023, or {A}.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "A, P of the total X (parenthesis)",
        "{S} came to {X} in 2023; the north's {A} ({Q} of the total) led.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X, up P from Y (with y/y)",
        "{S} rose {P} year-on-year to {X} in 2023, from {Y} in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X against Y a year earlier",
        "{S} were {X} in 2023 against {Y} a year earlier, an increase of {P}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X reached the north in ten months, against Y in 2022, an increase of P",
        "{X} reached the north in the first ten months of 2023, against {Y} in 2022, an increase "
        "of {P}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "grew by P, reaching X, from Y",
        "{S} grew by {P} in 2023, reaching {X}, from {Y} the year before.",
        "growth",
        GROWTH,
    ),
    Structure(
        "P m/m in March to X",
        "{S} declined {P} month-on-month in March to {X}.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "P, reaching X",
        "{S} dropped {P} last month against the month before, reaching {X}.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "P from April to reach X",
        "{S} swelled {P} from April to reach {X}.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "Of these, A were ... and B",
        "{S} came to {X} in May. Of these, {A} were principal repayments and {B} interest payments.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "X, of which A is due",
        "{S} stood at {X} in May, of which {A} is due within a month.",
        "sum",
        (("total", "X"), ("parts", "A")),
    ),
    Structure(
        "near miss: a total of another year",
        "The north produced {A} in 2023 and the south {B} in 2022, a total of {X} by 2024.",
        None,
        forbidden="sum",
    ),
    Structure(
        "Of the total, A and B (the total before)",
        "{S} totalled {X} in the first half. Of the total, the north took {A} and the south {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "near miss: of the total, a part of another year",
        "{S} totalled {X} in 2023. Of the total, the north took {A} in 2022 and the south {B}.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: a percent among the parts",
        "{S} reached {A} in 2023, up {P}, and {B} abroad, a total of {X}.",
        None,
        forbidden="sum",
    ),
    Structure(
        "X, up from Y",
        "{S} were {X} in 2023, up from {Y} a year earlier.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "X, well below the Y target",
        "{S} reached {X} in 2023, well below the {Y} target.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "That is more than the Y",
        "{S} came to {X} in 2023. That is more than the {Y} the ministry had planned.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "rose P to X from Y, which is Q of the target of A",
        "{S} rose {P} to {X} in 2023 from {Y} a year earlier, which is {Q} of the full-year "
        "target of {A}.",
        "share",
        (("share", "Q"), ("part", "X"), ("whole", "A")),
    ),
    Structure(
        "rose P to reach X; a year earlier Y",
        "{S} rose {P} to reach {X} in May 2023; a year earlier they had been {Y}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "to X from Y, above the A target",
        "{S} improved to {X} at end-June from {Y} a year earlier, above the {A} target.",
        "order",
        (("left", "X"), ("right", "A")),
    ),
    Structure(
        "near miss: up from after a comparison's earlier figure",
        "{S} were {X} in 2023 compared with {Y} in 2022, up from {A} in 2021.",
        None,
        forbidden="order",
    ),
    Structure(
        "X. Of this, A and B",
        "{S} came to {X} in 2023. Of this, {A} came from the north and {B} from the south.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "X. Of this amount, A went to ... and B to ...",
        "{S} totalled {X} in 2023. Of this amount, {A} went to the north and {B} to the south.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "The total was X. Of these, A ... and B ...",
        "The total was {X} in 2023. Of these, {A} were from the north and {B} from the south.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "rose P to X. A year earlier, they were Y.",
        "{S} rose {P} to {X} in 2023. A year earlier, they were {Y}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "rose P to X. A year earlier, the figure was Y.",
        "{S} rose {P} to {X} in 2023. A year earlier, the figure was {Y}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "rose P to X in 2023. In 2022, it stood at Y.",
        "{S} rose {P} to {X} in 2023. In 2022, it stood at {Y}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X. That is P more than in 2022.",
        "{S} came to {X} in 2023. That is {P} more than in 2022.",
        "growth",
        (("growth", "P"), ("current", "X")),
    ),
    Structure(
        "X. That is P more than the Y of 2022.",
        "{S} came to {X} in 2023. That is {P} more than the {Y} of 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X. It was P more than in 2022, when it was Y.",
        "{S} came to {X} in 2023. It was {P} more than in 2022, when it was {Y}.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X. Of this, Q, or A, came from ...",
        "{S} totalled {X} in 2023. Of this, {Q}, or {A}, came from the north.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X. Of that amount, A, or Q, went to ...",
        "{S} totalled {X} in 2023. Of that amount, {A}, or {Q}, went to the north.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X. The north accounted for Q of this, or A.",
        "{S} totalled {X} in 2023. The north accounted for {Q} of this, or {A}.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X. Of this, A (Q) came from ... and B from ...",
        "{S} totalled {X} in 2023. Of this, {A} (60 percent) came from the north and {B} (40 "
        "percent) from the south.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "near miss: Q of this, or A, over the first five months after May's X",
        "{S} totalled {X} in May. Over the first five months, the north accounted for {Q} of "
        "this, or {A}.",
        None,
        forbidden="share",
    ),
    Structure(
        "near miss: parts listed after a total of another year",
        "{S} totalled {X} in 2023. In the first quarter of 2022 the north contributed {A} of the "
        "total, the south {B} and other regions 9 percent.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: A (up P) after 'Of this'",
        "{S} totalled {X} in 2023. Of this, {A} (up {P}) came from the north.",
        None,
        forbidden="share",
    ),
    Structure(
        "X. That was up from Y a year earlier.",
        "{S} totalled {X} in 2023. That was up from {Y} a year earlier.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: of this, a share after two figures",
        "{S} totalled {X} in 2023 and {Y} in 2022. Of this, {Q}, or {A}, came from the north.",
        None,
        forbidden="share",
    ),
    Structure(
        "near miss: that was up from, after two figures",
        "{S} came to {X} in 2023 and imports to {A}. That was up from {Y} a year earlier.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: a year earlier, another thing",
        "{S} rose {P} to {X} in 2023. A year earlier, imports were {Y}.",
        None,
        forbidden="growth-base",
    ),
    Structure(
        "near miss: a year earlier, after two figures",
        "{S} rose {P} to {X} in 2023, and imports to {A}. A year earlier, they were {Y}.",
        None,
        forbidden="growth-base",
    ),
    Structure(
        "near miss: of this, after two figures",
        "{S} came to {X} in 2023 and {Y} in 2022. Of this, {A} came from the north and {B} from "
        "the south.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: that is more, after two figures",
        "{S} came to {X} in 2023 and imports to {A}. That is {P} more than in 2022.",
        None,
        forbidden="growth",
    ),
    Structure(
        "headline X, body X",
        "{S} reach {X}\n\n{S} reached {X} in 2023, the ministry said.",
        "equal",
        (("claims", "X X"),),
    ),
    Structure(
        "headline X, body X to another rounding",
        "{S} hit {X}\n\n{S} came to {Z} in 2023, the ministry said on Monday.",
        "equal",
        (("claims", "X Z"),),
    ),
    Structure(
        "headline X in 2023, body X 'last year' after 'said that'",
        "{S} at {X} in 2023\n\nThe ministry said on Monday that {s} stood at {Z} last year, "
        "up from {Y} in 2022.",
        "equal",
        (("claims", "X Z"),),
    ),
    Structure(
        "headline up P, body rose P",
        "{S} up {P}\n\n{S} rose {P} to {X} in 2023, the ministry said.",
        "equal",
        (("claims", "P P"),),
    ),
    Structure(
        "headline over X cut short, body X and a larger figure",
        "{S} at over {H}\n\n{S} came to {Z} in 2023, the ministry said, and {s} with "
        "re-exports to {K}.",
        "equal",
        (("claims", "H Z"),),
    ),
    Structure(
        "near miss: two body figures are the headline's bound cut short",
        "{S} at over {H}\n\n{S} came to {Z} in 2023, and exports to {X} in 2023.",
        None,
        forbidden="equal",
    ),
    Structure(
        "headline up P in the first five months, body P from January to May",
        "{S} up {P} in first five months\n\n{S} rose {P} to {X} from January to May, the "
        "ministry said. In May alone {s} rose 25.3 percent.",
        "equal",
        (("claims", "P P"),),
    ),
    Structure(
        "near miss: headline up P in five months, body P twice",
        "{S} up {P} in five months\n\n{S} rose {P} to {X} from January to May, the ministry "
        "said. In May alone {s} rose 25.3 percent.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: the headline's growth and another thing's",
        "{S} up {P}\n\nImports rose {P} to {X} in 2023, the ministry said.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: the headline's growth and a share",
        "{S} up {Q}\n\n{S} reached {X} in 2023, or {Q} of the total.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: two body growths could be the headline's",
        "{S} up {P}\n\n{S} rose {P} in May and 25.4 percent in June.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: the headline's figure and another thing's",
        "{S} hit {X}\n\nImports came to {Z} in 2023, the ministry said.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: two body figures could be the headline's",
        "{S} hit {X}\n\n{S} came to {Z} in 2023, and {s} in the north to {X} in 2022.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: the headline's figure of another year",
        "{S} at {X} in 2023\n\n{S} stood at {Z} in 2022, the ministry said.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: the headline's figure as a year earlier's",
        "{S} hit {X}\n\n{S} reached {A} in 2023. A year earlier, {s} stood at {Z}.",
        None,
        forbidden="equal",
    ),
    Structure(
        "near miss: up from a count of another thing",
        "{S} were {X} in 2023, up from 300 hotels a year earlier.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: more than a count of another thing",
        "{S} came to {X} in 2023. That is more than the 300 hotels the ministry had planned.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: a share that counts another thing",
        "{S} totalled {X} in 2023. The north accounted for 300 hotels, or 60 percent of the total.",
        None,
        forbidden="share",
    ),
    Structure(
        "near miss: parts that count another thing",
        "{S} came to {X} in May. Of these, 300 hotels were new and 200 hotels were old.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: parts that count two things",
        "The north counted 1,200 visitors and the south 300 hotels in 2023, a total of {X}.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: a rise of another figure",
        "{S} rose {P} in 2023, while imports reached {A} and debts {B}.",
        None,
        forbidden="growth-base",
    ),
    Structure(
        "X in 2023, an average of A a month",
        "{S} came to {X} in 2023, an average of {A} a month.",
        "equation",
        (("expr", "A * 12 = X"),),
    ),
    Structure(
        "X in 2023, or A a day",
        "{S} came to {X} in 2023, or {A} a day.",
        "equation",
        (("expr", "A * 365 = X"),),
    ),
    Structure(
        "X in 2023, or an average of A per day",
        "{S} came to {X} in 2023, or an average of {A} per day.",
        "equation",
        (("expr", "A * 365 = X"),),
    ),
    Structure(
        "X in the first quarter, an average of A a month",
        "{S} came to {X} in the first quarter of 2024, an average of {A} a month.",
        "equation",
        (("expr", "A * 3 = X"),),
    ),
    Structure(
        "averaged A a day in March, for a total of X",
        "{S} averaged {A} a day in March 2024, for a total of {X}.",
        "equation",
        (("expr", "A * 31 = X"),),
    ),
    Structure(
        "averaged A a day in March, or X in the month",
        "{S} averaged {A} a day in March 2024, or {X} in the month.",
        "equation",
        (("expr", "A * 31 = X"),),
    ),
    Structure(
        "averaged A a day over 30 days, a total of X",
        "{S} averaged {A} a day over 30 days, a total of {X}.",
        "equation",
        (("expr", "A * 30 = X"),),
    ),
    Structure(
        "X over 2019-2023, an average of A a year",
        "{S} totalled {X} over 2019-2023, an average of {A} a year.",
        "equation",
        (("expr", "A * 5 = X"),),
    ),
    Structure(
        "between 2016 and 2020 X, an average annual ... of A",
        "Between 2016 and 2020, {s} totalled {X}, with an average annual {s} of {A}.",
        "equation",
        (("expr", "A * 5 = X"),),
    ),
    Structure(
        "X in 2023, which works out to A a month",
        "{S} came to {X} in 2023, which works out to {A} a month.",
        "equation",
        (("expr", "A * 12 = X"),),
    ),
    Structure(
        "X in 2023, averaging A a month",
        "{S} came to {X} in 2023, averaging {A} a month.",
        "equation",
        (("expr", "A * 12 = X"),),
    ),
    Structure(
        "daily S averaged A in March, for a total of X",
        "Daily {s} averaged {A} in March 2024, for a total of {X}.",
        "equation",
        (("expr", "A * 31 = X"),),
    ),
    Structure(
        "A a day on average in March, or X in the month",
        "{S} were {A} a day on average in March 2024, or {X} in the month.",
        "equation",
        (("expr", "A * 31 = X"),),
    ),
    Structure(
        "near miss: an average of another thing",
        "{S} came to {X} in 2023, with an average wage of {A} a month.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: an average of another year",
        "{S} came to {X} in 2023, against an average of {A} a month in 2022.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: a monthly figure more than another",
        "{S} came to {X} in 2023, or {A} a month more than in 2022.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: a monthly figure per household",
        "{S} came to {X} in 2023, or {A} a month per household.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: an average of the previous years",
        "{S} came to {X} in 2023, an average of {A} a month in the previous five years.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: an average of the year before, named after it",
        "{S} came to {X} in 2023, an average of {A} a month in 2022.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: a daily average and a running total",
        "{S} averaged {A} a day in March 2024, bringing the total to {X}.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: an average of a year not yet over",
        "{S} came to {X} so far this year, an average of {A} a month.",
        None,
        forbidden="equation",
    ),
    Structure(
        "near miss: a per-capita figure with no population",
        "{S} came to {X} in 2023, or {A} per capita.",
        None,
        forbidden="equation per ratio",
    ),
    Structure(
        "near miss: a per-capita figure of another year",
        "{S} came to {X} in 2023, against {A} per capita in 2022.",
        None,
        forbidden="equation per ratio",
    ),
    Structure(
        "X, exceeding the Y recorded in 2022",
        "{S} reached {X} in 2023, exceeding the {Y} recorded in 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "X in 2023 surpassed the Y of 2022",
        "{S} of {X} in 2023 surpassed the {Y} of 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "X, topping the previous record of Y",
        "{S} came to {X} in 2023, topping the previous record of {Y} set in 2019.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "A, falling short of the X target",
        "{S} came to {A} in 2023, falling short of the {X} target.",
        "order",
        (("left", "A"), ("right", "X")),
    ),
    Structure(
        "P, lower than the Q growth a year earlier",
        "{S} recorded a growth of {P} in 2023, lower than the {Q} growth recorded a year earlier.",
        "order",
        (("left", "P"), ("right", "Q")),
    ),
    Structure(
        "a rate eased to P from Q",
        "Growth in {s} eased to {P} in 2023 from {Q} in 2022.",
        "order",
        (("left", "P"), ("right", "Q")),
    ),
    Structure(
        "P of the total, down from Q",
        "{S} made up {P} of the total in 2023, down from {Q} a year earlier.",
        "order",
        (("left", "P"), ("right", "Q")),
    ),
    Structure(
        "was Y in the first half and rose to X",
        "{S} were {Y} in the first half and rose to {X} in the second half.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "grew to X from last year's Y",
        "{S} grew to {X} this year from last year's {Y}.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: a percent of another whole, up from",
        "{S} made up {P} of exports, up from {Q} of imports.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: a rate's move with its change in points",
        "Growth in {s} eased to {P} in 2023 from {Q}, a fall of 35 percentage points.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: another subject after and",
        "{S} were {Y} in the first half and imports rose to {X} in the second half.",
        None,
        forbidden="order",
    ),
    Structure(
        "a higher growth rate of Q, compared to a growth of P",
        "{S} recorded a higher growth rate of {Q} in 2023, compared to a growth of {P} in 2022.",
        "order",
        (("left", "Q"), ("right", "P")),
    ),
    Structure(
        "a lower level of A in 2023 against X in 2022",
        "{S} posted a lower level of {A} in 2023 against {X} in 2022.",
        "order",
        (("left", "A"), ("right", "X")),
    ),
    Structure(
        "A was third with X, ahead of B with A and C with B",
        "The north was third in {s} with {X}, ahead of the south with {A} and the east with {B}.",
        "order",
        (("left", "X"), ("right", "A B")),
    ),
    Structure(
        "a growth of P to X, though lower than the Q growth",
        "{S} posted a growth of {P} to {X} as at end-June 2023, though lower than the {Q} growth "
        "recorded a year earlier.",
        "order",
        (("left", "P"), ("right", "Q")),
    ),
    Structure(
        "increased by Q between 2022 and 2023, well above the P rise",
        "{S} increased by {Q} between 2022 and 2023, well above the {P} rise worldwide.",
        "order",
        (("left", "Q"), ("right", "P")),
    ),
    Structure(
        "near miss: a higher profit of X, compared to a loss of Y",
        "{S} showed a higher profit of {X} in 2023, compared to a loss of {Y} in 2022.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: a lower-than-expected level compared with another",
        "{S} came in at a lower-than-expected level of {A} in 2023, compared with {X} in 2022.",
        None,
        forbidden="order",
    ),
    Structure(
        "grew Q in 2023, outpacing the P rise",
        "{S} grew {Q} in 2023, outpacing the {P} rise in imports.",
        "order",
        (("left", "Q"), ("right", "P")),
    ),
    Structure(
        "X in 2023, which is higher than the Y of 2022",
        "{S} reached {X} in 2023, which is higher than the {Y} of 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "P of GDP, lower than the Q a year earlier",
        "{S} stood at {P} of GDP in 2023, lower than the {Q} a year earlier.",
        "order",
        (("left", "P"), ("right", "Q")),
    ),
    Structure(
        "near miss: faster than between two levels",
        "{S} reached {X} in 2023, faster than the {Y} of 2022.",
        None,
        forbidden="order",
    ),
    Structure(
        "X, a new record. The previous high was Y",
        "{S} reached {X} in 2023, a new record. The previous high was {Y}, set in 2019.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: the previous record, the figure not called one",
        "{S} came to {X} in 2023. The previous record was {Y}.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: the previous high of another subject",
        "{S} reached {X} in 2023, a new record. For the south, the previous high was {Y}.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: two rankings sharing a measured thing only in asides",
        "The north was the largest buyer, at {X}, as trade with the coast fell. The south came "
        "second among sellers, at {A}, as trade with the hills grew.",
        None,
        forbidden="order",
        measures=MONEY,
    ),
    Structure(
        "A took the lead with X. B followed with A. C came in third with B",
        "The north took the lead in {s} in 2023, with {X}. The south followed with {s} of {A}. "
        "The east came in third in {s}, with {B}.",
        "order",
        (("left", "X"), ("right", "A B")),
        measures=MONEY,
    ),
    Structure(
        "near miss: followed after a sentence with no ranked figure",
        "The north took the lead in {s} in 2023, with {X}. Costs rose. The south followed with "
        "{s} of {A}.",
        None,
        forbidden="order",
        measures=MONEY,
    ),
    Structure(
        "rose Q to X. This year's growth exceeds the P recorded in 2022",
        "{S} rose {Q} to {X} in 2023. This year's growth exceeds the {P} recorded in 2022.",
        "order",
        (("left", "Q"), ("right", "P")),
    ),
    Structure(
        "near miss: the growth after a sentence of two percents",
        "{S} rose {Q} to {X} in 2023 and imports fell {P}. The growth exceeds the 10 percent "
        "recorded in 2022.",
        None,
        forbidden="order",
    ),
    Structure(
        "rose P in May, down from Q in April (a growth against the one before)",
        "{S} rose {P} in May 2023 from a year earlier, down from {Q} in April.",
        "order",
        (("left", "P"), ("right", "Q")),
    ),
    Structure(
        "A remained the biggest, at X, ahead of B at A",
        "The north remained the biggest source of {s}, at {X}, ahead of the south at {A}.",
        "order",
        (("left", "X"), ("right", "A")),
    ),
    Structure(  # text/draftranked.py with draftwords.PAST_VERB: "United" is no verb
        "A was the biggest, at X, followed by B at A and the United States at B",
        "Ruritania was the biggest source of {s}, at {X}, followed by Arcadia at {A} and the "
        "United States at {B}.",
        "order",
        (("left", "A"), ("right", "B")),
    ),
    Structure(  # text/draftranked.py: the list's figures in brackets after their names
        "A was the biggest, with X, followed by B (A) and C (B)",
        "Ruritania was the biggest source of {s}, with {X}, followed by Arcadia ({A}) and "
        "Borduria ({B}).",
        "order",
        (("left", "X"), ("right", "A B")),
    ),
    Structure(  # text/draftranked.py: an adjective in -ed in a bracketed member's name
        "A was the biggest, with X, followed by processed B (A) and C (B)",
        "Ruritania was the biggest source of {s}, with {X}, followed by processed goods ({A}) and "
        "refined oil ({B}).",
        "order",
        (("left", "X"), ("right", "A B")),
    ),
    Structure(  # text/draftranked.py: the list in the next sentence, "It was followed by"
        "A was the biggest, with X. It was followed by B (A) and C (B)",
        "Ruritania was the biggest source of {s}, with {X}. It was followed by Arcadia ({A}) and "
        "Borduria ({B}).",
        "order",
        (("left", "A"), ("right", "B")),
    ),
    Structure(
        "near miss: a list in the next sentence after no first place",
        "Ruritania sent {X} of {s}. It was followed by Arcadia ({A}) and Borduria ({B}).",
        None,
        forbidden="order",
    ),
    Structure(  # text/draftorder.py: each figure's period in brackets
        "fell to X (June 2023) from Y (June 2022)",
        "{S} fell to {X} (June 2023) from {Y} (June 2022).",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(  # text/draftorder.py: a noun of change before "to X from Y"
        "a surge in S to X from Y",
        "The year saw a surge in {s} to {X} in 2023 from {Y} in 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(  # text/draftupfrom.py: the figure's source between it and the comparison
        "X by March 31, the office said, down from Y",
        "{S} came to {X} by March 31, the statistics office said on Monday, down from {Y} a year "
        "earlier.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(  # text/draftfigurerose.py
        "Y in May 2022, while in May 2023 the figure rose to X",
        "{S} came to {Y} in May 2022, while in May 2023 the figure rose to {X}.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: Y, while another subject rose to X",
        "The north's {s} came to {Y} in May 2023, while the south's rose to {X}.",
        None,
        forbidden="order",
    ),
    Structure(  # text/draftrecord.py: a record against an earlier figure it is compared with
        "a record X in 2023. The total compares with the Y recorded in 2022",
        "{S} rose to a record {X} in 2023, the office said.\n\nThe total, a third record in a "
        "row, compares with the {Y} recorded in 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: a record X compared with Y expected",
        "{S} rose to a record {X} in 2023, compared with {Y} expected.",
        None,
        forbidden="order",
    ),
    Structure(  # text/draftorder.py: an adverb and a comma between the verb and "to"
        "fell sharply, to X from Y",
        "{S} fell sharply, to {X} in 2023 from {Y} in 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: a fall down from another percent",
        "{S} fell {P} in May 2023, down from {Q} in April.",
        None,
        forbidden="order",
    ),
    Structure(
        "revised downward from X to Y",
        "The forecast for {s} in 2024 was revised downward from {X} to {Y}.",
        "order",
        (("left", "Y"), ("right", "X")),
    ),
    Structure(
        "cut its forecast to Y from X",
        "The ministry cut its forecast for {s} in 2024 to {Y} from {X}.",
        "order",
        (("left", "Y"), ("right", "X")),
    ),
    Structure(
        "raised from Y to X",
        "The forecast for {s} in 2024 was raised from {Y} to {X}.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "the largest came from A (X) and B (Y)",
        "The largest {s} in 2023 came from the north ({X}) and the south ({A}).",
        "order",
        (("left", "X"), ("right", "A")),
    ),
    Structure(
        "the largest came from A (X) and B (Y), followed by C (Z)",
        "The largest {s} in 2023 came from the north ({X}) and the south ({A}), followed by the "
        "east ({B}).",
        "order",
        (("left", "A"), ("right", "B")),
    ),
    Structure(
        "A was the largest, at X, followed by B at Y",
        "The north was the largest source of {s} in 2023, at {X}, followed by the south at {A}.",
        "order",
        (("left", "X"), ("right", "A")),
    ),
    Structure(
        "the most ..., with X, followed by Y and Z",
        "The north was the most important source of {s} in 2023, with {X}, followed by {A} from "
        "the south and {B} from the east.",
        "order",
        (("left", "A"), ("right", "B")),
    ),
    Structure(
        "X, more than double the Y",
        "{S} reached {X} in 2023, more than double the {B} of 2022.",
        "multiple",
        (("value", "X"), ("of", "B")),
    ),
    Structure(
        "X, nearly triple the Y",
        "{S} reached {X} in 2023, nearly triple the {B} recorded in 2022.",
        "multiple",
        (("value", "X"), ("of", "B")),
    ),
    Structure(
        "X, twice as much as the Y",
        "{S} reached {X} in 2023, twice as much as the {B} of 2022.",
        "multiple",
        (("value", "X"), ("of", "B")),
    ),
    Structure(
        "X, higher than in 2022 (Y)",
        "{S} reached {X} in 2023, higher than in 2022 ({Y}).",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "A, lower than a year earlier (X)",
        "{S} came to {A} in 2023, lower than a year earlier ({X}).",
        "order",
        (("left", "A"), ("right", "X")),
    ),
    Structure(
        "B, about a third of the X total",
        "The north produced {B} of {s} in 2023, about a third of the {X} total.",
        "multiple",
        (("value", "B"), ("of", "X")),
    ),
    Structure(
        "near miss: higher than in 2022, with a percent",
        "{S} reached {X} in 2023, higher than in 2022 (up {P}).",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: double another thing's figure",
        "{S} reached {X} in 2023, with imports more than double the {B} of 2022.",
        None,
        forbidden="multiple",
    ),
    Structure(  # text/draftsince.py: the year's figure at least X, never more certainly
        "X, the highest since a year, when they came to Y (X <= Y)",
        "{S} reached {X} in 2023, the highest since 2015, when they came to {Y}.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "near miss: the highest since a year, when another subject came to Y",
        "{S} reached {X} in 2023, the highest since 2015, when imports came to {Y}.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: the highest since a year, Y of a quarter",
        "{S} reached {X} in 2023, the highest since 2015, when they came to {Y} in the first "
        "quarter.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: the second highest since a year",
        "{S} reached {X} in 2023, the second highest since 2015, when they came to {Y}.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: the largest since, with a list",
        "The largest {s} since 2015 came from the north ({X}) and the south ({A}).",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: most of, with a list",
        "Most of the {s} in 2023 came from the north ({X}) and the south ({A}).",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: revised with no direction",
        "The forecast for {s} in 2024 was revised from {X} to {Y}.",
        None,
        forbidden="order",
    ),
    Structure(
        "near miss: exceeding the target by Z",
        "{S} reached {X} in 2023, exceeding the target by {B}.",
        None,
        forbidden="order",
    ),
    Structure(
        "X from N firms, an average of A per firm",
        "{S} came to {X} in 2023 from {N} firms, an average of {A} per firm.",
        "per",
        (("value", "A"), ("numerator", "X"), ("denominator", "N")),
    ),
    Structure(
        "N firms, X, or A per firm",
        "{S} of the {N} firms came to {X} in 2023, or {A} per firm.",
        "per",
        (("value", "A"), ("numerator", "X"), ("denominator", "N")),
    ),
    Structure(
        "M tonnes at an average price of A per tonne, worth X",
        "Exports came to 2 million tonnes in 2023 at an average price of {A} per tonne, worth {X}.",
        "per",
        (("value", "A"), ("numerator", "X"), ("denominator", "M")),
        measures=MONEY,
    ),
    Structure(
        "X. The north took Q (A) of the total.",
        "{S} totalled {X} in 2023. The north took {Q} ({A}) of the total.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X. A took Q of total S with a value of A",
        "{S} totalled {X} in 2023. The north accounted for {Q} of total {s} in 2023 with a value "
        "of {A}.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
        measures=MONEY,
    ),
    Structure(
        "X. Q (A), and 40 percent (B) of the total",
        "{S} totalled {X} in 2023. The north took {Q} ({A}), and the south, 40 percent ({B}) of "
        "the total.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
        measures=MONEY,
    ),
    Structure(
        "near miss: Q at A, no whole named",
        "{S} totalled {X} in 2023. The north's share was {Q} at {A}.",
        None,
        forbidden="share",
        measures=MONEY,
    ),
    Structure(
        "X in one sentence, X again under the same name",
        "{S} reached {X} in 2023, the ministry said. The figure beat forecasts. In its yearly "
        "report the ministry gave {s} for 2023 as {X}.",
        "equal",
        (("claims", "X X"),),
        measures=MONEY,
    ),
    Structure(
        "a sharp increase of P to X from Y",
        "{S} posted a sharp increase of {P} to {X} in 2023 from {Y} in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X (Q of GDP) given twice under one name: the two shares",
        "{S} reached {X} ({Q} of GDP) in 2023, the ministry said. The figure beat forecasts. In "
        "its yearly report the ministry gave {s} for 2023 as {X} ({Q} of GDP).",
        "equal",
        (("claims", "Q Q"),),
        measures=MONEY,
    ),
    Structure(
        "X, then 'the X was spent'",
        "{S} reached {X} in 2023, the ministry said. The {X} was spent on new schools.",
        "equal",
        (("claims", "X X"),),
        measures=MONEY,
    ),
    Structure(
        "near miss: X, then 'the X loan'",
        "{S} reached {X} in 2023, the ministry said. The {X} loan was repaid in May.",
        None,
        forbidden="equal",
        measures=MONEY,
    ),
    Structure(
        "X, then 'It stood at X' after a sentence naming it",
        "{S} reached {X} in 2023. {S} held up well over the year. It stood at {X}, the "
        "ministry said.",
        "equal",
        (("claims", "X X"),),
    ),
    Structure(
        "near miss: 'It stood at X' after a sentence naming another thing",
        "{S} reached {X} in 2023. Fuel imports rose sharply over the year. It stood at {X}, the "
        "ministry said.",
        None,
        forbidden="equal",
    ),
    Structure(
        "A, or R of Omani S, in an article on Oman",
        "Omani {s} rise\n\nOman's {s} rose to {X} in 2023. India led at {A}. The UAE followed "
        "with {B}, or {R} of Omani {s}, in 2023.",
        "share",
        (("share", "R"), ("part", "B"), ("whole", "X")),
    ),
    Structure(
        "near miss: A, or R of Indian S, in an article on Oman's trade with India",
        "Oman's trade with India grows\n\nOman's {s} rose to {X} in 2023. India bought goods "
        "worth {B}, or {R} of Indian {s}, in 2023.",
        None,
        forbidden="share",
    ),
    Structure(
        "X in 2023 from Y in 2022, then X again under the same name",
        "{S} rose to {X} in 2023 from {Y} in 2022, the ministry said. The figure beat forecasts. "
        "In its yearly report the ministry gave {s} for 2023 as {X}.",
        "equal",
        (("claims", "X X"),),
        measures=MONEY,
    ),
    Structure(
        "B, R of total S (a comma alone)",
        "{S} reached {X} in 2023, the ministry said. {S} from the north were {B}, {R} of total "
        "{s}.",
        "share",
        (("share", "R"), ("part", "B"), ("whole", "X")),
    ),
    Structure(
        "near miss: B, R of the plan (a comma alone)",
        "{S} reached {X} in 2023, the ministry said. {S} from the north were {B}, {R} of the plan.",
        None,
        forbidden="share",
    ),
    Structure(
        "near miss: one value under one name in two years",
        "{S} reached {X} in 2023, the ministry said. The figure beat forecasts. In 2022 {s} had "
        "also come to {X}.",
        None,
        forbidden="equal",
        measures=MONEY,
    ),
    Structure(
        "the biggest buyers were A (X), B (Y) and C (Z)",
        "The biggest buyers of {s} in 2023 were the north ({X}), the south ({A}) and the east "
        "({B}).",
        "order",
        (("left", "X"), ("right", "A B")),
        measures=MONEY,
    ),
    Structure(
        "A was the best-selling, with X (Q), followed by B with Y (40 percent)",
        "The north was the best-selling region for {s} in 2023, with {X} ({Q}), followed by the "
        "south with {A} (40 percent).",
        "order",
        (("left", "X"), ("right", "A")),
        measures=MONEY,
    ),
    Structure(
        "rose to X in 2023, compared with Y in 2022",
        "{S} rose to {X} in 2023, compared with {Y} in 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
        measures=MONEY,
    ),
    Structure(
        "near miss: rose to X, compared with Y expected",
        "{S} rose to {X} in 2023, compared with {Y} expected by analysts.",
        None,
        forbidden="order",
        measures=MONEY,
    ),
    Structure(
        "N projects worth X, creating M jobs",
        "{N} projects worth {X} were launched in 2023, creating 1,200 jobs.",
        "ratio",
        (("numerator", "X"), ("denominator", "J")),
        measures=MONEY,
    ),
    # a balance of two flows across sentences (text/draftbalances.py, draftroles, draftearlier)
    Structure(
        "exports B. Imports, for their part, rose from Y to X. A deficit of A",
        "Exports stood at {B} in 2023. Imports, for their part, rose {P} from {Y} to {X}. The "
        "trade deficit came to {A}.",
        "difference",
        (("result", "A"), ("minuend", "X"), ("subtrahend", "B")),
        measures=MONEY,
    ),
    Structure(
        "the balance a year before from 'from Y to X' and 'against D'",
        "Exports rose to {B} in 2023 from {C} a year earlier. Imports, in turn, rose {P} from {Y} "
        "to {X}. The trade deficit came to {A}, against {D} a year earlier.",
        "difference",
        (("result", "D"), ("minuend", "Y"), ("subtrahend", "C")),
        measures=MONEY,
    ),
    Structure(
        "near miss: the flows that break down another trade",
        "Trade with the islands came to {Z} in 2023, with exports of {A} and imports of {X}. The "
        "trade deficit reached {B}.",
        None,
        forbidden="difference",
        measures=MONEY,
    ),
    # a balance's flows in the period their context gives (text/periodcontext.py)
    Structure(
        "the months' balance and flows after a month's lead",
        "In May alone the budget ran a surplus of {B}.\n\nFor January-May, the deficit was {A}. "
        "Revenues came to {Y} and expenditures amounted to {X}.",
        "difference",
        (("result", "A"), ("minuend", "X"), ("subtrahend", "Y")),
        measures=MONEY,
    ),
    Structure(
        "near miss: a month's imports, then the months' balance and exports",
        "Trade closed June with a deficit of {B}, the office said.\n\nImports fell by 3.4 percent "
        "to {X}. Over the first six months of the year the trade deficit reached {A}, as exports "
        "grew 5.3 percent to {Y}.",
        None,
        forbidden="difference",
        measures=MONEY,
    ),
    # seasonally adjusted and unadjusted figures never in one relation (text/adjustedbasis.py)
    Structure(
        "an adjusted balance of adjusted flows, an unadjusted flow after",
        "Exports came to {X} in May and imports to {B}, leaving a trade surplus of {A}, all "
        "seasonally adjusted.\n\nBefore seasonal adjustment, imports came to {Y} in May.",
        "difference",
        (("result", "A"), ("minuend", "X"), ("subtrahend", "B")),
        measures=MONEY,
    ),
    Structure(
        "near miss: an unmarked balance; adjusted exports; unadjusted flows",
        "The trade surplus came to {A} in May.\n\nIn seasonally adjusted terms, exports came to "
        "{Z} in May.\n\nBefore seasonal adjustment, exports came to {X} in May and imports to "
        "{B}.",
        None,
        forbidden="difference",
        measures=MONEY,
    ),
    # trade with one partner or the neighbours together (text/draftbalances.py, draftroles.scope)
    Structure(  # text/draftroles.py: "exports of processed foods" a category, not the whole
        "exports X: a product's A and exports of processed goods B: parts",
        "Exports reached {X} in the first half of 2023. Cotton exports totalled {A} in six "
        "months. Exports of processed foods totalled {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
        measures=UNITS,
    ),
    Structure(
        "near miss: a product's exports B; exports of processed goods A, no whole",
        "Cotton exports totalled {B} in 2023. Exports of processed foods totalled {A}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(  # text/categorylead.py: the categories after "By product category," are siblings
        "exports X. By category, a product's A; exports in another group B: A a part",
        "Exports reached {X} in 2023. By product category, cotton exports totalled {A} in 2023. "
        "Exports in the second group totalled {B}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "near miss: by category, a product's exports B; exports by sea A, no whole",
        "By product category, cotton exports totalled {B} in 2023. Exports by sea totalled {A}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(  # draftroles._CHANNEL: a flow confined to a regime or a way of carriage
        "near miss: a product's exports A; exports under a regime B, no whole",
        "Rice exports amounted to {A} in 2023. Exports under the free zone regime totaled {B}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "exports under all regimes X; a product's exports A: a part",
        "Exports under all regimes totaled {X} in 2023. Rice exports amounted to {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(  # text/siblingflows.py: two products of one flow are siblings, never whole and part
        "near miss: a product's exports down to A, a bracketed product's down to B, no whole",
        "Exports slipped in 2023, on lower crude oil exports, down to {A} from {X}, and lower "
        "liquefied natural gas (LNG) exports, down to {B} from {Y}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "near miss: a product's exports down to B, a bracketed product's down to A, no whole",
        "Exports slipped in 2023, on lower crude oil exports, down to {B} from {Y}, and lower "
        "liquefied natural gas (LNG) exports, down to {A} from {X}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "a product's exports X, of which a narrower product's exports A: a part",
        "Oil exports reached {X} in 2023, of which crude oil exports were {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "border trade X: exports to neighbouring countries A of the total, imports B",
        "The country's border trade reached {X} in 2023. Exports to neighbouring countries made "
        "up {A} of the total, while imports from the border countries came to {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
        measures=UNITS,
    ),
    Structure(
        "the border trade surplus B: exports to the border countries X, imports A",
        "Exports to the border countries came to {X} in 2023 and imports from the border "
        "countries to {A}. The border trade surplus was {B}.",
        "difference",
        (("result", "B"), ("minuend", "X"), ("subtrahend", "A")),
        measures=UNITS,
    ),
    Structure(  # border trade is the land crossings': the neighbours' trade may go by sea
        "near miss: the border trade surplus B: exports to the neighbours X, imports A",
        "Exports to neighbouring countries came to {X} in 2023 and imports from neighbouring "
        "countries to {A}. The border trade surplus was {B}.",
        None,
        forbidden="difference",
        measures=UNITS,
    ),
    Structure(
        "trade turnover with a partner X: exports to it A, imports from it B",
        "Trade turnover with Ruritania reached {X} in 2023. Exports to Ruritania came to {A} and "
        "imports from Ruritania to {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
        measures=UNITS,
    ),
    Structure(
        "near miss: border trade X; exports A and imports B of all partners",
        "The country's border trade reached {X} in 2023. Exports came to {A} and imports to {B}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "near miss: the border trade surplus B; exports X and imports A of all partners",
        "The border trade surplus was {B} in 2023. Exports came to {X} and imports to {A}.",
        None,
        forbidden="difference",
        measures=UNITS,
    ),
    # a total whose words count its members, and that many after it (text/draftcounted.py):
    # the count after the total's partner preposition, each member named by it and a capital
    Structure(
        "S with its two main partners X: A with Utopia and B with Arcadia",
        "{S} with its two main partners came to {X} in 2023: {A} with Utopia and {B} with Arcadia.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "S with its two partners X. Utopia led with A, followed by Arcadia with B",
        "{S} with its two partners came to {X} in 2023. Utopia led with {A}, followed by "
        "Arcadia with {B}.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "near miss: S with its three partners X. Utopia led with A, followed by Arcadia with B",
        "{S} with its three partners came to {X} in 2023. Utopia led with {A}, followed by "
        "Arcadia with {B}.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: the two ministers said S X: A with Utopia and B with Arcadia",
        "The two ministers said {S} came to {X} in 2023: {A} with Utopia and {B} with Arcadia.",
        None,
        forbidden="sum",
    ),
    Structure(
        "near miss: S of its two regions X. The north led with A, followed by the south with B",
        "{S} of its two regions came to {X} in 2023. The north led with {A}, followed by the "
        "south with {B}.",
        None,
        forbidden="sum",
    ),
    # two amounts, then two shares, paired in turn (text/draftshares.py, _in_order)
    Structure(
        "A of exports and B of imports, representing Q of total exports and 50 percent of imports",
        "Exports reached {X} and imports {Y} in 2023. Trade with the north came to {A} of exports "
        "and {B} of imports, representing {Q} of total exports and 50 percent of total imports.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
        measures=MONEY,
    ),
    Structure(
        "exports to the north A and to the south B, or Q and R of total exports, respectively",
        "Exports reached {X} in 2023. Exports to the north came to {A} and exports to the south "
        "to {B}, or {Q} and {R} of total exports, respectively.",
        "share",
        (("share", "R"), ("part", "B"), ("whole", "X")),
        measures=MONEY,
    ),
    Structure(
        "near miss: exports to the north A and to the south B, or Q and R of total exports",
        "Exports reached {X} in 2023. Exports to the north came to {A} and exports to the south "
        "to {B}, or {Q} and {R} of total exports.",
        None,
        forbidden="share",
        measures=MONEY,
    ),
    # the guards of the twelfth session's fixers, across subjects and units
    Structure(  # text/scaleslip.py: a figure whose scale word was left out
        "near miss: S fell U or 12 percent to X (U printed without its scale)",
        "{S} fell {U} or 12 percent to {X} in 2023, the office said.",
        None,
        forbidden="change growth",
        measures=MONEY,
    ),
    Structure(
        "S fell B or R to X (both with their scale)",
        "{S} fell {B} or {R} to {X} in 2023, the office said.",
        "change",
        (("amount", "B"), ("current", "X"), ("percent", "R")),
        measures=MONEY,
    ),
    Structure(
        "S rose U or 6 percent to W (neither with a scale)",
        "The average monthly wage rose {U} or 6 percent to {W} in 2023, the office said.",
        "change",
        (("amount", "U"), ("current", "W")),
        measures=MONEY,
    ),
    Structure(  # text/adjustedbasis.py
        "a balance whose basis is named once, its flows unmarked",
        "The trade surplus came to {A} in May, adjusted customs figures showed.\n\nExports came "
        "to {X} in May and imports to {B}.",
        "difference",
        (("result", "A"), ("minuend", "X"), ("subtrahend", "B")),
        measures=MONEY,
    ),
    Structure(
        "near miss: seasonally adjusted exports A; unadjusted exports X",
        "Seasonally adjusted exports came to {A} in May, the office said. Unadjusted exports came "
        "to {X} in May.",
        None,
        forbidden="sum",
        measures=MONEY,
    ),
    Structure(  # text/partnertopic.py
        "near miss: with a partner, imports X; imports of a product A",
        "With Ruritania, the deficit widened in 2023. Imports climbed to {X} in 2023. Machinery "
        "imports reached {A} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "imports X; imports of a product A, no partner's paragraph",
        "Imports climbed to {X} in 2023, the office said. Machinery imports reached {A} in 2023.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(  # text/pertime.py
        "near miss: X a month; the north A, or Q of the total",
        "{S} averaged {X} a month in 2023. The north brought {A}, or {Q} of the total.",
        None,
        forbidden="share",
    ),
    Structure(
        "X in 2023; the north A, or Q of the total",
        "{S} came to {X} in 2023. The north brought {A}, or {Q} of the total.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "near miss: X a year; of that, A and B",
        "{S} runs at {X} a year. Of that, the north brings {A} and the south {B}.",
        None,
        forbidden="sum",
    ),
    # the list guards (text/suggestlistguard.py): each refuses the suggested list for its reason
    *(
        Structure(
            f"near miss, suggested: Total X. A, B and C refused ({reason})",
            pattern,
            None,
            forbidden="sum",
            suggested=True,
        )
        for reason, pattern in (
            (
                "plan",
                "Total {s} is expected to reach {X} in May 2023. The north is to bring in {B} in "
                "May, the south {C} and the east {D}.",
            ),
            (
                "rate",
                "Total {s} came to {X} on average in May 2023. The north brought in {B} in May, "
                "the south {C} and the east {D}.",
            ),
            (
                "change",
                "Total {s} came to {X} in May 2023. The north posted the biggest increase, {B} in "
                "May, the south {C} and the east {D}.",
            ),
            (
                "cumulative",
                "Total {s} came to {X} in May 2023. Since 2010 the north has brought in {B}, the "
                "south {C} and the east {D}.",
            ),
            (
                "owners",
                "Total {s} from Ruritania came to {X} in May 2023. The north brought in {B} in "
                "May, the south {C} and the east {D}.",
            ),
            (
                "flow",
                "Total {s} came to {X} in May 2023. The north allocated {B} in May, the south {C} "
                "and the east {D}.",
            ),
            (
                "wider",
                "Total {s} came to {X} in May 2023. Across the world, the north brought in {B} in "
                "May, the south {C} and the east {D}.",
            ),
        )
    ),
    # figures of one relation in different sentences or clauses (draftshares, draftupfrom,
    # draftheadline)
    Structure(
        "X. ... A, contributing Q to the total",
        "{S} totalled {X} in 2023, the office said. By region, the picture was mixed. In the "
        "north, the figure rose by 4 percent to {A}, contributing {Q} to the total.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "X. ... A, contributing Q to the total. B, contributing 40 percent",
        "{S} totalled {X} in 2023, the office said. By region, the picture was mixed. In the "
        "north, the figure rose by 4 percent to {A}, contributing {Q} to the total. In the south "
        "it fell by 2 percent to {B}, contributing {R}.",
        "share",
        (("share", "R"), ("part", "B"), ("whole", "X")),
    ),
    Structure(
        "near miss: A, contributing Q to the total, after two values",
        "{S} totalled {X} in 2023, the office said, and {Y} in 2022. By region, the picture was "
        "mixed. In the north, the figure rose by 4 percent to {A}, contributing {Q} to the total.",
        None,
        forbidden="share",
    ),
    Structure(
        "A, up in comparison to the B in 2022, but down from 2021 (X)",
        "{S} came to {A} in 2023, up in comparison to the {B} in 2022, but slightly down from "
        "2021 ({X}).",
        "order",
        (("left", "A"), ("right", "X")),
        measures=MONEY,
    ),
    Structure(
        "headline up P, body X as against Y, a rise of P",
        "{S} up {P} in 2023\n\n{S} stood at {X} in 2023, as against {Y} a year earlier, a rise "
        "of 25.2 percent, the office said.",
        "growth",
        GROWTH,
    ),
    Structure(
        "X. A, which makes Q of total S",
        "{S} reached {X} in 2023, the office said. The north accounted for {A}, which makes {Q} "
        "of total {s}.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
    ),
    Structure(
        "part's exports A, exports X ... surplus B, or R of exports",
        "Fruit exports to the north reached {A} in June. Exports rose 10 percent to {X} in June. "
        "Fruit led the rise. Fish came next. Wine fell. The trade surplus was {B}, or {R} of "
        "exports.",
        "share",
        (("share", "R"), ("part", "B"), ("whole", "X")),
        measures=MONEY,
    ),
    Structure(
        "exports A, imports X. Exports covered Q of imports",
        "Exports came to {A} in 2023, and imports reached {X}. Exports covered {Q} of imports.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
        measures=MONEY,
    ),
    Structure(
        "a P growth in exports ... exports X against Y",
        "A {P} growth in exports was reported for 2023. Officials were pleased. Exports reached "
        "{X} in 2023 against {Y} in 2022, the office said.",
        "growth",
        GROWTH,
        measures=MONEY,
    ),
    Structure(
        "rose P to X in 2023. That compares with Y a year earlier.",
        "{S} rose {P} to {X} in 2023. That compares with {Y} a year earlier.",
        "growth",
        GROWTH,
    ),
    Structure(
        "rose P to X in 2023. The figure compares with Y in 2022.",
        "{S} rose {P} to {X} in 2023, the office said. The figure compares with {Y} in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "near miss: That compares with Y expected",
        "{S} rose {P} to {X} in 2023. That compares with {Y} expected by analysts.",
        None,
        forbidden="order",
    ),
    Structure(
        "X, up P compared to last year, when they came in at Y",
        "{S} reached {X} in the first eight months of 2023, up {P} compared to the same period "
        "last year, when they came in at {Y}.",
        "growth",
        GROWTH,
    ),
    Structure(  # a level and its growth after "or" (text/draftgrowth.py), no amount of change
        "X, or P more than Y",
        "{S} reached {X} in 2023, or {P} more than the {Y} recorded in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(  # {y}: Y with its scale and no unit, left to X (text/unitleft.py)
        "X, up from Y, its unit left to X",
        "{S} were {X} in 2023, up from {y} a year earlier.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "X, up in comparison to the Y, its unit left to X",
        "{S} came to {X} in 2023, up in comparison to the {y} in 2022.",
        "order",
        (("left", "X"), ("right", "Y")),
    ),
    Structure(
        "rose P to X from Y, its unit left to X",
        "{S} rose {P} to {X} in 2023 from {y} in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(  # {z}: Z's digits alone, restating X in brackets
        "X (Z), the number in brackets restating X",
        "{S} came to {X} ({z}) in 2023, the ministry said.",
        "equal",
        (("claims", "X Z"),),
    ),
    Structure(
        "near miss: X (N), a number in brackets outside X",
        "{S} came to {X} (8.2) in 2023, the ministry said.",
        None,
        forbidden="equal",
    ),
    Structure(  # text/draftwithin.py
        "X in the first half, June alone A",
        "{S} came to {X} in the first half of 2023. June alone brought {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
    ),
    Structure(
        "X in 2023, in December on its own A",
        "{S} reached {X} in 2023, the ministry said. In December 2023 on its own they came to {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
    ),
    Structure(  # text/draftsharesum.py
        "A, contributing P to the total; B, contributing Q",
        "{S} came to {X} in 2023. The north brought {A}, contributing {R} to the total. The south "
        "brought {B}, contributing 30 percent to the total.",
        "sum",
        (("total", "X"), ("parts", "A B")),
    ),
    Structure(
        "near miss: A and B with their shares of a plan X",
        "The plan for 2023 put {S} at {X}. The north brought {A}, or {R} of the plan, and the "
        "south {B}, or 30 percent of the plan.",
        None,
        forbidden="sum",
    ),
    Structure(  # text/draftflowin.py
        "turnover X in 2023; exports A in 2023",
        "Foreign trade turnover came to {X} in 2023, the office said. Exports came to {A} in 2023.",
        "sum",
        (("total", "X"), ("parts", "A")),
    ),
    Structure(
        "near miss: turnover X in 2023; exports A in 2022",
        "Foreign trade turnover came to {X} in 2023, the office said. Exports came to {A} in 2022.",
        None,
        forbidden="sum",
    ),
    Structure(  # text/draftroles.py (_partner), text/draftparts.py
        "exports X in 2023; exports to a partner A in 2023",
        "Exports came to {X} in 2023, the office said. Exports to Ruritania reached {A} in 2023.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "exports to a partner rose P to A in 2023; exports X in 2023",
        "Exports to Ruritania rose {P} to {A} in 2023. Exports came to {X} in 2023, the office "
        "said.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "imports from the EU A in May; total imports X in May",
        "Imports from the EU came to {A} in May. Total imports reached {X} in May.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "near miss: exports to a partner X; exports of a product A",
        "Exports to Ruritania reached {X} in 2023, while exports of wool came to {A}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "near miss: exports X in 2023; exports to a partner A in 2022",
        "Exports came to {X} in 2023, the office said. Exports to Ruritania had reached {A} in "
        "2022.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(  # text/whose.py, text/draftparts.py
        "a country's exports X in 2023; exports to a partner A in 2023",
        "Georgia's exports came to {X} in 2023. Exports to Ruritania reached {A} in 2023.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "near miss: another owner's exports to a partner A; a country's exports X",
        "Turkey's exports to Georgia reached {A} in 2023, the office said. Georgia's exports came "
        "to {X} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "near miss: a province's exports X; exports to a partner A",
        "The province's exports came to {X} in 2023. Exports to Ruritania reached {A} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(  # text/partnertopic.py, text/draftparts.py
        "imports X in 2023; with a partner, imports A in 2023",
        "Imports came to {X} in 2023, the office said. With Freedonia, the deficit widened in 2023 "
        "as imports reached {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "near miss: with a partner, imports X; imports from another partner A",
        "With Ruritania, the surplus widened in 2023. Imports climbed to {X} in 2023. Imports from "
        "Freedonia reached {A} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "near miss: partner-bound exports and imports X; imports from another partner A",
        "Ruritania-bound exports rose in 2023 and imports climbed to {X}. Imports from Freedonia "
        "reached {A} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(  # text/draftroles.py (_partner, _names_partner)
        "exports X in 2023; exports to a partner named like a verb A in 2023",
        "Exports came to {X} in 2023, the office said. Exports to Sicily reached {A} in 2023.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "near miss: exports to a partner named like a verb X; exports to a partner A",
        "Exports to Sicily came to {X} in 2023. Exports to Malta reached {A} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "near miss: exports X; exports to the country's other provinces A",
        "Exports came to {X} in 2023, and exports to other provinces came to {A}.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(
        "rose P. The ministry put S at X, against Y",
        "{S} rose {P} in 2023, the ministry said. It put {s} at {X} in 2023, against {Y} in 2022.",
        "growth",
        GROWTH,
    ),
    Structure(
        "near miss: rose P. Another subject's X against Y",
        "{S} rose {P} in 2023, the ministry said. It put staff costs at {X} in 2023, against {Y} "
        "in 2022.",
        None,
        forbidden="growth",
    ),
    Structure(
        "near miss: a month alone outside X's months",
        "{S} came to {X} in the first quarter of 2023. June alone brought {A}.",
        None,
        forbidden="sum",
    ),
    Structure(  # text/draftroles.py OTHER_FLOWS, text/draftparts.py
        "output X, output at a place A",
        "Output reached {X} in 2023, and output at the northern fields came to {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(  # text/draftroles.py OTHER_FLOWS, text/draftgrowthnamed.py
        "sales X; sales rose P from Y",
        "Sales reached {X} in 2023. Sales rose {P} from {Y} in 2022.",
        "growth",
        GROWTH,
        measures=UNITS,
    ),
    Structure(  # text/draftroles.py OTHER_FLOWS, text/draftwithin.py
        "shipments X in 2023; in January-March A",
        "Shipments came to {X} in 2023. In January-March shipments reached {A}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
    ),
    Structure(
        "near miss: a company's sales and a part of no owner",
        "Toyota's sales rose to {X} in 2023. Tobacco sales reached {A} in 2023.",
        None,
        forbidden="sum",
        measures=UNITS,
    ),
    Structure(  # text/draftlift.py: the turnover's identity on the base values
        "turnover X up P; exports A up Q, imports B up R: the bases add up",
        "Foreign trade turnover reached {X} in 2023, up {P} year on year. Exports rose {Q} to {A} "
        "and imports grew {R} to {B}.",
        "equation",
        (("expr", "X / ( 100 percent + P ) = A / ( 100 percent + Q ) + B / ( 100 percent + R )"),),
        measures=MONEY,
    ),
    Structure(  # text/draftlift.py: the balance's identity on the base values
        "exports X up Q, imports A up P, a surplus B up R: the bases' balance",
        "Exports rose {Q} year on year to {X} in 2023 and imports grew {P} to {A}, leaving a "
        "trade surplus of {B}, up {R}.",
        "equation",
        (("expr", "B / ( 100 percent + R ) = X / ( 100 percent + Q ) - A / ( 100 percent + P )"),),
        measures=MONEY,
    ),
    Structure(  # text/draftlift.py: a part within its whole, an order on the base values
        "X up P, of which A up Q: the base part within the base whole",
        "{S} rose {P} year on year to {X} in 2023, of which {s} from the north rose {Q} to {A}.",
        "equation",
        (("expr", "X / ( 100 percent + P ) > = A / ( 100 percent + Q )"),),
    ),
    Structure(
        "near miss: turnover up P year on year, exports up Q month on month",
        "Foreign trade turnover reached {X} in March 2023, up {P} year on year. Exports rose {Q} "
        "month on month to {A} and imports grew {R} to {B}.",
        None,
        forbidden="equation",
        measures=MONEY,
    ),
    Structure(  # text/draftlift.py: a base word followed by words no reading resolves
        "near miss: exports up Q to A from the first quarter, a base unread",
        "In the second quarter of 2023, exports rose {Q} to {A} from the first quarter, imports "
        "grew {P} to {B} and the trade surplus widened {R} to {X}.",
        None,
        forbidden="equation",
        measures=MONEY,
    ),
    Structure(  # text/draftlift.py: a base of another year is every growth's own
        "near miss: X up P in 2023; of it, A down Q compared with 2017",
        "{S} rose {P} to {X} in 2023. Of that, {s} from the north came to {A}, down {Q} compared "
        "with 2017.",
        None,
        forbidden="equation",
    ),
    Structure(  # text/draftlift.py: a growth's own base after its level
        "near miss: X up P year on year, of which A down Q from a month earlier",
        "In May 2023, {s} rose {P} year on year to {X}, above last year's average, of which {s} "
        "from the north fell {Q} to {A} from a month earlier.",
        None,
        forbidden="equation",
    ),
    Structure(  # text/draftlift.py: a growth in other terms than its figure
        "near miss: turnover up P; exports up Q to A in local-currency terms",
        "Foreign trade turnover reached {X} in 2023, up {P} year on year. Exports rose {Q} to {A} "
        "in local-currency terms, and imports grew {R} to {B}.",
        None,
        forbidden="equation",
        measures=MONEY,
    ),
    Structure(
        "suggested: the gain was P, to X from Y (a noun of change)",
        "{S} grew in every district. In the northern district the gain was {P}, to {X} during "
        "2023, from {Y} for 2022.",
        "growth",
        GROWTH,
        suggested=True,
    ),
    Structure(
        "suggested: domestic exports X; coffee exports A (a product within the flow's scope)",
        "Earnings from domestic exports fell to {X} in 2023. Coffee exports fell to {A} in 2023, "
        "and cocoa exports to {B}.",
        "sum",
        (("total", "X"), ("parts", "A")),
        measures=UNITS,
        suggested=True,
    ),
    Structure(
        "suggested: Q of total exports with a value of A, the exports X named once in its period",
        "The country's exports came to {X} in June 2023, and its exports in June 2022 had been "
        "{Y}. Chile accounted for {Q} of total exports in June 2023 with a value of {A}.",
        "share",
        (("share", "Q"), ("part", "A"), ("whole", "X")),
        measures=UNITS,
        suggested=True,
    ),
    Structure(
        "suggested: S reached X, or a share of the target set at H: A and B (a listed breakdown)",
        "{S} reached {X} in 2023, or 90 percent of the target set at {H}: {A} from the north and "
        "{B} from the south.",
        "sum",
        (("total", "X"), ("parts", "A B")),
        suggested=True,
    ),
    Structure(
        "near miss, suggested: S from Y to X, with a rise in fees of Q (far from its change)",
        "{S} came to {X} in 2023, from {Y} in 2022, with a rise in fees of {Q}.",
        None,
        forbidden="growth",
        suggested=True,
    ),
)

SLOTS = {
    "P": "25 percent",
    "Q": "60 percent",
    "X": "12.5",
    "Y": "10",
    "A": "7.5",
    "B": "5",
    "Z": "12.48",  # X given to another rounding
    "C": "4",  # B a year before
    "D": "6",  # Y less C
    "H": "12",  # X cut short: a headline's bound ("over 12 million")
    "K": "14.5",  # above that bound, but not printed as it
}
WRITTEN = {"N": "2,500", "M": "2 million tonnes", "J": "1,200", "R": "40 percent"}
"""Figures written as they are whatever the measure: a count of firms, a volume, jobs."""
UNSCALED = {"U": "1,622", "W": "27,030"}
"""Figures printed with no scale word in the measure's unit ("$1,622"), a slip's or a wage's."""
FALLING = {"X": "8", "P": "20 percent"}
"""The slots of a fall: "fell 20 percent to 8 million" (from 10 million)."""
FALL_VERBS = ("fell", "declined", "dropped")


@dataclass(frozen=True)
class Outcome:
    structure: str
    measure: str
    recalled: bool
    wrong: bool


def filled(structure: Structure, measure: Measure) -> tuple[str, dict[str, str]]:
    """The sentence, and each slot's figure as the draft writes it (a claim's value)."""
    falls = any(f"}} {verb} " in structure.pattern for verb in FALL_VERBS)
    slots = dict(SLOTS, **(FALLING if falls else {}))
    values = {k: v if k in ("P", "Q") else measure.written.format(n=v) for k, v in slots.items()}
    values |= WRITTEN
    values |= {k.lower(): _scale_only(values[k]) for k in ("Y", "Z")}  # "10 million"
    values["z"] = SLOTS["Z"]  # "12.48": the digits alone
    values |= {k: _unscaled(measure, v) for k, v in UNSCALED.items()}
    return structure.pattern.format(S=measure.subject, s=measure.subject.lower(), **values), values


def _unscaled(measure: Measure, number: str) -> str:
    """A figure in the measure's currency or unit printed with no scale word ("€1,622")."""
    return re.sub(r"\s*(?:million|billion)", "", measure.written).format(n=number)


def _scale_only(value: str) -> str:
    """A figure as its number and scale word, its unit or currency sign left out."""
    return " ".join(re.sub(r"^\D+(?=\d)", "", w) for w in _bare(value).split())


def _values(field: str, values: dict[str, str]) -> str:
    return " ".join(values[slot] for slot in field.split())


def outcome(structure: Structure, measure: Measure) -> Outcome:
    text, values = filled(structure, measure)
    head, _, body = text.rpartition("\n\n")  # a headline before the dateline
    found = draft(f"{head}\n\n{DATELINE}{body}" if head else DATELINE + text)
    written = {c.id: (c.value or "") for c in found.claims}

    def as_values(value: object) -> str:
        ids = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
        return " ".join(_bare(written.get(i, i)) for i in ids)

    def as_expr(value: object) -> str:
        """An equation with each claim as its figure: "7.5 million * 12 = 12.5 million"."""
        tokens = _TOKEN.findall(str(value))
        return " ".join(_bare(written.get(t, t.strip('"'))) or t for t in tokens)

    relations = [
        (
            r.kind,
            {
                k: as_expr(v) if k == "expr" else as_values(v)
                for k, v in r.fields.items()
                if not isinstance(v, bool)
            },
        )
        for r in ([s.relation for s in found.suggested] if structure.suggested else found.relations)
    ]
    if structure.kind is None:  # a near miss: no base of a growth, or no relation of the kinds
        wrong = any(
            kind in structure.forbidden.split() or (kind == "growth" and "base" in fields)
            for kind, fields in relations
        )
        return Outcome(structure.name, measure.name, not wrong, wrong)
    want = {
        field: _expr(slots, values) if field == "expr" else _bare(_values(slots, values))
        for field, slots in structure.fields
    }
    same_kind = [fields for kind, fields in relations if kind == structure.kind]
    recalled = any(all(f.get(k) == v for k, v in want.items()) for f in same_kind)
    wrong = (
        any(f.get(k) not in (None, v) for f in same_kind for k, v in want.items()) and not recalled
    )
    return Outcome(structure.name, measure.name, recalled, wrong)


_TOKEN = re.compile(r'"[^"]*"|[A-Za-z_][\w.-]*|\d+|\S')
"""A token of an equation: a quoted figure, a claim's id, a number, an operator."""


def _expr(template: str, values: dict[str, str]) -> str:
    """The equation a structure states, each slot as its figure ("A * 12 = X")."""
    return " ".join(_bare(values[t]) if t in values else t for t in template.split())


def _bare(value: str) -> str:
    """A figure as its number and scale: the draft may write a growth with its verb ("rose 25
    percent") and a count without its noun."""
    words = value.lower().replace("$", " ").replace("¥", " ").replace("gh¢", " ").split()
    return " ".join(w for w in words if w[:1].isdigit() or w in ("million", "billion", "percent"))


def measures(structure: Structure) -> tuple[Measure, ...]:
    """The measures a structure is written with: all, or the ones it names."""
    return tuple(m for m in MEASURES if not structure.measures or m.name in structure.measures)


def outcomes() -> Iterator[Outcome]:
    for structure in STRUCTURES:
        for measure in measures(structure):
            yield outcome(structure, measure)


def main() -> int:
    rows: dict[str, list[Outcome]] = {}
    for one in outcomes():
        rows.setdefault(one.structure, []).append(one)
    print("structure | recalled | wrong | " + " ".join(m.name for m in MEASURES))
    total = wrong = recalled = 0
    for name, found in rows.items():
        marks = " ".join("x" if o.wrong else ("+" if o.recalled else "-") for o in found)
        got = sum(o.recalled for o in found)
        bad = sum(o.wrong for o in found)
        total, recalled, wrong = total + len(found), recalled + got, wrong + bad
        print(f"{name} | {got}/{len(found)} | {bad} | {marks}")
    print(f"recalled: {recalled} of {total}; wrong: {wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
