"""Whether a file writes numbers in two styles: a figure read with a decimal comma, or a number
in another style than "1,234.5" in the article or a claim's quote (the ``separators`` check reads a
figure both ways only then). Apart from that check, so that the registry can ask it of a file
without importing the check."""

from __future__ import annotations

import re

from aktobe_facts.claims.model import ClaimsFile

# another number style than "1,234.5": a decimal comma ("4,7", "12,35") or dots between thousands
# ("1.234.567"); the separator first, the digit before it looked behind after it: the scan then
# jumps from separator to separator (a lookbehind first is tried at every character: 8x slower);
# a comma with a decimal point after its digits ("US$186,16.92 million", a page's slip) is no
# decimal comma: the point is the number's decimal mark
_OTHER_STYLE = re.compile(r",(?<=\d,)\d{1,2}(?![\d,]|\.\d)|\.(?<=\d\.)\d{3}\.\d{3}(?!\d)")
_COMMA_GROUPS = re.compile(r",(?<=\d,)\d{3},\d{3}(?!\d)")
"""Commas between thousands twice in one number ("22,378,214"): the text's commas group
thousands, so a number with dots between thousands there ("1.809.418") is one number typed in
another country's style, no sign that the text writes decimal commas."""


def other_style(doc: ClaimsFile) -> str | None:
    """A number written in another style than the file's: a figure read with a decimal comma
    ("20,3%" in a file that sets no locale), or a number in the article or a quote."""
    for claim in doc.claims:
        for q in claim.quantities():
            if q.stated.decimal_comma:
                return q.text
    texts = [c.quote for c in doc.claims] + [i.quote for i in doc.ignores]
    if doc.article_file is not None:
        texts.append(doc.article_file.text)
    text = "\n".join(texts)
    found = _OTHER_STYLE.search(text)
    if found is not None and found.group().startswith(".") and _COMMA_GROUPS.search(text):
        found = _decimal_comma(text, found.end())  # dots between thousands beside commas between
    if found is None:
        return None
    start = found.start()
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return text[start : found.end()]


def _decimal_comma(text: str, position: int) -> re.Match[str] | None:
    """The first decimal comma of the text after ``position`` ("4,7"), skipping numbers with dots
    between thousands."""
    found = _OTHER_STYLE.search(text, position)
    while found is not None and found.group().startswith("."):
        found = _OTHER_STYLE.search(text, found.end())
    return found
