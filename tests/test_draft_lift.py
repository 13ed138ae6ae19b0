"""Drafted identities lifted to the base period through their figures' growths
(:mod:`aktobe_facts.text.draftlift`): a balance, a turnover, a sum of parts and a part of a whole,
each of whose figures has a growth on one base period. Every sentence here is written for these
tests."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftfigures import Figure, Sentence
from aktobe_facts.text.draftlift import _liftable
from aktobe_facts.text.phrases import scan


def lifted(text: str) -> list[str]:
    """The lifted relations drafted from ``text``, each claim shown by its value in brackets."""
    found = draft("CAPITAL, March 2032\n\n" + text)
    values = {c.id: c.value or c.id for c in found.claims}
    names = sorted(values, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<![\w.-]){re.escape(n)}(?![\w.-])" for n in names))
    return [
        pattern.sub(lambda m: f"[{values[m.group(0)]}]", str(r.fields["expr"]))
        for r in found.relations
        if r.kind == "equation" and "100 percent" in str(r.fields["expr"])
    ]


BASE = '"100 percent"'


def over(value: str, growth: str) -> str:
    return f"[{value}] / ({BASE} + [{growth}])"


def test_a_balance_lifts_to_the_balance_of_the_bases() -> None:
    text = (
        "In 2031 exports rose 10 percent year on year to $3.1 billion and imports "
        "grew 13 percent to $5.3 billion, leaving a trade deficit of $2.2 billion, up 18 percent."
    )
    assert lifted(text) == [
        f"{over('$2.2 billion', 'up 18 percent')} = {over('$5.3 billion', 'grew 13 percent')}"
        f" - {over('$3.1 billion', 'rose 10 percent')}"
    ]


def test_a_turnover_lifts_to_the_sum_of_the_bases() -> None:
    text = (
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent year on year. Exports "
        "rose 10 percent to $3.1 billion and imports grew 13 percent to $5.3 billion."
    )
    assert lifted(text) == [
        f"{over('$8.4 billion', 'up 12 percent')} = {over('$3.1 billion', 'rose 10 percent')}"
        f" + {over('$5.3 billion', 'grew 13 percent')}"
    ]


def test_a_part_of_a_whole_lifts_to_an_order() -> None:
    text = (
        "Company sales rose 12 percent year on year to 480 million euros in 2031, of which sales "
        "abroad rose 20 percent to 150 million euros."
    )
    assert lifted(text) == [
        f"{over('480 million euros', 'rose 12 percent')} >= "
        f"{over('150 million euros', 'rose 20 percent')}"
    ]


def test_a_base_the_words_state_is_that_figure() -> None:
    text = (
        "In the first half of 2031 exports rose 10 percent to $3.1 billion and imports grew 13 "
        "percent to $5.3 billion. The trade deficit was $2.2 billion, up 18 percent from $1.87 "
        "billion a year earlier."
    )
    assert lifted(text) == [
        f"[$1.87 billion] = {over('$5.3 billion', 'grew 13 percent')}"
        f" - {over('$3.1 billion', 'rose 10 percent')}"
    ]


def test_of_two_growths_of_a_figure_the_one_on_the_others_base() -> None:
    text = (
        "Exports reached $15.7 billion in the first half of 2031, up 28.4 percent year on year. "
        "June on its own brought $2.6 billion, up 1.2 percent on May and 17.3 percent on June of "
        "last year."
    )
    assert lifted(text) == [
        f"{over('$15.7 billion', 'up 28.4 percent')} >= {over('$2.6 billion', '17.3 percent')}"
    ]


def test_a_change_s_percent_is_its_figure_s_growth() -> None:
    text = (
        "Foreign trade turnover came to $40.5 billion in 2031, which is $6 billion, or 17.4 "
        "percent more than in 2030. Exports rose to $16.2 billion, up 15.1 percent, and imports "
        "totaled $24.3 billion, up 19 percent."
    )
    assert lifted(text) == [
        f"{over('$40.5 billion', '17.4 percent more')} = "
        f"{over('$16.2 billion', 'up 15.1 percent')}"
        f" + {over('$24.3 billion', 'up 19 percent')}"
    ]


def test_a_change_s_fall_written_without_its_sign_is_taken_from_100_percent(
    tmp_path: Path,
) -> None:
    text = (
        "Foreign trade turnover came to $40.5 billion in 2031, a decrease of $2.1 billion, or 4.9 "
        "percent, on 2030. Exports fell 3 percent to $16.2 billion and imports fell 6.2 percent "
        "to $24.3 billion."
    )
    assert lifted(text) == [
        f"[$40.5 billion] / ({BASE} - [4.9 percent]) = {over('$16.2 billion', 'fell 3 percent')}"
        f" + {over('$24.3 billion', 'fell 6.2 percent')}"
    ]
    assert ("equation", Outcome.PASS) in outcomes(text, tmp_path, ("equation",))


def test_a_figure_given_twice_takes_the_growth_of_its_other_telling() -> None:
    text = (
        "Exports rose 10 percent year on year to $3.1 billion in 2031, the ministry said.\n\n"
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent. Exports came to $3.1 "
        "billion in 2031 and imports grew 13 percent to $5.3 billion."
    )
    assert lifted(text) == [
        f"{over('$8.4 billion', 'up 12 percent')} = {over('$3.1 billion', 'rose 10 percent')}"
        f" + {over('$5.3 billion', 'grew 13 percent')}"
    ]


@pytest.mark.parametrize("words", ["year on year", "year-over-year", "y/y", "from a year earlier"])
def test_a_base_a_year_before_in_any_spelling_is_not_another_named_base(words: str) -> None:
    # a year before 2031 is 2030: never the 2029 an exports' growth is against
    text = (
        f"Foreign trade turnover reached $8.4 billion in 2031, up 12 percent {words}. Exports rose "
        "10 percent to $3.1 billion, against 2029, and imports grew 13 percent to $5.3 billion."
    )
    assert lifted(text) == []
    assert len(lifted(text.replace("2029", "2030"))) == 1


def test_one_base_named_in_several_words_is_one() -> None:
    # "year on year", "from a year earlier" and "the same period of 2030" for 2031's figures
    text = (
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent from a year earlier. "
        "Exports rose 10 percent year on year to $3.1 billion and imports grew 13 percent on the "
        "same period of 2030 to $5.3 billion."
    )
    assert len(lifted(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a growth on the month beside growths on the year
        "Foreign trade turnover reached $8.4 billion in March 2031, up 12 percent year on year. "
        "Exports rose 10 percent month on month to $3.1 billion and imports grew 13 percent to "
        "$5.3 billion.",
        # a growth "month-over-month", as the American press writes it
        "Foreign trade turnover reached $8.4 billion in March 2031, up 12 percent year on year. "
        "Exports rose 10 percent month-over-month to $3.1 billion and imports grew 13 percent to "
        "$5.3 billion.",
        # the previous sentence of the paragraph names the base of a growth that names none
        "Foreign trade turnover reached $8.4 billion in March 2031, up 12 percent year on year. "
        "Compared with the previous month, the picture was mixed. Exports rose 10 percent to $3.1 "
        "billion and imports grew 13 percent to $5.3 billion.",
        # two base periods
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent on 2030. Exports rose "
        "10 percent to $3.1 billion, against 2029, and imports grew 13 percent to $5.3 billion.",
        # a growth in real terms
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent in real terms. Exports "
        "rose 10 percent to $3.1 billion and imports grew 13 percent to $5.3 billion.",
        # a growth in volume (no growth of the turnover's value is drafted)
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent in volume. Exports "
        "rose 10 percent to $3.1 billion and imports grew 13 percent to $5.3 billion.",
        # one flow with no growth
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent year on year. Exports "
        "came to $3.1 billion and imports grew 13 percent to $5.3 billion.",
        # an annualised rate
        "Foreign trade turnover reached $8.4 billion in the first quarter of 2031, up 12 percent "
        "at an annual rate. Exports rose 10 percent to $3.1 billion and imports grew 13 percent "
        "to $5.3 billion.",
        # a growth on a month named with no year beside one on the year
        "Foreign trade turnover reached $8.4 billion in June 2031, up 12 percent on June 2030. "
        "Exports came to $3.1 billion, up 1.2 percent on May and 10.3 percent on June 2030, and "
        "imports grew 13 percent to $5.3 billion.",
        # a fall bounded on one side only may reach -100 percent
        "Foreign trade turnover reached $8.4 billion in 2031, down more than 12 percent year on "
        "year. Exports fell 10 percent to $3.1 billion and imports fell 13 percent to $5.3 billion.",
        # in the currency of an economy that publishes indices, a "growth of" that may be one
        "Foreign trade turnover reached 8.4 billion tenge in 2031, growth of 12 percent. Exports "
        "rose 10 percent to 3.1 billion tenge and imports grew 13 percent to 5.3 billion tenge.",
    ],
)
def test_near_misses_lift_nothing(text: str) -> None:
    assert lifted(text) == []


def test_growths_that_name_their_change_lift_in_any_currency() -> None:
    text = (
        "Foreign trade turnover reached 8.4 billion tenge in 2031, up 12 percent. Exports rose 10 "
        "percent to 3.1 billion tenge and imports grew 13 percent to 5.3 billion tenge."
    )
    assert len(lifted(text)) == 1


@pytest.mark.parametrize(
    ("growth", "level", "lifted_"),
    [
        ("jumped 112 percent", "$3.1 billion", True),  # the words name the change
        ("growth of 112 percent", "$3.1 billion", False),  # may be an index's level
        ("jumped 112 percent", "3.1 billion tenge", False),  # an economy that publishes indices
        ("jumped 12 percent", "3.1 billion tenge", True),
    ],
)
def test_a_growth_above_100_percent_lifts_only_as_a_named_change(
    growth: str, level: str, lifted_: bool
) -> None:
    # the drafted growths stop short of these today; the guard holds should they not
    text = f"Exports {growth} to {level}."
    g, x = scan(text).phrases
    sentence = Sentence((0, len(text)), ())
    assert _liftable(text, sentence, Figure("g", "growth", g), Figure("x", "amount", x)) is lifted_


def test_a_part_never_lifts_to_an_equality() -> None:
    # the whole has other parts: the base part is at most the base whole, never equal to it
    text = (
        "Company sales rose 12 percent year on year to 480 million euros in 2031, of which sales "
        "abroad rose 20 percent to 150 million euros."
    )
    (relation,) = lifted(text)
    assert " >= " in relation and " = " not in relation


def test_a_wrong_growth_is_found_and_a_right_one_passes(tmp_path: Path) -> None:
    right = (
        "Foreign trade turnover reached $8.4 billion in 2031, up 12 percent year on year. Exports "
        "rose 10 percent to $3.1 billion and imports grew 13 percent to $5.3 billion."
    )
    wrong = right.replace("up 12 percent", "up 21 percent")
    assert ("equation", Outcome.PASS) in outcomes(right, tmp_path, ("equation",))
    assert ("equation", Outcome.FAIL) in outcomes(wrong, tmp_path, ("equation",))


def _stated(value: Fraction, places: int) -> str:
    """A figure printed to ``places`` decimals, rounded half away from zero."""
    step = Fraction(1, 10**places)
    rounded = (abs(value) / step + Fraction(1, 2)).__floor__() * step
    return f"{float(rounded):.{places}f}"


def _moved(growth: Fraction, verb_up: str, verb_down: str) -> str:
    return f"{verb_up if growth > 0 else verb_down} {_stated(abs(growth), 1)} percent"


def _witness(form: str, a0: int, b0: int, g_a: int, g_b: int) -> str | None:
    """An article of one form whose figures are printed, rounded, from exact values: two bases
    (in millions), their growths (in tenths of a percent), and the third figure and its growth as
    they follow; None when the form's words would not fit them (a deficit turned surplus, a
    growth printed as "0.x percent", which may be read as a level, or above 100 percent)."""
    x0, y0 = Fraction(a0), Fraction(b0)
    x, y = x0 * (1 + Fraction(g_a, 1000)), y0 * (1 + Fraction(g_b, 1000))
    if form == "balance":  # exports x, imports y
        if not (y > x and y0 > x0):
            return None
        total, total0 = y - x, y0 - x0
    else:  # a turnover of x and y; a sales total of its part x and another part y
        total, total0 = x + y, x0 + y0
    g = (total / total0 - 1) * 100
    if not 1 <= abs(g) < 100:  # above 100 percent the draft leaves a growth to the editor
        return None

    def billion(v: Fraction) -> str:
        return f"${_stated(v / 1000, 2)} billion"

    ga, gb = Fraction(g_a, 10), Fraction(g_b, 10)
    if form == "turnover":
        return (
            f"Foreign trade turnover reached {billion(total)} in 2031, "
            f"{_moved(g, 'up', 'down')} year on year. Exports {_moved(ga, 'rose', 'fell')} to "
            f"{billion(x)}. Imports {_moved(gb, 'grew', 'fell')} to {billion(y)}."
        )
    if form == "balance":
        return (
            f"Exports {_moved(ga, 'rose', 'fell')} to {billion(x)} in 2031. Imports "
            f"{_moved(gb, 'grew', 'fell')} to {billion(y)}, leaving a trade deficit of "
            f"{billion(total)}, {_moved(g, 'up', 'down')} year on year."
        )
    return (
        f"Company sales {_moved(g, 'rose', 'fell')} year on year to {_stated(total, 2)} million "
        f"euros in 2031, of which sales abroad {_moved(ga, 'rose', 'fell')} to {_stated(x, 2)} "
        "million euros."
    )


_GROWTH = st.integers(min_value=-400, max_value=900).filter(lambda g: abs(g) >= 10 and g % 10 != 0)
"""A growth in tenths of a percent, printed with no trailing zero (which may be read wider)."""
_FIGURE = st.integers(min_value=500, max_value=9_000).filter(lambda x: x % 10 != 0)


@settings(max_examples=40)
@given(
    form=st.sampled_from(["turnover", "balance", "part"]),
    a0=st.integers(min_value=500, max_value=9_000),
    b0=st.integers(min_value=500, max_value=9_000),
    g_a=_GROWTH,
    g_b=_GROWTH,
)
def test_figures_of_one_exact_witness_never_fail_the_lift(
    tmp_path_factory: pytest.TempPathFactory, form: str, a0: int, b0: int, g_a: int, g_b: int
) -> None:
    """Whatever exact bases and growths a turnover, a balance or a part of a whole is printed
    from, the lifted relation is drafted and passes, and so does every check of the draft."""
    text = _witness(form, a0, b0, g_a, g_b)
    if text is None:
        return
    assert len(lifted(text)) == 1
    checks = ("equation", "joint", "sum", "difference")
    found = outcomes(text, tmp_path_factory.mktemp("lift"), checks)
    assert ("equation", Outcome.PASS) in found
    assert all(outcome is not Outcome.FAIL for _, outcome in found)


def _bases(value: Fraction, step: Fraction, growth: Fraction) -> tuple[Fraction, Fraction]:
    """The exact range of value / (1 + growth / 100) over a figure printed to ``step`` and a
    growth printed to a tenth."""
    low, high = value - step / 2, value + step / 2
    g_low, g_high = growth - Fraction(1, 20), growth + Fraction(1, 20)
    return low / (1 + g_high / 100), high / (1 + g_low / 100)


@settings(max_examples=40)
@given(
    exports=_FIGURE,
    imports=_FIGURE,
    g_exports=_GROWTH,
    g_imports=_GROWTH,
    off_turnover=st.integers(min_value=-20, max_value=20),
    off_growth=st.integers(min_value=-8, max_value=8),
)
def test_the_lift_fails_exactly_when_no_bases_fit(
    tmp_path_factory: pytest.TempPathFactory,
    exports: int,
    imports: int,
    g_exports: int,
    g_imports: int,
    off_turnover: int,
    off_growth: int,
) -> None:
    """Printed figures near (or at) a consistent set: the lifted relation fails exactly when no
    values inside the stated intervals give bases that add up (computed here on its own, in exact
    fractions, from the printed figures)."""
    e, i = Fraction(exports, 1000), Fraction(imports, 1000)
    ge, gi = Fraction(g_exports, 10), Fraction(g_imports, 10)
    bases = e / (1 + ge / 100) + i / (1 + gi / 100)
    t = e + i + Fraction(off_turnover, 1000)
    gt = Fraction(round(((t / bases) - 1) * 1000) + off_growth, 10)
    if abs(gt) < 1 or (t * 1000) % 10 == 0 or (gt * 10) % 10 == 0:
        return  # a growth printed as "0.x percent" may be read as a level; trailing zeros wider
    text = (
        f"Foreign trade turnover reached ${_stated(t, 3)} billion in 2031, "
        f"{_moved(gt, 'up', 'down')} year on year. Exports {_moved(ge, 'rose', 'fell')} to "
        f"${_stated(e, 3)} billion. Imports {_moved(gi, 'grew', 'fell')} to ${_stated(i, 3)} "
        "billion."
    )
    step = Fraction(1, 1000)
    low_t, high_t = _bases(t, step, gt)
    low_e, high_e = _bases(e, step, ge)
    low_i, high_i = _bases(i, step, gi)
    fits = low_t <= high_e + high_i and low_e + low_i <= high_t
    found = outcomes(text, tmp_path_factory.mktemp("lift"), ("equation",))
    assert [outcome for _, outcome in found] == [Outcome.PASS if fits else Outcome.FAIL]


# Wrong relations a review found (eleventh session), each guarded: a growth whose words leave its
# base uncertain lifts nothing, and its near miss, whose words make the base certain, still lifts.
_UNCERTAIN = {
    # a base word followed by words none of the readings resolve
    "unread base": "In the second quarter of 2031, exports rose 12 percent to $840 million from "
    "the first quarter, imports grew 4 percent to $610 million and the trade surplus widened 40 "
    "percent to $230 million.",
    "span of years": "Foreign trade turnover came to $1.45 billion in 2031, up 9 percent. Exports "
    "rose 60 percent to $840 million over the past four years, and imports grew 2 percent to $610 "
    "million.",
    "stated base of another quarter": "In the first quarter of 2031, exports rose 10 percent to "
    "$660 million, compared with $600 million in the fourth quarter, imports grew 5 percent to "
    "$420 million and the trade surplus widened 30 percent to $240 million.",
    "previous months": "Foreign trade turnover came to $1.08 billion in the first quarter of "
    "2031, up 9 percent on the previous three months. Exports rose 10 percent to $660 million and "
    "imports grew 5 percent to $420 million.",
    # one growth's named base not the year before, spread to growths that name none
    "other year in a later sentence": "Kenya's tea exports rose 20 percent to $1.2 billion in "
    "2031. Of that, sales to Pakistan were $400 million, up 35 percent compared with 2027.",
    "other year in an earlier clause": "In the third quarter of 2031, exports rose 18 percent to "
    "$640 million compared with the same quarter of 2028, while imports grew 6 percent to $410 "
    "million and the trade surplus widened 50 percent to $230 million.",
    # the same quarter some years back is no year before
    "same quarter years back": "In the third quarter of 2031, exports rose 18 percent to $640 "
    "million against the corresponding quarter three years earlier, while imports grew 6 percent "
    "year on year to $410 million and the trade surplus widened 50 percent year on year to $230 "
    "million.",
    # a growth's own base after its level, never the clause before it
    "own base after the level": "In May 2031, exports rose 14 percent year on year to $720 "
    "million, above last year's average, of which gas exports fell 5 percent to $300 million "
    "from a month earlier.",
    "after a month": "Foreign trade turnover came to $1.45 billion in June 2031, up 9 percent "
    "year on year. Exports rose 12 percent year on year to $840 million and imports grew 30 "
    "percent to $610 million after a slow May.",
    # a growth in other terms than its figure, or of a figure not yet known
    "other currency's terms": "Foreign trade turnover came to $1.45 billion in 2031, up 9 percent "
    "year on year. Exports grew 15 percent to $840 million in tenge terms, and imports rose 2 "
    "percent to $610 million.",
    "in tonnes": "Foreign trade turnover came to $1.45 billion in 2031, up 9 percent year on "
    "year. Counted in tonnes, exports grew 15 percent to $840 million, and imports rose 2 percent "
    "to $610 million.",
    "exchange rates": "Foreign trade turnover came to $1.45 billion in 2031, up 9 percent year on "
    "year. Exports grew 15 percent to $840 million at constant exchange rates, and imports rose 2 "
    "percent to $610 million.",
    "forecast": "In 2031, exports are projected to grow 12 percent to $840 million, imports grew "
    "4 percent to $610 million and the trade surplus widened 40 percent to $230 million.",
}
_CERTAIN = {
    "unread base": ("from the first quarter", "from a year earlier"),
    "span of years": ("over the past four years", "over the year"),
    "stated base of another quarter": ("in the fourth quarter", "a year earlier"),
    "previous months": ("on the previous three months", "on the same months of 2030"),
    "other year in a later sentence": ("compared with 2027", "compared with 2030"),
    "other year in an earlier clause": ("same quarter of 2028", "same quarter of 2030"),
    "same quarter years back": ("three years earlier", "a year earlier"),
    "own base after the level": (" from a month earlier", ""),
    "after a month": (" after a slow May", ""),
    "other currency's terms": (" in tenge terms", ""),
    "in tonnes": ("Counted in tonnes, exports", "Exports"),
    "exchange rates": (" at constant exchange rates", ""),
    "forecast": ("are projected to grow", "grew"),
}


@pytest.mark.parametrize("case", sorted(_UNCERTAIN))
def test_a_growth_of_uncertain_base_lifts_nothing(case: str) -> None:
    assert lifted(_UNCERTAIN[case]) == []


@pytest.mark.parametrize("case", sorted(_CERTAIN))
def test_its_near_miss_of_certain_base_still_lifts(case: str) -> None:
    old, new = _CERTAIN[case]
    assert old in _UNCERTAIN[case]
    assert len(lifted(_UNCERTAIN[case].replace(old, new))) == 1


def _stated_lifts(text: str) -> list[str]:
    """The equations drafted from ``text`` that tie stated figures alone, shown by their values."""
    found = draft("CAPITAL, October 2031\n\n" + text)
    values = {c.id: c.value or c.id for c in found.claims}
    shown = []
    for r in found.relations:
        expr = str(r.fields.get("expr", ""))
        if r.kind == "equation" and "100 percent" not in expr:
            shown.append(" ".join(f"[{values[w]}]" if w in values else w for w in expr.split()))
    return shown


_STATED_BASES = (
    "The trade surplus for the first nine months of 2031 was $4.2 billion, against $5.9 billion "
    "in the same months of 2030, down by over 25%.\n\nExports from January to September 2031 "
    "came to $31.5 billion, against {exports} a year earlier, up by {growth}, while imports "
    "reached $27.3 billion, against $24.8 billion, up by 10.1%."
)


def test_a_balance_lifts_to_its_stated_bases_whatever_bounds_a_growth(tmp_path: Path) -> None:
    # the surplus's fall is bounded on one side only ("down by over 25%"), so it cannot be divided
    # by; but its base is stated, and the three bases of one period are the balance's own. Since
    # "the same months of 2030" reads as January to September 2030 (text/sameperiod), the bases'
    # balance is drafted as a difference of its own, so no equation lifts it a second time.
    right = _STATED_BASES.format(exports="$30.7 billion", growth="2.6%")
    assert _stated_lifts(right) == []
    assert outcomes(right, tmp_path, ("difference", "equation"))[-1] == (
        "difference",
        Outcome.PASS,
    )
    # 30.2 - 24.8 is 5.4, not 5.9: no growth or balance of the current period can tell
    wrong = _STATED_BASES.format(exports="$30.2 billion", growth="4.3%")
    assert outcomes(wrong, tmp_path, ("difference", "equation")) == [
        ("difference", Outcome.PASS),
        ("difference", Outcome.FAIL),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the surplus's base is of another year than the flows' "a year earlier"
        _STATED_BASES.format(exports="$30.7 billion", growth="2.6%").replace(
            "same months of 2030", "same months of 2029"
        ),
        # the bases' balance a rule drafted already: not twice
        "The trade surplus for the first nine months of 2031 was $4.2 billion, down 28.8% from "
        "$5.9 billion a year earlier. Exports came to $31.5 billion, up 2.6% from $30.7 billion, "
        "while imports reached $27.3 billion, up 10.1% from $24.8 billion.",
    ],
)
def test_stated_bases_of_another_period_or_already_tied_lift_nothing(text: str) -> None:
    assert _stated_lifts(text) == []
