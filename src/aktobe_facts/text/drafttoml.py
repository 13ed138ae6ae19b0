"""A draft (:mod:`aktobe_facts.text.draft`) written as a claims file.

Each table is written on its own (:mod:`aktobe_facts.text.tomltables`, as tomlkit writes it) and
the tables are joined with blank lines, so that a ``[[group]]`` stands right before its first
member. Hidden characters (:mod:`aktobe_facts.visible`) are written as TOML escapes. The text is
checked to load before it is returned.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.text.article import ArticleError, linked_path
from aktobe_facts.text.draft import Draft, DraftClaim
from aktobe_facts.text.draftcurrency import SharedWords, assumed_note
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.tomltables import Comment, Entry, table
from aktobe_facts.visible import printable, toml_escaped

HEADER = (
    "Draft claims written by `aktobe-facts draft` from {source}.",
    "Check each claim against the article, then add what the words did not make clear: kinds,",
    "subjects and periods, relations (of, base, part, share, same_as), [[ratio]] and [[reference]]",
    "tables. See docs/claims-format.md.",
)
UNLINKED = (
    "The article is not inside this file's folder, so [article] does not link it: check with",
    "--article {source}, or move it next to this file and add path = ... under [article].",
)
UNREAD = "Not drafted (no claim can state it as written; quote it in a claim or an [[ignore]]):"
IGNORES = "# --- Numbers of the article that need no claim " + "-" * 49
SUGGESTED = (
    "# --- Relations the words suggest but do not make certain: uncomment those the article means"
)
"""The head of the suggestions (:mod:`aktobe_facts.text.suggest`): each a commented-out
``[[relation]]`` table after a line ``# # why``, so that taking the leading ``# `` off every line
of one gives a table and a comment."""


class DraftLoadError(RuntimeError):
    """The draft does not load: a bug in the drafting, never the article's fault. ``refusal`` is
    the loader's error, which names the claim, relation or group it refused."""

    def __init__(self, message: str, refusal: LoadError) -> None:
        super().__init__(message)
        self.refusal = refusal


def link(article: Path, claims: Path) -> str | None:
    """The ``[article] path`` that reaches ``article`` from a claims file at ``claims``, or None
    when the article is not inside the claims file's folder (a link may not leave it)."""
    try:
        relative = os.path.relpath(article.resolve(), claims.parent.resolve())
    except ValueError:  # another drive
        return None
    text = PurePath(relative).as_posix()
    try:
        text.encode("utf-8")  # a TOML string cannot hold a name that is not UTF-8
        linked_path(claims, text)
    except (UnicodeEncodeError, ArticleError):
        return None
    return text


def render(
    draft: Draft,
    article: Path,
    path: str | None = None,
    sha256: str | None = None,
    proved: bool = True,
) -> str:
    """The claims file of a draft of ``article``; ``path`` and ``sha256`` link the article under
    ``[article]``. The result is loaded (with the article) before it is returned, unless the
    caller loads it itself (``proved=False``) and calls :func:`prove` when that load fails."""
    source = printable(str(article))  # a file name may hold a line feed or ESC
    header = [line.format(source=source) for line in HEADER]
    if path is None:
        header += [line.format(source=source) for line in UNLINKED]
    if draft.unread:
        header += [UNREAD, *(f"  {text!r}" for text in draft.unread)]
    parts = ["".join(f"# {line}\n" for line in header)]
    head: list[Entry] = [
        (key, value)
        for key, value in (("title", draft.title), ("path", path), ("sha256", sha256))
        if value is not None
    ]
    if head:
        parts.append(table("article", head, array=False))
    if draft.shared.currencies or draft.locale:
        settings: list[Entry] = []
        if draft.locale:  # "US$1,09 billion" ... "US$1,099 billion": decimal commas throughout
            settings.append(("locale", draft.locale))
        if draft.shared.currencies:  # "lei" in an article that names Moldova: MDL
            settings.append(("currencies", dict(draft.shared.currencies)))
        parts.append(table("settings", settings, array=False))
    groups = {g.first_member: g for g in draft.groups}
    for claim in draft.claims:
        group = groups.get(claim.id)
        if group is not None:
            parts.append(table("group", [("id", group.id)]))
        parts.append(table("claim", _claim(claim, draft.shared)))
    if draft.notes:
        lines = ["Relations the words leave uncertain (not drafted; the editor decides):"]
        parts.append("".join(f"# {line}\n" for line in lines + [f"  {n}" for n in draft.notes]))
    for relation in draft.relations:
        parts.append(table("relation", _relation(relation)))
    if draft.suggested:
        parts.append(SUGGESTED + " ---\n")
    for suggestion in draft.suggested:
        lines = [
            f"# {suggestion.why}",
            *table("relation", _relation(suggestion.relation)).splitlines(),
        ]
        parts.append("".join(f"# {line}\n" for line in lines))
    if draft.ignores:
        parts.append(IGNORES + "\n")
    for entry in draft.ignores:
        parts.append(table("ignore", [("quote", entry.quote), ("reason", entry.reason)]))
    # the article's own hidden characters (bidi marks, zero-width ones) as TOML escapes: the
    # file reads back the same text, and no terminal or editor shows them raw
    text = toml_escaped("\n".join(parts))
    if proved:
        prove(text, article)
    return text


def prove(text: str, article: Path) -> None:
    """Load a draft of ``article`` as :func:`render` wrote it, with no project settings:
    :class:`DraftLoadError` when it does not load."""
    try:
        loads(text, f"<draft of {printable(str(article))}>", article=article)
    except LoadError as exc:
        raise DraftLoadError(f"the draft does not load: {exc}", exc) from None


def uncommented(text: str) -> str:
    """A draft with every suggested relation taken out of its comments, as an editor who keeps
    them all would write it (the lines after :data:`SUGGESTED`, up to the ignores, without their
    leading ``# ``)."""
    out: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        if line.startswith(SUGGESTED):
            inside = True
        elif line.startswith(IGNORES):
            inside = False
        elif inside and line.startswith("# "):
            line = line[2:]
        out.append(line)
    return "".join(out)


def _relation(relation: DraftRelation) -> list[Entry]:
    return [
        ("id", relation.id),
        ("kind", relation.kind),
        *relation.fields.items(),
        ("quote", relation.quote),
    ]


def _claim(claim: DraftClaim, shared: SharedWords) -> list[Entry]:
    figures = tuple(v for v in (claim.value, *claim.counterparts) if v is not None)
    assumed = assumed_note(figures, shared) if shared.assumed else None
    fields: list[tuple[str, str | bool | list[str] | None]] = [
        ("id", claim.id),
        ("quote", claim.quote),
        ("value", claim.value),
        ("counterpart", _one_or_list(claim.counterparts)),
        ("kind", claim.kind),
        ("subject", claim.subject),
        ("period", claim.period),
        ("base_period", claim.base_period),
        ("group", claim.group),
        ("remainder", claim.remainder or None),
        ("dated_by", claim.dated_by),
        ("after", list(claim.after) or None),
        ("means", claim.means),
        ("note", claim.note),
    ]
    entries: list[Entry] = [Comment(assumed)] if assumed is not None else []
    entries += [(key, value) for key, value in fields if value is not None]
    return entries


def _one_or_list(items: tuple[str, ...]) -> str | list[str] | None:
    return None if not items else items[0] if len(items) == 1 else list(items)
