"""The registry's ``needs``: a check's module is run (and imported) only for a file that holds what
the check needs, and that must never leave out a finding (aktobe_facts.checks).

Every claims file and article of the tests (but the unseen tests/heldout3) and generated files are
checked both ways: each check's module run on the file whatever its line says, and through the
registry.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given

from _budget import costly
from aktobe_facts import checks
from aktobe_facts.checks import CHECKS, Check
from aktobe_facts.claims.loader import LoadError, load, loads
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding
from aktobe_facts.text.articlecheck import load_article
from test_fuzz import claims_files

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
UNSEEN = TESTS / "heldout3"
CLAIMS_FILES = sorted(
    p for p in TESTS.rglob("*.toml") if UNSEEN not in p.parents and p.name != "expected.toml"
)
ARTICLES = sorted(
    p
    for folder in ("corpus", "heldout", "heldout2")
    for p in (TESTS / folder).glob("*/article.txt")
)
LINES = [line for line in CHECKS.values() if isinstance(line, Check)]


def _claim(cid: str, value: str, extra: str = "") -> str:
    return f'[[claim]]\nid = "{cid}"\nquote = "q {value}"\nvalue = "{value}"\n{extra}\n'


def _pair(cid: str, value: str, counterpart: str) -> str:
    return _claim(cid, value, f'counterpart = "{counterpart}"')


SMALL = {  # what none of the files above has: three currencies, two units, a count's share, ...
    "three currencies": _pair("t_usd", "42.1 billion tenge", "US$100.2 million")
    + _pair("usd_eur", "US$60.1 million", "€50.2 million")
    + _pair("t_eur", "9.05 billion tenge", "€20.1 million"),
    "two units": _pair("road", "650 km", "404 miles"),
    "a count's share": _claim("projects", "23", 'kind = "count"')
    + _claim("mining", "34.9 percent", 'kind = "share"\nof = "projects"'),
    "two number styles": _pair("p1", "85 billion tenge", "US$203 million")
    + _pair("p2", "2.1 billion tenge", "US$4.9 million")
    + _pair("big", "1.1 trillion tenge", "$2,618 million")
    + '[[claim]]\nid = "g"\nquote = "grew 4,7 percent"\nvalue = "4.7 percent"\n',
}


def _doc(path: Path) -> ClaimsFile | None:
    try:
        return load_article(path) if path.suffix == ".txt" else load(path)
    except LoadError:
        return None  # a file the tests keep to be refused


def _each_module(doc: ClaimsFile) -> dict[str, list[Finding]]:
    """Each check's findings on ``doc``, its module run whatever its line says."""
    return {cid: getattr(line, "module", line).check(doc) for cid, line in CHECKS.items()}


@cache
def _checked(path: Path) -> tuple[ClaimsFile, dict[str, list[Finding]]] | None:
    """A file of the tests and each module's findings on it: made once for the tests below."""
    doc = _doc(path)
    return None if doc is None else (doc, _each_module(doc))


def _each_way(doc: ClaimsFile, found: dict[str, list[Finding]] | None = None) -> None:
    found = _each_module(doc) if found is None else found
    for line in LINES:
        if not line.applies(doc):
            assert found[line.ID] == [], (line.ID, str(doc.path))
    every = [f for cid in CHECKS for f in found[cid]]
    assert [f for line in CHECKS.values() for f in line.check(doc)] == every


@pytest.mark.parametrize("path", [ROOT / "claims.toml", *CLAIMS_FILES, *ARTICLES], ids=str)
def test_a_check_left_out_would_have_found_nothing(path: Path) -> None:
    checked = _checked(path)
    if checked is not None:
        _each_way(*checked)


@pytest.mark.parametrize("name", SMALL)
def test_the_same_on_small_files(name: str) -> None:
    _each_way(loads(SMALL[name], f"{name}.toml"))


@costly(50)
@given(claims_files())
def test_the_same_on_generated_files(text: str) -> None:
    try:
        doc = loads(text, "fuzz.toml")
    except LoadError:
        return
    _each_way(doc)


def test_the_files_leave_out_and_keep_every_check() -> None:
    # the files above hold something for every check, and leave each out somewhere: both ways of
    # every line are tested
    paths = [ROOT / "claims.toml", *CLAIMS_FILES, *ARTICLES]
    checked = [c for c in map(_checked, paths) if c is not None]
    checked += [(d, _each_module(d)) for d in (loads(t, f"{n}.toml") for n, t in SMALL.items())]
    for line in LINES:
        said = {line.applies(doc) for doc, _ in checked}
        assert said == {True, False}, line.ID
        assert any(found[line.ID] for _, found in checked), line.ID


def test_each_line_names_its_module_as_the_module_does() -> None:
    for check_id, line in CHECKS.items():
        if isinstance(line, Check):
            assert check_id == line.module.ID
            assert line.TITLE == line.module.TITLE and line.HELP == line.module.HELP
            module_says = getattr(line.module, "TESTS_RELATIONS", True)
            assert checks.tests_relations(check_id) is line.TESTS_RELATIONS is module_says
