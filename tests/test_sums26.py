"""Sums of the twenty-sixth session (sums26). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from test_draft_total import sums


@pytest.mark.parametrize("join", ["while", "whereas"])
def test_parts_joined_by_while_before_a_running_total(join: str) -> None:
    """ "A is for roads while B is for schools, bringing the total to X": the parts of a running
    total (drafttotal)."""
    text = (
        "Under the plan, 312.5 million euros is for new roads "
        f"{join} 48.2 million euros is for schools, bringing the total to 361.4 million euros."
    )
    assert sums(text) == [
        ("361.4 million euros", ["312.5 million euros", "48.2 million euros"], False)
    ]


def test_a_noun_of_the_figure_before_of_names_a_part_not_a_whole() -> None:
    """ "an allocation of A is for X while B ...": A is a part; "Of A, ..." opening the sentence
    still names a whole broken down (near miss)."""
    named = (
        "An allocation of 312.5 million euros is for new roads while 48.2 million euros is for "
        "schools, bringing the total to 361.4 million euros."
    )
    assert sums(named) == [
        ("361.4 million euros", ["312.5 million euros", "48.2 million euros"], False)
    ]
    opened = (
        "Of 312.5 million euros, 48.2 million euros is for schools and 20.1 million euros is "
        "for clinics, bringing the total to 361.4 million euros."
    )
    assert all(s[0] != "361.4 million euros" for s in sums(opened))


@pytest.mark.parametrize("share", ["Half", "Most", "The bulk", "Only part", "A third"])
def test_a_share_of_the_first_figure_names_a_whole(share: str) -> None:
    """review26: "Half of A went to roads and B to schools, bringing the total to X": the roads'
    part is half of A, so A + B may exceed X (drafted, it was a false error)."""
    text = (
        f"{share} of the $8 million went to roads while $3 million went to schools, bringing the "
        "total to $7 million."
    )
    assert sums(text) == []
    assert sums(text.replace(" while ", " and ")) == []


def test_while_between_a_part_and_another_unit_joins_nothing() -> None:
    """Near miss: "while" between amounts of two units leaves the list uncertain."""
    text = (
        "The farms sold 312.5 million euros of wheat while they harvested 48.2 million tonnes, "
        "bringing the total to 361.4 million euros."
    )
    assert sums(text) == []


_ORIGIN = (
    "Ruritania welcomed 412,000 tourists in May, the statistics office said.\n\n"
    "Hotels reported an occupancy rate of 71 percent.\n\n"
    "The average stay was 3.2 nights.\n\n"
    "{lead}301,500 tourists came from Utopia."
)


def test_a_breakdown_lead_reaches_a_paragraph_further_for_the_whole() -> None:
    """ "By origin, N tourists came from Utopia" three paragraphs after the month's count of all
    tourists: the lead says the sentence breaks down the article's count (draftorigin)."""
    assert sums(_ORIGIN.format(lead="By origin, ")) == [("412,000", ["301,500"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # no lead: three paragraphs are too far for a part of its own
        _ORIGIN.format(lead=""),
        # a lead, but four paragraphs back
        _ORIGIN.replace("\n\nThe average", "\n\nRooms cost more.\n\nThe average").format(
            lead="By origin, "
        ),
    ],
)
def test_no_whole_too_far_back(text: str) -> None:
    assert sums(text) == []


@pytest.mark.parametrize(
    "part",
    [
        "Utopia sent 3,250 tourists in May.",  # the place that sent them
        "In May, 3,250 Utopian tourists came.",  # their nationality before the noun
    ],
)
def test_a_place_that_sent_visitors_names_their_origin(part: str) -> None:
    """ "Colombia sent 1,609 visitors", "1,708 German visitors": a part of the month's count of
    all of them, as "visitors from Colombia" is (draftorigin)."""
    text = f"Ruritania welcomed 12,400 tourists in May, the tourism board said.\n\n{part}"
    assert sums(text) == [("12,400", ["3,250"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # a word in capitals that narrows who is counted is no nationality
        "Ruritania welcomed 12,400 tourists in May.\n\nIn May, 3,250 Cruise tourists came.",
        # a count sent by a place is no whole of another place's
        "Utopia sent 12,400 tourists in May.\n\nArcadia sent 3,250 tourists in May.",
    ],
)
def test_no_origin_part_without_a_whole_of_all(text: str) -> None:
    assert sums(text) == []
