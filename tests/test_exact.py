"""The exact rational type: quicktions when installed, the standard library's Fraction otherwise,
with the same verdicts, arithmetic and text either way."""

from __future__ import annotations

import fractions
import subprocess
import sys
from pathlib import Path

from aktobe_facts.reading.exact import Fraction, of_digits
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


def test_a_fraction_of_one_digit_leaves_the_shared_nul_byte_alone() -> None:
    assert of_digits("7") == 7 and of_digits("0.5") == Fraction(1, 2) and of_digits("٣") == 3
    assert bytes([0])[0] == 0


def test_a_check_that_converts_units_and_rates_keeps_nul_bytes_nul(tmp_path: Path) -> None:
    """pint (with its factors) and the rate table both made fractions of "1" through quicktions,
    whose parser wrote the digit into the interpreter's shared b"\\0": after the seed's check, a
    NUL read from a file was a "1" (an article with a NUL byte then read as text, and one without
    refused as binary)."""
    _run_in_process = """
import sys
from aktobe_facts.cli import app
sys.argv = ["aktobe-facts", "check", "--format", "json", "claims.toml"]
try:
    app()
except SystemExit:
    pass
print(repr(bytes([0])), repr(b"a\\x00b"[1:2]), file=sys.stderr)
"""
    (tmp_path / "claims.toml").write_text(
        '[[claim]]\nid = "a"\nquote = "5 km (3 miles)"\nvalue = "5 km"\ncounterpart = "3 miles"\n'
        '[[claim]]\nid = "b"\nquote = "9 tenge (US$1)"\nvalue = "9 tenge"\ncounterpart = "US$1"\n'
        'period = "2020"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", _run_in_process],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stderr.split("\n")[-2] == r"b'\x00' b'\x00'", done.stderr
