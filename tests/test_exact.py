"""The exact rational type: quicktions when installed, the standard library's Fraction otherwise,
with the same verdicts, arithmetic and text either way."""

from __future__ import annotations

import fractions
import subprocess
import sys
from pathlib import Path

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import parse
from aktobe_facts.reading.quantities import read

ROOT = Path(__file__).resolve().parent.parent

# Run the whole check in a fresh interpreter, optionally with quicktions unimportable.
_RUN = """
import sys
if sys.argv[1] == "stdlib":
    sys.modules["quicktions"] = None  # import quicktions now raises ImportError
from aktobe_facts.reading import exact
from aktobe_facts.cli import app
print(exact.Fraction.__module__, file=sys.stderr)
sys.argv = ["aktobe-facts", "check", "--format", "json", "claims.toml"]
app()
"""


def _run(kind: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _RUN, kind],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_quicktions_is_the_type_in_use() -> None:
    assert Fraction.__module__ == "quicktions"
    q = read(parse("1.5 billion"))
    span = q.require()
    assert type(span.lo) is Fraction and type(span.hi) is Fraction


def test_the_standard_library_fallback_gives_the_same_report() -> None:
    fast, slow = _run("quicktions"), _run("stdlib")
    assert fast.stderr.strip() == "quicktions" and slow.stderr.strip() == "fractions"
    assert fast.returncode == slow.returncode == 1  # the seed's missing US$ figure
    assert fast.stdout == slow.stdout and '"findings"' in fast.stdout


def test_standard_library_fractions_mix_with_ours() -> None:
    # callers of the Python API may pass fractions.Fraction: results stay exact and equal
    ours = Interval(Fraction(1, 3), Fraction(1, 2)) + Interval.point(1)
    theirs = Interval(fractions.Fraction(1, 3), fractions.Fraction(1, 2)) + Interval.point(1)
    assert ours == theirs
    assert ours.lo == fractions.Fraction(4, 3) and ours.hi == Fraction(3, 2)
