"""Words around a growth that once hid it from the draft: a word of direction after the percent
followed by "compared to" ("2.2 percent less compared to"), and a passive verb right before the
comma ("Goods worth X were produced, which is P more"). The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("by 2.2 percent less compared to", "2.2 percent less"),
        ("2.2 percent lower compared with", "2.2 percent lower"),
        ("2.2 percent more compared to", "2.2 percent more"),
        ("2.2 percent higher year-on-year compared to", "2.2 percent higher"),
    ],
)
def test_a_direction_before_compared_to_is_the_percent_s(words: str, value: str) -> None:
    text = (
        "The country produced goods worth AZN 18.8 billion ($11bn), which is "
        f"{words} the same months of last year."
    )
    assert relations(text) == [("growth", {"growth": value, "current": "AZN 18.8 billion"})]


@pytest.mark.parametrize("verb", ["were produced", "was exported", "were shipped"])
def test_a_passive_verb_before_the_comma_links_the_growth(verb: str) -> None:
    text = f"Goods worth $5 billion {verb}, which is 2.2 percent more than a year earlier."
    assert relations(text) == [("growth", {"growth": "2.2 percent more", "current": "$5 billion"})]


def test_more_or_less_alone_stays_the_sentence_s_word() -> None:
    # "or more" says nothing of a direction: the percent stays as printed
    assert relations("Exports reached $5 billion, up 20 percent or more.") == [
        ("growth", {"growth": "up 20 percent", "current": "$5 billion"})
    ]


@pytest.mark.parametrize("when", ["from a year earlier", "from a year ago", "year-on-year"])
def test_a_comparison_with_a_year_earlier_before_the_value_reached(when: str) -> None:
    assert relations(f"Tourism income rose by 32.3% {when} to $8.7 billion in 2023.") == [
        ("growth", {"growth": "rose by 32.3%", "current": "$8.7 billion"})
    ]


def test_a_period_after_a_change_and_over_is_the_base_s(tmp_path: Path) -> None:
    text = (
        "Exports reached ₦19.167 trillion in the quarter, an increase of 51.00% compared to Q4 "
        "2023 (₦12.693 trillion) and by 195.47% over the value of the first quarter of 2023 "
        "(₦6.487 trillion)."
    )
    periods = {c.value: c.period for c in draft(text).claims}
    assert periods["₦19.167 trillion"] != "2023-Q1"
    assert ("periods", Outcome.FAIL) not in outcomes(text, tmp_path, ("periods",))


def test_a_base_period_after_the_base_s_figure() -> None:
    # "last year" after "than $4.3 billion": the base's year, the decimal point no full stop
    text = (
        "KARACHI, 11 July 2019\n\nInflows from the UAE were $4.6 billion, or 6 percent higher "
        "than $4.3 billion last year."
    )
    claims = {c.value: c for c in draft(text).claims}
    assert claims["6 percent higher"].period != "2018"


def test_a_later_change_s_base_is_not_an_earlier_change_s(tmp_path: Path) -> None:
    text = (
        "Cairo, August 9, 2015\n\nRevenues came to nearly $5.3bn in the fiscal year 2013-2014, an "
        "increase of six per cent compared with the previous fiscal year, and to almost $449.6m "
        "in May 2015, an increase of 6.5 per cent compared with the same month last year."
    )
    bases = {c.value: c.base_period for c in draft(text).claims}
    assert bases["an increase of six per cent"] is None
    assert bases["an increase of 6.5 per cent"] == "2014-05"  # the same month (text/sameperiod)
    assert ("periods", Outcome.FAIL) not in outcomes(text, tmp_path, ("periods",))


def test_a_base_before_every_change_is_each_one_s() -> None:
    text = "Against January 2020, exports and imports fell by 11.5 per cent and 14.2 per cent."
    bases = {c.value: c.base_period for c in draft(text).claims}
    assert bases["fell by 11.5 per cent"] == bases["-14.2 per cent"] == "2020-01"


def test_a_quote_said_twice_in_another_case_gets_its_own_place(tmp_path: Path) -> None:
    text = (
        "Over the past ten years the canal earned $47 billion.\n\nAbout 182,300 ships used the "
        "canal over the past ten years.\n"
    )
    assert ("coverage", Outcome.PASS) in outcomes(text, tmp_path, ("coverage",))
    assert all(o is Outcome.PASS for _, o in outcomes(text, tmp_path, ("coverage",)))


def test_a_growth_for_a_named_flow_is_not_the_figure_of_another_flow_before_it() -> None:
    # "X, a fall of P for exports and a rise of Q for imports" after the imports' X: P is the
    # exports' growth, never X's
    text = (
        "Exports were 41.2 million euros in May, while imports came to 318.4 million euros, a "
        "fall of 3.1 percent for exports and a rise of 12.5 percent for imports."
    )
    assert [r for r in relations(text) if r[0] == "growth"] == []
    own = "Imports came to 318.4 million euros, a rise of 12.5 percent for imports."
    assert relations(own) == [
        ("growth", {"growth": "a rise of 12.5 percent", "current": "318.4 million euros"})
    ]


@pytest.mark.parametrize("words", ["rise in imports", "increase in imports", "fall in imports"])
def test_a_growth_in_another_flow_after_a_semicolon_is_not_the_level_s(words: str) -> None:
    # "X; a P rise in imports": the growth names imports, never the exports' X before it
    text = f"Exports reached $5.2 billion in 2031; a 12 percent {words} widened the deficit."
    assert [r for r in relations(text) if r[0] == "growth"] == []
    own = text.replace("imports", "exports").replace("deficit", "surplus")
    assert [fields["current"] for kind, fields in relations(own) if kind == "growth"] == [
        "$5.2 billion"
    ]


def test_the_volume_of_a_named_thing_is_no_anaphora_for_the_figure_before() -> None:
    # "the volume of visitor spending fell by P": the volume's growth, never the value's before
    text = (
        "Spending by visitors came to $64.2 million in May. After adjusting for inflation of 3%, "
        "the volume of visitor spending fell by 1.9%."
    )
    assert [r for r in relations(text) if r[0] == "growth"] == []
    alone = text.replace("the volume of visitor spending fell", "the figure fell")
    assert ("growth", {"growth": "fell by 1.9%", "current": "$64.2 million"}) in relations(alone)


def test_a_growth_after_the_period_compared_is_not_its_own() -> None:
    # "Sales in the same period of 2030 were X, an increase of P": P is the later figure's over X
    text = (
        "Wool sales reached 4.2 million tonnes in January-May 2031. Sales in the same period of "
        "2030 were 3.9 million tonnes, an increase of 8%."
    )
    assert [r for r in relations(text) if r[0] == "growth"] == []
    own = text.replace("in the same period of 2030", "in January-May 2030")
    assert ("growth", {"growth": "an increase of 8%", "current": "3.9 million tonnes"}) in (
        relations(own)
    )


def test_a_growth_in_weight_is_no_growth_of_a_value() -> None:
    # "worth X, P percent more in weight": the tonnage grew by P, not the money
    text = (
        "Ghana exported 2.1 million tonnes of cocoa worth $4.4 billion, 12 percent more in weight."
    )
    assert [r for r in relations(text) if r[0] == "growth"] == []
    value = text.replace("in weight", "in value")
    assert ("growth", {"growth": "12 percent", "current": "$4.4 billion"}) in relations(value)
