"""Figures given twice that the draft ties (tenth session): a growth whose noun has a word of
degree before it ("a sharp increase of 11.8 per cent", :mod:`aktobe_facts.text.phrases`) given
again, and the shares of one figure given twice (:mod:`aktobe_facts.text.draftsharetwice`). Every
article here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import equals
from aktobe_facts.text.draft import draft


def kinds(text: str) -> dict[str, str | None]:
    return {c.value or "": c.kind for c in draft(text).claims}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sales rose on a sharp increase of 11.8 per cent to 7.4 million tonnes.", "an increase"),
        ("Wool exports saw a slight decline of 2.1 percent in May.", "a decline"),
        ("The port logged a steep fall of 9 percent in cargo.", "a fall"),
    ],
)
def test_a_change_with_a_word_of_degree_is_a_growth(sentence: str, value: str) -> None:
    read = {v: k for v, k in kinds(sentence).items() if "percent" in v or "per cent" in v}
    assert [k for k in read.values()] == ["growth"]
    assert next(iter(read)).startswith(value)


def test_a_word_of_degree_alone_makes_no_growth() -> None:
    # no noun of change after the degree: "a sharp 11.8 per cent" is read as before
    assert "growth" not in kinds("Wool took a sharp share of 11.8 per cent of exports.").values()


def test_a_growth_with_a_word_of_degree_given_again_is_tied() -> None:
    text = (
        "Trade in May grew 9.2 per cent to 310.4 million lari, on a sharp increase of 11.8 per "
        "cent to 190.2 million lari in exports and a 5.1 per cent rise to 120.2 million lari "
        "in imports.\n\nExports picked up by 11.8 per cent to 190.2 million lari, the office "
        "said."
    )
    tied = equals(text)
    assert ["an increase of 11.8 per cent", "picked up by 11.8 per cent"] in tied


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        (
            "The deficit came to 4.2 billion lari (3.1 percent of GDP) in 2030, the ministry "
            "said. Revenue reached 12.4 billion lari and spending 16.6 billion lari, so the "
            "budget deficit was 4.2 billion lari (3.1 percent of GDP) for the year.",
            ["3.1 percent", "3.1 percent"],
        ),
        (
            "The deficit came to 4.2 billion lari, or 3.1 percent of GDP, in 2030. Spending was "
            "16.6 billion lari. The deficit of 4.2 billion lari stood at 3.2 percent of GDP, the "
            "fund said.",
            None,
        ),
    ],
)
def test_the_shares_of_a_figure_given_twice_are_one(text: str, tied: list[str] | None) -> None:
    found = [t for t in equals(text) if all("percent" in v for v in t)]
    if tied is None:  # "stood at 3.2 percent of GDP" is no pair of amount and share
        assert found == []
    else:
        assert found == [tied]


@pytest.mark.parametrize(
    "text",
    [
        # two wholes: GDP and revenue
        "The deficit came to 4.2 billion lari (3.1 percent of GDP) in 2030, the ministry said. "
        "Revenue reached 12.4 billion lari and spending 16.6 billion lari, so the budget deficit "
        "was 4.2 billion lari (33.9 percent of revenue) for the year.",
        # "of the total" names no whole of its own
        "Exports to the north came to 4.2 billion lari (3.1 percent of the total) in 2030. In "
        "the north, exports reached 4.2 billion lari (3.1 percent of the total) too.",
        # two figures of one value the draft does not tie: two owners
        "Grain exports came to 4.2 billion lari (3.1 percent of GDP) in 2030. Metal exports "
        "came to 4.2 billion lari (3.1 percent of GDP) as well.",
    ],
)
def test_shares_of_figures_not_tied_or_of_two_wholes_are_not(text: str) -> None:
    assert [t for t in equals(text) if all("percent" in v for v in t)] == []


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        (
            "Wool sales have so far brought the growers $61.2 million. According to the board, "
            "the $61.2 million was raised from 14.8 million kilogrammes of wool.",
            ["$61.2 million", "$61.2 million"],
        ),
        (
            "The port earned 410 million lari in fees in 2030. The 410 million lari will be spent "
            "on new cranes, the port said.",
            ["410 million lari", "410 million lari"],
        ),
    ],
)
def test_a_figure_named_again_by_the_is_tied(text: str, tied: list[str]) -> None:
    assert equals(text) == [tied]


@pytest.mark.parametrize(
    "text",
    [
        # a noun after the figure: another thing of the same value
        "The port earned 410 million lari in fees in 2030. The 410 million lari loan was repaid "
        "in May.",
        # a comparison's figure, "the" inside the clause
        "The port earned 410 million lari in fees in 2030, exceeding the 400 million lari of "
        "2029. Cranes cost 400 million lari. The port said the 400 million lari was spent.",
        # two earlier figures of that value
        "The port earned 410 million lari in fees and 410 million lari in rents. The 410 million "
        "lari was spent on cranes.",
        # a bound and a figure
        "The port earned over 410 million lari in fees. The 410 million lari was spent on cranes.",
        # another period
        "The port earned 410 million lari in fees in 2030. In 2031, the 410 million lari was "
        "spent on cranes.",
        # a participle that says which figure, the clause's verb after it: another thing
        "The port earned 410 million lari in fees in 2030. The 410 million lari needed for new "
        "cranes has not been raised.",
        "The port earned 410 million lari in fees in 2030. The 410 million lari promised by the "
        "state paid for new cranes.",
    ],
)
def test_the_figure_not_named_again_is_not_tied(text: str) -> None:
    assert equals(text) == []


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        (
            "The wool went at an average price of US$4.10/kg. Merino wool sold at US$5.20/kg. "
            '"The average price of wool is lower in 2030 than in 2029. It stands at US$4.10/kg '
            'this season, while last season it was US$4.60/kg," the board says.',
            ["US$4.10/kg", "US$4.10/kg"],
        ),
        (
            "Grain exports came to 2.4 million tonnes in the year. Farmers said grain exports "
            "held up well. That was 2.4 million tonnes, the ministry said.",
            ["2.4 million tonnes", "2.4 million tonnes"],
        ),
        (
            # "of all kinds": every kind, the earlier one among them
            "Exports of barley came to 2.4 million tonnes in the year. Exports of all kinds of "
            "barley grew fast. It stood at 2.4 million tonnes, the ministry said.",
            ["2.4 million tonnes", "2.4 million tonnes"],
        ),
    ],
)
def test_a_figure_given_again_after_a_pronoun_is_tied(text: str, tied: list[str]) -> None:
    assert equals(text) == [tied]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names another thing than the earlier figure's clause
        "Grain exports came to 2.4 million tonnes in the year. Imports of fuel rose sharply. It "
        "stood at 2.4 million tonnes.",
        # the sentence before names another thing of the same kind ("of maize", "maize")
        "Exports of barley came to 2.4 million tonnes in the year. Exports of maize grew fast "
        "too. It stood at 2.4 million tonnes.",
        "Barley exports came to 2.4 million tonnes in the year. Maize exports grew fast too. It "
        "stood at 2.4 million tonnes.",
        # a comparison's earlier figure
        "Grain exports came to 2.4 million tonnes in the year. Grain exports grew. It stood at "
        "2.4 million tonnes a year earlier.",
        # the value three times
        "Grain exports came to 2.4 million tonnes, and grain imports to 2.4 million tonnes. "
        "Grain exports held up. It was 2.4 million tonnes.",
        # a percent: a share or growth, read elsewhere
        "Grain exports came to 12 percent of sales. Grain exports held up. It was 12 percent.",
        # a difference after the pronoun, and a change before it
        "Grain exports came to 2.4 million tonnes in May. Grain exports rose in June. It was 2.4 "
        "million tonnes more than in May.",
        "Grain exports rose by 2.4 million tonnes in 2030. Grain exports reached 41 million "
        "tonnes. It was 2.4 million tonnes, the ministry said.",
    ],
)
def test_a_pronoun_that_names_no_earlier_figure_is_not_tied(text: str) -> None:
    assert equals(text) == []


def test_a_current_value_before_its_base_is_tied_to_the_same_value_given_again() -> None:
    # "41.2 million tonnes in 2030 from 38.5 million tonnes in 2029": the first is the current
    # value (the base comes after "from"), of the period the draft gave it, as the second is
    text = (
        "Wool sales rose to 41.2 million tonnes in 2030 from 38.5 million tonnes in 2029, the "
        "board said. Prices held. In its yearly report the board put wool sales at 41.2 million "
        "tonnes for 2030."
    )
    assert equals(text) == [["41.2 million tonnes", "41.2 million tonnes"]]


@pytest.mark.parametrize(
    "text",
    [
        # the second of another year
        "Wool sales rose to 41.2 million tonnes in 2030 from 38.5 million tonnes in 2029, the "
        "board said. Prices held. In its yearly report the board put wool sales at 41.2 million "
        "tonnes for 2028.",
        # the second an earlier time's
        "Wool sales rose to 44.6 million tonnes from 41.2 million tonnes, the board said. Prices "
        "held. The board put wool sales at 41.2 million tonnes a year earlier.",
    ],
)
def test_the_same_value_of_another_time_is_not_tied(text: str) -> None:
    assert equals(text) == []
