"""``/api/statements``: every report of one utterance, earliest first, with wording differences."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from quotegraph.run.linking import link_store
from quotegraph.store import SearchQuery, open_store
from quotegraph.web import create_app
from quotegraph.web.config import WebSettings

from .fixtures import TABLE, fill


def _ids(client: TestClient) -> list[str]:
    hits = client.get("/api/quotes", params={"text": "table"}).json()["results"]["items"]
    return [h["id"] for h in hits]


def test_statement_lists_every_report_earliest_first(client: TestClient) -> None:
    ids = _ids(client)
    data = client.get(f"/api/statements/{ids[0]}").json()
    assert data["id"] == "geneva-1:1-29" and data["speaker"] == "Ann Lee" and data["text"] == TABLE
    assert data["earliest_date"] == "2024-03-01" and data["grouping"] == "same-text"
    assert data["outlets"] == ["Wire", "Post", "Daily"]
    reports = data["reports"]
    assert [r["attribution"]["article_id"] for r in reports] == ["geneva-1", "geneva-2", "geneva-3"]
    assert [r["same_wording"] for r in reports] == [True, False, True]
    assert reports[1]["diff"] == [
        {"op": "same", "text": "We will return to the table"},
        {"op": "del", "text": "."},
        {"op": "add", "text": "!"},
    ]


def test_statement_found_by_any_report(client: TestClient) -> None:
    found = {client.get(f"/api/statements/{i}").json()["id"] for i in _ids(client)}
    assert found == {"geneva-1:1-29"}


def test_statement_of_one_report(client: TestClient) -> None:
    hit = client.get("/api/quotes", params={"text": "teeth"}).json()["results"]["items"][0]
    data = client.get(f"/api/statements/{hit['id']}").json()
    assert data["id"] == hit["id"] and len(data["reports"]) == 1
    assert data["reports"][0]["diff"] == [{"op": "same", "text": "The plan has no teeth."}]


def test_statement_of_an_unnamed_speaker(client: TestClient) -> None:
    hit = client.get("/api/quotes", params={"text": "something said"}).json()["results"]["items"][0]
    data = client.get(f"/api/statements/{hit['id']}").json()
    assert data["speaker"] is None and len(data["reports"]) == 1


def test_statement_unknown_is_404(client: TestClient) -> None:
    response = client.get("/api/statements/geneva-1:0-1")
    assert response.status_code == 404 and response.json()["error"] == "not_found"


def test_linked_store_groups_by_the_linkers_statement(tmp_path: Path) -> None:
    db = str(tmp_path / "linked.db")
    with open_store(db) as store:
        fill(store)
        link_store(store)
        table = {h.attribution.article_id: h.id for h in store.search(SearchQuery(text="table", limit=50))}
    with TestClient(create_app(WebSettings(db=db)), base_url="http://127.0.0.1") as client:
        first = client.get(f"/api/statements/{table['geneva-2']}").json()
        later = client.get(f"/api/statements/{table['geneva-3']}").json()
        page = client.get(f"/statements/{table['geneva-1']}").text
        by_statement_id = client.get(f"/api/statements/{_statement_id(db, table['geneva-2'])}").json()
    # The linker joins reports at most 10 days apart: the report five weeks on is another statement, though
    # its words are the same (same-text grouping would join all three).
    assert first["grouping"] == later["grouping"] == "linked" and first["text"] == TABLE
    assert [r["attribution"]["article_id"] for r in first["reports"]] == ["geneva-1", "geneva-2"]
    assert [r["attribution"]["article_id"] for r in later["reports"]] == ["geneva-3"]
    assert "reports linked by quotegraph link" in page and "geneva-2" in page
    assert by_statement_id == first


def _statement_id(db: str, attribution_id: str) -> str:
    with open_store(db, create=False) as store:
        statement_id = store.attribution_links([attribution_id])[attribution_id][1]
    assert statement_id is not None
    return statement_id
