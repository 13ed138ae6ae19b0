"""The article text of the HTML report, with each marked number highlighted by its verdict.

The text is cut at every mark boundary into pieces; a piece covered by one or more marks becomes a
``<mark class="num v-...">`` (the worst verdict of its marks wins), the rest stays plain text.
Paragraphs (runs of whitespace holding a blank line) become ``<p>`` elements and the whitespace
between them stays in the page as text, so the ``textContent`` of the article element is the
article text itself and a mark's offset is its position in it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from msgspec import Struct

from aktobe_facts.findings import Finding
from aktobe_facts.report._html_parts import (
    VERDICT_LABEL,
    esc,
    mark_verdict,
    template_id,
    tooltip,
    worst,
)
from aktobe_facts.result import ArticleView, Mark

_SPACE = re.compile("[ \t\n\r\f]+")  # HTML's whitespace: between blocks it shows nothing


class Piece(Struct, frozen=True):
    """A stretch of text covered by the same marks."""

    start: int
    end: int
    verdict: str
    claims: tuple[str, ...]
    findings: tuple[int, ...]  # indices into the file's findings
    notes: tuple[str, ...]


def _verdict(mark: Mark, findings: list[Finding]) -> str:
    if mark.kind == "claim":
        return mark_verdict(findings)
    return "ignored" if mark.kind == "ignored" else "uncovered"


def pieces(article: ArticleView, findings: list[Finding]) -> list[Piece]:
    """The marked pieces of the text in order; marks outside the text or empty are left out."""
    by_claim: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        for claim in finding.claims:
            by_claim.setdefault(claim, []).append(index)
    size = len(article.text)
    marks = [m for m in article.marks if 0 <= m.start < m.end <= size]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for k, m in enumerate(marks):
        starts.setdefault(m.start, []).append(k)
        ends.setdefault(m.end, []).append(k)
    verdicts = []
    for m in marks:
        named = sorted({i for c in m.claims for i in by_claim.get(c, ())})
        verdicts.append((_verdict(m, [findings[i] for i in named]), named))
    result: list[Piece] = []
    active: dict[int, None] = {}  # the marks covering the current position, in order
    points = sorted(starts.keys() | ends.keys())
    for here, following in pairwise(points):
        for k in ends.get(here, ()):
            active.pop(k, None)
        for k in starts.get(here, ()):
            active[k] = None
        if not active:
            continue
        covering = [marks[k] for k in active]
        result.append(
            Piece(
                here,
                following,
                worst([verdicts[k][0] for k in active]),
                tuple(dict.fromkeys(c for m in covering for c in m.claims)),
                tuple(sorted({i for k in active for i in verdicts[k][1]})),
                tuple(m.note for m in covering if m.note),
            )
        )
    return result


def _paragraphs(text: str, marked: list[Piece]) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph; a blank line inside a mark does not end one."""
    start = 0
    at = 0  # the first piece that may still overlap a later break
    for space in _SPACE.finditer(text):
        if space.group().count("\n") < 2:
            continue
        while at < len(marked) and marked[at].end <= space.start():
            at += 1
        if at < len(marked) and marked[at].start < space.end():
            continue
        if space.start() > start:
            yield start, space.start()
        start = space.end()
    if start < len(text):
        yield start, len(text)


def _mark_html(piece: Piece, text: str, ident: str, prefix: str, findings: list[Finding]) -> str:
    named = [findings[i] for i in piece.findings]
    head = VERDICT_LABEL[piece.verdict]
    if piece.claims:
        head += " — claims: " + ", ".join(piece.claims)
    title = "\n".join([head, *piece.notes])
    if named:
        title += "\n\n" + tooltip(named)
    return (
        f'<mark class="num v-{piece.verdict}" id="{ident}" tabindex="0" role="button" '
        f'aria-controls="{prefix}-panel" data-start="{piece.start}" data-end="{piece.end}" '
        f'data-verdict="{piece.verdict}" data-head="{esc(head)}" '
        f'data-note="{esc(" ".join(piece.notes))}" '
        f'data-findings="{" ".join(template_id(prefix, i) for i in piece.findings)}" '
        f'title="{esc(title)}">'
        f"{esc(text[piece.start : piece.end])}</mark>"
    )


def article_html(
    article: ArticleView, findings: list[Finding], prefix: str
) -> tuple[str, dict[str, str], Counter[str]]:
    """The article element, the id of the first mark of each claim, and the marks per verdict.

    ``prefix`` makes the ids unique in the page; the details panel's id is ``<prefix>-panel``.
    """
    text = article.text
    marked = pieces(article, findings)
    first_mark: dict[str, str] = {}
    out = [f'<div class="article-text" id="{prefix}-text">']
    at = 0
    written = 0
    for start, end in _paragraphs(text, marked):
        out.append(esc(text[written:start]) + "<p>")
        written = start
        while at < len(marked) and marked[at].start < end:
            piece = marked[at]
            ident = f"{prefix}-m{at}"
            for claim in piece.claims:
                first_mark.setdefault(claim, ident)
            out.append(esc(text[written : piece.start]))
            out.append(_mark_html(piece, text, ident, prefix, findings))
            written = piece.end
            at += 1
        out.append(esc(text[written:end]) + "</p>")
        written = end
    out.append(esc(text[written:]) + "</div>")
    counts = Counter(piece.verdict for piece in marked)
    return "".join(out), first_mark, counts
