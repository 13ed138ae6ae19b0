"""A comma after "respectively" reads as the plain form: "A and B, respectively, in November 2030"
gives both listed figures the month, as "respectively in November 2030" does
(:func:`aktobe_facts.text.figuretime.respectively_time`; left by change18). Without it the flows
named no period and were tied to a balance whose sentence gives its earlier value too, a false
difference (the shape of Business Standard (IANS), https://business-standard.com/amp/article/
news-ians/india-s-exports-dip-for-12th-straight-month-115121500871_1.html, 2015-12-15, with the
comma added and the figures and names our own)."""

from __future__ import annotations

import pytest

from _drafted import relations

LIST = (
    "The country's exports and imports were valued at $26.49 billion and $42.72 billion, "
    "respectively{after}"
)
BALANCE = (
    "difference",
    {"result": "$16.23 billion", "minuend": "$42.72 billion", "subtrahend": "$26.49 billion"},
)


@pytest.mark.parametrize("after", [", in November 2030.", " in November 2030."])
def test_the_comma_form_gives_the_list_its_period(after: str) -> None:
    text = "The trade deficit fell to $9.78 billion from $16.236 billion. " + LIST.format(
        after=after
    )
    assert [r for r in relations(text) if r[0] == "difference"] == []


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        ("The trade deficit was $16.23 billion in November 2030. ", ", in November 2030."),
        # near miss: a clause after the comma names its own period, none of the list's
        (
            "The trade deficit was $16.23 billion in 2030. ",
            ", while gold imports fell 4 percent in 2029.",
        ),
    ],
)
def test_near_miss_a_balance_of_the_list_s_period_still_ties_it(lead: str, after: str) -> None:
    text = lead + LIST.format(after=after)
    assert [r for r in relations(text) if r[0] == "difference"] == [BALANCE]
