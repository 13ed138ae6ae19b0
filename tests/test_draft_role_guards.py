"""A flow's level is the figure its own words give it: never a figure of another thing further
along the flow's sentence (a component after the flow's growth, a change's size in brackets, a
figure of a clause with its own subject), so that no balance or turnover is drafted from it. The
sentences are written for these tests, in several subjects."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text import draftarticle, draftroles, roletime
from aktobe_facts.text.draft import draft

LEAD = {
    "trade deficit": "The trade deficit widened to 106.5 billion dirhams in the first half of 2031.",
    "trade surplus": "The country posted a trade surplus of NZ$242 million in June 2031.",
    "budget deficit": "The budget deficit came to 42.3 billion tenge in the first half of 2031.",
}
FLOW = {
    "trade deficit": "Exports rose 7.1 percent to 118.2 billion dirhams.",
    "trade surplus": "Exports rose 4 percent to NZ$4.4 billion.",
    "budget deficit": "Revenue rose 3.2 percent to 268.4 billion tenge.",
}
OTHER = [
    # a component named after the flow's growth and change
    (
        "trade deficit",
        "Imports climbed 9.4 percent, an increase of 19.6 billion dirhams, driven by energy "
        "purchases of 40.2 billion dirhams.",
    ),
    # an absolute clause of another subject after the growth
    (
        "trade deficit",
        "Imports grew 9.4 percent, the energy bill amounting to 40.2 billion dirhams.",
    ),
    ("trade deficit", "Imports rose 9.4 percent, energy up 25 percent to 40.2 billion dirhams."),
    # a clause with its own subject after a comma and a conjunction
    (
        "trade surplus",
        "Imports were little changed, though purchases of aircraft rose to reach NZ$260 million.",
    ),
    (
        "trade surplus",
        "Imports rose 6 percent as machinery rose 12 percent to reach NZ$250 million.",
    ),
    # the flow named as the object of another noun
    (
        "trade surplus",
        "The rise in imports was led by machinery, up 12 percent to reach NZ$250 million.",
    ),
    (
        "trade surplus",
        "The biggest contributor to imports was machinery, which rose 12 percent to reach NZ$250 "
        "million.",
    ),
    (
        "budget deficit",
        "Spending rose 5.1 percent, led by the health ministry, whose outlays reached 48.6 billion "
        "pesos.",
    ),
    (
        "budget deficit",
        "Spending grew 5.1 percent, with wages amounting to 98.2 billion tenge.",
    ),
]


@pytest.mark.parametrize(("subject", "sentence"), OTHER)
def test_a_figure_of_another_thing_in_the_flow_s_sentence_makes_no_balance(
    subject: str, sentence: str
) -> None:
    text = f"{LEAD[subject]}\n\n{FLOW[subject]} {sentence}"
    assert [kind for kind, _ in relations(text) if kind in ("difference", "sum")] == []


LEVELS = [
    # the value the change reached, past the change's percent and size
    (
        "trade deficit",
        "Imports climbed 9.4 percent, an increase of 19.3 billion dirhams, to 224.7 billion "
        "dirhams.",
        "224.7 billion dirhams",
    ),
    # the change's size in brackets after its percent: the rise, not a level
    (
        "trade surplus",
        "Imports rose 6 percent (NZ$250 million) to reach NZ$4.16 billion.",
        "NZ$4.16 billion",
    ),
    (
        "budget deficit",
        "Spending rose 4.6 percent (13.7 billion tenge) to reach 310.7 billion tenge.",
        "310.7 billion tenge",
    ),
    (
        "budget deficit",
        "Spending grew 4.6 percent year-on-year in January-June, amounting to 310.7 billion tenge.",
        "310.7 billion tenge",
    ),
    (
        "trade deficit",
        "A rise in imports by 9.4 percent to 224.7 billion dirhams widened the gap.",
        "224.7 billion dirhams",
    ),
    # a move from the earlier level to the level now: the second is the flow's
    (
        "trade deficit",
        "Imports rose 20.2 percent from 187.0 billion dirhams to 224.7 billion dirhams.",
        "224.7 billion dirhams",
    ),
    (
        "budget deficit",
        "Spending went up by 4.6 percent, from 297.0 billion tenge to 310.7 billion tenge.",
        "310.7 billion tenge",
    ),
    # the comparison's words before the value reached make it no earlier figure
    (
        "trade surplus",
        "Imports rose 6 percent from a year earlier to NZ$4.16 billion.",
        "NZ$4.16 billion",
    ),
]


@pytest.mark.parametrize(("subject", "sentence", "level"), LEVELS)
def test_the_value_the_flow_s_change_reached_is_its_level(
    subject: str, sentence: str, level: str
) -> None:
    text = f"{LEAD[subject]}\n\n{FLOW[subject]} {sentence}"
    balances = [fields for kind, fields in relations(text) if kind == "difference"]
    assert len(balances) == 1, relations(text)
    assert level in (balances[0]["minuend"], balances[0]["subtrahend"])


def test_a_change_s_size_in_brackets_and_the_value_reached_are_named_for_the_flow() -> None:
    found = draft("Imports rose 6 percent (NZ$250 million) to reach NZ$4.16 billion in June.")
    assert [c.id for c in found.claims] == ["imports_growth", "imports_change", "imports"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Imports fell by NZ$150 million to reach NZ$4.16 billion in June.",
        "Exports climbed by A$0.2 billion, amounting to A$3.2 billion in June.",
        "Revenue went up by HK$0.8 billion, totalling HK$41.9 billion in June.",
    ],
)
def test_no_id_is_made_of_a_verb_of_reaching_or_a_currency_sign_s_letters(sentence: str) -> None:
    ids = [c.id for c in draft(sentence).claims]
    words = {w for i in ids for w in i.split("_")}
    assert not words & {"reach", "amounting", "totalling", "nz", "a", "hk"}, ids


def test_a_rate_after_or_is_no_amount_of_the_change() -> None:
    text = (
        "Spending abroad by residents reached 41.2 million euros in the second quarter, up 9 "
        "percent, or 205 euros a trip."
    )
    assert relations(text) == [
        ("growth", {"growth": "up 9 percent", "current": "41.2 million euros"})
    ]
    text = "Spending abroad reached 41.2 million euros, up 9 percent, or 3.4 million euros."
    assert [kind for kind, _ in relations(text)] == ["change"]


def test_a_sentence_opening_on_the_period_compared_gives_an_earlier_figure() -> None:
    text = (
        "The budget deficit was 1.2 billion euros in 2031. A year earlier, the deficit had been "
        "1.2 billion euros as well."
    )
    assert [kind for kind, _ in relations(text)] == []


def test_a_flow_named_after_in_is_a_part_of_the_budget_s_flow() -> None:
    text = (
        "The budget ran a deficit of 1.2 billion euros in 2031. Spending reached 36 billion euros "
        "over the year. The government received 120 million euros in grants."
    )
    assert [kind for kind, _ in relations(text)] == []
    whole = text.replace("120 million euros in grants", "34.8 billion euros in revenue")
    assert [kind for kind, _ in relations(whole)] == ["difference"]


def test_a_current_account_balance_is_no_trade_balance() -> None:
    text = (
        "The current account showed a surplus of 1.3 billion euros in the first half of 2031.\n\n"
        "Exports reached 19.8 billion euros in the first half of 2031, while imports were 18.5 "
        "billion euros."
    )
    assert relations(text) == []
    trade = text.replace("The current account showed", "Trade showed")
    assert [kind for kind, _ in relations(trade)] == ["difference"]


def test_a_whole_broken_down_is_no_part_of_a_total_after_it() -> None:
    text = (
        "Of the 1.2 million tonnes harvested, 300,000 tonnes of wheat were exported and 450,000 "
        "tonnes of maize, a total of 750,000 tonnes."
    )
    assert [fields for kind, fields in relations(text) if kind == "sum"] == []


def test_a_part_s_earlier_value_is_no_part() -> None:
    text = (
        "Spending was 9.3 billion lari, of which 4.1 billion lari went on wages, up from 3.8 "
        "billion lari, and 2.2 billion lari on pensions."
    )
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    sums = [r.fields["parts"] for r in found.relations if r.kind == "sum"]
    assert [[values[p] for p in parts] for parts in sums if isinstance(parts, list)] == [
        ["4.1 billion lari", "2.2 billion lari"]
    ]


def test_a_value_given_twice_names_more_than_its_unit() -> None:
    text = (
        "Exports totalled 3.2 billion dollars in 2031; in 2030 copper had earned 0.9 billion "
        "dollars and gold 0.7 billion dollars.\n\nImports were 4.5 billion dollars. China "
        "supplied 1.2 billion dollars, Russia 0.9 billion dollars and Turkey 0.6 billion dollars."
    )
    assert [kind for kind, _ in relations(text) if kind == "equal"] == []


def test_a_rate_of_a_part_is_no_rate_of_the_whole() -> None:
    text = (
        "The harvest was 8.35 million tonnes from 2.14 million hectares, and the yield in the "
        "south reached 4.6 tonnes per hectare."
    )
    assert [kind for kind, _ in relations(text) if kind == "per"] == []
    whole = text.replace(" in the south", "")
    assert [kind for kind, _ in relations(whole) if kind == "per"] == ["per"]


def test_the_roles_read_once_per_article_are_each_callers_own() -> None:
    """The rules share one reading of an article's roles: a rule that adds to its copy (the
    balances add the values of the year before) changes no other rule's."""
    text = "Exports rose 7.1 percent to 118.2 billion dirhams in 2031."
    article = draftarticle.Article(text, ())
    first = draftroles.roles(article)
    first["added"] = draftroles.Role(
        "exports", "trade", None, frozenset(), False, roletime.Time(), False, 0
    )
    assert draftroles.roles(article) == {}
    assert draftroles.roles(draftarticle.Article(text, ())) is not draftroles.roles(article)


