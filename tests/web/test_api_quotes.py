"""``/api/quotes`` and ``/api/attributions``: filters, facets, cursor pages, and 4xx (never 500) on bad input."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from .fixtures import TABLE


def _search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/quotes", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def _texts(data: dict[str, Any]) -> list[str]:
    return [a["content"]["text"] for a in data["results"]["items"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"text": "table"}, [TABLE, TABLE, "We will return to the table!"]),
        ({"text": '"no teeth"'}, ["The plan has no teeth."]),
        ({"text": "teeth plan"}, ["The plan has no teeth."]),
        ({"speaker": "ann", "type": "mixed"}, ["Taxes will rise next year."]),
        ({"outlet": "post", "speaker": "ann"}, ["We will return to the table!"]),
        ({"since": "2024-03", "until": "2024-03-01"}, [TABLE, "Nobody wants a war."]),
        ({"type": "indirect"}, ["Nobody wants a war."]),
        ({"text": "nowhere-to-be-found"}, []),
        ({"speaker": "", "outlet": " ", "type": ""}, None),  # blank fields, as forms send them, mean no filter
    ],
)
def test_search_filters(client: TestClient, params: dict[str, str], expected: list[str] | None) -> None:
    data = _search(client, limit=100, **params)
    if expected is not None:
        assert sorted(_texts(data)) == sorted(expected)
    else:
        assert data["results"]["count"] == 40
    assert data["query"]["limit"] == 100


def test_search_newest_first_with_article_facts(client: TestClient) -> None:
    items = _search(client, limit=100)["results"]["items"]
    dated = [a["date"] for a in items if a["date"]]
    assert dated == sorted(dated, reverse=True)
    assert items[-1]["date"] is None
    first = next(a for a in items if a["article_id"] == "geneva-1")
    assert first["article"] == {
        "id": "geneva-1",
        "title": "Talks resume in Geneva",
        "url": "https://news.example/geneva-1",
        "outlet": "Wire",
        "published": "2024-03-01",
    }


def test_search_cursor_walks_every_page_once(client: TestClient) -> None:
    everything = [a["id"] for a in _search(client, limit=100)["results"]["items"]]
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = _search(client, **params)["results"]
        seen += [a["id"] for a in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == everything and pages == 6


def test_search_last_page_has_no_cursor(client: TestClient) -> None:
    page = _search(client, text="table", limit=3)["results"]
    assert page["count"] == 3 and page["next_cursor"] is None


def test_search_facets_count_matches(client: TestClient) -> None:
    data = _search(client, text="table", facets="true")
    facets = data["facets"]
    assert facets["sampled"] == 3 and facets["complete"] is True
    assert facets["speakers"] == [{"value": "Ann Lee", "count": 3}]
    assert {o["value"] for o in facets["outlets"]} == {"Wire", "Post", "Daily"}
    assert facets["years"] == [{"value": "2024", "count": 3}]
    assert _search(client, text="table")["facets"] is None


@pytest.mark.parametrize(
    ("params", "status", "says"),
    [
        ({"limit": 0}, 422, "limit"),
        ({"limit": 101}, 422, "limit"),
        ({"limit": "many"}, 422, "limit"),
        ({"type": "rumour"}, 400, "quote type"),
        ({"since": "yesterday"}, 400, "bad date"),
        ({"until": "2024-13-99x"}, 422, "until"),
        ({"cursor": "not-a-cursor"}, 400, "cursor"),
        ({"cursor": "WyIyMDIxIiwtMV0"}, 400, "cursor"),  # a well-formed token with a bad date and key
        ({"cursor": "x" * 500}, 422, "cursor"),
        ({"text": "war " * 200}, 422, "text"),
        ({"speaker": "a" * 201}, 422, "speaker"),
        ({"facets": "maybe"}, 422, "facets"),
    ],
)
def test_search_bad_parameters_are_4xx_with_a_message(
    client: TestClient, params: dict[str, Any], status: int, says: str
) -> None:
    response = client.get("/api/quotes", params=params)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status and body["error"] and says in body["message"]


@pytest.mark.parametrize("raw", ["/api/quotes?text=a%00b", "/api/quotes?speaker=%00", "/api/speakers/x%00y"])
def test_nul_characters_are_refused(client: TestClient, raw: str) -> None:
    response = client.get(raw)
    assert response.status_code == 400 and "NUL" in response.json()["message"]


def test_search_text_without_words_matches_like_no_text(client: TestClient) -> None:
    assert _search(client, text="!!! ...", limit=5)["results"]["count"] == 5


def test_attribution_by_id_and_404(client: TestClient) -> None:
    hit = _search(client, text="teeth")["results"]["items"][0]
    response = client.get(f"/api/attributions/{hit['id']}")
    assert response.status_code == 200 and response.json() == hit
    missing = client.get("/api/attributions/nope:1-2")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
