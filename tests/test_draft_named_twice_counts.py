"""A count given twice under one name (:mod:`aktobe_facts.text.draftnamedtwice`): a count of
visitors, ships or jobs printed in two sentences whose clauses name the same thing is one figure
given twice, as an amount in a unit is; two things counted alike, two periods or a comparison's
earlier count tie nothing. The sentences are written for these tests."""

from __future__ import annotations

from test_draft_rounded import equals


def test_one_count_twice_under_one_name() -> None:
    text = (
        "The marina welcomed 2,418 yachts in 2030, the authority said.\n\n"
        "Berths were full in the summer. The authority's yearly report counts 2,418 yachts "
        "at the marina in 2030."
    )
    assert equals(text) == [["2,418", "2,418"]]
    # the count's noun understood in the second sentence, the thing named by its clause
    assert equals(
        "Cruise calls at the harbour reached 1,377 in 2030. Harbour records put cruise calls "
        "at 1,377 for 2030."
    ) == [["1,377", "1,377"]]


def test_counts_of_two_things_periods_or_bases_tie_nothing() -> None:
    # one value, two things: the clauses share no noun
    assert equals("The farm hired 640 workers in 2030. Drivers bought 640 tractors in 2030.") == []
    # one name, two periods
    assert (
        equals(
            "The marina welcomed 2,418 yachts in 2030. In 2029 the marina welcomed 2,418 yachts."
        )
        == []
    )
    # a comparison's earlier count is another year's
    assert (
        equals(
            "The marina welcomed 2,650 yachts in 2030, up from 2,418 yachts a year earlier. "
            "The marina's yachts numbered 2,418 in a quiet year."
        )
        == []
    )
    # a value printed three times is no one figure given twice
    assert (
        equals(
            "The marina welcomed 2,418 yachts in 2030. The marina counted 2,418 yachts in 2030. "
            "Marina staff logged 2,418 yachts in 2030."
        )
        == []
    )


def test_what_two_counts_count_names_no_one_thing() -> None:
    # both clauses count units: the noun says what each count is, never that they are one
    assert (
        equals(
            "Bus sales rose by 1,000 units, or 5.0%, to 21,000 units. Truck sales rose by "
            "1,000 units, or 5.0%, to 21,000 units."
        )
        == []
    )


def test_a_participles_count_is_named_by_the_clause_before() -> None:
    # "totalling X visits": the clause names nothing, its subject is the clause's before it
    assert equals(
        "Yacht calls rose 9 percent in 2030, totalling 2,418 visits, the authority said.\n\n"
        "Berths were full in summer. Of all the visits to the harbour in 2030, 2,418 visits were"
        " yacht calls."
    ) == [["2,418", "2,418"]]


def test_two_kinds_or_a_shared_verb_tie_no_counts() -> None:
    # two kinds of calls: each clause says which calls it counts
    assert (
        equals(
            "Yacht calls at the marina came to 2,418 in 2030. Ferry calls at the port came to"
            " 2,418 in 2030."
        )
        == []
    )
    # a shared verb names no one thing
    assert (
        equals(
            "Cruise ships numbered 2,418 in 2030, the authority said. Fishing boats numbered"
            " 2,418 in 2030 as well."
        )
        == []
    )
