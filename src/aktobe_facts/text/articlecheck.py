"""``aktobe-facts check ARTICLE.txt``: an article checked with no claims file written.

The article is drafted in memory (:mod:`aktobe_facts.text.draft`), rendered as the claims file
``draft`` would write next to it, with the article linked, and that text is loaded (once) and
checked like any claims file, so every report format marks the verdicts on the article. The draft
can be saved for editing (``--save-claims``); a reviewed claims file stays the versioned form.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.claims.model import ClaimsFile, Settings
from aktobe_facts.findings import Finding
from aktobe_facts.result import ArticleView
from aktobe_facts.text.article import ArticleError, read_article
from aktobe_facts.text.draft import Draft, draft
from aktobe_facts.text.draftrepair import MAX_REPAIRS, without
from aktobe_facts.text.drafttoml import DraftLoadError, link, prove, render


def drafted(article: Path, claims: Path | None = None, proved: bool = True) -> tuple[Draft, str]:
    """The draft of ``article`` and its claims file, linking the article as seen from a claims
    file at ``claims`` (default: next to the article). :class:`LoadError` when the article
    cannot be read or states no number. ``proved``: whether the claims file is loaded once
    before it is returned (:func:`~aktobe_facts.text.drafttoml.render`)."""
    shown = str(article)
    try:
        text, sha256 = read_article(article, shown)
    except ArticleError as exc:
        raise LoadError(shown, exc.message) from None
    found = draft(text)
    if not found.claims:
        raise LoadError(shown, f"{nothing_read(found)} in the article: nothing to check")
    where = claims if claims is not None else article.parent / f"{article.name}.claims.toml"
    path = link(article, where)
    return rendered(found, article, path, sha256 if path is not None else None, proved)


def rendered(
    found: Draft, article: Path, path: str | None, sha: str | None, proved: bool = True
) -> tuple[Draft, str]:
    """The draft and its claims file (:func:`~aktobe_facts.text.drafttoml.render`); when a rule
    drafted what the loader refuses, the draft less that (:func:`repaired`)."""
    try:
        return found, render(found, article, path, sha, proved)
    except DraftLoadError:
        found = repaired(found, article, path, sha)
        return found, render(found, article, path, sha, proved)


def repaired(found: Draft, article: Path, path: str | None, sha: str | None) -> Draft:
    """``found`` less each claim, relation or group the loader refuses
    (:mod:`aktobe_facts.text.draftrepair`), until its claims file loads; :class:`LoadError`
    (nothing to check, as for an article with no number) when it refuses every claim."""
    for _ in range(MAX_REPAIRS):
        try:
            prove(render(found, article, path, sha, proved=False), article)
            return found
        except DraftLoadError as exc:
            fewer = without(found, exc.refusal)
            if fewer is None:
                raise
            if not fewer.claims:  # a draft of no claim is no claims file: the article's case
                refused = exc.refusal.message
                raise LoadError(
                    str(article), f"no figure read that a claims file states ({refused})"
                ) from None
            found = fewer
    prove(render(found, article, path, sha, proved=False), article)
    return found


def nothing_read(found: Draft) -> str:
    """Why a draft has no claim: the article has no number, or none it reads as printed (a
    currency sign of a country it does not name: "K40,168 million"), which are named."""
    if not found.unread:
        return "no numbers found"
    shown = ", ".join(repr(phrase) for phrase in found.unread[:3])
    return f"no number read as printed ({shown}{', ...' if len(found.unread) > 3 else ''})"


def load_article(article: Path, defaults: Settings | None = None) -> ClaimsFile:
    """The claims file drafted from ``article``, loaded with the article linked."""
    return loaded_article(article, defaults)[0]


def loaded_article(article: Path, defaults: Settings | None = None) -> tuple[ClaimsFile, int]:
    """The claims file drafted from ``article`` (:func:`load_article`) and how many relations
    its draft suggests in comments (:mod:`aktobe_facts.text.suggest`): never checked, so a
    report says how many it left untested."""
    found, text = drafted(article, proved=False)
    where = article.parent / f"{article.name}.claims.toml"
    if defaults is None or defaults == Settings():
        # the load that proves the draft (render's) would be this one but for the name in its
        # messages: it is made only when this one fails, to raise what it raises
        try:
            return loads(text, where, defaults, article), len(found.suggested)
        except LoadError:
            pass
    try:
        prove(text, article)
    except DraftLoadError as exc:
        if without(found, exc.refusal) is None:  # names nothing drafted: a bug of the whole
            raise
        found, text = drafted(article)  # again, less what the loader refuses (failures only)
    doc = loads(text, where, defaults, article)
    return doc, len(found.suggested)


def on_article_lines(findings: list[Finding], view: ArticleView | None) -> list[Finding]:
    """Findings with the article's line numbers, not the in-memory draft's: the line of the
    first number of the first claim named (line 1 for a finding about the whole article)."""
    if view is None:
        return findings
    first: dict[str, int] = {}
    for mark in view.marks:
        for claim in mark.claims:
            first.setdefault(claim, view.text.count("\n", 0, mark.start) + 1)
    return [replace(f, line=next((first[c] for c in f.claims if c in first), 1)) for f in findings]
