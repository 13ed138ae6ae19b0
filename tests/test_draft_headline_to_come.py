"""A headline's figure to come ("could reach", "is set to top", "expected at") is never tied to a
body figure reported as done (:func:`aktobe_facts.text.draftheadline._could_be`): "Tea exports
could reach $1bn this year" over "exports through August totaled $912 million" are two figures,
though $912 million is within a rounding of $1bn. A body forecast under a forecast headline, and
a reported figure under a reported headline, are tied as before. Every sentence here is written
for these tests."""

from __future__ import annotations

from _drafted import equals


def test_a_forecast_headline_is_no_reported_figure() -> None:
    text = (
        "Kenya tea exports could reach $1bn this year\n\n"
        "The value of tea exports through August totaled $912 million, up 9% from the same "
        "period last year, the board said in a statement."
    )
    assert equals(text) == []
    text = (
        "Kenya tea exports pick up and could reach US$ 1bn this year\n\n"
        "Kenya's tea exports totaled 193,000 tonnes between January and October, up 10% from "
        "the same period last year, the board said.\n\n"
        "The value of tea exports through October totaled US$847 million, up 12% from the same "
        "period last year, and could reach US$1 billion for 2031, the ministry said."
    )
    assert equals(text) == []


def test_a_headline_with_the_body_s_modality_is_tied() -> None:
    text = (
        "Kenya tea exports could reach $1bn this year\n\n"
        "The value of tea exports could reach $0.96 billion this year, up 9% from last year, the "
        "board said in a statement."
    )
    assert equals(text) == [["$1bn", "$0.96 billion"]]
    text = (
        "Kenya tea exports reach $1bn\n\n"
        "The value of tea exports totaled $0.96 billion in the year, up 9% from the year before, "
        "the board said in a statement."
    )
    assert equals(text) == [["$1bn", "$0.96 billion"]]


def test_the_body_s_forecast_word_may_stand_before_a_bracket() -> None:
    # "expects gross gaming revenues (GGR) to hit": the sentence's word, before the bracket
    text = (
        "Manila board expects casino revenues to hit P312 B\n\n"
        "The Philippine gaming board expects stronger revenues this year. Its chairman said the "
        "board expects gross gaming revenues (GGR) to hit P311.84 billion in 2031, an increase "
        "of 21 percent from P257.7 billion in 2030."
    )
    assert equals(text) == [["P312 B", "P311.84 billion"]]
