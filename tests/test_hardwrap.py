"""Hard-wrapped articles (:mod:`aktobe_facts.text.hardwrap`): a paragraph copied from a PDF or an
e-mail, its lines broken at a width, is drafted as the same paragraph on one line, and each claim
keeps the article's line where its figure starts. The sentences are ours."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_file
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import Draft, draft
from aktobe_facts.text.hardwrap import unwrapped

SENTENCES = (
    "Coffee exports from the central highlands rose 20% to VND 14.99 million in the first "
    "quarter from VND 12.5 million a year earlier, the trade ministry said on Monday.",
    "The country's exports of refined copper and zinc rose 10% to $5.5 billion in 2030 from "
    "$5.0 billion in 2029, the statistics office said in a report on Tuesday.",
    "Revenue from the sale of state land plots rose by 10 percent to 55 lakh crore rupees this "
    "year from 50 lakh crore rupees in the last year.",
    "The budget deficit of the region was 1.5 billion tenge in the first half of 2030, as "
    "revenue of 12.5 billion tenge fell short of spending of 14.0 billion tenge.",
    "Wheat output fell 5 percent to 9.5 million tonnes, while barley output was 3.2 million "
    "tonnes.",
    "Imports from China, the largest partner, made up 40% of the total, and imports from "
    "Russia 25%.",
)


def _read(found: Draft) -> tuple[list[object], list[object]]:
    """The claims and relations of a draft, quotes with their white space folded and places
    left aside (a wrapped text's lines are not the unwrapped one's)."""
    claims: list[object] = [
        (c.id, c.value, c.kind, c.period, c.base_period, c.group, " ".join(c.quote.split()))
        for c in found.claims
    ]
    relations: list[object] = [
        (r.id, r.kind, sorted((k, str(v)) for k, v in r.fields.items()), " ".join(r.quote.split()))
        for r in found.relations
    ]
    return claims, relations


@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4, unique=True),
    st.integers(40, 120),
)
def test_a_paragraph_wrapped_at_any_width_drafts_as_it_does_on_one_line(
    chosen: list[str], width: int
) -> None:
    paragraph = " ".join(chosen)
    text = f"Figures of the quarter\n\n{paragraph}\n\nThe ministry gave no other figures.\n"
    wrapped = text.replace(paragraph, textwrap.fill(paragraph, width, break_on_hyphens=False))
    assert _read(draft(wrapped)) == _read(draft(text))


WRAPPED = (
    "Coffee exports from the central highlands rose 20% to VND 14.99\n"
    "million in the first quarter from VND 12.5 million a year earlier, the\n"
    "trade ministry said on Monday.\n"
)


def test_a_figure_split_over_two_lines_is_read_whole() -> None:
    found = draft(WRAPPED)
    values = {c.value for c in found.claims}
    assert "VND 14.99 million" in values
    growth = next(r for r in found.relations if r.kind == "growth")
    assert "base" in growth.fields  # the base of the same scale, read only with the scale


def _article(folder: Path, growth: str) -> Path:
    article = folder / "wrapped.txt"
    article.write_text(
        "The statistics office said on Tuesday in its quarterly report that the\n"
        f"exports of refined copper and zinc rose {growth} in 2030 to $5.5\n"
        "billion from $5.0 billion in 2029, and the ministry expects more soon.\n",
        encoding="utf-8",
    )
    return article


def test_a_growth_on_a_figure_split_over_two_lines_is_checked_with_its_scale(
    tmp_path: Path,
) -> None:
    report = check_file(_article(tmp_path, "10%"))
    assert not [f for f in report.findings if f.outcome is not Outcome.PASS]
    values = {c.value for c in draft(_article(tmp_path, "10%").read_text("utf-8")).claims}
    assert "$5.5 billion" in values


def test_a_claim_points_at_the_line_where_its_figure_starts(tmp_path: Path) -> None:
    # a growth stated wrong (20 percent where the figures make 10): the error is on line 2,
    # where "$5.5" starts, though "billion" is on line 3
    report = check_file(_article(tmp_path, "20%"))
    errors = [f for f in report.findings if f.outcome is Outcome.FAIL]
    assert errors and {f.line for f in errors} == {2}
    assert report.article is not None
    text = report.article.text
    split = next(m for m in report.article.marks if text[m.start : m.end].startswith("5.5"))
    assert text.count("\n", 0, split.start) + 1 == 2
    assert "refined_copper_zinc_amount" in split.claims  # the claim "$5.5 billion" is marked there


def test_the_text_keeps_its_length_and_its_line_ends() -> None:
    crlf = WRAPPED.replace("\n", "\r\n")
    assert len(unwrapped(crlf)) == len(crlf)
    assert unwrapped(crlf).count("\n") == 1  # the paragraph's last break is no wrap
    assert [c.value for c in draft(crlf).claims] == [c.value for c in draft(WRAPPED).claims]


def test_lines_that_are_not_a_wrapped_paragraph_keep_their_breaks() -> None:
    kept = (
        # a headline and its subtitle, of similar lengths
        "Kazakhstan's exports of grain rose sharply in the first half\n"
        "Shipments to China and Iran led the growth of the season\n\n"
        # a table's rows
        "Wheat        5.5 million tonnes   up 10%\n"
        "Barley       3.2 million tonnes   up 4%\n\n"
        # a list's items
        "- exports of wheat rose 10 percent to 5.5 million tonnes in the first\n"
        "- exports of barley rose 4 percent to 3.2 million tonnes in the first\n\n"
        # paragraphs of one line each, wider than any wrapping
        + "Exports rose 10 percent in the first half of the year to 5.5 million tonnes of wheat "
        "and 3.2 million tonnes of barley, the ministry of agriculture said on Monday in a\n"
        "Barley made up a smaller part of the shipments than a year earlier, the ministry said "
        "in its report, and the ministry expects the total to grow in the second half of the\n"
    )
    assert unwrapped(kept) == kept


def test_a_wrapped_headline_ending_in_a_preposition_is_one_line() -> None:
    text = "Coffee exports jump 20% to VND 14.99 million in the first quarter of\n2030\n"
    assert unwrapped(text) == text.replace("of\n", "of ", 1)


def test_rows_ranked_by_an_ordinal_keep_their_breaks() -> None:
    """ "1st Rotterdam: 41,200 tonnes" opens a ranked row (a place, a name and its figure), no
    wrapped line: rows of one width stay rows (within28)."""
    rows = (
        "Cargo handled by port of origin:\n"
        "1st Rotterdam: 41,200 tonnes\n"
        "2nd Antwerp: 30,150 tonnes\n"
        "3rd Hamburg: 12,900 tonnes\n"
    )
    assert unwrapped(rows) == rows
