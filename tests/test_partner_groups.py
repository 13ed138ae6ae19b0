"""Partners that contain one another are no two parts of one sum (text/partnergroups.py): Germany
is in the EU, Russia in the CIS, so "exports to the EU" and "exports to Germany" with the rest of
the world do not add up to all exports. A part that names another owner than its total's is no
part of it, whichever rule paired them (text/sumowners.py: "Exports of Kazakhstan" and
"Uzbekistan's exports to Russia"). Sentences written for these tests, after review17's
(seventeenth session) sentences of the same shapes; the members are the sources' lists named in
partnergroups.py."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.partnergroups import country, group, overlap

_EU_AND_GERMANY = (
    "Exports rose to $7.5 billion in 2031. Exports to the EU rose to $4.0 billion, and exports "
    "to Germany reached $1.5 billion. Exports to other countries fell to $3.5 billion."
)
"""The EU's $4.0 billion and the rest's $3.5 billion make the $7.5 billion; Germany's $1.5 billion
is inside the EU's (a sum of the three is a false error)."""


def _multi(text: str) -> list[tuple[str, list[str], bool]]:
    return [s for s in sums(text) if len(s[1]) > 1]


def test_a_group_and_its_member_are_no_two_parts_of_one_total() -> None:
    assert _multi(_EU_AND_GERMANY) == []


def test_germany_counted_twice_raises_no_false_error(tmp_path: Path) -> None:
    found = outcomes(_EU_AND_GERMANY, tmp_path, ("sum",))
    assert all(outcome is not Outcome.FAIL for _, outcome in found)


def test_the_cis_and_russia_are_no_two_parts_either() -> None:
    text = (
        "Exports rose to $7.5 billion in 2031. Exports to CIS countries rose to $4.0 billion, "
        "and exports to Russia reached $1.5 billion. Exports to other countries fell to $2.0 "
        "billion."
    )
    assert _multi(text) == []


def test_the_euro_area_is_a_partner_no_whole_of_the_rest() -> None:
    """ "Exports to the euro area" is printed in lower case: a partner's flow all the same, never
    the whole of France and the rest of the world."""
    text = (
        "Exports rose to $9.0 billion in 2031. Exports to the euro area rose to $4.0 billion, and "
        "exports to France reached $1.5 billion. Exports to other countries fell to $3.5 billion."
    )
    assert all(total != "$4.0 billion" for total, _, _ in sums(text))
    assert _multi(text) == []


def test_near_miss_a_group_and_a_country_outside_it_stay_parts() -> None:
    text = (
        "Exports rose to $9.0 billion in 2031. Exports to the EU rose to $4.0 billion, and "
        "exports to China reached $1.5 billion. Exports to other countries fell to $3.5 billion."
    )
    assert _multi(text) == [
        ("$9.0 billion", ["$4.0 billion", "$1.5 billion", "$3.5 billion"], True)
    ]


def test_the_eurozone_and_a_country_outside_it_stay_parts_of_all_exports() -> None:
    text = (
        "Exports rose to $9.0 billion in 2031. Exports to the eurozone rose to $4.0 billion, and "
        "exports to China reached $1.5 billion. Exports to other countries fell to $3.5 billion."
    )
    assert _multi(text) == [
        ("$9.0 billion", ["$4.0 billion", "$1.5 billion", "$3.5 billion"], True)
    ]


def test_another_country_s_exports_are_no_part_of_exports_of_a_country() -> None:
    text = (
        "Exports of Kazakhstan reached $12.4 billion in 2031. Uzbekistan's exports to Russia came "
        "to $2.3 billion."
    )
    assert sums(text) == []


def test_near_miss_the_country_s_own_part_stays_within_exports_of_it() -> None:
    for text in (
        "Exports of Kazakhstan reached $12.4 billion in 2031. Exports to Russia came to $2.3 "
        "billion.",
        "Exports of Kazakhstan reached $12.4 billion in 2031. Kazakhstan's exports to Russia came "
        "to $2.3 billion.",
    ):
        assert sums(text) == [("$12.4 billion", ["$2.3 billion"], False)]


def test_groups_and_their_members() -> None:
    assert overlap("eu countries", "germany") and overlap("germany", "the eu")
    assert overlap("cis", "eaeu") and overlap("euro area", "european union")
    assert overlap("eurozone", "the netherlands") and overlap("eu-27", "united kingdom")
    assert not overlap("non-eu countries", "germany") and not overlap("eu", "norway")
    assert not overlap("eu", "eu") and not overlap(None, "eu")
    assert country("czech republic") == "czechia" and country("china") is None
    members = group("the eurozone")
    assert members is not None and "bulgaria" in members and "poland" not in members


def test_partners_named_by_a_list_s_own_words_are_no_two_parts_either(tmp_path: Path) -> None:
    """ "of which the EU took B, Germany C and China D": the partners are the list's subjects, no
    flow's "to"; Germany is still inside the EU's B (a sum of the three was a false error)."""
    text = (
        "Exports reached $8.0 billion in 2031, of which the EU took $4.0 billion, Germany $1.5 "
        "billion and China $3.5 billion."
    )
    assert _multi(text) == []
    assert all(outcome is not Outcome.FAIL for _, outcome in outcomes(text, tmp_path, ("sum",)))


def test_near_miss_a_list_of_partners_outside_one_another_stays_a_sum() -> None:
    text = (
        "Exports reached $8.0 billion in 2031, of which the EU took $4.0 billion, Norway $1.5 "
        "billion and China $2.5 billion."
    )
    assert _multi(text) == [
        ("$8.0 billion", ["$4.0 billion", "$1.5 billion", "$2.5 billion"], False)
    ]
