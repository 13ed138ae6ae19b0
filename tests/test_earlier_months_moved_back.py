"""Earlier values of one balance, one named by its own months and the others by a distance, are of
one period when the figure's months moved back by the distance are those months: "a month
earlier" beside "from B in February" after "in March", "a quarter earlier" beside "in the first
quarter" after "in the second quarter" (:func:`aktobe_facts.text.draftearlier._moved_back`, read
by :mod:`aktobe_facts.text.draftbalances`; only a whole number of years was read, and these were
refused: left by change18). Sentences are written for these tests around figures of an invented
country."""

from __future__ import annotations

import pytest

from _drafted import relations

TEXT = (
    "Exports rose to $6.1 billion in {now} from $5.0 billion a {unit} earlier, while imports rose "
    "to $4.0 billion from $3.6 billion in {then}. The trade surplus was $2.1 billion, up from $1.4 "
    "billion a {unit} earlier."
)


@pytest.mark.parametrize(
    ("now", "unit", "then", "drafted"),
    [
        ("March", "month", "February", True),
        ("January", "month", "December", True),  # the year before's December
        ("the second quarter", "quarter", "the first quarter", True),
        ("the first quarter", "quarter", "the fourth quarter", True),
        ("March", "year", "March", True),
        # near misses: months other than the distance gives
        ("March", "month", "January", False),
        ("March", "month", "March", False),
        ("the third quarter", "quarter", "the first quarter", False),
        ("March", "year", "February", False),
    ],
)
def test_earlier_balance_of_months_a_distance_back(
    now: str, unit: str, then: str, drafted: bool
) -> None:
    text = TEXT.format(now=now, unit=unit, then=then)
    results = [f["result"] for kind, f in relations(text) if kind == "difference"]
    assert ("$1.4 billion" in results) is drafted
