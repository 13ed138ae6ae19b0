"""Scale words news writes glued or abbreviated: "N31.8trn", "$31.8 trn" are trillions, as "tn"
and "trln" are."""

from __future__ import annotations

import pytest

from aktobe_facts.reading.numbers import parse


@pytest.mark.parametrize("text", ["$31.8trn", "$31.8 trn", "$31.8tn", "$31.8 trln"])
def test_trn_is_a_trillion(text: str) -> None:
    assert parse(text).value == 31_800_000_000_000
