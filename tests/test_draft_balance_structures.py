"""Trade balances read by the structure of the words the South Asian and African press uses
(fifteenth session): the flows named by their value ("export earnings", "the import bill"), a flow
with "up" or "down" right after it, a span of months after "from", "the gap between imports and
exports", "trade loss", a partner that a contrasted clause leaves unsaid, and the guards each
needs: a change set off by its percent ("$4.2 billion, or 37%, higher than") is no level, a flow
of the same period is no earlier figure, and flows naming no month after an aside on another
month get no balance. Every sentence is written for these tests; each has a near miss."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from test_draft_balances import Drafted, drafted, gap


def gaps(text: str) -> list[Drafted]:
    return drafted(text, ("difference",))


def test_flows_named_by_their_value() -> None:
    # "export earnings", "export receipts" and "the import bill", "spending on imports" are the
    # flows' values: the balance is their difference (before, "receipts" read as a budget's)
    text = (
        "Ruritania's trade deficit came to $412.6 million in May 2031. Export receipts amounted "
        "to $188.3 million in May 2031, while the import bill reached $600.9 million in May 2031."
    )
    assert gaps(text) == [gap("$412.6 million", "$600.9 million", "$188.3 million")]
    other = (
        "The trade gap narrowed to 701 million dollars in March 2031. Export earnings grew 4% to "
        "1,020 million dollars, and spending on imports fell 3% to 1,721 million dollars."
    )
    assert gaps(other) == [
        gap("701 million dollars", "1,721 million dollars", "1,020 million dollars")
    ]
    # near miss: tax receipts are the budget's revenue, never the exports
    budget = text.replace("Export receipts", "Tax receipts")
    assert gaps(budget) == []


def test_a_flow_with_up_or_down_right_after_it() -> None:
    # "with exports down 2 percent to X and imports up 9 percent to Y": each flow's level
    text = (
        "In August 2031, the trade deficit grew 12 percent to $2.4 billion, with exports down 2 "
        "percent to $1.7 billion and imports up 9 percent to $4.1 billion."
    )
    assert gaps(text) == [gap("$2.4 billion", "$4.1 billion", "$1.7 billion")]
    # near miss: "export duties up" is another subject, never the exports
    other = text.replace("with exports down", "with export duties down")
    assert gaps(other) == []


def test_a_span_of_months_after_from_is_no_partner() -> None:
    text = (
        "Borduria's trade deficit widened to 3.15 billion dollars in the first four months. "
        "Imports from January to April rose to 5.62 billion dollars, and exports grew to 2.47 "
        "billion dollars."
    )
    assert gaps(text) == [
        gap("3.15 billion dollars", "5.62 billion dollars", "2.47 billion dollars")
    ]
    # near miss: imports from a partner are that trade's, never the country's whole
    partner = text.replace("Imports from January to April", "Imports from Latveria")
    assert gaps(partner) == []


def test_the_gap_between_imports_and_exports_is_the_deficit() -> None:
    text = (
        "The gap between imports and exports reached $7.9 billion in the first half of 2031. "
        "Imports grew to $12.2 billion in the first half of 2031 and exports to $4.3 billion in "
        "the first half of 2031."
    )
    assert gaps(text) == [gap("$7.9 billion", "$12.2 billion", "$4.3 billion")]
    # near miss (a false error at first contact): the gap is never the exports it names, and a
    # change of the deficit is no deficit
    change = (
        "The gap between imports and exports reached $15.1 billion in July-October 2031. The "
        "deficit was $3.6 billion, or 31%, higher than a year earlier. Imports grew to $27.4 "
        "billion in July-October 2031."
    )
    assert gaps(change) == []


def test_a_change_set_off_by_its_percent_is_no_level() -> None:
    # ", or 31%, higher than": the comparison is the figure's too, so it is the change
    text = (
        "The trade deficit was $3.6 billion, or 31%, higher than a year earlier. Imports came to "
        "$9.9 billion and exports to $6.3 billion."
    )
    assert gaps(text) == []
    # near miss: a percent of GDP set off by commas leaves the figure a level
    level = text.replace("or 31%, higher than a year earlier", "or 2.1% of GDP, in 2031")
    assert gaps(level) == [gap("$3.6 billion", "$9.9 billion", "$6.3 billion")]


def test_a_trade_loss_is_a_deficit_and_a_partner_may_be_left_unsaid() -> None:
    # "trade loss" is the deficit; "Imports from Ruritania came to A, while exports were B":
    # the exports set against Ruritania's imports are Ruritania's too
    text = (
        "Erewhon ran a trade loss of Rs 1,210 billion in the first ten months. Exports were only "
        "Rs 142 billion in the first ten months, while imports came to Rs 1,352 billion in the "
        "first ten months.\n\n"
        "With Ruritania alone, Erewhon's trade loss was Rs 702 billion. Imports from Ruritania "
        "came to Rs 790 billion, while exports were Rs 88 billion."
    )
    found = gaps(text)
    assert gap("Rs 1,210 billion", "Rs 1,352 billion", "Rs 142 billion") in found
    assert gap("Rs 702 billion", "Rs 790 billion", "Rs 88 billion") in found
    assert len(found) == 2
    # near miss: exports said in a sentence of their own are no partner's: never Ruritania's
    # balance with them
    apart = text.replace(
        "came to Rs 790 billion, while exports were", "came to Rs 790 billion. Exports were"
    )
    assert gap("Rs 702 billion", "Rs 790 billion", "Rs 88 billion") not in gaps(apart)


def test_a_flow_of_the_same_period_is_no_earlier_figure() -> None:
    # "exports of X in the same period" with nothing after it is the period named before
    text = (
        "Erewhon's trade deficit was Rs 905 billion in the first eight months of the fiscal year. "
        "Figures showed exports of Rs 118 billion in the same period, while imports came to "
        "Rs 1,023 billion."
    )
    assert gaps(text) == [gap("Rs 905 billion", "Rs 1,023 billion", "Rs 118 billion")]
    # near miss: "in the same period last year" is the comparison's earlier figure
    earlier = text.replace("in the same period,", "in the same period last year,")
    assert gaps(earlier) == []


def test_a_record_span_is_no_comparison() -> None:
    # "a more than five-year high of X": the balance's level, its "than" compares no figure
    text = (
        "Ruritania's trade deficit widened to a more than five-year high of $14.1 billion in "
        "October 2031. Exports in October 2031 rose to $21.3 billion, while imports rose to $35.4 "
        "billion in October 2031."
    )
    assert gaps(text) == [gap("$14.1 billion", "$35.4 billion", "$21.3 billion")]
    # near miss: "higher than the $12.9 billion" between the noun and the figure compares it with
    # another figure: no level
    other = text.replace(
        "widened to a more than five-year high of $14.1 billion",
        "was higher than the $12.9 billion of September at $14.1 billion",
    )
    assert gap("$14.1 billion", "$35.4 billion", "$21.3 billion") not in gaps(other)


def test_flows_after_an_aside_on_another_month_get_no_balance() -> None:
    # the lead gives October's deficit, a sentence turns to September, and the flows of the next
    # paragraph name no month: October's or September's, the words do not say (a false error at
    # first contact joined September's deficit with October's flows)
    text = (
        "Ruritania's trade deficit widened to a more than five-year high of $14.1 billion in "
        "October. Oil imports surged 41 percent to $9.2 billion. In September, the trade deficit "
        "stood at $12.6 billion.\n\n"
        "Merchandise exports in the month rose to $21.3 billion, while imports rose 22 percent "
        "to $35.4 billion."
    )
    assert gap("$12.6 billion", "$35.4 billion", "$21.3 billion") not in gaps(text)
    # near miss: flows that name September themselves are September's
    own = text.replace("Merchandise exports in the month", "Merchandise exports in September")
    assert gap("$12.6 billion", "$35.4 billion", "$21.3 billion") in gaps(own)


@given(
    st.integers(min_value=101, max_value=999),
    st.integers(min_value=11, max_value=99),
    st.sampled_from(["Export receipts", "Export earnings", "Earnings from exports"]),
)
def test_any_balance_of_flows_named_by_value(imports: int, exports: int, noun: str) -> None:
    balance = imports - exports
    text = (
        f"Ruritania's trade deficit came to ${balance} million in May 2031. {noun} amounted to "
        f"${exports} million in May 2031, while the import bill reached ${imports} million in "
        "May 2031."
    )
    assert gaps(text) == [gap(f"${balance} million", f"${imports} million", f"${exports} million")]
