"""Multiples the words state between two figures of one sentence
(:mod:`aktobe_facts.text.draftmultiple`), drafted as ``multiple`` relations that the check reads;
and the forms left to the editor. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def multiple(value: str, of: str, factor: str) -> tuple[str, dict[str, str]]:
    return ("multiple", {"value": value, "of": of, "factor": factor})


def test_as_much_as() -> None:
    assert relations(
        "The deficit reached 4.31 billion lari, almost twice as much as in 2022 (2.25 billion "
        "lari)."
    ) == [multiple("4.31 billion lari", "2.25 billion lari", "almost twice")]
    assert relations(
        "Exports came to $812 million, three times as much as imports ($270 million)."
    ) == [multiple("$812 million", "$270 million", "three times")]
    # digits: the claim that states them ("3.1")
    assert relations("Sales were $137 million, 3.1 times as much as in 2019 ($44 million).") == [
        multiple("$137 million", "$44 million", "3.1")
    ]


def test_fold_and_from_to() -> None:
    assert relations(
        "Output reached 9.1 million tonnes, up 2.4-fold from 3.8 million tonnes in 2015."
    ) == [multiple("9.1 million tonnes", "3.8 million tonnes", "2.4 to 3.4 times")]
    # "grew 3.1" is a claim of a change: the factor is written as the article writes it
    assert relations("Sales grew 3.1 times, from $44 million in 2019 to $137 million in 2023.") == [
        multiple("$137 million", "$44 million", "3.1 times")
    ]


def test_times_more_than_is_left_to_the_editor() -> None:
    # "3.1 times more" may mean 3.1 or 4.1 times
    assert relations("Sales were $137 million, 3.1 times more than in 2019 ($44 million).") == []
    # figures of two units are no multiple
    assert relations("Sales were $137 million, twice as much as in 2019 (5.1 billion som).") == []


def test_a_drafted_multiple_is_checked(tmp_path: Path) -> None:
    right = "The deficit reached 4.31 billion lari, almost twice as much as in 2022 (2.25 billion lari)."
    assert ("multiple", Outcome.PASS) in outcomes(right, tmp_path, ("multiple",))
    wrong = "The deficit reached 6.31 billion lari, almost twice as much as in 2022 (2.25 billion lari)."
    assert ("multiple", Outcome.FAIL) in outcomes(wrong, tmp_path, ("multiple",))


def test_a_factor_right_before_the_other_figure() -> None:
    assert relations(
        "Sales reached $12.5 million in 2023, more than double the $5 million of 2022."
    ) == [multiple("$12.5 million", "$5 million", "more than double")]
    assert relations(
        "Output was 14.5 million tonnes in 2023, nearly triple the 5 million tonnes of 2022."
    ) == [multiple("14.5 million tonnes", "5 million tonnes", "nearly triple")]
    # counts of one thing; "as much as the"
    assert relations(
        "Arrivals reached 10 million visitors in 2023, twice as much as the 5 million visitors of 2022."
    ) == [multiple("10 million", "5 million", "twice")]
    # a fraction of the other figure, after X's own noun and period
    assert relations(
        "The north produced $4 million of exports in 2023, about a third of the $12.5 million total."
    ) == [multiple("$4 million", "$12.5 million", "about a third")]
    # a factor of another thing's figure
    assert (
        relations(
            "Sales reached $12.5 million in 2023, with imports more than double the $5 million of 2022."
        )
        == []
    )


def test_folds_written_whole_or_apart_after_a_change_take_both_readings(tmp_path: Path) -> None:
    # "up fourfold" is four times the base to most writers, five to some: the range of both
    for fold in ("fourfold", "four folds", "4 folds", "4-fold"):
        sentence = f"Output reached 15.2 million tonnes, up {fold} from 3.8 million tonnes in 2015."
        assert relations(sentence) == [
            multiple("15.2 million tonnes", "3.8 million tonnes", "4 to 5 times")
        ]
    # 19 million tonnes is five times 3.8: "up fourfold" read as four times alone failed it
    five = "Output reached 19 million tonnes, up fourfold from 3.8 million tonnes in 2015."
    assert outcomes(five, tmp_path, ("multiple",)) == [("multiple", Outcome.PASS)]
    # 25 million tonnes is neither reading: still an error
    six = five.replace("19 million", "25 million")
    assert outcomes(six, tmp_path, ("multiple",)) == [("multiple", Outcome.FAIL)]
