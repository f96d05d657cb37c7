"""``/api/speakers``: names by quotes, and a speaker's months, roles with dates, outlets and paged quotes."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_speakers_list_and_filter(client: TestClient) -> None:
    data = client.get("/api/speakers", params={"limit": 6}).json()
    assert data["items"][0] == {"name": "Person 0", "kind": "person", "quotes": 6}
    assert data["items"][5] == {"name": "Ann Lee", "kind": "person", "quotes": 4}
    assert data["count"] == 6 and data["limit"] == 6
    found = client.get("/api/speakers", params={"name": "PERSON 1"}).json()["items"]
    assert [s["name"] for s in found] == ["Person 1"]


def test_speaker_profile(client: TestClient) -> None:
    response = client.get("/api/speakers/ann%20lee")
    assert response.status_code == 200
    data = response.json()
    assert (data["name"], data["quotes"], data["first_date"], data["last_date"]) == (
        "Ann Lee",
        4,
        "2023-11-19",
        "2024-04-10",
    )
    assert data["months"] == [
        {"value": "2023-11", "count": 1},
        {"value": "2024-03", "count": 2},
        {"value": "2024-04", "count": 1},
    ]
    assert data["roles"] == [
        {"role": "senator", "first_seen": "2023-11-19", "last_seen": "2023-11-19", "quotes": 1},
        {"role": "foreign minister", "first_seen": "2024-03-01", "last_seen": "2024-04-10", "quotes": 3},
    ]
    assert [o["value"] for o in data["outlets"]] == ["Wire", "Daily", "Post"]
    assert data["latest"]["count"] == 4 and data["latest"]["next_cursor"] is None
    assert {a["speaker"]["name"] for a in data["latest"]["items"]} == {"Ann Lee"}


def test_speaker_quotes_page_with_cursor(client: TestClient) -> None:
    first = client.get("/api/speakers/Ann Lee", params={"limit": 3}).json()["latest"]
    assert first["count"] == 3 and first["next_cursor"]
    rest = client.get("/api/speakers/Ann Lee", params={"limit": 3, "cursor": first["next_cursor"]}).json()["latest"]
    assert rest["count"] == 1 and rest["next_cursor"] is None
    assert rest["items"][0]["content"]["text"] == "Taxes will rise next year."


def test_speaker_with_a_slash_in_the_name(client: TestClient) -> None:
    data = client.get("/api/speakers/AC%2FDC").json()
    assert (data["name"], data["kind"], data["quotes"]) == ("AC/DC", "organisation", 1)


def test_speaker_errors(client: TestClient) -> None:
    assert client.get("/api/speakers/Nobody").status_code == 404
    assert client.get("/api/speakers/Ann Lee", params={"cursor": "zz"}).status_code == 400
    assert client.get("/api/speakers", params={"limit": 0}).status_code == 422
    assert client.get("/api/speakers/" + "n" * 250).status_code == 422
