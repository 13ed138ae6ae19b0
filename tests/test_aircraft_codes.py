"""Planes of a model counted in the plural ("ten Boeing 777s") and models written with their
letters glued before the digits ("two A380s", "CRJ900", "Il-96") are types, no figures: sweep L's
held batch (twenty-first session) gave a false coverage warning on "777s" in an airline's
fleet news (Emirates' half year, 2012); the sentences here are written for these tests around
such model names."""

from __future__ import annotations

import pytest

from aktobe_facts.text.phrases import scan


def _left(text: str) -> dict[str, str]:
    return {left.span.text: left.why for left in scan(text).left}


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("The carrier took delivery of ten Boeing 777s in 2030.", "777s"),
        ("Its fleet took two A380s and one freighter in 2030.", "380s"),
        ("The airline ordered six Airbus A350s for delivery in 2031.", "350s"),
        ("The regional arm flies CRJ900 jets on its busiest routes.", "900"),
        ("Two Il-96 planes were leased for the season.", "96"),
    ],
)
def test_a_planes_model_is_a_name(text: str, model: str) -> None:
    assert _left(text)[model] == "name"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The sprinter ran 400s in training in 2030.", "400s"),  # no maker, no model letters
        ("Revenue was 350s of units in 2030.", "350s"),
    ],
)
def test_plural_numbers_with_no_model_stay_unread(text: str, figure: str) -> None:
    assert _left(text)[figure] == "unread"


def test_an_amount_after_a_letter_and_a_space_is_still_read() -> None:
    # "A 350 million budget": the letter stands apart, so the figure is no model's
    found = scan("The province passed A 350 million budget for 2030.")
    assert [p.stated.value for p in found.phrases] == [350_000_000]
