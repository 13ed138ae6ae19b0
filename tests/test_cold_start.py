"""What a check imports and builds only when a file needs it (the cold start, BENCHMARKS.md).

No timing here: these tests hold the mechanisms (the joint check's exact test before the solver,
lazy imports) that keep the seed's cold start near its floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from _imports import modules_of_a_check
from aktobe_facts.checks.relation_kinds import CHECKS, ENGINE_KINDS
from aktobe_facts.claims.loader import load
from aktobe_facts.cli import _name, app, app_for
from aktobe_facts.relations.registry import KINDS, spec
from aktobe_facts.solve.analysis import analyse
from aktobe_facts.solve.wiring import has_joint_part

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(
    [
        ROOT / "claims.toml",
        *(ROOT / "tests" / "corpus").glob("*/claims.toml"),
        *(ROOT / "tests" / "joint").glob("*.toml"),
    ]
)


@pytest.mark.parametrize("quiet", [["-q"], []])
def test_the_seed_check_imports_no_solver_no_pint_no_worker_pool(quiet: list[str]) -> None:
    loaded = modules_of_a_check([*quiet, "claims.toml"])
    assert "aktobe_facts.checks.shares" in loaded  # the run did check the file
    unwanted = {
        "aktobe_facts.solve.analysis",
        "aktobe_facts.solve.builder",
        "aktobe_facts.solve.smt",
        "z3",
        "pint",
        "concurrent.futures.process",
        "multiprocessing",
        "tomlkit",
        "typing_extensions",  # msgspec takes typing's hints (aktobe_facts/__init__.py)
        # relation kinds the seed has none of: a kind's module is imported for a file that has one
        "aktobe_facts.relations.sum_of_parts",
        "aktobe_facts.relations.difference",
        "aktobe_facts.relations.general",
        "aktobe_facts.relations.equation",
        "aktobe_facts.relations.amount_share",
        # check modules the seed needs none of: the registry imports a check's module for a file
        # that holds what the check needs (aktobe_facts.checks, tests/test_check_registry.py)
        "aktobe_facts.checks.rate_magnitudes",
        "aktobe_facts.checks.cross_rates",
        "aktobe_facts.checks.unit_conversions",
        "aktobe_facts.checks.index_or_growth",
        "aktobe_facts.checks.part_share",
        "aktobe_facts.checks.joint",
        "aktobe_facts.checks.article_hash",
        "aktobe_facts.checks.provenance",
        "aktobe_facts.checks.coverage",
        "aktobe_facts.checks.separators",
        # what only writing a file, a glob pattern, an unprintable character or a shown finding needs
        "aktobe_facts.atomic",
        "tempfile",
        "glob",
        "unicodedata",
        # the table format lays its text out itself (aktobe_facts.report._terminal); rich measures
        # only characters other than printable ASCII and the format's own marks
        "rich",
    }
    assert loaded & unwanted == set()


def test_the_kind_registry_names_each_kind_as_its_module_does() -> None:
    # the registry and the engine's checks name kinds without importing their modules
    assert {name: spec(module).kind for name, module in KINDS.items()} == {k: k for k in KINDS}
    assert [spec(KINDS[kind]).check for kind in ENGINE_KINDS] == [c.ID for c in CHECKS]
    assert [c.TITLE for c in CHECKS] == [spec(KINDS[c.kind]).title for c in CHECKS]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_file_with_no_joint_part_has_nothing_to_decide(path: Path) -> None:
    # exact in the direction the check relies on: when the quick test says no, the full analysis
    # finds no component to decide (no conflict, no consistent joint part, nothing undecided)
    doc = load(path)
    if has_joint_part(doc):
        return
    analysis = analyse(load(path))
    assert analysis.conflicts == [] and analysis.consistent == [] and analysis.undecided == []


def test_both_kinds_of_file_are_among_those_tested() -> None:
    found = {has_joint_part(load(path)) for path in FILES}
    assert found == {True, False}


COMMANDS = ["check", "explain", "schema", "fill", "draft"]


def test_the_seed_check_builds_only_its_command() -> None:
    assert [_name(c) for c in app.registered_commands] == COMMANDS
    assert [_name(c) for c in app_for(["check", "claims.toml"]).registered_commands] == ["check"]
    for args in ([], ["--help"], ["--version"], ["chek"]):  # no command named: all of them
        assert app_for(args) is app


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("args", [["--help"], ["--no-such-option"], []])
def test_a_command_alone_says_what_it_says_among_all(command: str, args: list[str]) -> None:
    alone = CliRunner().invoke(app_for([command]), [command, *args])
    among_all = CliRunner().invoke(app, [command, *args])
    assert (alone.output, alone.exit_code) == (among_all.output, among_all.exit_code)


def test_the_help_lists_every_command() -> None:
    shown = CliRunner().invoke(app_for(["--help"]), ["--help"]).output
    assert all(f"  {name} " in shown for name in COMMANDS), shown
