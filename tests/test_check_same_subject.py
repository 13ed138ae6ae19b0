"""The same-subject check: claims about one thing in one period must be able to be equal."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.checks import same_subject
from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of, load_text


def claim(
    cid: str,
    value: str,
    subject: str = "highways repaired",
    period: str | None = "2018-2020",
    programme: str | None = None,
    kind: str = "amount",
) -> str:
    lines = [
        "[[claim]]",
        f'id = "{cid}"',
        f'quote = "{value}"',
        f'value = "{value}"',
        f'kind = "{kind}"',
        f'subject = "{subject}"',
    ]
    if period is not None:
        lines.append(f'period = "{period}"')
    if programme is not None:
        lines.append(f'programme = "{programme}"')
    return "\n".join(lines) + "\n\n"


def test_agreeing_claims_pass_once_per_group() -> None:
    text = claim("a", "some 650 kilometers") + claim("b", "650 km", subject=" Highways  REPAIRED")
    (f,) = findings_of(text, "same-subject")
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("a", "b") and not f.rounding_only


def test_units_of_one_kind_are_converted() -> None:
    # 404 miles is 650.2 km; "some 650 kilometers" is 612.5 to 687.5 km.
    text = claim("a", "some 650 kilometers") + claim("b", "404 miles")
    (f,) = findings_of(text, "same-subject")
    assert f.outcome is Outcome.PASS and f.rounding_only and f.margin is not None


def test_conflict_without_programmes_warns_and_names_the_extremes() -> None:
    text = (
        claim("a", "some 650 kilometers")
        + claim("b", "some 640 kilometers")
        + claim("c", "about 400 kilometers")
    )
    (f,) = findings_of(text, "same-subject")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.WARNING
    assert f.claims == ("a", "c")
    assert "'a' is [612.5, 687.5] km but 'c' is [330, 470] km" in f.message
    assert f.result == "at least 142.5 km apart"


def test_conflict_between_programmes_is_informational() -> None:
    text = claim("a", "650 kilometers", programme="Nurly Zhol") + claim(
        "b", "120 kilometers", programme="Regional roads"
    )
    (f,) = findings_of(text, "same-subject")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.INFO
    assert "different programmes ('Nurly Zhol' and 'Regional roads')" in f.message


def test_conflict_inside_one_programme_still_warns() -> None:
    text = (
        claim("a", "650 kilometers", programme="Nurly Zhol")
        + claim("b", "120 kilometers", programme="Regional roads")
        + claim("c", "300 kilometers", programme="nurly  zhol")
    )
    (f,) = findings_of(text, "same-subject")
    assert f.severity is Severity.WARNING and f.claims == ("a", "c")


def test_a_claim_without_programme_conflicting_warns() -> None:
    text = claim("a", "650 kilometers", programme="Nurly Zhol") + claim("b", "120 kilometers")
    (f,) = findings_of(text, "same-subject")
    assert f.severity is Severity.WARNING


def test_different_periods_kinds_or_units_are_not_compared() -> None:
    text = (
        claim("a", "650 kilometers")
        + claim("b", "120 kilometers", period="2020")
        + claim("c", "12 percent")
        + claim("d", "3 percent", kind="growth")
        + claim("e", "100 billion tenge")
        + claim("f", "US$1 million")
    )
    control = claim("g", "3 km", subject="bridges") + claim("h", "3,000 m", subject="bridges")
    (f,) = findings_of(text + control, "same-subject")
    assert f.claims == ("g", "h") and f.outcome is Outcome.PASS


def test_period_spellings_are_one_period() -> None:
    text = claim("a", "650 kilometers") + claim("b", "120 kilometers", period="2018–2020")
    (f,) = findings_of(text, "same-subject")
    assert f.outcome is Outcome.FAIL


def test_people_and_bare_counts_are_one_kind() -> None:
    text = claim("a", "about 900,000 people", subject="population", period="2020") + claim(
        "b", "880,000", subject="population", period="2020"
    )
    (f,) = findings_of(text, "same-subject")
    assert f.outcome is Outcome.PASS


def test_linear_on_many_claims() -> None:
    text = "".join(
        claim(f"c{i}", f"{100 + i % 7} kilometers", subject=f"road {i // 2}") for i in range(4000)
    )
    doc = load_text(text)
    start = time.perf_counter()
    found = same_subject.check(doc)
    assert time.perf_counter() - start < 5
    assert len(found) == 2000


@given(st.lists(st.integers(0, 10_000), min_size=2, max_size=12))
def test_conflict_exactly_when_some_intervals_do_not_meet(values: list[int]) -> None:
    text = "".join(claim(f"c{i}", f"{v}.0 km") for i, v in enumerate(values))
    (f,) = findings_of(text, "same-subject")
    # each value is v ± 0.05: they meet exactly when the largest and smallest are equal
    assert (f.outcome is Outcome.PASS) == (max(values) == min(values))
    if f.outcome is Outcome.FAIL:
        assert f.claims == (f"c{values.index(max(values))}", f"c{values.index(min(values))}")


def test_a_change_in_words_is_as_rounded_as_its_digits() -> None:
    # A headline's "slid seven per cent" and the body's "a drop of 6.8 per cent" of the same
    # quantity agree: "seven per cent" is [6.5, 7.5] percent like "7 per cent", not exactly 7.
    words = claim("headline", "slid seven per cent", subject="wheat harvest", kind="growth")
    body = claim("body", "a drop of 6.8 per cent", subject="wheat harvest", kind="growth")
    (f,) = findings_of(words + body, "same-subject")
    assert f.outcome is Outcome.PASS and f.rounding_only
    # ... and a figure its digits would not fit still warns, in words as in digits
    for far in ("a drop of 8.6 per cent", "a drop of eleven per cent"):
        other = claim("body", far, subject="wheat harvest", kind="growth")
        (f,) = findings_of(words + other, "same-subject")
        assert f.outcome is Outcome.FAIL and f.severity is Severity.WARNING
