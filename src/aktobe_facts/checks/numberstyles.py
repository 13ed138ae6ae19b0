"""Whether a file writes numbers in two styles: a figure read with a decimal comma, or a number
in another style than "1,234.5" in the article or a claim's quote (the ``separators`` check reads a
figure both ways only then). Apart from that check, so that the registry can ask it of a file
without importing the check."""

from __future__ import annotations

import re

from aktobe_facts.claims.model import ClaimsFile

# another number style than "1,234.5": a decimal comma ("4,7", "12,35") or dots between thousands
# ("1.234.567"); the separator first, the digit before it looked behind after it: the scan then
# jumps from separator to separator (a lookbehind first is tried at every character: 8x slower)
_OTHER_STYLE = re.compile(r",(?<=\d,)\d{1,2}(?![\d,])|\.(?<=\d\.)\d{3}\.\d{3}(?!\d)")


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
    if found is None:
        return None
    start = found.start()
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return text[start : found.end()]
