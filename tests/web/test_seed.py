"""The TASS seed article served by the API: its 12 attributions, their speakers and offsets."""

from __future__ import annotations

from collections import Counter

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.model


def test_seed_article_has_its_12_attributions(seed_client: TestClient) -> None:
    hits = seed_client.get("/api/quotes", params={"limit": 100}).json()["results"]["items"]
    article_id = hits[0]["article_id"]
    data = seed_client.get(f"/api/articles/{article_id}").json()
    assert data["outlet"] == "TASS" and data["published"] == "2023-06-14"
    speakers = Counter(a["speaker"]["name"] for a in data["attributions"])
    assert speakers == {"Herve Blejean": 7, "Anders Fogh Rasmussen": 3, "Sergey Lavrov": 2}
    for a in data["attributions"]:
        assert data["text"][a["content"]["start"] : a["content"]["end"]] == a["content"]["text"]
    assert [s["name"] for s in data["speakers"]] == ["Herve Blejean", "Anders Fogh Rasmussen", "Sergey Lavrov"]


def test_seed_pages_render(seed_client: TestClient) -> None:
    article_id = seed_client.get("/api/quotes").json()["results"]["items"][0]["article_id"]
    html = seed_client.get(f"/articles/{article_id}").text
    assert html.count('class="card ') == 12
    profile = seed_client.get("/api/speakers/Herve Blejean").json()
    assert profile["months"] == [{"value": "2023-06", "count": 7}]
    assert profile["roles"][0]["role"] == "Director-General of the European Union Military Staff"
