"""A draft's figures whose currency or unit the words give once: a list that names its currency
on its first figure ("247.9 million dollars in 2016, 214.0 million in 2017"), a "zero" before a
noun of money ("zero reinvested earnings"), "nights" of a stay and the "mt" left to the editor."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def values(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each drafted claim's quote -> (value, note)."""
    return {c.quote: (c.value, c.note) for c in draft(text + "\n").claims}


def test_a_list_names_its_currency_once() -> None:
    text = (
        "Tea exports were 310.4 million dollars in 2019, 288.0 million in 2020 and 301.7 "
        "million in 2021, while 12 million euros went to levies, the board said."
    )
    found = [v for v, _ in values(text).values()]
    assert "288.0 million dollars" in found and "301.7 million dollars" in found


def test_a_list_priced_by_its_first_figure_says_so() -> None:
    text = (
        "Gold sales of South Africa were 40.1 billion rand and imports totaled 38.2 billion, "
        "against $2.5 billion of aid."
    )
    notes = {v: n for v, n in values(text).values()}
    assert notes["38.2 billion rand"] == (
        'printed "38.2 billion" with no currency: in rand, as the list\'s first figure'
    )


@pytest.mark.parametrize(
    "text",
    [
        # another currency before it in the sentence
        "Exports reached $5 billion and imports 3 billion euros, and the deficit 2 billion.",
        # a semicolon or "while": another clause, perhaps another currency
        "Exports reached $5 billion and imports $3 billion; the euro debt was 2 billion.",
        # another scale word
        "Exports reached 5 billion dollars, and 300 million came from tea.",
        # the currency named after it
        "Exports reached 5 billion dollars and 2 billion in euros.",
        # a noun it counts
        "Exports reached 5 billion dollars and 2 billion people.",
    ],
)
def test_a_list_that_does_not_make_the_currency_certain_leaves_it(text: str) -> None:
    for value, note in values(text + " Rates rose 2 percent in rupees.").values():
        assert note is None or "list" not in note, value


def test_zero_before_a_noun_of_money_is_zero_in_the_paragraphs_currency() -> None:
    text = (
        "Investment came to 12.6 million euro: equity brought 4.1 million euro, zero "
        "reinvested earnings and debt instruments 8.5 million euro."
    )
    (zero,) = [(v, n) for q, (v, n) in values(text).items() if "zero" in q and v == "0 euro"]
    assert zero[1] == 'printed "zero" with no currency: in euros, as the paragraph\'s other amounts'


@pytest.mark.parametrize(
    "text",
    [
        "Investment came to 12.6 million euro, and zero jobs were lost.",  # no money noun
        "Equity brought 4.1 million euro and $2 million, and zero reinvested earnings.",
        "Reinvested earnings were zero and debt instruments 8.5 million euro.",  # noun before
    ],
)
def test_zero_stays_unpriced_where_the_words_do_not_make_it_money(text: str) -> None:
    assert not [v for v, _ in values(text).values() if v is not None and v.startswith("0")]


def test_nights_of_two_years_are_compared() -> None:
    drafted = draft("Guests stayed an average of 6.5 nights, down from 7.1 nights in 2019.\n")
    assert {c.value for c in drafted.claims} == {"6.5 nights", "7.1 nights"}
    assert [r.kind for r in drafted.relations] == ["order"]


def test_mt_is_noted_for_the_editor() -> None:
    ((value, note),) = values("The kharif harvest reached 98.31 mt this year.").values()
    assert value == "98.31" and note is not None and "million tonnes in Indian usage" in note
