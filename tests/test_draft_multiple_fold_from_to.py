"""A factor after a move's verb, then "from A to B" ("rose 5fold from KZT184 to 920bn", "grew 3.1
times from $2.1 million to $6.5 million"): A is the base and B the level the factor relates, never
a range of one figure (text/changedranges, as after "halved from A to B"), twenty-seventh session,
sweepfix27 (Sweep R's dev text from Kazakhstan's press: "rose 5fold from KZT184 to 898bn" read as
one range). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

_DATED = "Published: 2031-03-01\n\n"


@pytest.mark.parametrize(
    ("sentence", "multiple"),
    [
        (
            "The region's industrial output rose 5fold from KZT184 to 920bn in 2030.",
            ("KZT920bn", "KZT184bn"),
        ),
        (
            "The region's industrial output rose 5fold from KZT184bn to KZT920bn in 2030.",
            ("KZT920bn", "KZT184bn"),
        ),
        (
            "The port's revenue grew 3.1 times from $2.1 million to $6.5 million in 2030.",
            ("$6.5 million", "$2.1 million"),
        ),
    ],
)
def test_a_factor_then_from_a_to_b_is_a_multiple(sentence: str, multiple: tuple[str, str]) -> None:
    assert [
        (fields["value"], fields["of"])
        for kind, fields in relations(_DATED + sentence)
        if kind == "multiple"
    ] == [multiple]


@pytest.mark.parametrize(("level", "outcome"), [("898", Outcome.PASS), ("1,450", Outcome.FAIL)])
def test_the_multiple_is_checked(tmp_path: Path, level: str, outcome: Outcome) -> None:
    text = f"{_DATED}The region's industrial output rose 5fold from KZT184 to {level}bn in 2030."
    assert outcomes(text, tmp_path, ("multiple",)) == [("multiple", outcome)]


def test_from_a_to_b_after_no_factor_stays_a_range() -> None:
    text = _DATED + "Analysts see the region's output in 2031 at KZT184bn to KZT920bn."
    assert not [kind for kind, _ in relations(text) if kind == "multiple"]
