"""One amount given twice under one name (:mod:`aktobe_facts.text.draftnamedtwice`): an equal
relation when two sentences give one value of one unit and their clauses name the same thing;
nothing for two things that share a value, two periods, a comparison's earlier figure or a value
given three times. The sentences are written for these tests."""

from __future__ import annotations

from test_draft_rounded import equals


def test_one_amount_twice_under_one_name() -> None:
    text = (
        "Cotton growers sold 1.42 million tonnes of lint in 2030, the board said.\n\n"
        "Prices were firm all year. The board's yearly report puts lint sales at 1,420,000 "
        "tonnes in 2030."
    )
    assert equals(text) == [["1.42 million tonnes", "1,420,000 tonnes"]]
    # one value, one scale or another: "Rs. 7,997 billion" and "Rs7.997 trillion"
    assert equals(
        "Servicing domestic debt cost Rs. 7,997 billion. The tables give domestic debt service "
        "as Rs7.997 trillion."
    ) == [["Rs. 7,997 billion", "Rs7.997 trillion"]]


def test_two_things_two_periods_or_a_base_share_no_value() -> None:
    # the same value, named by different words: two things
    assert (
        equals("Schools received 3.1 billion lari in 2030. Roads and bridges got 3.1 billion lari.")
        == []
    )
    # the same name, two periods
    assert (
        equals("Wool exports came to $40 million in 2030. In 2029 wool exports were $40 million.")
        == []
    )
    # a comparison's earlier figure is another year's
    assert (
        equals(
            "Wool sales came to $44 million in 2030. Wool sales rose 10% from $40 million a "
            "year earlier. Wool sales of $40 million were once a record."
        )
        == []
    )
