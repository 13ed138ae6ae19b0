"""A share first, its amount after "or", then the whole's words and the verb of the clause the
share is subject of: "About 25%, or $350 million, of the budget goes to investment". The whole's
words end at that verb (:data:`aktobe_facts.text.draftshares._WHOLE_VERB`), so they name the
budget alone and find its figure; a count's share finds the count its words name ("48.5% or
7,857 of all tourist arrivals came through it"). Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from _drafted import shares


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The budget for 2031 totals $1.4 billion. About 25%, or $350 million, of the budget "
            "goes to public investment.",
            "$350 million",
            "$1.4 billion",
        ),
        (
            "The budget for 2031 totals $1.4 billion. About 25%, or $350 million, of the budget is "
            "allocated to public investment.",
            "$350 million",
            "$1.4 billion",
        ),
        (
            "Tourist arrivals reached 16,200 in the first quarter of 2031. The harbour is their "
            "main way in, and 48.5% or 7,857 of all tourist arrivals came through it.",
            "7,857",
            "16,200",
        ),
    ],
)
def test_the_whole_named_before_the_verb_is_found(text: str, part: str, whole: str) -> None:
    assert [(s["part"], s["whole"]) for s in shares(text)] == [(part, whole)]


@pytest.mark.parametrize(
    "text",
    [
        # the words name no figure of the article: no whole
        "The budget for 2031 totals $1.4 billion. About 25%, or $350 million, of the funds goes "
        "to public investment.",
        # a count's share never takes an amount as its whole
        "Tourism brought in $16,200 in the first quarter of 2031. The harbour is their main way "
        "in, and 48.5% or 7,857 of all tourist arrivals came through it.",
    ],
)
def test_no_whole_where_the_words_name_none(text: str) -> None:
    assert shares(text) == []
