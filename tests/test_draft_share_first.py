"""A share written before its part (:mod:`aktobe_facts.text.draftshares`): the part in
parentheses ("P% (A) of W"), or after the whole's words and "at" or "with a value of"; a list of
such pairs whose last names the whole; the whole's words ending before words of time; and the
whole found past an aside on "which". Every sentence here is written for these tests."""

from __future__ import annotations

from test_draft_shares import shares


def test_the_part_in_parentheses_after_its_share() -> None:
    assert shares(
        "Grain sales came to 40 million tonnes in 2030. Wheat made up 55% (22 million tonnes) "
        "of total sales."
    ) == [
        ("share", {"share": "55%", "part": "22 million tonnes", "whole": "40 million tonnes"}),
    ]


def test_the_part_after_the_wholes_words_and_at_or_with_a_value_of() -> None:
    assert shares(
        "Lending reached 8.2 billion lei in May. Farms took 12 percent of total lending in May "
        "with a value of 0.98 billion lei."
    ) == [
        ("share", {"share": "12 percent", "part": "0.98 billion lei", "whole": "8.2 billion lei"})
    ]
    assert shares(
        "Outlays came to 640 million euros. Salaries accounted for 45 percent of outlays at "
        "288 million euros."
    ) == [
        (
            "share",
            {"share": "45 percent", "part": "288 million euros", "whole": "640 million euros"},
        )
    ]
    # no whole's words: "P at A" may be a rate at a level; nothing drafted
    assert (
        shares("Outlays came to 640 million euros. Salaries took 45 percent at 288 million euros.")
        == []
    )


def test_a_list_whose_last_pair_names_the_whole() -> None:
    found = shares(
        "Imports rose to 9 billion rand, and machinery, which grew fast, reached 4 billion rand. "
        "Fuel led purchases: 40% (3.6 billion rand), against food, 35% (3.15 billion rand), and "
        "chemicals, 20% (1.8 billion rand) of overall imports."
    )
    wholes = {f["share"]: f["whole"] for kind, f in found if kind == "share"}
    assert wholes == {"40%": "9 billion rand", "35%": "9 billion rand", "20%": "9 billion rand"}
    # a verb between two pairs ends the list: the first keeps no whole of the second's
    assert (
        shares(
            "Fuel rose 40% (3.6 billion rand) in 2030, and chemicals made up 20% (1.8 billion "
            "rand) of overall imports."
        )
        == []
    )


def test_the_wholes_words_end_before_words_of_time() -> None:
    assert shares(
        "Car sales reached 3.1 billion euros over the year. Imported cars made up 30 percent - "
        "or 0.93 billion euros - of the total sales over the period."
    ) == [
        (
            "share",
            {"share": "30 percent", "part": "0.93 billion euros", "whole": "3.1 billion euros"},
        )
    ]


def test_the_whole_past_an_aside_on_which() -> None:
    found = shares(
        "Exports came to $2.1 billion, and imports, which rose 8%, reached $4.0 billion. Fuel "
        "made up 25% ($1.0 billion) of overall imports."
    )
    assert found == [
        ("share", {"share": "25%", "part": "$1.0 billion", "whole": "$4.0 billion"}),
    ]
