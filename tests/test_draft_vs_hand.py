"""How scripts/draft_vs_hand.py matches a draft against a hand-written claims file: figures by what
they state (not by how the draft and the editor wrote them), relations by their figures or by
their constraint written another way (scripts/relation_forms.py), and findings by the figures
they concern, a range's finding by the end its message names."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Finding, Outcome, Severity
from conftest import load_text

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
import draft_vs_hand
from draft_vs_hand import Expected, Tied, figures, in_hand, matches, recalls, same_relation, tied

# The hand file: a converted range written as its two ends, each a pair of its own.
HAND = load_text(
    """
    [[claim]]
    id = "low"
    quote = "PLN 4-12bn (EUR 0.9-28bn)"
    value = "PLN 4bn"
    counterpart = "EUR 0.9bn"

    [[claim]]
    id = "high"
    quote = "PLN 4-12bn (EUR 0.9-28bn)"
    value = "PLN 12bn"
    counterpart = "EUR 28bn"

    [[claim]]
    id = "deficit"
    quote = "a deficit of PLN 26.31bn (EUR 6.12bn)"
    value = "PLN 26.31bn"
    counterpart = "EUR 6.12bn"

    [[claim]]
    id = "share"
    quote = "3.7 percent of GDP"
    value = "3.7 percent"
    """
)

# The draft: the range as one claim, the share written another way.
DRAFT = load_text(
    """
    [[claim]]
    id = "range"
    quote = "PLN 4-12bn (EUR 0.9-28bn)"
    value = "PLN 4-12bn"
    counterpart = "EUR 0.9-28bn"

    [[claim]]
    id = "deficit_run"
    quote = "a deficit of PLN 26.31bn (EUR 6.12bn)"
    value = "PLN 26.31bn"
    counterpart = "EUR 6.12bn"

    [[claim]]
    id = "pct"
    quote = "3.7 percent of GDP"
    value = "3.7%"

    [[claim]]
    id = "other"
    quote = "3.7 billion tenge"
    value = "3.7 billion tenge"
    """
)


def finding(claims: tuple[str, ...], message: str, check: str = "conversions") -> Finding:
    return Finding(check, Outcome.FAIL, Severity.ERROR, claims, 1, message)


def expected(claim: str, check: str = "conversions") -> Expected:
    return Expected((check,), (claim,), Severity.ERROR)


HIGH = '"PLN 4-12bn (high end)" and "EUR 0.9-28bn (high end)" imply 0.43 zlotys per euro'


def test_a_finding_on_a_drafted_range_is_the_hand_files_finding_on_the_end_it_names() -> None:
    assert matches(expected("high"), finding(("range",), HIGH), HAND, DRAFT)


def test_a_finding_on_one_end_is_not_a_finding_on_the_other() -> None:
    assert not matches(expected("low"), finding(("range",), HIGH), HAND, DRAFT)
    low = HIGH.replace("high end", "low end")
    assert matches(expected("low"), finding(("range",), low), HAND, DRAFT)
    assert not matches(expected("high"), finding(("range",), low), HAND, DRAFT)


def test_a_finding_on_a_range_naming_no_end_covers_both() -> None:
    whole = '"PLN 4-12bn" and "EUR 0.9-28bn" imply ...'
    for end in ("low", "high"):
        assert matches(expected(end), finding(("range",), whole), HAND, DRAFT)


def test_a_finding_on_other_figures_or_of_another_check_is_not_found() -> None:
    assert not matches(expected("high"), finding(("deficit_run",), HIGH), HAND, DRAFT)
    assert not matches(expected("deficit"), finding(("range",), HIGH), HAND, DRAFT)
    assert not matches(expected("high", "sum"), finding(("range",), HIGH), HAND, DRAFT)
    assert matches(expected("deficit"), finding(("deficit_run",), "..."), HAND, DRAFT)


def test_figures_are_one_by_what_they_state_not_how_they_are_written() -> None:
    assert matches(
        expected("share", "same-whole"), finding(("pct",), "", "same-whole"), HAND, DRAFT
    )
    # the same number in another unit is another figure
    assert not matches(
        expected("share", "same-whole"), finding(("other",), "", "same-whole"), HAND, DRAFT
    )


def test_a_range_converted_end_to_end_recalls_the_pairs_of_its_ends() -> None:
    range_pair = ("conversion", figures(DRAFT, "range"))
    for end in ("low", "high"):
        assert same_relation(("conversion", figures(HAND, end)), range_pair)
    assert not same_relation(("conversion", figures(HAND, "high")), ("sum", range_pair[1]))
    deficit = ("conversion", figures(DRAFT, "deficit_run"))
    assert not same_relation(("conversion", figures(HAND, "high")), deficit)
    assert same_relation(("conversion", figures(HAND, "deficit")), deficit)


def test_a_relation_of_one_figure_is_no_relation_of_several() -> None:
    # a bound of one figure ("g >= 10 percent") tests nothing of a relation that ties it to others
    one = ("equation", figures(HAND, "share"))
    several = ("equation", figures(HAND, "share") + figures(HAND, "deficit"))
    assert not same_relation(one, several)
    assert not same_relation(several, one)
    assert same_relation(one, ("equation", figures(DRAFT, "pct")))
    assert same_relation(several, several)


def test_a_qualifier_a_headline_capitalises_is_stripped_as_in_lower_case() -> None:
    doc = load_text(
        """
        [settings]
        currencies = {"$" = "FJD"}

        [[claim]]
        id = "headline"
        quote = "Over $522m"
        value = "Over $522m"

        [[claim]]
        id = "rupees"
        quote = "Rs 500"
        value = "Rs 500"

        [[claim]]
        id = "count"
        quote = "500"
        value = "500"
        """
    )
    draft = load_text(
        """
        [[claim]]
        id = "body"
        quote = "over $522m"
        value = "over $522m"
        """
    )
    (headline,) = figures(doc, "headline")
    assert headline.same(figures(draft, "body")[0])  # "$" read as FJD in one, US$ in the other
    # a capitalised word that is not a qualifier stays: "Rs 500" is not the count 500
    assert not figures(doc, "rupees")[0].same(figures(doc, "count")[0])


GROWTHS = """
    [[claim]]
    id = "exports"
    quote = "exports rose 11 percent to NZ$4.7 billion"
    value = "NZ$4.7 billion"

    [[claim]]
    id = "exports_growth"
    quote = "rose 11 percent"
    value = "rose 11 percent"
    kind = "growth"

    [[claim]]
    id = "milk"
    quote = "milk fell 5 percent to NZ$1.2 billion"
    value = "NZ$1.2 billion"

    [[claim]]
    id = "milk_growth"
    quote = "fell 5 percent"
    value = "fell 5 percent"
    kind = "growth"

    [[claim]]
    id = "exports_before"
    quote = "NZ$4.2 billion a year earlier"
    value = "NZ$4.2 billion"
