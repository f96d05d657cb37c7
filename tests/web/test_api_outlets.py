"""``/api/outlets``: outlets by quotes, and an outlet's months, speakers and paged quotes."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_outlets_list_and_filter(client: TestClient) -> None:
    items = client.get("/api/outlets").json()["items"]
    assert items[0] == {"value": "Wire", "count": 34}
    assert {o["value"] for o in items} >= {"Wire", "Post", "Daily"}
    assert [o["value"] for o in client.get("/api/outlets", params={"name": "dai"}).json()["items"]] == ["Daily"]


def test_outlet_profile(client: TestClient) -> None:
    data = client.get("/api/outlets/post").json()
    assert (data["name"], data["quotes"], data["articles"]) == ("Post", 2, 1)
    assert data["months"] == [{"value": "2024-03", "count": 2}]
    assert [s["value"] for s in data["speakers"]] == ["Ann Lee", "Cy Dee"]
    assert data["latest"]["count"] == 2


def test_outlet_errors(client: TestClient) -> None:
    assert client.get("/api/outlets/Nowhere").status_code == 404
    assert client.get("/api/outlets/Wire", params={"limit": 1000}).status_code == 422
    assert client.get("/api/outlets/Wire", params={"cursor": "%%%"}).status_code == 400
