"""Each relation kind on small files: pass, fail (with its arithmetic and the nearest consistent
value) and undetermined; and the exit-2 errors of a relation that cannot be used."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from conftest import findings_of, load_text


def claim(cid: str, value: str, *counterparts: str) -> str:
    extra = ""
    if counterparts:
        extra = "counterpart = [" + ", ".join(f'"{c}"' for c in counterparts) + "]\n"
    return f'[[claim]]\nid = "{cid}"\nquote = "{value}"\nvalue = "{value}"\n{extra}\n'


def relation(rid: str, kind: str, **fields: object) -> str:
    lines = [f'[[relation]]\nid = "{rid}"\nkind = "{kind}"']
    for key, value in fields.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, list):
            lines.append(f"{key} = [" + ", ".join(f'"{v}"' for v in value) + "]")
        else:
            lines.append(f'{key} = "{value}"')
    return "\n".join(lines) + "\n\n"


def only(text: str, check: str) -> list[Finding]:
    return findings_of(text, check)


def one(text: str, check: str) -> Finding:
    found = only(text, check)
    assert len(found) == 1, found
    return found[0]


# -- sum ---------------------------------------------------------------------------------------------


def sum_file(total: str, parts: list[str], exhaustive: bool = True) -> str:
    text = claim("national", total)
    names = []
    for i, part in enumerate(parts):
        text += claim(f"p{i}", part)
        names.append(f"p{i}")
    return text + relation("regions", "sum", total="national", parts=names, exhaustive=exhaustive)


def test_sum_passes_within_rounding_and_says_so() -> None:
    f = one(
        sum_file("4.2 billion lari", ["2.9 billion lari", "0.8 billion lari", "0.7 billion lari"]),
        "sum",
    )
    assert f.outcome is Outcome.PASS and f.rounding_only  # 4.4 as printed, 4.25 within rounding
    assert f.result == "[4.25, 4.55] billion lari"


def test_sum_fails_with_its_arithmetic_and_the_figure_to_fix() -> None:
    f = one(
        sum_file("4.2 billion lari", ["2.9 billion lari", "0.8 billion lari", "1.5 billion lari"]),
        "sum",
    )
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.result == "[5.05, 5.35] billion lari"
    assert f.bound == "national in [5.05, 5.35] billion lari"
    assert f.nearest is not None and "5.05 billion lari" in f.nearest
    assert f.suggestion is not None and '"5.2 billion lari"' in f.suggestion
    assert any("'p2'" in n and "[350, 650] million lari" in n for n in f.notes)
    assert any('"4.2 billion lari" = [4.15, 4.25] billion lari' in s.text for s in f.inputs)


def test_a_part_of_a_count_cannot_exceed_its_whole() -> None:
    text = claim("projects", "22") + claim("capital", "five")
    text += relation("in_capital", "sum", total="projects", parts=["capital"])
    assert one(text, "sum").outcome is Outcome.PASS
    text = claim("projects", "22") + claim("capital", "thirty")
    text += relation("in_capital", "sum", total="projects", parts=["capital"])
    f = one(text, "sum")
    assert f.outcome is Outcome.FAIL and f.bound == "projects ≥ 25"  # "thirty" as "30"


def test_sum_in_every_currency_given() -> None:
    text = claim("total", "646.8 billion tenge", "US$1.5 billion")
    text += claim("a", "400 billion tenge", "US$0.9 billion")
    text += claim("b", "246.8 billion tenge", "US$0.9 billion")
    text += relation("parts", "sum", total="total", parts=["a", "b"], exhaustive=True)
    found = only(text, "sum")
    assert [f.outcome for f in found] == [Outcome.PASS, Outcome.FAIL]  # tenge fits, dollars not
    assert "in US$" in found[1].message


def test_sum_across_currencies_with_no_rate_is_undetermined() -> None:
    text = claim("total", "646.8 billion tenge") + claim("a", "US$1 billion")
    text += relation("parts", "sum", total="total", parts=["a"])
    f = one(text, "sum")
    assert f.outcome is Outcome.UNDETERMINED and "not stated in one unit" in f.message


def test_sum_across_currencies_uses_the_articles_common_rate() -> None:
    text = claim("rate_pair", "421 billion tenge", "US$1 billion")
    text += claim("total", "104 billion tenge") + claim("a", "US$0.5 billion")
    text += relation("parts", "sum", total="total", parts=["a"])
    f = one(text, "sum")
    assert f.outcome is Outcome.FAIL  # half a billion dollars is about 210 billion tenge
    assert any("rate:KZT/USD" in s.label for s in f.inputs)


# -- difference ----------------------------------------------------------------------------------------


def diff_file(result: str, minuend: str, subtrahend: str) -> str:
    text = claim("deficit", result) + claim("spending", minuend) + claim("revenue", subtrahend)
    return text + relation(
        "gap", "difference", result="deficit", minuend="spending", subtrahend="revenue"
    )


def test_difference_pass_fail_and_rounding() -> None:
    assert (
        one(
            diff_file("1.2 billion euros", "5.6 billion euros", "4.4 billion euros"), "difference"
        ).outcome
        is Outcome.PASS
    )
    f = one(diff_file("1.3 billion euros", "5.6 billion euros", "4.4 billion euros"), "difference")
    assert f.outcome is Outcome.PASS and f.rounding_only  # 1.2 as printed; [1.25, 1.3] fits
    f = one(diff_file("2 billion euros", "5.6 billion euros", "4.4 billion euros"), "difference")
    assert f.outcome is Outcome.FAIL and f.result == "[1.1, 1.3] billion euros"


# -- multiple --------------------------------------------------------------------------------------------


def mult_file(value: str, of: str, factor: str) -> str:
    text = claim("exports", value) + claim("imports", of)
    return text + relation("times", "multiple", value="exports", of="imports", factor=factor)


@pytest.mark.parametrize(
    ("value", "factor", "outcome"),
    [
        ("340 million dollars", "3.4 times", Outcome.PASS),
        ("340 million dollars", "4.5×", Outcome.FAIL),
        ("340 million dollars", "about three times", Outcome.FAIL),  # at most 3.15 × 101.5
        ("315 million dollars", "about three times", Outcome.PASS),
        ("340 million dollars", "more than twice", Outcome.PASS),
        ("190 million dollars", "more than twice", Outcome.FAIL),
        ("303 million dollars", "three-fold", Outcome.PASS),
        ("303 million dollars", "tripled", Outcome.PASS),
        ("203 million dollars", "doubled", Outcome.PASS),
        ("340 million dollars", "half", Outcome.FAIL),
    ],
)
def test_multiple_reads_factors_as_written(value: str, factor: str, outcome: Outcome) -> None:
    assert one(mult_file(value, "101 million dollars", factor), "multiple").outcome is outcome


def test_fractions_a_third_and_a_quarter() -> None:
    assert (
        one(mult_file("25 million", "101 million", "a quarter"), "multiple").outcome is Outcome.PASS
    )
    f = one(mult_file("25 million", "101 million", "a third"), "multiple")
    assert f.outcome is Outcome.FAIL
    assert f.result == "[31.825, 35.525] million"  # a third, within 5 percent, of 101 million
    assert any("factor" in n and "would need" in n for n in f.notes)


def test_a_factor_may_name_a_claim() -> None:
    text = mult_file("340 million dollars", "101 million dollars", "ratio_claim")
    text += claim("ratio_claim", "3.4")
    assert one(text, "multiple").outcome is Outcome.PASS


# -- order, equal ------------------------------------------------------------------------------------------


def test_order_highest_in_a_decade() -> None:
    text = claim("y2023", "4.1 billion manats") + claim("y2016", "4.3 billion manats")
    text += claim("y2019", "3.9 billion manats")
    text += relation("highest", "order", left="y2023", op=">=", right=["y2016", "y2019"])
    found = only(text, "order")
    assert [f.outcome for f in found] == [Outcome.FAIL, Outcome.PASS]
    assert found[0].bound == "y2023 ≥ 4.25 billion manats"


def test_a_forecast_not_below_the_amount_reached() -> None:
    text = claim("reached", "1.8 million tonnes") + claim("forecast", "1.75 million tonnes")
    text += relation("fc", "order", left="forecast", op="≥", right=["reached"])
    assert one(text, "order").outcome is Outcome.PASS  # 1.755 ≥ 1.75 within rounding


def test_equal_in_balance() -> None:
    text = claim("revenue", "12.4 billion lari") + claim("spending", "12.45 billion lari")
    text += relation("balance", "equal", claims=["revenue", "spending"])
    assert one(text, "equal").outcome is Outcome.PASS
    text = claim("revenue", "12.4 billion lari") + claim("spending", "13.1 billion lari")
    text += relation("balance", "equal", claims=["revenue", "spending"])
    f = one(text, "equal")
    assert f.outcome is Outcome.FAIL and f.nearest is not None


# -- average -----------------------------------------------------------------------------------------------


def test_average_of_yearly_figures() -> None:
    base = claim("y1", "2.8 billion") + claim("y2", "3.1 billion") + claim("y3", "3.3 billion")
    ok = (
        base
        + claim("avg", "3.1 billion")
        + relation("mean", "average", value="avg", of=["y1", "y2", "y3"])
    )
    assert one(ok, "average").outcome is Outcome.PASS
    bad = (
        base
        + claim("avg", "3.4 billion")
        + relation("mean", "average", value="avg", of=["y1", "y2", "y3"])
    )
    f = one(bad, "average")
    assert f.outcome is Outcome.FAIL and f.result == "[3.01667, 3.11667] billion"


# -- change -------------------------------------------------------------------------------------------------


def change_file(
    amount: tuple[str, ...], current: tuple[str, ...], base: tuple[str, ...], pct: str | None
) -> str:
    text = claim("inc", *amount) + claim("now", *current) + claim("before", *base)
    fields: dict[str, object] = {"amount": "inc", "current": "now", "base": "before"}
    if pct is not None:
        text += claim("pct", pct)
        fields["percent"] = "pct"
    return text + relation("up", "change", **fields)


def test_change_in_every_currency_given() -> None:
    text = change_file(
        ("212 million lari", "US$79 million"),
        ("729 million lari", "US$272 million"),
        ("517 million lari", "US$193 million"),
        "41 percent",
    )
    found = only(text, "change")
    # the difference and the percent, each in lari and in dollars
    assert [f.outcome for f in found] == [Outcome.PASS] * 4
    text = change_file(
        ("212 million lari", "US$89 million"),
        ("729 million lari", "US$272 million"),
        ("517 million lari", "US$193 million"),
        "41 percent",
    )
    found = only(text, "change")
    assert [f.outcome for f in found] == [Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.FAIL]
    assert "US$" in found[1].message and "US$" in found[3].message


def test_change_percent_against_the_base() -> None:
    text = change_file(
        ("110 million rubles",), ("520 million rubles",), ("410 million rubles",), "27 percent"
    )
    found = only(text, "change")
    assert [f.outcome for f in found] == [Outcome.PASS, Outcome.PASS]
    text = change_file(
        ("110 million rubles",), ("520 million rubles",), ("410 million rubles",), "35 percent"
    )
    assert [f.outcome for f in only(text, "change")] == [Outcome.PASS, Outcome.FAIL]


def test_a_fall_is_written_without_a_minus() -> None:
    text = (
        claim("drop", "50 million euros")
        + claim("now", "450 million euros")
        + claim("before", "500 million euros")
    )
    text += relation(
        "down", "change", amount="drop", current="now", base="before", direction="fall"
    )
    assert one(text, "change").outcome is Outcome.PASS
    text = text.replace('direction = "fall"', 'direction = "rise"')
    assert one(text, "change").outcome is Outcome.FAIL


@pytest.mark.parametrize(
    ("amount", "percent"),
    [
        ("down 50 million euros", "10 percent"),
        ("50 million euros", "fell 10 percent"),
        ("a drop of 50 million euros", "down 10 percent"),
        ("-50 million euros", "-10 percent"),
    ],
)
def test_a_fall_already_in_the_value_is_not_negated_twice(amount: str, percent: str) -> None:
    """direction = "fall" with a value that already says so ("down", a minus sign) is one fall,
    not a rise: the figures fit, so no fail."""
    text = (
        claim("drop", amount)
        + claim("now", "450 million euros")
        + claim("before", "500 million euros")
        + claim("pct", percent)
    )
    text += relation(
        "down",
        "change",
        amount="drop",
        current="now",
        base="before",
        percent="pct",
        direction="fall",
    )
    assert [f.outcome for f in only(text, "change")] == [Outcome.PASS, Outcome.PASS]


def test_a_fall_from_an_unprinted_base_adds_it_back_in_the_printed_arithmetic() -> None:
    """The value before a fall written without a minus is ``now + drop``: the verdict shows that
    sum, never "now − −drop", and the verdict is the same as before."""
    text = claim("drop", "21.0 billion euros") + claim("now", "50 billion euros")
    text += claim("pct", "38.5 percent")
    text += relation(
        "down", "change", amount="drop", current="now", percent="pct", direction="fall"
    )
    f = one(text, "change")
    assert f.outcome is Outcome.FAIL  # 21 of [66, 76] is 27.5 to 31.9 percent, not 38.5
    assert "now + drop" in f.message and "− −" not in f.message
    assert one(text.replace("38.5 percent", "29.5 percent"), "change").outcome is Outcome.PASS


def test_change_with_only_the_current_value_samples_the_figure_used_twice() -> None:
    text = (
        claim("inc", "110 million rubles")
        + claim("now", "520 million rubles")
        + claim("pct", "27 percent")
    )
    text += relation("up", "change", amount="inc", current="now", percent="pct")
    f = one(text, "change")
    assert f.outcome is Outcome.PASS  # a witness found with 'inc' fixed at sampled values
    assert any(s.label == "witness" for s in f.inputs)


# -- per ---------------------------------------------------------------------------------------------------------


def test_per_unit_figure() -> None:
    text = (
        claim("invest", "62 million euros")
        + claim("jobs", "1,987")
        + claim("per_job", "31 thousand euros")
    )
    text += relation("pj", "per", value="per_job", numerator="invest", denominator="jobs")
    assert one(text, "per").outcome is Outcome.PASS
    text = text.replace('value = "31 thousand euros"', 'value = "41 thousand euros"')
    f = one(text, "per")
    assert f.outcome is Outcome.FAIL and f.result == "[30,943.4, 31,462.4] euros"


def test_per_takes_the_denominator_in_the_value_s_per_unit() -> None:
    """600 thousand tenge for 2 tonnes is 300 tenge per kilogram (2 tonnes are 2,000 kg), not
    300,000; a per-unit the denominator cannot be had in is no test, never a fail."""
    text = (
        claim("revenue", "600 thousand tenge")
        + claim("weight", "2 tonnes")
        + claim("price", "300 tenge per kilogram")
    )
    text += relation("pw", "per", value="price", numerator="revenue", denominator="weight")
    assert one(text, "per").outcome is Outcome.PASS
    text = text.replace('value = "300 tenge per kilogram"', 'value = "500 tenge per kilogram"')
    assert one(text, "per").outcome is Outcome.FAIL
    text = text.replace('value = "2 tonnes"', 'value = "2 kilometers"')
    assert one(text, "per").outcome is Outcome.UNDETERMINED


def test_per_with_a_denominator_that_may_be_zero_is_undetermined() -> None:
    text = (
        claim("invest", "62 million euros")
        + claim("jobs", "up to 3")
        + claim("per_job", "31 thousand euros")
    )
    text += relation("pj", "per", value="per_job", numerator="invest", denominator="jobs")
    assert one(text, "per").outcome is Outcome.UNDETERMINED


# -- same whole, share, growth ----------------------------------------------------------------------------------------


def test_shares_of_one_unstated_whole() -> None:
    text = claim("revenue", "21.5 billion manats") + claim("rev_gdp", "21 percent")
    text += claim("spending", "24.6 billion manats") + claim("sp_gdp", "24 percent")
    text += relation(
        "gdp", "same-whole", parts=["revenue", "spending"], shares=["rev_gdp", "sp_gdp"]
    )
    assert one(text, "same-whole").outcome is Outcome.PASS
    text = text.replace('value = "24 percent"', 'value = "29 percent"')
    assert one(text, "same-whole").outcome is Outcome.FAIL


def test_a_written_share_relation_is_tested_by_share_of_whole() -> None:
    text = (
        claim("region", "300,600 km²")
        + claim("country", "2,724,900 km²")
        + claim("pct", "11 percent")
    )
    text += relation("area", "share", share="pct", part="region", whole="country")
    assert one(text, "share-of-whole").outcome is Outcome.PASS


def test_a_real_growth_is_never_compared_with_nominal_amounts() -> None:
    text = (
        claim("gdp", "80.4 billion lari")
        + claim("gdp0", "70.3 billion lari")
        + claim("g", "6.2 percent")
    )
    text += relation("gr", "growth", growth="g", current="gdp", base="gdp0", real=True)
    f = one(text, "growth")
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.INFO
    assert "real terms" in f.message
    nominal = text.replace("real = true", "real = false")
    assert one(nominal, "growth").outcome is Outcome.FAIL  # 80/70 is 14 percent


# -- unusable relations: exit 2 with file, line, relation and field --------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (claim("a", "5") + relation("r", "sums", total="a"), "kind", "is not a kind of relation"),
        (
            claim("a", "5") + relation("r", "sum", total="a", parts=["nope"]),
            "parts",
            "unknown claim 'nope'",
        ),
        (claim("a", "5") + relation("r", "sum", total="a"), None, "missing required field 'parts'"),
        (
            claim("a", "5 percent")
            + claim("b", "3 billion tenge")
            + relation("r", "sum", total="b", parts=["a"]),
            "parts",
            "a sum relates figures of one kind",
        ),
        (
            claim("a", "5")
            + claim("b", "3")
            + relation("r", "multiple", value="a", of="b", factor="lots"),
            "factor",
            "is not a factor",
        ),
        (
            claim("a", "5") + relation("r", "sum", total="a", parts=["a"]),
            "parts",
            "cannot be one of its own",
        ),
        (
            claim("a", "5") + relation("r", "order", left="a", op="=>", right=["a"]),
            "op",
            "is not one of",
        ),
        (claim("a", "5") + relation("r", "equal", claims=["a"]), "claims", "at least two claims"),
        (
            claim("a", "5") + relation("r", "sum", total="a", parts=["a"], colour="red"),
            "colour",
            "unknown field",
        ),
        (
            claim("a", "5") + relation("r", "conversion", claim="a"),
            "kind",
            "is not a kind of relation",
        ),
        (  # a share that is its own part: a = a / b × 100 was passed with the two a's apart
            claim("a", "5 percent")
            + claim("b", "95 percent")
            + relation("r", "share", share="a", part="a", whole="b"),
            "share",
            "three claims",
        ),
        (  # 300 tenge per kilogram is 300 thousand per tonne: never compared as 300 = 300,000
            claim("a", "300 tenge per kilogram")
            + claim("b", "300 thousand tenge per tonne")
            + relation("r", "equal", claims=["a", "b"]),
            "claims",
            "per one unit",
        ),
        (
            claim("a", "300 tenge per kilogram")
            + claim("b", "600 thousand tenge")
            + relation("r", "order", left="a", op="<", right=["b"]),
            "right",
            "per one unit",
        ),
    ],
)
def test_unusable_relations_are_load_errors(text: str, field: str | None, words: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_text(text)
    error = caught.value
    assert words in error.message
    assert error.field == field
    assert error.item == "relation 'r'" and error.line is not None


def test_relation_ids_share_the_files_id_space() -> None:
    text = claim("a", "5") + claim("b", "3") + relation("a", "equal", claims=["a", "b"])
    with pytest.raises(LoadError, match="duplicate id 'a'"):
        load_text(text)


# -- equation (the general relation) -------------------------------------------------------------------------


def test_an_equation_is_tested_like_any_relation() -> None:
    text = claim("exports", "4.2 billion dollars") + claim("imports", "3.1 billion dollars")
    text += claim("balance", "1.1 billion dollars")
    text += relation("trade", "equation", expr="balance = exports - imports")
    f = one(text, "equation")
    assert f.outcome is Outcome.PASS and f.claims == ("balance", "exports", "imports")
    f = one(text.replace('"1.1 billion dollars"', '"1.6 billion dollars"'), "equation")
    assert f.outcome is Outcome.FAIL and f.suggestion is not None


def test_an_unreadable_equation_names_the_token() -> None:
    text = claim("a", "5") + relation("r", "equation", expr="a = b +")
    with pytest.raises(LoadError) as caught:
        load_text(text)
    assert caught.value.field == "expr" and "column" in caught.value.message


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("3.4 times", "3.35", "3.45"),
        ("4.5×", "4.45", "4.55"),
        # a factor in words: within the approx tolerance, 5 percent of its value
        ("twice", "1.9", "2.1"),
        ("more than twice", "2", None),
        ("three-fold", "2.85", "3.15"),
        ("1.5-fold", "1.45", "1.55"),
        ("doubled", "1.9", "2.1"),
        ("half", "0.475", "0.525"),
        ("a third", "19/60", "7/20"),
        ("two thirds", "19/30", "7/10"),
        ("a quarter", "19/80", "21/80"),
        ("about three times", "2.7", "3.3"),  # "about": widened twice
        ("about 3 times", "2.35", "3.65"),
    ],
)
def test_factors_are_read_as_written(text: str, lo: str, hi: str | None) -> None:
    from aktobe_facts.reading.exact import Fraction, of_digits
    from aktobe_facts.relations.multiple import read_factor

    found = read_factor(text).interval
    assert found.lo == (of_digits(lo) if "/" not in lo else Fraction(lo))
    assert found.hi == (None if hi is None else of_digits(hi))


# -- properties: a finding's verdict against the constraint itself -------------------------------------------

figures_ = st.tuples(st.integers(1, 9_999), st.integers(0, 2)).map(
    lambda t: f"{t[0] / 10 ** t[1]:.{t[1]}f} million euros"
)


@given(
    st.sampled_from(["sum", "difference", "multiple", "order", "average"]),
    st.lists(figures_, min_size=3, max_size=3),
)
def test_a_pass_has_a_witness_and_a_fail_none(kind: str, values: list[str]) -> None:
    from aktobe_facts.relations.engine import witness
    from aktobe_facts.relations.registry import constraints
    from aktobe_facts.relations.terms import domains
    from aktobe_facts.solve.expr import holds, variables

    text = "".join(claim(f"c{i}", v) for i, v in enumerate(values))
    by_kind: dict[str, dict[str, object]] = {
        "sum": {"total": "c0", "parts": ["c1", "c2"], "exhaustive": True},
        "difference": {"result": "c0", "minuend": "c1", "subtrahend": "c2"},
        "multiple": {"value": "c0", "of": "c1", "factor": "2.5 times"},
        "order": {"left": "c0", "op": ">", "right": ["c1", "c2"]},
        "average": {"value": "c0", "of": ["c1", "c2"]},
    }
    text += relation("r", kind, **by_kind[kind])
    doc = load_text(text)
    found = [f for f in findings_of(text) if f.check == kind]
    for f, c in zip(found, constraints(doc, doc.relations[-1]), strict=True):
        doms = domains(doc, variables(c.left) | variables(c.right))
        assert doms is not None
        if f.outcome is Outcome.PASS:
            point = witness(c, doms)
            assert point is not None and holds(c, point)
            assert all(doms[n].contains(v) for n, v in point.items())
        elif f.outcome is Outcome.FAIL:
            for k in range(9):  # corners and inner points of the box
                point = {
                    n: _at(d, (k * (i + 1)) % 9) for i, (n, d) in enumerate(sorted(doms.items()))
                }
                assert not holds(c, point)


def _at(domain: Interval, k: int) -> Fraction:
    assert domain.lo is not None and domain.hi is not None
    return domain.lo + (domain.hi - domain.lo) * k / 8
