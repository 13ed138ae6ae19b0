"""`aktobe-facts explain FILE CLAIM`: the relations of one claim in plain words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from aktobe_facts.cli import app

FILE = """
[[claim]]
id = "budget"
quote = "1.5 billion tenge (US$3.5 million)"
value = "1.5 billion tenge"
counterpart = "US$3.5 million"

[[claim]]
id = "grant"
quote = "2.3 billion tenge (US$5.4 million)"
value = "2.3 billion tenge"
counterpart = "US$5.4 million"

[[claim]]
id = "loan"
quote = "800 million tenge (US$)"
value = "800 million tenge"
counterpart = "US$"

[[claim]]
id = "lonely"
quote = "12 schools"
value = "12"
"""

runner = CliRunner()


def test_explain_shows_readings_and_every_relation(
    write_claims: Callable[[str], Path],
) -> None:
    path = write_claims(FILE)
    result = runner.invoke(app, ["explain", str(path), "budget"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Claim budget (" in out and "line 2" in out
    assert (
        '"1.5 billion tenge" is read as [1.45, 1.55] billion tenge: rounded to 0.1 billion' in out
    )
    assert "It takes part in 2 relation(s):" in out  # conversions, rate-magnitudes
    assert "conversions" in out and "✓ consistent" in out
    # the arithmetic of the relation, step by step, from the same numbers
    assert '- budget: "1.5 billion tenge" / "US$3.5 million"' in out
    assert '- grant: "2.3 billion tenge" / "US$5.4 million"' in out
    assert "The result: common implied rate" in out


def test_explain_a_failing_claim_gives_the_fix(write_claims: Callable[[str], Path]) -> None:
    path = write_claims(FILE)
    result = runner.invoke(app, ["explain", str(path), "loan"])
    assert result.exit_code == 0
    assert "✗ inconsistent, severity error" in result.stdout
    assert "Suggested fix: write" in result.stdout
    assert 'The counterpart "US$" has no number.' in result.stdout


def test_explain_a_claim_in_no_relation(write_claims: Callable[[str], Path]) -> None:
    path = write_claims(FILE)
    result = runner.invoke(app, ["explain", str(path), "lonely"])
    assert result.exit_code == 0
    assert "It takes part in no relation that a check tested." in result.stdout


def test_explain_unknown_claim_suggests_close_ids(write_claims: Callable[[str], Path]) -> None:
    path = write_claims(FILE)
    result = runner.invoke(app, ["explain", str(path), "budgt"])
    assert result.exit_code == 2
    assert "no claim 'budgt'" in result.stderr
    assert "did you mean budget" in result.stderr


def test_explain_unusable_file_exits_2(write_claims: Callable[[str], Path]) -> None:
    path = write_claims("[[claim]]\nid = 'x'\n")
    result = runner.invoke(app, ["explain", str(path), "x"])
    assert result.exit_code == 2
    assert "missing required field 'quote'" in result.stderr
