"""What is particular to the SQLite store: URLs, WAL, the FTS5 index and its two search plans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import dump

from quotegraph.errors import QuotegraphError
from quotegraph.model import ExtractionResult
from quotegraph.store import DEFAULT_DB, SearchQuery, open_store
from quotegraph.store import sqlite as sqlite_module
from quotegraph.store.sqlite import SqliteStore, fts5_query, quote_key, sqlite_path

Make = Callable[..., ExtractionResult]


@pytest.mark.parametrize(
    ("url", "path"),
    [("sqlite:///rel/q.db", "rel/q.db"), ("sqlite:////abs/q.db", "/abs/q.db"), ("q.db", "q.db")],
)
def test_sqlite_path(url: str, path: str) -> None:
    assert sqlite_path(url) == path


def test_sqlite_path_rejects_bad_url() -> None:
    with pytest.raises(QuotegraphError):
        sqlite_path("sqlite:q.db")


def test_fts5_query_quotes_every_phrase() -> None:
    assert fts5_query([("prime", "minister"), ("tax",)]) == '"prime minister" AND "tax"'


def test_open_store_default_is_quotegraph_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        assert isinstance(store, SqliteStore)
    assert (tmp_path / DEFAULT_DB).exists()


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(QuotegraphError, match="no store"):
        open_store(str(tmp_path / "missing.db"), create=False)
    with pytest.raises(QuotegraphError, match="scheme"):
        open_store("mysql://localhost/x")
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(QuotegraphError, match="cannot open"):
        open_store(str(tmp_path / "junk.db"))


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        conn = store._conn  # type: ignore[attr-defined]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_fts_index_follows_replacements(tmp_path: Path, make_result: Make) -> None:
    with open_store(str(tmp_path / "f.db")) as store:
        store.write_results([make_result(1, quote="alpha words")])
        article = store.article(make_result(1).article.id)
        assert article is not None
        replaced = make_result(1, quote="beta words")
        store.write_results([ExtractionResult(article.article, replaced.attributions)])
        assert store.search(SearchQuery(text="alpha")) == []
        assert len(store.search(SearchQuery(text="beta"))) == 1
        conn = store._conn  # type: ignore[attr-defined]
        conn.execute("INSERT INTO attributions_fts (attributions_fts) VALUES ('integrity-check')")


def test_speaker_driven_and_text_driven_plans_agree(
    tmp_path: Path, make_result: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        store.write_results(
            [make_result(n, quote=f"common word {n}", published=f"2020-01-{n % 28 + 1:02d}") for n in range(30)]
        )
        queries = [
            SearchQuery(text="common", speaker="person", limit=7),
            SearchQuery(text='"common word"', speaker="person 1"),
            SearchQuery(text="word", speaker="person 2", since="2020-01-03", until="2020-01-20"),
        ]
        rare_plan = [store.search(q) for q in queries]
        monkeypatch.setattr(sqlite_module, "SPEAKER_DRIVEN_MAX", -1)
        assert [store.search(q) for q in queries] == rare_plan
        assert len(rare_plan[0]) == 7
        assert dump(store)


def test_quote_key_orders_by_day_then_insertion() -> None:
    keys = [quote_key(None, 99), quote_key("2019-12-31", 7), quote_key("2020-01-01", 3), quote_key("2020-01-01", 4)]
    assert keys == sorted(keys)
    assert quote_key("9999-12-31", (1 << 40) - 1) < 1 << 63


def test_a_store_from_before_the_ledger_kept_recipes_is_migrated(tmp_path: Path, make_result: Make) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        store.write_results([make_result(1, source="in.jsonl")], recipe="rules")
    with sqlite3.connect(path) as conn:  # as a store written before the migration left it
        conn.execute("ALTER TABLE ledger DROP COLUMN recipe")
        conn.execute("DELETE FROM schema_migrations WHERE name = '0003_ledger_recipe'")
    with open_store(str(path), create=False) as store:
        assert store.stats().migrations[-1] == "0003_ledger_recipe"
        assert store.ledger("in.jsonl") == {"1": None} and store.ledger_recipes("in.jsonl") == {}
