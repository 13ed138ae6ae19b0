"""A figure that names no period of its own takes the one its context gives
(text/periodcontext.py): figures of different sentences whose contexts name different periods are
never joined by a balance, a primary balance, a coverage, an equal figure, a flow within
turnover, a part of a total (and so a total's parts a year before), parts listed after their
total, a yield and its amounts, a share of "the total" or of "this" before, a growth joined to
the next sentence's levels or one amount named twice. A
figure with no flow's role takes the period its own words name ("wages took A in 2030"). The guard
only removes: a set it leaves alone is no more certain than before. The sentences are written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes as checked
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.periodcontext import clash
from aktobe_facts.text.roletime import Time, read_time


def relations(text: str, kinds: tuple[str, ...]) -> list[tuple[str, dict[str, object]]]:
    """The relations of the kinds, each field's claims by their values."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    out: list[tuple[str, dict[str, object]]] = []
    for r in found.relations:
        if r.kind in kinds:
            fields: dict[str, object] = {
                k: values[v] if isinstance(v, str) else [values[i] for i in v]
                for k, v in r.fields.items()
                if not isinstance(v, bool)
            }
            out.append((r.kind, fields))
    return out


def tied_values(text: str, kinds: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for _, fields in relations(text, kinds):
        for v in fields.values():
            found.update(v if isinstance(v, list) else [str(v)])
    return found


def failed(text: str, tmp_path: Path) -> list[tuple[str, Outcome]]:
    return [
        (kind, outcome)
        for kind, outcome in checked(text, tmp_path, ("difference", "sum", "order", "equal"))
        if outcome is Outcome.FAIL
    ]


# a month's flows, then a balance of the months to date: never joined
MONTH_THEN_SPAN = (
    "Latvia's foreign trade closed June with a deficit of €310.4 million, the statistics board "
    "said.\n\n"
    "Imports fell by 3.4 percent to €1.712 billion. Over the first six months of the year the "
    "trade deficit reached €1.874 billion, as exports grew 5.3 percent to €8.915 billion.\n"
)


def test_a_months_imports_are_no_flow_of_the_half_years_balance(tmp_path: Path) -> None:
    assert relations(MONTH_THEN_SPAN, ("difference",)) == []
    assert failed(MONTH_THEN_SPAN, tmp_path) == []


# a quarter's balance, then a month's flows (March named by a part of the revenue)
QUARTER_THEN_MONTH = (
    "The central budget posted a surplus of 2.4 billion lei in the first quarter. March tax "
    "receipts rose 4 percent to 6.2 billion lei. Revenue came to 9.1 billion lei and spending "
    "to 9.7 billion lei.\n"
)


def test_a_quarters_balance_takes_no_flows_of_a_month_after_it(tmp_path: Path) -> None:
    assert relations(QUARTER_THEN_MONTH, ("difference",)) == []
    assert failed(QUARTER_THEN_MONTH, tmp_path) == []


def test_flows_in_the_period_their_balance_names_stay_joined() -> None:
    text = (
        "The deficit was 3.8 billion som in January-May. Revenues came to 41.2 billion som, up "
        "6 percent, while expenditures amounted to 45.0 billion som.\n"
    )
    expected = {"result": "3.8 billion som", "minuend": "45.0 billion som"}
    expected["subtrahend"] = "41.2 billion som"
    assert relations(text, ("difference",)) == [("difference", expected)]


def test_a_span_named_after_a_months_lead_stays_joined() -> None:
    text = (
        "In May alone the budget ran a surplus of 0.4 billion som.\n\n"
        "For January-May, the deficit was 3.8 billion som. Revenues came to 41.2 billion som and "
        "expenditures amounted to 45.0 billion som.\n"
    )
    expected = {"result": "3.8 billion som", "minuend": "45.0 billion som"}
    expected["subtrahend"] = "41.2 billion som"
    assert relations(text, ("difference",)) == [("difference", expected)]


def test_the_guard_never_settles_a_doubt() -> None:
    """February was named last, but "together" spans both months: the set left alone by the
    guard is no more certain than before, so the draft relates none (a note)."""
    text = (
        "In January revenues were 10.3 billion manat and spending 14.4 billion manat. In February "
        "revenues were 11.0 billion manat and expenditures 16.2 billion manat. Together the "
        "deficit came to 9.3 billion manat.\n"
    )
    assert relations(text, ("difference",)) == []
    assert any("more than one set fits" in n for n in draft(text).notes)


# the flows of a span after a month's, one of them read with a rate whose percent is left out
SPAN_AFTER_MONTH = (
    "Estonia's foreign trade closed April with a surplus of €212.5 million.\n\n"
    "Exports from the country as a whole came to €1.604 billion. Imports dropped by 2.2 percent "
    "to €1.391 billion. Taking the first four months of the year together, the surplus "
    "amounted to €0.905 billion. Exports rose by 3.1 percent year-on-year to €6.512 billion, "
    "while imports shrank slightly by 0.4 in annual terms to €5.607 billion.\n"
)


def test_a_spans_balance_takes_no_months_imports(tmp_path: Path) -> None:
    assert "€1.391 billion" not in tied_values(SPAN_AFTER_MONTH, ("difference", "order"))
    assert failed(SPAN_AFTER_MONTH, tmp_path) == []


def test_in_annual_terms_names_no_year() -> None:
    """ "in annual terms" compares with a year before; it made €5.607 billion a year's imports,
    above April's, in an order."""
    assert relations(SPAN_AFTER_MONTH, ("order",)) == []
    assert not read_time("shrank by 0.4 in annual terms to").named
    assert not read_time("an annual rise of").named
    assert not read_time("on an annual basis").named
    assert read_time("annual revenue of").months == (1, 12)


def test_a_change_whose_unit_is_left_out_is_no_count() -> None:
    claims = {c.value: c for c in draft(SPAN_AFTER_MONTH).claims}
    change = claims["shrank slightly by 0.4"]
    assert change.kind is None and change.subject is None
    assert change.note is not None and "no unit" in change.note


def test_a_day_of_a_month_names_no_period() -> None:
    assert read_time("KUALA LUMPUR, April 3 — the country's trade in February").months == (2, 2)
    assert not read_time("the office reported on Tuesday, July 9").named
    assert not read_time("said on 9 July 2030 that").named
    assert read_time("in May 2030").months == (5, 5)


def test_one_figure_given_twice_is_never_of_two_contexts() -> None:
    text = (
        "In May the trade deficit was $310 million. Exports came to $1.2 billion, the agency "
        "said.\n\n"
        "Over the first five months the trade deficit reached $2.1 billion. Exports came to $1.2 "
        "billion again.\n"
    )
    assert relations(text, ("equal",)) == []


def test_one_flow_within_turnover_of_another_context() -> None:
    text = (
        "The first quarter closed with a trade deficit of $1.1 billion. Trade turnover reached "
        "$4.8 billion. In March alone the trade deficit was $0.3 billion. Imports rose to $1.9 "
        "billion, the customs office said.\n"
    )
    assert relations(text, ("sum",)) == []


def test_one_flow_within_turnover_of_its_context() -> None:
    text = (
        "The first quarter closed with a trade deficit of $1.1 billion. Trade turnover reached "
        "$4.8 billion. Imports rose to $1.9 billion, the customs office said.\n"
    )
    assert relations(text, ("sum",)) == [
        ("sum", {"total": "$4.8 billion", "parts": ["$1.9 billion"]})
    ]


def test_a_months_primary_balance_is_no_gap_of_the_spans_balance(tmp_path: Path) -> None:
    text = (
        "The budget deficit for January-May was 3.8 billion som, with revenues of 41.2 billion "
        "som and spending of 45.0 billion som.\n\n"
        "In May, the deficit was 0.9 billion som. The primary deficit was 0.5 billion som, and "
        "interest payments were 0.4 billion som.\n"
    )
    assert "0.5 billion som" not in tied_values(text, ("difference", "sum", "equation"))
    assert failed(text, tmp_path) == []


def test_a_months_coverage_is_no_share_of_the_spans_flows() -> None:
    text = (
        "Over the first five months exports reached $5.2 billion and imports $6.0 billion.\n\n"
        "In May, the trade deficit was $0.2 billion. Exports covered 86.7 percent of imports.\n"
    )
    assert relations(text, ("share",)) == []


def test_a_part_of_a_quarters_flow_is_never_of_a_months_context(tmp_path: Path) -> None:
    """March was named last before the tax revenue: no part of the quarter's revenue, nor its
    earlier value of the earlier revenue's."""
    text = (
        "Budget revenue reached 3.4 trillion rubles in the first quarter, up from 3.1 trillion "
        "rubles a year earlier. In March alone the budget ran a deficit of 0.2 trillion rubles. "
        "Tax revenue dropped to 2.1 trillion rubles from 2.3 trillion rubles a year earlier.\n"
    )
    assert relations(text, ("sum",)) == []
    assert failed(text, tmp_path) == []


def test_a_part_of_a_quarters_flow_in_its_context_stays_joined() -> None:
    text = (
        "Budget revenue reached 3.4 trillion rubles in the first quarter, up from 3.1 trillion "
        "rubles a year earlier. Tax revenue dropped to 2.1 trillion rubles from 2.3 trillion "
        "rubles a year earlier.\n"
    )
    assert relations(text, ("sum",)) == [
        ("sum", {"total": "3.4 trillion rubles", "parts": ["2.1 trillion rubles"]}),
        ("sum", {"total": "3.1 trillion rubles", "parts": ["2.3 trillion rubles"]}),
    ]


def test_parts_of_the_total_before_of_another_year_are_none(tmp_path: Path) -> None:
    """ "wages took A in 2030" names its own year, though wages are no flow the draft knows."""
    text = (
        "The ministry spent 4.2 billion som in 2031. Of the total, wages took 3.1 billion som in "
        "2030 and pensions 1.2 billion som.\n"
    )
    assert relations(text, ("sum",)) == []
    assert failed(text, tmp_path) == []


def test_parts_of_the_total_before_with_no_period_of_their_own_stay_joined() -> None:
    text = (
        "The ministry spent 8.2 billion som in the first half. Of the total, wages took 3.1 "
        "billion som and pensions 1.2 billion som.\n"
    )
    assert relations(text, ("sum",)) == [
        ("sum", {"total": "8.2 billion som", "parts": ["3.1 billion som", "1.2 billion som"]})
    ]


def test_one_amount_named_twice_in_two_contexts_is_two_figures() -> None:
    month = "In May exports reached $1.3 billion, the customs office said. The port handled 2.4 "
    month += "million tonnes of grain.\n\n"
    span = "Over the first five months exports reached $6.1 billion. The port handled 2.4 million "
    span += "tonnes of grain.\n"
    assert relations(month + span, ("equal",)) == []
    again = "Officials said the port handled 2.4 million tonnes of grain, a record.\n"
    assert relations(month + again, ("equal",)) == [
        ("equal", {"claims": ["2.4 million tonnes", "2.4 million tonnes"]})
    ]


def test_may_in_lower_case_is_the_verb() -> None:
    """ "fees, which firms may pay instead of the tax, provide A of it": no May's figure (the
    context of A would have been May, unlike its whole's year)."""
    assert not read_time("which finance firms may pay instead of the tax").named
    assert read_time("in May").months == (5, 5)
    assert read_time("IN MAY 2030").months == (5, 5)
    text = (
        "The sales tax brought in £106 million in 2031, up £12 million from 2030. Licence fees, "
        "which firms may pay instead of the tax, provide almost £13 million of it.\n"
    )
    assert relations(text, ("sum",)) == [
        ("sum", {"total": "£106 million", "parts": ["almost £13 million"]})
    ]


def test_parts_listed_after_a_total_of_another_year_are_none(tmp_path: Path) -> None:
    text = (
        "Revenue reached 6.8 billion lari in 2031. In the first quarter of 2030 the tax office "
        "contributed 1.2 billion lari of the total, customs 0.5 billion lari and other offices "
        "0.1 billion lari.\n"
    )
    assert relations(text, ("sum",)) == []
    assert failed(text, tmp_path) == []
    near = (
        "Revenue reached 6.8 billion lari in 2031. The tax office contributed 4.2 billion lari of "
        "the total, customs 1.5 billion lari and other offices 0.1 billion lari.\n"
    )
    parts = ["4.2 billion lari", "1.5 billion lari", "0.1 billion lari"]
    assert relations(near, ("sum",)) == [("sum", {"total": "6.8 billion lari", "parts": parts})]


def test_a_yield_of_another_year_is_no_rate_of_the_area_before() -> None:
    text = (
        "Rice was harvested from 3.1 million ha in 2031. In 2030 the average yield came to 5.9 "
        "tonnes per ha, and output to 18.3 million tonnes.\n"
    )
    assert relations(text, ("per",)) == []
    near = (
        "Rice was harvested from 3.1 million ha in 2031. The average yield came to 5.9 tonnes "
        "per ha, and output to 18.3 million tonnes.\n"
    )
    assert relations(near, ("per",)) == [
        (
            "per",
            {
                "value": "5.9 tonnes per ha",
                "numerator": "18.3 million tonnes",
                "denominator": "3.1 million ha",
            },
        )
    ]


def test_a_quarters_share_of_the_total_is_never_of_the_years_total_before() -> None:
    year = "Tourism earnings stood at $522 million in 2031. "
    parts = (
        "Australian visitors spent $244.4 million, contributing 46.7 percent to the total. New "
        "Zealanders spent $105.5 million, contributing 20 percent.\n"
    )
    assert relations(year + "In the first quarter, " + parts, ("share", "sum")) == []
    assert len(relations(year + parts, ("share", "sum"))) == 3


def test_a_share_of_this_is_never_of_a_figure_of_another_context() -> None:
    month = "Exports in May reached $1.2 billion, the office said. "
    share = "the north accounted for 40 percent of this, or $0.5 billion.\n"
    assert relations(month + "Over the first five months, " + share, ("share",)) == []
    assert relations(month + share.capitalize(), ("share",)) == [
        ("share", {"share": "40 percent", "part": "$0.5 billion", "whole": "$1.2 billion"})
    ]


periods = st.builds(
    Time,
    st.one_of(st.none(), st.sampled_from(["2029", "2030"])),
    st.one_of(st.none(), st.sampled_from([(1, 5), (5, 5), (1, 12)])),
    st.one_of(st.none(), st.sampled_from(["this", "last", "current"])),
)


@given(periods, periods)
def test_clash_is_symmetric_and_never_of_one_period(a: Time, b: Time) -> None:
    assert clash(a, b) == clash(b, a)
    assert not clash(a, a)
    if not a.named or not b.named:
        assert not clash(a, b)
    if clash(a, b):
        assert a.named and b.named


@pytest.mark.parametrize(
    ("a", "b"),
    [(Time(months=(1, 5)), Time(months=(5, 5))), (Time("2029"), Time("2030"))],
)
def test_periods_that_name_different_months_or_years_clash(a: Time, b: Time) -> None:
    assert clash(a, b)


def test_a_relative_year_and_a_year_do_not_clash() -> None:
    """With no article date, "February this year" may be February 2030."""
    assert not clash(Time(months=(2, 2), relative="this"), Time("2030", (2, 2)))


def test_one_article_is_built_once_for_all_its_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """figures_one_context builds the article once for the pairs the rules ask about, and again
    for other sentences (codereview12: it was built once per pair)."""
    from collections.abc import Sequence
    from unittest import mock

    from aktobe_facts.text import draftrelations, periodcontext
    from aktobe_facts.text.draftarticle import Article
    from aktobe_facts.text.draftfigures import Drafted, Sentence

    text = (
        "Utopia trade report\n\nIn May exports came to $4.0 billion. Imports came to $3.1 "
        "billion.\n\nIn June exports came to $4.4 billion. Imports came to $3.5 billion.\n"
    )
    caught: list[Sequence[Sentence]] = []
    real = draftrelations.article_relations

    def keep(t: str, s: Sequence[Sentence]) -> Drafted:
        caught.append(s)
        return real(t, s)

    with mock.patch("aktobe_facts.text.draft.article_relations", keep):
        draft(text)
    sentences = caught[0]
    figures = [f for s in sentences for f in s.figures]
    built = mock.Mock(wraps=Article.of)
    monkeypatch.setattr(Article, "of", built)
    periodcontext._Last.built = None
    may, june = figures[0], figures[2]
    assert periodcontext.figures_one_context(text, sentences, figures[0], figures[1])
    assert not periodcontext.figures_one_context(text, sentences, may, june)
    assert built.call_count == 1
    periodcontext.figures_one_context(text, list(sentences), may, june)
    assert built.call_count == 2
