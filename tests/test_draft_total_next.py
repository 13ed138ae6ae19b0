"""Parts listed after one verb in the sentence after their total
(:mod:`aktobe_facts.text.drafttotalnext`): "Total grants reached X. Schools got A, clinics B and
roads C" is a sum, not exhaustive. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome

WHOLE = "Total grants to the province rose by $0.4 million in May 2031 to $31.5 million."
LIST = "Schools got $12.1 million in May, clinics $8.3 million, roads $6.0 million and ports $2.2 million."


def test_a_list_after_its_total_is_a_sum_not_exhaustive() -> None:
    assert (
        "$31.5 million",
        ["$12.1 million", "$8.3 million", "$6.0 million", "$2.2 million"],
        False,
    ) in sums(f"{WHOLE} {LIST}")


@pytest.mark.parametrize(
    "whole",
    [
        "The province received grants worth a total of $31.5 million in May 2031.",
        "The province received $31.5 million in total as grants in May 2031.",
        "The province's overall grants came to $31.5 million in May 2031.",
    ],
)
def test_the_words_of_a_total(whole: str) -> None:
    assert any(s[0] == "$31.5 million" and len(s[1]) == 4 for s in sums(f"{whole} {LIST}"))


@pytest.mark.parametrize(
    ("whole", "listed"),
    [
        # the whole not called a total: the list may be of anything
        ("Grants to the province rose to $31.5 million in May 2031.", LIST),
        # two parts only: a pair of figures, which may be compared
        (WHOLE, "Schools got $12.1 million in May and clinics $8.3 million."),
        # another period's breakdown
        (WHOLE, "In 2030 schools got $10.1 million, clinics $7.3 million and roads $5.0 million."),
        (WHOLE, "In April schools got $10.1 million, clinics $7.3 million and roads $5.0 million."),
        # a balance is never summed from parts
        (
            "The total deficit of the province came to $31.5 million in May 2031.",
            "Schools got $12.1 million in May, clinics $8.3 million and roads $6.0 million.",
        ),
        # another amount of the unit in the list's sentence: the list is not all of it
        (
            WHOLE,
            "Schools got $12.1 million in May, clinics $8.3 million and roads $6.0 million, "
            "against $40.2 million asked for.",
        ),
    ],
)
def test_no_sum(whole: str, listed: str) -> None:
    assert not any(s[0] == "$31.5 million" for s in sums(f"{whole} {listed}"))


def test_another_flow_is_no_part() -> None:
    text = (
        "Total revenue of the province came to $31.5 million in May 2031. Spending on schools "
        "came to $12.1 million in May, spending on clinics to $8.3 million and spending on "
        "roads to $6.0 million."
    )
    assert not any(s[0] == "$31.5 million" for s in sums(text))


def test_not_in_the_next_paragraph_but_one() -> None:
    text = f"{WHOLE}\n\nThe province also borrowed.\n\n{LIST}"
    assert not any(s[0] == "$31.5 million" for s in sums(text))


@settings(max_examples=25, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=1, max_value=400), min_size=3, max_size=4),
    extra=st.integers(min_value=-300, max_value=300),
)
def test_the_verdict_is_the_arithmetic(parts: list[int], extra: int, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("t")
    total = sum(parts) + extra
    if total <= 0:
        return
    names = ["Schools", "clinics", "roads", "ports"][: len(parts)]
    items = [
        f"{n} {'got ' if i == 0 else ''}${p}.0 million"
        for i, (n, p) in enumerate(zip(names, parts, strict=True))
    ]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    text = (
        f"CAPITAL, June 2031\n\nTotal grants to the province came to ${total}.0 million in May 2031. "
        f"{listed} in May."
    )
    found = [o for c, o in outcomes(text, folder, ("sum",))]
    assert found == [Outcome.PASS if extra >= 0 else Outcome.FAIL]
