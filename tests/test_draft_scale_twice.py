"""One year's figure given twice with the same digits and scale words a thousand times apart
("spent $8.2tn" and "the aggregate expenditure of $8.2bn"): one is a slip, tied as `equal`
(`text/draftscaletwice.py`). The texts are written for these tests; the first drafted no equal
before."""

from __future__ import annotations

from pathlib import Path

from _drafted import equals, outcomes
from aktobe_facts.findings import Outcome

TEXT = """The federal budget in 2031

In 2031 the federal government earned $5.9tn in revenue and spent $8.2tn, for a fiscal deficit of $2.3tn.

Of the aggregate expenditure of {again}, $3.9tn went out in the first half and $4.3tn in the second.
"""


def test_one_figure_with_two_scale_words_is_tied(tmp_path: Path) -> None:
    text = TEXT.format(again="$8.2bn")
    assert ["$8.2tn", "$8.2bn"] in equals(text)
    assert ("equal", Outcome.FAIL) in outcomes(text, tmp_path, ("equal",))


def test_near_misses_draft_no_such_equal() -> None:
    """Other digits ("$8.4bn": no slip of the scale alone) and a part named as such ("of which
    $8.2bn on roads") are left alone."""
    assert not any("$8.4bn" in group for group in equals(TEXT.format(again="$8.4bn")))
    part = TEXT.format(again="$8.2tn").replace(
        "for a fiscal deficit of $2.3tn.", "of which $8.2bn on roads."
    )
    assert not any("$8.2bn" in group for group in equals(part))
