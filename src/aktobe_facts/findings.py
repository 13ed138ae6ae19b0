"""The finding record every check returns, the words for its outcome and severity, and the
vocabulary a check makes its findings with (:class:`Verdicts`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypedDict, TypeVar, Unpack

from msgspec import Struct

from aktobe_facts.records import frozen

_set = object.__setattr__

UNTESTED = "no-relation"
"""The check id of the findings that list a claim in no relation (not a relation themselves)."""


class Outcome(StrEnum):
    """What a relation's test found."""

    PASS = "pass"  # some values inside the stated intervals satisfy the relation
    FAIL = "fail"  # no value inside the stated intervals satisfies it
    UNDETERMINED = "undetermined"  # the inputs do not allow a verdict (a figure or rate is missing)


class Severity(StrEnum):
    """How much a finding matters; the CLI's ``--fail-level`` compares against it."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self.value]


_RANKS = {"error": 3, "warning": 2, "info": 1}


@frozen
@dataclass(init=False, repr=False, eq=False, slots=True)
class Step:
    """One line of a finding's arithmetic: what it is, and its value in words and intervals.

    Two steps are equal when their labels and texts are. :meth:`later` makes a step whose text is
    made the first time it is read: building the text of every input is a good part of a check's
    time, and a pass's inputs are shown only by some formats (a run that shows none of them, see
    ``api.check_paths``, never builds their text).
    """

    label: str
    text: str

    def __init__(self, label: str, text: str) -> None:
        _set(self, "label", label)
        _set(self, "text", text)

    @staticmethod
    def later(label: str, make: Callable[[], str]) -> Step:
        """A step whose text ``make()`` makes when it is first read (once, even across threads).

        Inside :func:`keeping` with no inputs kept, of passes or of problems, no finding will
        carry it: the one empty step :data:`UNKEPT` stands for it (nothing is made)."""
        if _KEPT.get()[2]:
            return _LaterStep(label, make)
        return UNKEPT

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Step):
            return NotImplemented
        return self.label == other.label and self.text == other.text

    def __hash__(self) -> int:
        return hash((self.label, self.text))

    def __repr__(self) -> str:
        return f"Step(label={self.label!r}, text={self.text!r})"

    def __reduce__(self) -> tuple[type[Step], tuple[str, str]]:
        return (Step, (self.label, self.text))  # made before it travels; a plain step after


class _LaterStep(Step):
    """A :class:`Step` whose text is made when first read (see :meth:`Step.later`)."""

    __slots__ = ("_made", "_make")
    _made: str | None
    _make: Callable[[], str] | None

    def __init__(
        self, label: str, make: Callable[[], str] | None = None, *, text: str | None = None
    ) -> None:
        # text=: what dataclasses.replace passes, with the text already made
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "_make", None if text is not None else make)
        object.__setattr__(self, "_made", text)

    @property
    def text(self) -> str:
        made: str | None = self._made
        if made is None:
            make = self._make
            if make is None:  # another thread made it just now
                made = self._made
                assert made is not None
                return made
            made = make()
            object.__setattr__(self, "_made", made)  # the text first, then drop the maker
            object.__setattr__(self, "_make", None)
        return made


@frozen
@dataclass(init=False, repr=False, eq=False)
class Finding:
    """The result of testing one relation between claims (a frozen dataclass: see
    :mod:`aktobe_facts.records`).

    Without slots: a finding's fields are set as one dict, where sixteen ``object.__setattr__``
    calls cost about 20,000 instructions (a check of 10,000 claims makes 8,000 findings)."""

    check: str
    outcome: Outcome
    severity: Severity
    claims: tuple[str, ...]
    line: int
    message: str
    inputs: tuple[Step, ...] = ()
    result: str | None = None
    bound: str | None = None
    nearest: str | None = None
    suggestion: str | None = None
    notes: tuple[str, ...] = field(default=())
    margin: str | None = None  # how much room the stated rounding left, for close passes
    rounding_only: bool = False  # holds only within the rounding, not for the figures as printed
    waived: str | None = None  # the reason of the [[waiver]] that covers this finding
    narrowed: str | None = (
        None  # a fail only at readings other relations pin: "fails only with ..."
    )

    def __init__(
        self,
        check: str,
        outcome: Outcome,
        severity: Severity,
        claims: tuple[str, ...],
        line: int,
        message: str,
        inputs: tuple[Step, ...] = (),
        result: str | None = None,
        bound: str | None = None,
        nearest: str | None = None,
        suggestion: str | None = None,
        notes: tuple[str, ...] = (),
        margin: str | None = None,
        rounding_only: bool = False,
        waived: str | None = None,
        narrowed: str | None = None,
    ) -> None:
        values = {
            "check": check,
            "outcome": outcome,
            "severity": severity,
            "claims": claims,
            "line": line,
            "message": message,
            "inputs": inputs,
            "result": result,
            "bound": bound,
            "nearest": nearest,
            "suggestion": suggestion,
            "notes": notes,
            "margin": margin,
            "rounding_only": rounding_only,
            "waived": waived,
            "narrowed": narrowed,
        }
        _set(self, "__dict__", values)

    @property
    def is_problem(self) -> bool:
        """A finding that may fail the gate: anything but a pass."""
        return self.outcome is not Outcome.PASS

    def fails_at(self, level: Severity) -> bool:
        """True when the finding fails the gate at ``level``; a waived finding never does."""
        return self.is_problem and self.waived is None and self.severity.rank >= level.rank

    def without_inputs(self) -> Finding:
        """The same finding with no inputs (quicker than ``dataclasses.replace``)."""
        values = [getattr(self, name) for name in _FINDING_FIELDS]
        values[_INPUTS] = ()
        return Finding(*values)

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        # Findings are pickled back from worker processes (--jobs). The tuple of fields is
        # smaller than the default (a dict of slot names per object) and loads twice as fast,
        # which matters because the parent loads every file's findings alone (measured on the
        # benchmark's 13,000 findings: 0.38 s down to 0.19 s).
        return (Finding, tuple(getattr(self, name) for name in _FINDING_FIELDS))


UNKEPT = Step("", "")
"""What :meth:`Step.later` gives where no finding keeps its inputs (see :func:`keeping`)."""

_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_INPUTS = _FINDING_FIELDS.index("inputs")


Claims = tuple[str, ...]
"""The ids of the claims a finding is about."""

Text = str | Callable[[], str]
"""A pass's message or result: the text, or a function that makes it. A pass is most of what a
check finds, and its words (numbers formatted as intervals) were a tenth of a check run that
never shows them (``check -q``): given as a function, they are made only when the run keeps them
(:func:`keeping`)."""

_KEPT: ContextVar[tuple[bool, bool, bool, bool, bool]] = ContextVar(
    "aktobe_facts_kept", default=(True, True, True, True, True)
)


@contextmanager
def keeping(
    *,
    inputs: bool = True,
    words: bool = True,
    problem_inputs: bool = True,
    problem_words: bool = True,
) -> Iterator[None]:
    """What the findings :class:`Verdicts` makes while inside keep: the passes' inputs and their
    words (message, result, notes, margin), the inputs of fails and undetermined tests, and their
    words (message, result, bound, nearest value, suggestion, notes). A run whose reports show
    none of them (``--quiet``: the summary only) makes findings that carry their verdict alone
    (outcome, severity, claims, line): the words are never made, nor sent back from worker
    processes, and no step of an input is made (:meth:`Step.later`). Per thread (a context
    variable): threads checking files at once do not share it."""
    token = _KEPT.set(
        (inputs, words, (inputs and words) or problem_inputs, problem_inputs, problem_words)
    )
    try:
        yield
    finally:
        _KEPT.reset(token)


def _made(text: Text) -> str:
    return text if isinstance(text, str) else text()


class Later(TypedDict, total=False):
    """What a verdict's words may show besides its message when a function makes them (see
    :class:`Said`): never what the verdict itself is (severity), nor whether a pass holds only
    thanks to the rounding (``rounding_only``, which a run that keeps no words still reports):
    a pass whose ``margin`` is made later gives ``rounding_only`` with its verdict."""

    inputs: Iterable[Step]
    result: str | None
    bound: str | None
    notes: Iterable[str]
    nearest: str | None
    suggestion: str | None
    margin: str | None


class Said:
    """A verdict's words, as a function given for its message makes them: the message and what
    it shows besides (``Said(message, result=..., suggestion=...)``). The formatting of a fail's
    figures, its nearest value and its fix are most of a check's time on a file with problems,
    and a run that shows no finding (``check -q``) never makes them (:func:`keeping`)."""

    __slots__ = ("message", "shown")

    def __init__(self, message: str, **shown: Unpack[Later]) -> None:
        self.message = message
        self.shown = shown


Words = str | Callable[[], "str | Said"]
"""A verdict's message: the text, or a function that makes it, alone or with more of the words
(:class:`Said`); the function is called only when the run keeps the verdict's words."""


