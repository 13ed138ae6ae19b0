"""Growth and change relations drafted from the words (:mod:`aktobe_facts.text.draftgrowth`): the
current value before or after the growth, across periods named between them, in an earlier
sentence; the base; the amount of change; and what is left to the editor. Every sentence here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def relations(text: str) -> list[tuple[str, dict[str, str]]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    out = []
    for r in found.relations:
        fields = {k: values.get(v) or v for k, v in r.fields.items() if isinstance(v, str)}
        out.append((r.kind, fields))
    return out


def verdicts(text: str, tmp_path: Path, check: str) -> list[Outcome]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    return [f.outcome for f in check_document(doc) if f.check == check]


def test_current_before_the_growth_with_a_period_between() -> None:
    assert relations(
        "Tax receipts totaled 3.25 billion lari in the first quarter, up 6.4% from a year earlier."
    ) == [("growth", {"growth": "up 6.4%", "current": "3.25 billion lari"})]
    assert relations(
        "Freight carried in January-June 2022 came to 1.27 million tonnes, which is 5.2 percent "
        "more than a year earlier."
    ) == [("growth", {"growth": "5.2 percent more", "current": "1.27 million tonnes"})]
    assert relations(
        "Imports came to $812 million (an increase of 4.1 percent compared to the same period "
        "of 2022)."
    ) == [("growth", {"growth": "an increase of 4.1 percent", "current": "$812 million"})]
    assert relations("Output was 41.6 billion som, marking a 2.3 percent rise.") == [
        ("growth", {"growth": "a 2.3 percent rise", "current": "41.6 billion som"})
    ]


def test_current_after_the_growth() -> None:
    assert relations("Wages increased by 12 percent in 2022 and amounted to 310,000 tenge.") == [
        ("growth", {"growth": "increased by 12 percent", "current": "310,000 tenge"})
    ]
    # "per cent" is a percent, never a figure "per cent increase"
    assert relations("Pension spending is set to rise by 8.8 per cent to reach €2.4 billion.") == [
        ("growth", {"growth": "rise by 8.8 per cent", "current": "€2.4 billion"})
    ]
    assert relations(
        "Lending shows an increase of 30 percent, estimated at 9.1 trillion tenge in 2023, "
        "compared to 7 trillion tenge in 2022."
    ) == [
        (
            "growth",
            {
                "growth": "an increase of 30 percent",
                "current": "9.1 trillion tenge",
                "base": "7 trillion tenge",
            },
        )
    ]


def test_base_and_current_from_to_and_versus() -> None:
    assert relations(
        "Freight rose by about 5 percent, from 1.21 million tonnes in 2021 to 1.27 million "
        "tonnes in 2022."
    ) == [
        (
            "growth",
            {
                "growth": "rose by about 5 percent",
                "base": "1.21 million tonnes",
                "current": "1.27 million tonnes",
            },
        )
    ]
    assert relations(
        "Receipts are put at 5.5 billion manat, increasing by 10 percent on an annual basis, "
        "versus 5 billion manat in 2022."
    ) == [
        (
            "growth",
            {
                "growth": "increasing by 10 percent",
                "current": "5.5 billion manat",
                "base": "5 billion manat",
            },
        )
    ]


def test_current_in_an_earlier_sentence() -> None:
    assert relations(
        "Grain exports for 2023 reached 8.2 million tonnes. The indicator has increased by "
        "12 percent from 7.3 million tonnes in 2022."
    ) == [
        (
            "growth",
            {
                "growth": "increased by 12 percent",
                "current": "8.2 million tonnes",
                "base": "7.3 million tonnes",
            },
        )
    ]
    assert relations(
        "Retail sales came to $4.4 billion in March. The figure increased by about $400 million, "
        "or 10 percent year-on-year."
    ) == [
        (
            "change",
            {
                "amount": "increased by about $400 million",
                "current": "$4.4 billion",
                "percent": "10 percent",
            },
        )
    ]
    assert relations(
        "Revenue is planned at EUR 5.2 billion, while spending will reach EUR 6 billion. "
        "Next year, revenue will grow by 4% or EUR 0.2 billion."
    ) == [
        (
            "change",
            {"amount": "EUR 0.2 billion", "current": "EUR 5.2 billion", "percent": "grow by 4%"},
        )
    ]
    assert relations(
        "Total costs exceeded $2.2bn. Costs saw a 10% increase on the first half of 2021, when "
        "they amounted to $2bn."
    ) == [("growth", {"growth": "a 10% increase", "current": "exceeded $2.2bn", "base": "$2bn"})]


def test_a_growth_to_come_is_of_a_figure_to_come_only() -> None:
    reached = "Total exports in Q1 reached $41.2 billion.\n\nExports were projected to expand by 6 percent.\n"
    assert relations(reached) == []
    planned = "Exports are forecast at $41.2 billion in Q1.\n\nExports were projected to expand by 6 percent.\n"
    assert relations(planned) == [
        ("growth", {"growth": "expand by 6 percent", "current": "$41.2 billion"})
    ]


def test_change_with_its_amount_percent_and_base_words() -> None:
    assert relations(
        "Trade came to US$ 9.4 billion, an increase by US$ 0.9 billion on the same months of "
        "2020 (or + 10.6%)."
    ) == [
        (
            "change",
            {
                "amount": "increase by US$ 0.9 billion",
                "current": "US$ 9.4 billion",
                "percent": "10.6%",
            },
        )
    ]
    assert relations(
        "Collections reached 13.2 trillion rubles, exceeding the figures for the same period "
        "last year by 27%."
    ) == [("growth", {"growth": "27%", "current": "13.2 trillion rubles"})]


def test_no_relation_where_the_words_leave_a_doubt() -> None:
    # two amounts the indicator may be
    assert (
        relations("Exports reached $5 billion and imports $7 billion. It increased by 12 %.") == []
    )
    # two amounts the subject names
    assert (
        relations(
            "In the north, revenue was $5 billion; in the south, revenue was $3 billion. Revenue "
            "grew 4 percent from $4.8 billion."
        )
        == []
    )
    # "revenue from oil" is a thing of its own, not the revenue that grew
    assert relations("Revenue from oil reached $5 billion. Revenue grew 4 percent.") == []
    # the growth's part of the year is not the earlier amount's
    assert (
        relations(
            "Revenue reached $5 billion in 2022. Revenue grew 8 percent in the first quarter."
        )
        == []
    )
    # a fall word the value did not take in: the sign is a guess
    assert (
        relations("Spending was pulled down by a 12 percent decline in subsidies, to $2 billion.")
        == []
    )
    assert relations("Exports grew 12 percent, and imports reached $5 billion.") == []
    assert relations("Revenue was 9.8 billion rubles, 19% lower in 2022 terms.") == []
    # a later period than the earlier amount's
    assert (
        relations("Revenue reached $5 billion in 2022. Revenue will grow by 6 percent in 2024.")
        == []
    )


def test_drafted_growth_across_sentences_is_checked(tmp_path: Path) -> None:
    wrong = (
        "Spending for 2024 reached 433.6 billion soums. The indicator has increased by 3.3 "
        "percent from 381 billion soums in 2023."
    )
    right = wrong.replace("3.3 percent", "13.8 percent")
    assert verdicts(wrong, tmp_path, "growth") == [Outcome.FAIL]
    assert verdicts(right, tmp_path, "growth") == [Outcome.PASS]


_TENTHS = st.integers(min_value=10, max_value=9_999)


@given(_TENTHS, st.integers(min_value=1, max_value=999), st.sampled_from(["tenge", "manat"]))
def test_any_figures_in_the_same_sentence_are_tied_exactly(
    current: int, growth: int, unit: str
) -> None:
    x, p = f"{current / 10:.1f} billion {unit}", f"{growth / 10:.1f} percent"
    text = f"Exports reached {x} in 2023, which is {p} more than in 2022."
    assert relations(text) == [("growth", {"growth": f"{p} more", "current": x})]


@given(_TENTHS, _TENTHS, st.integers(min_value=1, max_value=999))
def test_any_figures_across_two_sentences_are_tied_exactly(
    current: int, base: int, growth: int
) -> None:
    x, b = f"{current / 10:.1f} billion lari", f"{base / 10:.1f} billion lari"
    p = f"{growth / 10:.1f} percent"
    text = f"Budget revenue came to {x} in 2024. The figure rose by {p} from {b} in 2023."
    assert relations(text) == [("growth", {"growth": f"rose by {p}", "current": x, "base": b})]


def test_a_rise_above_100_percent_may_be_an_index_and_is_a_note() -> None:
    text = "Investment increased by 127.4 percent in 2023, reaching 80 billion tenge."
    found = draft(text)
    assert found.relations == ()
    assert any("or an index" in n for n in found.notes)
    # with its amount of change too
    change = "Revenue reached 8,514 billion tenge, up 115% or 1,129 billion tenge."
    assert draft(change).relations == ()
    assert any("or an index" in n for n in draft(change).notes)
    # a fall, or a rise under 100 percent, is no index reading
    assert relations("Investment fell by 27.4 percent in 2023, reaching 80 billion tenge.") == [
        ("growth", {"growth": "fell by 27.4 percent", "current": "80 billion tenge"})
    ]


def test_a_figure_in_parentheses_is_a_base_only_after_words_of_comparison() -> None:
    assert relations("The surplus was UAH 5.1 billion, down by 40% YoY (UAH 8.5 billion).") == [
        (
            "growth",
            {"growth": "down by 40%", "current": "UAH 5.1 billion", "base": "UAH 8.5 billion"},
        )
    ]
    # the amount of change, or the base: the words do not say
    assert relations("Exports were $3.15 billion, up 5% ($150 million).") == [
        ("growth", {"growth": "up 5%", "current": "$3.15 billion"})
    ]


def test_a_comparison_with_a_period_between_the_growth_and_its_levels() -> None:
    # the growth, its period compared with, then the base and current value ("from A to B") or
    # the current value after the pronoun of the growth's own subject and its base
    assert relations(
        "Ferry fares rose 4.2 percent compared to 2029, from $12.00 last year to $12.50 this year."
    ) == [
        (
            "growth",
            {"growth": "rose 4.2 percent", "current": "$12.50", "base": "$12.00"},
        )
    ]
    assert relations(
        "Port dues fell 3.5 percent compared to those for May 2030, from 8.6 million lari last "
        "year to 8.3 million lari this year."
    ) == [
        (
            "growth",
            {
                "growth": "fell 3.5 percent",
                "current": "8.3 million lari",
                "base": "8.6 million lari",
            },
        )
    ]
    assert relations(
        "Hotel revenues were 6.1% higher compared to the first five months of 2030, as they "
        "amounted to €2.61 billion, against €2.46 billion last year."
    ) == [
        (
            "growth",
            {"growth": "6.1% higher", "current": "€2.61 billion", "base": "€2.46 billion"},
        )
    ]


def test_a_comparison_with_another_thing_between_the_growth_and_levels_ties_nothing() -> None:
    # compared with another noun, not a period: the levels after it may be that thing's
    grown = relations(
        "Ferry fares rose 4.2 percent compared to bus fares, from $12.00 last year to $12.50 "
        "this year."
    )
    assert [r for r in grown if r[0] == "growth"] == []
    # the level after "as" is another subject's, not the pronoun of the growth's own
    grown = relations(
        "Hotel revenues were 6.1% higher compared to 2030, as arrivals amounted to 2.4 million, "
        "against 2.2 million last year."
    )
    assert [r for r in grown if r[0] == "growth"] == []


def test_a_level_right_before_the_growths_verb_is_its_subject_not_its_current_value() -> None:
    # "Big Five" names the mills: the growth is of the level it reached, never of "Five"
    assert relations(
        "Shipments by the region's Big Five mills slipped 3% to 41,200 tonnes in May."
    ) == [("growth", {"growth": "slipped 3%", "current": "41,200 tonnes"})]
    # a level as the subject of the verb may be the value before the change or after it
    assert relations("Some 4.2 million tonnes of grain exports rose 5 percent in 2030.") == []


def test_a_comparison_with_any_period_phrase_the_period_reader_reads() -> None:
    # "the corresponding month of the previous year", "the same period last year"
    assert relations(
        "Port revenue reached 81.2 million lari in May 2031 compared to 74.5 million lari in the "
        "corresponding month of the previous year, recording an increase of 9%."
    ) == [
        (
            "growth",
            {
                "growth": "an increase of 9%",
                "current": "81.2 million lari",
                "base": "74.5 million lari",
            },
        )
    ]
    assert relations(
        "Cocoa earnings grew 6.4 percent in the first half of this year compared with the same "
        "period last year, reaching $912 million."
    ) == [("growth", {"growth": "grew 6.4 percent", "current": "$912 million"})]
    # compared with a forecast, no period: the percent is no growth of the level reached
    grown = relations(
        "Cocoa earnings grew 6.4 percent compared with the ministry's forecast, reaching $912 "
        "million."
    )
    assert [r for r in grown if r[0] == "growth"] == []


def test_the_level_after_as_it_is_never_another_things() -> None:
    # after "as they reached X": a noun of X's own ("in unpaid invoices", "filling stations")
    # makes X no level of theirs
    for said in (
        "as they reached 640 billion tenge in unpaid invoices.",
        "as they reached 1,450 filling stations across the country.",
        "as they came to 640 billion tenge in excise duties.",
    ):
        grown = relations(f"Fuel sales climbed 9 percent compared to 2023, {said}")
        assert [r for r in grown if r[0] == "growth"] == [], said


def test_a_bare_count_after_as_it_is_no_amount_of_money() -> None:
    # "as it reached 1,200" after a growth of money: a count, no amount of lending or remittances
    for subject in ("Bank lending to farmers", "Remittances from abroad", "Tax receipts"):
        grown = relations(f"{subject} grew 12 percent in 2031 as they reached 1,200.")
        assert [r for r in grown if r[0] == "growth"] == [], subject
    # near misses: the money's own amount, and a bare count of a counted thing
    assert relations(
        "Remittances from abroad grew 12 percent in 2031 as they reached $1.2 billion."
    ) == [("growth", {"growth": "grew 12 percent", "current": "$1.2 billion"})]
    assert relations("Ferry crossings grew 12 percent in 2031 as they reached 1,200.") == [
        ("growth", {"growth": "grew 12 percent", "current": "1,200"})
    ]


def test_the_level_after_as_it_with_its_period_or_base_is_kept() -> None:
    # the near miss: nothing after X but its period, or a base with its own period
    assert relations(
        "Fuel sales climbed 9 percent compared to 2023, as they amounted to 640 billion tenge "
        "in the first half."
    ) == [("growth", {"growth": "climbed 9 percent", "current": "640 billion tenge"})]
    assert relations(
        "Fuel sales climbed 9 percent compared to the first half of 2023, as they amounted to "
        "640 billion tenge, against 587 billion tenge a year earlier."
    ) == [
        (
            "growth",
            {
                "growth": "climbed 9 percent",
                "current": "640 billion tenge",
                "base": "587 billion tenge",
            },
        )
    ]


def test_a_figure_compared_with_that_is_planned_or_another_things_is_no_base() -> None:
    # "against Y in imports", "Y planned", "Y in the 2024 budget": the growth keeps its level
    for lead in ("rose 9 percent to", "rose 9 percent compared to 2023, as they amounted to"):
        for said in (
            "against 700 billion tenge in imports.",
            "against 700 billion tenge planned.",
            "compared with 587 billion tenge forecast in March.",
            "from 587 billion tenge in the 2024 budget.",
        ):
            assert relations(f"Fuel sales {lead} 640 billion tenge, {said}") == [
                ("growth", {"growth": "rose 9 percent", "current": "640 billion tenge"})
            ], (lead, said)


def test_a_figure_compared_with_in_its_period_stays_the_base() -> None:
    # the near miss: a period, or the source, after the base
    for said in (
        "against 587 billion tenge in January-May 2023.",
        "against 587 billion tenge in the year-earlier period.",
        "compared with 587 billion tenge in 2023, the ministry said.",
        "from 587 billion tenge in May.",
    ):
        assert relations(f"Fuel sales rose 9 percent to 640 billion tenge, {said}") == [
            (
                "growth",
                {
                    "growth": "rose 9 percent",
                    "current": "640 billion tenge",
                    "base": "587 billion tenge",
                },
            )
        ], said
