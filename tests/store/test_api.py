"""The store functions of the Python API over a SQLite file (the CLI wraps these)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from store_helpers import build_result

from quotegraph.errors import QuotegraphError, Reason, Reject
from quotegraph.store import api, open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "api.db")
    with open_store(path) as store:
        store.write_results(
            [build_result(1, quote="Taxes will rise", speaker="Ann Lee"), build_result(2, speaker="Bob Ray")],
            rejects=[Reject("in.jsonl", "9", Reason.MALFORMED_JSON, "bad")],
        )
    return path


def test_api_search(db: str) -> None:
    hits = api.search("taxes", speaker="ann", db=db)
    assert [h.attribution.speaker.name for h in hits] == ["Ann Lee"]
    assert api.search(db=db, limit=1)[0].attribution.article_id


def test_api_speakers_stats_rejects(db: str) -> None:
    assert [s.name for s in api.speakers(db=db)] == ["Ann Lee", "Bob Ray"]
    assert [s.name for s in api.speakers(name="bob", limit=5, db=db)] == ["Bob Ray"]
    assert api.stats(db=db).articles == 2
    assert [r.reason for r in api.rejects(db=db)] == [Reason.MALFORMED_JSON]


def test_api_show(db: str) -> None:
    article_id = build_result(1).article.id
    assert api.show(article_id, db=db).attributions[0].speaker.name == "Ann Lee"
    with pytest.raises(QuotegraphError, match="no article"):
        api.show("a-none", db=db)


def test_api_export(db: str, tmp_path: Path) -> None:
    out = io.StringIO()
    assert api.export(format="jsonl", output=out, db=db) == 2
    assert api.export(format="csv", output=str(tmp_path / "x.csv"), db=db) == 2


def test_api_read_functions_need_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(QuotegraphError, match="no store"):
        api.stats(db=str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()
