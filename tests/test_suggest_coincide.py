"""A total and two parts whose figures agree to their printed precision, offered as a suggestion
where no words state the sum (:mod:`aktobe_facts.text.suggestcoincide`), never drafted; each guard
named by its reason. Every sentence here is written for these tests."""

from __future__ import annotations

from itertools import permutations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _offered import drafted_sums
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.text import suggestcoincide
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.suggestcoincide import Level, agreeing, chance, tried

BALANCES = (
    "Interest payments came to 60.4 billion rupees in 2031. The budget ran a deficit of 56.7 "
    "billion rupees, while the primary balance showed a surplus of 3.7 billion rupees."
)


def coincidences(text: str) -> list[tuple[str, list[str]]]:
    """The sums the family offers for ``text``, by their figures."""
    found = draft(text)
    ours = {s.relation.id for s in found.suggested if "to their printed precision" in s.why}
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(s.relation.fields["total"])], [values[p] for p in s.relation.fields["parts"]])  # type: ignore[union-attr]
        for s in found.suggested
        if s.relation.id in ours
    ]


def test_figures_that_add_up_are_offered_never_drafted() -> None:
    assert coincidences(BALANCES) == [
        ("60.4 billion rupees", ["56.7 billion rupees", "3.7 billion rupees"])
    ]
    assert "60.4 billion rupees" not in drafted_sums(BALANCES)


def test_the_reason_shows_the_arithmetic_and_says_no_words_state_it() -> None:
    found = draft(BALANCES)
    (why,) = [s.why for s in found.suggested if "printed precision" in s.why]
    assert "60.3 billion to 60.5 billion against 60.35 billion to 60.45 billion" in why
    assert "the words do not state this sum" in why


def test_an_offer_is_an_exhaustive_sum() -> None:
    found = draft(BALANCES)
    (offer,) = [s for s in found.suggested if "printed precision" in s.why]
    assert offer.relation.kind == "sum" and offer.relation.fields["exhaustive"] is True


def test_a_deficit_and_revenue_make_spending(monkeypatch: pytest.MonkeyPatch) -> None:
    # no guard refuses it (the draft's balance rule drafts it as a difference)
    text = (
        "Spending came to 45.8 billion rupees in 2031. The budget showed a deficit of 4.1 "
        "billion rupees. Revenue of the central government reached 41.7 billion rupees."
    )
    assert _refusals(text, monkeypatch) == [None]


def test_figures_that_miss_are_not_offered() -> None:
    assert coincidences(BALANCES.replace("3.7 billion", "3.9 billion")) == []


def test_an_agreement_too_likely_by_chance_is_not_offered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 0.1 + 0.1 + 0.1 billion of rounding over 60.4 billion, one sum tried: 0.005
    monkeypatch.setattr(suggestcoincide, "THRESHOLD", 0.004)
    assert coincidences(BALANCES) == []
    monkeypatch.setattr(suggestcoincide, "THRESHOLD", 0.005)
    assert len(coincidences(BALANCES)) == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a part below the total's rounding: any such part fits
        (
            "The port handled 3.7 million passengers in 2031. Ferries carried 3.68 million "
            "passengers and 25 passengers came by seaplane.",
            "below-step",
        ),
        # a plan's figure beside actual ones
        (
            "The plan set spending at 80.5 million dollars for the year. Revenue reached 60.2 "
            "million dollars and the deficit 20.3 million dollars.",
            "plan",
        ),
        # an earlier total of a current part and an earlier one
        (
            "Revenue came to 81.1 million dollars in the first half. Spending reached 90.4 "
            "million dollars, up from 85.2 million dollars, and the deficit narrowed from "
            "4.1 million dollars.",
            "earlier",
        ),
        # a rate is no level of its period
        (
            "Shipments ran at an annual rate of 12.5 million tonnes. Grain shipments reached 8.2 "
            "million tonnes and coal shipments 4.3 million tonnes.",
            "rate",
        ),
        # a deficit and revenue make spending, never revenue
        (
            "Revenues other than customs duties totalled 45.8 billion rupees in 2031. The budget "
            "ran a deficit of 4.1 billion rupees, and customs revenue came to 41.7 billion rupees.",
            "balance",
        ),
        # a surplus and revenue make no spending
        (
            "Spending came to 45.8 billion rupees in 2031. The budget showed a surplus of 4.1 "
            "billion rupees. Revenue of the central government reached 41.7 billion rupees in "
            "the first half.",
            "balance",
        ),
        # the ends of one change and a third figure that happens to fit
        (
            "Short-term debt fell from a total of 8.1 billion dollars to 1.8 billion dollars. "
            "The deficit reached 6.3 billion dollars.",
            "ends",
        ),
    ],
)
def test_guards(text: str, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert coincidences(text) == []
    # the agreement is there, and the guard named refuses it
    assert reason in _refusals(text, monkeypatch)


def _refusals(text: str, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The reasons the family's guard gives against each agreeing sum of ``text``'s draft."""
    seen: list[str | None] = []
    real = suggestcoincide.refusal

    def spy(article: Article, total: Level, a: Level, b: Level) -> str | None:
        seen.append(real(article, total, a, b))
        return seen[-1]

    with monkeypatch.context() as patched:
        patched.setattr(suggestcoincide, "refusal", spy)
        draft(text)
    return seen


def test_the_same_sum_of_claims_read_twice_is_offered_once() -> None:
    text = (
        "Exports rose to 74.45 billion ringgit in 2031 and imports to 61.83 billion ringgit. "
        "Imports, at 61.83 billion ringgit, left a surplus of 12.62 billion ringgit."
    )
    assert len([s for s in coincidences(text) if s[0] == "74.45 billion ringgit"]) == 1


class _Undated:
    """A figure that names no period (all that agreeing and tried read of it)."""

    period = None


def _level(lo: int, hi: int) -> Level:
    return Level(_Undated(), Interval(Fraction(lo), Fraction(hi)))  # type: ignore[arg-type]


def test_the_chance_is_the_widths_over_the_total() -> None:
    total, a, b = _level(99, 101), _level(59, 61), _level(39, 41)
    assert chance(total, a, b) == 0.06


@given(
    st.lists(st.tuples(st.integers(1, 200), st.integers(0, 6)), min_size=3, max_size=8, unique=True)
)
def test_agreeing_finds_every_sum_whose_intervals_meet(ends: list[tuple[int, int]]) -> None:
    group = [_level(lo, lo + w) for lo, w in ends]
    found = {(id(t), frozenset([id(a), id(b)])) for t, a, b in agreeing(group)}
    brute = {
        (id(t), frozenset([id(a), id(b)]))
        for t, a, b in permutations(group, 3)
        if a.hi < t.hi and b.hi < t.hi and a.lo + b.lo <= t.hi and a.hi + b.hi >= t.lo
    }
    assert found == brute
    below = [sum(1 for x in group if x is not t and x.hi < t.hi) for t in group]
    assert tried(group) == sum(k * (k - 1) // 2 for k in below)
