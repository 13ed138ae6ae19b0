"""A reading of the eighteenth session's rules by someone who did not write them (nineteenth
session, review19): sentences of the kinds economic news prints where a rule's condition holds
but its relation is not certain or is wrong, each guarded by its reason. Sentences written for
these tests (no source quoted; invented figures); each wrong one drafted its relation before its
guard, and each near miss one step away still drafts."""

from __future__ import annotations

import pytest

from _drafted import relations


def _kinds(text: str, kinds: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    return [r for r in relations(text) if r[0] in kinds]


def _growths(text: str) -> list[tuple[str, str]]:
    return [(f["growth"], f["current"]) for _, f in _kinds(text, ("growth",))]


# 1. draftgrowthlisted (recall17) left "A and B, up P and Q" to draftgrowth wherever the words
# after the percents were not the clause's end: "up P" was drafted as the growth of B.


@pytest.mark.parametrize(
    "text",
    [
        "Almaty and Astana airports handled 12.1 million and 8.4 million passengers in 2030, "
        "up 15% and 27% from 2028.",
        "The two banks earned 12.1 billion tenge and 8.4 billion tenge in 2030, up 15% and 27%, "
        "compared with 10.5 billion tenge and 6.6 billion tenge a year earlier.",
        "Exports and imports came to $12.1 billion and $8.4 billion in 2030, up 15% and 27% "
        "from the plan.",
        "Exports came to $12.1 billion and imports to $8.4 billion in 2030, up 15% and 27% "
        "from $7.0 billion.",
    ],
)
def test_the_first_of_listed_percents_is_no_growth_of_the_last_listed_level(text: str) -> None:
    assert _growths(text) == [], text


def test_near_miss_a_list_that_ends_its_clause_still_pairs_in_order() -> None:
    text = "Exports came to $12.1 billion and imports to $8.4 billion in 2030, up 15% and 27%."
    assert _growths(text) == [("up 15%", "$12.1 billion"), ("27%", "$8.4 billion")]


# 2. A percent word shared by a list (percentleft, recall17) makes "rose 4 and 6 percent" two
# growths; draftgrowth tied the second to the one level after it, or to the first of two levels
# listed after the periods.


@pytest.mark.parametrize(
    "text",
    [
        "Employment rose 4 and 6 percent year on year in June and July, to 1.2 million and "
        "1.25 million.",
        "Employment rose 4 percent and 6 percent year on year in June and July, to 1.2 million "
        "and 1.25 million.",
        "Output fell by 4 and 6 percent, to 40 million tonnes from 42 million tonnes.",
        "Exports rose 4 percent and 6 percent to $5.0 billion from $4.8 billion.",
    ],
)
def test_two_listed_growths_are_no_growth_of_one_level(text: str) -> None:
    assert _growths(text) == [], text


def test_near_miss_two_growths_with_respectively_still_pair() -> None:
    text = "Exports rose 4% and 6% respectively to $5.0 billion and $3.0 billion."
    assert _growths(text) == [("rose 4%", "$5.0 billion"), ("6%", "$3.0 billion")]


# 3. balanceholder (change18): a company's, a social security system's or a fund named after
# "of" ran its own deficit, no difference of the budget's revenue and spending (false errors).

FLOWS = "Revenue came to 5.1 trillion tenge and spending to 6.0 trillion tenge. "


@pytest.mark.parametrize(
    "balance",
    [
        "The state oil company recorded a deficit of 0.3 trillion tenge.",
        "The state railway company had a deficit of 0.3 trillion tenge.",
        "Social security ran a deficit of 0.3 trillion tenge.",
        "The capital's budget posted a deficit of 0.3 trillion tenge.",
        "The deficit of the pension fund was 0.3 trillion tenge.",
        "The deficit of the local budgets was 0.3 trillion tenge.",
    ],
)
def test_a_holder_s_own_balance_is_no_difference_of_the_budget(balance: str) -> None:
    assert _kinds(FLOWS + balance, ("difference",)) == [], balance


@pytest.mark.parametrize(
    "balance",
    [
        "The budget deficit was 0.9 trillion tenge.",
        "The government recorded a deficit of 0.9 trillion tenge.",
        "The deficit of the budget was 0.9 trillion tenge.",
    ],
)
def test_near_miss_the_budget_s_own_deficit_still_drafts(balance: str) -> None:
    made = _kinds(FLOWS + balance, ("difference",))
    assert [(f["result"], f["minuend"]) for _, f in made] == [
        ("0.9 trillion tenge", "6.0 trillion tenge")
    ]


# 4. A wire story's opening ("ASTANA, March 3 (Reuters) - ", "LUSAKA - ", whose capitals now name
# a currency's country, signs18) kept the capital of the sentence's first word, so "Oil exports"
# were read as all the exports and their balance with all imports drafted (a false error).


@pytest.mark.parametrize(
    "opening",
    ["ASTANA, March 3 (Reuters) - ", "ASTANA - ", "ASTANA, March 3 - ", "ASTANA (Reuters) - "],
)
def test_a_product_s_exports_after_a_wire_opening_are_a_part(opening: str) -> None:
    text = (
        opening + "Oil exports rose to $10.6 billion in 2030. Imports were $9.0 billion. "
        "The trade surplus was $2.6 billion."
    )
    assert _kinds(text, ("difference",)) == [], opening


def test_near_miss_all_exports_after_a_wire_opening_still_draft_the_balance() -> None:
    text = (
        "ASTANA, March 3 (Reuters) - Exports rose to $10.6 billion in 2030. Imports were "
        "$9.0 billion. The trade surplus was $1.6 billion."
    )
    made = _kinds(text, ("difference",))
    assert [(f["result"], f["minuend"]) for _, f in made] == [("$1.6 billion", "$10.6 billion")]
