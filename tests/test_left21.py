"""The twentieth session's leftovers (left21): each case fails on the code before its fix, each
near miss passes on both. Sentences our own, around numeric phrases as news prints them."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from _drafted import equals, relations, sums
from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.text.articlecheck import rendered
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render
from aktobe_facts.text.phraseread import read


def _loaded_values(text: str, folder: Path) -> list[str]:
    """The values of the claims drafted from ``text``, after the draft is loaded as written."""
    article = folder / "a.txt"
    article.write_text(text, encoding="utf-8")
    found = draft(text)
    loads(render(found, article), folder / "a.toml", article=article)
    return [c.value or "" for c in found.claims]


def test_three_capitals_before_a_number_are_a_code_only_when_iso_4217_has_it(
    tmp_path: Path,
) -> None:
    # Any three capitals before a number were a currency's code in running text: the headline's
    # "EXCEEDING THE 10 MILLION" was ten million of a currency "THE" (and, its qualifier lowered,
    # a draft the loader refused, so the figure was left out)
    text = (
        "TOURISM HITS RECORD, EXCEEDING THE 10 MILLION VISITORS\n\n"
        "The country welcomed 10.4 million visitors in 2023, up 12 percent from 9.3 million.\n"
    )
    assert "10 MILLION" in _loaded_values(text, tmp_path)
    with pytest.raises(GrammarError):
        read("THE 10 MILLION")
    with pytest.raises(GrammarError):
        read("5 billion FOR")


def test_near_miss_iso_codes_in_use_or_withdrawn_stay_currencies() -> None:
    for value, code in (
        ("HRK 5 billion", "HRK"),  # the Croatian kuna, withdrawn in 2023
        ("CNH 2 billion", "CNH"),  # the offshore yuan
        ("USD 5 billion", "USD"),
        ("XDR 1.2 billion", "XDR"),  # the IMF's special drawing rights
    ):
        unit = read(value).unit
        assert unit is not None and unit.key == code, value


def test_a_qualifier_in_capitals_keeps_its_case_so_its_code_reads(tmp_path: Path) -> None:
    # The qualifier's words were written in small letters: "more than mad 12 BILLION" names no
    # currency the loader reads, and the draft lost the figure
    text = "MOROCCO RAISED MORE THAN MAD 12 BILLION IN 2023.\n"
    assert _loaded_values(text, tmp_path) == ["MORE THAN MAD 12 BILLION"]
    text = "CROATIA DRAWS OVER HRK 5 BILLION IN EU FUNDS\n"
    assert _loaded_values(text, tmp_path) == ["OVER HRK 5 BILLION"]


def test_near_miss_a_qualifier_opening_a_sentence_is_lowered(tmp_path: Path) -> None:
    text = "Some 5 million tourists came. Between 3 and 4 percent of them stayed a month.\n"
    assert _loaded_values(text, tmp_path) == ["some 5 million", "between 3 and 4 percent"]


def test_a_draft_whose_every_claim_the_loader_refuses_is_nothing_to_check(
    tmp_path: Path,
) -> None:
    # With its last claim refused, the draft had no claim and stopped as an internal error
    # (exit 3); it is an article with nothing to check, as one with no number is (exit 2)
    article = tmp_path / "a.txt"
    article.write_text("Exports rose to 5 million tonnes.\n", encoding="utf-8")
    found = draft(article.read_text(encoding="utf-8"))
    refused = msgspec.structs.replace(found.claims[0], value="over hrk 5 BILLION")
    found = msgspec.structs.replace(found, claims=(refused,))
    with pytest.raises(LoadError, match="no figure read that a claims file states"):
        rendered(found, article, None, None)


def test_a_figure_and_its_growth_told_twice_give_one_equal_per_pair() -> None:
    # A headline's growth told again in the body was tied twice, by the headline's reader and by
    # the growths of a figure given twice, with two quotes: the check counted one pair twice
    text = (
        "Cement output reached 4.2m tonnes in May, up 6.1% y-o-y\n\n"
        "The plants made 4.2m tonnes of cement in May, up 6.1% y-o-y."
    )
    assert sorted(equals(text)) == [["4.2m tonnes", "4.2m tonnes"], ["up 6.1%", "up 6.1%"]]


def test_near_miss_two_figures_each_given_twice_keep_an_equal_each() -> None:
    text = (
        "Cement output reached 4.2m tonnes in May, the agency said.\n\n"
        "The plants made 4.2m tonnes of cement in May, up 6.1% y-o-y. Cement exports were 0.9m "
        "tonnes in May. Exports of cement were 0.9m tonnes in May, the agency added."
    )
    assert sorted(equals(text)) == [
        ["0.9m tonnes", "0.9m tonnes"],
        ["4.2m tonnes", "4.2m tonnes"],
    ]


def test_a_flow_named_by_its_pronoun_is_no_whole_of_the_articles_flows() -> None:
    # "with its income of X": the bureau's income, a part of the non-tax revenues, was read as
    # their one whole (sweep K's false error, Advocates Philippines)
    text = (
        "Non-tax revenues rose to PHP298.3 billion in the first eight months. The Bureau of the "
        "Treasury accounted for the bulk, with its income of PHP189.3 billion, while other "
        "offices collected PHP109 billion."
    )
    assert not [s for s in sums(text) if s[0] == "PHP189.3 billion"]


def test_near_miss_a_flow_named_by_no_pronoun_still_holds_its_parts() -> None:
    text = (
        "Revenues rose to PHP298.3 billion in the first eight months, with tax revenues of "
        "PHP189.3 billion and non-tax revenues of PHP109.0 billion."
    )
    assert sums(text) == [("PHP298.3 billion", ["PHP189.3 billion", "PHP109.0 billion"], False)]


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "Overall exports increased by 12.5 percent in May to $100.8 billion, up from $89.6 "
            "billion in May 2021.",
            "$89.6 billion",
        ),
        (
            "Revenue rose 9.8 percent to $4.5 billion in 2023, up from $4.1 billion in 2022.",
            "$4.1 billion",
        ),
        (
            "Copper output rose 4.1% to 412,000 tonnes, up from 395,800 tonnes a year earlier.",
            "395,800 tonnes",
        ),
        (
            "Coal output fell 6.2% to 41.7 million tonnes in 2031, down from 44.5 million tonnes in 2030.",
            "44.5 million tonnes",
        ),
    ],
)
def test_to_x_up_from_y_a_year_before_is_the_growths_base(text: str, base: str) -> None:
    # ", up from Y" was never a base, so the growth went untested and an order was drafted
    # instead; a year before the current's period it is the base
    growths = [r for kind, r in relations(text) if kind == "growth"]
    assert [r.get("base") for r in growths] == [base]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 3% year on year to $5.2 billion in April, up from $4.9 billion in March.",
        "Exports fell 11.6% to 84,700 tonnes in January, down from 100,900 tonnes.",
        "Sales rose 3% month on month to $5.2 billion in April, up from $4.9 billion a year earlier.",
        "Sales fell 5% to $5.2 billion in May, up from $4.9 billion in May 2021.",
        "Sales rose 5% to $5.2 billion in 2031, up from $4.9 billion in 2029.",
    ],
)
def test_near_miss_up_from_another_period_is_no_base(text: str) -> None:
    assert all("base" not in r for kind, r in relations(text) if kind == "growth")


def test_near_miss_a_pronoun_of_the_articles_own_subject_keeps_its_parts() -> None:
    # "their spending" is the visitors', the article's own subject: no named holder
    text = (
        "Some 9.1 million visitors came in the first four months, while their spending rose by "
        "5% to 9,800 million euros. In April, visitors spent 2,950 million euros, with hotel "
        "spending of 1,310 million euros."
    )
    assert [s[0] for s in sums(text)] == ["9,800 million euros"]


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.value or "", c.kind) for c in draft(text).claims]


def test_million_cubic_metres_of_gas_as_the_gas_press_writes_them() -> None:
    # "mcm" was no unit: "24 mcm" a bare count beside the tonnes and dollars of the article
    for value, exponent, per in (
        ("24 mcm", 6, None),
        ("112 mcm/d", 6, "day"),
        ("95 MMSCMD", 6, "day"),
        ("3.2 mmcm", 6, None),
    ):
        stated = read(value)
        assert stated.unit is not None and stated.unit.key == "cubic_meter", value
        assert stated.exponent == exponent, value
        assert (stated.per.key if stated.per else None) == per, value
    text = "Gas flows rose 14% to 112 mcm/d in May from 98 mcm/d in April."
    assert relations(text) == [
        ("growth", {"growth": "rose 14%", "current": "112 mcm/d", "base": "98 mcm/d"})
    ]


def test_thousand_or_trillion_cubic_metres_are_never_guessed() -> None:
    # "tcm" is a thousand cubic metres in gas prices and a trillion in reserves; "Mcm" a
    # thousand in the US industry's letters: read bare, with a note saying which to write
    for value in ("13.6 tcm", "24 Mcm", "5 TCM"):
        with pytest.raises(GrammarError, match="write"):
            read(value)
    found = draft("Turkmenistan's gas reserves are estimated at 13.6 tcm.")
    assert [c.value for c in found.claims] == ["13.6"]


def test_a_number_before_pc_and_no_percents_noun_counts_pieces() -> None:
    # recall20's "-pc" read "a 24-pc tool set" as 24 percent
    assert _claims("The store sold a 24-pc tool set for $30 and a 12-pc set for $18.") == [
        ("$30", "amount"),
        ("$18", "amount"),
    ]


def test_near_miss_pc_before_a_noun_of_change_or_share_stays_a_percent() -> None:
    assert _claims("Sales showed a 42-pc. increase in May.")[0][0] == "a 42 percent increase"
    assert [v for v, _ in _claims("The fund bought a 26-pc stake in the port.")] == ["26 percent"]
    assert [v for v, _ in _claims("Prices saw a 10-pc year-on-year rise.")] == ["a 10 percent rise"]


def test_kt_of_a_wind_or_a_ship_is_knots_no_kilotonnes() -> None:
    # "sustained winds of 120 kt" were 120 thousand tonnes
    text = "The cyclone brought sustained winds of 120 kt and gusts of 150 kts to the coast."
    found = draft(text + " Copper output fell 4% to 310,000 tonnes.")
    assert [c.value for c in found.claims] == ["fell 4%", "310,000 tonnes"]
    assert any("knots" in i.reason for i in found.ignores)


def test_near_miss_kt_of_output_stays_kilotonnes() -> None:
    assert relations("Nickel output rose 5% to 120 kt in 2023 from 114 kt.") == [
        ("growth", {"growth": "rose 5%", "current": "120 kt", "base": "114 kt"})
    ]
    assert "120 kt" in [v for v, _ in _claims("A storm cut nickel output by 120 kt in May.")]


def test_a_balance_of_a_named_holder_that_is_no_place_is_no_balance_of_the_flows_before() -> None:
    # "Almaty's budget deficit": the city's, drafted as the country's spending less revenue
    text = (
        "Budget revenue was 20 trillion tenge in 2030 and spending 23 trillion tenge. Almaty's "
        "budget deficit was 0.4 trillion tenge."
    )
    assert [r for r in relations(text) if r[0] == "difference"] == []


@pytest.mark.parametrize("holder", ["Kazakhstan's", "Britain's"])
def test_near_miss_a_countrys_balance_still_balances_the_flows_before(holder: str) -> None:
    text = (
        "Budget revenue was 20 trillion tenge in 2030 and spending 23 trillion tenge. "
        f"{holder} budget deficit was 3 trillion tenge."
    )
    assert [r[0] for r in relations(text)] == ["difference"]


def test_near_miss_a_named_holder_first_keeps_the_flows_after_it() -> None:
    text = (
        "Almaty's budget deficit was 0.4 trillion tenge in 2030. Revenue was 2.0 trillion tenge "
        "and spending 2.4 trillion tenge."
    )
    assert [r[0] for r in relations(text)] == ["difference"]
