"""The general relation's grammar: equations and inequalities over claim ids, with units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.relations.equation import (
    MAX_DEPTH,
    MAX_OPERATORS,
    EquationError,
    Figures,
    constraint_text,
    parse_equation,
    to_text,
)
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Var
from conftest import load_text

ARTICLE = """
    [[claim]]
    id = "revenue"
    quote = "revenue of 646.8 billion tenge (US$1.5 billion)"
    value = "646.8 billion tenge"
    counterpart = "US$1.5 billion"

    [[claim]]
    id = "spending"
    quote = "spending of 600 billion tenge"
    value = "600 billion tenge"

    [[claim]]
    id = "growth"
    quote = "up 6.6 percent"
    value = "6.6 percent"

    [[claim]]
    id = "change"
    quote = "up 2.1 percentage points"
    value = "2.1 percentage points"

    [[claim]]
    id = "plots"
    quote = "300 hectares"
    value = "300 hectares"

    [[claim]]
    id = "grants"
    quote = "140 million tenge (US$)"
    value = "140 million tenge"
    counterpart = "US$"

    [[claim]]
    id = "projects"
    quote = "22 projects"
    value = "22"

    [[claim]]
    id = "in-capital"
    quote = "five of them in the capital"
    value = "five"

    [[claim]]
    id = "road"
    quote = "650 km (404 miles)"
    value = "650 km"
    counterpart = "404 miles"

    [[reference]]
    id = "district"
    value = "3 km²"
    source = "a statistics office"
