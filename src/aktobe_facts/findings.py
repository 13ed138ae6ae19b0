"""The finding record every check returns, and the words for its outcome and severity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum

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
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Step:
    """One line of a finding's arithmetic: what it is, and its value in words and intervals.

    Two steps are equal when their labels and texts are. :meth:`later` makes a step whose text is
    made the first time it is read: building the text of every input is a good part of a check's
    time, and a pass's inputs are shown only by some formats (a run that shows none of them, see
    ``api.check_paths``, never builds their text).
    """

    label: str
    text: str

    @staticmethod
    def later(label: str, make: Callable[[], str]) -> Step:
        """A step whose text ``make()`` makes when it is first read (once, even across threads)."""
        return _LaterStep(label, make)

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


@dataclass(frozen=True, slots=True)
class Finding:
    """The result of testing one relation between claims."""

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


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_INPUTS = _FINDING_FIELDS.index("inputs")
