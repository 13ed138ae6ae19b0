"""Electricity in the sizes news writes it: kWh, GWh and TWh of output, kW and GW of capacity, beside
MWh and MW; figures in two sizes of one kind are compared through pint."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.numbers import parse

FORMS = {
    "kilowatt_hour": ["kWh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour"],
    "gigawatt_hour": ["GWh", "gigawatt-hours", "gigawatt hours"],
    "terawatt_hour": ["TWh", "terawatt-hours", "terawatt hours"],
    "kilowatt": ["kW", "kilowatts", "kilowatt"],
    "gigawatt": ["GW", "gigawatts", "gigawatt"],
}


@given(
    st.sampled_from(sorted(FORMS)),
    st.data(),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["", " million", " billion"]),
)
def test_every_form_reads_as_its_unit(key: str, data: st.DataObject, n: int, scale: str) -> None:
    word = data.draw(st.sampled_from(FORMS[key]))
    stated = parse(f"{n:,}{scale} {word}")
    assert stated.unit is not None and stated.unit.key == key


@pytest.mark.parametrize(
    ("total", "outcome"), [("1.2 TWh", Outcome.PASS), ("1.5 TWh", Outcome.FAIL)]
)
def test_a_sum_in_two_sizes_is_compared_through_pint(
    tmp_path: Path, total: str, outcome: Outcome
) -> None:
    doc = loads(
        f"""
[[claim]]
id = "total"
quote = "a total of {total}"
value = "{total}"

[[claim]]
id = "hydro"
quote = "hydro plants made 700 GWh"
value = "700 GWh"

[[claim]]
id = "wind"
quote = "wind farms made 500 GWh"
value = "500 GWh"

[[relation]]
id = "parts"
kind = "sum"
total = "total"
parts = ["hydro", "wind"]
exhaustive = true
""",
        tmp_path / "claims.toml",
    )
    (found,) = [f for f in check_document(doc) if f.check == "sum"]
    assert found.outcome is outcome
