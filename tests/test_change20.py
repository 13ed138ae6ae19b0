"""The second reading of the twentieth session's change (change20): each case fails on the code
before its fix, each near miss passes on both."""

from __future__ import annotations

from _drafted import relations, sums
from aktobe_facts.text.draft import draft


def _values(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims]


def test_karats_of_gold_are_no_kilotonnes() -> None:
    # The trades' "kt" (tradeunits) read "22kt gold" as 22 thousand tonnes: the two grades were
    # summed into the demand they split, a false error (40,000 tonnes are more than 140)
    text = (
        "Jewellery demand rose to 140 tonnes. Of this, 22kt gold made up 110 tonnes and 18kt "
        "gold 30 tonnes."
    )
    assert sums(text) == [("140 tonnes", ["110 tonnes", "30 tonnes"], False)]
    for grade in ("24kt bars", "22 kt gold", "18ct white gold", "9-carat gold", "22 karat coins"):
        assert not any(
            v.startswith(grade[:2]) for v in _values(f"Sales of {grade} rose 5% to 12 tonnes.")
        ), grade


def test_near_miss_kilotonnes_stay_kilotonnes() -> None:
    assert relations("Output rose 3% to 450 kt from 437 kt.") == [
        ("growth", {"growth": "rose 3%", "current": "450 kt", "base": "437 kt"})
    ]
    assert "20 kt" in _values("The mine shipped 20 kt of gold bars in May.")
