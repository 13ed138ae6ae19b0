"""No silent no-op: a field no check can read on its claim is refused (exit 2) saying why; the same
field where a check reads it changes the findings."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.cli import app
from conftest import findings_of, load_text


def claim(cid: str, value: str, quote: str | None = None, **fields: str | bool | list[str]) -> str:
    lines = [f'[[claim]]\nid = "{cid}"\nquote = "{quote or value}"\nvalue = "{value}"']
    for key, v in fields.items():
        if isinstance(v, bool):
            lines.append(f"{key} = {str(v).lower()}")
        elif isinstance(v, list):
            lines.append(f"{key} = {v!r}".replace("'", '"'))
        else:
            lines.append(f'{key} = "{v}"')
    return "\n".join(lines) + "\n\n"


AMOUNT = claim("revenue", "520 million rubles", kind="amount", period="2021")
BASE = claim("planned", "410 million rubles", kind="amount", period="2020")
SHARE_2020 = claim("share_2020", "40 percent", kind="share")
INDEX = claim("gdp_index", "98.2 percent", kind="index")
COUNT = claim("regions", "17", kind="count")

# (the file, the field refused, words of the message)
REFUSED = [
    # 'of' on an amount of change: no check reads it
    (
        AMOUNT + claim("increase", "110 million rubles", kind="change", of="revenue"),
        "of",
        "an amount or count with 'of' tests nothing",
    ),
    (AMOUNT + claim("rank", "third", kind="rank", of="revenue"), "of", "'of' is read for"),
    (
        AMOUNT + claim("idx", "101.5 percent", kind="index", of="revenue"),
        "of",
        "never with an 'of'",
    ),
    (
        AMOUNT + claim("up", "6 percent", kind="change", of="revenue"),
        "of",
        "a change in percent of an amount or count is a growth",
    ),
    (AMOUNT + claim("slice", "12 percent", kind="share", part="revenue"), "part", "give 'of' too"),
    (
        AMOUNT + BASE + claim("slice", "80 million rubles", part="revenue", of="planned"),
        "part",
        "must be in percent",
    ),
    (
        AMOUNT + BASE + claim("other", "5 percent", kind="share", base="planned"),
        "base",
        "growth in percent",
    ),
    # same_as between a growth and an amount of change: index-change reads only an index's
    (
        AMOUNT
        + claim("growth", "26.8 percent", kind="growth", of="revenue")
        + claim("increase", "110 million rubles", kind="change", same_as="growth"),
        "same_as",
        "neither is an index",
    ),
    (
        AMOUNT + claim("more", "110 million rubles", kind="amount", means="relative"),
        "means",
        "'means' says how a change",
    ),
    (
        COUNT + claim("place", "17", kind="count", after=["Almaty", "Astana"]),
        "after",
        "'after' lists the places",
    ),
    (claim("grants", "140 million tenge", base_period="2019"), "base_period", "give 'period'"),
    (claim("jobs", "more than 1,100", exact=True), "exact", "is a bound"),
    (claim("jobs", "up to 1,100", precision="10"), "precision", "is a bound"),
    (claim("rank", "fifth", precision="1"), "precision", "an ordinal, exact already"),
    (claim("jobs", "1,100", exact=True, precision="10"), "precision", "exact wins"),
]


@pytest.mark.parametrize(("text", "field", "words"), REFUSED)
def test_a_field_no_check_reads_is_refused(text: str, field: str, words: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_text(text)
    error = caught.value
    assert error.field == field and words in error.message
    assert error.line is not None and error.item is not None and error.item.startswith("claim '")


def test_a_reference_s_exact_on_a_bound_is_refused() -> None:
    text = claim("a", "5 km") + (
        '[[reference]]\nid = "r"\nvalue = "more than 300 km"\nsource = "s"\nexact = true\n'
    )
    with pytest.raises(LoadError, match="is a bound") as caught:
        load_text(text)
    assert caught.value.item == "reference 'r'" and caught.value.field == "exact"


def test_the_cli_exits_2_naming_file_line_claim_and_field(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "c.toml"
    path.write_text(REFUSED[0][0], encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "-q"])
    assert result.exit_code == 2
    assert f"{path}:" in result.output and "claim 'increase'" in result.output
    assert "field 'of'" in result.output and "tests nothing" in result.output


# The same fields where a check reads them: the findings differ without the field.
READ = [
    (AMOUNT + claim("growth", "26.8 percent", kind="growth", of="revenue"), "of"),
    (SHARE_2020 + claim("change", "2 percentage points", kind="change", of="share_2020"), "of"),
    (AMOUNT + claim("spent", "90 million rubles", base_period="2022", of="revenue"), "of"),
    (
        claim("whole", "2,724,900 km²")
        + claim("region", "300,600 km²")
        + claim("territory", "11 percent", kind="share", part="region", of="whole"),
        "part",
    ),
    (
        AMOUNT
        + BASE
        + claim("growth", "26.8 percent", kind="growth", of="revenue", base="planned"),
        "base",
    ),
    (INDEX + claim("fall", "1.8 percent", kind="change", same_as="gdp_index"), "same_as"),
    (claim("change", "2 percent", kind="change", means="points"), "means"),
    (
        claim("g", "127.4 percent", kind="growth", quote="rose 127.4 percent", means="relative"),
        "means",
    ),
    (claim("place", "third", kind="rank", after=["Almaty", "Astana"]), "after"),
    (
        claim("growth", "6.6 percent", kind="growth", period="2020", base_period="2021"),
        "base_period",
    ),
    (
        claim("grants", "140 million tenge", counterpart="US$335,000", precision="1 million"),
        "precision",
    ),
    (claim("grants", "140 million tenge", counterpart="US$335,000", exact=True), "exact"),
]


def _without(text: str, field: str) -> str:
    kept = [line for line in text.splitlines() if not line.startswith(f"{field} = ")]
    return "\n".join(kept) + "\n"


@pytest.mark.parametrize(("text", "field"), READ)
def test_the_same_field_where_a_check_reads_it_changes_the_findings(text: str, field: str) -> None:
    def shown(source: str) -> list[tuple[str, str, tuple[str, ...], str]]:
        try:
            return [(f.check, f.outcome.value, f.claims, f.message) for f in findings_of(source)]
        except LoadError as exc:  # without it another field is read by no check
            return [("refused", exc.field or "", (), exc.message)]

    assert f"{field} = " in text
    assert shown(text) != shown(_without(text, field))


def test_the_seed_article_loads() -> None:
    from aktobe_facts.claims.loader import load
    from conftest import ROOT

    assert len(load(ROOT / "claims.toml").claims) == 27
