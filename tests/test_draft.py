"""`aktobe-facts draft`: a first claims file from an article, that loads and checks without edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from aktobe_facts.claims.loader import load
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.cli import app
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan

SEED = Path("/work/shared/seed/article.txt")

# Two articles written for these tests (not real reporting).
TENGE = """\
Karaganda Region Invests in Water Supply

KARAGANDA – The Karaganda region allocated 12.6 billion tenge (US$28 million) to repair water \
pipelines in 2022, the regional akimat reported. About 180 kilometers of pipes were replaced, and \
more than 45,000 residents received clean drinking water for the first time.

Of the total, the republican budget provided 8.1 billion tenge (US$18 million) and the local \
budget 4.5 billion tenge (US$).

Funds went to pipelines (62 percent), pumping stations (24 percent), treatment plants (8 percent) \
and other facilities. Water losses fell by 7.5 percent compared with 2021, and the region plans to \
connect 37 more villages by 2025.
"""

RUBLES = """\
Kazan Expands Its Tram Network

KAZAN – The city spent 2.4 billion rubles (€26 million) on new tram lines in 2023, the mayor's \
office said on Monday. Some 14 kilometers of track were laid, and 32 new trams worth 3.1 billion \
rubles (€34 million) entered service.

Ridership rose by 12 percent compared with 2022, to more than 61 million trips. Spending was split \
between track (55 percent), rolling stock (30 percent), depots (9.5 percent) and other works.

