"""False findings of a first-contact sweep over aid and development finance, telecoms and the
digital economy, health and education budgets, insurance and pension funds, stock markets,
foreign direct investment, food prices and fisheries, and the economics of sporting events
(twenty-fourth session, sweep O), each guarded by its reason and tested beside a near miss that
still checks. Every sentence is written for these tests around numeric phrases as the sweep's
texts print them (sources in each test's comment); each wrong reading fails on main before the
commit that guards it (the dev batch's on 82d206e; the held batch's, guarded in separate commits
after the held run, on f54fad2)."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan

# --- draftwords: shares traded are stock, never a share of a whole --------------------------


def _kinds(text: str) -> dict[str, str | None]:
    """Each drafted claim's kind, by its value."""
    return {c.value or c.id: c.kind for c in draft(text).claims}


# Trading Room (Nairobi Securities Exchange, weekly review), 2021: "The volume of shares traded at
# the exchange similarly posted a 20.33% decline to close the week with 89.33 million shares
# exchanging hands" (the count of stock traded fell: a growth, never a share's change)
def test_the_volume_of_shares_traded_is_no_share(tmp_path: Path) -> None:
    text = (
        "The volume of shares traded on the bourse posted a 18.44% decline to close the week "
        "with 61.2 million shares exchanging hands."
    )
    assert _kinds(text)["a 18.44% decline"] == "growth"
    assert ("percent-points", Outcome.UNDETERMINED) not in outcomes(
        text, tmp_path, ("percent-points",)
    )


def test_the_number_of_shares_changing_hands_is_no_share(tmp_path: Path) -> None:
    # other wordings: "the number of shares", "shares changing hands", "shares traded"
    text = "The number of shares changing hands fell 12.5% in the week to 70 million."
    assert _kinds(text)["fell 12.5%"] == "growth"
    text = "Shares traded on the exchange dropped 15.2% in the week to 45 million."
    assert _kinds(text)["dropped 15.2%"] == "growth"
    assert ("percent-points", Outcome.UNDETERMINED) not in outcomes(
        text, tmp_path, ("percent-points",)
    )


def test_a_share_of_a_whole_still_may_change_in_points() -> None:
    # near misses: a share of trading, and shares of a whole, still changes that may be in points
    assert (
        _kinds("The share of foreign investors in trading rose 4.2% in the week.")["rose 4.2%"]
        == "change"
    )
    assert (
        _kinds("The shares of state banks in total deposits fell 3.1% in the year.")["fell 3.1%"]
        == "change"
    )


# --- phrases: a decimal comma before a factor's word, and a factor's glued "fold" -------------


def _read_and_left(text: str) -> tuple[list[str], list[str]]:
    found = scan(text)
    return [p.value for p in found.phrases], [f"{x.span.text}:{x.why}" for x in found.left]


# Kazinform, 2016: "In the first half of 2016 gross inflow of foreign direct investment (FDI) in
# Kazakhstan increased by 25,8% and made $9,3 billion", "FDI into domestic chemical industry grew
# 8,4 times", "share of FDI into processing sector increased 1,5fold (from 9% to 15%)": three
# coverage warnings for factors the draft left unread
_FACTORS = (
    "Investment into the region rose by 31,4% and reached $4,7 billion in the year. Spending on "
    "the chemical industry grew 6,3 times, and on pharmaceuticals 2,8 times. The share of "
    "processing increased 1,5fold (from 9% to 15%)."
)


def test_a_decimal_comma_before_times_or_fold_is_read(tmp_path: Path) -> None:
    read, left = _read_and_left(_FACTORS)
    assert "grew 6,3" in read and "2,8" in read and "1,5" in read
    assert not [x for x in left if x.endswith(":unread")]
    assert outcomes(_FACTORS, tmp_path, ("coverage",)) == [("coverage", Outcome.PASS)]


def test_a_glued_fold_is_read_in_either_decimal_style() -> None:
    # other wordings: a decimal point, a whole number
    assert _read_and_left("Exports grew 2fold from 2015.")[0] == ["2"]
    assert _read_and_left("The output rose 1.5fold from 2019.")[0] == ["1.5"]


def test_a_comma_list_and_a_glued_word_stay_unread() -> None:
    # near misses: "1,2" before no factor may be a list; "3folders" is no factor
    assert _read_and_left("Items 1,2 and 3 were sold.") == (["3"], ["1,2:unread"])
    assert _read_and_left("The 3folders were sold.") == ([], ["3:unread"])


# --- complementkinds: a "non-X" whole holds nothing of X ---------------------------------------


# Super News NG (Nigerian Insurers Association), 2025-06-30: "On the claims side, non-life
# underwriters paid out N437 billion, with life insurers settling N185 billion in claims" was
# drafted as a sum, life's claims inside non-life's (it passed only because 185 < 437)
def test_a_non_kind_whole_holds_no_part_of_that_kind() -> None:
    text = (
        "At the yearly meeting in Lagos the chairman noted strong performance. On the claims "
        "side, non-life underwriters paid out N437 billion, with life insurers settling N185 "
        "billion in claims."
    )
    assert sums(text) == []


def test_the_complement_in_other_wordings() -> None:
    # other wordings: "non-oil" and "oil", "non-food" and "food", and the whole of the plain kind
    assert (
        sums(
            "The chairman noted strong results. Non-oil exporters earned $2.9 billion, with oil "
            "exporters bringing in $1.6 billion in revenue."
        )
        == []
    )
    assert (
        sums(
            "The report noted a good year. Non-food retailers sold goods worth $4.4 billion, with "
            "food retailers bringing in $2.1 billion in sales."
        )
        == []
    )
    assert (
        sums(
            "The minister noted strong results. Oil exporters earned $2.9 billion, with non-oil "
            "exporters bringing in $1.6 billion in revenue."
        )
        == []
    )


