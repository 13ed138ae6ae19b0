"""A total and its parts after "made up of", "consisting of", "comprising", "composed of" or
"split between" (:mod:`aktobe_facts.text.draftparts`): the words say the parts are all of the
total, so two or more of them make an exhaustive sum; and the near shapes that do not. Every
sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, sums

DATELINE = "CAPITAL, March 2031\n\n"


def test_made_up_of_two_parts_is_the_whole() -> None:
    assert sums(
        "Grant income of $812.4 million is made up of $530.1 million in budget support and "
        "$282.3 million in project grants."
    ) == [("$812.4 million", ["$530.1 million", "$282.3 million"], True)]
    assert sums(
        "Port charges came to 96.2 million dinars, consisting of 71.5 million dinars in berth fees "
        "and 24.7 million dinars in pilotage."
    ) == [("96.2 million", ["71.5 million", "24.7 million"], True)]
    assert sums(
        "The 4.8 billion rand package, split between 3.1 billion rand in loans and 1.7 billion "
        "rand in grants, was signed on Friday."
    ) == [("4.8 billion rand", ["3.1 billion rand", "1.7 billion rand"], True)]


def test_a_hedged_or_single_part_is_no_whole() -> None:
    # "mostly": the parts named are not all of it, and no other cue gives a list
    assert (
        sums(
            "The fund holds $5.2 billion, made up mostly of $3.4 billion in bonds and $1.1 billion "
            "in shares."
        )
        == []
    )
    # one part: within the total, not all of it
    assert sums(
        "Spending came to $801 million, made up of $512 million in wages, up from $450 million "
        "in 2030."
    ) == [("$801 million", ["$512 million"], False)]
    # "including" names some parts only, as before
    assert sums(
        "Revenue came to $663.6 million, including $334.9 million in tax revenue and $128.7 "
        "million in grants."
    ) == [("$663.6 million", ["$334.9 million", "$128.7 million"], False)]


def test_the_check_finds_parts_that_fall_short(tmp_path: Path) -> None:
    text = (
        f"{DATELINE}Grant income of $812.4 million is made up of $530.1 million in budget support "
        "and $182.3 million in project grants."
    )
    found = outcomes(text, tmp_path, ("sum",))
    assert [o.name for _, o in found] == ["FAIL"]