"""


def relations(text: str) -> list[Tied]:
    return tied(load_text(GROWTHS + text))


def growth(current: str, base: str | None = None, of: str = "exports_growth") -> Tied:
    """A drafted growth of ``of`` to ``current`` (from ``base``, when printed)."""
    from_base = f'base = "{base}"' if base else ""
    (found,) = relations(
        f"""
        [[relation]]
        id = "drafted"
        kind = "growth"
        growth = "{of}"
        current = "{current}"
        {from_base}
        """
    )
    return found


def equation(expr: str) -> Tied:
    (found,) = relations(f"[[relation]]\nid = 'hand'\nkind = 'equation'\nexpr = '{expr}'\n")
    return found


def test_a_growth_with_no_base_is_in_hand_where_the_hand_uses_it_inside_an_equation() -> None:
    inside = equation(
        'milk / (1 + milk_growth / "100 percent") <= exports / ("100 percent" + exports_growth)'
    )
    assert in_hand(growth("exports"), inside)
    assert in_hand(growth("milk", of="milk_growth"), inside)
    # the equation says more than the growth: it is not recalled by it
    assert not recalls(growth("exports"), inside)


def test_a_growth_inside_an_equation_keeps_its_figures_roles_and_sign() -> None:
    # the growth taken to another figure
    hand = equation('milk / ("100 percent" + exports_growth) <= exports')
    assert not in_hand(growth("exports"), hand)
    assert in_hand(growth("milk"), hand)
    # the figure is the base the growth starts from, not the value it reaches
    assert not in_hand(
        growth("exports"), equation('exports * ("100 percent" + exports_growth) >= milk')
    )
    # a rise taken as a fall ("100 percent" minus a rise)
    assert not in_hand(
        growth("exports"), equation('exports / ("100 percent" - exports_growth) >= milk')
    )
    # twice the factor is no growth's factor
    assert not in_hand(
        growth("exports"), equation('exports / (2 * ("100 percent" + exports_growth)) >= milk')
    )
    # a fall written without its sign and taken from 100 percent is the fall
    unsigned = load_text(
        GROWTHS.replace('"fell 5 percent"', '"5 percent"')
        + """
        [[relation]]
        id = "hand"
        kind = "equation"
        expr = 'milk / ("100 percent" - milk_growth) <= exports'
        """
    )
    assert in_hand(growth("milk", of="milk_growth"), tied(unsigned)[0])


def test_a_growth_written_as_an_equation_is_the_growth() -> None:
    drafted = growth("exports", base="exports_before")
    for expr in (
        'exports = exports_before * ("100 percent" + exports_growth)',
        'exports / (1 + exports_growth / "100 percent") = exports_before',
    ):
        assert recalls(drafted, equation(expr)) and in_hand(drafted, equation(expr))
    # current and base the other way round is another growth
    swapped = equation('exports_before = exports * ("100 percent" + exports_growth)')
    assert not recalls(drafted, swapped) and not in_hand(drafted, swapped)


# Harbour figures of our own: "the harbour's fish landings fell by 300 tonnes (down 12.5% to 2,100
# tonnes)", "grain landings rose 8 percent from 900 tonnes to 972 tonnes".
CHANGES = """
    [[claim]]
    id = "fish"
    quote = "to 2,100 tonnes"
    value = "2,100 tonnes"

    [[claim]]
    id = "fish_fall"
    quote = "fell by 300 tonnes"
    value = "fell by 300 tonnes"
    kind = "change"

    [[claim]]
    id = "fish_growth"
    quote = "down 12.5%"
    value = "down 12.5%"
    kind = "growth"

    [[claim]]
    id = "fish_unsigned"
    quote = "12.5%"
    value = "12.5%"
    kind = "growth"

    [[claim]]
    id = "fish_before"
    quote = "from 2,400 tonnes"
    value = "2,400 tonnes"

    [[claim]]
    id = "grain_before"
    quote = "from 900 tonnes"
    value = "900 tonnes"

    [[claim]]
    id = "grain"
    quote = "to 972 tonnes"
    value = "972 tonnes"

    [[claim]]
    id = "grain_growth"
    quote = "rose 8 percent"
    value = "rose 8 percent"
    kind = "growth"
