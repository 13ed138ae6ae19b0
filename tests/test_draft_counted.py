"""A total whose words count its members, and exactly that many listed after it or ranked in the
next sentence, as an exhaustive sum (:mod:`aktobe_facts.text.draftcounted`). Before, the colon's
list was only suggested (not exhaustive) and the ranking tied to no whole. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

HEAD = "Ruritania trade report\n\n"
COLON = (
    "Ruritania's trade with its four neighbours totalled €412.5 million in 2030: €150.3 million "
    "with Utopia, €100.1 million with Arcadia, €90.2 million with Erewhon and €71.9 million with "
    "Oceania."
)
RANKED = (
    "Ruritania's border trade with its four neighbouring countries amounted to €412.5 million in "
    "2030. Utopia remained the biggest partner, at €150.3 million, followed by Arcadia at €100.1 "
    "million, Erewhon at €90.2 million and Oceania at €71.9 million."
)
PARTS = ("€150.3 million", "€100.1 million", "€90.2 million", "€71.9 million")


def _sums(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    found = draft(HEAD + text + "\n")
    values = {c.id: c.value or "" for c in found.claims}
    made = []
    for r in found.relations:
        parts = r.fields.get("parts")
        if r.kind == "sum" and isinstance(parts, list):
            total = values[str(r.fields["total"])]
            made.append(
                (total, tuple(values[p] for p in parts), r.fields.get("exhaustive") is True)
            )
    return made


def test_a_counted_list_after_a_colon_is_all_of_its_total() -> None:
    assert _sums(COLON) == [("€412.5 million", PARTS, True)]


def test_a_counted_ranking_in_the_next_sentence_is_all_of_its_total() -> None:
    assert _sums(RANKED) == [("€412.5 million", PARTS, True)]


def test_counted_parts_that_miss_their_total_are_an_error(tmp_path: Path) -> None:
    slipped = HEAD + RANKED.replace("€412.5 million", "€413.5 million") + "\n"
    assert ("sum", Outcome.FAIL) in outcomes(slipped, tmp_path, ("sum",))
    assert ("sum", Outcome.PASS) in outcomes(HEAD + RANKED + "\n", tmp_path, ("sum",))


def test_counts_of_other_things_or_fewer_members_draft_no_total() -> None:
    three = COLON.replace(" and €71.9 million with Oceania", "")
    assert not any(exhaustive for *_, exhaustive in _sums(three))
    months = COLON.replace(
        "Ruritania's trade with its four neighbours", "In the first four months, trade"
    )
    assert not any(exhaustive for *_, exhaustive in _sums(months))
    ranked = RANKED.replace(" and Oceania at €71.9 million", "")
    assert _sums(ranked) == []


def test_a_counted_total_of_a_plan_another_period_or_with_other_levels_is_no_sum() -> None:
    plan = COLON.replace("totalled", "is expected to reach")
    assert _sums(plan) == []
    earlier = RANKED.replace("2030. Utopia", "2030. In 2029, Utopia")
    assert _sums(earlier) == []
    compared = RANKED.replace("at €150.3 million,", "at €150.3 million against €140.2 million,")
    assert _sums(compared) == []


def test_a_count_of_other_things_than_the_listed_partners_is_no_sum() -> None:
    """The count stands right after the total's partner preposition and each member is named by
    that preposition and a capitalised name: a count of speakers, carriers or sites ("the three
    officials said", "by its two carriers") and members that are products, flows or a sub-part
    draft nothing."""
    for currency in ("$", "£"):
        listed = (
            f"The three officials said exports reached {currency}38.0 million in 2031: "
            f"{currency}21.4 million to Freedonia, {currency}9.9 million to Elbonia and "
            f"{currency}3.2 million to Latveria."
        )
        assert _sums(listed) == []
        carriers = listed.replace(
            "The three officials said exports", "Cargo flown by its 3 carriers"
        )
        assert _sums(carriers) == []
        flows = (
            f"Trade with its two neighbours reached {currency}38.0 million in 2031: exports of "
            f"{currency}21.4 million and a deficit of {currency}4.8 million."
        )
        assert _sums(flows) == []
        products = (
            f"Exports to its three neighbours rose to {currency}38.0 million in 2031: oil brought "
            f"{currency}21.4 million, wool {currency}9.9 million and tin {currency}3.2 million."
        )
        assert _sums(products) == []
    sub = COLON.replace(
        "€150.3 million with Utopia,", "€150.3 million with Utopia, of which €90.2 million in fuel,"
    )
    assert not any(exhaustive for *_, exhaustive in _sums(sub))
    ranked = (
        "Ruritania's 4 ports handled 41.2 million tonnes in 2030. Coal was the largest cargo at "
        "20.1 million tonnes, followed by grain at 12.0 million tonnes, ore at 6.0 million tonnes "
        "and timber at 3.1 million tonnes."
    )
    assert _sums(ranked) == []


def test_a_count_after_the_partner_preposition_still_drafts() -> None:
    imports = (
        "Imports from the three largest suppliers came to £38.0 million in 2031: £21.4 million "
        "from Freedonia, £9.9 million from Elbonia and £6.7 million from Latveria."
    )
    assert _sums(imports) == [
        ("£38.0 million", ("£21.4 million", "£9.9 million", "£6.7 million"), True)
    ]
    assert _sums(COLON.replace("€", "$")) == [
        ("$412.5 million", tuple(p.replace("€", "$") for p in PARTS), True)
    ]
