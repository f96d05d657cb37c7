"""Every Store method, run once against SQLite and once against PostgreSQL (when a server is given)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from store_helpers import dump

from quotegraph.errors import QuotegraphError, Reason, Reject
from quotegraph.model import ExtractionResult
from quotegraph.store import LedgerEntry, SearchQuery, Store, open_store

Make = Callable[..., ExtractionResult]


def texts(store: Store, **query: object) -> list[str]:
    return [hit.attribution.content.text for hit in store.search(SearchQuery(**query))]  # type: ignore[arg-type]


def test_write_results_article_round_trip(store: Store, make_result: Make) -> None:
    result = make_result(1, extra_quotes=2)
    store.write_results([result])
    view = store.article(result.article.id)
    assert view is not None
    assert view.article == result.article
    assert view.article.meta == result.article.meta
    assert view.attributions == result.attributions
    assert store.article("a-missing") is None


def test_write_results_same_article_twice_is_stored_once(store: Store, make_result: Make) -> None:
    store.write_results([make_result(1), make_result(2)])
    before = dump(store)
    store.write_results([make_result(1)])
    store.write_results([make_result(1), make_result(1)])
    assert dump(store) == before
    stats = store.stats()
    assert (stats.articles, stats.attributions) == (2, 2)


def test_write_results_replaces_attributions_and_speaker_counts(store: Store, make_result: Make) -> None:
    store.write_results([make_result(1, speaker="Ann Lee", extra_quotes=2)])
    assert store.speakers() and store.speakers()[0].quotes == 3
    replacement = make_result(1, speaker="Bob Ray")
    changed = ExtractionResult(store.article(replacement.article.id).article, replacement.attributions)  # type: ignore[union-attr]
    store.write_results([changed])
    assert [(s.name, s.quotes) for s in store.speakers()] == [("Bob Ray", 1)]
    assert store.stats().attributions == 1


def test_write_results_failure_leaves_nothing(store: Store, make_result: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_put_rejects", fail)
    with pytest.raises(RuntimeError):
        store.write_results([make_result(1)])
    monkeypatch.undo()
    assert store.stats().articles == 0 and store.speakers() == []
    store.write_results([make_result(1)])  # the speaker-id cache was not left pointing at rolled-back rows
    assert store.speakers()[0].quotes == 1


def test_record_rejects_lists_in_order_and_replaces(store: Store) -> None:
    first = Reject("a.jsonl", "3", Reason.MALFORMED_JSON, "bad line")
    second = Reject("a.jsonl", "7", Reason.MISSING_TEXT, "no text")
    store.record_rejects([first, second])
    store.record_rejects([Reject("a.jsonl", "3", Reason.MALFORMED_JSON, "bad line again")])
    assert [(r.position, r.reason, r.detail) for r in store.rejects()] == [
        ("3", Reason.MALFORMED_JSON, "bad line again"),
        ("7", Reason.MISSING_TEXT, "no text"),
    ]
    assert store.rejects(limit=1)[0].position == "3"
    assert store.stats().rejects_by_code == {"R005": 1, "R006": 1}


def test_ledger_records_results_rejects_and_done(store: Store, make_result: Make) -> None:
    stored = make_result(4, source="in.jsonl")
    reject = Reject("in.jsonl", "5", Reason.UNSUPPORTED_LANGUAGE, "fr")
    duplicate = LedgerEntry("in.jsonl", "6", article_id=stored.article.id)
    store.write_results([stored], rejects=[reject], done=[duplicate])
    assert store.ledger("in.jsonl") == {"4": None, "5": "R010", "6": None}
    assert store.ledger("other.jsonl") == {}
    assert store.ledger_recipes("in.jsonl") == {}  # written with no recipe: done, but how is not known


def test_ledger_keeps_how_each_stored_record_was_extracted(store: Store, make_result: Make) -> None:
    first, second = make_result(4, source="in.jsonl"), make_result(8, source="in.jsonl")
    reject = Reject("in.jsonl", "5", Reason.EXTRACTION_FAILED, "boom")
    duplicate = LedgerEntry("in.jsonl", "6", article_id=first.article.id)
    store.write_results([first], rejects=[reject], done=[duplicate], recipe="rules")
    store.write_results([second], recipe="accurate convention=polnear")
    assert store.ledger_recipes("in.jsonl") == {"4": "rules", "8": "accurate convention=polnear"}
    assert store.recipes() == {"rules": 1, "accurate convention=polnear": 1}
    store.write_results([first], recipe="fast")  # extracted again another way: the ledger says so
    assert store.ledger_recipes("in.jsonl")["4"] == "fast"
    assert store.recipes() == {"fast": 1, "accurate convention=polnear": 1}


def test_a_rejected_record_stored_when_extracted_again_is_a_reject_no_more(store: Store, make_result: Make) -> None:
    stored = make_result(4, source="in.jsonl")
    store.write_results([], rejects=[Reject("in.jsonl", "4", Reason.EXTRACTION_FAILED, "boom")])
    store.write_results([], rejects=[Reject("in.jsonl", "9", Reason.MALFORMED_JSON, "bad line")])
    store.write_results([stored], recipe="rules")  # ingest --again, once the failure was fixed
    assert [r.position for r in store.rejects()] == ["9"]
    assert store.ledger("in.jsonl") == {"4": None, "9": "R005"}
    assert store.stats().rejects_by_code == {"R005": 1}


def test_existing_articles(store: Store, make_result: Make) -> None:
    results = [make_result(n) for n in range(3)]
    store.write_results(results)
    ids = [r.article.id for r in results]
    assert store.existing_articles([*ids, "a-nope"]) == set(ids)
    assert store.existing_articles([]) == set()


@pytest.fixture
def filled(store: Store, make_result: Make) -> Store:
    store.write_results(
        [
            make_result(1, quote="The economy is strong", speaker="Angela Merkel", published="2020-01-05"),
            make_result(2, quote="Strong words about the economy", speaker="Joe Biden", published="2021-06-30"),
            make_result(3, quote="We will build the wall", speaker="Donald Trump", published="2019-03-01"),
            make_result(4, quote="No comment on the economy", speaker="", published=None, type="indirect"),
            make_result(5, quote="Café prices rise", speaker="Ann Lee", outlet="Daily Post", published="2021-07-01"),
            make_result(6, quote="Later said", speaker="Ann Lee", published="2020-01-01", said_on="2022-02-02"),
        ]
    )
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            {"text": "economy"},
            ["Strong words about the economy", "The economy is strong", "No comment on the economy"],
        ),
        ({"text": "ECONOMY strong"}, ["Strong words about the economy", "The economy is strong"]),
        ({"text": '"economy is strong"'}, ["The economy is strong"]),
        ({"text": '"strong economy"'}, []),
        ({"text": "café"}, ["Café prices rise"]),
        ({"text": "cafe"}, []),
        ({"text": "wall!"}, ["We will build the wall"]),
        ({"text": "nothingmatches"}, []),
        ({"speaker": "merkel"}, ["The economy is strong"]),
        ({"speaker": "ANN"}, ["Later said", "Café prices rise"]),
        ({"speaker": "_%"}, []),
        ({"speaker": "merkel\x00"}, []),  # a NUL, which PostgreSQL refuses in a parameter, matches nothing stored
        ({"text": "economy\x00strong", "outlet": "daily\x00"}, []),
        ({"outlet": "daily post"}, ["Café prices rise"]),
        ({"type": "indirect"}, ["No comment on the economy"]),
        ({"since": "2021"}, ["Later said", "Café prices rise", "Strong words about the economy"]),
        ({"until": "2020-01"}, ["The economy is strong", "We will build the wall"]),
        ({"since": "2021-06-30", "until": "2021-06-30"}, ["Strong words about the economy"]),
        ({"text": "economy", "speaker": "biden"}, ["Strong words about the economy"]),
        ({"text": "economy", "limit": 1}, ["Strong words about the economy"]),
    ],
)
def test_search_filters(filled: Store, query: dict[str, object], expected: list[str]) -> None:
    assert texts(filled, **query) == expected


def test_search_newest_first_undated_last(filled: Store) -> None:
    hits = filled.search(SearchQuery())
    assert [h.date for h in hits] == [
        "2022-02-02",
        "2021-07-01",
        "2021-06-30",
        "2020-01-05",
        "2019-03-01",
        None,
    ]
    top = hits[0]
    assert (top.outlet, top.published, top.title) == ("Wire", "2020-01-01", "Article 6")
    assert top.to_dict()["attribution"]["content"]["text"] == "Later said"


@pytest.mark.parametrize(
    "query",
    [{"type": "quoted"}, {"since": "2020/01/01"}, {"until": "yesterday"}, {"limit": 0}, {"limit": 10**6}],
)
def test_search_query_rejects_bad_filters(query: dict[str, object]) -> None:
    with pytest.raises(QuotegraphError):
        SearchQuery(**query)  # type: ignore[arg-type]


def test_speakers_most_quoted_first(store: Store, make_result: Make) -> None:
    store.write_results(
        [
            make_result(1, speaker="Ann Lee", extra_quotes=1),
            make_result(2, speaker="ann lee"),
            make_result(3, speaker="Bob Ray"),
            make_result(4, speaker="A source", kind="anonymous"),
        ]
    )
    found = store.speakers()
    assert [(s.name, s.quotes) for s in found] == [("Ann Lee", 3), ("A source", 1), ("Bob Ray", 1)]
    assert found[1].kind == "anonymous"
    assert [s.name for s in store.speakers("RAY")] == ["Bob Ray"]
    assert len(store.speakers(limit=1)) == 1


def test_stats_counts_everything(filled: Store) -> None:
    filled.record_rejects([Reject("x", "1", Reason.EMPTY, "")])
    stats = filled.stats()
    assert (stats.articles, stats.attributions, stats.speakers, stats.outlets, stats.rejects) == (
        6,
        6,
        4,
        2,
        1,
    )
    assert stats.by_type == {"direct": 5, "indirect": 1}
    assert (stats.first_date, stats.last_date) == ("2019-03-01", "2022-02-02")
    assert stats.migrations == ("0001_initial", "0002_links", "0003_ledger_recipe")
    assert stats.to_dict()["backend"] == filled.backend


def test_iter_results_pages_in_id_order(store: Store, make_result: Make) -> None:
    results = [make_result(n, extra_quotes=n % 3) for n in range(11)]
    store.write_results(results)
    got = list(store.iter_results(page_size=4))
    assert [r.article.id for r in got] == sorted(r.article.id for r in results)
    assert {r.article.id: r.attributions for r in got} == {r.article.id: r.attributions for r in results}


def test_reopen_keeps_data_and_migrations(store_url_any: str, make_result: Make) -> None:
    with open_store(store_url_any) as first:
        first.write_results([make_result(1)])
    with open_store(store_url_any, create=False) as second:
        assert second.stats().articles == 1
        assert second.stats().migrations == ("0001_initial", "0002_links", "0003_ledger_recipe")
