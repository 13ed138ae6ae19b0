"""False findings of the sixteenth session's first-contact sweep of wire agencies' articles (the
CIS, Turkey, Iran and China), each guarded by its reason. The sentences are written for these
tests: other subjects and figures than the sources'."""

from __future__ import annotations

from aktobe_facts.text.draft import draft

Drafted = tuple[str, dict[str, object]]


def drafted(text: str, kinds: tuple[str, ...]) -> list[Drafted]:
    """The relations of the kinds, each field's claims by their values."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    out: list[Drafted] = []
    for r in found.relations:
        if r.kind not in kinds:
            continue
        fields: dict[str, object] = {
            k: values[v]
            if isinstance(v, str)
            else [values[i] for i in v]
            if isinstance(v, list)
            else v
            for k, v in r.fields.items()
        }
        out.append((r.kind, fields))
    return out


TURNOVER = "Ruritania's foreign trade turnover rose by 6.4 percent to $8.25 billion in 2023. "


def test_a_figure_whose_flow_an_elided_clause_names_after_it_is_no_flow_of_a_turnover() -> None:
    """ "B - for imports": the noun before B ("accounted for export") is A's; B is no export."""
    text = (
        TURNOVER + "Its export operations grew by 3.1 percent to $3.9 billion, imports – by 9.0 "
        "percent to $4.35 billion. Trade with other countries reached $5.1 billion; $2.2 billion "
        "of this amount accounted for export, $2.9 billion – for import."
    )
    assert drafted(text, ("sum",)) == []


def test_a_dash_that_says_is_still_gives_the_flow_its_figure() -> None:
    text = (
        "Ruritania's foreign trade turnover reached $8.25 billion in 2023: exports – $3.9 "
        "billion, imports – $4.35 billion."
    )
    total = {"total": "$8.25 billion", "parts": ["$3.9 billion", "$4.35 billion"]}
    assert drafted(text, ("sum",)) == [("sum", {**total, "exhaustive": True})]


LIST = (
    "In the export structure of the country, the capital accounted for 24.6 percent, or $1.5 "
    "billion, and the northern province for 2.1 percent, or $130 million. "
)


def test_a_list_whose_thing_has_two_levels_around_it_takes_neither_as_its_whole() -> None:
    """Exports "gold aside" before the list, all exports after it: the words leave the whole
    open, and the list's shares stay shares of one unstated whole."""
    text = (
        "Ruritania's exports of goods and services, gold aside, came to $4.2 billion in "
        "January-March. " + LIST + "Ruritania's exports reached $6.1 billion in January-March."
    )
    assert drafted(text, ("share",)) == []
    assert [k for k, _ in drafted(text, ("same-whole",))] == ["same-whole"]


def test_a_list_after_its_one_level_takes_it_as_its_whole() -> None:
    text = "Ruritania's exports came to $6.1 billion in January-March. " + LIST
    assert drafted(text, ("share",)) == [
        ("share", {"share": "24.6 percent", "part": "$1.5 billion", "whole": "$6.1 billion"}),
        ("share", {"share": "2.1 percent", "part": "$130 million", "whole": "$6.1 billion"}),
    ]


def test_a_whole_given_again_after_the_list_is_one_level() -> None:
    text = (
        "Ruritania's exports came to $6.1 billion in January-March. "
        + LIST
        + "Exports reached $6.1 billion in the quarter, the ministry said."
    )
    wholes = {f["whole"] for _, f in drafted(text, ("share",))}
    assert wholes == {"$6.1 billion"}
