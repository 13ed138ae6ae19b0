"""Numbers with dots between thousands ("1.809.418") are a sign that a text writes decimal
commas, and make the separators check read each "38,521" both ways; but not in a text whose
commas group thousands twice in one number ("22,378,214"): there the commas group thousands and
the dotted number is one typed in another country's style (a false separators warning of the
fifteenth session's first contact, a Spanish airports' text; docs/corpus.md). A decimal comma
("4,7") stays a sign either way. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from aktobe_facts.checks import CHECKS
from aktobe_facts.checks.numberstyles import other_style
from aktobe_facts.text.articlecheck import load_article

HEAD = "Freight at the airports\nOutlet, Spain, 2031\n\n"
BODY = (
    "Cargo came to 71,204 tons in May, and the airports with the most cargo were Madrid with "
    "36,512 tons and Barcelona with 12,903 tons."
)


def separators(tmp_path: Path, body: str) -> list[str]:
    article = tmp_path / "a.txt"
    article.write_text(HEAD + body + "\n", encoding="utf-8")
    doc = load_article(article)
    return [f.message for f in CHECKS["separators"].check(doc)]


def test_dotted_thousands_beside_commas_grouping_twice_are_no_decimal_commas(
    tmp_path: Path,
) -> None:
    body = "Malaga handled 1.708.316 passengers and the network 21,487,102 in May. " + BODY
    assert separators(tmp_path, body) == []


def test_dotted_thousands_alone_still_make_a_comma_ambiguous(tmp_path: Path) -> None:
    body = "Malaga handled 1.708.316 passengers in May. " + BODY
    (message,) = separators(tmp_path, body)
    assert "36,512 tons" in message


def test_a_decimal_comma_is_a_sign_whatever_groups_thousands(tmp_path: Path) -> None:
    body = "The network handled 21,487,102 passengers, 4,7% more, and 1.708.316 at Malaga. " + BODY
    article = tmp_path / "a.txt"
    article.write_text(HEAD + body + "\n", encoding="utf-8")
    assert other_style(load_article(article)) is not None
