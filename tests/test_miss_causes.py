"""How scripts/miss_causes.py names the first cause that keeps a hand relation out of the draft:
a figure no drafted claim states, a claim read in another role or period, a relation of two
periods one of whose figures the draft leaves undated, or a relation not drafted though every
claim is read as the hand reads it (within one paragraph or across several)."""

from __future__ import annotations

import sys
from pathlib import Path

from aktobe_facts.claims.model import ClaimsFile
from conftest import load_text

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
import miss_causes
from miss_causes import CAUSES, cause

ARTICLE = (
    "Exports rose 12 percent to $5.6 billion in 2023.\n\n"
    "Imports came to $5 billion, against $4.4 billion in 2022."
)

HAND = load_text(
    """
    [[claim]]
    id = "exports"
    quote = "to $5.6 billion in 2023"
    value = "$5.6 billion"
    period = "2023"

    [[claim]]
    id = "exports_growth"
    quote = "rose 12 percent"
    value = "12 percent"
    kind = "growth"
    period = "2023"

    [[claim]]
    id = "imports"
    quote = "Imports came to $5 billion"
    value = "$5 billion"
    period = "2023"

    [[claim]]
    id = "imports_before"
    quote = "against $4.4 billion in 2022"
    value = "$4.4 billion"
    period = "2022"

    [[relation]]
    id = "exports_above_imports"
    kind = "order"
    left = "exports"
    op = ">"
    right = ["imports"]

    [[relation]]
    id = "imports_rose"
    kind = "order"
    left = "imports"
    op = ">"
    right = ["imports_before"]

    [[relation]]
    id = "exports_grew"
    kind = "growth"
    growth = "exports_growth"
    current = "exports"
    """
)


def drafted(
    exports: str = "", growth: str = 'kind = "growth"', imports: str = "", before: str = ""
) -> ClaimsFile:
    return load_text(
        f"""
        [[claim]]
        id = "a"
        quote = "$5.6 billion"
        value = "$5.6 billion"
        {exports}

        [[claim]]
        id = "g"
        quote = "12 percent"
        value = "12 percent"
        {growth}

        [[claim]]
        id = "b"
        quote = "$5 billion"
        value = "$5 billion"
        {imports}

        [[claim]]
        id = "c"
        quote = "$4.4 billion"
        value = "$4.4 billion"
        {before}
        """
    )


def why(relation: str, draft: ClaimsFile) -> str:
    (found,) = [r for r in HAND.relations if r.id == relation]
    return cause(HAND, draft, found, ARTICLE)[0]


def test_a_figure_no_drafted_claim_states_comes_first() -> None:
    draft = load_text('[[claim]]\nid = "a"\nquote = "$5.6 billion"\nvalue = "$5.6 billion"\n')
    assert why("exports_above_imports", draft) == "figure not read"


def test_a_claim_read_in_another_role_or_period() -> None:
    assert why("exports_grew", drafted(growth="")) == "role misread"
    assert why("exports_grew", drafted(exports='period = "2022"')) == "read with another period"
    # one period written two ways is the same period, and so is a fiscal year the draft writes
    # as its two calendar years
    assert why("exports_grew", drafted(exports='period = "2023-01/2023-12"')) != (
        "read with another period"
    )
    assert miss_causes._same_period("2021-2022", "2021-07/2022-06")
    assert not miss_causes._same_period("2021-2022", "2021-01/2021-12")
    assert not miss_causes._same_period("2021-2022", "2022-07/2023-06")


def test_an_undated_figure_blocks_only_a_relation_of_two_periods() -> None:
    assert why("imports_rose", drafted()) == (
        "read with no period, beside a figure of another period"
    )
    dated = drafted(imports='period = "2023"', before='period = "2022"')
    assert why("imports_rose", dated) == ("not drafted, in one paragraph")
    # a relation of one period is drafted without periods: the missing period is no cause
    assert why("exports_above_imports", drafted()) == "not drafted, across paragraphs"


def test_the_causes_are_the_ones_the_report_lists_in_order() -> None:
    assert CAUSES[0] == "figure not read" and len(set(CAUSES)) == len(CAUSES)
    assert miss_causes.main(["tests/heldout8"]) == 2  # an unseen set is refused
