"""Disjoint sets: names joined directly or through others share one representative."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.solve.unionfind import DisjointSets

NAMES = st.sampled_from("abcdefgh")


def test_joined_names_share_a_representative_and_others_do_not() -> None:
    sets = DisjointSets()
    assert sets.join(()) is None
    sets.join(("a", "b"))
    sets.join(("c", "b"))
    sets.join(("d",))
    assert sets.find("a") == sets.find("c")
    assert sets.find("d") != sets.find("a")
    assert sets.find("e") == "e"  # unseen: a set of its own


@given(st.lists(st.lists(NAMES, max_size=4), max_size=8))
def test_sets_are_the_connected_parts_of_the_joins(joins: list[list[str]]) -> None:
    sets = DisjointSets()
    for names in joins:
        sets.join(names)
    # the same parts by a plain closure over the joins
    part = {n: {n} for n in "abcdefgh"}
    for names in joins:
        merged = set().union(*(part[n] for n in names)) if names else set()
        for n in merged:
            part[n] = merged
    for x in "abcdefgh":
        for y in "abcdefgh":
            assert (sets.find(x) == sets.find(y)) == (y in part[x])
