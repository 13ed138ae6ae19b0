"""A balance of another period is never the difference of the flows: "the balance had not been
negative since a 479.41 billion yen deficit booked in January" names January's deficit, recalled
beside April's exports and imports, while April's own deficit (463.7 billion yen) stands in a
paragraph before. A balance the words recall from another period ("since a", "last ran", "the
previous deficit": :mod:`aktobe_facts.text.recalled`) is no difference of the flows; the balance
the article states for their period is then the one drafted.

The figures are those of a Xinhua report of Japan's trade in April 2011 (as a blog reprinted it,
https://latestnews007.blogspot.com/2011/05/japan-logs-1st-trade-deficit-in-three.html, May 2011);
the nineteenth session's end-of-session run drafted the January deficit as April's imports less
exports, a false error. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import of_kind, outcomes
from aktobe_facts.findings import Outcome

_LEAD = (
    "TOKYO, May 25 (Xinhua) -- Japan's exports dropped 12.5 percent in April from a year before, "
    "and the country ran a trade deficit for the first time in three months, the Ministry of "
    "Finance said on Wednesday.\n\n"
    "The trade balance turned to a deficit of 463.7 billion yen in the recording period.\n\n"
    "That compares with a surplus of 729.2 billion yen a year earlier.\n\n"
)
_FLOWS = (
    "Exports came to 5.156 trillion yen in the recording period, while imports reached 5.619 "
    "trillion yen, 8.9 percent more than a year earlier."
)
RECALLED = [
    "The ministry noted that the balance had not been negative since a 479.41 billion yen deficit "
    "booked in January.",
    "The last deficit was recorded in January, at 479.41 billion yen.",
    "Japan last ran a trade deficit in January, of 479.41 billion yen.",
    "The previous deficit, in January, came to 479.41 billion yen.",
]


@pytest.mark.parametrize("recalled", RECALLED)
def test_a_recalled_months_deficit_is_no_difference_of_the_flows(recalled: str) -> None:
    text = _LEAD + recalled + "\n\n" + _FLOWS
    results = [d["result"] for d in of_kind(text, "difference")]
    assert "479.41 billion yen" not in results
    with TemporaryDirectory() as folder:
        found = outcomes(text, Path(folder), ("difference",))
    assert ("difference", Outcome.FAIL) not in found


@pytest.mark.parametrize("recalled", RECALLED)
def test_the_periods_own_balance_is_the_difference(recalled: str) -> None:
    text = _LEAD + recalled + "\n\n" + _FLOWS
    assert [d["result"] for d in of_kind(text, "difference")] == ["463.7 billion yen"]


def test_a_month_named_by_result_and_flows_alike_stays() -> None:
    """Flows that name the result's month are its own: drafted as before."""
    text = (
        "The trade deficit reached 479.41 billion yen in January. Exports came to 4.5 trillion yen "
        "in January and imports to 4.98 trillion yen in January.\n\n"
        "The trade deficit was 463.7 billion yen in April."
    )
    assert [d["result"] for d in of_kind(text, "difference")] == ["479.41 billion yen"]


def test_since_opening_a_span_is_no_recall() -> None:
    """ "Since January, the deficit has reached X": a span to now, the figure's own period."""
    text = (
        "Since January, the trade deficit has reached 479.41 billion yen, with exports at 4.5 "
        "trillion yen and imports at 4.98 trillion yen."
    )
    assert [d["result"] for d in of_kind(text, "difference")] == ["479.41 billion yen"]


def test_a_named_result_alone_stays() -> None:
    """With no other balance in the article, a result naming its month beside flows naming none
    is drafted as before (the flows' words leave it the one balance there is)."""
    text = (
        "The trade deficit reached 479.41 billion yen in January. Exports came to 4.5 trillion yen "
        "and imports to 4.98 trillion yen."
    )
    assert [d["result"] for d in of_kind(text, "difference")] == ["479.41 billion yen"]


@settings(max_examples=20, deadline=None)
@given(
    month=st.sampled_from(["January", "February", "March", "October"]),
    kind=st.sampled_from(["deficit", "surplus"]),
    recalled=st.sampled_from(
        [
            "The last {kind} was recorded in {month}, at {x} billion euros.",
            "It was the first {kind} since one of {x} billion euros booked in {month}.",
            "The ministry said it was the first {kind} since a {x} billion euro {kind} in {month}.",
        ]
    ),
    other=st.integers(300, 900),
)
def test_no_other_months_balance_is_the_flows_difference(
    month: str, kind: str, recalled: str, other: int
) -> None:
    """Any month, balance and wording of the recall (the recalled figure never fits the flows):
    the flows' difference is the balance the lead states, never the recalled month's."""
    exports, imports = ("7.42", "6.95") if kind == "surplus" else ("6.95", "7.42")
    text = (
        f"Ruritania's trade swung to a {kind} of 470 billion euros, the statistics office said.\n\n"
        "Analysts had expected a smaller gap.\n\n"
        + recalled.format(kind=kind, month=month, x=other + 0.5)
        + f"\n\nExports totalled {exports} trillion euros and imports {imports} trillion euros."
    )
    results = [d["result"] for d in of_kind(text, "difference")]
    assert results == ["470 billion euros"]
