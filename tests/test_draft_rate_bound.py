"""A draft never converts into more currencies than a claims file may hold
(:mod:`aktobe_facts.text.ratebound`): a digest converting into many currencies is drafted and
checked, the conversions past the limit written as values alone with a note, never an internal
error."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.claims import loader
from aktobe_facts.text.articlecheck import drafted
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phraseread import read
from aktobe_facts.text.ratebound import NOTE
from test_draft import _in_tmp, run  # noqa: F401 (the CLI, run in a fresh folder)

# ISO 4217 codes the grammar reads, each converted into US dollars by one sentence of a digest
CODES = [
    "KZT",
    "RUB",
    "UZS",
    "KGS",
    "TJS",
    "AZN",
    "GEL",
    "AMD",
    "UAH",
    "BYN",
    "MDL",
    "TRY",
    "CNY",
    "JPY",
    "KRW",
    "INR",
    "PKR",
    "GBP",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
]


def digest(codes: list[str]) -> str:
    """A digest of our own: one partner's exports a paragraph, in its currency and in dollars."""
    lines = ["Exports by partner, 2024", ""]
    for i, code in enumerate(codes):
        lines += [
            f"Partner number {i + 1} bought goods worth {code} {100 + i} million "
            f"(USD {2 + i}.5 million) in 2024.",
            "",
        ]
    return "\n".join(lines)


def converted(text: str) -> tuple[set[str], list[str]]:
    """The currencies of the drafted conversions, and the notes of the claims left without one."""
    found = draft(text)
    keys: set[str] = set()
    notes: list[str] = []
    for claim in found.claims:
        if claim.counterparts:
            keys |= {read(t).unit.key for t in (claim.value or "", *claim.counterparts)}  # type: ignore[union-attr]
        elif claim.note:
            notes.append(claim.note)
    return keys, notes


def test_a_digest_past_the_limit_is_checked_with_its_later_conversions_noted() -> None:
    limit = loader.MAX_RATE_CURRENCIES
    Path("digest.txt").write_text(digest(CODES), encoding="utf-8")
    result = run("check", "digest.txt", "--format", "json")
    assert result.exit_code in (0, 1), result.output  # was 3: the draft did not load
    report = json.loads(result.output)
    untested = [f for f in report["files"][0]["findings"] if f["check"] == "no-relation"]
    noted = [f for f in untested if any("is not drafted" in n for n in f["notes"])]
    # USD and the first 19 codes fill the 20: the other six sentences keep their value alone
    assert len(noted) == len(CODES) - (limit - 1)
    assert "(USD 26.5 million)" in noted[-1]["notes"][0]
    keys, notes = converted(digest(CODES))
    assert len(keys) == limit
    assert notes[0] == NOTE.format(shown="(USD 21.5 million)")


@settings(max_examples=8, deadline=None)
@given(st.permutations(CODES), st.integers(min_value=2, max_value=len(CODES)))
def test_every_draft_loads_and_converts_into_at_most_the_limit(codes: list[str], n: int) -> None:
    limit = loader.MAX_RATE_CURRENCIES
    text = digest(list(codes[:n]))
    Path("d.txt").write_text(text, encoding="utf-8")
    drafted(Path("d.txt"))  # loads the draft: a DraftLoadError past the limit without the bound
    keys, notes = converted(text)
    assert len(keys) == min(n + 1, limit)  # every conversion kept while the currencies fit
    assert len(notes) == max(0, n + 1 - limit)
