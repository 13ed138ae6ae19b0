"""What spending goes to, right after its noun ("expenditures for the economy", "spending on
health"), makes the figure that purpose's part, never the whole of the spending (fifteenth
session: on a fresh text of the session's development half, "the expenditures for the economy ...
amounted to" was read as all spending, with "other expenses" as its part, a false sum error). The
near miss: a period after "for" ("expenditures for the first half") leaves the whole. The
sentences are written for these tests."""

from __future__ import annotations

from _drafted import relations, sums


def test_spending_for_a_purpose_is_a_part_of_the_spending() -> None:
    """Failed before: no sum (each purpose's figure read as a whole of the spending)."""
    text = (
        "Budget expenditures came to about 30.5 trillion lari. The expenditures for social "
        "services accounted for 15.5 trillion lari or 50.8 percent. The expenditures for the "
        "economy from the state budget funds amounted to 2.5 trillion lari (8.2 percent of total "
        "expenditure) in 2031, for financing investments - 1.5 trillion lari (4.9 percent), "
        "undifferentiated other expenses amounted 5.5 trillion lari (18.0 percent)."
    )
    found = sums(text)
    assert (
        "about 30.5 trillion lari",
        ["15.5 trillion lari", "2.5 trillion lari", "5.5 trillion lari"],
        False,
    ) in found
    assert not [s for s in found if s[0] != "about 30.5 trillion lari"]


def test_spending_for_a_period_stays_the_whole() -> None:
    text = (
        "Revenue for the first half of 2031 came to 10.5 trillion lari, while expenditures for the "
        "first half of 2031 amounted to 12.5 trillion lari. The deficit was 2.0 trillion lari."
    )
    assert ("difference", "2.0 trillion lari", "12.5 trillion lari", "10.5 trillion lari") in [
        (k, r.get("result"), r.get("minuend"), r.get("subtrahend")) for k, r in relations(text)
    ]


def test_spending_for_a_span_of_months_stays_the_whole() -> None:
    """ "Expenditures for the five months": a period, no purpose (a first version took "five" for
    one and lost an open set's balance)."""
    text = (
        "Federal budget revenues came to 9,818 billion rubles in January-May 2031. Expenditures "
        "for the five months amounted to 13.229 trillion rubles. The deficit amounted to 3.41 "
        "trillion rubles."
    )
    assert ("difference", "3.41 trillion rubles") in [
        (k, r.get("result")) for k, r in relations(text)
    ]
