"""The held-out sets (tests/heldout/, tests/heldout2/ ... tests/heldout25/): real articles in the
corpus's format (tests/_corpus.py), each set chosen and encoded by hand without looking at the
draft rules, from outlets, countries and topics the sets before it do not use (docs/corpus.md, one
section per set). The first seven were opened for tuning the draft in later sessions; the eighth
(tests/heldout8/) was the unseen measure through the tenth session, the ninth (tests/heldout9/)
from the tenth session on, the tenth (tests/heldout10/) from the eleventh, the eleventh
(tests/heldout11/) from the twelfth, the twelfth (tests/heldout12/) from the thirteenth, the
thirteenth (tests/heldout13/) from the fourteenth, the fourteenth (tests/heldout14/) from the
fifteenth; the fifteenth (tests/heldout15/), written in the sixteenth, was the unseen measure with
them until the eighteenth session opened it to audit its drafted relations (scripts/sets.OPENED);
no rule is tuned on it. The sixteenth (tests/heldout16/), written in the eighteenth session, was the
unseen measure with heldout8 ... heldout14 until the nineteenth session opened it likewise to audit
its one warning on a clean article and its drafted relations; no rule of recall is tuned on it.
The seventeenth (tests/heldout17/), written in the nineteenth session, was the unseen measure with
heldout8 ... heldout14 until the twentieth session opened it to read the relations the draft
misses, grouped by the structure that states them (scripts/sets.OPENED); readers of such
structures are tested on sentences of their own, never on its articles.
The nineteenth (tests/heldout19/), written in the twenty-first session, was the unseen measure
with heldout8 ... heldout14 until the twenty-third opened it to audit its drafted relations that
the hand files lack (scripts/sets.OPENED); no rule of recall is tuned on it. The twentieth
(tests/heldout20/), written in the twenty-third session, was the unseen measure with heldout8 ...
heldout14 until the twenty-fourth opened it (scripts/sets.OPENED) to audit its drafted relation
that the hand files lack and to read its misses by the words that state them; readers of such words
are tested on sentences of their own, never on its articles. The twenty-first (tests/heldout21/),
written in the twenty-fourth session, was the unseen measure with heldout8 ... heldout14 until the
twenty-fifth opened it (scripts/sets.OPENED) to audit its drafted relations that the hand files
lack and to read its misses likewise. The twenty-second (tests/heldout22/), written in the
twenty-fifth session, was the unseen measure until the twenty-seventh opened it (scripts/sets.OPENED)
to audit its 6 drafted relations that the hand files lack and to read its misses likewise. The
eighteenth (tests/heldout18/), written in the twentieth session, the twenty-third
(tests/heldout23/), written in the twenty-sixth, the twenty-fourth (tests/heldout24/), written in
the twenty-seventh, and the twenty-fifth (tests/heldout25/), written in the twenty-eighth, are the
unseen measure with heldout8 ... heldout14.

For every set: the hand-written claims files give exactly the expected findings; the draft-only
path (``check article.txt``) raises no false error and at most one warning on a clean article; and
it does not fall below the floors measured on main (``scripts/draft_vs_hand.py tests/<set>``).
Raise a floor when the draft gets better; never lower one to let a change land. A false finding
left to the owners of the code at fault is a strict expected failure (``false_by_hand`` or
``false_by_draft``: article -> why) until it is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from _corpus import (
    Article,
    articles,
    draft_keeps_its_floors,
    draft_raises_no_false_finding,
    draft_row,
    gives_exactly_its_expected_findings,
    is_mixed,
    known,
    listed_in_the_corpus_table,
)

TESTS = Path(__file__).parent


@dataclass(frozen=True)
class HeldOut:
    """One set: its folder, how many articles it holds (inconsistent, clean) and the draft's
    floors on it."""

    folder: str
    total: int
    inconsistent: int
    clean: int
    recalled: int  # of the hand files' relations, those the draft also drafts
    precise: int  # drafted relations that are in the hand files
    not_in_hand: int  # drafted relations that are not, at most
    whole: int = 0  # inconsistent articles whose every expected finding the draft finds
    found: int = 0  # expected findings the draft finds, all articles together
    warnings_on_clean: int | None = None  # unexpected warnings on the clean articles, at most
    false_by_hand: dict[str, str] = field(default_factory=dict)
    false_by_draft: dict[str, str] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return TESTS / self.folder


SETS = (
    # the first held-out set: its misses were built as general rules in the second session; the
    # extra relations are true ones the editors left out
    # 67, 67 of 71 with shares of a country's trade by partner ('of Saudi imports', 'of the total' after a ranked partner, a ranked member's '(7.5%)') (tenth session, equal10)
    # 71, 71 of 75 with a balance, a turnover, a sum or a part of a whole lifted through the
    # growths of its figures to the base period (eleventh session, text/draftlift.py; three true
    # lifted relations added to the hand files of tr-budget-2019-10 and am-budget-h1-2009)
    HeldOut("heldout", total=6, inconsistent=2, clean=0, recalled=71, precise=0, not_in_hand=4),
    # the second: unseen until the third session; no article's every finding drafted then; 75
    # with ranked lists whose names follow "are" ("The largest items of income are VAT (X), ...");
    # 76 of 76 in the tenth session with a growth rate that "accelerated from 4.3% to 20,3%" (its
    # order added to am-budget-h1-2020's hand file: the words state it)
    # 77, 77 of 79 in the tenth session with parts given with their shares of one turnover
    # (uz-trade-h1-2023, whose hand file now has it)
    # 78, 78 of 80 with shares of a country's trade by partner ('of Saudi imports', 'of the total' after a ranked partner, a ranked member's '(7.5%)') (tenth session, equal10)
    # 81, 81 of 83 with identities lifted through growths (eleventh session; two true ones added
    # to tr-budget-2018-09's hand file)
    HeldOut(
        "heldout2",
        total=8,
        inconsistent=3,
        clean=3,
        recalled=81,
        precise=81,
        not_in_hand=2,
        found=6,
        warnings_on_clean=0,
    ),
    # the third: opened for tuning in the fifth session (43, 43, 2 whole then); 44 with "half a
    # percent" a number, 48 with growths "in volume and in value" and percents "of the target for
    # the whole year", 49 with a yield as output over area. Its three extra relations are true
    # ones the hand files state through others (a year's plan not below two months' revenue; a
    # growth "declined to Sh122.9 billion in 2019 from Sh124 billion"; privatization revenue
    # within the revenue). 51 with one amount given twice under one name ("domestic debt cost
    # Rs. 7,997 billion" ... "domestic markup as Rs7.997 trillion"); 52, 52 in the tenth with the
    # two shares of a deficit given twice ("5.4 percent of the GDP").
    # 53, 53 in the tenth session with a month "on its own" within its flow's half (vn-trade)
    # 54, 54 of 57 with June within the half a year before, through its growth on June of last
    # year, not the one on May (eleventh session; the true lift added to vn-trade's hand file)
    # 56, 55 of 58 with "Tea fell harder, to Sh113.5 billion last year, from Sh138 billion"
    # (thirteenth session, orders: one drafted order recalls two hand orders of ke-exports)
    # 56 of 58 in the hand files when a drafted order of a growth's two figures is a part of the
    # hand's growth (eighteenth session, audit15: scripts/relation_forms.implied)
    HeldOut(
        "heldout3",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=57,  # 56 before dates27's times of their own (a conversion dated by words no
        precise=57,  # period writes keeps its counterparts, dated_by them)
        not_in_hand=2,
        whole=2,
    ),
    # the fourth: unseen at landing in the fifth session (15, 15, 3), opened for tuning in the
    # sixth; 25 after the CLDR's signs and the words of change, 70 after the sixth session's orders
    # after a figure, shares after a comparison, balances of two years, flows broken down by
    # source, lists of "the total", halves, roundings and "respectively" (docs/corpus.md); in
    # the eighth session my-trade-2020-02's hand file gave each growth the amount it is of
    # ("11.3 per cent to RM61.83 billion": `of`, as the other sets' hand files write it; main's
    # draft then 78 and 76 of 81), and "an 11.3 per cent expansion" read as a rise: 79, 78 of 83;
    # 81 of 83 in the hand files once the script's matcher counts a growth with no base that a hand
    # equation uses (ninth session: the measure changed, not the draft); 80, 82 of 84 with "was
    # N2.78tn and dropped to N2.47tn in the second half" (tenth session); 81, 84 of 86 with "a sharp
    # increase of 11.8 per cent" read as a growth and tied to its growth given again (tenth)
    # 82, 85 of 87 with a flow's half within the same flow's year (ng-deficit)
    # 83, 86 of 88 with the parts of a budget given with their shares of it (np-budget); 84, 87
    # of 89 with exports within the month's trade, its imports unread (my-trade)
    # 88, 91 of 93 with identities lifted through growths (eleventh session: my-trade's turnover,
    # balance and trade within its base month); 89, 92 of 94 with "X, or P percent below the Y
    # target" as X = Y (1 - P) (fourteenth session, ph-budget); 90, 93 of 95 and 9 of 19 findings
    # with one year's spending given twice with two scale words, "N10tn" and "N10bn" (ng-deficit)
    HeldOut(
        "heldout4",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=97,  # 92, 95 of 97 with "grew by a double-digit 11.6 per cent to X" (my-trade-2020-02:
        precise=101,  # its growth and the turnover lifted to February 2019; fifteenth, draftsigns;
        not_in_hand=1,  # 96 of 97 with a growth's order in the hand's growth: eighteenth, audit15;
        # 95, 99 of 100 in the twenty-fourth, "a G shortfall against the target of B", orders24;
        # 97 of 144, 101 of 102 with "trade with China" within the total trade and its lift, the
        # lift added to my-trade-2020-08's hand file, a hand omission: sums25)
        whole=2,
        found=9,
    ),
    # the fifth, the unseen measure: 3, 3 of 5 at landing in the sixth session; 16, 16 of 18 after
    # the grammar read the forms its author reported ("388.4m barrels", the press's signs, flows,
    # lists that name their currency once, nights); 22, 22 of 24 with every currency in use,
    # growths of counts and current values past words of rate; 24, 24 of 26 and 1 whole with a
    # total and its average a day or a year in one sentence (the sentence bank's structures); 27,
    # 27 of 29 with lists ranked in free words ("the largest ... came from A (X) and B (Y)"); 30,
    # 30 of 32 with a headline's figure given again in the body (three of its headlines);
    # at most one warning on its clean articles (measured in the seventh session); 33, 33 of 35
    # with a percent between "a" and a noun of change read as that change (eighth session); 34
    # recalled once the matcher read an equation "a@UGX > b@UGX" as the drafted order (ninth);
    # 37, 36 of 39 with rates and shares that moved (tenth session: "moderated to 7.1 percent ...
    # from 28.8 percent"; gh-banks' two shares that "declined to" and "increased from ... to",
    # added to its hand file); its third relation outside the hand files is in-kharif's "growing
    # to 32.45 mt ... from last season's 27.17 mt", true, drafted on the bare numbers the draft
    # leaves "mt" to the editor on, so it does not match the hand's order in million tonnes; 40,
    # 39 of 42 with a comparative completed after the figure ("a higher growth rate of 23.5
    # percent ..., compared to a growth of 18.0 percent"), a growth compared past the value it
    # reached and a period "between 2011 and last year" before "well above"; its fourth relation
    # outside the hand files is in-kharif's rice, "93.88 mt, a new record. The previous high was
    # 92.78 mt", true, on the bare numbers of "mt" as the coarse cereals' order; 42, 41 of 45 with
    # places "took the lead", "followed", "came in third" across sentences (sa-trade's imports);
    # 43, 42 of 46 with "this year's growth exceeds the 17.2% recorded in 2021" (gh-banks)
    # 46, 45 of 49 with shares of a country's trade by partner ('of Saudi imports', 'of the total' after a ranked partner, a ranked member's '(7.5%)') (tenth session, equal10)
    # 48, 47 of 51 with growths told again in a later sentence without their levels
    # ("imports grew faster than non-oil exports, 20 percent and 16.6 percent respectively":
    # sa-trade's two equals; fifteenth session, draftgrowthagain)
    HeldOut(
        "heldout5",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=55,  # 54 of 113, 52 of 55 with jo-tourism's overnight and one-day visitors (sums24);
        # 55 and 53 with za-tourism's "between 1994 and 2012, from A to B, of which" (sums24);
        # 56 and 54 with "grew faster than ..., P and Q respectively" (orders24)
        # 55 when a relation of one figure no longer recalls one of several, nor the reverse
        # (scripts/draft_vs_hand.same_relation, twenty-fifth session: cz-trade's bound
        # 'exports_growth >= 10 percent' was counted as recalled by a drafted equation of four)
        precise=54,  # 48 of 51 with a growth's order in the hand's growth (eighteenth, audit15)
        not_in_hand=3,
        whole=1,
        found=3,  # 3 of 8 with a base after a noun of change beside the current (fourteenth)
        warnings_on_clean=0,  # a named rise above 100 percent is a growth (ninth session)
    ),
    # the sixth, the unseen measure written in the seventh session (its author alone opens it; no
    # rule is tuned on it): measured on main d6e0c77 and as landed, 268d318 (the same figures);
    # 0 warnings on its clean articles (from 3) once fiscal years ("2018-19") and a headline's
    # closing year were read as periods (measured by this test, its files unopened). Opened for
    # tuning in the eighth session: 18 once a dash and "state-owned" no longer made a bank's
    # receipts a budget's part (the 19th was that false sum, counted against the hand's sum of
    # March), 24 with shares written before their parts ("63.7% ($2.97 billion) ... of overall
    # imports"), 27 of 123 once the grammar read the forms its author reported ("$.86 billion",
    # "Rwf53.3 billion", "Dh9.1 billion" where the article names Dubai, "an 11.43 increase",
    # "$170.8" after "$216.4 million from"), its hand file of kh-garments given the headline's
    # repeat as an equal relation, as its other headlines are; 35 with ranked lists whose
    # names follow "were" and whose members carry their shares ("the biggest buyers were Italy
    # (X), ..."; "Fiat ..., selling X (22 percent), followed by Volkswagen with Y (20.4 percent)");
    # no relation outside the hand files once percents in brackets after tonnes and after dollars
    # were no group (et-coffee); 36 with "increased to X ... compared with Y"; 44 in the ninth
    # session with a trade balance in each of two currencies (rs-trade; one more expected finding
    # found, the euro deficit's), 45 with a headline's
    # growth over the body's current value and base (kh-garments), 47 and one more expected
    # finding with a part "which makes P of total imports" and the coverage rate "measured in
    # euros" as the exports' share of the imports (rs-trade); 48 with 7672b01's level joined to
    # its percent by "or"; 50, 50 of 50 in the tenth with a headline's bound matched to the body
    # figure its number is cut short from ("over $327m") and the months a headline names; 52, 52
    # of 52 with the coverage rate's shares "down from" last year's (tenth session, orders)
    # 54, 54 of 124 with a month "on its own" within its flow's months (kh-garments) and "In
    # December alone" within the year (br-cars, whose hand file now has it)
    # 55, 55 with exports by kind given with their shares (rs-trade)
    # 56, 56 of 56 and 5 findings with rs-trade's deficit lifted through its flows' growths
    # (eleventh session); 57, 57 of 57 with br-cars' record compared with the total of 2010 in the
    # next sentence (thirteenth session, orders); 63, 63 of 63 with br-cars' brands' shares of
    # the year's 3.4 million units, the whole the article states before the ranked list
    # (fourteenth session, draftsharelist)
    HeldOut(
        "heldout6",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=70,  # 64, 64 of 64, 1 whole, 6 found with "the 233.3 per cent growth" (fourteenth)
        # 70 of 127, 70 of 70 with rs-trade's named buyers and suppliers within its dollar flows
        # (twenty-fourth session, sums24: a hand omission added to its hand file)
        precise=70,  # 68 of 68 with levels listed before their growths (hr-tourism) and "rose 2.9
        # percent to a record 3.4 million" (br-cars, whose hand file now has December 2010 within
        # 2010 on the growths' bases: fifteenth session, draftgrowthlisted and draftgrowth)
        not_in_hand=0,
        whole=1,
        found=6,
        warnings_on_clean=0,
    ),
    # the seventh, the unseen measure written in the eighth session (its author alone opens it; no
    # rule is tuned on it): measured once on main c3af35c, the ten articles committed before the
    # draft first ran on them. In the eighth session the draft's three false errors went (a
    # balance's flow taken from a figure of another thing in the flow's sentence, read from the
    # strict expected failures' passes: ma-trade-2011-07, nz-trade-2017-06) and with them three
    # of its 17 relations not in the hand files (the summary line; the files unopened). A second
    # reader (not the rules' authors) judged the 14 left by hand: 13 true (growths whose base the
    # hand files use inside equations; a headline equal the script's matcher missed), 1 wrong (a
    # headline's figure made a part of the same figure in the body, now left out whatever the
    # words). A growth set after its figure's clause added one relation in the hand files and one
    # out of them that the reader judged true (a two months' count and its growth). Opened for
    # tuning in the ninth session: 20 with a flow behind an aside ("Imports, for their part,
    # rose ...") and its balance a year before from "from A to B" (ma-trade); the script's matcher
    # then counted what the reader judged true: the growths the hand files use inside equations
    # and the headline's "Over $522m" (21 recalled, 34 of 34 drafted in the hand files);
    # 28 with parts "contributing P to the total" of a total sentences before (fj-tourism), a
    # figure "up in comparison to the Y ..., but down from 2015 (Z)" (gr-tourism, with b83b5dc's
    # reading of "the 2.98 billion": one more expected finding) and a headline's growth over the
    # body's current value and base (ma-trade): 29, 43 of 43; 30, 44 of 44 with a growth in the
    # lead and its flow's figures further on (tn-trade); 31, 45 of 45 with "or 5.1 percent of
    # exports" the share of the whole exports, not of a part's (nz-trade); 32, 46 of 46 with the
    # session's readings of its author's forms (main a3dcadd: 30, 44 of 44); 33, 47 of 47 in the
    # tenth with a headline's "to over 4.58 billion euros" (ro-trade)
    # 35, 49 of 49 with February's exports and imports within the two months' (ro-trade);
    # 37, 50 of 50 with a later place ranking the shares after it ("China was third with 5.7%,
    # ahead of France with 4.5% and Germany with 4.4%": one chain, two hand orders)
    # 38, 51 of 51 with earnings by country "contributing P percent to the total" (fj-tourism);
    # 41, 53 of 53 with "the US$44.3 million was realised" and "It stands at US$1.48/Kg" tied to
    # the figures before (mw-tobacco); 42, 54 of 54 in the eleventh with "dairy exports to China
    # was up 102 percent to reach NZ$373 million" a part of the month's exports (nz-trade)
    HeldOut(
        "heldout7",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=43,  # 43, 55 of 55 with an average price per kg after its value and volume
        precise=55,
        not_in_hand=0,
        whole=3,  # 2 and 3 with a base in a clause on "when" with a noun of its own (fourteenth);
        found=4,  # 3 and 4 with the average price of mw-tobacco (fourteenth)
        warnings_on_clean=0,  # a named rise above 100 percent is a growth (ninth session)
    ),
    # the eighth, the unseen measure written at the end of the eighth session (its author alone
    # opens it; no rule is tuned on it): eight articles committed (5c41d09) before the draft first
    # ran on them, measured once on that commit (main 35283aa's code). Its two warnings on a clean
    # article were `index-or-growth` on "an increase of 102%" and "an increase of 122%"
    # (uy-exports-2021-09), a strict expected failure until the ninth session's draft read a rise
    # above 100 percent whose words name the change as a growth (the set unopened: 0 warnings on
    # its 4 clean articles by the summary line). Raised at the ninth session's end from the summary
    # lines alone (`scripts/draft_vs_hand.py --summary tests/heldout8` on main 31518f7): 10 of 87
    # recalled, 13 of 21 drafted in the hand files under the fairer matcher of that session; 11 of
    # 87, 14 of 22 in the tenth with a headline's bound read as its number cut short (summary only);
    # 15 of 87, 18 of 26 in the thirteenth with the orders of orders13 (ranked lists in brackets,
    # moves with periods in brackets or of rates, "the figure rose to"; summary lines only)
    # 16 of 87, 19 of 27 with a comparison read by its structure (draftcompare; summary only);
    # 21 of 28 in the hand files when a drafted order of a growth's two figures is a part of the
    # hand's growth (eighteenth session, audit15; summary lines only)
    HeldOut(
        "heldout8",
        total=8,
        inconsistent=4,
        clean=4,
        recalled=19,  # 18 with "X versus Y i.e. a P% increase" (text/draft._noun, _EXPECTED),
        # 19 with "declined by P from the corresponding period – A versus B" (draftgrowth._DASH)
        precise=21,
        not_in_hand=7,
        whole=0,
        found=1,  # the summary's "expected findings the draft finds" line (tenth session): 1 of 7
        warnings_on_clean=0,
    ),
    # the ninth, the unseen measure written in the tenth session (its author alone opens it; no
    # rule is tuned on it): chosen and encoded by hand without reading the draft's code, tests or
    # docs/draft.md, and without running the draft on its articles. Its floors were set once from
    # the summary lines alone (`scripts/draft_vs_hand.py --summary tests/heldout9` on main 745bcef):
    # 17 of 141 recalled, 17 of 26 drafted in the hand files, 1 of 5 whole, 2 of 7 findings found
    # (at the session's start, 7d94e53: 16 of 141, 16 of 25, 1 of 5, 2 of 7); 19 of 141, 19 of
    # 28 with the tenth session's last order step (a growth against the one before it, a first
    # place before a clause of its own, a share in apposition), read from the summary lines alone;
    # 19 of 26 in the eleventh
    HeldOut(
        "heldout9",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=21,  # 21 and 21 with a country's name before "exported" or "imported" read as
        precise=21,  # its flow (sums25; by the totals alone: one sum recalled)
        not_in_hand=7,  # 19 of 26 in the eleventh session (two wrong relations guarded)
        whole=1,
        found=2,
        warnings_on_clean=0,
    ),
    # the tenth, the unseen measure written in the eleventh session (its author alone opens it; no
    # rule is tuned on it): chosen and encoded by hand without reading the draft's code, tests or
    # docs/draft.md, and without running the draft on its articles. Its floors were set once from
    # the summary lines alone (`scripts/draft_vs_hand.py --summary tests/heldout10` on main
    # 66b1476): 36 of 138 recalled, 35 of 37 drafted in the hand files, 0 of 5 whole, 0 of 10
    # findings found, 0 warnings on its 5 clean articles (at the session's start, 9ecb1a5: 35 of
    # 138, 34 of 38, and one false error, on sk-trade-2019-05, fixed by text/periodcontext.py; that
    # one article was opened to fix it); 41 of 138, 40 of 42 in the thirteenth with the orders of
    # orders13 (summary lines only)
    HeldOut(
        "heldout10",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=43,
        precise=42,
        not_in_hand=2,
        whole=0,
        found=0,
        warnings_on_clean=0,
    ),
    # the eleventh, the unseen measure written in the twelfth session (its author alone opens it;
    # no rule is tuned on it): chosen and encoded by hand without reading the draft's code, tests
    # or docs/draft.md, and without running the draft on its articles. Its floors were set once
    # from the summary lines alone (`scripts/draft_vs_hand.py --summary tests/heldout11` on main
    # 69ad1b9): 24 of 116 recalled, 33 of 38 drafted in the hand files, 0 of 5 whole, 2 of 9
    # findings found, 0 warnings on its 5 clean articles (at its first run, on cebaa58: 24 of 116,
    # 33 of 45, and four false errors in two articles); 37 of 42 drafted in the hand files in the
    # thirteenth with a comparison read by its structure (draftcompare; summary lines only); 28 of
    # 116 recalled, 41 of 46 in the fourteenth with ranked lists read by their structure (a
    # superlative of one with no "followed by", draftranked; summary lines only); 31 of 116, 44 of
    # 49 in the twentieth with an amount of change and its percent told one in brackets after the
    # other (changebracket; summary lines only)
    HeldOut(
        "heldout11",
        total=10,
        inconsistent=5,
        clean=5,
        # 30 and 43 (from 31 and 44) when a relation of one figure no longer matches one of
        # several (scripts/draft_vs_hand.same_relation, twenty-fifth session): a measure mended
        recalled=30,
        precise=43,
        not_in_hand=6,  # 5 before the same mend
        whole=0,
        found=2,
        warnings_on_clean=0,
        # the draft's four false errors at the first landing (ie-trade-2023-05: a figure with its
        # scale letter left out, a seasonally adjusted surplus of unadjusted flows;
        # jp-trade-fy2017: one partner's imports within another's) are fixed by text/scaleslip.py,
        # text/adjustedbasis.py and text/partnertopic.py; those two articles were opened to fix them
    ),
    # the twelfth, the unseen measure written in the thirteenth session (its author alone opens
    # it; no rule is tuned on it): chosen and encoded by hand without reading the draft's code,
    # tests or docs/draft.md, and without running the draft on its articles. Its floors were set
    # once from the summary lines alone (`scripts/draft_vs_hand.py --summary tests/heldout12` on
    # main 8dbe8d2, its first run): 40 of 123 recalled, 39 of 42 drafted in the hand files, 1 of 5
    # whole, 1 of 11 findings found, 0 warnings on its 5 clean articles, and one false error;
    # raised at the session's end (main b9d7008: 44 of 123, 43 of 46, by the comparison reader
    # text/draftcompare.py); one drafted relation not in the hand files fewer in the nineteenth
    # session (43 of 45: a sentence's first level that names its month with a verb gives the
    # context after it, text/periodcontext.py; summary lines only)
    HeldOut(
        "heldout12",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=44,
        precise=43,
        not_in_hand=2,
        whole=1,
        found=1,
        warnings_on_clean=0,
        # the draft's one false error at the second landing (py-exports-2024-h1: exports "of
        # manufactured goods" read as all exports, the participle after "of" taken for a verb) is
        # fixed by text/draftroles.py; that article was opened to fix it
    ),
    # the thirteenth, the unseen measure written in the fourteenth session (its author alone
    # opens it; no rule is tuned on it): ten articles from ten countries and ten outlets no set,
    # trial or helper had used, found in the search tool's stored news pages, chosen and encoded
    # by hand without reading the draft's code, tests, docs/draft.md or the sentence bank, and
    # without running the draft on its articles (only the hand files were checked, with `check
    # claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/draft_vs_hand.py --summary tests/heldout13` on main 5ef1b2f with the set, its
    # first run): 17 of 127 recalled, 17 of 24 drafted in the hand files, 0 of 5 whole, 2 of 12
    # findings found, no false error and 0 warnings on its 5 clean articles; raised at the
    # session's end (main 6e37a46: 23 of 127, 23 of 28, 3 of 12 findings; summary lines only)
    HeldOut(
        "heldout13",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=23,
        precise=23,
        not_in_hand=5,
        whole=0,
        found=3,
        warnings_on_clean=0,
    ),
    # the fourteenth, the unseen measure written in the fifteenth session (its author alone
    # opens it; no rule is tuned on it): ten articles from ten countries and ten outlets no set,
    # trial or helper had used, found in the search tool's stored news pages, chosen and encoded
    # by hand without reading the draft's code, tests, docs/draft.md or the sentence bank, and
    # without running the draft on its articles (only the hand files were checked, with `check
    # claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/draft_vs_hand.py --summary tests/heldout14` on main e4f47d0 with the set, its
    # first run): 11 of 73 recalled, 10 of 11 drafted in the hand files, 0 of 5 whole, 0 of 7
    # findings found, no false error and 0 warnings on its 5 clean articles
    HeldOut(
        "heldout14",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=11,
        precise=10,
        not_in_hand=1,
        whole=0,
        found=0,
        warnings_on_clean=0,
    ),
    # the fifteenth, the unseen measure written in the sixteenth session (its author alone opens
    # it; no rule is tuned on it): ten articles from ten countries and ten outlets no set, trial
    # or helper had used, found in the search tool's stored news pages, chosen and encoded by hand
    # without reading the draft's code, tests, docs/draft.md or the sentence bank, and without
    # running the draft on its articles (only the hand files were checked, with `check
    # claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/draft_vs_hand.py --summary tests/heldout15` on main 61f9b52 with the set, its
    # first run): 11 of 58 recalled, 13 of 30 drafted in the hand files, 2 of 5 whole, 2 of 6
    # findings found, no false error and 0 warnings on its 5 clean articles. Opened in the
    # eighteenth session (scripts/sets.OPENED) to judge its 17 drafted relations not in the hand
    # files (docs/corpus.md): none wrong, 11 hand omissions (growths to a current value whose base
    # is not printed, which its writer never writes), 6 matching misses; 19 of 30 once a drafted
    # growth is a part of the hand's change and a drafted order a part of the hand's growth; 15
    # of 58 in the twentieth with an amount of change and its percent one in brackets
    # (changebracket); 16 of 58, 20 of 31 in the twenty-first with parts after "That sum
    # includes" (draftincludes); 23 of 58, 26 of 37 in the twenty-fourth with a list's cue after
    # an aside of one percent and a colon list whose items name a source (sums24)
    HeldOut(
        "heldout15",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=24,  # 24 and 27 with mt-tourists' EU tourists within April's (draftorigin, sums24)
        precise=27,
        not_in_hand=11,
        whole=2,
        found=2,
        warnings_on_clean=0,
    ),
    # the sixteenth, the unseen measure written in the eighteenth session (its author alone opens
    # it; no rule is tuned on it): ten articles from ten countries and ten outlets no set had used,
    # found in the search tool's stored news pages, chosen and encoded by hand without reading the
    # draft's code, tests, docs/draft.md or the sentence bank, and without running the draft on its
    # articles (only the hand files were checked, with `check claims.toml`). Its floors were set
    # once from the summary lines alone (`scripts/draft_vs_hand.py --summary tests/heldout16` on
    # main 802dd33 with the set, its first run; the same on bb9657f and as landed, ac6a42e): 23 of 115 recalled, 24 of 31
    # drafted in the hand files, 0 of 5 whole, 0 of 7 findings found, no false error and 1 warning
    # on its 5 clean articles. Opened in the nineteenth session (scripts/sets.OPENED) to judge
    # that warning and its 7 drafted relations not in the hand files (docs/corpus.md): the
    # warning was false (a dollar printed with its country's two letters, "KY$", unread), and
    # once it is read: 24 of 115 recalled, 25 of 32 in the hand files, no warning on a clean
    # article; the 7 relations were all wrong: 6 a month's partner flows within a span's total,
    # and their lifts (text/periodcontext.py), 1 a growth of a number's last group printed after a
    # comma and a space ("7,831, 854 tons": text/draft.py, _guessed), so 25 of 25; 25 of 115, 26
    # of 26 in the twenty-first with "That is an increase of 214,711 persons or a 19.5% growth"
    # (draftthatchange; "persons" matched to the hand's bare count by draft_vs_hand); 28 of 115,
    # 29 of 29 in the twenty-fourth with "made up of" after an aside of one percent (sums24)
    HeldOut(
        "heldout16",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=41,  # 29 and 30 with lc-arrivals' "part of the total of 334" (sums24); 30 and
        # 31 with ky-visitors' "stayover arrivals and cruise passengers together" (sums24); 32
        # and 33 with leaders before "led ..., ahead of" (orders24); 34 of 117 and 35 with
        # si-trade's April imports within the four months and its lift, once "on April of last
        # year" is a base (sums25; the two lifts added to the hand file, a hand omission); 37 and
        # 40 with "Slovenia exported" read as its exports (sums25); 41 and 44 with the EU balance
        # "for a surplus of EUR 35 million with the bloc" (draftpartnerbalance, within28)
        precise=44,
        not_in_hand=0,
        whole=0,
        found=0,
        warnings_on_clean=0,
    ),
    # the seventeenth, the unseen measure written in the nineteenth session (its author alone
    # opens it; no rule is tuned on it): ten articles from ten countries and territories and ten
    # outlets no set had used, found in the search tool's stored news pages, chosen and encoded by
    # hand without reading the draft's code, tests, docs/draft.md or the sentence bank, and
    # without running the draft on its articles (only the hand files were checked, with `check
    # claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/sets_summary.py` on main 8286da2 with the set, its first run; held as landed,
    # 7e39af1): 15 of 96 recalled, 17 of 17 drafted in the hand files, 1 of 5 whole, 1 of 6
    # findings found, no false error and 0 warnings on its 5 clean articles; raised at the end of
    # the nineteenth session to 19 recalled and 21 of 21 in the hand files (the index floor of
    # sweep H and sweep G's index readings, seen by totals only). Opened in the twentieth session
    # (scripts/sets.OPENED) at those figures, to read its misses by structure (docs/corpus.md);
    # 20 of 96, 22 of 22 with an amount of change and its percent one in brackets (changebracket);
    # 23 of 96, 25 of 25 and 2 findings with a move's measure or span between its verb and "from"
    # (changedranges.APART); 24 of 96, 26 of 26 with "a 42-pc. increase" read (phrases); 28 of
    # 96, 30 of 30, 2 articles whole and 3 findings in the twenty-first with changes told in the
    # sentence after their level (draftthatchange: "That is a fall of D ..., or P", "they have
    # fallen by D (P)", "the fall came to P, or D", "a fall of D from the peak ..., when ... Y")
    HeldOut(
        "heldout17",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=39,  # 37, 39 of 39 in the twenty-fourth (orders24: superlatives, growths and
        # counts named again by "the"; readers of its words, tested on our own); 38, 40 of 40 in
        # the twenty-fifth with "the most ... since 1999, when Y tourists came" (draftsince); 39,
        # 41 of 41 in the twenty-seventh with "halve from Y to X" (draftmultiple._VERB_FROM)
        precise=41,
        not_in_hand=0,
        whole=3,
        found=4,  # pg-exports-2014's "halve from K1,052.3 million to K493.2 million" (0.469)
        warnings_on_clean=0,
    ),
    # the eighteenth, the unseen measure written in the twentieth session (its author alone opens
    # it; no rule is tuned on it): ten articles from ten countries and territories and ten outlets
    # no set had used, found in the search tool's stored news pages, chosen and encoded by hand
    # without reading the draft's code, tests, docs/draft.md or the sentence bank, and without
    # running the draft on its articles (only the hand files were checked, with `check
    # claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/sets_summary.py` on main e638e9c with the set, its first run): 16 of 115
    # recalled, 17 of 19 drafted in the hand files, 0 of 5 whole, 0 of 6 findings found, no false
    # error and 0 warnings on its 5 clean articles; 18 recalled and 19 in the hand files in the
    # twenty-fourth session with a count of visitors from one place within all of them
    # (draftorigin, sums24: seen by its totals only)
    HeldOut(
        "heldout18",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=19,  # 18 before dates27 (twenty-seventh session): a span of months with no year
        precise=21,  # is a time of its own, and a pair dated apart keeps its counterparts
        not_in_hand=2,
        whole=0,
        found=0,
        warnings_on_clean=0,
    ),
    # the nineteenth, the unseen measure written in the twenty-first session (opened in the
    # twenty-third to audit its drafted relations that the hand files lack; no rule of recall is
    # tuned on it): ten articles from ten countries and territories and ten outlets no set had
    # used (and no earlier trial, as far as docs/corpus.md names them), found in the search tool's
    # stored news pages, chosen and encoded by hand without reading the draft's code, and without
    # running the draft on its articles (only the hand files were checked, with `check
    # claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/sets_summary.py` on main 6c4bdfc with the set, its first run): 23 of 89 recalled,
    # 32 of 39 drafted in the hand files, 0 of 5 whole, 2 of 11 findings found, no false error and
    # 0 warnings on its 5 clean articles
    HeldOut(
        "heldout19",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=42,  # 23 at its first run; the balance of stated bases (draftlift), one;
        # 27 and 36 with dz-trade's main customers and suppliers within its flows (sums24); 30
        # and 39 with dz-trade's exports other than hydrocarbons and mo-visitors' overnight and
        # same-day visitors (sums24); 33 and 42 with "124,255 of them" after an aside (sums24);
        # 35 and 48 with mo-visitors' growths "when compared", "year-over-year" and ", at A, and
        # ..., at B, fell by P and Q respectively", and the two lifts they allow (sums25)
        # 41 and 54 with dates27's times of their own (dated_by, twenty-seventh session); 42
        # and 55 with "1.5 trillion Yemeni riyals" read (figures28, twenty-eighth session)
        precise=55,
        not_in_hand=4,  # 7 at its first run; the gaps after "by" (text/bygap.py) took three
        whole=1,  # dz-trade-2014-10 by that balance (twenty-third session, audit19)
        found=3,
        warnings_on_clean=0,
    ),
    # the twentieth, the unseen measure written in the twenty-third session (opened in the
    # twenty-fourth, scripts/sets.OPENED, to audit its one drafted relation the hand files lack and
    # to read its misses by the words that state them; readers are tested on sentences of their
    # own, never on its articles): ten articles from ten countries and territories and ten
    # outlets no set had used (and no earlier trial, as far as docs/corpus.md names them), found in
    # the search tool's stored news pages, chosen and encoded by hand without reading the draft's
    # code, and without running the draft on its articles (only the hand files were checked, with
    # `check claims.toml`). Its floors were set once from the summary lines alone
    # (`scripts/sets_summary.py` on main 45d984a with the set, its first run): 8 of 82 recalled,
    # 16 of 17 drafted in the hand files, 0 of 5 whole, 0 of 8 findings found, no false error and
    # 0 warnings on its 5 clean articles
    HeldOut(
        "heldout20",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=29,  # 8 at its first run; margins, ranked rises, nouns said again, "respectively";
        # 29 with a budget's recurrent and capital parts told after it (text/draftbudgetsplit)
        precise=36,  # 16 at its first run; a difference's order is a part of it (relation_forms)
        not_in_hand=0,
        whole=1,  # mr-fisheries-2016: the level after "after" is the base (text/afterbase.py)
        found=1,
        warnings_on_clean=0,
    ),
    # the twenty-first, the unseen measure written in the twenty-fourth session (opened in the
    # twenty-fifth, scripts/sets.OPENED, to audit its drafted relations the hand files lack and to
    # read its misses by the words that state them; readers are tested on sentences of their own,
    # never on its articles): ten articles from
    # ten countries and territories and ten outlets no set had used (and no earlier trial, as far
    # as docs/corpus.md names them), found in the search tool's stored news pages, chosen and
    # encoded by hand without reading the draft's code, and without running the draft on its
    # articles (only the hand files were checked, with `check claims.toml`). Its floors were set
    # once from the summary lines alone (`scripts/sets_summary.py --kinds heldout21` on main
    # f54fad2 with the set, its first run): 11 of 71 recalled, 11 of 17 drafted in the hand
    # files, 0 of 5 whole, 0 of 8 findings found, no false error and 0 warnings on its 5 clean
    # articles
    HeldOut(
        "heldout21",
        total=10,
        inconsistent=5,
        clean=5,
        # 12 of 71 when opened; 15 of 75 with the relations the audit added to the hand files
        # (a group of shares, a same whole, two growths' levels: the draft's were right)
        recalled=24,  # 18 with "X versus Y i.e. a P% increase" (text/draft._noun, _EXPECTED),
        # 19 with "declined by P from the corresponding period – A versus B" (draftgrowth._DASH)
        # 12 of 18 when opened; 16 with those, and a growth whose base the hand adds up of last
        # year's parts (scripts/relation_forms.terms); 17 with a count after a noun counted no
        # amount (text/draftbare); 21 with a count's own verb before ", a small decline from Y"
        # (draftupfrom.past_compound, twenty-seventh session: 20 on main before it); 22, 23 of 24
        # with a budget's recurrent and capital parts told after it (text/draftbudgetsplit); 23,
        # 24 of 25 with a budget given twice beside a comparison's base year (draftnamedtwice,
        # twenty-eighth session); 24, 25 of 26 with "62 trillion won" read where the article
        # names Korea, and "of the total T, leaving out A, B amounts to Y" all of T (figures28)
        precise=25,
        not_in_hand=1,
        whole=0,
        found=1,  # vi-arrivals-2012-11: the cruise passengers' growth (the dash pair)
        warnings_on_clean=0,
    ),
    # the twenty-second, the unseen measure written in the twenty-fifth session (heldout21 being
    # opened in it): ten articles from ten countries and territories and ten outlets no set had
    # used, found in the search tool's stored pages, chosen and encoded by hand without reading the
    # draft's code and without running the draft on its articles (only the hand files were checked).
    # Its floors were set once from the summary lines (`scripts/sets_summary.py --kinds heldout22`
    # on main e2444d9 with the set, its first run): 8 of 66 recalled, 9 of 15 drafted in the hand
    # files, 0 of 5 whole, 0 of 7 findings found, 1 false error and 9 warnings on its 5 clean
    # articles
    HeldOut(
        "heldout22",
        total=10,
        inconsistent=5,
        clean=5,
        # opened in the twenty-seventh session (scripts/sets.OPENED) at 9 of 66 recalled, 11 of 17
        # drafted in the hand files: five growths' levels the hand files left unlinked were
        # added to them (the draft's were right: 66 -> 72 hand relations, recall 9 -> 14)
        recalled=20,  # 8 -> 9 with the CFAfr sign read (below); 17 with "halving to X"
        # (draftmultiple) and "raise its ceiling from A to B", "from A today to B" (draftorder);
        # 20 with "a deficit budget of X" (draftroles) and "U.S.dollars" (reading/units)
        precise=22,
        not_in_hand=0,  # 6 at its first run; 8 once six retold sentences were reworded (no source
        # sentence kept), the texts measured from then on; 6 with draftthat's flow guard (below);
        # 0 with the audit's hand links and text/changenamed ("put the increase at X, a P rise")
        whole=0,
        found=0,
        warnings_on_clean=0,
        # the first run's two false findings were fixed in the same session, judged through
        # their reasons and the summary lines only (the set stays unseen): td-budget-2020's nine
        # coverage warnings (the CFA franc written "CFAfr1,326bn", the EIU's house style, now a
        # sign of both CFA francs in reading/units.py: 9 -> 0 warnings, recall 8 -> 9), and
        # yt-budget-2013's false order error ("This is down from an $81 million surplus last
        # year" drafted against the spending of the line before; draftthat now asks that the
        # sentence before name the flow the words around Y name: 1 -> 0 false errors)
    ),
    # the twenty-third, the unseen measure written in the twenty-sixth session: ten articles from
    # ten countries and territories no set had used, from ten outlets no set had used, found in the
    # search tool's stored pages, chosen and encoded by hand without reading the draft's code and
    # without running the draft on its articles (only the hand files were checked). Its floors
    # were set once from the summary lines (`scripts/sets_summary.py --kinds heldout23` on main
    # 6bd7a3a with the set, its first run): 17 of 99 recalled, 20 of 21 drafted in the hand files,
    # 0 of 5 whole, 3 of 12 findings found, 1 false error and 0 warnings on its 5 clean articles
    # dates27 (twenty-seventh session): gq-budget-2014's false conversions error is mended by its
    # reason, through the summary lines only: a pair dated by words no period writes ("For the
    # fiscal year 2014, ...") is dated_by them and shares no rate with a dated pair
    # (text/unreadperiods.py), the strict xfail removed; with the times of their own (a span of
    # months, a pair dated apart or left open keeps its counterparts, dated_by its words): recall
    # 17 -> 27, drafted in the hand files 20 -> 32, whole 0 -> 1, findings 3 -> 6, false errors 1 -> 0
    HeldOut(
        "heldout23",
        total=10,
        inconsistent=5,
        clean=5,
        # opened in the twenty-eighth session (open23): gq-budget-2014's drafted growth of the
        # running costs was right, its level linked in the hand file (99 -> 100 hand relations,
        # not in hand 1 -> 0); 33 with "CFP" and "French Pacific Francs" read (reading/units);
        # 39 and 44 with its table ranked "1st Netherlands: ..." (draftordinalrows, within28); 40
        # and 45 with "the most ... (958,027, 21.8% of the total), ahead of" (draftranked, within28)
        recalled=40,
        precise=45,
        not_in_hand=0,
        whole=1,
        found=6,
        warnings_on_clean=0,
    ),
    # the twenty-fourth, the unseen measure written in the twenty-seventh session as the
    # twenty-third was: ten articles from ten countries and territories no set had used, from ten
    # outlets no set had used. Its floors were set once from the summary lines
    # (`scripts/sets_summary.py --kinds heldout24` on main bdc47f8 with the set, its first run):
    # 12 of 82 recalled, 16 of 29 drafted in the hand files, 0 of 5 whole, 1 of 9 findings found,
    # 1 false error and 0 warnings on its 5 clean articles
    HeldOut(
        "heldout24",
        total=10,
        inconsistent=5,
        clean=5,
        # 14 of 82, 18 of 30 with a share's whole stated past a comma and a holder's possessive
        # ("A, or P%, of the state's total W": draftshares._OF_FIGURE, roles28), its false error
        # gone (the whole was the sentence before's rise)
        recalled=14,  # 13 of 82, 17 of 30 with draftupfrom.past_compound (orders27)
        precise=18,
        not_in_hand=12,
        whole=0,
        found=1,
        warnings_on_clean=0,
    ),
    # the twenty-fifth, the unseen measure written in the twenty-eighth session as the
    # twenty-fourth was: ten articles from ten countries and territories no set had used, from
    # ten outlets no set had used. Its floors were set once from the summary lines
    # (`scripts/sets_summary.py --kinds heldout25` on main 85dbe83 with the set, its first run):
    # 9 of 61 recalled, 9 of 25 drafted in the hand files, 0 of 5 whole, 1 of 7 findings found,
    # 2 false errors and 0 warnings on its 5 clean articles
    HeldOut(
        "heldout25",
        total=10,
        inconsistent=5,
        clean=5,
        recalled=9,
        precise=9,
        not_in_hand=15,  # 16 at its first run; 15 after the lead's draftyield change
        whole=0,
        found=1,
        warnings_on_clean=0,
        false_by_draft={
            "gb-wls-trade-2022-09": "a false sum error: the rises of a flow by origin (a "
            "flow 'grew from both A, by X, and B, by Y') are drafted as the parts of the flow's "
            "level named before them, not of its rise, which they make; the hand file adds them "
            "up to the rise, where it holds",
        },
    ),
)
BY_FOLDER = {s.folder: s for s in SETS}


@cache
def names(folder: str) -> list[str]:
    return articles(BY_FOLDER[folder].root)


@cache
def rows(folder: str) -> tuple[Article, ...]:
    return tuple(draft_row(BY_FOLDER[folder].root / name) for name in names(folder))


def cases(false: str) -> list[object]:
    """Every article of every set, with each known false finding a strict expected failure."""
    out: list[object] = []
    for s in SETS:
        for case in known(names(s.folder), getattr(s, false)):
            if isinstance(case, str):
                out.append(pytest.param(s.folder, case, id=f"{s.folder}/{case}"))
            else:  # a pytest.param of the article, with its mark
                (name,) = case.values  # type: ignore[attr-defined]
                marks = case.marks  # type: ignore[attr-defined]
                out.append(pytest.param(s.folder, name, marks=marks, id=f"{s.folder}/{name}"))
    return out


@pytest.mark.parametrize("folder", list(BY_FOLDER))
def test_the_set_is_mixed(folder: str) -> None:
    s = BY_FOLDER[folder]
    is_mixed(s.root, names(folder), total=s.total, inconsistent=s.inconsistent, clean=s.clean)


@pytest.mark.parametrize(("folder", "name"), cases("false_by_hand"))
def test_hand_file_gives_exactly_its_expected_findings(folder: str, name: str) -> None:
    gives_exactly_its_expected_findings(BY_FOLDER[folder].root / name)


@pytest.mark.parametrize(("folder", "name"), cases("false_by_draft"))
def test_draft_only_path_raises_no_false_finding(folder: str, name: str) -> None:
    draft_raises_no_false_finding(BY_FOLDER[folder].root / name)


@pytest.mark.parametrize("folder", list(BY_FOLDER))
def test_draft_keeps_its_floors(folder: str) -> None:
    s = BY_FOLDER[folder]
    found = rows(folder)
    draft_keeps_its_floors(
        found, recalled=s.recalled, precise=s.precise, not_in_hand=s.not_in_hand, whole=s.whole
    )
    assert sum(r.found for r in found) >= s.found, {r.name: r.found for r in found}
    if s.warnings_on_clean is not None:
        warnings = [w for r in found if r.consistent for w in r.warnings]
        assert len(warnings) <= s.warnings_on_clean, warnings


@pytest.mark.parametrize("folder", list(BY_FOLDER))
def test_every_article_of_the_set_is_in_the_corpus_table(folder: str) -> None:
    listed_in_the_corpus_table(names(folder))
