"""A growth and its current value and base in one sentence, in the orders news writes them
(:mod:`aktobe_facts.text.draftgrowth`, :mod:`aktobe_facts.text.draftwords`,
:mod:`aktobe_facts.text.phrases`): a growth set beside its figure after the figure's own nouns, with
"having", "with a" and "and"; a remark in parentheses between a growth and its current value; a
base "when" it was; a base in parentheses with its own period; "the rise in X at P percent"; a
clause whose verb is the one before ("and imports by 8.8 percent", "profit taxes – 2.7%"), a fall
written with its minus. Every sentence here is written
for these tests, with figures and subjects of no article of the sets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import relations
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan


def test_growth_beside_the_figure_after_its_nouns() -> None:
    assert relations(
        "Steel mills shipped 1.2 million tonnes of rebar to Kazakhstan, a decline of 12.5 "
        "percent compared to a year earlier (1.37 million tonnes)."
    ) == [
        (
            "growth",
            {
                "growth": "a decline of 12.5 percent",
                "current": "1.2 million tonnes",
                "base": "1.37 million tonnes",
            },
        )
    ]
    # the growth names a thing of its own: not the figure's
    assert (
        relations(
            "Steel mills shipped 1.2 million tonnes of rebar to Kazakhstan, a decline of 12.5 "
            "percent in wire sales."
        )
        == []
    )
    # a relative pronoun or a verb among the words: another clause
    assert (
        relations(
            "Mills shipped 1.2 million tonnes of which rebar was sold, a decline of 12.5 percent."
        )
        == []
    )


def test_having_with_and_and() -> None:
    assert relations("Coal sales came to $412 million, having increased by 6.3 percent.") == [
        ("growth", {"growth": "increased by 6.3 percent", "current": "$412 million"})
    ]
    assert relations(
        "The port handled 3.1 million tonnes of grain, with a 14.2 percent year-on-year increase."
    ) == [("growth", {"growth": "a 14.2 percent increase", "current": "3.1 million tonnes"})]
    assert relations(
        "Gas revenue stood at 1.4 trillion tenge and fell by 21% over the period."
    ) == [("growth", {"growth": "fell by 21%", "current": "1.4 trillion tenge"})]


def test_having_with_and_and_left_alone() -> None:
    # "with a ... rise in wheat shipments": the rise of another thing
    assert (
        relations(
            "The port handled 3.1 million tonnes of grain, with a 14.2 percent rise in wheat shipments."
        )
        == []
    )
    # a period between: the figure may be the earlier year's
    assert (
        relations("Gas revenue stood at 1.4 trillion tenge in 2022 and fell by 21% in 2023.") == []
    )
    # another subject after "and"
    assert relations("Gas revenue stood at 1.4 trillion tenge and exports fell by 21%.") == []
    # "with" before a percent that is no growth
    assert relations("The bank lent 2.3 billion lari, with a 9 percent share of the market.") == []


def test_a_remark_in_parentheses_between_growth_and_current() -> None:
    assert relations(
        "Tax receipts fell by 4.2% year on year (after 11.6% growth a year before), amounting "
        "to 512.3 billion tenge."
    ) == [("growth", {"growth": "fell by 4.2%", "current": "512.3 billion tenge"})]
    # the figure after the remark is another clause's
    assert (
        relations(
            "Tax receipts fell by 4.2% year on year (after 11.6% growth a year before), while "
            "spending came to 512.3 billion tenge."
        )
        == []
    )


def test_base_when_it_was() -> None:
    assert relations(
        "The plant made 2.87 million tonnes of steel, a 4.4 percent increase on the same period "
        "of 2021, when 2.75 million tonnes were made."
    ) == [
        (
            "growth",
            {
                "growth": "a 4.4 percent increase",
                "current": "2.87 million tonnes",
                "base": "2.75 million tonnes",
            },
        )
    ]


def test_base_in_parentheses_with_its_period() -> None:
    assert relations(
        "The value of the shipments came to $8.41 million, a year-on-year decline of 12.2 "
        "percent ($9.58 million in 9M2022)."
    ) == [
        (
            "growth",
            {
                "growth": "a decline of 12.2 percent",
                "current": "$8.41 million",
                "base": "$9.58 million",
            },
        )
    ]
    # no period of its own: it may be the amount of change
    assert relations("Exports rose 4 percent ($150 million).") == []


def test_the_rise_in_a_thing_at_a_percent() -> None:
    assert relations(
        "Officials put the rise in customs receipts at 7.4 percent, to reach 88.2 billion som."
    ) == [("growth", {"growth": "7.4 percent", "current": "88.2 billion som"})]


def test_a_clause_with_the_verb_of_the_one_before() -> None:
    assert relations(
        "Sales grew by 3.1 percent, reaching $ 91.4 million, and purchases by 5.2 percent, up to "
        "$ 130 million."
    ) == [
        ("growth", {"growth": "grew by 3.1 percent", "current": "$ 91.4 million"}),
        ("growth", {"growth": "5.2 percent", "current": "up to $ 130 million"}),
    ]
    # a fall understood: written with its minus, as an editor writes it
    assert relations(
        "Sales fell by 3.1 percent, reaching $ 91.4 million, and purchases by 5.2 percent, up to "
        "$ 130 million."
    ) == [
        ("growth", {"growth": "fell by 3.1 percent", "current": "$ 91.4 million"}),
        ("growth", {"growth": "-5.2 percent", "current": "up to $ 130 million"}),
    ]


def test_a_list_of_items_with_a_dash_for_the_verb() -> None:
    assert relations(
        "Among the duties, fuel duty declined 14% to 20.2 billion som, tobacco duty – 3.1% to 8.4 "
        "billion som and alcohol duty – 6.6% to 5.5 billion som."
    ) == [
        ("growth", {"growth": "declined 14%", "current": "20.2 billion som"}),
        ("growth", {"growth": "-3.1%", "current": "8.4 billion som"}),
        ("growth", {"growth": "-6.6%", "current": "5.5 billion som"}),
    ]
    # another verb between: "– 30%" is no change of the first verb
    text = (
        "Fuel duty declined 14% to 20.2 billion som and now makes up 40% of duties, tobacco duty "
        "– 30%."
    )
    assert [c.value for c in draft(text).claims if c.kind == "growth"] == ["declined 14%"]


def test_a_fall_named_before_the_percent() -> None:
    assert relations("A decline in imports by 4.4% to 310.2 million som followed.") == [
        ("growth", {"growth": "-4.4%", "current": "310.2 million som"})
    ]
    claims = {c.value: c.kind for c in draft("Oil revenue fell the most, by 22.1%.").claims}
    assert claims == {"-22.1%": "growth"}
    # the fall is another clause's: the rise keeps its sign
    assert [c.value for c in draft("Oil revenue fell while exports grew by 3.2%.").claims] == [
        "grew by 3.2%"
    ]


def test_a_growth_after_a_year_and_a_space() -> None:
    """ "2004 increased 9.1%": the phrase starts with a word, so it is not a number glued to the
    year before it."""
    assert relations(
        "Output in January-May 2021 increased 3.3% year-on-year to 41.7 billion som."
    ) == [("growth", {"growth": "increased 3.3%", "current": "41.7 billion som"})]


@given(
    st.sampled_from(["year-on-year", "annual", "y/y"]),
    st.sampled_from([("decline", True), ("decrease", True), ("rise", False), ("increase", False)]),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
)
def test_a_timed_change_carries_its_direction(
    when: str, noun: tuple[str, bool], whole: int, tenth: int
) -> None:
    """ "a year-on-year decline of P percent" is read as "a decline of P percent": a fall is
    negative, a rise positive, of the stated size."""
    number = f"{whole}.{tenth}"
    article = "an" if noun[0][0] in "aeiou" else "a"
    text = f"Sales were $5 million, {article} {when} {noun[0]} of {number} percent."
    phrases = [p for p in scan(text).phrases if p.stated.unit and p.stated.unit.kind == "percent"]
    assert len(phrases) == 1
    phrase = phrases[0]
    assert phrase.value == f"{article} {noun[0]} of {number} percent"
    assert phrase.stated.negative is noun[1]
    assert abs(phrase.stated.value) == parse(f"{number} percent").value
    assert text[phrase.start :].startswith(f"{article} {when}")


def test_a_percent_joined_to_its_number_by_a_hyphen() -> None:
    """ "a 6.2-percent increase" is a rise of 6.2 percent, written so the grammar reads it."""
    assert relations(
        "Output came to 2.9 million tonnes, a 6.2-percent increase on the same period of 2021, "
        "when 2.73 million tonnes were made."
    ) == [
        (
            "growth",
            {
                "growth": "a 6.2 percent increase",
                "current": "2.9 million tonnes",
                "base": "2.73 million tonnes",
            },
        )
    ]
    # digits in a name stay a name
    assert [c.value for c in draft("Flight SU-100 landed.").claims] == []


def test_a_second_growth_of_one_figure_against_another_base() -> None:
    one = "Cement output reached 5.1 million tonnes, up 4 percent on May and 12 percent on a year ago."
    assert relations(one) == [
        ("growth", {"growth": "up 4 percent", "current": "5.1 million tonnes"}),
        ("growth", {"growth": "12 percent", "current": "5.1 million tonnes"}),
    ]
    periods = "Cement output reached 5.1 million tonnes, up 4 percent month-on-month and 12 percent year-on-year."
    assert [f["growth"] for _, f in relations(periods)] == ["up 4 percent", "12 percent"]
    # no comparison after the second percent, or a fall before it: left to the editor
    share = "Cement output reached 5.1 million tonnes, up 4 percent on May and 12 percent of it went abroad."
    fall = "Cement output reached 5.1 million tonnes, down 4 percent on May and 12 percent on a year ago."
    for text in (share, fall):
        assert [f["growth"] for k, f in relations(text) if k == "growth"][1:] == []


def test_a_second_growth_is_checked_without_a_warning(tmp_path: Path) -> None:
    from _drafted import outcomes

    text = (
        "Pulp sales came to 31.4 billion USD in June 2022 against 30.9 billion USD in May, up 1.6 "
        "percent on May and 14.2 percent on June of last year.\n"
    )
    found = outcomes(text, tmp_path, ("growth", "percent-points", "same-subject", "joint"))
    assert found and all(o is Outcome.PASS for _, o in found), found


def test_a_growth_after_a_semicolon_or_this_is_of_the_figures_before() -> None:
    # "X compared to Y; a P growth" (or "; this represents a P growth"): X's growth over Y
    wanted = [
        (
            "growth",
            {"growth": "a 7.4 per cent growth", "current": "3,210 tonnes", "base": "2,990 tonnes"},
        )
    ]
    for link in ("; a", "; this represents a", ", this is a"):
        text = (
            f"The mill shipped 3,210 tonnes in May, compared to 2,990 tonnes in April{link} 7.4 "
            "per cent growth."
        )
        assert relations(text) == wanted, link


@given(st.sampled_from(["came", "arrived", "came to the islands", "came to Port Ellen"]))
def test_a_count_s_verb_of_coming_before_the_figure_compared(verb: str) -> None:
    # "X visitors came, against Y in May last year, an increase of P": X over Y, never Y alone
    text = (
        f"In May 12,418 visitors {verb}, against 11,305 in May last year, an increase of 9.8 "
        "percent."
    )
    assert [f for k, f in relations(text) if k == "growth"] == [
        {"growth": "an increase of 9.8 percent", "current": "12,418", "base": "11,305"}
    ]


def test_no_growth_of_a_level_listed_among_the_bases() -> None:
    # the growth after "X, as against Y in February and Z in March 2030" is X's over the level
    # its "over <period>" names: the words pair them by period names only, so nothing is drafted
    # (never Z as its current value)
    listed = (
        "Bus passes issued in March 2031 numbered 41,200, as against 44,000 in February 2031 and "
        "38,150 in March 2030, a fall of 6.36 percent over February and a rise of 7.99 percent "
        "over March 2030."
    )
    assert [f for k, f in relations(listed) if k == "growth"] == []
    # near misses: a level alone with its growth, or compared with one level
    alone = "Bus passes issued in March 2031 numbered 41,200, a fall of 6.36 percent over February."
    assert relations(alone) == [
        ("growth", {"growth": "a fall of 6.36 percent", "current": "41,200"})
    ]
    one = (
        "Bus passes issued in March 2031 numbered 41,200, as against 44,000 in February 2031, a "
        "fall of 6.36 percent."
    )
    assert relations(one) == [
        ("growth", {"growth": "a fall of 6.36 percent", "current": "41,200", "base": "44,000"})
    ]


@given(
    st.sampled_from(
        [
            ("212 container ships docked in the first nine months of 2031", "212", "180 in 2030"),
            ("In May 51,300 cruise visitors stepped ashore", "51,300", "40,100 in May 2030"),
            (
                "The mills turned out 7,420 tonnes of wire in 2031",
                "7,420 tonnes",
                "6,290 tonnes in 2030",
            ),
        ]
    ),
    st.sampled_from(["against", "as against", "compared with", "versus"]),
)
def test_the_level_before_the_one_compared_with_is_the_current(
    pair: tuple[str, str, str], word: str
) -> None:
    # "X ..., against Y in 2030, an increase of P": X over Y, never Y as the current value
    words, now, then = pair
    text = f"{words}, {word} {then}, an increase of 18 percent."
    base = then.split(" in ")[0]
    assert [f for k, f in relations(text) if k == "growth"] == [
        {"growth": "an increase of 18 percent", "current": now, "base": base}
    ]


def test_no_growth_of_the_level_compared_with_where_the_words_leave_its_current_open() -> None:
    # the figure after "against" is never the current value: where the level before it is not
    # certain (another thing's count, a plan, a later period compared with), nothing is drafted
    for text in (
        "212 container ships docked in 2031, against 180 tankers in 2030, an increase of 18%.",
        "The fleet had 212 container ships, against 180 planned, an increase of 18%.",
        "212 container ships docked in 2029, against 180 in 2030, an increase of 18%.",
        "212 ships docked; officials counted more tankers against 180 in 2030, an increase of 18%.",
    ):
        assert [f for k, f in relations(text) if k == "growth"] == [], text
