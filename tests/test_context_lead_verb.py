"""A lead whose first figure names its month with a verb, no flow's noun ("Ruritania exported X in
May"), gives its month to the undated figures after it (text/periodcontext.py): the partners'
flows of that month are no parts of a five months' total named later. Audit of the sixteenth
held-out set (nineteenth session); the sentences are ours."""

from __future__ import annotations

from aktobe_facts.text.draft import draft

MAY = (
    "Ruritania's trade in May\n\n"
    "Ruritania exported EUR 3.40 billion worth of goods in May, an increase of 6.5%, while "
    "imports rose by 9.0% to EUR 3.70 billion.\n\n"
    "Trade with the rest of the world widened the gap. Imports from non-EU markets grew by 30% to "
    "EUR 0.95 billion, while exports to them rose by 12.0% to EUR 0.80 billion.\n\n"
    "Exports to EU countries grew by 4.0% to EUR 2.60 billion, and imports from them rose by 5.0% "
    "to EUR 2.75 billion.\n\n"
    "In the five months to May, Ruritania's exports increased by 7% to EUR 16.20 billion, while "
    "imports were up 8.0% to EUR 17.10 billion.\n"
)


def _sums(text: str) -> list[tuple[str, list[str]]]:
    """Each drafted sum as the values of its total and of its parts."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    out = []
    for r in found.relations:
        if r.kind == "sum":
            total, parts = r.fields["total"], r.fields["parts"]
            assert isinstance(total, str) and isinstance(parts, list)
            out.append((values[total], sorted(values[p] for p in parts)))
    return out


def test_the_months_partner_flows_are_no_parts_of_the_five_months_total() -> None:
    totals = [total for total, _ in _sums(MAY)]
    assert "EUR 17.10 billion" not in totals and "EUR 16.20 billion" not in totals


def test_the_months_partner_flows_stay_parts_of_the_months_totals() -> None:
    sums = _sums(MAY)
    assert ("EUR 3.40 billion", ["EUR 0.80 billion", "EUR 2.60 billion"]) in sums
    assert ("EUR 3.70 billion", ["EUR 0.95 billion", "EUR 2.75 billion"]) in sums


# near miss: the year of an earlier value later in its sentence ("when 2.38 million tons were
# produced" in 2030) is no context: the ten months' partner flow keeps its product's part
SALT = (
    "Tajik salt sales to Afghanistan slide\n\n"
    "From January through October 2031 Tajikistan exported 400,000 tons of salt to Afghanistan, "
    "a decrease of 20 percent compared to the same period in 2030 (500,000 tons), the wire "
    "reports.\n\n"
    "According to Tajikistan's statistics office, the value of these exports amounted to $15.5 "
    "million, a year-on-year decline of 25 percent ($20.7 million in 10M2030).\n\n"
    "Over the same ten months the country produced a total of 2.5 million tons of salt, a "
    "5-percent increase on the same period of 2030, when 2.38 million tons were produced.\n\n"
    "All of Tajikistan's exports to Afghanistan in the period came to $210.4 million, a 12 "
    "percent increase compared to the same period in 2030 ($187.9 million).\n"
)


def test_an_earlier_values_year_later_in_its_sentence_sets_no_context() -> None:
    assert ("$210.4 million", ["$15.5 million"]) in _sums(SALT)
