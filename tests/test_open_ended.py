"""Open-ended figures ("over 6.8 billion manat") in conversions, reference rates, suggested
counterparts and scale slips: no midpoint or magnitude is taken of an unbounded interval."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.checks._common import centre, scale_slip
from aktobe_facts.cli import app
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from conftest import findings_of

OPEN = """
    [[claim]]
    id = "open"
    quote = "over 6.8 billion manat ($4.05 billion)"
    value = "over 6.8 billion manat"
    counterpart = "$4.05 billion"
"""


def pair(cid: str, value: str, counterpart: str) -> str:
    return f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\ncounterpart = "{counterpart}"\n\n'


REFERENCE = '[[reference]]\nid = "cbar"\nvalue = "1.7 manat per US$"\nsource = "CBAR"\n\n'
# two pairs at 1.5 manat per US$, which the 1.7 reference does not fit
AT_1_5 = pair("b", "1.50 million manat", "$1.00 million") + pair(
    "c", "3.00 million manat", "$2.00 million"
)


def test_an_open_ended_pair_that_fits_the_reference_is_no_slip() -> None:
    # "over 6.8 billion manat" for $4.05 billion is a rate of at least 1.68: it includes 1.7
    found = findings_of(OPEN + AT_1_5 + REFERENCE, "reference-rates")
    assert [f.severity for f in found] == [Severity.WARNING]  # the article's rate fits none
    assert all(
        "thousand" not in f.message and "trillion" not in (f.suggestion or "") for f in found
    )


def test_an_open_ended_outlier_gets_a_bound_not_a_scale_slip() -> None:
    (f,) = findings_of(OPEN + AT_1_5, "conversions")
    assert f.outcome is Outcome.FAIL and f.claims == ("open",)
    assert f.suggestion is not None
    assert "factor" not in f.suggestion and "trillion" not in f.suggestion
    assert f.suggestion.startswith("a figure of at least US$")


def test_a_missing_counterpart_at_an_open_ended_rate_gets_a_range_and_no_figure() -> None:
    text = (
        OPEN + '[[claim]]\nid = "d"\nquote = "q"\nvalue = "150 million manat"\ncounterpart = "$"\n'
    )
    (f,) = findings_of(text, "missing-counterpart")
    assert f.outcome is Outcome.FAIL and f.suggestion is None and f.nearest is None
    assert f.result is not None and f.result.startswith("at most US$")


def test_an_open_ended_ratio_is_not_called_a_scale_slip() -> None:
    text = """
        [[claim]]
        id = "housing"
        quote = "q"
        value = "more than 20 million square meters"
        [[claim]]
        id = "people"
        quote = "q"
        value = "900,000 people"
        [[reference]]
        id = "norm"
        value = "0.8 square meters per person"
        source = "statistics"
        [[ratio]]
        id = "per_person"
        numerator = "housing"
        denominator = "people"
        expect = "norm"
    """
    (f,) = findings_of(text, "plausibility")
    assert f.severity is Severity.WARNING and "at least 25" in f.message
    assert "scale word" not in f.message and f.nearest is None
    assert f.suggestion is not None and "is at least 21 square meters a person" in f.suggestion


positive = st.fractions(min_value=Fraction(1, 10**6), max_value=10**9)


@given(positive, positive, st.sampled_from(["lo", "hi"]))
def test_no_scale_slip_against_or_from_an_open_end(a: Fraction, b: Fraction, side: str) -> None:
    lo, hi = min(a, b), max(a, b)
    bounded = Interval(Fraction(lo), Fraction(hi))
    open_ended = (
        Interval(Fraction(lo), None) if side == "lo" else Interval(Fraction(0), Fraction(hi))
    )
    for other in (bounded.scale(1000), bounded.scale(Fraction(1, 1000))):
        assert scale_slip(other, open_ended) is None
        assert scale_slip(open_ended, other) is None
    assert centre(open_ended) is None and centre(bounded) == (lo + hi) / 2


def test_fill_writes_no_figure_at_an_open_ended_rate(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    text = (
        OPEN + '[[claim]]\nid = "d"\nquote = "q"\nvalue = "150 million manat"\ncounterpart = "$"\n'
    )
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = CliRunner().invoke(app, ["fill", str(path)])
    assert result.exit_code == 0, result.output
    assert "the rate is open-ended" in result.stderr and "no one figure to fill" in result.stderr
    assert path.read_text(encoding="utf-8") == textwrap.dedent(text)