def _said(message: Words) -> tuple[str, Later]:
    made = message if isinstance(message, str) else message()
    return (made, {}) if isinstance(made, str) else (made.message, made.shown)


class Shown(TypedDict, total=False):
    """What any finding may show besides its message (the fields of :class:`Finding`), and the
    severity, when not the outcome's usual one."""

    severity: Severity
    inputs: Iterable[Step]
    result: Text | None
    bound: str | None
    notes: Iterable[str]


class ProblemShown(Shown, total=False):
    """What a fail or an undetermined test may also show: the nearest consistent value, a fix,
    and for a fail only at the readings other relations pin, the words that say so."""

    nearest: str | None
    suggestion: str | None
    narrowed: str | None


class PassShown(Shown, total=False):
    """What a pass may also show: how much room the stated rounding left (``margin``), and whether
    it holds only thanks to the rounding (``rounding_only``; by default, when there is a margin)."""

    margin: str | None
    rounding_only: bool


USUAL_SEVERITY = {
    Outcome.PASS: Severity.INFO,
    Outcome.FAIL: Severity.ERROR,
    Outcome.UNDETERMINED: Severity.WARNING,
}


class Verdicts(Struct, frozen=True):
    """What one check says, in the words of each outcome: ``say = Verdicts(ID)``, then
    ``say.passed(claims, line, message, inputs=..., result=...)``, ``say.failed(...)`` and
    ``say.undetermined(...)``.

    Each outcome carries its usual severity (:data:`USUAL_SEVERITY`) unless the check gives
    another; ``inputs`` and ``notes`` take any iterable. Where one test may end in several
    verdicts, :meth:`about` states its claims, line and arithmetic once.
    """

    check: str

    def about(self, claims: Claims, line: int, **shown: Unpack[Shown]) -> About:
        """One test's subject and arithmetic, for the verdict to add its message to:
        ``it = say.about(ids, line, inputs=steps, result=shown)``, then ``it.passed(message)``."""
        return About(self, claims, line, shown)

    def passed(
        self, claims: Claims, line: int, message: Words, **shown: Unpack[PassShown]
    ) -> Finding:
        """Some values inside the stated intervals satisfy the relation. ``message`` and
        ``result`` may be functions that make them (see :data:`Words` and :data:`Text`)."""
        return self._pass(claims, line, message, shown)

    def failed(
        self, claims: Claims, line: int, message: Words, **shown: Unpack[ProblemShown]
    ) -> Finding:
        """No value inside the stated intervals satisfies the relation. ``message`` may be a
        function that makes the words (see :data:`Words`)."""
        return self._problem(Outcome.FAIL, claims, line, message, shown)

    def undetermined(
        self, claims: Claims, line: int, message: Words, **shown: Unpack[ProblemShown]
    ) -> Finding:
        """The inputs allow no verdict (a figure or a rate is missing, a unit does not match).
        ``message`` may be a function that makes the words (see :data:`Words`)."""
        return self._problem(Outcome.UNDETERMINED, claims, line, message, shown)

    def _pass(self, claims: Claims, line: int, message: Words, shown: PassShown) -> Finding:
        margin = shown.get("margin")
        only = shown.get("rounding_only", margin is not None)
        severity = shown.get("severity", Severity.INFO)
        inputs, words, _, _, _ = _KEPT.get()
        if not words:  # the verdict alone (see keeping)
            return Finding(self.check, Outcome.PASS, severity, claims, line, "", rounding_only=only)
        text, later = _said(message)
        if "margin" in later and "rounding_only" not in shown:
            raise TypeError("a margin made later needs rounding_only with the verdict")
        every = _with(shown, later)
        result = every.get("result")
        return Finding(
            self.check,
            Outcome.PASS,
            severity,
            claims,
            line,
            text,
            tuple(every.get("inputs", ())) if inputs else (),
            None if result is None else _made(result),
            every.get("bound"),
            None,
            None,
            tuple(every.get("notes", ())),
            every.get("margin"),
            only,
        )

    def _problem(
        self, outcome: Outcome, claims: Claims, line: int, message: Words, shown: ProblemShown
    ) -> Finding:
        severity = shown.get("severity", USUAL_SEVERITY[outcome])
        _, _, _, inputs, words = _KEPT.get()
        if not words:  # the verdict alone (see keeping)
            return Finding(self.check, outcome, severity, claims, line, "")
        text, later = _said(message)
        every = _with(shown, later)
        result = every.get("result")
        return Finding(
            self.check,
            outcome,
            severity,
            claims,
            line,
            text,
            tuple(every.get("inputs", ())) if inputs else (),
            None if result is None else _made(result),
            every.get("bound"),
            every.get("nearest"),
            every.get("suggestion"),
            tuple(every.get("notes", ())),
            narrowed=every.get("narrowed"),
        )


