"""Linking during ingest, on each backend: incremental equals at once, stable ids, recovery after a crash."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from link_samples import link_dump
from store_helpers import store_url

from conftest import FakeExtractor
from quotegraph.run import IngestOptions, ingest
from quotegraph.run.link_settings import LinkSettings
from quotegraph.run.linking import StoreLinker, link_store
from quotegraph.store import open_store

#: Three articles in the fake extractor's form ("Quote," said Name.): Volkov's two statements, each
#: reported twice under three spellings of his name, and Ilves's one, reported twice.
ARTICLES = [
    ("wire-0304", "QG Wire", "2024-03-04", [
        ("Gas supplies to Norland will resume by Friday once repairs end", "Sergei Volkov"),
        ("Our members will not accept another delay to the pay talks", "Marta Ilves"),
    ]),
    ("ledger-0305", "Daily Ledger", "2024-03-05", [
        ("Gas supplies to Norland will resume by Friday once the repairs end", "Sergey Volkov"),
        ("Household prices will stay frozen until the end of April", "Volkov"),
    ]),
    ("courier-0306", "Northern Courier", "2024-03-06", [
        ("Household prices will stay frozen until the end of April", "Sergei Volkov"),
        ("Our members will not accept another delay to the pay talks", "Ilves"),
    ]),
]  # fmt: skip
FUZZY = LinkSettings(linker="fuzzy")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def corpus(path: Path, *indexes: int) -> Path:
    """Write some of the articles as a JSON Lines input."""
    lines = []
    for i in indexes:
        article_id, outlet, day, quotes = ARTICLES[i]
        text = " ".join(f'"{quote}," said {name}.' for quote, name in quotes)
        lines.append(json.dumps({"id": article_id, "text": text, "outlet": outlet, "published": day}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(db: str, source: Path, link: LinkSettings = FUZZY) -> Any:
    return ingest([source], IngestOptions(db=db, progress=False, batch_size=1, link=link))


def links(db: str) -> dict[str, Any]:
    with open_store(db, create=False) as store:
        return {**link_dump(store), "pending": store.pending_links()}


@pytest.mark.parametrize("backend", BACKENDS)
def test_b_after_a_links_as_a_and_b_at_once(backend: str, tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    db = store_url(backend, tmp_path)
    first = run(db, corpus(tmp_path / "a.jsonl", 0))
    assert first.links is not None and str(first.links) == "linked 1 articles: 2 speakers, 2 statements"
    second = run(db, corpus(tmp_path / "bc.jsonl", 1, 2), LinkSettings())  # keeps the store's linker
    assert second.links is not None and (second.links.articles, second.links.rebuilt) == (2, False)
    assert second.links.linker == "quotegraph.fuzzy_linker.v1"
    incremental = links(db)
    assert incremental["pending"] == [] and len(incremental["speakers"]) == 2
    assert sorted(len(s["attribution_ids"]) for s in incremental["statements"]) == [2, 2, 2]
    with open_store(db) as store:
        assert link_store(store, rebuild=True).rebuilt
    assert links(db) == incremental
    if backend == "sqlite":
        at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
        run(at_once, corpus(tmp_path / "abc.jsonl", 2, 0, 1))
        assert links(at_once) == incremental


def test_speaker_ids_survive_reingest(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    run(one, corpus(tmp_path / "abc.jsonl", 0, 1, 2))
    run(one, corpus(tmp_path / "abc.jsonl", 0, 1, 2))  # everything resumed: nothing changes
    run(two, corpus(tmp_path / "cba.jsonl", 2, 1, 0))
    ids = [s["id"] for s, _ in links(one)["speakers"]]
    assert ids == [s["id"] for s, _ in links(two)["speakers"]] and all(i.startswith("sp-") for i in ids)
    assert links(one) == links(two)


def test_no_link_then_link(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    db = str(tmp_path / "q.db")
    summary = run(db, corpus(tmp_path / "abc.jsonl", 0, 1, 2), LinkSettings(enabled=False))
    assert summary.links is None
    with open_store(db) as store:
        assert not store.has_links() and len(store.pending_links()) == 3
        assert str(link_store(store, FUZZY)) == "linked 3 articles: 2 speakers, 3 statements"
        assert store.has_links() and store.pending_links() == []


class Killed(BaseException):
    """Stands in for SIGKILL: nothing after it runs, not even ``except Exception`` handlers."""


@pytest.mark.parametrize("backend", BACKENDS)
def test_killed_between_write_and_link_recovers(
    backend: str, tmp_path: Path, fake_extractor: FakeExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = str(tmp_path / "reference.db")
    run(reference, corpus(tmp_path / "abc.jsonl", 0, 1, 2))
    db = store_url(backend, tmp_path)
    run(db, corpus(tmp_path / "a.jsonl", 0))  # linked and saved
    calls = {"n": 0}
    real_add = StoreLinker.add

    def add_then_die(self: StoreLinker, results: Any) -> None:
        calls["n"] += bool(results)
        if calls["n"] == 2:  # the second batch is written, its links are not
            raise Killed
        real_add(self, results)

    monkeypatch.setattr(StoreLinker, "add", add_then_die)
    with pytest.raises(Killed):
        run(db, corpus(tmp_path / "abc.jsonl", 0, 1, 2))
    with open_store(db) as store:
        assert store.pending_links() == ["courier-0306", "ledger-0305"]
        assert store.link_state().tables_ahead  # type: ignore[union-attr]
    monkeypatch.setattr(StoreLinker, "add", real_add)
    assert str(run(db, corpus(tmp_path / "abc.jsonl", 0, 1, 2))) == "read 3, stored 3, rejected 0"
    assert links(db) == links(reference)


@pytest.mark.parametrize("backend", BACKENDS)
def test_killed_before_saving_the_index_recovers(
    backend: str, tmp_path: Path, fake_extractor: FakeExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = str(tmp_path / "reference.db")
    run(reference, corpus(tmp_path / "abc.jsonl", 0, 1, 2))
    db = store_url(backend, tmp_path)

    def die(self: StoreLinker) -> None:
        raise Killed

    monkeypatch.setattr(StoreLinker, "checkpoint", die)
    with pytest.raises(Killed):  # every batch linked and written, the index never saved
        run(db, corpus(tmp_path / "abc.jsonl", 0, 1, 2))
    with open_store(db) as store:
        state = store.link_state()
        assert state is not None and (state.articles, state.tables_ahead) == (0, True)  # saved empty at the start
        assert store.has_links() and len(store.pending_links()) == 3
    monkeypatch.undo()
    run(db, corpus(tmp_path / "abc.jsonl", 0, 1, 2))
    assert links(db) == links(reference)