The federal budget covered 1.2 billion rubles (€) of the cost. Over the next five years, the city \
plans to build about 40 kilometers of new lines. Kazan is the sixth largest city in Russia after \
Moscow, Saint Petersburg, Novosibirsk, Yekaterinburg and Nizhny Novgorod.
"""

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def drafted(text: str, name: str) -> ClaimsFile:
    """Draft an article with the command, check the result with the command, and load it."""
    Path(f"{name}.txt").write_text(text, encoding="utf-8")
    made = run("draft", f"{name}.txt", "--output", f"{name}.toml")
    assert made.exit_code == 0, made.output
    checked = run("check", f"{name}.toml")
    assert checked.exit_code in (0, 1), checked.output
    return load(f"{name}.toml")


def by_value(doc: ClaimsFile) -> dict[str, Claim]:
    return {c.value.text: c for c in doc.claims if c.value is not None}


def counterparts(claim: Claim) -> list[str]:
    return [q.text for q in claim.counterparts]


def test_the_draft_links_its_article_and_covers_every_number() -> None:
    for text, name in ((TENGE, "karaganda"), (RUBLES, "kazan")):
        drafted(text, name)
        found = run("check", f"{name}.toml", "--select", "provenance", "--select", "coverage")
        assert found.exit_code == 0, found.output
        report = run("check", f"{name}.toml", "-f", "json").stdout
        assert '"check": "provenance",\n          "outcome": "pass"' in report
        assert "0 uncovered" in report and '"check": "coverage",' in report


def test_a_filled_draft_checks_clean() -> None:
    drafted(RUBLES, "kazan")
    assert run("check", "kazan.toml").exit_code == 1  # "(€)" has no figure
    assert run("fill", "kazan.toml").exit_code == 0
    result = run("check", "kazan.toml", "-f", "json")
    assert result.exit_code == 0, result.stdout
    messages = [f["message"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert any('"€13 million" is computed, not stated by the article' in m for m in messages)
    assert any("17 of 17 numbers of kazan.txt are covered" in m for m in messages)


def test_an_article_outside_the_output_folder_is_not_linked(tmp_path: Path) -> None:
    Path("a.txt").write_text(RUBLES, encoding="utf-8")
    Path("out").mkdir()
    made = run("draft", "a.txt", "-o", "out/claims.toml")
    assert made.exit_code == 0
    text = Path("out/claims.toml").read_text(encoding="utf-8")
    assert '\npath = "' not in text and "check with --article a.txt" in text.replace("\n# ", " ")
    assert run("check", "out/claims.toml", "--article", "a.txt").exit_code == 1


def test_tenge_article() -> None:
    doc = drafted(TENGE, "karaganda")
    claims = by_value(doc)
    assert doc.article["title"] == "Karaganda Region Invests in Water Supply"
    # pairs become one claim with a counterpart; "(US$)" a missing one
    assert counterparts(claims["12.6 billion tenge"]) == ["US$28 million"]
    assert counterparts(claims["8.1 billion tenge"]) == ["US$18 million"]
    local = claims["4.5 billion tenge"]
    assert counterparts(local) == ["US$"] and local.counterparts[0].missing
    assert "US$28 million" not in claims and "US$18 million" not in claims
    # qualifiers kept
    assert claims["about 180 kilometers"].kind == "amount"
    assert claims["more than 45,000 residents"].value is not None
    assert claims["more than 45,000 residents"].value.interval is not None
    assert claims["more than 45,000 residents"].value.interval.hi is None
    # the percent list is a group with a remainder
    (group,) = doc.groups
    members = [doc.claim(m) for m in group.members]
    assert [m.value.text if m and m.value else None for m in members] == [
        "62 percent",
        "24 percent",
        "8 percent",
        None,
    ]
    remainder = members[-1]
    assert (
        remainder is not None and remainder.remainder and remainder.quote == "and other facilities"
    )
    # kinds, periods, and years left out of the values
    assert claims["12.6 billion tenge"].period == "2022"
    assert claims["fell by 7.5 percent"].kind == "growth"  # a growth, not a change in a share
    assert claims["37"].subject == "villages" and claims["37"].kind == "count"
    assert not {"2021", "2022", "2025"} & set(claims)
    assert "first" not in claims  # "for the first time" is not a rank


def test_rubles_article() -> None:
    doc = drafted(RUBLES, "kazan")
    claims = by_value(doc)
    assert counterparts(claims["2.4 billion rubles"]) == ["€26 million"]
    assert counterparts(claims["3.1 billion rubles"]) == ["€34 million"]
    assert counterparts(claims["1.2 billion rubles"]) == ["€"]
    assert claims["2.4 billion rubles"].counterparts[0].unit is not None
    assert claims["2.4 billion rubles"].counterparts[0].unit.key == "EUR"
    assert claims["some 14 kilometers"].kind == "amount"
    assert claims["more than 61 million"].subject == "trips"
    assert claims["about 40 kilometers"].value is not None
    growth = claims["rose by 12 percent"]
    assert (growth.kind, growth.base_period) == ("growth", "2022")
    assert claims["five years"].kind == "duration"
    rank = claims["sixth"]
    assert rank.kind == "rank"
    assert rank.after == (
        "Moscow",
        "Saint Petersburg",
        "Novosibirsk",
        "Yekaterinburg",
        "Nizhny Novgorod",
    )
    (group,) = doc.groups
    assert len(group.members) == 4
    assert not {"2022", "2023"} & set(claims)
    # every quote is the article's own words
    flat = " ".join(RUBLES.split())
    assert all(c.quote in flat for c in doc.claims)


def test_seed_article() -> None:
    if not SEED.is_file():
        pytest.skip(f"the seed article {SEED} is not in this checkout")
    doc = drafted(SEED.read_text(encoding="utf-8"), "seed")
    claims = by_value(doc)
    assert counterparts(claims["646.8 billion tenge"]) == ["US$1.5 billion"]
    assert counterparts(claims["138.2 billion tenge"]) == ["US$328 million"]
    assert counterparts(claims["3.1 billion tenge"]) == ["US$7 million"]
    assert counterparts(claims["140 million tenge"]) == ["US$"]
    for qualified in ("more than 1,100", "more than 600", "some 23", "some 159"):
        assert qualified in claims
    assert claims["some 650 kilometers"].period == "2018-2020"
    assert claims["98.2 percent"].period == "2020-01/2020-09"
    assert claims["99.8 percent"].period == "2020-01/2020-12"
    assert (claims["6.6 percent more"].kind, claims["6.6 percent more"].base_period) == (
        "growth",
        "2019",
    )
    assert claims["11 percent"].kind == "share"
    assert claims["fifth"].after == ("Almaty", "Nur-Sultan", "Shymkent", "Karaganda")
    (group,) = doc.groups
    shares = [doc.claim(m) for m in group.members]
    assert [s.value.text if s and s.value else "rest" for s in shares] == [
        "49 percent",
        "21 percent",
        "17 percent",
        "3.5 percent",
        "rest",
    ]
    # years, "109-Aqtobe" and "the first nine months" are not values: they are ignored, with why
    assert not {"2019", "2020", "109", "first", "nine months"} & set(claims)
    assert [(i.quote, i.reason) for i in doc.ignores] == [
        ("the first nine months of 2020", "the period 2020-01/2020-09, not a figure"),
        ("In 2020", "the period 2020, not a figure"),
        ("the 109-Aqtobe emergency", "digits in a name or a time, not a figure"),
    ]
    coverage = run("check", "seed.toml", "--select", "coverage", "-f", "json")
    assert "38 of 38 numbers" in coverage.stdout and "0 uncovered" in coverage.stdout
    missing = run("check", "seed.toml", "--select", "missing-counterpart", "-f", "json")
    assert missing.exit_code == 1 and "US$332,000" in missing.stdout


# -- the command -----------------------------------------------------------------------------


def test_draft_prints_to_stdout_and_refuses_to_overwrite() -> None:
    Path("a.txt").write_text(TENGE, encoding="utf-8")
    printed = run("draft", "a.txt")
    assert printed.exit_code == 0
    assert printed.stdout.startswith("# Draft claims written by `aktobe-facts draft` from a.txt.")
    Path("out.toml").write_text("keep me\n", encoding="utf-8")
    refused = run("draft", "a.txt", "-o", "out.toml")
    assert refused.exit_code == 2
    assert "out.toml exists; use --force to overwrite it" in refused.stderr
    assert Path("out.toml").read_text(encoding="utf-8") == "keep me\n"
    forced = run("draft", "a.txt", "-o", "out.toml", "--force")
    assert forced.exit_code == 0
    assert Path("out.toml").read_text(encoding="utf-8") == printed.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "article a.txt not found"),
        (
            b"caf\xe9 12 million tenge",
            "article a.txt is not UTF-8 text (byte 0xe9 on line 1, 'é' in Windows-1252 or "
            "Latin-1); save it as UTF-8",
        ),
        (b"No numbers here, only words.", "a.txt: no numbers found, nothing to draft"),
    ],
)
def test_unusable_articles_exit_2(content: bytes | None, message: str) -> None:
    if content is not None:
        Path("a.txt").write_bytes(content)
    result = run("draft", "a.txt", "-o", "out.toml")
    assert result.exit_code == 2
    assert message in result.stderr
    assert not Path("out.toml").exists()


# -- the phrases ---------------------------------------------------------------------------------


def values(text: str) -> list[str]:
    return [p.value for p in scan(text).phrases]


def test_numbers_in_names_and_dates_are_not_values_but_a_range_is() -> None:
    text = (
        "The 109-Aqtobe platform opened on 31.12.2020 at 10:30 during COVID-19, in 2018-2020, "
        "with 10–15 million tenge, for the first time, in 2021, two of them."
    )
    found = scan(text)
    assert [p.value for p in found.phrases] == ["10–15 million tenge"]  # a range is a value
    assert [(left.span.text, left.why) for left in found.left] == [
        ("109", "name"),
        ("31.12.2020", "date"),
        ("10", "name"),
        ("30", "name"),
        ("19", "name"),
        ("2018-2020", "period"),
        ("first", "ordinal"),
        ("2021", "year"),
        ("two", "word"),
    ]


def test_numbers_that_are_no_value_get_an_ignore_entry_and_unreadable_ones_a_note() -> None:
    made = draft(
        "Grants: 34 grants were paid, on 31.12.2020, for the 109-Aqtobe platform.\n"
        "In 2020, more than 1,400 people trained.\n"
        "Budgets of 10–5 million tenge were set."
    )
    assert [(c.value, c.period) for c in made.claims] == [
        ("34", None),
        ("more than 1,400 people", "2020"),
    ]
    assert [(i.quote, i.reason) for i in made.ignores] == [
        ("on 31.12.2020", "a date, not a figure"),
        ("the 109-Aqtobe platform", "digits in a name or a time, not a figure"),
        ("In 2020", "the period 2020, not a figure"),
    ]
    assert made.unread == ("of 10–5 million tenge",)  # a range from high to low


def test_a_parenthesised_amount_is_never_negative_and_a_minus_sign_is_kept() -> None:
    (pair,) = scan("It cost 5 billion tenge (US$11 million).").phrases
    assert pair.counterparts == ("US$11 million",) and not pair.stated.negative
    (fall,) = scan("The index changed by −3.2 percent.").phrases
    assert fall.stated.negative and fall.value == "−3.2 percent"


def test_glued_units_short_scales_and_codes() -> None:
    assert values("It grew 49% to US$7m, or USD 5 million, and 5G masts.") == [
        "grew 49%",  # the direction word is part of the value
        "US$7m",
        "USD 5 million",
    ]


def test_number_words_count_only_what_they_name() -> None:
    assert values("Two of them left; three grants went out over three years.") == [
        "three",
        "three years",
    ]
    assert values("the first nine months; the third largest city") == ["nine months", "third"]


def test_a_year_with_a_currency_is_an_amount() -> None:
    assert values("It cost 2020 tenge in 2020.") == ["2020 tenge"]


def test_periods_of_the_clause_win_over_later_ones() -> None:
    claims = draft(
        "Losses fell by 7.5 percent compared with 2021, and the city will add 37 buses by 2025."
    ).claims
    assert [(c.value, c.period) for c in claims] == [("fell by 7.5 percent", None), ("37", "2025")]


def test_ranges_are_values() -> None:
    """ "10–15 million tenge" and "between 10 and 15 percent" are one value each, read as ranges
    by the grammar; a range from high to low is left as two numbers."""
    found = scan("Prices were between 10 and 15 percent higher, on 10–15 million tenge.").phrases
    assert [(p.value, p.stated.is_range) for p in found] == [
        ("between 10 and 15 percent", True),
        ("10–15 million tenge", True),
    ]
    assert values("Between US$10 and US$15 million was spent.") == [
        "between US$10 and US$15 million"
    ]
    assert values("It cost between 5 and 3 million tenge.") == ["5", "3 million tenge"]


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        # "the" before a name of the list is no end of it
        (
            "Trade with Peru, the fourth-biggest partner after Germany, the United Kingdom and"
            " Greece, reached $4.7 billion.",
            ("Germany", "United Kingdom", "Greece"),
        ),
        # a list the words go on from is not written cut short: no list, no false ranks error
        ("Peru is the third-largest wool market after Chile, its neighbour, and Bolivia.", ()),
        ("Peru is the third-largest wool market after Chile's old rival, Bolivia.", ()),
        # past a figure's brackets or decimal point the list goes on too
        (
            "Peru is the third-largest wool buyer after China with 41% (9,200 tonnes) and Italy"
            " with 22% (4,900 tonnes).",
            (),
        ),
        (
            "Peru is the third-largest wool buyer after China with 41.5% and Italy with 22.1%.",
            (),
        ),
    ],
)
def test_the_places_before_a_rank_are_all_of_its_list_or_none(
    sentence: str, after: tuple[str, ...]
) -> None:
    (rank,) = [c for c in draft(sentence).claims if c.kind == "rank"]
    assert rank.after == after
