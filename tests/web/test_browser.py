"""Headless Chromium (Debian ``chromium``, driven by Playwright) against a live server on 127.0.0.1.

search → article (the seed's 12 attributions highlighted with the right speakers) → speaker (the chart draws)
→ statement → outlet, with a screenshot of each page under ``.test-output/web/``; and the hostile article
opened in a real browser runs nothing. Skipped when Chromium or Playwright is missing.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from quotegraph.web import WebSettings, create_app

from .conftest import REPO
from .fixtures import XSS_ID, XSS_OUTLET, XSS_SPEAKER

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = REPO / ".test-output" / "web"


class LiveServer:
    """uvicorn serving an app on a free loopback port in a thread; ``stop`` always ends it."""

    def __init__(self, db: str) -> None:
        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        config = uvicorn.Config(create_app(WebSettings(db=db)), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                self.stop()
                raise RuntimeError("the live server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, launched by Playwright (never ``playwright install``)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page (1280×900) that records dialogs and CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.dialogs = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield opened
    finally:
        context.close()


@pytest.fixture(scope="module")
def seed_server(seed_db: str) -> Iterator[LiveServer]:
    server = LiveServer(seed_db).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def fixture_server(web_db: str) -> Iterator[LiveServer]:
    server = LiveServer(web_db).start()
    try:
        yield server
    finally:
        server.stop()


def shot(page: Any, name: str, full: bool = True) -> None:
    """Save a screenshot of the page under ``.test-output/web/``."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=full)


def _check_article(page: Any) -> None:
    cards = page.locator(".cards .card")
    assert cards.count() == 12
    speakers = [cards.nth(i).locator(".who .speaker").inner_text() for i in range(12)]
    assert Counter(speakers) == {"Herve Blejean": 7, "Anders Fogh Rasmussen": 3, "Sergey Lavrov": 2}
    colour_of: dict[str, str] = {}
    for i, speaker in enumerate(speakers):
        colour = next(c for c in (cards.nth(i).get_attribute("class") or "").split() if c.startswith("sp-"))
        assert colour_of.setdefault(speaker, colour) == colour  # one colour per speaker
        quote_marks = page.locator(f'#text mark.quote[data-a~="{i}"]')
        assert quote_marks.count() >= 1, f"attribution {i} has no highlighted quote"
        lead = page.locator(f'#text mark[data-a~="{i}"][data-speaker="{speaker}"]')
        assert lead.count() >= 1 and colour in (lead.first.get_attribute("class") or "")
    assert len(set(colour_of.values())) == 3
    background = page.locator("#text mark.quote").first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def _search_then_article(page: Any, seed_server: LiveServer) -> None:
    page.goto(seed_server.url + "/")
    assert "12</b> quotes" in page.content()
    shot(page, "01-home.png")
    page.fill(".filters input[name=text]", "counteroffensive")
    page.click(".filters button[type=submit]")
    page.wait_for_url("**/search?**")
    assert page.locator("li.hit").count() >= 1
    shot(page, "02-search.png")

    page.locator("li.hit a.article").first.click()
    page.wait_for_selector("#text")
    _check_article(page)
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "03-article.png")
    mark = page.locator('#text mark.quote[data-a~="0"]').first
    assert "Herve Blejean" in (mark.get_attribute("title") or "")
    mark.click()
    popover = page.locator("#pop")
    popover.wait_for(state="visible")
    assert "Herve Blejean" in popover.inner_text() and "confidence" in popover.inner_text()
    assert page.locator(".cards .card.sel").count() == 1
    shot(page, "04-article-details.png", full=False)


def test_search_article_speaker_statement_outlet(page: Any, seed_server: LiveServer) -> None:
    _search_then_article(page, seed_server)
    page.locator(".legend-speakers a", has_text="Herve Blejean").click()
    page.wait_for_selector("svg.bars")
    bars = page.locator("svg.bars rect.bar")
    assert bars.count() >= 1
    box = page.locator("svg.bars").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 50
    heights = [float(bars.nth(i).get_attribute("height") or 0) for i in range(bars.count())]
    assert max(heights) > 0
    assert page.locator("table.roles tbody tr").count() >= 1
    shot(page, "05-speaker.png")

    page.locator("li.hit a.reports").first.click()
    page.wait_for_selector("ol.report-list")
    assert page.locator("li.report").count() >= 1
    shot(page, "06-statement.png")

    page.goto(seed_server.url + "/outlets/TASS")
    page.wait_for_selector("svg.bars rect.bar", state="attached")
    shot(page, "07-outlet.png")
    for path, name in (("/speakers", "08-speakers.png"), ("/outlets", "09-outlets.png"), ("/docs", "10-docs.png")):
        page.goto(seed_server.url + path)
        shot(page, name)
    assert page.dialogs == []


def test_fixture_pages_paging_and_wording_differences(page: Any, fixture_server: LiveServer) -> None:
    page.goto(fixture_server.url + "/search?limit=10")
    page.locator("a[rel=next]").click()
    page.wait_for_url("**cursor=**")
    assert page.locator("li.hit").count() == 10
    page.goto(fixture_server.url + "/statements/geneva-2:1-29")
    assert page.locator("li.report").count() == 3 and page.locator("ins").first.inner_text() == "!"
    shot(page, "11-statement-diff.png")
    page.goto(fixture_server.url + "/speakers/Ann%20Lee")
    assert page.locator("svg.bars rect.lane").count() == 2
    shot(page, "12-speaker-roles.png")


XSS_PAGES = [
    f"/articles/{XSS_ID}",
    "/search?speaker=Eve&facets=true",
    "/search?text=" + quote('<script>alert(1)</script>"><img src=x onerror=alert(2)>'),
    "/speakers/" + quote(XSS_SPEAKER, safe=""),
    "/outlets/" + quote(XSS_OUTLET, safe=""),
    "/speakers",
    "/speakers/" + quote("<img src=x onerror=alert(3)>", safe=""),
]


def test_hostile_article_runs_nothing_in_a_real_browser(page: Any, fixture_server: LiveServer) -> None:
    page.add_init_script(
        "window.__violations = []; document.addEventListener('securitypolicyviolation', "
        "e => window.__violations.push(e.violatedDirective));"
    )
    statement = None
    for path in XSS_PAGES:
        page.goto(fixture_server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0, path
        assert page.evaluate("window.__violations") == [], path
        if path.startswith("/articles/"):
            page.locator("#text mark.quote").first.click()
            shot(page, "13-xss-article.png")
            statement = page.locator(".cards a.reports").first.get_attribute("href")
    page.goto(fixture_server.url + str(statement))
    assert "<script>" in page.locator("blockquote.big").inner_text()
    assert page.dialogs == []
