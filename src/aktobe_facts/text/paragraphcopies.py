"""Paragraphs an article prints again, for a draft (:mod:`aktobe_facts.text.draft`): web pages
often print a paragraph twice (a page's template repeats the lead, a copy pasted twice). The copy
states nothing new: its figures are the same figures, told once. Drafting them again made two
claims of each, quoted at the first copy (a check places a quote at its first occurrence, and a
quote widened by 40 words cannot get out of a long paragraph), so the copy's numbers were left
uncovered (coverage warnings) and every figure was tied to its twin by an ``equal`` relation and
one subject twice (same-subject findings about nothing the author wrote twice).

A copy is a paragraph whose words, case and spacing folded, are those of an earlier paragraph, with
at least :data:`MIN_WORDS` words (a short line printed twice, "Up 5%" in two lists of a fact sheet,
may say two things). The draft drafts nothing from it and writes one ``[[ignore]]`` entry that
quotes it, so its numbers are covered (an ignore passage covers every place it occurs)."""

from __future__ import annotations

from aktobe_facts.text.paragraphs import paragraphs
from aktobe_facts.text.sentences import Span

MIN_WORDS = 12
"""Words a paragraph needs to count as a copy when printed again."""
REASON = "the paragraph printed again: its figures are drafted where it is printed first"


def copies(text: str) -> list[Span]:
    """The spans (start, end, without the blank lines after) of paragraphs that repeat an earlier
    one, in text order."""
    starts = [0, *paragraphs(text)]
    seen: set[str] = set()
    found: list[Span] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        body = text[start:end].rstrip()
        words = body.lower().split()
        if len(words) < MIN_WORDS:
            continue
        key = " ".join(words)
        if key in seen:
            found.append((start, start + len(body)))
        seen.add(key)
    return found
