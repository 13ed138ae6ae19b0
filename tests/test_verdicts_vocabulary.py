"""The vocabulary checks make their findings with (``findings.Verdicts``): each word makes the
finding the long form would, with the outcome's usual severity unless the check gives another."""

from __future__ import annotations

import pickle

import pytest

from aktobe_facts.findings import (
    Finding,
    Outcome,
    Said,
    Severity,
    Step,
    Verdicts,
    keeping,
)

say = Verdicts("a-check")
STEPS = [Step("a", "1"), Step("b", "2")]


def test_each_outcome_carries_its_usual_severity() -> None:
    assert say.passed(("x",), 3, "m") == Finding(
        "a-check", Outcome.PASS, Severity.INFO, ("x",), 3, "m"
    )
    assert say.failed(("x",), 3, "m") == Finding(
        "a-check", Outcome.FAIL, Severity.ERROR, ("x",), 3, "m"
    )
    assert say.undetermined(("x",), 3, "m") == Finding(
        "a-check", Outcome.UNDETERMINED, Severity.WARNING, ("x",), 3, "m"
    )


def test_a_check_may_give_another_severity() -> None:
    assert say.failed((), 1, "m", severity=Severity.WARNING).severity is Severity.WARNING
    assert say.undetermined((), 1, "m", severity=Severity.INFO).severity is Severity.INFO
    assert say.passed((), 1, "m", severity=Severity.ERROR).severity is Severity.ERROR


def test_every_field_a_problem_shows_reaches_the_finding() -> None:
    made = say.failed(
        ("x", "y"),
        7,
        "m",
        inputs=STEPS,
        result="r",
        bound="b",
        nearest="n",
        suggestion="s",
        notes=["one", "two"],
        narrowed="fails only with ...",
    )
    assert made == Finding(
        "a-check",
        Outcome.FAIL,
        Severity.ERROR,
        ("x", "y"),
        7,
        "m",
        inputs=tuple(STEPS),
        result="r",
        bound="b",
        nearest="n",
        suggestion="s",
        notes=("one", "two"),
        narrowed="fails only with ...",
    )
    # kept as tuples, so the finding stays hashable, comparable and picklable as before
    assert isinstance(made.inputs, tuple) and isinstance(made.notes, tuple)
    assert pickle.loads(pickle.dumps(made)) == made


def test_a_pass_with_a_margin_holds_only_thanks_to_the_rounding_unless_told_otherwise() -> None:
    plain = say.passed(("x",), 1, "m")
    assert plain.margin is None and not plain.rounding_only
    rounded = say.passed(("x",), 1, "m", margin="0.1 left")
    assert rounded.margin == "0.1 left" and rounded.rounding_only
    assert not say.passed(("x",), 1, "m", margin="wide", rounding_only=False).rounding_only
    assert say.passed(("x",), 1, "m", rounding_only=True).rounding_only


def test_about_states_a_test_once_for_each_of_its_verdicts() -> None:
    steps = list(STEPS)
    it = say.about(("x",), 4, inputs=steps, result="r", bound="b")
    steps.append(Step("c", "3"))  # the inputs are read when the verdict is made
    assert it.passed("fits", margin="m") == say.passed(
        ("x",), 4, "fits", inputs=steps, result="r", bound="b", margin="m"
    )
    assert it.failed("does not fit", nearest="n") == say.failed(
        ("x",), 4, "does not fit", inputs=steps, result="r", bound="b", nearest="n"
    )
    assert it.undetermined("cannot tell", severity=Severity.INFO) == say.undetermined(
        ("x",), 4, "cannot tell", inputs=steps, result="r", bound="b", severity=Severity.INFO
    )
    assert len(it.failed("again").inputs) == 3


def test_about_refuses_a_field_given_twice() -> None:
    it = say.about(("x",), 4, result="r")
    with pytest.raises(TypeError, match="given twice: result"):
        it.failed("m", result="other")


def test_words_made_later_are_the_words_given_at_once() -> None:
    def words() -> Said:
        return Said("m", inputs=STEPS, result="r", nearest="n", suggestion="s", notes=["o"])

    assert say.failed(("x",), 2, words) == say.failed(
        ("x",), 2, "m", inputs=STEPS, result="r", nearest="n", suggestion="s", notes=["o"]
    )
    assert say.undetermined(("x",), 2, lambda: "m", bound="b") == say.undetermined(
        ("x",), 2, "m", bound="b"
    )
    assert say.passed(
        ("x",), 2, lambda: Said("m", margin="g", result="r"), rounding_only=True
    ) == say.passed(("x",), 2, "m", margin="g", result="r")
    with pytest.raises(TypeError, match="given twice: result"):
        say.failed(("x",), 2, lambda: Said("m", result="r"), result="other")
    with pytest.raises(TypeError, match="rounding_only"):  # a run without words could not tell
        say.passed(("x",), 2, lambda: Said("m", margin="g"))


def test_a_run_that_keeps_no_words_never_makes_them() -> None:
    def words() -> Said:
        raise AssertionError("made")

    with keeping(inputs=False, words=False, problem_inputs=False, problem_words=False):
        fail = say.failed(("x",), 2, words, severity=Severity.WARNING)
        maybe = say.undetermined(("x",), 3, words)
        fine = say.passed(("x",), 4, words, rounding_only=True)
    assert fail == Finding("a-check", Outcome.FAIL, Severity.WARNING, ("x",), 2, "")
    assert maybe == Finding("a-check", Outcome.UNDETERMINED, Severity.WARNING, ("x",), 3, "")
    assert fine == Finding(
        "a-check", Outcome.PASS, Severity.INFO, ("x",), 4, "", rounding_only=True
    )
    with keeping(inputs=False, words=False, problem_inputs=False):  # problems' words still kept
        assert say.failed(("x",), 2, lambda: Said("m", suggestion="s")).suggestion == "s"


def test_the_checks_speak_through_the_vocabulary() -> None:
    """Every check module's findings carry its own id (the vocabulary is bound to it)."""
    from aktobe_facts.checks import CHECKS

    for check_id, line in CHECKS.items():
        bound = getattr(getattr(line, "module", line), "say", None)
        if bound is not None:
            assert bound == Verdicts(check_id), check_id
