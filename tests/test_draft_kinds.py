"""The kind a draft gives a figure from its words (:func:`aktobe_facts.text.draftwords.kind_of`):
a factor ("3.1 times") is no count, a level against a period is an index. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Severity
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.kind, c.subject) for c in draft(text).claims]


def test_factors_are_no_counts_of_times(tmp_path: Path) -> None:
    text = "Lending in the north grew 3.1 times, and in the south 1.8 times."
    assert kinds(text) == [(None, None), (None, None)]
    assert kinds("In 2023, 2.5 times more flats were built.") == [(None, None)]
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    problems = [f for f in check_document(doc) if f.is_problem and f.severity is not Severity.INFO]
    assert problems == []  # never "claims about 'times' cannot be equal"
    assert kinds("The fund financed 12 projects.") == [("count", "projects")]


def test_a_level_against_a_period_is_an_index() -> None:
    assert kinds("Output reached 127.4 percent of last year's level.") == [("index", None)]
    assert kinds("Construction came to 96.1% of the 2022 level.") == [("index", None)]
    assert kinds("Industry amounted to 104.5 percent compared to 2022.") == [("index", None)]
    # a rate compared with a year is no index; a share stays a share; a growth a growth
    assert kinds("Inflation was 5 percent compared to 2022.") == [(None, None)]
    assert kinds("Oil made up 40 percent of exports.") == [("share", None)]
    assert kinds("Output rose 4 percent compared to 2022.") == [("growth", None)]


def test_the_up_of_took_up_or_used_up_is_no_rise() -> None:
    assert [c.value for c in draft("Wages took up 31.5 percent of spending.").claims] == [
        "31.5 percent"
    ]
    assert [c.value for c in draft("Fuel used up 12 percent of the fund.").claims] == ["12 percent"]
    assert kinds("Wages went up 31.5 percent.") == [("growth", None)]


def test_growths_in_parentheses_are_no_group_of_shares() -> None:
    growth = "Strong growth was seen in Turkestan (56.5 percent), Mangystau (42.2 percent) and Kyzylorda (40 percent)."
    assert draft(growth).groups == ()
    shares = "Funds went to pipelines (62 percent), roads (21 percent) and ports (17 percent)."
    assert len(draft(shares).groups) == 1


def test_a_percent_after_by_is_no_index_even_where_the_sentence_names_one() -> None:
    """A list of changes whose later members lost their verb ("rose by A in steel, by B in
    cement") in a sentence that names the index: each "by" percent is a change's size, never an
    index's level (which read "by 5.1 percent" as a 94.9 percent fall). The near miss, an index's
    level after "was", is still an index."""
    text = (
        "Among the branches that weigh most in the index, output rose by 8.2 percent in steel, "
        "by 5.1 percent in cement and by 3.3 percent in glass in 2030. The index of industrial "
        "output was 96.3 percent in December 2030."
    )
    found = {c.value: c.kind for c in draft("CAPITAL, March 2031\n\n" + text).claims}
    assert found["5.1 percent"] is None and found["3.3 percent"] is None
    assert found["96.3 percent"] == "index"
