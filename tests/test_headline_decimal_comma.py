"""A headline's figure printed with a decimal comma where its body prints the point
(text/headlinecomma.py): "Profit Climbs 20% To R$ 3,412 Billion" over a body's "net income of
R$ 3.412 billion" is 3.412 billion reais, never 3,412 billion (a held-out run read a Brazilian
agency's headline a thousand times too large, and a growth to it passed). The sentences are our
own; a headline figure the body gives alike, or no figure of the body, keeps its reading."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def amounts(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.value, c.note) for c in draft(text).claims if c.kind == "amount"]


def test_a_headlines_decimal_comma_is_read_as_the_bodys_point() -> None:
    text = (
        "LENDER: Profit Climbs 20% In Q3 To R$ 3,412 Billion\n\n"
        "The lender reported net income of R$ 3.412 billion in the third quarter, up 20% on a "
        "year earlier.\n"
    )
    found = draft(text)
    values = [c.value for c in found.claims if c.kind == "amount"]
    assert values == ["R$ 3.412 Billion", "R$ 3.412 billion"]
    assert any(r.kind == "equal" for r in found.relations)


def test_a_headline_in_tonnes_is_read_alike() -> None:
    text = (
        "Mine Output Rises To 1,275 Million Tonnes\n\n"
        "The group mined 1.275 million tonnes of ore in 2023, against 1.1 million tonnes a year "
        "before.\n"
    )
    assert amounts(text)[0][0] == "1.275 Million Tonnes"
    assert "decimal comma" in (amounts(text)[0][1] or "")


def test_a_headline_the_body_gives_alike_keeps_its_thousands() -> None:
    text = (
        "Bloc Exports Reach $1,200 Billion\n\n"
        "The bloc's exports reached $1,200 billion in 2023, against $1,150 billion a year before.\n"
    )
    assert amounts(text)[0] == ("$1,200 Billion", None)


def test_a_headline_no_body_figure_repeats_keeps_its_reading() -> None:
    text = "Bank Earns R$ 2,649 Billion\n\nThe bank's assets rose to R$ 1.2 trillion in the year.\n"
    assert amounts(text)[0] == ("R$ 2,649 Billion", None)