"""


@pytest.fixture(scope="module")
def doc() -> ClaimsFile:
    return load_text(ARTICLE)


def figures(doc: ClaimsFile) -> Figures:
    return Figures.of(doc.claims, doc.references)


def read(doc: ClaimsFile, text: str) -> str:
    equation = parse_equation(text, figures(doc))
    return f"{constraint_text(equation.constraint)} | {equation.unit.label}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("revenue - spending = '46.8 billion tenge'", "revenue - spending = 46800000000 | tenge"),
        ("revenue − spending ≥ 0 * spending", "revenue - spending >= 0 * spending | tenge"),
        ("revenue >= spending", "revenue >= spending | tenge"),
        ("revenue <= spending", "revenue <= spending | tenge"),
        ("revenue ≤ spending", "revenue <= spending | tenge"),
        ("revenue < spending", "revenue < spending | tenge"),
        ("revenue > spending", "revenue > spending | tenge"),
        ("revenue = 2 × spending ÷ 3", "revenue = 2 * spending / 3 | tenge"),
        ("revenue = 2 * (spending - revenue)", "revenue = 2 * (spending - revenue) | tenge"),
        ("-revenue = +spending", "-revenue = spending | tenge"),
        ("revenue = revenue@USD * '431 tenge per US$'", "revenue = revenue@USD * 431 | tenge"),
        ("revenue@usd = '1.5 billion US$'", "revenue@USD = 1500000000 | US$"),
        ("revenue@KZT = spending", "revenue = spending | tenge"),
        # a percent is a hundredth: converted exactly to the left side's unit
        (
            "revenue = spending * ('100 percent' + growth)",
            "revenue = spending * (100 + growth) * 0.01 | tenge",
        ),
        (
            "growth = revenue / spending - '100 percent'",
            "growth = (revenue / spending - 1) * 100 | percent",
        ),
        (
            "growth = (revenue / spending - 1) * '100 percent'",
            "growth = (revenue / spending - 1) * 100 | percent",
        ),
        ("growth + change >= '5 percent'", "growth + change >= 5 | percent"),
        # physical units convert exactly, to the left operand's unit
        ("plots <= district", "plots <= district * 100 | hectares"),
        ("district >= plots", "district >= plots * 0.01 | km²"),
        ("in-capital / projects < '50 percent'", "in-capital / projects < 0.5 | a plain number"),
        ("projects - in-capital = 17", "projects - in-capital = 17 | a plain number"),
        # a count over ("100 percent" + growth) is a count, as money over it is money: a bare
        # number beside it (a month's average times 6, a difference equal to 0) means one thing
        (
            "projects * 6 = projects / ('100 percent' + growth)",
            "projects * 6 = projects / (100 + growth) * 100 | a plain number",
        ),
        (
            "projects / ('100 percent' + growth) - in-capital = 0",
            "(projects / (100 + growth) - in-capital * 0.01) * 100 = 0 | a plain number",
        ),
        ("road@mile <= road", "road@mile <= road * (15625 / 25146) | miles"),
        ("road@MILE * 2 = road * 2", "road@mile * 2 = road * 2 * (15625 / 25146) | miles"),
    ],
)
def test_reads(doc: ClaimsFile, text: str, expected: str) -> None:
    assert read(doc, text) == expected


def test_the_constraint_names_the_claims_and_the_relation(doc: ClaimsFile) -> None:
    equation = parse_equation(
        "revenue = revenue@USD * '431 tenge per US$' + spending - revenue",
        figures(doc),
        relation="balance",
        line=12,
    )
    c = equation.constraint
    assert (c.relation, c.line, c.claims, c.rel) == ("balance", 12, ("revenue", "spending"), "=")
    assert c.left == Var("revenue")
    assert equation.left_figure == "revenue" and equation.right_figure is None


def test_a_figure_is_read_by_the_file_s_locale() -> None:
    doc = load_text(
        """
        [settings]
        locale = "de"
        [[claim]]
        id = "a"
        quote = "x"
        value = "1.234,5 Euro"
        """
    )
    equation = parse_equation(
        "a = '1.234,5 EUR'", Figures.of(doc.claims), locale=doc.settings.locale
    )
    assert equation.constraint.right == Const(Fraction(24690, 20))


ERRORS = [
    # (text, column, token, words of the message)
    ("", 1, "", "empty"),
    ("   ", 1, "", "empty"),
    ("revenue", 8, "", "no relational operator"),
    ("nothing = revenue", 1, "nothing", "unknown claim or reference 'nothing'"),
    ("revenue = spendin", 11, "spendin", "unknown claim or reference 'spendin'"),
    ("revenue-spending = 1", 1, "revenue-spending", "write spaces around '-': revenue - spending"),
    ("revenue@EUR = 1", 1, "revenue@EUR", "claim 'revenue' has no figure in EUR"),
    ("grants@USD = 1", 1, "grants@USD", "states no number in USD"),
    ("revenue@ = 1", 8, "@", "currency code"),
    ("revenue = '5 zorkmids'", 11, "'5 zorkmids'", "unknown unit 'zorkmids'"),
    ("revenue = 'US$'", 11, "'US$'", "has no number"),
    ("revenue = 'about 5 tenge'", 11, "'about 5 tenge'", "qualifier"),
    ("revenue = '5 tenge", 11, "'", "is not closed"),
    ("revenue + revenue@USD = spending", 9, "+", "cannot add tenge and US$"),
    ("revenue = revenue@USD", 9, "=", "cannot compare tenge and US$"),
    ("revenue - plots = 1", 9, "-", "cannot subtract tenge and hectares"),
    ("growth = revenue", 8, "=", "cannot compare percent and tenge"),
    ("growth >= 5", 8, ">=", "a bare number next to a percent"),
    ("growth = 100 * revenue / spending", 8, "=", "a bare number next to a percent"),
    ("growth * growth >= 5", 17, ">=", "a bare number next to a percent"),
    ("revenue = spending * (1 + growth)", 25, "+", "cannot add a plain number and percent"),
    ("(revenue = spending", 10, "=", "parenthesis opened at column 1 is not closed"),
    ("(revenue + spending = revenue", 21, "=", "not closed"),
    ("revenue = (spending", 11, "(", "not closed"),
    ("revenue = spending)", 19, ")", "closes no parenthesis"),
    ("() = revenue", 2, ")", "empty parentheses"),
    ("revenue = spending +", 20, "+", "'+' has nothing after it"),
    ("revenue = ", 9, "=", "'=' has nothing after it"),
    ("* revenue = spending", 1, "*", "'*' has nothing before it"),
    ("revenue * / spending = 1", 11, "/", "'/' follows '*'"),
    ("= revenue", 1, "=", "no left side"),
    ("revenue + = spending", 11, "=", "'=' follows '+'"),
    ("revenue = spending = revenue", 20, "=", "a second relational operator '='"),
    ("revenue <= spending >= revenue", 21, ">=", "a second relational operator '>='"),
    ("revenue = = spending", 11, "=", "a second relational operator"),
    ("revenue spending = 1", 9, "spending", "no operator between them"),
    ("revenue = spending $ 2", 20, "$", "unexpected character '$'"),
    ("revenue = spending (2)", 20, "(", "no operator between them"),
]


@pytest.mark.parametrize(("text", "column", "token", "words"), ERRORS)
def test_errors_name_the_token_and_its_column(
    doc: ClaimsFile, text: str, column: int, token: str, words: str
) -> None:
    with pytest.raises(EquationError) as caught:
        parse_equation(text, figures(doc))
    error = caught.value
    assert words in error.message
    assert (error.column, error.token) == (column, token)
    assert str(error).startswith(f"column {column}: ")


def test_a_claim_without_a_value_is_named() -> None:
    doc = load_text(
        """
        [[group]]
        id = "g"
        [[claim]]
        id = "a"
        quote = "x"
        value = "40 percent"
        group = "g"
        [[claim]]
        id = "rest"
        quote = "y"
        group = "g"
        remainder = true
        """
    )
    with pytest.raises(EquationError, match="claim 'rest' has no value"):
        parse_equation("rest = '60 percent'", Figures.of(doc.claims))


def test_a_computed_counterpart_is_not_an_article_figure() -> None:
    doc = load_text(
        """
        [[claim]]
        id = "grants"
        quote = "140 million tenge (US$)"
        value = "140 million tenge"
        counterpart = "US$332,000"
        computed = {"US$332,000" = "at 421.343 tenge per US$"}
        """
    )
    with pytest.raises(EquationError, match="computed by `fill`"):
        parse_equation("grants@USD = 'US$1'", Figures.of(doc.claims))


def test_limits(doc: ClaimsFile) -> None:
    deep = "(" * (MAX_DEPTH + 1) + "revenue" + ")" * (MAX_DEPTH + 1) + " = spending"
    with pytest.raises(EquationError, match="nested more than"):
        parse_equation(deep, figures(doc))
    long = "+".join(["growth"] * (MAX_OPERATORS + 2)) + " = growth"
    with pytest.raises(EquationError, match="operators") as caught:
        parse_equation(long, figures(doc))
    assert caught.value.token == "+"
    with pytest.raises(EquationError, match="characters long"):
        parse_equation("revenue = " + "1" * 2000, figures(doc))
    # within the limits, both parse
    parse_equation("(" * MAX_DEPTH + "revenue" + ")" * MAX_DEPTH + " = spending", figures(doc))
    parse_equation("+".join(["growth"] * (MAX_OPERATORS + 1)) + " = growth", figures(doc))


# -- round trip: any tree printed by to_text is read back as the same tree ------------------------

IDS = ["a", "b_2", "x.y", "r-1", "Q3"]
PLAIN = "\n".join(f'[[claim]]\nid = "{i}"\nquote = "q"\nvalue = "7"\n' for i in IDS)


def _decimals() -> st.SearchStrategy[Fraction]:
    return st.builds(
        lambda n, places: Fraction(n, 10**places),
        st.integers(0, 10**9),
        st.integers(0, 4),
    )


def expressions() -> st.SearchStrategy[Expr]:
    leaves = st.one_of(st.sampled_from(IDS).map(Var), _decimals().map(Const))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(Neg),
            st.builds(BinOp, st.sampled_from(["+", "-", "*", "/"]), inner, inner),
        ),
        max_leaves=12,
    )


@given(expressions(), st.sampled_from(["=", "<=", ">=", "<", ">"]), expressions())
def test_round_trip(left: Expr, rel: str, right: Expr) -> None:
    doc = load_text(PLAIN)
    text = f"{to_text(left)} {rel} {to_text(right)}"
    parsed = parse_equation(text, Figures.of(doc.claims)).constraint
    assert (parsed.left, parsed.rel, parsed.right) == (left, rel, right)
    assert constraint_text(parsed) == text


def test_to_text_uses_only_needed_parentheses() -> None:
    a, b, c = Var("a"), Var("b"), Var("c")
    assert to_text(BinOp("-", a, BinOp("-", b, c))) == "a - (b - c)"
    assert to_text(BinOp("-", BinOp("-", a, b), c)) == "a - b - c"
    assert to_text(BinOp("*", BinOp("+", a, b), c)) == "(a + b) * c"
    assert to_text(Neg(BinOp("+", a, b))) == "-(a + b)"
    assert to_text(Const(Fraction(1, 3))) == "(1 / 3)"
    assert to_text(Const(Fraction(-5, 2))) == "-2.5"
    assert constraint_text(Constraint(a, "<=", Const(Fraction(3, 40)), "r")) == "a <= 0.075"


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # 646.8 billion tenge over US$1.5 billion is 417.3 to 446.1 tenge per US$
        ("revenue = revenue@USD * '431 tenge per US$'", "pass"),
        ("revenue = revenue@USD * '470 tenge per US$'", "fail"),
        ("revenue - spending = '46.8 billion tenge'", "pass"),
        ("revenue - spending >= '100 billion tenge'", "fail"),
        ("revenue = spending * ('100 percent' + growth)", "pass"),  # 600 × 1.066 = 639.6 ≈ 646.8?
        ("road = road@mile", "pass"),  # 404 miles is 650.2 km
        ("plots < district", "pass"),
        ("plots > district * 2", "fail"),
        # a yearly growth over years: "600 billion" is 550 to 650, so three years of 6.6
        # percent reach 665.3 at least, and two reach 739.3 at most
        ("spending * ('100 percent' + growth) ^ 2 >= '681 billion tenge'", "pass"),
        ("spending * ('100 percent' + growth) ^ 3 <= '650 billion tenge'", "fail"),
        ("spending * ('100 percent' + growth) ^ 2 >= '740 billion tenge'", "fail"),
        ("spending ^ 1 = spending", "pass"),
    ],
)
def test_verdicts_over_the_stated_intervals(doc: ClaimsFile, text: str, outcome: str) -> None:
    from aktobe_facts.relations.engine import decide

    found = figures(doc)
    decision = decide(parse_equation(text, found).constraint, found.intervals())
    assert decision.verdict.value == outcome


TRADE = """
    [[claim]]
    id = "exports"
    quote = "exports of US$3.2 billion"
    value = "US$3.2 billion"

    [[claim]]
    id = "balance"
    quote = "a surplus of US$1.3 billion"
    value = "US$1.3 billion"

    [[claim]]
    id = "rate"
    quote = "1.7 manat per dollar"
    value = "1.7 manat per US$"

    [[claim]]
    id = "balance_azn"
    quote = "2.2 billion manat"
    value = "2.2 billion manat"

    [[relation]]
    id = "in_manat"
    kind = "equation"
    expr = "balance_azn = balance × rate"

    [[relation]]
    id = "rate_cap"
    kind = "equation"
    expr = "rate <= '1.6 manat per US$'"
