"""The energy, mining and farm trades' abbreviations of scaled quantities and rates
(:mod:`aktobe_facts.reading.tradeunits`): read with their scale, glued to the number or spaced,
as the same quantity the words spell out; a spelling the trades read two ways (a thousand or a
million) read bare, with a note, in no relation and with no coverage warning; the dairy trade's
price glued to "kgMS". The nineteenth session's end-of-session run met 30 false coverage warnings
of this family in 4 texts ("1.826mbpd", "1.5mb/d", "NZ$6.25kgMS"). The sentences are ours; the
numeric phrases are printed as the sources print them (each source's address and date in a
comment)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from aktobe_facts.api import check_file
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.reading.tradeunits import AMBIGUOUS, SCALED
from aktobe_facts.reading.units import ConversionError, UnitSpec, factor, lookup_unit
from aktobe_facts.text.draft import draft
from test_draft_balances import drafted

_SCALE_WORDS = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}


def _quantity(text: str) -> tuple[object, ...]:
    stated = parse(text)
    found = read(stated)
    units = tuple(u.key if u else None for u in (stated.unit, stated.per))
    return (found.interval, *units)


def _unit(word: str) -> UnitSpec:
    spec = lookup_unit(word)
    assert spec is not None
    return spec


@given(
    st.sampled_from(sorted(SCALED)),
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.99"), places=2),
)
def test_any_number_glued_to_a_spelling_reads_as_spaced_and_as_the_words(
    spelling: str, number: Decimal
) -> None:
    exponent, words = SCALED[spelling]
    spelled = f"{number} {_SCALE_WORDS[exponent]} {words}"
    assert _quantity(f"{number}{spelling}") == _quantity(f"{number} {spelling}")
    assert _quantity(f"{number}{spelling}") == _quantity(spelled)


@given(st.sampled_from(sorted(AMBIGUOUS)), st.sampled_from(["", " "]), st.booleans())
def test_a_spelling_of_two_readings_is_never_read_in_any_case(
    spelling: str, space: str, upper: bool
) -> None:
    written = spelling.upper() if upper else spelling
    assume(written not in SCALED)  # "mb/d" in small letters is OPEC's and the IEA's million
    # the note names both readings, one a million or a trillion ("tcm": a thousand or a trillion)
    with pytest.raises(GrammarError, match=r"million|trillion"):
        parse(f"1.5{space}{written}")


@pytest.mark.parametrize(
    ("written", "spelled"),
    [
        # the IEA's Oil Market Report, 13 February 2019 (https://vdocuments.us/oil-market-report-
        # template.html): "30.83 mb/d", "930 kb/d"
        ("30.83 mb/d", "30.83 million barrels per day"),
        ("930 kb/d", "930 thousand barrels per day"),
        ("1.2 MMb/d", "1.2 million bpd"),
        ("450 MMcf/d", "450 million cubic feet per day"),
        # the EIA via ssessments.com, 2022-11-02: "over 96 Bcf/d", "(129 Bcf)"
        ("96 Bcf/d", "96 billion cubic feet per day"),
        ("129 Bcf", "129 billion cubic feet"),
        # Energy Now, 2024-03 (https://energynow.com/2024/03/u-s-natgas-end-of-season-storage-to-
        # reach-7-year-high-in-march/): "1.850 tcf of gas in storage"
        ("1.850 tcf", "1.850 trillion cubic feet"),
        ("450kt", "450 thousand tonnes"),
        ("12 kboe/d", "12 thousand boe per day"),
        # Wood Mackenzie via the press, 2019: "60 million metric tons per annum (mmtpa)"
        ("45 mmtpa", "45 million tonnes a year"),
    ],
)
def test_the_trades_spellings_read_as_their_words(written: str, spelled: str) -> None:
    assert _quantity(written) == _quantity(spelled)


def test_a_range_takes_the_scale_on_both_ends() -> None:
    stated = parse("1.5-1.6mb/d")
    assert stated.high is not None and (stated.exponent, stated.high.exponent) == (6, 6)


def test_heat_and_milk_solids_are_units_of_their_own() -> None:
    assert factor(_unit("MMBtu"), _unit("Btu")) == 1_000_000
    assert factor(_unit("TW"), _unit("GW")) == 1000
    with pytest.raises(ConversionError):  # a kilogram of milk solids is no kilogram of milk
        factor(_unit("kgMS"), _unit("kg"))
    with pytest.raises(ConversionError):  # a barrel of oil equivalent holds gas too
        factor(_unit("boe"), _unit("barrels"))


@pytest.mark.parametrize(
    "written",
    [
        # Fonterra's milk price as New Zealand's press prints it: "$10.15/kgMS" (NZ Herald,
        # 2025), "$6.25/kg of milk solids" (NBR, 2018-11-26), "$10 per kilogram of milk solid
        # (kgMS)" (BusinessDesk, 2024), and glued with no slash, "NZ$6.25kgMS" (MilkValue, 2023)
        "NZ$6.25kgMS",
        "NZ$6.25/kgMS",
        "NZ$6.25 per kgMS",
        "NZ$6.25/kg of milk solids",
        "NZ$6.25 per kilogram of milk solid",
        "NZ$6.25 per kg of milksolids",
    ],
)
def test_a_dairy_price_per_kilogram_of_milk_solids(written: str) -> None:
    stated = parse(written)
    assert (stated.unit, stated.per) == (_unit("NZD"), _unit("kgMS"))


def test_near_miss_money_before_another_unit_is_still_an_error() -> None:
    with pytest.raises(GrammarError, match="twice"):
        parse("$6.25 tonnes")


# Nigeria's press: "quota marginally increased from 1.826mbpd in August to 1.83mbpd in September"
# (Orient Energy Review, 2022-09, https://orientenergyreview.com/oil-and-gas/opec-raises-nigerias-
# production-quota-as-oil-price-drops%ef%bf%bc); "1.5mbpd" (MMS Plus, 2025-02,
# https://mmsplusng.com/nigeria-exceeds-opec-quota-as-oil-output-surpasses-1-5mbpd)


def test_a_glued_spelling_of_two_readings_is_read_bare_with_a_note() -> None:
    found = draft(
        "Delta oil report\n\nThe state pumped 1.826mbpd in August, above its quota of 1.5mbpd, "
        "and 1.7 Mb/d in July.\n"
    )
    bare = {c.value: c.note for c in found.claims}
    assert set(bare) >= {"1.826", "1.5", "1.7"} and not found.unread
    assert all("thousand" in str(bare[v]) and "million" in str(bare[v]) for v in bare)
    assert '"Mb/d"' in str(bare["1.7"])  # the note names the spelling with its slash


def test_near_miss_opecs_spelling_is_read_and_ties_its_growth() -> None:
    text = "Output rose 10 percent to 1.1mb/d in May from 1 million barrels per day in April."
    growth = {
        "growth": "rose 10 percent",
        "current": "1.1mb/d",
        "base": "1 million barrels per day",
    }
    assert drafted(text, ("growth",)) == [("growth", growth)]


def test_figures_of_two_readings_never_meet_figures_in_barrels() -> None:
    # read as a million, "1.65mbpd" would take "1.5 million barrels per day" as its growth's base
    # (as "1.65 million bpd" does); read as a thousand, the growth would be a false error: the
    # figure of two readings is related to no figure in a unit
    text = "Output rose 10 percent to 1.65mbpd in May from 1.5 million barrels per day in April."
    relations = drafted(text, ("growth", "difference", "sum", "order", "equation"))
    assert not any("1.5 million barrels per day" in fields.values() for _kind, fields in relations)
    spelled = text.replace("1.65mbpd", "1.65 million bpd")
    assert any(
        "1.5 million barrels per day" in f.values() for _k, f in drafted(spelled, ("growth",))
    )


def test_an_article_of_glued_units_gives_no_coverage_warning(tmp_path: Path) -> None:
    # the dairy and oil phrases above, glued as their papers print them
    article = tmp_path / "a.txt"
    article.write_text(
        "Dairy and oil\n\nThe co-op lifted its price to NZ$6.25kgMS from NZ$6.00kgMS. The state "
        "pumped 1.826mbpd against a quota of 1.5mb/d, and the fields 450 MMcf/d of gas.\n",
        encoding="utf-8",
    )
    report = check_file(article)
    assert [
        f for f in report.findings if f.check == "coverage" and f.severity.name == "WARNING"
    ] == []
