"""The verdicts of an article's draft, for the tests of drafted relations."""

from __future__ import annotations

from pathlib import Path

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def outcomes(text: str, folder: Path, checks: tuple[str, ...]) -> list[tuple[str, Outcome]]:
    """The outcome of each finding of these checks when ``text`` is drafted and checked."""
    article = folder / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), folder / "a.toml", article=article)
    return [(f.check, f.outcome) for f in check_document(doc) if f.check in checks]


def relations(text: str) -> list[tuple[str, dict[str, str]]]:
    """The relations drafted from ``text``, each field's claim shown by its value."""
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        (r.kind, {k: values.get(v) or v for k, v in r.fields.items() if isinstance(v, str)})
        for r in found.relations
    ]


def equals(text: str) -> list[list[str]]:
    """The claims of each ``equal`` relation drafted from ``text``, shown by their values."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        [values[i] for i in r.fields["claims"]]  # type: ignore[union-attr]
        for r in found.relations
        if r.kind == "equal"
    ]


def sums(text: str) -> list[tuple[str, list[str], bool]]:
    """The ``sum`` relations drafted from ``text`` after a dateline: the total's value, the parts'
    values and whether the sum is exhaustive."""
    found = draft("CAPITAL, March 2032\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (
            values[str(r.fields["total"])],
            [values[p] for p in parts],
            r.fields.get("exhaustive") is True,
        )
        for r in found.relations
        if r.kind == "sum" and isinstance(parts := r.fields.get("parts"), list)
    ]


def shares(text: str) -> list[dict[str, str]]:
    """The ``share`` relations drafted from ``text``, each field's claim shown by its value."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    return [
        {k: values[v] for k, v in r.fields.items() if isinstance(v, str)}
        for r in found.relations
        if r.kind == "share"
    ]


def ranked(text: str) -> list[tuple[str, list[str]]]:
    """Each drafted order as its left figure's value and its right figures' values."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(r.fields["left"])], [values[i] for i in right])
        for r in found.relations
        if r.kind == "order" and isinstance(right := r.fields.get("right"), list)
    ]


def of_kind(text: str, kind: str) -> list[dict[str, str]]:
    """The fields of the relations of one kind drafted from ``text`` (:func:`relations`)."""
    return [fields for found, fields in relations(text) if found == kind]


def orders(text: str) -> list[tuple[str, str, list[str]]]:
    """The orders drafted from ``text`` as (left, op, right), each claim shown by its value."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(r.fields["left"])], str(r.fields["op"]), [values[i] for i in r.fields["right"]])  # type: ignore[union-attr]
        for r in found.relations
        if r.kind == "order"
    ]
