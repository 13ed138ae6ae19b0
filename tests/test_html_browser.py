"""The HTML report in a real, headless Chromium driven by Playwright.

The browser is the system's (``$AKTOBE_FACTS_BROWSER``, else ``chromium``, ``chromium-browser``,
``google-chrome`` on the PATH; ``.ci/run`` installs Debian's ``chromium``); Playwright never
downloads one. When none is found, these tests are skipped and say so.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright

from aktobe_facts.report import RenderOptions, html
from aktobe_facts.result import Report
from html_sample import ARTICLE, EXPECTED_VERDICTS, sample_report

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PREFIX_OF = """el => {
    const range = document.createRange();
    range.setStart(el.closest('.article-text'), 0);
    range.setEndBefore(el);
    return range.toString();
}"""


def find_browser() -> str | None:
    named = os.environ.get("AKTOBE_FACTS_BROWSER")
    if named:
        return named
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_browser()
    if executable is None:
        pytest.skip(
            "no browser found: none of " + ", ".join(BROWSER_NAMES) + " is on the PATH and "
            "AKTOBE_FACTS_BROWSER is not set (apt-get install chromium)"
        )
    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with every console error, uncaught exception and request it made."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        page.on("request", self._request)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)

    def assert_clean(self, page_url: str) -> None:
        assert self.errors == []
        assert self.requests == [page_url]  # the page itself, nothing else


def _open(browser: Browser, folder: Path, report: Report, *, js: bool = True) -> Watched:
    target = folder / "report.html"
    target.write_text(html.render(report, RenderOptions()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=js)
    watched = Watched(context.new_page())
    watched.page.goto(target.as_uri())
    return watched


def _panel_checks(page: Page) -> list[str | None]:
    cards = page.locator("#f1-panel .panel-body .card")
    return [cards.nth(i).get_attribute("data-check") for i in range(cards.count())]


def test_marks_details_and_screenshot(browser: Browser, tmp_path: Path) -> None:
    report = sample_report(tmp_path)
    article = report.files[0].article
    assert article is not None
    watched = _open(browser, tmp_path, report)
    page = watched.page

    # the article text is the page's text, and each mark sits on its number at its offset
    assert page.locator("#f1-text").text_content() == ARTICLE
    for mark in article.marks:
        element = page.locator(f'#f1-text mark[data-start="{mark.start}"]')
        assert element.count() == 1
        assert element.text_content() == ARTICLE[mark.start : mark.end]
        assert element.evaluate(PREFIX_OF) == ARTICLE[: mark.start]
        assert int(element.get_attribute("data-end") or -1) == mark.end
        box = element.bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0
        expected = EXPECTED_VERDICTS[ARTICLE[mark.start : mark.end]]
        assert element.get_attribute("class") == f"num v-{expected}"
        assert element.evaluate("el => el.tabIndex") == 0
    colours = {
        verdict: page.locator(f"#f1-text mark.v-{verdict}").first.evaluate(
            "el => getComputedStyle(el).backgroundColor"
        )
        for verdict in ("pass", "warning", "error")
    }
    assert len(set(colours.values())) == 3, colours

    # a click opens the details of the claim's findings: the error and the ratio's warning
    missing = page.locator('#f1-text mark:text-is("US$")')
    missing.click()
    panel = page.locator("#f1-panel")
    assert panel.locator(".panel-head q").text_content() == "US$"
    assert _panel_checks(page) == ["missing-counterpart", "ratios"]
    card = panel.locator('.card[data-check="missing-counterpart"]')
    assert 'write "US$' in (card.text_content() or "")  # its arithmetic, with the suggestion
    assert missing.get_attribute("aria-expanded") == "true"

    # the keyboard: Enter and Space open a focused mark, Escape closes and returns focus
    firms = page.locator('#f1-text mark:text-is("34")')
    firms.focus()
    page.keyboard.press("Enter")
    assert _panel_checks(page) == ["ratios"]
    investment = page.locator('#f1-text mark:text-is("646.8 billion tenge")')
    investment.focus()
    page.keyboard.press(" ")
    assert _panel_checks(page) == ["conversions", "rate-magnitudes"]
    page.keyboard.press("Escape")
    assert _panel_checks(page) == []
    assert page.evaluate("document.activeElement.textContent") == "646.8 billion tenge"
    page.locator('#f1-text mark:text-is("9")').click()
    assert _panel_checks(page) == []
    assert "not covered by a claim" in (panel.locator(".panel-head").text_content() or "")

    screenshot = tmp_path / "report.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000
    watched.assert_clean((tmp_path / "report.html").as_uri())


def test_without_javascript_tables_and_tooltips_remain(browser: Browser, tmp_path: Path) -> None:
    watched = _open(browser, tmp_path, sample_report(tmp_path), js=False)
    page = watched.page
    # conversions, rate-magnitudes, missing-counterpart, the no-relation review, ratios
    assert page.locator("table.relations tr[data-verdict]").count() == 5
    assert page.locator(".card").first.is_visible()
    title = page.locator('#f1-text mark:text-is("US$")').get_attribute("title") or ""
    assert "missing-counterpart" in title and "suggestion: write" in title
    assert page.locator(".hint-nojs").is_visible() and not page.locator(".hint-js").is_visible()
    watched.assert_clean((tmp_path / "report.html").as_uri())
