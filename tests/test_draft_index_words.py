"""A drafted growth above 100 percent is a growth, not an index, where its words name the change
(``means = "relative"``, so the index-or-growth check passes it); its warning stays where the
words leave it open, where an amount of change is joined to it, and in an article in the currency
of an economy whose statistics office publishes indices (text/draftindex.py)."""

from __future__ import annotations

from pathlib import Path

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def means(text: str) -> list[tuple[str | None, str | None]]:
    """Each drafted growth's value and its ``means``."""
    return [(c.value, c.means) for c in draft(text).claims if c.kind == "growth"]


def test_words_that_name_the_change_make_a_growth() -> None:
    for sentence, value in (
        ("Beef exports recorded an increase of 102% in 2021.", "an increase of 102%"),
        ("Soy exports rose 150 percent to $1 billion.", "rose 150 percent"),
        ("Exports were up 122 percent in June.", "up 122 percent"),
        ("Output showed a growth of 109.6 per cent.", "a growth of 109.6 per cent"),
        ("Pulses came to 8.7 mt, which is 157 per cent higher than the 3.38 mt before.",
         "157 per cent higher"),
    ):  # fmt: skip
        assert means(sentence) == [(value, "relative")], sentence
    # a later item of a list after one verb of change
    assert means("Exports grew by 8.3 percent, and imports by 108.8 percent.") == [
        ("grew by 8.3 percent", None),  # 100 percent or less: no index reading to settle
        ("108.8 percent", "relative"),
    ]


def test_words_that_leave_it_open_keep_the_index_reading() -> None:
    for sentence in (
        "Industrial output growth of 104.5 percent was recorded in 2023.",
        "The growth of industrial output amounted to 127.4 percent in 2023.",
        "Output showed 127.4 percent growth in 2023.",
        "The ministry put the rise in tax revenues at 127.4 percent.",
    ):
        assert [m for _, m in means(sentence)] == [None], sentence


def test_an_amount_of_change_joined_to_it_keeps_the_index_reading() -> None:
    # 1,129 of 8,514 is a rise of 15 percent: the figures, for the editor to tie, tell which
    assert means("Revenue reached $8,514 million, up 115% or $1,129 million.") == [
        ("up 115%", None)
    ]
    assert means("Revenue reached $8,514 million, up 115% in 2023.") == [("up 115%", "relative")]


def test_an_economy_that_publishes_indices_keeps_the_index_reading() -> None:
    # "increased by 141.2 percent" in news from a release of Kazakhstan's statistics (an index)
    text = "Investment increased by 141.2 percent since January, reaching 475.1 billion tenge."
    assert means(text) == [("increased by 141.2 percent", None)]
    dollars = text.replace("475.1 billion tenge", "$475.1 million")
    assert means(dollars) == [("increased by 141.2 percent", "relative")]
    # a counterpart in tenge tells the economy as well
    both = text.replace("475.1 billion tenge", "$1 billion (475.1 billion tenge)")
    assert means(both) == [("increased by 141.2 percent", None)]


def outcomes(text: str, tmp_path: Path) -> list[Outcome]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    return [f.outcome for f in check_document(doc) if f.check == "index-or-growth"]


def test_the_check_passes_a_named_growth_and_warns_on_an_open_one(tmp_path: Path) -> None:
    named = "Beef exports recorded an increase of 102% in 2021, reaching $2.5 billion."
    assert outcomes(named, tmp_path) == [Outcome.PASS]
    open_words = "Wool exports showed growth of 104.5 percent in 2021, reaching $2.5 billion."
    assert outcomes(open_words, tmp_path) == [Outcome.UNDETERMINED]
