"""Two amounts and then two shares, paired in turn only where the words make the order certain
(:func:`aktobe_facts.text.draftshares._in_order`): "respectively" after the shares, or each
share's whole naming the one flow its amount's words name. Before, nothing was drafted ("A of
exports and B of imports, representing P% of total exports and Q% of total imports": the nearest
pairing gave P to B, refused since the twelfth session), and with "respectively" the nearest
pairing gave the first share to the second amount. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

HEAD = "Ruritania trade report\n\n"
FLOWS = (
    "Exports reached 13.8 billion euros and imports 18.4 billion euros in 2030. Trade with the "
    "EU came to 10.0 billion euros of exports and 13.0 billion euros of imports, representing "
    "72.5% of total exports and 70.6% of total imports."
)
PARTNERS = (
    "Exports reached 13.8 billion euros in 2030. Exports to the EU came to 10.0 billion euros and "
    "exports to Asia to 2.5 billion euros, or 72.5% and 18.1% of total exports, respectively."
)


def _shares(text: str) -> set[tuple[str, str, str]]:
    found = draft(HEAD + text + "\n")
    values = {c.id: c.value or "" for c in found.claims}
    return {
        (
            values[str(r.fields["share"])],
            values[str(r.fields["part"])],
            values[str(r.fields["whole"])],
        )
        for r in found.relations
        if r.kind == "share"
    }


def test_each_share_whose_whole_names_its_amounts_flow_is_paired_in_turn() -> None:
    assert _shares(FLOWS) == {
        ("72.5%", "10.0 billion euros", "13.8 billion euros"),
        ("70.6%", "13.0 billion euros", "18.4 billion euros"),
    }


def test_respectively_pairs_the_shares_in_turn() -> None:
    assert _shares(PARTNERS) == {
        ("72.5%", "10.0 billion euros", "13.8 billion euros"),
        ("18.1%", "2.5 billion euros", "13.8 billion euros"),
    }


def test_a_share_off_its_amount_in_turn_is_an_error(tmp_path: Path) -> None:
    slipped = HEAD + FLOWS.replace("70.6%", "75.6%") + "\n"
    assert ("share-of-whole", Outcome.FAIL) in outcomes(slipped, tmp_path, ("share-of-whole",))
    assert ("share-of-whole", Outcome.FAIL) not in outcomes(
        HEAD + FLOWS + "\n", tmp_path, ("share-of-whole",)
    )


def test_no_order_the_words_make_certain_pairs_nothing_in_turn() -> None:
    one_flow = PARTNERS.replace(", respectively", "")  # both of total exports: which is which?
    assert not {s for s in _shares(one_flow) if s[1] == "10.0 billion euros"}
    assert ("72.5%", "2.5 billion euros", "13.8 billion euros") not in _shares(one_flow)
    both = PARTNERS.replace("of total exports", "of total exports and imports")
    assert not _shares(both)  # each its own whole, which the words leave to the reader


NAMED_BEFORE = (
    "Exports reached 22.0 billion euros and imports 31.0 billion euros in 2030. Sales to Utopia "
    "were 3.3 billion euros and purchases of imports from Utopia 9.1 billion euros, making up "
    "{p} of total exports and {q} of total imports."
)


def test_an_amount_named_by_its_flow_before_it_takes_no_share_of_another_flow(
    tmp_path: Path,
) -> None:
    # the nearest pairing gave the exports' share to the imports' amount, named before it: a
    # false error whenever the imports are more than the share's whole allows
    text = HEAD + NAMED_BEFORE.format(p="15%", q="29%") + "\n"
    assert ("9.1 billion euros", "22.0 billion euros") not in {(s[1], s[2]) for s in _shares(text)}
    assert ("share-of-whole", Outcome.FAIL) not in outcomes(text, tmp_path, ("share-of-whole",))


def test_an_amount_named_by_the_share_s_own_flow_keeps_its_share() -> None:
    # the near miss: the amount before the share named by the share's whole's flow
    text = (
        HEAD + "Exports reached 22.0 billion euros in 2030. Exports to Utopia were 3.3 billion "
        "euros, making up 15% of total exports.\n"
    )
    assert ("15%", "3.3 billion euros", "22.0 billion euros") in _shares(text)
