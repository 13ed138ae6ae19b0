"""Orders by the structure of their language, read in the fourteenth session on fresh texts:
a ranked list whose first place a superlative gives with no "followed by" after it ("the
highest ... went to A with X, B with Y"), a list after a semicolon and "followed by", and a
member named right before its figure ("followed by the Freedonians 1,470"). The sentences are
written for these tests; each structure has a near miss that drafts nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from test_draft_order import orders


def test_a_superlative_ranks_its_first_member_above_a_list_with_no_followed_by() -> None:
    assert orders(
        "The largest share of the island's exports went to Ruritania with 31%, Freedonia "
        "with 14.2%, Latveria with 9.5% and Borduria with 7.1%."
    ) == [("31%", ">=", ["14.2%", "9.5%", "7.1%"])]
    assert orders(
        "Ruritania leads the list of suppliers with 10.4%, Freedonia with 8.7% and Latveria "
        "with 7.6%."
    ) == [("10.4%", ">=", ["8.7%", "7.6%"])]


def test_a_superlative_ranks_a_bracketed_list_with_no_followed_by() -> None:
    assert (
        "35,140",
        ">=",
        ["12,230", "6,075"],
    ) in orders(
        "In August the lake hotels had the most guests from Ruritania (35,140), Freedonia "
        "(12,230) and Latveria (6,075)."
    )


def test_no_first_place_of_one_no_ranked_list() -> None:
    # a superlative of a plural, or "main": every member is among the largest, none first
    assert (
        orders(
            "The largest markets were Ruritania with 31%, Freedonia with 14.2% and Latveria "
            "with 9.5%."
        )
        == []
    )
    assert (
        orders("The main partners were Ruritania (44%), Freedonia (4.8%) and Latveria (4.4%).")
        == []
    )
    # "most of" the whole came from the members together: no first place of one
    assert (
        orders(
            "Most of the investment came from Ruritania (43.1 million euro) and Freedonia "
            "(8.9 million euro)."
        )
        == []
    )
    # "led to" and "first-half" give no place; the figure after is no member of a list
    assert (
        orders(
            "These sales led to a surplus of 4,115 million euros, an increase in the balance "
            "of 2,310 million euros."
        )
        == []
    )
    assert (
        orders(
            "Acme Foods posted first-half earnings of 42 billion dong on total revenue of 2.63 "
            "trillion dong."
        )
        == []
    )


def test_followed_by_after_a_semicolon() -> None:
    assert orders(
        "Most of the visitors to Erewhon in June came from Ruritania - 7,240; followed by "
        "Freedonia (5,115), Latveria (4,020) and Borduria (2,960)."
    ) == [
        ("7,240", ">=", ["5,115", "4,020", "2,960"]),
        ("5,115", ">=", ["4,020", "2,960"]),
        ("4,020", ">=", ["2,960"]),
    ]
    # no word of first place: "followed by" ranks nothing
    assert (
        orders(
            "The visitors to Erewhon in June came from Ruritania - 7,240; followed by "
            "Freedonia (5,115) and Latveria (4,020)."
        )
        == []
    )


def test_a_proper_name_right_before_its_figure_in_a_ranked_list() -> None:
    assert orders(
        "Ruritanian guests were the most registered 2,061 (31.5%), followed by the "
        "Freedonians 1,470 (22.5%)."
    ) == [("2,061", ">=", ["1,470"])]
    # words that are no name before the figure end the list
    assert (
        orders(
            "Ruritanian guests were the most registered 2,061 (31.5%), followed by other "
            "guests 1,470 (22.5%)."
        )
        == []
    )


@given(st.lists(st.integers(1, 99), min_size=2, max_size=4, unique=True))
def test_the_superlative_ranks_the_first_whatever_the_values(values: list[int]) -> None:
    names = ["Arcadia", "Borduria", "Syldavia", "Ruritania"]
    items = [f"{name} with {v}%" for name, v in zip(names, values, strict=False)]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    got = orders(f"The highest share of the exports went to {listed}.")
    words = [f"{v}%" for v in values]
    assert got == [(words[0], ">=", words[1:])]


def test_a_move_from_a_level_named_by_its_noun() -> None:
    assert orders(
        "Wool sales dropped unexpectedly to $125 million from a post-war high of $142 million "
        "in 2029."
    ) == [("$125 million", "<", ["$142 million"])]
    # a plan's figure is no earlier level
    assert orders("Wool sales rose to $5 million from a target of $6 million.") == []


def test_a_change_word_and_its_size_give_the_way_of_from_a_to_b() -> None:
    assert orders(
        "Citrus sales fell by one fourth, going from $5.3 million to almost $4 million."
    ) == [("almost $4 million", "<", ["$5.3 million"])]
    # a size that is a figure makes a change of the three, no order of the two ends
    assert (
        orders(
            "Fish exports saw a minimal growth of $0.7 million, from $3.3 million in 2029 to "
            "almost $4 million this year."
        )
        == []
    )
    # no word of change: the move's way is not said
    assert (
        orders(
            "Citrus sales were reported by the board, going from $5.3 million in 2029 to "
            "$4 million in 2030."
        )
        == []
    )


def test_a_comparative_noun_with_its_period_before_amounting_to() -> None:
    assert orders(
        "The office reported a higher trade deficit for the month of May 2030 amounting to "
        "208.5 million euros compared to the 204.7 million euros for the same period in 2029."
    ) == [("208.5 million euros", ">", ["204.7 million euros"])]
    # a comparison with another thing draws nothing
    assert (
        orders(
            "The office reported a higher trade deficit for the month of May 2030 amounting to "
            "208.5 million euros compared to a surplus of 204.7 million euros in 2029."
        )
        == []
    )


@given(st.integers(1, 900), st.integers(1, 900), st.sampled_from(["fell", "rose"]))
def test_the_change_word_alone_gives_the_way(a: int, b: int, verb: str) -> None:
    got = orders(
        f"Tin sales {verb} by one third, going from ${a} million in 2029 to ${b} million in 2030."
    )
    assert got == [(f"${b} million", "<" if verb == "fell" else ">", [f"${a} million"])]
