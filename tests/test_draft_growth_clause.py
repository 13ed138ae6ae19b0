"""A growth set after the words of its figure's own clause
(:mod:`aktobe_facts.text.draftgrowthclause`), and the near misses whose growth is another
figure's or another thing's. The sentences are written for these tests."""

from __future__ import annotations

from _drafted import relations


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_a_growth_after_its_figures_clause() -> None:
    assert growths(
        "Officials said 4.1 million visitors came through the border posts in the first half of "
        "2031, a growth of 12.5 per cent on the first half of 2030."
    ) == [{"growth": "a growth of 12.5 per cent", "current": "4.1 million"}]
    # an attribution between
    assert growths(
        "Buyers spent $8.2 billion in the malls between January and April, the statistics "
        "office says, a 21.3% increase on the same months of 2030."
    ) == [{"growth": "a 21.3% increase", "current": "$8.2 billion"}]
    # a count whose noun runs two words, after another figure of the sentence
    assert growths(
        "Hotels hosted 2 million guests, and they booked 5.3 million overnight stays, an "
        "increase of 19.6%."
    )[-1] == {"growth": "an increase of 19.6%", "current": "5.3 million"}


def test_a_growth_of_another_figure_or_thing_is_left_alone() -> None:
    # the growth names another thing after it
    assert (
        growths("The north sent $5 billion to the south in May, a 10% rise in transfers abroad.")
        == []
    )
    # a figure inside a clause of its own after the sentence's first: whose rise?
    assert (
        growths(
            "Exports reached $5 billion in 2031, of which $2 billion went to China, a 10% rise."
        )
        == []
    )
    # two figures in the clause: which of the two rose?
    assert growths("The bank lent $5 billion in 2031 to 300 firms in the south, a 10% rise.") == []
