"""The members of a ranked list within the whole they rank in
(:mod:`aktobe_facts.text.draftrankedin`): "Grants came to X. The north was the biggest grantee at A,
followed by the south at B and the east at C" is a sum, not exhaustive. Every sentence here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome

WHOLE = "Foreign grants to Ruritania came to 240 million euros in 2031."
RANKED = (
    "The north was the biggest grantee, at 90 million euros, followed by the south at 60 million "
    "euros and the east at 30 million euros."
)


def test_a_ranked_list_lies_within_its_whole() -> None:
    assert (
        "240 million euros",
        ["90 million euros", "60 million euros", "30 million euros"],
        False,
    ) in sums(f"{WHOLE} {RANKED}")


def test_investment_and_investor_name_one_thing() -> None:
    text = (
        "Foreign direct investment into Ruritania came to 240 million euros in 2031. Utopia "
        "remained the biggest investor with 90 million euros, followed by Arcadia with 60 million "
        "euros and Erewhon with 30 million euros."
    )
    assert any(s[0] == "240 million euros" and len(s[1]) == 3 for s in sums(text))


@pytest.mark.parametrize(
    ("whole", "ranked"),
    [
        # the ranking names nothing the whole's words name
        ("Foreign loans to Ruritania came to 240 million euros in 2031.", RANKED),
        # another year's ranking
        (WHOLE, RANKED.replace("The north was", "In 2030 the north was")),
        # a stock ranked against a year's flow
        (WHOLE, RANKED.replace("biggest grantee", "biggest grantee by cumulative stock")),
        # two figures of the unit before: which is the whole is open
        (
            "Foreign grants to Ruritania came to 240 million euros in 2031 and loans to 310 "
            "million euros.",
            RANKED,
        ),
        # a balance is no whole of members
        ("The grants deficit of Ruritania came to 240 million euros in 2031.", RANKED),
        # a list not ranked
        (WHOLE, RANKED.replace("was the biggest grantee, at", "got").replace(", followed by", ",")),
    ],
)
def test_no_sum(whole: str, ranked: str) -> None:
    assert not any(s[0] == "240 million euros" for s in sums(f"{whole} {ranked}"))


def test_the_comparison_figure_before_is_no_whole() -> None:
    text = (
        "Foreign grants to Ruritania came to 240 million euros in 2031, above the 200 million "
        f"euros of 2030. {RANKED}"
    )
    assert any(s[0] == "240 million euros" and len(s[1]) == 3 for s in sums(text))


@settings(max_examples=25, deadline=None)
@given(
    top=st.integers(min_value=61, max_value=300),
    extra=st.integers(min_value=-200, max_value=200),
)
def test_the_verdict_is_the_arithmetic(top: int, extra: int, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("t")
    whole = top + 60 + 30 + extra
    if whole <= top:
        return
    text = (
        f"CAPITAL, June 2032\n\nForeign grants to Ruritania came to {whole}.0 million euros in "
        f"2031. The north was the biggest grantee, at {top}.0 million euros, followed by the south "
        "at 60.0 million euros and the east at 30.0 million euros."
    )
    found = [o for c, o in outcomes(text, folder, ("sum",))]
    assert found == [Outcome.PASS if extra >= 0 else Outcome.FAIL]
