"""The HTML pages: each renders its query, links its JSON twin, and shows errors as pages with the right status."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

PAGES = [
    "/",
    "/search?text=table&type=direct",
    "/search?speaker=Ann+Lee&limit=2",
    "/articles/geneva-1",
    "/speakers",
    "/speakers/Ann%20Lee",
    "/speakers/AC%2FDC",
    "/statements/geneva-2:1-29",
    "/outlets",
    "/outlets/Wire",
    "/docs",
]


def _twin(html: str) -> str:
    found = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html)
    assert found, "no JSON twin link"
    return unescape(found.group(1))


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_and_links_its_json_twin(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    twin = client.get(_twin(response.text))
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"


def test_search_page_shows_results_facets_and_next_page(client: TestClient) -> None:
    html = client.get("/search", params={"limit": 5}).text
    assert html.count('<li class="hit">') == 5
    assert 'rel="next"' in html and "cursor=" in html
    assert '<aside class="facets"' in html and "Counts over all 40 matches." in html
    assert "40</b> quotes from <b>37</b> articles" in html
    found = re.search(r'rel="next" class="button" href="([^"]+)"', html)
    assert found
    older = client.get("/search" + unescape(found.group(1)))
    assert older.status_code == 200 and older.text.count('<li class="hit">') == 5


def test_search_page_filters_show_as_removable_chips(client: TestClient) -> None:
    html = client.get("/search", params={"text": "table", "outlet": "Post"}).text
    assert "1 match" in html and 'class="chip"' in html and "/search?text=table" in html
    assert 'href="/speakers/Ann%20Lee"' in html


def test_article_page_highlights_every_attribution(client: TestClient) -> None:
    html = client.get("/articles/geneva-1").text
    api = client.get("/api/articles/geneva-1").json()
    assert html.count('class="card ') == len(api["attributions"]) == 2
    text = html[html.index('<div class="text"') :]
    for kind in ("quote", "speaker", "cue"):
        assert text.count(f'class="m {kind} ') == 2
    assert 'data-speaker="Ann Lee"' in html and 'class="m quote sp-0"' in html and 'class="m quote sp-1"' in html
    assert "foreign minister · direct quote · venue: a press conference" in html
    assert 'id="geneva-1:1-29"' in html


def test_article_page_text_joins_back(client: TestClient) -> None:
    html = client.get("/articles/geneva-1").text
    body = re.search(r'<div class="text" id="text">(.*?)</div>', html, re.S)
    assert (
        body and unescape(re.sub(r"<[^>]+>", "", body.group(1))) == client.get("/api/articles/geneva-1").json()["text"]
    )


def test_speaker_page_has_chart_roles_outlets_and_quotes(client: TestClient) -> None:
    html = client.get("/speakers/ann lee").text
    assert '<svg class="bars"' in html and html.count('<rect class="bar"') == 12  # a year up to 2024-04
    assert "2024-03: 2 quotes" in html and html.count('<rect class="lane') == 2
    assert "<td>senator</td>" in html and "<td>foreign minister</td>" in html
    assert html.count('<li class="hit">') == 4 and 'href="/outlets/Daily"' in html


def test_statement_page_marks_wording_differences(client: TestClient) -> None:
    html = client.get("/statements/geneva-3:1-29").text
    assert html.count('<li class="report') == 3 and "<del>.</del><ins>!</ins>" in html
    assert "earliest" in html and "first reported 2024-03-01" in html


def test_outlet_page(client: TestClient) -> None:
    html = client.get("/outlets/wire").text
    assert "<h1>Wire</h1>" in html and '<svg class="bars"' in html and 'href="/speakers/Person%200"' in html


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/articles/nope", 404, "no article"),
        ("/speakers/Nobody%20At%20All", 404, "no speaker"),
        ("/search?since=tomorrow", 400, "bad date"),
        ("/search?limit=1000", 422, "limit"),
        ("/outlets/Wire?cursor=abc", 400, "bad cursor"),
        ("/no/such/page", 404, "no such page"),
    ],
)
def test_page_errors_are_pages(client: TestClient, path: str, status: int, says: str) -> None:
    response = client.get(path)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert says in response.text and "<h1>" in response.text


def test_links_quote_names_as_one_path_segment(client: TestClient) -> None:
    html = client.get("/search", params={"text": "loud"}).text
    assert f'href="/speakers/{quote("AC/DC", safe="")}"' in html
