"""Rules that pair figures look up the figures a pair can hold instead of reading every pair
(twenty-fifth session): one figure told again in n sentences of a paragraph made n * n pairs that
no test took. The same drafts as the old loops over every pair on generated articles, and the
pairs counted, never timed."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _swapped import swapped
from aktobe_facts.text import (
    draftorder,
    draftscaletwice,
    drafttiles,
    draftwithin,
    suggestmonth,
    suggestspan,
    suggestwithin,
)
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.laterpairs import later
from aktobe_facts.text.suggestfigures import Known


def test_later_places_come_from_the_buckets_kept_in_order() -> None:
    buckets = {"a": [0, 3, 5], "b": [1, 4], "c": [2, 6]}
    assert list(later(buckets, 2, lambda key: key != "c")) == [3, 4, 5]
    assert list(later(buckets, 6, lambda key: True)) == []
    assert list(later({}, 0, lambda key: True)) == []


def _every_flow_pair(known: Sequence[Known]) -> Iterator[tuple[Known, Known]]:
    """suggestspan's pairs before: every later figure of the flow's name."""
    by_name: dict[str, list[int]] = {}
    for n, k in enumerate(known):
        role = k.role
        if role is not None and k.level and not role.plan and not role.earlier:
            by_name.setdefault(role.name, []).append(n)
    for i, a in enumerate(known):
        if a.role is None or a.role.name not in by_name:
            continue
        same = by_name[a.role.name]
        for j in same[bisect_right(same, i) :]:
            yield a, known[j]


def _every_near_pair(known: Sequence[Known]) -> Iterator[tuple[Known, Known]]:
    """suggestwithin's pairs before: every later figure of the paragraph or the sentences by."""
    for i, a in enumerate(known):
        for b in known[i + 1 :]:
            same_paragraph = b.placed.paragraph == a.placed.paragraph
            if same_paragraph or abs(b.placed.sentence_index - a.placed.sentence_index) <= 1:
                yield a, b


def _every_print_pair(levels: list[Placed]) -> Iterator[tuple[Placed, Placed]]:
    """draftscaletwice's pairs before: every later figure of one unit and the same digits."""
    for i, a in enumerate(levels):
        for b in levels[i + 1 :]:
            x, y = a.figure.phrase.stated, b.figure.phrase.stated
            same_unit = x.unit is not None and y.unit is not None and x.unit.key == y.unit.key
            if same_unit and x.digits == y.digits:
                yield a, b


_OLD: list[tuple[Any, str, Callable[..., Any]]] = [
    (suggestspan, "_flow_pairs", _every_flow_pair),
    (suggestwithin, "_near_pairs", _every_near_pair),
    (draftscaletwice, "_same_print", _every_print_pair),
]
_FLOWS = ["Exports", "Imports", "Revenue", "Tax revenue"]
_PERIODS = [
    "in 2030",
    "in January 2030",
    "in March 2030",
    "in the first quarter of 2030",
    "in the first half of 2030",
    "in January-May 2030",
    "in the second half of 2030",
    "last year",
]
_AMOUNTS = ["$1.2 billion", "$1.2 million", "$1,200 million", "$600 million", "$2.4 billion"]


@settings(max_examples=30, deadline=None)
@given(
    sentences=st.lists(
        st.tuples(
            st.sampled_from(_FLOWS),
            st.sampled_from(["were", "reached", "totalled"]),
            st.sampled_from(_AMOUNTS),
            st.sampled_from(_PERIODS),
            st.sampled_from([" ", "\n\n"]),
        ),
        min_size=2,
        max_size=9,
    )
)
def test_drafts_are_those_of_the_loops_over_every_pair(
    sentences: list[tuple[str, str, str, str, str]],
) -> None:
    text = "Trade\n\n" + "".join(f"{f} {v} {a} {p}.{gap}" for f, v, a, p, gap in sentences)
    looked_up = draft(text)
    with swapped(_OLD):
        every = draft(text)
    assert looked_up == every


def test_one_figure_told_again_makes_no_pair_to_test(monkeypatch: pytest.MonkeyPatch) -> None:
    # 60 sentences of one paragraph telling one figure: each rule tested every pair (1,770),
    # or read the article once for each figure (suggestmonth's names)
    text = "Trade\n\n" + "Exports were $1.2 billion in 2030. " * 60 + "\n"
    counts: dict[str, int] = {}

    def counted(module: Any, name: str) -> None:
        original = vars(module)[name]

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[name] = counts.get(name, 0) + 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(drafttiles, "one_flow")  # the whole's rivals: stopped at the first
    counted(draftwithin, "alike")  # the whole given twice: stopped at the first
    counted(draftorder, "_year_part")  # only flows of a year's first months
    counted(draftscaletwice, "_rescaled")  # only scales a thousand times apart
    counted(suggestspan, "inner")  # only other months of one year
    pairs = vars(suggestwithin)["_near_pairs"]

    def near_pairs(known: Sequence[Known]) -> Iterator[tuple[Known, Known]]:
        for pair in pairs(known):
            counts["near"] = counts.get("near", 0) + 1
            yield pair

    monkeypatch.setattr(suggestwithin, "_near_pairs", near_pairs)  # only other periods
    counted(suggestmonth, "compiled")  # a word's search of the article made once
    draft(text)
    assert counts.get("one_flow", 0) <= 2 * 60
    assert counts.get("alike", 0) <= 2 * 60
    assert counts.get("_year_part", 0) == 0
    assert counts.get("_rescaled", 0) == 0
    assert counts.get("inner", 0) == 0
    assert counts.get("near", 0) == 0
    assert counts.get("compiled", 0) <= 5
