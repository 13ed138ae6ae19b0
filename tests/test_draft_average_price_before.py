"""A price per unit of measure in the sentence after the sale's value and volume ("Farmers sold
12.4 million kilogrammes of cotton for US$18.6 million. The cotton went at an average price of
US$1.62/kg."): the value over the volume, `kind = "per"` (`draftper._average_of_before`). The
texts are written for these tests; the first drafted nothing before."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

TEXT = """Cotton sales this season

Farmers sold 12.4 million kilogrammes of cotton for US$18.6 million this season.

{who} went at an average price of {price}/kg.
"""


def test_the_average_price_is_the_value_over_the_volume(tmp_path: Path) -> None:
    text = TEXT.format(who="The cotton", price="US$1.50")
    assert [kind for kind, _ in relations(text)] == ["per"]
    assert outcomes(text, tmp_path, ("per",)) == [("per", Outcome.PASS)]
    wrong = TEXT.format(who="The cotton", price="US$1.62")
    assert outcomes(wrong, tmp_path, ("per",)) == [("per", Outcome.FAIL)]


def test_near_misses_draft_no_price() -> None:
    """A subset the article names only here ("Burley"), and a price with no word of average."""
    assert relations(TEXT.format(who="Burley", price="US$1.50")) == []
    plain = TEXT.format(who="The cotton", price="US$1.50").replace("an average price", "a price")
    assert relations(plain) == []
