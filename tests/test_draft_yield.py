"""A rate of one unit per another with its two amounts (yield = output / area, price = value /
quantity), and the near misses that must stay loose figures. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def pers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        (
            values.get(str(r.fields["value"])),
            values.get(str(r.fields["numerator"])),
            values.get(str(r.fields["denominator"])),
        )
        for r in found.relations
        if r.kind == "per"
    ]


HARVEST = (
    "Growers sowed wheat on 2.14 million ha this season. The average yield reached 3.9 tonnes "
    "per ha, an increase of 0.3 tonnes per ha, and the harvest came to 8.35 million tonnes."
)


def test_area_yield_and_output() -> None:
    assert pers(HARVEST) == [("3.9 tonnes per ha", "8.35 million tonnes", "2.14 million ha")]


def test_price_value_and_quantity() -> None:
    text = (
        "The mine sold 1.6 million tonnes of ore at an average of 212 USD per tonne, which brought "
        "in 339.2 million USD."
    )
    assert pers(text) == [("212 USD per tonne", "339.2 million USD", "1.6 million tonnes")]


def test_two_amounts_of_a_unit_or_a_rate_compared_leave_no_relation() -> None:
    two_areas = HARVEST.replace("this season.", "this season, of which 0.4 million ha irrigated.")
    assert pers(two_areas) == []
    earlier = HARVEST.replace(", an increase of 0.3 tonnes per ha,", ", up from 3.6 tonnes per ha,")
    assert pers(earlier) == [("3.9 tonnes per ha", "8.35 million tonnes", "2.14 million ha")]
    apart = HARVEST.replace(" The average", "\n\nThe average")
    assert pers(apart) == []


def test_the_later_items_of_a_list_of_earlier_figures_are_earlier_too() -> None:
    # twenty-eighth session (the lead), from heldout25's registered false per error in general
    # words: "and 2,750 baht the year before" is a year before's figure as "against 2,890 baht"
    # is, never the amount whose rate "3,120 baht per day" is
    listed = (
        "Visitors spent an average of 3,120 baht per day in 2031, against 2,890 baht in 2030 and "
        "2,750 baht the year before.\nThey stayed 6.9 days on average, against 7.3 days in 2030."
    )
    assert pers(listed) == []
    # the rates of earlier years listed after the rate leave it the one rate of its paragraph
    own = (
        "Visitors stayed 6.9 days on average in 2031 and spent 21,528 baht, or 3,120 baht per "
        "day, against 2,890 baht per day in 2030 and 2,750 baht per day the year before."
    )
    assert pers(own) == [("3,120 baht per day", "21,528 baht", "6.9 days")]


@settings(max_examples=20, deadline=None)
@given(st.integers(11, 99), st.integers(11, 59), st.integers(0, 2))
def test_the_yield_is_checked_as_written(area: int, rate: int, slip: int) -> None:
    """Whatever the figures, the relation is drafted and fails exactly when the output is off."""
    output = area * rate + 40 * slip  # hundredths of a million tonnes
    text = (
        f"Growers sowed wheat on {area / 10:.1f} million ha. The average yield reached "
        f"{rate / 10:.1f} tonnes per ha, and the harvest came to {output / 100:.2f} million tonnes."
    )
    assert len(pers(text)) == 1
    with TemporaryDirectory() as folder:
        verdicts = [o for _, o in outcomes(text, Path(folder), ("per",))]
    # area and yield are read to within 0.05: the product moves by up to area + rate hundredths
    if slip == 0:
        assert verdicts == [Outcome.PASS]
    elif 40 * slip > (area + rate) / 2 + 1:
        assert verdicts == [Outcome.FAIL]
