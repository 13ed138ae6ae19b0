"""A balance of trade with one partner told in the sentence of its two flows ("Exports to Arcadia
came to A, and imports from it to B, for a surplus of S": S = A − B), text/draftpartnerbalance.
Twenty-eighth session, within28 (heldout16's "Exports to EU countries rose by 10.4% to EUR 2.15
billion, and imports from them increased by 6.9% to EUR 2.12 billion, for a surplus of EUR 35
million with the bloc"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import relations


def _differences(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "difference"]


@pytest.mark.parametrize(
    ("text", "result", "minuend", "subtrahend"),
    [
        (
            "Exports to Arcadia rose by 8.1% to EUR 3.45 billion in 2031, and imports from them "
            "increased by 2.2% to EUR 3.12 billion, for a surplus of EUR 330 million with the "
            "bloc.",
            "EUR 330 million",
            "EUR 3.45 billion",
            "EUR 3.12 billion",
        ),
        (
            "Imports from Utopia climbed to $7.3 billion in 2031, while exports to Utopia came "
            "to $5.2 billion, leaving a deficit of $2.1 billion.",
            "$2.1 billion",
            "$7.3 billion",
            "$5.2 billion",
        ),
        (
            "Exports to Utopia came to $5.2 billion in 2031, while imports from there reached "
            "$7.3 billion, opening a trade deficit of $2.1 billion.",
            "$2.1 billion",
            "$7.3 billion",
            "$5.2 billion",
        ),
    ],
)
def test_a_partners_balance_is_drafted(
    text: str, result: str, minuend: str, subtrahend: str
) -> None:
    assert _differences(text) == [{"result": result, "minuend": minuend, "subtrahend": subtrahend}]


@pytest.mark.parametrize(
    "text",
    [
        # two partners
        "Exports to Utopia came to $5.2 billion in 2031, while imports from Arcadia reached "
        "$7.3 billion, leaving a deficit of $2.1 billion.",
        # another clause's deficit, the country's own
        "Exports to Utopia came to $5.2 billion in 2031, while imports from Utopia reached "
        "$7.3 billion, and the overall deficit widened to $9.1 billion.",
        # a deficit of another unit
        "Exports to Utopia came to $5.2 billion in 2031, while imports from Utopia reached "
        "$7.3 billion, leaving a deficit of EUR 1.9 billion.",
    ],
)
def test_no_balance_the_words_do_not_tie(text: str) -> None:
    assert _differences(text) == []


@settings(max_examples=20, deadline=None)
@given(
    exports=st.integers(10, 99),
    imports=st.integers(10, 99),
    link=st.sampled_from(["for", "leaving", "opening", "giving"]),
)
def test_the_balance_follows_its_name(exports: int, imports: int, link: str) -> None:
    """A surplus is exports less imports and a deficit imports less exports, whatever the
    figures (the check, not the draft, says whether they agree)."""
    noun = "surplus" if exports >= imports else "deficit"
    gap = abs(exports - imports) or 1
    text = (
        f"Exports to Utopia came to ${exports}.5 billion in 2031, while imports from Utopia "
        f"reached ${imports}.5 billion, {link} a {noun} of ${gap} billion."
    )
    larger, smaller = (exports, imports) if noun == "surplus" else (imports, exports)
    assert _differences(text) == [
        {
            "result": f"${gap} billion",
            "minuend": f"${larger}.5 billion",
            "subtrahend": f"${smaller}.5 billion",
        }
    ]