"""


def harbour(kind: str, fields: str) -> Tied:
    (found,) = tied(load_text(CHANGES + f"[[relation]]\nid = 'r'\nkind = '{kind}'\n{fields}\n"))
    return found


def test_a_growth_to_a_changes_current_value_is_in_hand_where_the_hand_writes_the_change() -> None:
    drafted = harbour("growth", "growth = 'fish_growth'\ncurrent = 'fish'")
    change = harbour("change", "amount = 'fish_fall'\ncurrent = 'fish'\npercent = 'fish_growth'")
    assert in_hand(drafted, change)
    # the change says more (its amount): the growth does not recall it
    assert not recalls(drafted, change)
    # the percent taken to another figure, or from the figure as its base, is another growth
    assert not in_hand(harbour("growth", "growth = 'fish_growth'\ncurrent = 'grain'"), change)
    assert not in_hand(harbour("growth", "growth = 'fish_growth'\nbase = 'fish'"), change)
    # a change with no percent states no growth
    assert not in_hand(drafted, harbour("change", "amount = 'fish_fall'\ncurrent = 'fish'"))
    # with its base too, the change states the growth with both its figures
    both = "amount = 'fish_fall'\ncurrent = 'fish'\nbase = 'fish_before'\npercent = 'fish_growth'"
    drafted_both = "growth = 'fish_growth'\ncurrent = 'fish'\nbase = 'fish_before'"
    assert in_hand(harbour("growth", drafted_both), harbour("change", both))


def test_a_changes_growth_keeps_the_sign_the_change_check_gives_it() -> None:
    unsigned = "amount = 'fish_fall'\ncurrent = 'fish'\npercent = 'fish_unsigned'"
    rise = harbour("growth", "growth = 'fish_unsigned'\ncurrent = 'fish'")  # "12.5%": a rise
    fall = harbour("growth", "growth = 'fish_growth'\ncurrent = 'fish'")  # "down 12.5%"
    # direction = "fall": the unsigned percent is a fall, as the change check reads it
    assert in_hand(fall, harbour("change", unsigned + "\ndirection = 'fall'"))
    assert not in_hand(rise, harbour("change", unsigned + "\ndirection = 'fall'"))
    # a percent that states its fall is not negated twice
    signed = "amount = 'fish_fall'\ncurrent = 'fish'\npercent = 'fish_growth'\ndirection = 'fall'"
    assert in_hand(fall, harbour("change", signed))
    assert not in_hand(rise, harbour("change", signed))


def test_an_order_of_a_growths_two_figures_is_in_hand_where_the_hand_writes_the_growth() -> None:
    grew = harbour("growth", "growth = 'grain_growth'\ncurrent = 'grain'\nbase = 'grain_before'")
    above = harbour("order", "left = 'grain'\nop = '>'\nright = ['grain_before']")
    below = harbour("order", "left = 'grain_before'\nop = '<'\nright = ['grain']")
    at_least = harbour("order", "left = 'grain'\nop = '>='\nright = ['grain_before']")
    assert in_hand(above, grew) and in_hand(below, grew) and in_hand(at_least, grew)
    # the growth says more (its percent): the order does not recall it
    assert not recalls(above, grew)
    # the other way round is no part of a rise
    assert not in_hand(harbour("order", "left = 'grain_before'\nop = '>'\nright = ['grain']"), grew)
    # a growth with one figure orders nothing, nor one of figures the order does not name
    assert not in_hand(above, harbour("growth", "growth = 'grain_growth'\ncurrent = 'grain'"))
    assert not in_hand(harbour("order", "left = 'grain'\nop = '>'\nright = ['fish']"), grew)
    # a fall orders its figures the other way; a change with its percent and both figures too
    fell = "amount = 'fish_fall'\ncurrent = 'fish'\nbase = 'fish_before'\npercent = 'fish_growth'"
    fish_below = harbour("order", "left = 'fish'\nop = '<'\nright = ['fish_before']")
    assert in_hand(fish_below, harbour("change", fell))
    assert not in_hand(
        harbour("order", "left = 'fish'\nop = '>'\nright = ['fish_before']"),
        harbour("change", fell),
    )


def test_a_growth_claims_own_current_and_base_order_them_too() -> None:
    # the growth written on its claim (of, base): the loader makes it the growth relation
    (on_claim,) = tied(
        load_text(
            CHANGES
            + """
            [[claim]]
            id = "grain_up"
            quote = "up 8%"
            value = "up 8%"
            kind = "growth"
            of = "grain"
            base = "grain_before"
            """
        )
    )
    assert in_hand(harbour("order", "left = 'grain'\nop = '>'\nright = ['grain_before']"), on_claim)


def named(kind: str, fields: str) -> Tied:
    (found,) = relations(f"[[relation]]\nid = 'r'\nkind = '{kind}'\n{fields}\n")
    return found


def test_a_difference_is_the_sum_of_its_result_and_subtrahend() -> None:
    difference = named(
        "difference", "result = 'milk'\nminuend = 'exports'\nsubtrahend = 'exports_before'"
    )
    total = "total = 'exports'\nparts = ['milk', 'exports_before']\nexhaustive = true"
    assert recalls(difference, named("sum", total))
    assert recalls(difference, equation("milk = exports - exports_before"))
    assert recalls(difference, equation("exports - milk = exports_before"))
    # another claim as the total is another relation, and so is a sum of some of the parts
    other = "total = 'milk'\nparts = ['exports', 'exports_before']\nexhaustive = true"
    assert not recalls(difference, named("sum", other))
    assert not recalls(difference, named("sum", total.replace("true", "false")))


def test_an_order_is_the_same_written_as_an_equation_or_a_one_part_sum() -> None:
    above = named("order", "left = 'exports'\nop = '>'\nright = ['exports_before']")
    assert recalls(above, equation("exports > exports_before"))
    assert recalls(above, equation("exports_before < exports"))
    assert not recalls(above, equation("exports < exports_before"))
    assert not recalls(above, equation("exports >= exports_before"))  # not strict
    at_least = named("order", "left = 'exports'\nop = '>='\nright = ['milk']")
    assert recalls(at_least, named("sum", "total = 'exports'\nparts = ['milk']"))
    assert not recalls(at_least, named("sum", "total = 'milk'\nparts = ['exports']"))
    assert not recalls(
        at_least, named("sum", "total = 'exports'\nparts = ['milk']\nexhaustive = true")
    )


def test_a_sum_or_an_equal_written_as_an_equation_is_the_sum_or_the_equal() -> None:
    parts = "total = 'exports'\nparts = ['milk', 'exports_before']"
    assert recalls(
        named("sum", parts + "\nexhaustive = true"), equation("exports = milk + exports_before")
    )
    assert recalls(named("sum", parts), equation("milk + exports_before <= exports"))
    assert not recalls(named("sum", parts), equation("exports = milk + exports_before"))
    assert not recalls(named("sum", parts), equation("milk + exports_before >= exports"))
    equal = named("equal", "claims = ['exports', 'milk']")
    assert recalls(equal, equation("milk = exports"))
    assert not recalls(equal, equation("milk = exports_before"))


def _one_article_set(tmp_path: Path) -> tuple[Path, str]:
    corpus = Path(__file__).parent / "corpus"
    article = sorted(p for p in corpus.iterdir() if (p / "claims.toml").is_file())[0]
    shutil.copytree(article, tmp_path / article.name)
    return tmp_path, article.name


def test_the_summary_names_no_article_and_the_table_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, name = _one_article_set(tmp_path)
    assert draft_vs_hand.main(["--summary", str(folder)]) == 0
    totals = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in totals] == [
        "relation recall",
        "relation precision",
        "articles where the draft finds every expected finding",
        "expected findings the draft finds",
        "false errors",
        "warnings on clean articles",
        "relations drafted or suggested",
        "suggestions",
    ]
    assert draft_vs_hand.main([str(folder)]) == 0
    table = capsys.readouterr().out
    assert name in table and name not in "\n".join(totals)
    assert table.splitlines()[-len(totals) :] == totals


def test_recall_by_kind_adds_up_to_the_recall_and_names_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, name = _one_article_set(tmp_path)
    assert draft_vs_hand.main(["--summary", "--by-kind", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    kinds = [line for line in lines if line.startswith("recall of ")]
    assert kinds and name not in "\n".join(lines)
    recalled = hand = 0
    for line in kinds:
        got, of = line.split(": ")[1].split(" of ")
        recalled, hand = recalled + int(got), hand + int(of)
    total = next(line for line in lines if line.startswith("relation recall: "))
    assert total.startswith(f"relation recall: {recalled} of {hand} ")
    hand_file = load(folder / name / "claims.toml")
    assert hand == len([r for r in hand_file.relations if r.kind not in draft_vs_hand.LINKS])


def test_a_folder_that_is_not_there_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert draft_vs_hand.main([str(tmp_path / "missing")]) == 2
    assert "not a folder of articles" in capsys.readouterr().err


def test_a_hand_relation_a_suggestion_matches_counts_as_drafted_or_suggested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "port"
    folder.mkdir()
    (folder / "article.txt").write_text(
        "In 2031 the port's cargo came to 12.4 million tonnes; the port's grain cargo reached "
        "3.1 million tonnes.",
        encoding="utf-8",
    )
    (folder / "claims.toml").write_text(
        '[[claim]]\nid = "cargo"\nquote = "12.4 million tonnes"\nvalue = "12.4 million tonnes"\n'
        '\n[[claim]]\nid = "grain"\nquote = "3.1 million tonnes"\nvalue = "3.1 million tonnes"\n'
        '\n[[relation]]\nid = "grain_in_cargo"\nkind = "sum"\ntotal = "cargo"\nparts = ["grain"]\n',
        encoding="utf-8",
    )
    (folder / "expected.toml").write_text("consistent = true\n", encoding="utf-8")
    assert draft_vs_hand.main(["--summary", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "relation recall: 0 of 1 (0 %)" in lines
    assert "relations drafted or suggested: 1 of 1 (100 %)" in lines
    assert any(
        line.startswith("suggestions: ") and "(1 in the hand files)" in line for line in lines
    )


def _with_gap(value: str, fields: str) -> list[Tied]:
    gap = f"[[claim]]\nid = 'gap'\nquote = 'by {value}'\nvalue = '{value}'\n"
    return tied(load_text(CHANGES + gap + fields))


def test_an_order_of_a_differences_two_sides_is_in_hand_where_the_hand_writes_the_difference() -> (
    None
):
    difference = "kind = 'difference'\nresult = 'gap'\nminuend = 'fish_before'\nsubtrahend = 'fish'"
    (short,) = _with_gap("300 tonnes", f"[[relation]]\nid = 'd'\n{difference}\n")
    below = harbour("order", "left = 'fish'\nop = '<'\nright = ['fish_before']")
    above = harbour("order", "left = 'fish_before'\nop = '>='\nright = ['fish']")
    assert in_hand(below, short) and in_hand(above, short)
    # the difference says more (its result): the order does not recall it
    assert not recalls(below, short)
    # the other way round, or another pair, is no part of it
    assert not in_hand(harbour("order", "left = 'fish'\nop = '>'\nright = ['fish_before']"), short)
    assert not in_hand(harbour("order", "left = 'grain'\nop = '<'\nright = ['fish_before']"), short)
    # a result printed below zero orders the sides the other way; one of zero orders nothing
    (negative,) = _with_gap("-300 tonnes", f"[[relation]]\nid = 'd'\n{difference}\n")
    assert not in_hand(below, negative)
    assert in_hand(harbour("order", "left = 'fish'\nop = '>'\nright = ['fish_before']"), negative)
    (zero,) = _with_gap("0 tonnes", f"[[relation]]\nid = 'd'\n{difference}\n")
    assert not in_hand(below, zero)


VISITORS = """
    [[claim]]
    id = "visitors"
    quote = "61,300 visitors came in March, a 4 percent decline on March last year"
    value = "61,300"

    [[claim]]
    id = "visitors_growth"
    quote = "a 4 percent decline"
    value = "4 percent decline"
    kind = "growth"

    [[claim]]
    id = "by_air_before"
    quote = "20,100 came by air in March last year"
    value = "20,100"

    [[claim]]
    id = "by_sea_before"
    quote = "and 43,800 by sea"
    value = "43,800"
