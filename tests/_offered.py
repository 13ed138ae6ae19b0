"""The sums an article's draft offers as suggestions and those it drafts, for the tests of the
suggested lists (test_suggest_ranked_in.py, test_suggest_total_next.py)."""

from __future__ import annotations

from pathlib import Path

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render, uncommented


def offered_sums(text: str) -> list[tuple[str, list[str]]]:
    """The sums suggested for ``text``, each claim shown by its value."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    made = []
    for s in found.suggested:
        fields = s.relation.fields
        parts = fields.get("parts")
        if s.relation.kind == "sum" and isinstance(parts, list):
            made.append((values[str(fields["total"])], [values[str(p)] for p in parts]))
    return made


def drafted_sums(text: str) -> list[str]:
    """The totals of the sums drafted for ``text``, shown by their values."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [values[str(r.fields["total"])] for r in found.relations if r.kind == "sum"]


def sum_outcomes(text: str, folder: Path, kept: bool) -> list[Outcome]:
    """The outcomes of the sums' findings when ``text`` is drafted and checked; ``kept``: with
    the suggestions taken out of their comments, as an editor who keeps them."""
    article = folder / "a.txt"
    article.write_text(text, encoding="utf-8")
    rendered = render(draft(text), article)
    doc = loads(uncommented(rendered) if kept else rendered, folder / "a.toml", article=article)
    return [f.outcome for f in check_document(doc) if f.check == "sum"]


def nothing_of_a_list(text: str, folder: Path) -> bool:
    """Whether ``text``'s draft drafts no sum, offers no sum of three parts or more and its check
    fails nothing."""
    article = folder / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), folder / "a.toml", article=article)
    failed = [f for f in check_document(doc) if f.outcome == Outcome.FAIL]
    listed = [s for s in offered_sums(text) if len(s[1]) >= 3]
    return not drafted_sums(text) and not listed and not failed
