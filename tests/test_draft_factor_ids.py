"""No drafted claim takes an id that a multiple reads as its factor: the ``factor`` of a
``multiple`` is read as a claim's id first, so a claim named "double" (from "will double to $140
billion") made the factor "double" of the multiple drafted beside it that claim's figure, and
"$140 billion = $140 billion x $70 billion" a false error (review27, twenty-seventh session, a
verb of a multiple of open22's). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draftwords import Ids

TEXTS = [
    "Port debt stood at $70 billion in 2030, and will double to $140 billion by 2040.",
    "Port debt stood at $70 billion in 2030, and will triple to $210 billion by 2040.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_multiple_named_by_its_verb_passes(text: str, tmp_path: Path) -> None:
    assert outcomes(text, tmp_path, ("multiple",)) == [("multiple", Outcome.PASS)]


@pytest.mark.parametrize("text", TEXTS)
def test_no_claim_is_named_by_the_factor(text: str) -> None:
    # relations() shows a field naming a claim by that claim's value: the factor stays words
    factors = [fields["factor"] for kind, fields in relations(text) if kind == "multiple"]
    assert factors in (["double"], ["triple"])


@pytest.mark.parametrize("word", ["double", "twice", "half", "triple"])
def test_ids_pass_over_the_words_of_a_factor(word: str) -> None:
    ids = Ids()
    made = ids.make([[word]], "amount")
    assert made != word and made.startswith(word)
    assert ids.make([["port", "debt"]]) == "port_debt"
