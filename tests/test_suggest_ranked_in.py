"""The members of a ranked list within the whole they rank in, offered as a suggestion
(:mod:`aktobe_facts.text.suggestrankedin`), never drafted: "Grants came to X. The north was the
biggest grantee at A, followed by the south at B and the east at C" may be a sum, not
exhaustive, and the guards of :mod:`aktobe_facts.text.suggestlistguard` keep the offer from being
nonsense. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _offered import drafted_sums, nothing_of_a_list, offered_sums, sum_outcomes
from aktobe_facts.findings import Outcome

WHOLE = "Foreign grants to Ruritania came to 240 million euros in 2031."
RANKED = (
    "The north was the biggest grantee, at 90 million euros, followed by the south at 60 million "
    "euros and the east at 30 million euros."
)
MEMBERS = (
    "The north was the biggest grantee with 70 million euros, followed by the south with "
    "60 million euros and the east with 50 million euros."
)


def test_a_ranked_list_is_offered_within_its_whole_never_drafted() -> None:
    text = f"{WHOLE} {RANKED}"
    assert (
        "240 million euros",
        ["90 million euros", "60 million euros", "30 million euros"],
    ) in offered_sums(text)
    assert "240 million euros" not in drafted_sums(text)


def test_investment_and_investor_name_one_thing() -> None:
    text = (
        "Foreign direct investment into Ruritania came to 240 million euros in 2031. Utopia "
        "remained the biggest investor with 90 million euros, followed by Arcadia with 60 million "
        "euros and Erewhon with 30 million euros."
    )
    assert any(s[0] == "240 million euros" and len(s[1]) == 3 for s in offered_sums(text))


def test_the_comparison_figure_before_is_no_whole() -> None:
    text = (
        "Foreign grants to Ruritania came to 240 million euros in 2031, above the 200 million "
        f"euros of 2030. {RANKED}"
    )
    assert any(s[0] == "240 million euros" and len(s[1]) == 3 for s in offered_sums(text))


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
def test_not_offered(whole: str, ranked: str) -> None:
    assert not any(s[0] == "240 million euros" for s in offered_sums(f"{whole} {ranked}"))


@pytest.mark.parametrize(
    "text",
    [
        # the ranking is wider than the whole: the world's, not one country's
        "Wheat exports from Ruritania reached 4.2 million tonnes in 2031. Among the world's "
        "largest wheat exporters, Utopia led with 40 million tonnes, followed by Arcadia with 30 "
        "million tonnes and Erewhon with 20 million tonnes.",
        # every sector ranked, one sector's whole
        f"Grants to the farming sector came to 90 million euros in 2031. Across all sectors, "
        f"{MEMBERS[0].lower()}{MEMBERS[1:]}",
        # a forecast whole
        f"Foreign grants are expected to drop to 120 million euros next year, the ministry said. "
        f"{MEMBERS}",
        # a ranking summed since long before the whole's year
        "Grants to the province came to 200 million euros last year. Since independence, the "
        "north has been the biggest grantee with 900 million euros, followed by the south with "
        "700 million euros and the east with 500 million euros.",
        # one nation's investment, other nations ranked
        "Utopian investment in Ruritania reached $1.9 billion in 2031. The biggest investors in "
        "the country were Arcadia with $6 billion, followed by Erewhon with $4 billion and "
        "Lilliput with $2 billion.",
        # one sender's remittances, that sender among the ranked
        "Remittances from Utopia came to $1.1 billion in 2031. The top remittance senders were "
        "Utopia with $1.1 billion, followed by Arcadia with $400 million and Erewhon with $200 "
        "million.",
        # the whole is a comparison's earlier figure
        f"Foreign grants last year were up by a quarter on the 180 million euros recorded in "
        f"2029. {MEMBERS}",
        # last year's ranking after this half-year's whole
        f"Foreign grants came to 140 million euros in the first half of this year. Last year, "
        f"{MEMBERS[0].lower()}{MEMBERS[1:]}",
        # the year before's ranking
        "Remittances dropped to $18.4 million in November. A year earlier, Utopia was the top "
        "source of remittances with $10.2 million, followed by Arcadia with $5.1 million and "
        "Erewhon with $3.3 million.",
        # the members are increases
        "Foreign grants came to 250 million euros in 2031. The north's grants posted the biggest "
        "rise with 30 million euros, followed by the south with 20 million euros and the east "
        "with 10 million euros.",
        # a whole per head
        "Income per head reached $12,400 in 2031. The capital was the leading city by income "
        "per head with $41,000, followed by the port with $28,000 and the river town with "
        "$22,000.",
        # an average whole
        f"Average grant per project came to 11.5 million euros in 2031. {MEMBERS}",
        # the earlier year's ranking after a fall to this year's whole
        f"Foreign grants fell to 140 million euros in 2031 from 250 million euros in 2030. In "
        f"2030, {MEMBERS[0].lower()}{MEMBERS[1:]}",
    ],
)
def test_no_sum_drafted_or_offered_and_no_finding(text: str, tmp_path: Path) -> None:
    assert nothing_of_a_list(text, tmp_path)


@settings(max_examples=25, deadline=None)
@given(
    top=st.integers(min_value=61, max_value=300),
    extra=st.integers(min_value=-200, max_value=200),
)
def test_the_verdict_is_the_arithmetic_once_kept(
    top: int, extra: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder: Path = tmp_path_factory.mktemp("t")
    whole = top + 60 + 30 + extra
    if whole <= top:
        return
    text = (
        f"CAPITAL, June 2032\n\nForeign grants to Ruritania came to {whole}.0 million euros in "
        f"2031. The north was the biggest grantee, at {top}.0 million euros, followed by the south "
        "at 60.0 million euros and the east at 30.0 million euros."
    )
    assert sum_outcomes(text, folder, kept=False) == []
    kept = sum_outcomes(text, folder, kept=True)
    # besides the list's sum, a total and two parts that agree (suggestcoincide: the whole of
    # the top and 60.0 million) pass by their arithmetic
    assert [o for o in kept if o is not Outcome.PASS] == ([Outcome.FAIL] if extra < 0 else [])
    assert extra < 0 or Outcome.PASS in kept
