"""The exchange rate an article states ("($1 = 145.5000 Kenyan shillings)") ties each of its
conversions in those two currencies through an equation, so a lone conversion is tested. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

FOOTER = "\n\n($1 = 145.5000 Kenyan shillings)\n"


def equations(text: str) -> list[str]:
    return [str(r.fields["expr"]) for r in draft(text).relations if r.kind == "equation"]


def test_a_footer_rate_ties_the_article_s_lone_conversion() -> None:
    text = (
        "Kenya's tea earnings rose to 180.57 billion shillings ($1.24 billion) in 2023.\n\n"
        "Coffee brought in 25.2 billion shillings." + FOOTER
    )
    (found,) = equations(text)
    assert "@USD * " in found and found.endswith('/ "$1"')
    # two conversions test each other already: one slip would be reported twice
    assert (
        equations(text.replace("25.2 billion shillings.", "25.2 billion shillings ($173m).")) == []
    )


def test_a_note_in_parentheses_after_the_last_sentence_is_the_article_s() -> None:
    text = (
        "Coffee brought in 25.2 billion shillings in 2023.\n\nTea earned 180.57 billion "
        "shillings ($1.24 billion). ($1 = 145.5000 Kenyan shillings)\n"
    )
    assert len(equations(text)) == 1


def test_a_rate_inside_a_sentence_ties_only_that_sentence() -> None:
    text = (
        "Exports reached 4.2 billion zlotys (1 billion euros), at 1 euro = 4.27 zlotys. "
        "Imports were 3.9 billion zlotys in the year."
    )
    (found,) = equations(text)
    assert found.startswith(found.split(" ")[0] + " = ")
    assert "1 euro" in found


def test_the_other_way_round_a_dollar_figure_with_a_shilling_counterpart() -> None:
    (found,) = equations("Tea earned $1.24 billion (180.57 billion shillings) in 2023." + FOOTER)
    assert "@KES = " in found


@pytest.mark.parametrize(
    "text",
    [
        "Tea earned 180.57 billion shillings ($1.24 billion).\n\n($2 = 291 Kenyan shillings)\n",
        "Tea earned 180.57 billion shillings ($1.24 billion).\n\n(1 euro = 1.08 dollars)\n",
        "Tea earned 180.57 billion shillings in 2023.\n\n($1 = 145.5000 Kenyan shillings)\n",
    ],
)
def test_no_equation_without_a_one_unit_rate_of_the_conversion_s_currencies(text: str) -> None:
    assert equations(text) == []


@pytest.mark.parametrize(("dollars", "outcome"), [("1.24", Outcome.PASS), ("1.42", Outcome.FAIL)])
def test_a_conversion_off_the_stated_rate_fails(
    tmp_path: object, dollars: str, outcome: Outcome
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    text = f"Tea earned 180.57 billion shillings (${dollars} billion) in 2023." + FOOTER
    assert [o for _, o in outcomes(text, tmp_path, ("equation",))] == [outcome]
