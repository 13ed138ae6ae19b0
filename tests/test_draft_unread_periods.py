"""A conversion dated by words no calendar period writes (a fiscal year, a budget year, another
calendar's year) is of a rate of its own: the draft writes those words in its ``dated_by`` and the
conversions check never holds it to the rate of a period the article states
(:mod:`aktobe_facts.text.unreadperiods`, :mod:`aktobe_facts.text.draftdates`,
:mod:`aktobe_facts.relations.rates`). The articles are written for these tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.periodnames import named_periods
from aktobe_facts.text.unreadperiods import unread_periods

# A deficit of the budget's year (about 790 francs per pound) and a plan the 2013 budget
# announced (about 761): two dates, two rates.
BUDGET = (
    "Cameroon's budget\n\n"
    "{lead} The deficit is put at 388 billion CFA francs (491 million pounds), it said.\n\n"
    "Cameroon's investment plan of 1,761,921 million CFA francs (2,314 million pounds) was "
    "announced with the 2013 Budget."
)


@pytest.mark.parametrize(
    ("lead", "words"),
    [
        ("In FY14 the government expects revenue to fall.", "fy14"),
        ("For the budget year, the government expects revenue to fall.", "budget year"),
        ("For the fiscal year 2014, the government expects revenue to fall.", "fiscal year 2014"),
        ("In the Iranian year 1393 the government expects revenue to fall.", "iranian year"),
        (
            "Over the period under review the government expects revenue to fall.",
            "period under review",
        ),
    ],
)
def test_a_pair_dated_by_a_period_no_span_writes_stands_alone(
    lead: str, words: str, tmp_path: Path
) -> None:
    text = BUDGET.format(lead=lead)
    claims = {c.value: c for c in draft(text).claims}
    deficit = claims["388 billion CFA francs"]
    assert deficit.dated_by == words and deficit.period is None
    assert deficit.counterparts == ("491 million pounds",)  # still a conversion, tested alone
    plan = claims["1,761,921 million CFA francs"]
    assert plan.period == "2013" and plan.dated_by is None
    assert ("conversions", Outcome.FAIL) not in outcomes(text, tmp_path, ("conversions",))


def test_with_no_such_words_the_pair_is_of_the_article_s_one_year(tmp_path: Path) -> None:
    # the rule before: a pair before any period, with no words of another time, is held to the
    # one year the article states, and the two rates disagree
    text = BUDGET.format(lead="The government expects revenue to fall.")
    claims = {c.value: c for c in draft(text).claims}
    assert claims["388 billion CFA francs"].dated_by is None
    assert ("conversions", Outcome.FAIL) in outcomes(text, tmp_path, ("conversions",))


def test_words_of_a_period_read_or_told_again_are_no_unread_period() -> None:
    text = "In FY2019/20 the gap grew. From January to October 2019 the gap, over the period under review, grew."
    named = [p for s in [(0, 27), (28, len(text))] for p in named_periods(text, s)]
    assert [t for _, t in unread_periods(text, named)] == []
    text = "Over the period under review, revenue in fiscal 2014 and FY14 rose in the budget year."
    assert [t for _, t in unread_periods(text, [])] == [
        "period under review",
        "fiscal 2014",
        "fy14",
        "budget year",
    ]


def test_the_check_holds_a_conversion_dated_by_words_apart(tmp_path: Path) -> None:
    from aktobe_facts.api import check_document
    from aktobe_facts.claims.loader import loads

    article = tmp_path / "a.txt"
    article.write_text("Plan 163.4 rubles ($2.00); gap 163.4 rubles ($1.00).", encoding="utf-8")
    toml = (
        '[[claim]]\nid = "plan"\nquote = "Plan 163.4 rubles ($2.00)"\nvalue = "163.4 rubles"\n'
        'counterpart = "$2.00"\nperiod = "2013"\n\n'
        '[[claim]]\nid = "gap"\nquote = "gap 163.4 rubles ($1.00)"\nvalue = "163.4 rubles"\n'
        'counterpart = "$1.00"\n{mark}'
    )
    joined = loads(toml.format(mark=""), tmp_path / "a.toml", article=article)
    alone = loads(
        toml.format(mark='dated_by = "fiscal year 2014"\n'), tmp_path / "a.toml", article=article
    )
    verdicts = [f.outcome for f in check_document(joined) if f.check == "conversions"]
    assert Outcome.FAIL in verdicts
    found = [f for f in check_document(alone) if f.check == "conversions"]
    assert Outcome.FAIL not in [f.outcome for f in found]
    assert any("dated by 'fiscal year 2014'" in f.message for f in found)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["In FY14", "For the budget year", "In the fiscal year"]),
    st.integers(min_value=300, max_value=900),
    st.integers(min_value=80, max_value=125),
)
def test_a_fiscal_year_s_conversion_never_raises_a_conversions_error(
    lead: str, rate: int, drift: int
) -> None:
    """Whatever the two rates (the second ``drift`` percent of the first), the pair dated by a
    fiscal or budget year is never held to the dated pair's rate."""
    plan = rate * 2314
    deficit = rate * drift * 491 // 100
    text = (
        "Cameroon's budget\n\n"
        f"{lead}, the government expects revenue to fall. The deficit is put at {deficit:,} "
        "million CFA francs (491 million pounds), it said.\n\nCameroon's investment plan of "
        f"{plan:,} million CFA francs (2,314 million pounds) was announced with the 2013 Budget."
    )
    with tempfile.TemporaryDirectory() as folder:
        verdicts = outcomes(text, Path(folder), ("conversions",))
    assert verdicts and ("conversions", Outcome.FAIL) not in verdicts