"""


def test_a_written_equation_is_checked_with_its_units_in_words() -> None:
    from conftest import findings_of

    found = {f.claims: f for f in findings_of(TRADE, "equation")}
    held = found[("balance_azn", "balance", "rate")]
    assert held.outcome.value == "pass" and "billion manats" in held.message
    broken = found[("rate",)]
    assert broken.outcome.value == "fail"
    assert "[1.65, 1.75] manats per US dollar" in broken.message


def test_an_unreadable_equation_is_an_exit_2_error_at_its_token() -> None:
    from aktobe_facts.claims.loader import LoadError

    with pytest.raises(LoadError) as caught:
        load_text(TRADE.replace("balance × rate", "balance + rate"))
    error = caught.value
    assert (error.item, error.field) == ("relation 'in_manat'", "expr")
    assert "column 23: '+' cannot add US$ and manats per US dollar" in error.message
    assert error.line is not None


def test_a_power_is_that_many_products(doc: ClaimsFile) -> None:
    a = parse_equation("plots ^ 3 = plots * plots * plots", figures(doc)).constraint
    assert a.left == a.right


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("plots ^ 0 = plots", "0"),
        ("plots ^ 1.5 = plots", "1.5"),
        ("plots ^ 51 = plots", "51"),
        ("plots ^ growth = plots", "growth"),
        ("plots ^ = plots", "="),
        ("plots ^", "^"),
    ],
)
def test_a_power_takes_a_whole_number(doc: ClaimsFile, text: str, token: str) -> None:
    with pytest.raises(EquationError, match="takes a whole number") as caught:
        parse_equation(text, figures(doc))
    assert caught.value.token == token
