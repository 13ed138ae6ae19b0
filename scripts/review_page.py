"""Render the seed article's HTML report and screenshot it: docs/review-page.png.

    python scripts/review_page.py [--html FILE] [--png FILE]

Needs the ``test`` extra (playwright) and Chromium (``apt-get install chromium``; another
Chromium can be named with ``AKTOBE_FACTS_BROWSER``). The report is the one
``aktobe-facts check claims.toml --article ../shared/seed/article.txt --format html`` writes: the
article's marks come from the provenance and coverage of the claims.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from aktobe_facts.api import check_file
from aktobe_facts.report import RenderOptions, html
from aktobe_facts.result import ArticleView, Report

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims.toml"
ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"
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
    file_report = check_file(CLAIMS, article=ARTICLE)
    file_report.path = "claims.toml"
    if file_report.article is not None:
        file_report.article = ArticleView(
            "article.txt", file_report.article.text, file_report.article.marks
        )
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
