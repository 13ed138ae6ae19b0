"""Changes read as a share's or a rate's, which may be in points, in held24's fresh texts
(twenty-fifth session, run once at e42104c and judged before any change): each a false
percent-points warning on an amount's growth. Every sentence is our own, around numeric phrases as
printed: "growing by 5 percent" after "the annually adjusted rate of real Gross Domestic Product"
(Electricity Forum after the Edison Electric Institute, January 2003) and "forecast to grow by 4.5
per cent" after "interest rate rises ... with state final demand" (WAtoday, December 2023)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def _kind(text: str, value: str) -> str | None:
    return next(c.kind for c in draft(text).claims if c.value == value)


def _warned(text: str, folder: Path) -> list[Outcome]:
    return [o for _, o in outcomes(text, folder, ("percent-points",)) if o is not Outcome.PASS]


_GROWTHS = {
    # draftwords._WITH_SUBJECT: "with" and a subject of its own after a rate's noun
    "with a subject": (
        "The state economy absorbed interest rate rises and weaker exports with state final "
        "demand now forecast to grow by 4.5 per cent in 2031.",
        "grow by 4.5 per cent",
    ),
    "with a subject, expected to": (
        "The savings rate held near its high in 2031 with consumer spending expected to rise "
        "3.2 percent.",
        "rise 3.2 percent",
    ),
    # ratepace._output: the rate of an economy's output is its pace
    "the rate of GDP spelled": (
        "Power demand picked up, with the annually adjusted rate of real Gross Domestic "
        "Product growing by 5 percent in the first quarter of 2031.",
        "growing by 5 percent",
    ),
    "the annual rate of GDP": (
        "In the second quarter of 2031 the annual rate of GDP rose 3.1 percent.",
        "rose 3.1 percent",
    ),
}


@pytest.mark.parametrize(("text", "value"), _GROWTHS.values(), ids=_GROWTHS.keys())
def test_an_amount_s_change_after_a_rate_s_noun_is_a_growth(
    text: str, value: str, tmp_path: Path
) -> None:
    assert _kind(text, value) == "growth"
    assert _warned(text, tmp_path) == []


def test_near_miss_with_the_rate_itself_is_the_rate_s_change() -> None:
    text = "The jobless rate rose in May 2031, with the rate climbing by 0.3 percent."
    assert _kind(text, "climbing by 0.3 percent") == "change"


@pytest.mark.parametrize(
    "text",
    [
        "The rate of GDP growth fell by 0.4 percent in 2031.",
        "The rate of defective product fell by 0.4 percent in 2031.",
    ],
)
def test_near_miss_a_rate_of_growth_or_of_goods_may_change_in_points(text: str) -> None:
    assert _kind(text, "fell by 0.4 percent") == "change"