def test_a_non_kind_whole_still_holds_parts_of_other_kinds() -> None:
    # near misses: manufacturers (of no oil) within non-oil exporters, and non-oil within non-oil
    assert sums(
        "The chairman noted strong results. Non-oil exporters earned $2.9 billion, with "
        "manufacturers bringing in $1.6 billion in revenue."
    ) == [("$2.9 billion", ["$1.6 billion"], False)]
    assert sums(
        "The chairman noted strong results. Non-oil exporters earned $2.9 billion, with non-oil "
        "manufacturers bringing in $1.6 billion in revenue."
    ) == [("$2.9 billion", ["$1.6 billion"], False)]


# --- draftwords: "share" qualifying a market's noun is stock (after the held batch) -----------


# Trading Room (Nairobi Securities Exchange, weekly review), 2021, sweep O's held batch: "The NSE
# 20 and the NSE25 share indices have gained up to 4.96% and 15.66% respectively" was asked for
# points (a separate commit after the held run, which reported it unchanged)
def test_share_indices_and_share_prices_are_stock(tmp_path: Path) -> None:
    text = "The NSE 25 share index has gained up to 3.81% in year to date performance."
    assert _kinds(text)["gained up to 3.81%"] == "growth"
    assert ("percent-points", Outcome.UNDETERMINED) not in outcomes(
        text, tmp_path, ("percent-points",)
    )
    # other wordings: "the all-share index", "share price"
    assert _kinds("The all-share index rose 1.2% on the day.")["rose 1.2%"] == "growth"
    assert _kinds("Its share price fell 3.4% in the week.")["fell 3.4%"] == "growth"


def test_a_share_of_index_funds_or_a_market_share_still_may_change_in_points() -> None:
    # near misses: "the share of index funds", "market share", "the share of sales abroad"
    assert _kinds("The share of index funds in assets rose 2.1% in the year.")["rose 2.1%"] == (
        "change"
    )
    assert _kinds("The bank said its market share rose 1.5% in the year.")["rose 1.5%"] == "change"
    assert _kinds("The share of sales abroad rose 2.2% in the year.")["rose 2.2%"] == "change"


# --- draftcurrency: a shilling's own sign in the article resolves its bare "Sh" (after held) ---


def _currencies(text: str) -> dict[str, str]:
    """The currencies the draft maps a shared sign or word to ("sh" to "KES")."""
    return dict(draft(text).shared.currencies)


# The Kenyan Post (Safaricom's half year to September 2019), sweep O's held batch: "Safaricom has
# announced a Sh35.7 billion net profit" beside "growing by Ksh.6.5 billion" and "Ksh757.36
# billion" was warned as a sign no country resolves (a separate commit after the held run)
def test_a_bare_sh_beside_the_articles_ksh_is_kenyan(tmp_path: Path) -> None:
    text = (
        "The operator has announced a Sh41.2 billion net profit for the half year, a 12.1 per "
        "cent growth. Revenue growth was driven by M-PESA, growing by Ksh.7.1 billion."
    )
    assert outcomes(text, tmp_path, ("coverage",)) == [("coverage", Outcome.PASS)]
    assert _currencies(text) == {"sh": "KES"}


def test_a_bare_sh_beside_a_tanzanian_sign_is_tanzanian() -> None:
    # another wording: the Tanzanian shilling's own sign, with a space before the amount
    text = "The bank reported a Sh98.4 billion profit, after TSh 12.5 billion in provisions."
    assert _currencies(text) == {"sh": "TZS"}


def test_a_bare_sh_stays_unresolved_with_no_sign_or_two(tmp_path: Path) -> None:
    # near misses: no shilling named at all, or two countries' signs
    for text in (
        "The company announced a Sh41.2 billion net profit, a 12.1 per cent growth.",
        "The group earned Sh41.2 billion, with TSh 7.1 billion from Dar es Salaam and USh 2.2 "
        "billion from Kampala.",
    ):
        assert ("coverage", Outcome.FAIL) in outcomes(text, tmp_path, ("coverage",))


# --- phraseends: a money scale glued before a slash (after the held batch) ---------------------


# InvestingPort (the WFE's 2023 highlights), sweep O's held batch: "amounting to $86.11m/IPO and
# $88.11m/IPO, respectively, in the Americas it almost doubled, reaching $126.41m/IPO" were left
# unread and warned (a separate commit after the held run)
def test_a_money_scale_before_a_slash_is_read(tmp_path: Path) -> None:
    text = "The average deal came to $64.2m/IPO in Asia and $71.9m/IPO in Europe in the year."
    read, left = _read_and_left(text)
    assert read[:2] == ["$64.2m", "$71.9m"] and not left
    assert outcomes(text, tmp_path, ("coverage",)) == [("coverage", Outcome.PASS)]
    # another wording: another currency and what it is per
    assert _read_and_left("Flats sold for RM1.2m/unit in Penang.")[0] == ["RM1.2m"]


def test_metres_per_second_and_a_glued_name_stay_unread() -> None:
    # near misses: no currency makes "m" a scale; letters with no slash stay a glued name
    assert _read_and_left("Gusts hit 30m/s on the coast.") == ([], ["30:unread"])
    assert _read_and_left("The firm sold 5G chips.")[0] == []
