"""Render the seed article's HTML report and screenshot it: docs/review-page.png.

    python docs/review_page.py [--html FILE] [--png FILE]

Needs the ``test`` extra (playwright) and Chromium (``apt-get install chromium``; another
Chromium can be named with ``AKTOBE_FACTS_BROWSER``). The report is checked from claims.toml; the
article's marks are found here by locating each claim's value and counterparts inside its quote
(the whole quote when neither is printed), and every other number but a year is marked as not
covered by a claim.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from aktobe_facts.api import check_file
from aktobe_facts.loader import load
from aktobe_facts.report import RenderOptions, html
from aktobe_facts.result import ArticleView, Mark, Report

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims.toml"
ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
YEAR = re.compile(r"(19|20)\d\d")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser() -> str | None:
    """The Chromium to drive: ``$AKTOBE_FACTS_BROWSER``, else the first one on the PATH."""
    named = os.environ.get("AKTOBE_FACTS_BROWSER")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def marks(claims: Path, text: str) -> tuple[Mark, ...]:
    found: list[Mark] = []
    lowered = text.lower()
    for claim in load(claims).claims:
        at = lowered.find(claim.quote.lower())
        if at < 0:
            continue
        quote = lowered[at : at + len(claim.quote)]
        figures = [q.stated.text for q in claim.quantities()]
        inside = [
            (at + quote.find(f.lower()), len(f)) for f in figures if quote.find(f.lower()) >= 0
        ]
        spans = inside or [(at, len(claim.quote))]
        found += [Mark(start, start + size, "claim", (claim.id,)) for start, size in spans]
    for number in NUMBER.finditer(text):
        start, end = number.span()
        if YEAR.fullmatch(number.group()) or any(m.start < end and start < m.end for m in found):
            continue
        found.append(Mark(start, end, "uncovered"))
    return tuple(sorted(found, key=lambda m: m.start))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--html", type=Path, help="also keep the HTML report here")
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "review-page.png")
    args = parser.parse_args()
    executable = browser()
    if executable is None:
        sys.stderr.write(
            "no Chromium found: apt-get install chromium, or set AKTOBE_FACTS_BROWSER\n"
        )
        return 2
    text = ARTICLE.read_text(encoding="utf-8")
    file_report = check_file(CLAIMS)
    file_report.path = "claims.toml"
    file_report.article = ArticleView("article.txt", text, marks(CLAIMS, text))
    page_html = html.render(Report([file_report]), RenderOptions())
    with tempfile.TemporaryDirectory() as folder:
        target = args.html or Path(folder) / "report.html"
        target.write_text(page_html, encoding="utf-8")
        with sync_playwright() as driver:
            chromium = driver.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
            page = chromium.new_page(viewport={"width": 1280, "height": 1400})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(target.resolve().as_uri())
            page.click("mark.num.v-error")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(args.png), full_page=False)
            chromium.close()
    print(f"wrote {args.png}")
    for error in errors:
        sys.stderr.write(f"console error: {error}\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
