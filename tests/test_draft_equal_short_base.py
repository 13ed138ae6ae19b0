"""A figure told twice has one growth on the year before and another on the month before: the two
growths are not tied as equal when one sentence compares "m-o-m" (or "q-o-q", "w-o-w"), as
``draftequal._SHORT_BASE`` already kept "m/m" and "month-on-month" apart. Sweep J's held batch: a
wire's headline "71.8m tonnes in September, up 5.3% y-o-y" and its body "71.8m tonnes in
September, down 3.7% m-o-m" (DSE Commodities, 20 October 2017) gave a false error."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def equal_growths(text: str) -> list[set[str]]:
    """The values of the growths each drafted ``equal`` ties."""
    found = draft(text)
    values = {c.id: c.value for c in found.claims if c.kind == "growth"}
    tied = [r.fields["claims"] for r in found.relations if r.kind == "equal"]
    return [{str(values[c]) for c in t} for t in tied if isinstance(t, list) and t[0] in values]


@pytest.mark.parametrize("short", ["m-o-m", "q-o-q", "M-O-M", "m/m", "month-on-month"])
def test_a_growth_on_the_month_before_is_not_the_yearly_one_told_again(short: str) -> None:
    text = (
        "Steel output reached 71.8m tonnes in September, up 5.3% y-o-y\n\n"
        f"The mills made 71.8m tonnes of steel in September, down 3.7% {short} but still "
        "5.3% higher y-o-y."
    )
    assert all("down 3.7%" not in values for values in equal_growths(text))


def test_the_same_yearly_growth_told_twice_is_still_tied() -> None:
    text = (
        "Steel output reached 71.8m tonnes in September, up 5.3% y-o-y\n\n"
        "The mills made 71.8m tonnes of steel in September, up 5.3% y-o-y."
    )
    assert {"up 5.3%"} in equal_growths(text)
