"""Shared helpers: write a small claims file and load or check it."""

from __future__ import annotations

import gc
import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis profiles: "ci" (the default) keeps the suite fast; HYPOTHESIS_PROFILE=long runs the
# property and fuzz tests with many more examples (tests that set max_examples keep their own).
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long",
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def plain_environment(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the CLI in ``folder`` (no pyproject configuration above it) with no CI variables and
    no COLUMNS."""
    monkeypatch.chdir(folder)
    for name in ("GITHUB_ACTIONS", "CI", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def load_text(text: str) -> ClaimsFile:
    return loads(textwrap.dedent(text), "test.toml")


def findings_of(text: str, check: str | None = None) -> list[Finding]:
    found = check_document(load_text(text))
    return [f for f in found if check is None or f.check == check]


@pytest.fixture
def write_claims(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(text: str, name: str = "claims.toml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture(autouse=True)
def _no_terminal_size_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table's width comes from ``COLUMNS`` when it is set (``cli._width``): a shell that
    exports it, or a parallel test runner's worker (pytest-xdist sets ``COLUMNS=80``), would give
    the tests another layout than the one they compare against. A test that wants a width sets
    ``COLUMNS`` itself or passes ``--width``."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture(autouse=True)
def _cycle_collector_back() -> Iterator[None]:
    """``cli.main`` turns the cycle collector off for its short process; a test that calls it
    in-process gets it back on after."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def _shared_nul_byte_intact() -> Iterator[None]:
    """No test may leave the interpreter's shared one-byte object ``b"\\0"`` changed: quicktions
    writes a one-character string's digit into it (aktobe_facts.reading.exact), after which every
    ``b"\\0"`` of the process, a NUL sliced out of any bytes among them, is that digit."""
    yield
    nul = bytes([0])
    assert nul[0] == 0, f"the shared b'\\0' now holds {nul!r}: a Fraction made from one character"
