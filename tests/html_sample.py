"""A small claims file and article for the HTML report's tests, and a reader of the page.

The claims give a pass (investment, exports), an error and a warning on one claim (grants), a
warning alone (firms) and a claim no relation tests (quoted, whose quote holds ``<script>`` and
quotes). The article's marks are found by locating each claim's value and counterparts inside its
quote; "9" is marked as not covered by a claim and "2020" as ignored.
"""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser
from pathlib import Path

from aktobe_facts.api import check_file
from aktobe_facts.claims.loader import load
from aktobe_facts.result import ArticleView, FileReport, Mark, Report

CLAIMS = """\
    [article]
    title = "Browser test: <script> & \\"quotes\\""

    [settings]
    severity = { ratios = "warning" }

    [[claim]]
    id = "investment"
    quote = "646.8 billion tenge (US$1.5 billion)"
    value = "646.8 billion tenge"
    counterpart = "US$1.5 billion"
    kind = "amount"

    [[claim]]
    id = "exports"
    quote = "212 billion tenge (US$500 million)"
    value = "212 billion tenge"
    counterpart = "US$500 million"
    kind = "amount"

    [[claim]]
    id = "grants"
    quote = "worth 140 million tenge (US$)"
    value = "140 million tenge"
    counterpart = "US$"
    kind = "amount"

    [[claim]]
    id = "firms"
    quote = "went to 34 firms"
    value = "34"
    kind = "count"

    [[claim]]
    id = "quoted"
    quote = 'the "<script>alert(1)</script>" line of 12 percent'
    value = "12 percent"
    kind = "share"

    [[ratio]]
    id = "grant_per_firm"
    label = "grant money per firm"
    numerator = "grants"
    denominator = "firms"
    max = "1 million tenge"
"""

ARTICLE = (
    "Investment <b>grew</b>\n"
    "\n"
    "Investment reached 646.8 billion tenge (US$1.5 billion) in 2020, and exports were "
    "212 billion tenge (US$500 million).\n"
    "\n"
    'A reader wrote the "<script>alert(1)</script>" line of 12 percent & more.\r\n'
    "\r\n"
    "Start-up grants worth 140 million tenge (US$) went to 34 firms; 9 more waited.\n"
)

EXPECTED_VERDICTS = {
    "646.8 billion tenge": "pass",
    "US$1.5 billion": "pass",
    "212 billion tenge": "pass",
    "US$500 million": "pass",
    "12 percent": "none",
    "140 million tenge": "error",
    "US$": "error",
    "34": "warning",
    "9": "uncovered",
    "2020": "ignored",
}


def claim_marks(claims: Path, text: str) -> list[Mark]:
    """A mark on each figure a claim states inside its quote (the quote when none is found)."""
    marks = []
    for claim in load(claims).claims:
        at = text.find(claim.quote)
        assert at >= 0, claim.quote
        quote = text[at : at + len(claim.quote)]
        figures = [q.stated.text for q in claim.quantities() if q.stated.text in quote]
        spans = [(at + quote.find(f), len(f)) for f in figures] or [(at, len(quote))]
        marks += [Mark(start, start + size, "claim", (claim.id,)) for start, size in spans]
    return marks


def sample_report(folder: Path) -> Report:
    """The sample claims file checked, with its article and marks, as a one-file report."""
    claims = folder / "claims.toml"
    claims.write_text(textwrap.dedent(CLAIMS), encoding="utf-8")
    report: FileReport = check_file(claims)
    assert report.error is None, report.error
    marks = claim_marks(claims, ARTICLE)
    nine = ARTICLE.index("9 more")
    year = ARTICLE.index("2020")
    marks.append(Mark(nine, nine + 1, "uncovered"))
    marks.append(Mark(year, year + 4, "ignored", note='a year, not a "figure" <ok>'))
    marks.sort(key=lambda m: m.start)
    report.article = ArticleView(str(folder / "article.txt"), ARTICLE, tuple(marks))
    return Report([report])


class PageReader(HTMLParser):
    """The text of each article element and, per mark, its attributes, text and offset in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, str] = {}
        self.marks: list[tuple[dict[str, str], str, int]] = []
        self._article: str | None = None
        self._depth = 0
        self._mark: dict[str, str] | None = None
        self._mark_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if self._article is not None:
            self._depth += tag not in ("br", "wbr")
            if tag == "mark":
                self._mark, self._mark_text = found, ""
        elif tag == "div" and "article-text" in found.get("class", "").split():
            self._article, self._depth = found["id"], 1
            self.texts[self._article] = ""

    def handle_endtag(self, tag: str) -> None:
        if self._article is None:
            return
        if tag == "mark" and self._mark is not None:
            text = self.texts[self._article]
            self.marks.append((self._mark, self._mark_text, len(text) - len(self._mark_text)))
            self._mark = None
        self._depth -= 1
        if self._depth == 0:
            self._article = None

    def handle_data(self, data: str) -> None:
        if self._article is not None:
            self.texts[self._article] += data
            if self._mark is not None:
                self._mark_text += data


def read_page(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    return reader