"""


def _visitors(text: str) -> Tied:
    (found,) = tied(load_text(VISITORS + text))
    return found


def _growth_of_visitors(role: str, claim: str = "visitors") -> Tied:
    return _visitors(
        f"[[relation]]\nid = 'd'\nkind = 'growth'\ngrowth = 'visitors_growth'\n{role} = '{claim}'\n"
    )


def test_a_growth_whose_base_the_hand_writes_as_a_sum_of_claims_is_in_hand() -> None:
    def hand(expr: str) -> Tied:
        return _visitors(f"[[relation]]\nid = 'h'\nkind = 'equation'\nexpr = '{expr}'\n")

    last_year = hand(
        'visitors = (by_air_before + by_sea_before) * ("100 percent" + visitors_growth)'
    )
    drafted = _growth_of_visitors("current")
    assert in_hand(drafted, last_year)
    # the equation says more (last year's parts): the growth does not recall it
    assert not recalls(drafted, last_year)
    # the growth to another figure, or from the figure the term equals, is no part of it
    assert not in_hand(_growth_of_visitors("current", "by_air_before"), last_year)
    assert not in_hand(_growth_of_visitors("base"), last_year)
    # the sum over the factor: the figure the term equals is the base
    over = hand('visitors = (by_air_before + by_sea_before) / ("100 percent" + visitors_growth)')
    assert in_hand(_growth_of_visitors("base"), over)
    assert not in_hand(drafted, over)
    # figures multiplied together are no base, nor a growth taken twice
    assert not in_hand(
        drafted,
        hand('visitors = by_air_before * by_sea_before * ("100 percent" + visitors_growth)'),
    )
    assert not in_hand(
        drafted,
        hand(
            'visitors = (by_air_before + by_sea_before) * ("100 percent" + visitors_growth)'
            ' * ("100 percent" + visitors_growth)'
        ),
    )


RATES = """
    [[claim]]
    id = "cover"
    quote = "covered imports at a rate of 112 percent"
    value = "112 percent"

    [[claim]]
    id = "exports"
    quote = "exports of $5.6 billion"
    value = "$5.6 billion"

    [[claim]]
    id = "imports"
    quote = "imports of $5 billion"
    value = "$5 billion"

    [[claim]]
    id = "deficit"
    quote = "a deficit of $0.6 billion"
    value = "$0.6 billion"
"""


def test_a_share_is_the_hand_equation_of_the_percent_as_part_over_whole() -> None:
    def one(text: str) -> Tied:
        (found,) = tied(load_text(RATES + text))
        return found

    def written(expr: str) -> Tied:
        return one(f"[[relation]]\nid = 'hand'\nkind = 'equation'\nexpr = '{expr}'\n")

    share = one(
        "[[relation]]\nid = 'r'\nkind = 'share'\nshare = 'cover'\npart = 'exports'\nwhole = 'imports'\n"
    )
    assert recalls(share, written("cover = exports / imports"))
    assert recalls(share, written("exports / imports = cover"))
    assert in_hand(share, written("cover = exports / imports"))
    # another arithmetic on the same claims is not the share: the inverse, other ratios of them
    assert not recalls(share, written("cover = imports / exports"))
    assert not recalls(share, written("cover = exports / (exports + imports)"))
    assert not recalls(share, written("cover = (exports - imports) / imports"))
    assert not recalls(share, written('cover + "5 percent" = exports / imports'))
    # nor is the ratio of other claims
    assert not recalls(share, written("cover = exports / deficit"))
