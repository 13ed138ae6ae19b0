"""Parts listed after one verb in the sentence after their total, offered as a suggestion
(:mod:`aktobe_facts.text.suggesttotalnext`), never drafted: "Total grants reached X. Schools got
A, clinics B and roads C" may be a sum, not exhaustive, and the guards of
:mod:`aktobe_facts.text.suggestlistguard` keep the offer from being nonsense. Every sentence here
is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _offered import drafted_sums, nothing_of_a_list, offered_sums, sum_outcomes
from aktobe_facts.findings import Outcome


def sums(text: str) -> list[tuple[str, list[str]]]:
    return offered_sums(text)


WHOLE = "Total grants to the province rose by $0.4 million in May 2031 to $31.5 million."
LIST = "Schools got $12.1 million in May, clinics $8.3 million, roads $6.0 million and ports $2.2 million."


def test_a_list_after_its_total_is_offered_never_drafted() -> None:
    assert (
        "$31.5 million",
        ["$12.1 million", "$8.3 million", "$6.0 million", "$2.2 million"],
    ) in sums(f"{WHOLE} {LIST}")
    assert "$31.5 million" not in drafted_sums(f"{WHOLE} {LIST}")


@pytest.mark.parametrize(
    "whole",
    [
        "The province received grants worth a total of $31.5 million in May 2031.",
        "The province received $31.5 million in total as grants in May 2031.",
        "Overall grants to the province came to $31.5 million in May 2031.",
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
def test_not_offered(whole: str, listed: str) -> None:
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


REMITTED = (
    "private transfers came to $19.9 million, wages to $1.5 million and pensions to $0.2 million."
)
SPENT = "schools took 420 billion tenge, clinics 310 billion tenge and roads 260 billion tenge."


@pytest.mark.parametrize(
    "text",
    [
        # the years before the total's
        "Total imports came to $6.3 billion in 2031, the customs office said. They stood at $5.2 "
        "billion, $4.8 billion and $4.4 billion in the three preceding years.",
        # a plan's total and last year's list
        f"Total outlays are planned at 800 billion tenge for next year. Last year, {SPENT}",
        # a forecast total
        f"Total outlays are forecast to reach 800 billion tenge. {SPENT.capitalize()}",
        # revenue's total, the list a flow the cabinet gave out
        "Total tax revenue reached 9.6 trillion tenge in 2031. The cabinet allocated 6 trillion "
        "tenge to pensions, 4 trillion tenge to the army and 3 trillion tenge to railways.",
        # one firm's total, its rivals' figures
        "Ruritania Mining's total revenue reached $800 million in 2031. Rival Utopia Metals "
        "earned $1.3 billion, Arcadia Ores $1.2 billion and Erewhon Ltd $1.1 billion.",
        # the trade with one partner, the trade with others
        "Total trade between Ruritania and Utopia reached $27 billion in 2031. Trade with Arcadia "
        "came to $25 billion, with Erewhon to $15 billion and with Lilliput to $3 billion.",
        # one country's exports, other countries' exports
        "Ruritania's total exports reached $6.2 billion in the first quarter. Utopia's exports "
        "came to $5.4 billion, Arcadia's to $0.8 billion and Erewhon's to $0.6 billion.",
        # the year before's list
        "Total remittances dropped 10 percent year on year to $18.4 million in November. A year "
        f"earlier, {REMITTED}",
        f"Total remittances dropped to $18.4 million in November. Previously, {REMITTED}".replace(
            "transfers came", "transfers had come"
        ),
        # a projected total
        f"Total remittances are projected at $18.4 million for November. {REMITTED.capitalize()}",
        # sums since a scheme began after one year's total
        "Total investment in the scheme reached 1.1 trillion tenge in 2031. Since the scheme "
        "started, the state has invested 2.9 trillion tenge, private investors 2.0 trillion "
        "tenge and banks 0.8 trillion tenge.",
        # "Total" a company's name
        "The oil major Total invested $4.8 billion in the Northern field in 2031. Norsk invested "
        "$3.9 billion, Petra $3.5 billion and Andes Oil $3.1 billion.",
        # the month before's list after a comparison
        "Total remittances dropped to $18.4 million in November from $22.3 million in October. "
        f"In October, {REMITTED}",
    ],
)
def test_no_sum_drafted_or_offered_and_no_finding(text: str, tmp_path: Path) -> None:
    assert nothing_of_a_list(text, tmp_path)


@settings(max_examples=25, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=1, max_value=400), min_size=3, max_size=4),
    extra=st.integers(min_value=-300, max_value=300),
)
def test_the_verdict_is_the_arithmetic_once_kept(
    parts: list[int],
    extra: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
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
    assert sum_outcomes(text, folder, kept=False) == []
    kept = sum_outcomes(text, folder, kept=True)
    # besides the list's sum, a total and two parts that agree (suggestcoincide: "2 = 1 + 1"
    # among the parts) pass by their arithmetic
    assert [o for o in kept if o is not Outcome.PASS] == ([Outcome.FAIL] if extra < 0 else [])
    assert extra < 0 or Outcome.PASS in kept