def test_an_average_or_daily_figure_is_no_part_of_its_flow() -> None:
    # "average daily spending of X" is a rate: no part of the period's spending
    text = (
        "Some 9.1 million visitors came in the first four months, 3% more, while their spending "
        "rose by 5% to 9,800 million euros. In April, 2.1 million visitors came and spent 2,950 "
        "million euros, 4% more, with average daily spending of 131 euros."
    )
    assert [r for r in relations(text) if r[0] == "sum"] == []
    hotels = text.replace(
        "average daily spending of 131 euros", "hotel spending of 1,310 million euros"
    )
    assert [r for r in relations(hotels) if r[0] == "sum"] == [
        ("sum", {"total": "9,800 million euros"})
    ]


def test_a_flow_word_in_brackets_is_no_role_and_trade_with_its_two_flows_is_turnover() -> None:
    # "trade (exports plus imports) rose to X": X is the turnover, never imports
    text = (
        "Trade (exports plus imports) rose by 8% in June to 910 million dollars. Exports came "
        "to 400 million dollars and imports to 510 million dollars in June."
    )
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    sums = []
    for r in found.relations:
        total, parts = r.fields.get("total"), r.fields.get("parts")
        if r.kind == "sum" and isinstance(total, str) and isinstance(parts, list):
            sums.append((values[total], sorted(values[p] for p in parts)))
    assert sums == [("910 million dollars", ["400 million dollars", "510 million dollars"])]
    # the words in brackets alone name no flow of the figure after them
    aside = text.replace("Trade (exports plus imports)", "The value (of imports, mostly)")
    assert all("910 million dollars" not in str(r) for r in relations(aside) if r[0] == "sum")


