"""Hostile text stays text: ``<script>``, ``"><img onerror>``, ``<svg onload>`` and ``javascript:`` URLs in an
article's text, title, outlet, URL, speaker, role, venue, via and date, and in query strings, render inert on
every page (checked on the parsed markup, not by string search) and come back verbatim, as JSON, from the API.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from .fixtures import IMG, JS_URL, PAYLOADS, SCRIPT, SVG, XSS_ID, XSS_OUTLET, XSS_SPEAKER, XSS_TITLE

_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
_ACTIVE_TAGS = {"img", "iframe", "object", "embed", "base", "frame", "video", "audio", "math"}


class Audit(HTMLParser):
    """Collects every way a page could run code: handlers, scripts, active tags and script URLs; and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self.values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self.values.append(value or "")
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in _URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and not (dict(attrs).get("src") or "").startswith("/static/app.js"):
            self.problems.append(f"<script {attrs}>")
        if tag in _ACTIVE_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "svg" and dict(attrs).get("class") != "bars":
            self.problems.append("<svg> that is not a chart")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def audit(html: str) -> Audit:
    """Parse a page and return what it holds."""
    parser = Audit()
    parser.feed(html)
    parser.close()
    return parser


def _attribution_id(client: TestClient) -> str:
    return str(client.get(f"/api/articles/{XSS_ID}").json()["attributions"][0]["id"])


PAGES = [
    f"/articles/{XSS_ID}",
    "/search?speaker=Eve",
    "/search?text=" + quote(SCRIPT + IMG),
    "/search?text=alert&speaker=" + quote(IMG) + "&outlet=" + quote(XSS_OUTLET),
    "/speakers/" + quote(XSS_SPEAKER, safe=""),
    "/speakers",
    "/speakers?name=" + quote(SCRIPT),
    "/outlets",
    "/outlets/" + quote(XSS_OUTLET, safe=""),
    "/docs",
    "/speakers/" + quote(SCRIPT + IMG, safe=""),  # 404 page echoing the name
    "/search?since=" + quote(SCRIPT[:10]),  # 400 page echoing the date
    "/articles/" + quote(IMG, safe=""),
]


@pytest.mark.parametrize("path", PAGES)
def test_hostile_text_renders_inert_on_every_page(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (200, 400, 404, 422)
    found = audit(response.text)
    assert found.problems == []
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_statement_page_renders_inert(client: TestClient) -> None:
    found = audit(client.get(f"/statements/{quote(_attribution_id(client), safe='')}").text)
    assert found.problems == [] and SCRIPT in "".join(found.text)


def test_hostile_text_is_shown_as_text(client: TestClient) -> None:
    found = audit(client.get(f"/articles/{XSS_ID}").text)
    text = "".join(found.text)
    for payload in PAYLOADS:
        assert payload in text  # escaped in the markup, so it reads as the characters it is
    assert XSS_TITLE in text and XSS_SPEAKER in text and XSS_OUTLET in text
    assert SVG in " ".join(found.values)  # the role, in a tooltip attribute


def test_javascript_url_never_becomes_a_link(client: TestClient) -> None:
    html = client.get(f"/articles/{XSS_ID}").text
    assert 'href="javascript' not in html.lower() and 'class="source unsafe"' in html


def test_query_text_is_echoed_escaped(client: TestClient) -> None:
    html = client.get("/search", params={"text": SCRIPT + IMG}).text
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert 'value="&lt;script&gt;alert(&#39;xss-script&#39;)&lt;/script&gt;&#34;&gt;&lt;img' in html


@pytest.mark.parametrize(
    "path",
    [
        f"/api/articles/{XSS_ID}",
        "/api/quotes?speaker=Eve&facets=true",
        "/api/speakers/" + quote(XSS_SPEAKER, safe=""),
        "/api/outlets/" + quote(XSS_OUTLET, safe=""),
        "/api/speakers/" + quote(SCRIPT, safe=""),
    ],
)
def test_api_returns_hostile_text_verbatim_as_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.status_code in (200, 404)


def test_api_article_round_trips_every_field(client: TestClient) -> None:
    data = client.get(f"/api/articles/{XSS_ID}").json()
    assert (data["title"], data["outlet"], data["url"]) == (XSS_TITLE, XSS_OUTLET, JS_URL)
    first = data["attributions"][0]
    assert first["speaker"]["name"] == XSS_SPEAKER and first["speaker"]["role"]["value"] == SVG
    assert first["venue"]["value"] == JS_URL and first["via"][0]["value"] == IMG
    assert data["text"].startswith(SCRIPT)


@pytest.mark.parametrize(
    "html",
    [
        "<p><script>alert(1)</script></p>",
        '<p><img src=x onerror="alert(1)"></p>',
        '<a href=" JavaScript:alert(1)">x</a>',
        "<svg onload=alert(1)></svg>",
        '<div onclick="x()"></div>',
    ],
)
def test_audit_catches_live_markup(html: str) -> None:
    assert audit(html).problems
