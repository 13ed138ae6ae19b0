"""An amount of change told in the sentence after its level, on a pronoun for that level
(text/draftthatchange.py): "X. That is a fall of D on 2030, or P", "X. That is an increase of D
persons or a P growth", "X. That is a fall of D from the peak of 2028, when deposits stood at Y".
The pronoun names the one level of D's measure in the sentence before; two levels there, a
percent whose sign or words go elsewhere, a count of another thing, a bound or another measure
leave the pronoun or the change open, and nothing is drafted. The sentences are ours; the
structure is the one the twenty-first session found among the open sets' misses (a statistics
office's fish exports, a tourism department's half-year count, a bank report's fall from a peak).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

HEAD = "Ruritania in 2031\n\nZENDA, March 3, 2032 - "


def _moves(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(k, f) for k, f in relations(HEAD + text) if k in ("change", "difference", "growth")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wool exports came to DKK 3.1 billion in 2031, by the bureau's first count. That is a"
            " fall in export value of DKK 290 million on 2030, or -8.6 percent.",
            (
                "change",
                {
                    "amount": "DKK 290 million",
                    "current": "DKK 3.1 billion",
                    "percent": "-8.6 percent",
                    "direction": "fall",
                },
            ),
        ),
        (
            "The lakes drew 612,400 total visitors from January to June 2031, the board says."
            " That is an increase of 81,300 persons or a 15.3% growth over the same period in"
            " 2030, and a record for a half-year.",
            (
                "change",
                {
                    "amount": "an increase of 81,300 persons",
                    "current": "612,400",
                    "percent": "a 15.3% growth",
                },
            ),
        ),
        (
            "Ferry crossings reached 41,200 passengers in 2031. That is an increase of 3,100"
            " passengers, or 8.1%, over 2030.",
            (
                "change",
                {"amount": "an increase of 3,100", "current": "41,200", "percent": "8.1%"},
            ),
        ),
        (
            "Savings at the island's banks slipped to GBP31bn at the end of 2031, the report"
            " shows. Over the year the fall came to 3.1%, or GBP1bn. That, the report says, is a"
            " fall of GBP6.2bn in deposit value from the peak of June 2027, when savings stood at"
            " GBP37.2bn.",
            (
                "difference",
                {"result": "a fall of GBP6.2bn", "minuend": "GBP31bn", "subtrahend": "GBP37.2bn"},
            ),
        ),
        (
            "Savings at the island's banks rose to GBP31bn at the end of 2031. That is an"
            " increase of GBP6.2bn from the low of June 2027, when savings stood at GBP24.8bn.",
            (
                "difference",
                {
                    "result": "an increase of GBP6.2bn",
                    "minuend": "GBP31bn",
                    "subtrahend": "GBP24.8bn",
                },
            ),
        ),
        (
            "Savings at the island's banks slipped to GBP31bn at the end of 2031, the report"
            " shows. Over the whole year the fall came to 3.1%, or GBP1bn.",
            (
                "change",
                {
                    "amount": "GBP1bn",
                    "current": "GBP31bn",
                    "percent": "3.1%",
                    "direction": "fall",
                },
            ),
        ),
        (
            "Savings at the island's banks rose by £0.8 billion in the second quarter of 2031,"
            " to £61.2 billion. Because savings shrank in the autumn, however, they have fallen"
            " by £1.4 billion (2.2 per cent) compared to the end of June 2030.",
            (
                "change",
                {
                    "amount": "fallen by £1.4 billion",
                    "current": "£61.2 billion",
                    "percent": "2.2 per cent",
                    "direction": "fall",
                },
            ),
        ),
        (
            # a period in a clause of cause before the pronoun is the cause's, not the move's
            "Savings at the island's banks rose by £0.8 billion in the second quarter of 2031,"
            " to £61.2 billion. Because savings shrank in the second half of last year, however,"
            " they have fallen by £1.4 billion (2.2 per cent) compared to the end of June 2030.",
            (
                "change",
                {
                    "amount": "fallen by £1.4 billion",
                    "current": "£61.2 billion",
                    "percent": "2.2 per cent",
                    "direction": "fall",
                },
            ),
        ),
        (
            "Port dues reached $1.31 billion in 2031. That is $214 million, or 19.5 percent, more"
            " than in 2030.",
            (
                "change",
                {"amount": "$214 million", "current": "$1.31 billion", "percent": "19.5 percent"},
            ),
        ),
        (
            "Port dues reached $1.31 billion in 2031. That is 14 percent, or $214 million, less"
            " than in 2030.",
            (
                "change",
                {
                    "amount": "$214 million",
                    "current": "$1.31 billion",
                    "percent": "14 percent",
                    "direction": "fall",
                },
            ),
        ),
        (
            "Port dues reached $1.31 billion in 2031. That is $214 million more than in 2030, or"
            " 19.5 percent.",
            (
                "change",
                {"amount": "$214 million", "current": "$1.31 billion", "percent": "19.5 percent"},
            ),
        ),
    ],
)
def test_the_change_of_the_level_before_is_drafted(
    text: str, expected: tuple[str, dict[str, str]]
) -> None:
    assert expected in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        # two levels of the unit before: "That" may be either
        "Wool exports came to DKK 3.1 billion and imports to DKK 2.2 billion in 2031. That is a"
        " fall of DKK 290 million on 2030, or 8.6 percent.",
        # the percent's words go on to a whole of its own
        "Wool exports came to DKK 3.1 billion in 2031. That is a fall in export value of DKK 290"
        " million, or 8.6 percent of all exports.",
        # a percent signed against the noun
        "Wool exports came to DKK 3.1 billion in 2031. That is an increase of DKK 290 million on"
        " 2030, or -8.6 percent.",
        # a count of people against a count of nights
        "The hotels counted 612,400 nights in 2031. That is an increase of 81,300 persons, or"
        " 15.3%, over 2030.",
        # a bound: the amount is no value to test
        "Wool exports came to DKK 3.1 billion in 2031. That is a fall in export value of more"
        " than DKK 290 million on 2030, or 8.6 percent.",
        # another measure than the level's
        "Wool exports came to DKK 3.1 billion in 2031. That is a fall in volume of DKK 290"
        " million on 2030, or 8.6 percent.",
        # only a change told before, no level: the pronoun names nothing the words give
        "Over the year the fall came to 3.1%, or GBP1bn. That is a fall of GBP6.2bn from the"
        " peak of June 2027, when savings stood at GBP37.2bn.",
        # a period of its own before the change: it may be another period's
        "Savings at the island's banks slipped to GBP31bn at the end of 2031. In 2030 the fall"
        " came to 3.1%, or GBP1bn.",
        # the amount's words go on to another thing
        "Savings at the island's banks slipped to GBP31bn at the end of 2031. Over the year the"
        " fall came to 3.1%, or GBP1bn in company deposits.",
        # the percent's words go on to a whole of its own
        "Savings at the island's banks rose to £61.2 billion in 2031. However, they have fallen"
        " by £1.4 billion (2.2 per cent of all deposits) since 2029.",
        # two levels before: "they" may be either
        "Savings rose to £61.2 billion and loans to £40.1 billion in 2031. However, they have"
        " fallen by £1.4 billion (2.2 per cent) compared to the end of June 2030.",
        # the two words of comparison disagree
        "Port dues reached $1.31 billion in 2031. That is $214 million more than in 2030, or"
        " 19.5 percent less.",
        # a comparison with a figure of its own: another base than the one the amount leaves
        "Port dues reached $1.31 billion in 2031. That is $214 million, or 19.5 percent, more"
        " than the $1.1 billion of 2029.",
        # no word of comparison: "That is D, or P" names no change
        "Port dues reached $1.31 billion in 2031. That is $214 million, or 19.5 percent.",
        # "they" after a clause that names another thing than the level's: they may be that
        "Savings at the island's banks rose by £0.8 billion in the second quarter of 2031, to"
        " £61.2 billion. Because loans shrank in the autumn, however, they have fallen by £1.4"
        " billion (2.2 per cent) compared to the end of June 2030.",
        # a period named before the pronoun's clause: the move may be of another period than
        # the level's (change21)
        "Port dues stood at $4.02 billion in 2030. In 2031, however, they rose by $1.01"
        " billion, or 25.1%, on 2030.",
        # a time said by its distance before the pronoun's clause, or in the opener's aside
        "Port dues stood at $4.02 billion in 2030. Since then, however, they rose by $1.01"
        " billion (25.1%).",
        "Port dues stood at $4.02 billion in 2030. Last year, however, they rose by $1.01"
        " billion (25.1%).",
        "Port dues stood at $4.02 billion in 2030. That, a year later, was a rise of $1.01"
        " billion, or 25.1%.",
        "Port dues stood at $4.02 billion in 2030. This, the next year, was $1.01 billion, or"
        " 25.1%, more.",
        # no pronoun: the sentence names its own subject
        "Wool exports came to DKK 3.1 billion in 2031. Cotton saw a fall of DKK 290 million on"
        " 2030, or 8.6 percent.",
    ],
)
def test_near_shapes_draft_no_change(text: str) -> None:
    assert _moves(text) == []


def test_a_slip_between_the_change_and_its_level_is_an_error(tmp_path: Path) -> None:
    text = (
        HEAD + "Wool exports came to DKK 3.1 billion in 2031. That is a fall in export value of"
        " DKK 290 million on 2030, or -12.4 percent."
    )
    assert ("change", Outcome.FAIL) in outcomes(text, tmp_path, ("change",))


def test_a_fall_from_a_peak_that_does_not_add_up_is_an_error(tmp_path: Path) -> None:
    text = (
        HEAD + "Savings at the island's banks slipped to GBP31bn at the end of 2031. That is a"
        " fall of GBP4.2bn from the peak of June 2027, when savings stood at GBP37.2bn."
    )
    assert ("difference", Outcome.FAIL) in outcomes(text, tmp_path, ("difference",))
