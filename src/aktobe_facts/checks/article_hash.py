"""The linked article is the one the claims were written against: its sha256 matches.

``[article] sha256`` pins the article file. When the file's hash differs, the article was edited (or
another file is linked) since the claims were written: a warning with both hashes, so a reviewer
re-reads the changed article before trusting the other verdicts.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts

ID = "article"
say = Verdicts(ID)
TITLE = "The article file matches its sha256"
HELP = (
    "When [article] sha256 is given, the article file's sha256 must equal it; a mismatch is a "
    "warning with both hashes (the article changed since the claims were written)."
)
TESTS_RELATIONS = False
"""Its findings are about the text, not a relation: no claim counts as tested by them."""


def check(doc: ClaimsFile) -> list[Finding]:
    article = doc.article_file
    if article is None or article.expected_sha256 is None:
        return []
    line = article.line
    steps = (
        Step("expected", f"{article.expected_sha256} ([article] sha256)"),
        Step("found", f"{article.sha256} ({article.path})"),
    )
    if article.sha256 == article.expected_sha256:
        return [
            say.passed(
                (),
                line,
                f"{article.path} matches its sha256",
                severity=Severity.WARNING,
                inputs=steps,
            )
        ]
    return [
        say.failed(
            (),
            line,
            f"{article.path} has sha256 {article.sha256}, not {article.expected_sha256} as "
            "[article] sha256 says: the article changed since the claims were written",
            severity=Severity.WARNING,
            inputs=steps,
            suggestion=f'check the claims against the new text, then write sha256 = "{article.sha256}"',
        )
    ]
