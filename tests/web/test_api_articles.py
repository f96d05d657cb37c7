"""``/api/articles``: an article with offsets that point into its text; POST needs the write token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.errors import QuotegraphError
from quotegraph.model import Article
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import article_from_record
from quotegraph.store import open_store
from quotegraph.web import WebSettings, create_app

from .conftest import TOKEN
from .fixtures import fill

ARTICLE = {"text": 'The minister spoke on Monday. "We will win," said Ann Lee.', "outlet": "Wire", "title": "Win"}


def test_article_with_attributions_and_offsets(client: TestClient) -> None:
    response = client.get("/api/articles/geneva-1")
    assert response.status_code == 200
    data = response.json()
    text = data["text"]
    assert (data["title"], data["outlet"], data["published"]) == ("Talks resume in Geneva", "Wire", "2024-03-01")
    assert [a["speaker"]["name"] for a in data["attributions"]] == ["Ann Lee", "Bob Ray"]
    for a in data["attributions"]:
        spans = [a["content"], a["cue"], *a["speaker"]["mentions"]]
        assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    first, second = data["attributions"]
    assert first["speaker"]["role"]["value"] == "foreign minister" and first["venue"]["value"] == "a press conference"
    assert second["via"][0]["value"] == "Reuters" and second["type"] == "indirect"
    assert [(s["name"], s["quotes"], s["colour"]) for s in data["speakers"]] == [("Ann Lee", 1, 0), ("Bob Ray", 1, 1)]


def test_article_unknown_is_404_and_long_id_is_422(client: TestClient) -> None:
    missing = client.get("/api/articles/no-such-article")
    assert missing.status_code == 404
    assert missing.json() == {
        "status": 404,
        "error": "not_found",
        "message": "no article 'no-such-article' in the store",
    }
    assert client.get("/api/articles/" + "x" * 300).status_code == 422


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    """A client over a store of its own, so that writes do not leak into other tests."""
    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        fill(store)
    with TestClient(create_app(WebSettings(db=db, write_token=TOKEN)), base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": TOKEN}, 401),
        ({"Authorization": "Basic x"}, 401),
    ],
)
def test_post_article_needs_the_token(writable: TestClient, headers: dict[str, str], status: int) -> None:
    response = writable.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == status and "write token" in response.json()["message"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_post_article_is_off_without_a_token(web_db: str) -> None:
    with TestClient(create_app(WebSettings(db=web_db)), base_url="http://127.0.0.1") as c:
        response = c.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 403 and "disabled" in response.json()["message"]
        assert c.get("/api/health").json()["writes"] is False


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"title": "no text"}, 422),
        ({"text": ""}, 422),
        ({"text": "x", "extra": 1}, 422),
        ({"text": "x", "title": "t" * 3000}, 422),
        ("not json", 422),
    ],
)
def test_post_article_bad_bodies(writable: TestClient, body: object, status: int) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    if isinstance(body, str):
        response = writable.post("/api/articles", content=body, headers={**auth, "content-type": "application/json"})
    else:
        response = writable.post("/api/articles", json=body, headers=auth)
    assert response.status_code == status and response.json()["message"]


def test_post_article_body_too_large_is_413(writable: TestClient) -> None:
    big = {"text": "x" * 4_100_000}
    response = writable.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and "over" in response.json()["message"]


def test_get_on_post_only_path_and_post_on_get_path(writable: TestClient) -> None:
    assert writable.get("/api/articles").status_code == 405
    response = writable.post("/api/quotes")
    assert response.status_code == 405 and response.json()["error"] == "method_not_allowed"


@pytest.mark.model
def test_post_article_extracts_and_stores(writable: TestClient) -> None:
    response = writable.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["text"] == ARTICLE["text"] and created["outlet"] == "Wire" and created["id"].startswith("a-")
    assert writable.get(f"/api/articles/{created['id']}").json() == created
    again = writable.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["id"] == created["id"]  # the same article replaces itself


@pytest.mark.model
def test_a_posted_article_is_read_as_ingest_reads_the_same_record(writable: TestClient) -> None:
    record = {
        "text": '<p>The minister spoke on Monday.</p>\r\n<p>"We will win," said Ann Lee.</p>',
        "url": "HTTPS://Example.ORG/win",
        "outlet": "  The   Wire ",
        "published": "June 14, 2023",
    }
    read = article_from_record(record, source="in.jsonl", position="line 1", options=ReadOptions())
    assert isinstance(read, Article)
    response = writable.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    posted = response.json()
    assert (posted["id"], posted["text"], posted["url"], posted["outlet"], posted["published"]) == (
        read.id,
        'The minister spoke on Monday.\n\n"We will win," said Ann Lee.',
        "https://example.org/win",
        "The Wire",
        "2023-06-14",
    )
    assert [q["speaker"]["name"] for q in posted["attributions"]] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [({"text": " \n "}, "R003"), ({"text": "<div><p> </p><br></div>"}, "R007")],
)
def test_a_posted_article_ingest_would_reject_is_422(writable: TestClient, body: dict[str, str], reason: str) -> None:
    response = writable.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and reason in response.json()["message"]


def test_post_article_extracts_in_the_servers_mode(tmp_path: Path) -> None:
    from quotegraph.extract import ExtractOptions, extract

    db = str(tmp_path / "fast.db")
    with open_store(db) as store:
        fill(store)
    body = {"text": 'The minister said on Monday that taxes would rise, and critics called the plan "a mess."'}
    settings = WebSettings(db=db, write_token=TOKEN, mode="fast")
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as c:
        assert c.get("/api/health").json()["mode"] == "fast"
        response = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201
    stored = [(q["content"]["start"], q["content"]["end"]) for q in response.json()["attributions"]]
    by_mode = {
        mode: [(a.content.start, a.content.end) for a in extract(body["text"], ExtractOptions(mode=mode))]
        for mode in ("fast", "rules")
    }
    assert stored == by_mode["fast"] != by_mode["rules"]
    with pytest.raises(QuotegraphError, match="unknown mode 'best'"):
        WebSettings(db=db, mode="best")


def test_the_server_extracts_as_the_store_was_ingested_unless_told(tmp_path: Path) -> None:
    from store_helpers import build_result

    db = str(tmp_path / "ingested.db")
    with open_store(db) as store:
        store.write_results([build_result(n, source="in.jsonl") for n in range(3)], recipe="fast")
        store.write_results([build_result(9, source="in.jsonl")], recipe="accurate")
    for mode, expected in ((None, "fast"), ("rules", "rules")):
        with TestClient(create_app(WebSettings(db=db, mode=mode)), base_url="http://127.0.0.1") as c:
            assert c.get("/api/health").json()["mode"] == expected


def test_post_article_streamed_body_too_large_is_413(writable: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"x" * 100_000

    headers = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    response = writable.post("/api/articles", content=chunks(), headers=headers)
    assert response.status_code == 413 and "over" in response.json()["message"]
