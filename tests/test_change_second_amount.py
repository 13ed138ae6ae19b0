"""A second amount of change joined by "and" with comparison words of its own is no level of the
first change's reference (the end-of-session run of the twenty-third session: "43 million tons,
one million tons less than the last publication and two million tons less than expected")."""

from __future__ import annotations

import pytest

from _drafted import of_kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Copper output reached 910,000 tonnes, 40,000 tonnes less than the last report and"
        " 25,000 tonnes below the forecast.",
        "Wheat exports came to $3.1 billion, $200 million more than the previous season and"
        " $150 million above the forecast.",
        "The maize area was put at 1.8 million hectares, 200,000 hectares more than the first"
        " survey and 90,000 hectares more than planned.",
    ],
)
def test_a_second_change_against_another_reference_is_no_base(sentence: str) -> None:
    assert all("base" not in fields for fields in of_kind(sentence, "change"))


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        # the amount after "and" has no comparison of its own: still read as the base
        (
            "Copper output reached 910,000 tonnes, 40,000 tonnes less than the last report and"
            " 950,000 tonnes of May.",
            "950,000 tonnes",
        ),
        (
            "Copper output reached 910,000 tonnes, 40,000 tonnes less than the 950,000 tonnes of"
            " the last report.",
            "950,000 tonnes",
        ),
    ],
)
def test_a_base_with_no_comparison_of_its_own_still_drafts(sentence: str, base: str) -> None:
    assert [fields.get("base") for fields in of_kind(sentence, "change")] == [base]
