"""Two readings widened by recall26 (twenty-sixth session), with sentences of our own:

- "went from A to B" (also "has gone from", "moved from") is a move from A to B, never a range of
  A to B (text/changedranges.py): "Port fees went from $60 million to $135 million, an increase
  of 125%" drafts the growth over the two levels, where "$60 million to $135 million" was read as
  one range and nothing was drafted; with no word of way, no order is drafted;
- a list ranked by a superlative whose names each take their figure "with" it, parted by
  semicolons or commas (text/draftlargest.py): "The countries that sent the most visitors were
  Canada, with X; Russia, with Y; and Germany, with Z" orders each figure not below any after it,
  as "were Italy (X), Bosnia (Y)" does. "The markets with the most visitors were ..." names a set
  in no order (`_a_set`) and a member's other period ends the list."""

from __future__ import annotations

import pytest

from _drafted import relations


def kinds(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(k, f) for k, f in relations(text) if k in ("growth", "order")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Port fees went from $60 million to $135 million, an increase of 125%.",
        "Port fees have gone from $60 million to $135 million, an increase of 125%.",
    ],
)
def test_went_from_is_a_move(sentence: str) -> None:
    found = kinds(sentence)
    assert [(k, f.get("current"), f.get("base")) for k, f in found] == [
        ("growth", "$135 million", "$60 million")
    ]


def test_went_from_alone_orders_nothing() -> None:
    assert kinds("Port fees went from $60 million to $135 million over the decade.") == []


def test_names_with_their_figures_ranked() -> None:
    text = (
        "The countries that sent the most visitors were Ruritania, with 39,272 visitors; Freedonia,"
        " with 6,887; the Duchy, with 4,717; and Latveria, with 2,097."
    )
    found = [(f["left"], f["op"]) for k, f in kinds(text)]
    assert found == [("39,272", ">="), ("6,887", ">="), ("4,717", ">=")]


@pytest.mark.parametrize(
    "text",
    [
        # a set named by what its members have most of: no order
        "The markets with the most visitors were Ruritania, with 39,272; Freedonia, with 6,887;"
        " and Latveria, with 2,097.",
        # no word of first place
        "The main markets were Ruritania, with 39,272; Freedonia, with 6,887; and Latveria, with"
        " 2,097.",
    ],
)
def test_no_ranked_list(text: str) -> None:
    assert [k for k, _ in kinds(text)] == []
