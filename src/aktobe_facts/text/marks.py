"""The article a report shows: its text with a mark on each number (claimed, ignored, uncovered)."""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.result import ArticleView, Mark


def article_view(doc: ClaimsFile) -> ArticleView | None:
    """The linked article with one :class:`Mark` per numeral; ``None`` when there is no article.

    A numeral inside a claim's quote is marked ``claim`` with the ids of every such claim; one
    inside an ``[[ignore]]`` passage is ``ignored`` with the entry's reason as its note; any other
    is ``uncovered``.
    """
    if doc.article_file is None:
        return None
    from aktobe_facts.text.placement import placement  # only when an article is linked

    found = placement(doc)
    if found is None:
        return None
    marks = tuple(
        Mark(
            n.span.start,
            n.span.end,
            n.status,
            n.claims,
            n.ignored.reason if n.ignored is not None else None,
        )
        for n in found.numerals
    )
    return ArticleView(found.article.path, found.article.text, marks)
