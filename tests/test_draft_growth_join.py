"""A growth with no figures of its own joined to the current value and base of the next sentence
by the subject noun both name (:mod:`aktobe_facts.text.draftgrowthjoin`), keyed to no role. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

_LEAD = "Mill news\n\nThe co-operative said its wool sales for the season slumped 25 percent."
_BODY = (
    "The co-operative booked 30.2 million lari in wool sales, against 40.3 million lari in 2029."
)


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_a_growth_in_the_lead_and_its_figures_in_the_next_paragraph() -> None:
    assert growths(f"{_LEAD}\n\n{_BODY}") == [
        {
            "growth": "slumped 25 percent",
            "current": "30.2 million lari",
            "base": "40.3 million lari",
        }
    ]


def test_a_date_line_before_the_lead_is_no_paragraph_of_it() -> None:
    text = _LEAD.replace("\n\n", "\n\nMarch 3, 2030\n\n") + "\n\n" + _BODY
    assert growths(text) == growths(f"{_LEAD}\n\n{_BODY}") != []


def test_a_growth_and_its_figures_in_one_paragraph_with_up_and_from() -> None:
    text = (
        "Harbour report\n\nThe harbour gave its figures on Monday. Its cargo was up 10 percent "
        "in the year. The harbour handled 2.2 million tonnes of cargo, up from 2 million tonnes "
        "the year before."
    )
    assert growths(text) == [
        {"growth": "up 10 percent", "current": "2.2 million tonnes", "base": "2 million tonnes"}
    ]


def test_near_misses_draft_nothing() -> None:
    # another subject noun; another paragraph than the lead's next; the growth's own figure
    other = _BODY.replace("wool sales", "cotton bales")
    far = "Mill news\n\nThe board met.\n\n" + _LEAD.split("\n\n")[1] + "\n\n" + _BODY
    own = _LEAD.replace("25 percent", "25 percent to 30 million lari")
    # two candidate bases; no earlier figure's word; another period than the growth's
    two = _BODY.replace(" in 2029.", " in 2029 and 45.1 million lari in 2028.")
    plain = _BODY.replace(", against", " and")
    period = (
        "Mill news\n\nWool sales slumped 25 percent in 2030.\n\nThe co-operative booked 30 "
        "million lari in wool sales in 2031, against 40 million lari in 2029."
    )
    for text in (f"{_LEAD}\n\n{other}", far, f"{_LEAD}\n\n{two}", f"{_LEAD}\n\n{plain}"):
        assert growths(text) == [], text
    assert growths(f"{own}\n\n{_BODY}") == [
        {"growth": "slumped 25 percent", "current": "30 million lari"}
    ]
    assert growths(period) == []


def test_a_growth_on_the_wrong_side_of_its_base_is_no_join() -> None:
    # "slumped" while the figure rose: the words name other figures, or a slip no rule may guess
    assert growths(f"{_LEAD}\n\n{_BODY.replace('40.3 million', '20.3 million')}") == []


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=1, max_value=60))
def test_the_joined_growth_is_checked(stated: int) -> None:
    # 30.2 against 40.3 is a fall of 25.06 percent: any other stated fall fails the check
    text = f"{_LEAD.replace('25 percent', f'{stated} percent')}\n\n{_BODY}"
    assert len(growths(text)) == 1
    with TemporaryDirectory() as folder:
        found = [o for _, o in outcomes(text, Path(folder), ("growth",))]
    assert found == [Outcome.PASS if stated == 25 else Outcome.FAIL]


def test_a_noun_of_a_modifier_is_no_join() -> None:
    # the noun after "from" is no head of the figure's subject: the figure is profit's
    modifier = (
        "Wool news\n\nWool sales slumped 25 percent. Profit from wool sales was 10.2 million "
        "lari in 2031, against 20.3 million lari in 2030."
    )
    head = modifier.replace("Profit from wool sales was", "Wool sales were")
    after = modifier.replace("Profit from wool sales was", "The mill made").replace(
        " in 2031,", " of profit from wool sales in 2031,"
    )
    assert growths(modifier) == growths(after) == []
    assert growths(head) == [
        {
            "growth": "slumped 25 percent",
            "current": "10.2 million lari",
            "base": "20.3 million lari",
        }
    ]


def test_a_base_of_another_year_than_the_one_before_is_no_join() -> None:
    # a base of another year than the one before the current figure's
    far = (
        "Wool news\n\nWool sales slumped 25 percent last year. The mill booked 30 million lari "
        "in wool sales in 2031, compared with 52 million lari in 2019, before the pandemic."
    )
    near = far.replace("52 million lari in 2019", "40 million lari in 2030")
    assert growths(far) == []
    assert growths(near) == [
        {"growth": "slumped 25 percent", "current": "30 million lari", "base": "40 million lari"}
    ]


def test_a_slip_in_the_joined_growth_is_found(tmp_path: Path) -> None:
    right = f"{_LEAD}\n\n{_BODY}"
    wrong = f"{_LEAD.replace('25 percent', '35 percent')}\n\n{_BODY}"
    assert [o for _, o in outcomes(right, tmp_path, ("growth",))] == [Outcome.PASS]
    assert [o for _, o in outcomes(wrong, tmp_path, ("growth",))] == [Outcome.FAIL]


def test_a_quarters_growth_is_no_join_of_the_years_figures() -> None:
    # the quarter names no year, so the growth has no period of its own to compare: its context
    # (the first quarter) and the next sentence's (the whole of 2030) differ
    body = "For the whole of 2030, the co-operative booked 30.2 million lari in wool sales, "
    body += "against 40.3 million lari in 2029."
    quarter = "The co-operative said its wool sales slumped 25 percent in the first quarter."
    assert growths(f"{quarter} {body}") == []
    year = "The co-operative said its wool sales slumped 25 percent in 2030."
    assert growths(f"{year} {body}") == [
        {
            "growth": "slumped 25 percent",
            "current": "30.2 million lari",
            "base": "40.3 million lari",
        }
    ]
