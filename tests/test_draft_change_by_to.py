"""After a verb of change in the past and "by", "A to B" printed with its unit on both figures is
the size of the change and the level it reached, never one range of the change
(:func:`aktobe_facts.text.changedranges.changed_by`); estimates and a unit printed once stay ranges."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def values(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims]


@pytest.mark.parametrize(
    ("sentence", "change", "level"),
    [
        ("Tourist receipts rose by US$7.9 million to US$55.4 million in 2030.", "rose by US$7.9 million", "US$55.4 million"),
        ("The price of copper fell by $40 to $9,120 a tonne in May.", "fell by $40", "$9,120"),
        ("Wheat exports decreased by 12,000 tonnes to 310,000 tonnes last year.", "decreased by 12,000 tonnes", "310,000 tonnes"),
        ("Deposits grew by 1.2 billion euros to 48.6 billion euros in June.", "grew by 1.2 billion euros", "48.6 billion euros"),
        ("Fee income increased $0.9 million to $11.6 million in 2030.", "increased $0.9 million", "$11.6 million"),
        # "up" and "down" told of a level (twenty-seventh session, open22: heldout22's
        # "accounted for 75% of the total ..., up by £338 million to £4.7 billion")
        ("Copper made up 60% of total exports, up by $212 million to $3.1 billion.", "up by $212 million", "$3.1 billion"),
        ("Copper exports, up $212 million to $3.1 billion, led the rise.", "up $212 million", "$3.1 billion"),
        ("Copper exports were down $2 million to $9 million in 2030.", "down $2 million", "$9 million"),
    ],
)  # fmt: skip
def test_the_change_and_the_level_it_reached_are_two_figures(
    sentence: str, change: str, level: str
) -> None:
    found = values(sentence)
    assert change in found and level in found
    assert not [v for v in found if " to " in v]


@pytest.mark.parametrize(
    ("sentence", "ranged"),
    [
        ("Exports are expected to grow by 5 to 6 percent in 2031.", "grow by 5 to 6 percent"),
        ("Imports increased by 20 to 25 percent in May, the office estimated.", "increased by 20 to 25 percent"),
        ("Coal output fell by 4,000 to 120,000 tonnes in 2030.", "fell by 4,000 to 120,000 tonnes"),
        ("Output will rise by $2 million to $3 million next year.", "rise by $2 million to $3 million"),
        ("Spending on roads is expected to be reduced by $5 million to $6 million next year.", "reduced by $5 million to $6 million"),
        ("Fees will be cut by $2 million to $3 million, the minister said.", "cut by $2 million to $3 million"),
        ("The damage was estimated $5 million to $6 million.", "estimated $5 million to $6 million"),
        ("Fee income is expected to have increased $0.9 million to $1.6 million.", "increased $0.9 million to $1.6 million"),
        ("Copper exports are expected to be up by $2 million to $3 million.", "up by $2 million to $3 million"),
        ("Prices were up by 4,000 to 120,000 tonnes.", "up by 4,000 to 120,000 tonnes"),
        ("Wages were up 3 to 5 percent.", "up 3 to 5 percent"),
    ],
)  # fmt: skip
def test_estimates_and_a_unit_printed_once_stay_one_range(sentence: str, ranged: str) -> None:
    assert ranged in values(sentence)
