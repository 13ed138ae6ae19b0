"""A whole and its parts by partner, the list closed by the rest (``draftrest``): "other
countries", "the rest of the world" after the partners named, "all countries excluding A and B"
before them. Each guard is tested by a near miss, a text one step away whose figures must get no
sum. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations, sums
from aktobe_facts.findings import Outcome

CLOSED = [
    # "other countries" after the partners named, each partner after its figure
    (
        "Ruritania's exports fell by 2% to $310.5mn in October. Exports rose by 12% to $60mn to "
        "CAU countries in October, while exports to EU countries stood at $200mn. Exports to "
        "other countries fell by 5% to $50mn.",
        ("$310.5mn", ["$60mn", "$200mn", "$50mn"]),
    ),
    # "the rest of the world"
    (
        "Ruritania's garment exports reached $1.250 billion in the first half of 2031. Exports to "
        "the United States rose to $700.0 million, exports to the European Union to $300.0 "
        "million and exports to the rest of the world to $250.0 million.",
        ("$1.250 billion", ["$700.0 million", "$300.0 million", "$250.0 million"]),
    ),
    # the rest named first, by the partners it leaves out
    (
        "Tourist arrivals rose 10 per cent to 512,300 in May 2031. The rise came mainly from "
        "arrivals from all countries excluding Utopia and Arcadia, which rose 40 per cent to "
        "231,100. Arrivals from Utopia rose 1 per cent to 160,200 while those from Arcadia rose 2 "
        "per cent to 121,000.",
        ("512,300", ["231,100", "160,200", "121,000"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSED)
def test_the_rest_closes_a_list_of_partners(text: str, expected: tuple[str, list[str]]) -> None:
    """Each failed before: no sum."""
    assert (*expected, True) in sums(text)


NEAR_MISSES = [
    # the rest of a region, no whole's
    "Ruritania's exports fell by 2% to $310.5mn in October. Exports rose by 12% to $60mn to CAU "
    "countries in October, while exports to EU countries stood at $200mn. Exports to other "
    "countries in Asia fell by 5% to $50mn.",
    # the rest of a bloc: "other EU countries"
    "Ruritania's exports fell by 2% to $310.5mn in October. Exports to Utopia stood at $200mn. "
    "Exports to other EU countries fell by 5% to $50mn.",
    # a part's own parts: "of these"
    "Ruritania's exports fell by 2% to $310.5mn in October. Exports to EU countries stood at "
    "$200mn. Of these, exports to Utopia were $60mn and exports to other countries $50mn.",
    # a name the rest leaves out that no figure names
    "Tourist arrivals rose 10 per cent to 512,300 in May 2031. Arrivals from all countries "
    "excluding Utopia and Arcadia rose 40 per cent to 231,100. Arrivals from Utopia rose 1 per "
    "cent to 160,200.",
    # the nearest figure is smaller than a part: another whole
    "Ruritania's exports of fish fell to $150.5mn in October. Exports rose by 12% to $60mn to CAU "
    "countries in October, while exports to EU countries stood at $200mn. Exports to other "
    "countries fell by 5% to $50mn.",
    # money of no trade flow, its partner in the sentence before ("sales there")
    "Ruritania's garment exports reached $1.250 billion in the first half of 2031. Utopia bought "
    "more: garment sales there rose to $700.5 million. In Arcadia the gain was 10 percent, to "
    "$300.5 million, while sales to the rest of the world rose to $249.5 million.",
    # another period: last year's whole
    "Ruritania's exports came to $310.5mn in October 2030. In October 2031 exports to EU "
    "countries stood at $200mn and exports to other countries at $50mn.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_sum_where_the_rest_is_not_of_the_whole(text: str) -> None:
    assert not [s for s in sums(text) if s[2]]


def test_a_partner_named_after_its_figure_makes_no_whole() -> None:
    """ "Exports rose to $20.5mn to CAU countries" is the CAU's part, no whole of the exports to the
    EU and to other countries (failed before: two sums of $20.5mn, one a false error, $26.5mn
    within $20.5mn)."""
    text = (
        "Ruritania's exports came to $66.5mn in October. Exports rose to $20.5mn to CAU countries "
        "in October, while exports to EU countries stood at $19.5mn. Exports to other countries "
        "fell to $26.5mn."
    )
    found = sums(text)
    assert not [s for s in found if s[0] == "$20.5mn"]
    assert ("$66.5mn", ["$20.5mn", "$19.5mn", "$26.5mn"], True) in found


def test_a_currency_code_after_to_is_no_partner() -> None:
    """ "rose from GH¢10.5 million to GH¢12.5 million": "to GH¢" opens the level reached, no
    partner (a first version read "GH" as one and lost the balance of the flows)."""
    text = (
        "Exports stood at GH¢5.5 million in 2031. Imports, for their part, rose 19 percent from "
        "GH¢10.5 million to GH¢12.5 million. The trade deficit came to GH¢7.0 million."
    )
    assert (
        "difference",
        {"result": "GH¢7.0 million", "minuend": "GH¢12.5 million", "subtrahend": "GH¢5.5 million"},
    ) in [
        (k, {f: v for f, v in r.items() if f in ("result", "minuend", "subtrahend")})
        for k, r in relations(text)
    ]


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=90),
    st.integers(min_value=20, max_value=90),
    st.integers(min_value=20, max_value=90),
    st.integers(min_value=-15, max_value=15),
)
def test_the_verdict_follows_the_figures(a: int, b: int, c: int, slip: int) -> None:
    """The structure, not the values, makes the sum: it is drafted whatever they are, and it fails
    exactly when no values inside the printed intervals add up (each figure is its number +-0.05:
    the whole and the parts' total may differ by 0.2 at most)."""
    parts = [f"{a}.5", f"{b}.5", f"{c}.5"]
    tenths = (a + b + c) * 10 + 15 + slip
    whole = f"{tenths // 10}.{tenths % 10}"
    text = (
        f"Ruritania's exports came to ${whole}mn in October. Exports rose to ${parts[0]}mn to "
        f"CAU countries in October, while exports to EU countries stood at ${parts[1]}mn. Exports "
        f"to other countries fell to ${parts[2]}mn."
    )
    assert (f"${whole}mn", [f"${p}mn" for p in parts], True) in sums(text)
    with TemporaryDirectory() as folder:
        found = [o for check, o in outcomes(text, Path(folder), ("sum",))]
    assert (Outcome.FAIL in found) == (abs(slip) > 2)
