"""A verb that says a factor ("halve", "doubled", "nearly tripling") between a level and the one it
moved to: "Y, halving to X", "Y in 2031 and will halve to X", "halve from Y to X" is X = factor × Y
(text/draftmultiple._VERB_FROM, _VERB_TO); "from Y to X" after such a verb is no range
(text/changedranges). Twenty-seventh session, open22 (heldout22's "$1.1 billion, halving to $540
million", heldout17's "halve from K1,052.3 million to K493.2 million"). The sentences are written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def _multiples(text: str) -> list[tuple[str, str, str]]:
    return [
        (fields["value"], fields["of"], fields["factor"])
        for kind, fields in relations(text)
        if kind == "multiple"
    ]


@pytest.mark.parametrize(
    ("text", "multiple"),
    [
        (
            "The deficit projected for 2031 is $1.1 billion, halving to $540 million by 2034.",
            ("$540 million", "$1.1 billion", "half"),
        ),
        (
            "The deficit was $1.1 billion in 2031 and will halve to $540 million by 2034.",
            ("$540 million", "$1.1 billion", "half"),
        ),
        (
            "In the fourth quarter, though, farm exports halved from $1,052.3 million to $493.2 "
            "million.",
            ("$493.2 million", "$1,052.3 million", "half"),
        ),
        (
            "Tourist arrivals more than doubled from 41,000 in 2029 to 97,000 in 2031.",
            ("97,000", "41,000", "more than double"),
        ),
        (
            "Fees nearly tripled from $2 million to $5.8 million.",
            ("$5.8 million", "$2 million", "nearly triple"),
        ),
    ],
)
def test_a_verb_of_a_factor_ties_the_two_levels(text: str, multiple: tuple[str, str, str]) -> None:
    assert _multiples(text) == [multiple]


@pytest.mark.parametrize(
    "text",
    [
        "The fund will more than double to 5 million somoni.",  # no earlier level printed
        "Estimates double from 5 to 10 percent depending on the source.",  # no level moved
        "The deficit was $1.1 billion in 2031, while debt will halve to $540 million.",  # another
    ],
)
def test_no_multiple_without_the_two_levels_of_one_thing(text: str) -> None:
    assert not _multiples(text)


@pytest.mark.parametrize(("level", "outcome"), [("$540", Outcome.PASS), ("$480", Outcome.FAIL)])
def test_the_multiple_is_checked(tmp_path: Path, level: str, outcome: Outcome) -> None:
    text = f"The deficit projected for 2031 is $1.1 billion, halving to {level} million by 2034."
    assert outcomes(text, tmp_path, ("multiple",)) == [("multiple", outcome)]