def test_mid_year_or_year_to_date_spending_is_no_part_of_the_spending() -> None:
    # "Mid-year spending of X" after "Total spending reached X": no part of the total (the year so
    # far is no period the draft can place), so never a sum of X beside the capital spending
    text = (
        "Total spending reached 8.1 billion lilangeni in the half. Mid-year spending of 8.1 "
        "billion lilangeni is 12% of GDP. Recurrent costs took 6.0 billion lilangeni, while "
        "capital spending came to 1.9 billion lilangeni."
    )
    for lead in ("Mid-year spending", "Year-to-date spending"):
        found = draft(text.replace("Mid-year spending", lead))
        values = {c.id: c.value or "" for c in found.claims}
        parts = [
            sorted(values[p] for p in r.fields["parts"])
            for r in found.relations
            if r.kind == "sum" and isinstance(r.fields["parts"], list)
        ]
        assert parts == [["1.9 billion lilangeni"]], lead


def test_a_year_to_date_flow_is_no_month_s_level() -> None:
    # "Year-to-date spending" is no spending of May: no balance with May's revenue and deficit
    text = (
        "In May, revenue was 410 million lari and the deficit 38 million lari. Year-to-date "
        "spending reached 2,310 million lari."
    )
    assert [kind for kind, _ in relations(text) if kind == "difference"] == []
    may = text.replace("Year-to-date spending", "Spending")
    assert "difference" in [kind for kind, _ in relations(may)]


def test_a_share_s_whole_in_a_part_s_clause_is_not_the_part_s_flow() -> None:
    # before: "of total exports" named the clause's figure (copper's 61.4 billion pesos) the
    # exports, and the turnover was drafted as copper plus the imports, a false error; the noun
    # is the whole of the share written before it, the figure the part's
    text = (
        "Chile's exports in May rose 5.2 percent from a year ago to 70.3 billion pesos.\n\n"
        "The ministry said in a statement that higher exports were seen to Peru, Japan and "
        "Korea.\n\nMeanwhile, imports in May grew by 2.1 percent year-on-year to 58.8 billion "
        "pesos; total trade rose by 3.8 percent to 129.1 billion pesos.\n\nCopper which "
        "contributed to 87.3 percent of total exports, grew 9.4 percent year-on-year to 61.4 "
        "billion pesos."
    )

    def turnover(words: str) -> list[list[str]]:
        found = draft(words)
        values = {c.id: c.value or "" for c in found.claims}
        return [
            sorted(values[p] for p in r.fields["parts"])
            for r in found.relations
            if r.kind == "sum" and isinstance(r.fields["parts"], list)
        ]

    assert turnover(text) == [["58.8 billion pesos", "70.3 billion pesos"]]
    # the near miss: the exports named as the clause's own subject are its level
    own = text.replace("Copper which contributed to 87.3 percent of total exports,", "Exports")
    assert turnover(own) == [["58.8 billion pesos", "61.4 billion pesos"]]
