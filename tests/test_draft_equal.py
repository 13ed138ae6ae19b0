"""One figure given twice (:mod:`aktobe_facts.text.draftequal`): the same amount with the same role,
owner, plan and period is tied by an ``equal`` relation, and so are the growths of such a figure;
a balance named after its figure ("a 4.2 billion lari deficit"). Every sentence here is written for
these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def equals(text: str) -> list[list[str]]:
    found = []
    for kind, fields in relations(text):
        if kind == "equal":
            found.append([v for k, v in sorted(fields.items())])
    return found


def test_a_deficit_given_twice_is_one() -> None:
    text = (
        "From January to June the budget ran a deficit of 8.43 billion lari ($3.12 billion). "
        "Revenues over the half came to 20.1 billion lari, and spending rose to 28.53 billion "
        "lari, leaving an 8.43 billion lari ($3.12 billion) deficit."
    )
    found = relations(text)
    assert ("equal", {"claims": "8.43 billion lari"}) not in found  # a list, not one claim
    assert [k for k, _ in found].count("equal") == 1
    # the balance names the first of the two
    assert (
        "difference",
        {
            "result": "8.43 billion lari",
            "minuend": "28.53 billion lari",
            "subtrahend": "20.1 billion lari",
        },
    ) in found


def test_figures_that_only_share_a_value_are_not_tied() -> None:
    # two periods
    assert (
        equals(
            "The budget ran a deficit of 5.1 billion som in January. In February the deficit was "
            "5.1 billion som."
        )
        == []
    )
    # two roles
    assert equals("Revenues came to 5.1 billion som. Spending was 5.1 billion som as well.") == []
    # a plan and a report
    assert (
        equals(
            "The deficit came to 5.1 billion som. The ministry plans a deficit of 5.1 billion som."
        )
        == []
    )
    # another figure in the other currency
    assert (
        equals(
            "The deficit came to 5.1 billion som ($60 million). Later the deficit was put at 5.1 "
            "billion som ($58 million)."
        )
        == []
    )


def test_the_growths_of_one_figure_given_twice(tmp_path: Path) -> None:
    text = (
        "The fund's oil revenues fell by 12% year-on-year in January-March 2024 and totaled 3.1 "
        "trillion tenge. In its own statement the fund said oil revenues stood at 3.1 trillion "
        "tenge and declined by 17%."
    )
    assert len(equals(text)) == 2
    equal = [o for c, o in outcomes(text, tmp_path, ("equal",))]
    assert Outcome.FAIL in equal  # one fall cannot be both 12% and 17%
    # another period compared with: two growths, not one
    other = text.replace("declined by 17%", "declined by 17% compared to 2022")
    assert len(equals(other)) == 1


def test_growths_against_the_year_and_the_quarter_before_are_not_one(tmp_path: Path) -> None:
    text = (
        "Yearly earnings from copper exports grew by 23.7% to $4.2 billion, the bank's Quarterly "
        "Bulletin shows. On a quarterly basis, however, revenue from copper exports dropped by "
        "6.7% to $4.2 billion."
    )
    assert len(equals(text)) == 1  # the figure given twice, not its two growths
    assert [o for c, o in outcomes(text, tmp_path, ("equal",))] == [Outcome.PASS]
    # both against the quarter before: one growth told twice
    both = text.replace("Yearly earnings", "Quarter-on-quarter earnings")
    assert len(equals(both)) == 2


def test_a_balance_named_after_its_figure() -> None:
    assert relations(
        "Revenues came to 20.1 billion lari and spending to 24.3 billion lari, leaving a 4.2 "
        "billion lari deficit."
    ) == [
        (
            "difference",
            {
                "result": "4.2 billion lari",
                "minuend": "24.3 billion lari",
                "subtrahend": "20.1 billion lari",
            },
        )
    ]
    # a balance of another kind
    assert (
        relations(
            "Revenues came to 20.1 billion lari and spending to 24.3 billion lari, leaving a 2.2 "
            "billion lari primary deficit."
        )
        == []
    )
