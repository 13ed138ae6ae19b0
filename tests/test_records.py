"""The dataclasses that write their own ``__init__`` (aktobe_facts.records): they take every field,
and behave as the generated methods would."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import FrozenInstanceError, dataclass, field, fields, replace
from typing import Any

import pytest

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.reading.numbers import Stated, parse
from aktobe_facts.records import frozen, mutable
from aktobe_facts.result import ArticleView, FileReport, Mark, Report, Summary

WRITTEN = [Finding, Step, Stated, ClaimsFile, Mark, ArticleView, FileReport, Summary, Report]


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda c: c.__name__)
def test_a_written_init_takes_every_field_in_order_with_its_default(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    wanted = [f for f in fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in wanted]
    for param, spec in zip(params, wanted, strict=True):
        if spec.default is not dataclasses.MISSING:
            assert param.default == spec.default, spec.name
        elif spec.default_factory is not dataclasses.MISSING:
            assert param.default is None, spec.name  # None stands for a new default
        else:
            assert param.default is inspect.Parameter.empty, spec.name


def test_a_written_init_sets_every_field() -> None:
    finding = Finding("c", Outcome.FAIL, Severity.ERROR, ("a",), 3, "m")
    values: dict[str, Any] = {f.name: f"value of {f.name}" for f in fields(Finding)}
    changed = replace(finding, **values)
    assert {f.name: getattr(changed, f.name) for f in fields(Finding)} == values
    summary = Summary(*range(13))
    assert dataclasses.astuple(summary) == tuple(range(13))
    assert list(dataclasses.asdict(summary)) == [f.name for f in fields(Summary)]


@dataclass(frozen=True)
class _Generated:
    number: int
    words: tuple[str, ...] = ()
    hidden: str = field(default="h", repr=False, compare=False)


@frozen
@dataclass(init=False, repr=False, eq=False, slots=True)
class _Written:
    number: int
    words: tuple[str, ...] = ()
    hidden: str = field(default="h", repr=False, compare=False)

    def __init__(self, number: int, words: tuple[str, ...] = (), hidden: str = "h") -> None:
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "hidden", hidden)


@mutable
@dataclass(init=False, repr=False, eq=False)
class _Open:
    number: int

    def __init__(self, number: int) -> None:
        self.number = number


def test_frozen_behaves_as_a_generated_frozen_dataclass() -> None:
    written, generated = _Written(1, ("a",), "x"), _Generated(1, ("a",), "x")
    assert repr(written).replace("_Written", "_Generated") == repr(generated)
    assert written == _Written(1, ("a",), "other") and written != _Written(2, ("a",))
    assert hash(written) == hash(_Written(1, ("a",), "y")) == hash(generated)
    assert written.__eq__(generated) is NotImplemented  # another class, as between dataclasses
    with pytest.raises(FrozenInstanceError):
        written.number = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del written.words
    for twin in (pickle.loads(pickle.dumps(written)), copy.copy(written), copy.deepcopy(written)):
        assert twin == written and twin.hidden == "x"
    assert replace(written, number=5) == _Written(5, ("a",))
    assert dataclasses.asdict(written) == {"number": 1, "words": ("a",), "hidden": "x"}


def test_mutable_compares_shows_and_has_no_hash() -> None:
    one = _Open(1)
    one.number = 2
    assert one == _Open(2) and one != _Open(1) and repr(one) == "_Open(number=2)"
    with pytest.raises(TypeError):
        hash(one)


def test_a_class_own_methods_are_kept() -> None:
    step = Step("a", "b")
    assert repr(step) == "Step(label='a', text='b')" and step == Step.later("a", lambda: "b")


def test_stated_computes_its_value_and_load_error_clips_and_compares() -> None:
    stated = parse("1.5 billion")
    assert stated.value == 1_500_000_000 and replace(stated, exponent=6).value == 1_500_000
    error = LoadError("f.toml", "x" * 5000, 3, item="i" * 500)
    assert len(error.message) < 5000 and len(error.item or "") < 500
    assert error == LoadError("f.toml", "x" * 5000, 3, item="i" * 500)
    assert error != LoadError("f.toml", "x" * 5000, 4, item="i" * 500)
    short = LoadError("f.toml", "bad", 3, 4, "claim 'a'", "value", "a.txt")
    assert pickle.loads(pickle.dumps(short)) == short
    assert repr(error).startswith("LoadError(path='f.toml', message=")


def test_records_made_as_one_dict_stay_frozen_and_compare_by_their_fields() -> None:
    # Finding and Stated set their fields as one dict, leaving defaults to the class
    short = Finding("c", Outcome.PASS, Severity.INFO, ("a",), 3, "m")
    spelled = Finding("c", Outcome.PASS, Severity.INFO, ("a",), 3, "m", (), None, None, None)
    assert short == spelled and hash(short) == hash(spelled) and short.notes == ()
    assert short != replace(short, rounding_only=True) and short.inputs == ()
    stated = parse("about 1.5 billion")
    assert stated == parse("about 1.5 billion") and hash(stated) == hash(parse("about 1.5 billion"))
    for record, name in ((short, "message"), (short, "inputs"), (stated, "value")):
        with pytest.raises(FrozenInstanceError):
            setattr(record, name, "changed")
        with pytest.raises(FrozenInstanceError):
            delattr(record, name)
        assert pickle.loads(pickle.dumps(record)) == record
        assert copy.copy(record) == record
