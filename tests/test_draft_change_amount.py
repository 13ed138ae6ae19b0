"""An amount of change after the level it brought ("X, which is D more ... and + P% increase",
"X, D more than Y"): drafted as a change with its percent or its base, checked, and left alone
where nothing could be tested or the words name another thing. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of


def test_an_amount_more_with_its_percent() -> None:
    assert relations(
        "In 2017, 7,554,936 travelers visited the country, which is 1,194,433 more compared to "
        "the previous year and + 18.8% increase."
    ) == [
        (
            "change",
            {"amount": "1,194,433", "current": "7,554,936", "percent": "18.8%"},
        )
    ]


def test_an_amount_less_than_its_base() -> None:
    assert relations(
        "Exports came to $3.2 billion, or $498 million less than the $3.7 billion."
    ) == [
        (
            "change",
            {
                "amount": "$498 million",
                "current": "$3.2 billion",
                "base": "$3.7 billion",
                "direction": "fall",
            },
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # nothing to test: the base is neither a figure nor implied by a percent
        "Revenue amounted to $165.5 million, which is $8 million more compared to January 2018.",
        # D names another thing
        "Revenue reached $165.5 million, $8 million more in taxes than planned, up 5 percent.",
        # D is a bound, not an amount of change
        "Arrivals reached 7,554,936, nearly 1,200,000 more than in 2016, up 18.8%.",
        # another clause between
        "Revenue reached $165.5 million; spending was $8 million more, up 5 percent.",
        # D is a multiple's base, not a change
        "Exports reached 4.4 million tonnes, 2.1 million tonnes of which went to China.",
    ],
)
def test_no_change_where_the_words_leave_a_doubt(sentence: str) -> None:
    assert not [r for r in relations(sentence) if r[0] == "change"]


@given(st.integers(1_000, 9_000), st.integers(100, 900), st.integers(-30, 30))
def test_the_drafted_change_fails_exactly_when_its_percent_is_off(
    tmp_path_factory: pytest.TempPathFactory, base: int, more: int, off: int
) -> None:
    # the percent printed to one decimal, off by ``off`` tenths of a point
    true = more * 1000 / base
    printed = round(true, 1) + off / 10
    text = (
        f"Sales reached {base + more:,} cars in 2023, which is {more:,} more than in 2022 and "
        f"+ {printed:.1f}% increase."
    )
    found = outcomes(text, tmp_path_factory.mktemp("change"), ("change",))
    low, high = more / (base + 0.5) * 100, more / (base - 0.5) * 100
    consistent = low - 0.05 <= printed <= high + 0.05
    assert found == [("change", Outcome.PASS if consistent else Outcome.FAIL)]


def test_a_hand_change_with_nothing_to_test_says_so() -> None:
    (finding,) = findings_of(
        """
[[claim]]
id = "revenue"
quote = "q"
value = "$165.5 million"

[[claim]]
id = "more"
quote = "q"
value = "$8 million"

[[relation]]
id = "rise"
kind = "change"
amount = "more"
current = "revenue"
""",
        "change",
    )
    assert (finding.outcome, finding.severity) == (Outcome.UNDETERMINED, Severity.INFO)
    assert "nothing to test" in finding.message and "one unit" not in finding.message


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "In 2022, 22,032 ships crossed the canal, compared to 19,047 ships in 2021, an "
            "increase of 2,985 ships.",
            "an increase of 2,985",
        ),
        (
            "Revenue reached $7 billion against $5.8 billion in 2021, up $1.2 billion.",
            "up $1.2 billion",
        ),
    ],
)
def test_a_change_after_its_level_and_base(text: str, amount: str) -> None:
    (change,) = [fields for kind, fields in relations(text) if kind == "change"]
    assert change["amount"] == amount and set(change) == {"amount", "current", "base"}


def test_a_difference_leaves_its_sign_open_and_gets_no_change() -> None:
    text = "Revenue reached $7 billion, compared to $5.8 billion in 2021, a difference of $1.2 billion."
    assert not [r for r in relations(text) if r[0] == "change"]


@pytest.mark.parametrize(("down", "outcome"), [("0.8", Outcome.PASS), ("0.3", Outcome.FAIL)])
def test_a_change_from_its_base_is_checked(
    tmp_path_factory: pytest.TempPathFactory, down: str, outcome: Outcome
) -> None:
    text = f"Revenue reached $5.0 billion, compared to $5.8 billion in 2021, down ${down} billion."
    found = outcomes(text, tmp_path_factory.mktemp("base"), ("change",))
    assert found == [("change", outcome)]


@pytest.mark.parametrize(("percent", "outcome"), [("12%", Outcome.PASS), ("20%", Outcome.FAIL)])
def test_a_change_of_the_figure_before_as_a_percent_and_an_amount(
    tmp_path_factory: pytest.TempPathFactory, percent: str, outcome: Outcome
) -> None:
    text = (
        "Migrant workers transferred $2.70 billion to the country in 2023. "
        f"This is {percent}, or $380 million less than a year earlier."
    )
    assert [kind for kind, _ in relations(text)].count("change") == 1
    found = outcomes(text, tmp_path_factory.mktemp("pronoun"), ("change",))
    assert found == [("change", outcome)]


def test_no_change_of_the_figure_before_when_two_could_be_meant() -> None:
    text = (
        "Workers sent $2.7 billion and firms $1.1 billion in 2023. "
        "This is 12%, or $380 million less than a year earlier."
    )
    assert not [r for r in relations(text) if r[0] == "change"]
