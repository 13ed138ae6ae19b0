"""``aktobe-facts check ARTICLE.txt``: an article is drafted in memory and checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import Result

from test_draft import _in_tmp, run  # noqa: F401 (the CLI, run in a fresh folder)

SEED = Path("/work/shared/seed/article.txt")
SEED_CLAIMS = Path(__file__).parents[1] / "claims.toml"

# An article written for these tests (not real reporting): one conversion slip (14 billion
# tenge is about $31 million at the rate of the other pair, not $3.1 million).
SLIP = """\
Pavlodar Builds Schools

PAVLODAR – The region spent 9.2 billion tenge (US$20.4 million) on new schools in 2023, and
14 billion tenge (US$3.1 million) on roads.
"""


def problems(result: Result) -> list[tuple[str, str]]:
    data = json.loads(result.stdout)
    return sorted(
        (f["check"], f["severity"])
        for file in data["files"]
        for f in file["findings"]
        if f["outcome"] != "pass"
    )


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_article_is_drafted_and_checked_with_its_verdicts_on_the_article(suffix: str) -> None:
    Path(f"news{suffix}").write_text(SLIP, encoding="utf-8")
    result = run("check", f"news{suffix}", "-f", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    report = data["files"][0]
    assert report["path"] == f"news{suffix}"
    failed = [f for f in report["findings"] if f["outcome"] == "fail"]
    assert [f["check"] for f in failed] == ["conversions"]
    assert failed[0]["line"] == 3  # the article's line, not the in-memory draft's
    assert not Path(f"news{suffix}.claims.toml").exists()  # nothing written


def test_every_format_shows_the_article() -> None:
    Path("news.txt").write_text(SLIP, encoding="utf-8")
    html = run("check", "news.txt", "-f", "html")
    assert html.exit_code == 1
    assert "Pavlodar Builds Schools" in html.stdout
    assert 'v-error" id=' in html.stdout  # the failed figures are marked on the article
    line = run("check", "news.txt", "-f", "line")
    assert "news.txt:3:1: error conversions" in line.stdout


def test_save_claims_writes_the_draft_once_and_never_over_a_file() -> None:
    Path("news.txt").write_text(SLIP, encoding="utf-8")
    saved = run("check", "news.txt", "--save-claims", "news.claims.toml", "-q")
    assert saved.exit_code == 1, saved.output
    text = Path("news.claims.toml").read_text(encoding="utf-8")
    assert 'path = "news.txt"' in text
    again = run("check", "news.claims.toml", "-f", "json")
    assert problems(again) == [("conversions", "error")]
    Path("news.claims.toml").write_text("# edited by hand\n", encoding="utf-8")
    refused = run("check", "news.txt", "--save-claims", "news.claims.toml")
    assert refused.exit_code == 2 and "exists" in refused.output
    assert Path("news.claims.toml").read_text(encoding="utf-8") == "# edited by hand\n"
    for args in (["news.txt", "news.claims.toml"], ["news.claims.toml"]):
        wrong = run("check", *args, "--save-claims", "other.toml")
        assert wrong.exit_code == 2 and "exactly one article" in wrong.output
        assert not Path("other.toml").exists()


def test_an_article_with_no_number_or_unreadable_is_unusable() -> None:
    Path("empty.txt").write_text("No numbers here.\n", encoding="utf-8")
    Path("bad.md").write_bytes(b"\xff\xfe 12 percent")
    result = run("check", "empty.txt", "bad.md", "missing.txt", "-f", "line")
    assert result.exit_code == 2
    assert "no numbers found" in result.output
    assert "not UTF-8" in result.output
    assert "missing.txt not found" in result.output
    assert "Traceback" not in result.output


def test_an_article_whose_figures_are_all_unread_names_them() -> None:
    # a one-letter sign of a country the article does not name: no claim, and the passage said
    Path("kina.txt").write_text("The debt rose to K40,168 million in 2031.\n", encoding="utf-8")
    result = run("check", "kina.txt", "-f", "line")
    assert result.exit_code == 2
    assert "no number read as printed ('to K40,168 million" in result.output
    assert "no numbers found" not in result.output


def test_article_option_is_for_claims_files() -> None:
    Path("news.txt").write_text(SLIP, encoding="utf-8")
    result = run("check", "news.txt", "--article", "news.txt")
    assert result.exit_code == 2 and "--article is for a claims file" in result.output


def test_the_seed_article_gives_the_errors_of_its_claims_file_and_no_other_warning() -> None:
    if not SEED.is_file():
        pytest.skip(f"the seed article {SEED} is not in this checkout")
    drafted = run("check", str(SEED), "-f", "json")
    hand = run("check", str(SEED_CLAIMS), "--article", str(SEED), "-f", "json")
    assert ("missing-counterpart", "error") in problems(drafted)
    errors = [p for p in problems(drafted) if p[1] == "error"]
    assert errors == [p for p in problems(hand) if p[1] == "error"]
    assert set(problems(drafted)) <= set(problems(hand))
    suggestion = [
        f["suggestion"]
        for f in json.loads(drafted.stdout)["files"][0]["findings"]
        if f["check"] == "missing-counterpart" and f["outcome"] == "fail"
    ]
    assert suggestion and "US$332,000" in suggestion[0]