def _with(shown: Shown, later: Later) -> Mapping[str, Any]:
    """What a verdict shows: what the check gave with it and what its words' function made."""
    return {**shown, **_new(shown, later)} if later else shown


class About(Struct, frozen=True):
    """One test of a check: its claims, line and arithmetic, waiting for its verdict
    (:meth:`Verdicts.about`). A verdict adds its message and what only it shows; a field given
    both here and to the verdict is an error. ``inputs`` are read when the verdict is made, so
    steps appended to the list after :meth:`Verdicts.about` count."""

    say: Verdicts
    claims: Claims
    line: int
    shown: Shown

    def passed(self, message: Words, **more: Unpack[PassShown]) -> Finding:
        shown: PassShown = {**self.shown, **_new(self.shown, more)}
        return self.say._pass(self.claims, self.line, message, shown)

    def failed(self, message: Words, **more: Unpack[ProblemShown]) -> Finding:
        shown: ProblemShown = {**self.shown, **_new(self.shown, more)}
        return self.say._problem(Outcome.FAIL, self.claims, self.line, message, shown)

    def undetermined(self, message: Words, **more: Unpack[ProblemShown]) -> Finding:
        shown: ProblemShown = {**self.shown, **_new(self.shown, more)}
        return self.say._problem(Outcome.UNDETERMINED, self.claims, self.line, message, shown)


_More = TypeVar("_More", bound=Mapping[str, object])


def _new(given: Shown, more: _More) -> _More:
    """``more``, once it names no field the test gave already (a mistake in the check)."""
    twice = given.keys() & more.keys()
    if twice:
        raise TypeError(f"given twice: {', '.join(sorted(twice))}")
    return more
