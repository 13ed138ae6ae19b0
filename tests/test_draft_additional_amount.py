"""A growth's amount of change said after it as what the rise brought ("an increase of 9%,
bringing additional fees of $21.3 million"): the growth becomes a `change`, so an amount that
does not fit the percent is an error (`text/draftadditional.py`). The sentences are written for
these tests; the first drafted only the growth before."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

SAID = (
    "The canal authority collected fees of $640.5 million, an increase of {p}% on the year, "
    "bringing additional fees of $52.9 million."
)


def test_the_amount_the_rise_brought_is_its_change(tmp_path: Path) -> None:
    (made,) = [r for r in relations(SAID.format(p="9")) if r[0] in ("growth", "change")]
    assert made == (
        "change",
        {"amount": "$52.9 million", "current": "$640.5 million", "percent": "an increase of 9%"},
    )
    # 52.9 over 640.5 less 52.9 is 9.0 percent; 16 percent would bring about $88 million
    assert outcomes(SAID.format(p="9"), tmp_path, ("change",)) == [("change", Outcome.PASS)]
    assert outcomes(SAID.format(p="16"), tmp_path, ("change",)) == [("change", Outcome.FAIL)]


def test_another_thing_s_additional_amount_is_no_change() -> None:
    """The near misses: the rise brought another thing's amount ("additional port taxes"), and a
    fall brings nothing "additional"."""
    other = SAID.format(p="9").replace("additional fees of", "additional port taxes of")
    fall = SAID.format(p="9").replace("an increase of", "a decrease of")
    for said in (other, fall):
        assert not any(r[0] == "change" for r in relations(said)), said
