"""Drafted ids name what a figure is, never how it changed: the value a growth reached takes the
subject's words ("exports"), its percent the same words and "growth", and "up to" after a change's
size is the value reached, not a bound. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftwords import content

CHANGE_SENTENCES = [
    "Exports went up by 13.1 percent up to $5.97 billion in January-June 2017.",
    "Imports increased by 9.2 percent to 6.102 billion euros in the first half of 2017.",
    "Coffee shipments rose by 4.5 percent to 412,000 bags in the season.",
    "Mining output was boosted by 14.8 percent up to 2.375 million tonnes last year.",
    "Tourist arrivals climbed 7 percent to 1.2 million visitors in 2019.",
]
HOW_IT_CHANGED = {"up", "went", "increased", "rose", "boosted", "climbed", "percent", "billion"}


@pytest.mark.parametrize("sentence", CHANGE_SENTENCES)
def test_a_growth_and_its_value_are_named_for_what_changed(sentence: str) -> None:
    found = draft(sentence)
    growth = next(r for r in found.relations if r.kind == "growth")
    current = growth.fields["current"]
    percent = growth.fields["growth"]
    assert isinstance(current, str) and isinstance(percent, str)
    assert not set(current.split("_")) & HOW_IT_CHANGED, current
    assert percent == f"{current}_growth"
    assert set(current.split("_")) <= set(content(sentence))
    assert growth.id == f"{percent}_relation"


def test_up_to_after_a_change_s_size_is_the_value_reached() -> None:
    assert relations("Exports went up by 13.1 percent up to $5.97 billion in 2017.") == [
        ("growth", {"growth": "went up by 13.1 percent", "current": "$5.97 billion"})
    ]
    assert relations("Output rose 12.6% up to 4.45 million tonnes in 2017.") == [
        ("growth", {"growth": "rose 12.6%", "current": "4.45 million tonnes"})
    ]


def test_up_to_alone_stays_a_bound() -> None:
    values = [c.value for c in draft("Exports may reach up to $6 billion in 2018.").claims]
    assert values == ["up to $6 billion"]
    values = [c.value for c in draft("Grants of up to 5 percent of the cost are paid.").claims]
    assert values == ["up to 5 percent"]
    values = [c.value for c in draft("The fund will lend up to $2 million a farm.").claims]
    assert values == ["up to $2 million"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Wool inflation edged up to 3.06 per cent in September.", "3.06 per cent"),
        ("Wool inflation ticked up to 3.06 per cent in September.", "3.06 per cent"),
        ("Wool inflation went up to 3.06 per cent in September.", "3.06 per cent"),
        # "add up to" is the verb of a sum's whole (as "come to"), never "at most" (twenty-third
        # session, audit19: "tax collection added up to 4.3 million pesos" was read as a bound)
        ("Wool receipts over the seasons added up to $41.2 million.", "$41.2 million"),
        ("Port fees for the year add up to $41.2 million.", "$41.2 million"),
        ("Port fees, adding up to $41.2 million, were paid in March.", "$41.2 million"),
    ],
)
def test_up_to_after_a_verb_of_moving_up_or_adding_is_the_level_reached(
    sentence: str, value: str
) -> None:
    assert [c.value for c in draft(sentence).claims] == [value]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("a 34-percent decline", "a 34 percent decline"),
        ("a 12-percent drop", "a 12 percent drop"),
        ("an 8-percent increase", "an 8 percent increase"),
    ],
)
def test_a_hyphened_percent_keeps_the_direction_of_its_noun(written: str, value: str) -> None:
    # "a 34-percent decline ... to X" is a fall of 34 percent, never a rise
    found = draft(f"The wool firm posted {written} in revenues, to 2.29 billion kwanzas.")
    assert found.claims[0].value == value


def test_an_amount_whose_clause_names_nothing_takes_the_words_before_it() -> None:
    found = draft(
        "Farm goods earned 3.2 billion USD, down 14 percent, and forestry products, 922 million "
        "USD, up nearly 6 percent; the FDI sector (including crude oil) made $48.3 billion."
    )
    ids = {c.value: c.id for c in found.claims}
    assert ids["922 million USD"] == "forestry_products"
    assert ids["$48.3 billion"] == "fdi_sector"


def ids(text: str) -> list[tuple[str, str | None]]:
    return [(c.id, c.value) for c in draft(text).claims]


def test_a_figure_whose_own_words_name_nothing_takes_the_sentence_s_name_for_it() -> None:
    # the name before the bracket it opens; the amount in the bracket keeps its own id
    assert ids(
        "The leading partners were China (21.5 percent or $2.13 billion), Russia (17.8 "
        "percent or $1.76 billion)."
    ) == [
        ("china_percent", "21.5 percent"),
        ("leading_partners_china", "$2.13 billion"),
        ("russia_percent", "17.8 percent"),
        ("russia", "$1.76 billion"),
    ]
    assert ids("Growth was led by construction (+14.4 percent) and transport (+20.6 percent).")[
        1
    ] == ("transport_percent", "20.6 percent")
    # the figure a growth follows, a list's name before the comma, the item of a list before it
    assert ids("They booked 5.3 million overnight stays, an increase of 19.6%.")[1] == (
        "overnight_stays_growth",
        "an increase of 19.6%",
    )
    assert ids("GDP grew 5.0 percent; India, 7.5 percent.")[1] == ("india_percent", "7.5 percent")
    assert ids("After crops of 14.3 million, 16.4 million and 12.0 million.") == [
        ("crops", "14.3 million"),
        ("crops_count", "16.4 million"),
        ("crops_count_2", "12.0 million"),
    ]
    # the growth before the amounts of its move, the move's end named as its start
    assert ids("Brazilian arrivals increased by 45%, from 54 100 to 78 100.") == [
        ("brazilian_arrivals_growth", "increased by 45%"),
        ("brazilian_arrivals_count", "54 100"),
        ("brazilian_arrivals_count_2", "78 100"),
    ]


def test_a_name_given_late_takes_no_id_a_later_figure_has_by_its_own_words() -> None:
    found = ids(
        "Milk powder, butter, and cheese led the rise, up 45 percent to NZ$1.2 billion ($890 "
        "million) and up 11 percent in quantity."
    )
    # "up 11 percent" keeps the id its own words give it; the one named late is numbered
    assert found == [
        ("butter_cheese_led_growth_2", "up 45 percent"),
        ("butter_cheese_led", "NZ$1.2 billion"),
        ("butter_cheese_led_growth", "up 11 percent"),
    ]
    # a figure with no word that names it keeps its kind: no words are made up
    assert ids("It was 12.5 percent.") == [("claim", "12.5 percent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Farming made up 12.5 percent (3.1 billion lari) of output, and mining 8.2 percent (2.05 "
        "billion lari).",
        "Farming made up 12.5 percent or 3.1 billion lari of output, and mining 8.2 percent or "
        "2.05 billion lari.",
    ],
)
def test_an_amount_joined_to_a_percent_is_named_as_the_percent(sentence: str) -> None:
    # never by the words after it ("of output, and mining"): the next item's name
    named = {c.value: c.id for c in draft(sentence).claims}
    assert named["3.1 billion lari"] == "farming_amount"
    assert named["2.05 billion lari"] == "mining_amount"


def test_a_growth_in_brackets_after_a_growth_is_named_as_that_one() -> None:
    # the year before's growth of the same item, never the next item's words ("construction")
    text = (
        "Wool output increased by 5.6 percent (a growth of 7.2 percent a year before), "
        "construction work by 5.3 percent (a growth of 15 percent)."
    )
    named = {c.value: c.id for c in draft(text).claims}
    assert named["a growth of 7.2 percent"] == "wool_output_growth_2"
    assert named["a growth of 15 percent"] == "construction_work_growth_2"
