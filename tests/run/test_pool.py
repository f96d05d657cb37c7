"""Ingest: counts, rejects, idempotence, resuming, and the worker pool."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import FakeExtractor, write_corpus
from quotegraph.errors import QuotegraphError, Reason
from quotegraph.run import IngestOptions, IngestSummary, ingest
from quotegraph.run.progress import Progress, count_records
from quotegraph.store import open_store


def dump(db: str) -> list[dict[str, Any]]:
    with open_store(db, create=False) as store:
        return sorted((r.to_dict() for r in store.iter_results()), key=lambda d: d["article"]["id"])


def options(db: Path, **more: Any) -> IngestOptions:
    return IngestOptions(db=str(db), progress=False, batch_size=4, **more)


BAD_LINES = [
    "{not json",
    json.dumps({"id": "fr-1", "text": '"Bonjour," dit Marie.', "lang": "fr"}),
    json.dumps({"id": "boom-1", "text": '"BOOM," said Ann.'}),
    json.dumps({"id": "art-001", "text": '"Text 1," said Person 1. Then "more words 1," said Person 1.'}),
]


def test_ingest_counts_and_rejects(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 10, extra=BAD_LINES)
    summary = ingest([corpus], options(tmp_path / "q.db"))
    assert str(summary) == "read 14, stored 11, rejected 3"
    assert (summary.attributions, summary.resumed) == (20, 0)
    with open_store(str(tmp_path / "q.db")) as store:
        assert [r.reason for r in store.rejects()] == [
            Reason.MALFORMED_JSON,
            Reason.UNSUPPORTED_LANGUAGE,
            Reason.EXTRACTION_FAILED,
        ]
        assert store.stats().articles == 10  # the duplicate of art-001 counts as stored, kept once
        assert len(store.ledger(str(corpus))) == 14


def test_a_lone_surrogate_in_a_title_is_rejected_and_its_batch_stored(
    tmp_path: Path, fake_extractor: FakeExtractor
) -> None:
    # the store's insert raised on it, and the whole batch of articles around it was lost with a traceback
    bad = json.dumps({"id": "bad-1", "title": "Half \ud83d", "text": '"Hi," said Ann.'})
    corpus = write_corpus(tmp_path / "in.jsonl", 5, extra=[bad])
    summary = ingest([corpus], options(tmp_path / "q.db"))
    assert str(summary) == "read 6, stored 5, rejected 1"
    with open_store(str(tmp_path / "q.db")) as store:
        assert [(r.reason, r.detail[:5]) for r in store.rejects()] == [(Reason.UNDECODABLE, "title")]


def test_a_file_name_that_is_not_utf8_is_ingested_and_resumed(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(bytes(folder) + b"/caf\xe9.txt", "wb") as out:
        out.write(b'"Text 1," said Person 1.')
    assert str(ingest([folder], options(tmp_path / "q.db"))) == "read 1, stored 1, rejected 0"
    again = ingest([folder], options(tmp_path / "q.db"))
    assert (str(again), again.resumed) == ("read 1, stored 1, rejected 0", 1)


def test_ingest_twice_is_idempotent(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 9, extra=BAD_LINES)
    first = ingest([corpus], options(tmp_path / "q.db"))
    before = dump(str(tmp_path / "q.db"))
    extracted = len(fake_extractor.seen)
    second = ingest([corpus], options(tmp_path / "q.db"))
    assert str(second) == str(first)
    assert second.resumed == 12  # every record but the reader reject, which is simply recorded again
    assert len(fake_extractor.seen) == extracted
    assert dump(str(tmp_path / "q.db")) == before


def test_ingest_resumes_after_partial_run(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    full = write_corpus(tmp_path / "in.jsonl", 12)
    ingest([full], options(tmp_path / "reference.db"))
    lines = full.read_text(encoding="utf-8").splitlines()
    full.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")  # as if killed after 5 records
    ingest([full], options(tmp_path / "q.db"))
    write_corpus(full, 12)
    fake_extractor.seen.clear()
    summary = ingest([full], options(tmp_path / "q.db"))
    assert (str(summary), summary.resumed) == ("read 12, stored 12, rejected 0", 5)
    assert len(fake_extractor.seen) == 7
    assert dump(str(tmp_path / "q.db")) == dump(str(tmp_path / "reference.db"))


def test_ingest_skips_articles_stored_from_another_source(tmp_path: Path, fake_extractor: FakeExtractor) -> None:
    ingest([write_corpus(tmp_path / "a.jsonl", 6)], options(tmp_path / "q.db"))
    fake_extractor.seen.clear()
    summary = ingest([write_corpus(tmp_path / "b.jsonl", 8)], options(tmp_path / "q.db"))
    assert str(summary) == "read 8, stored 8, rejected 0"
    assert fake_extractor.seen == ["art-006", "art-007"]


@pytest.mark.parametrize(
    ("asked", "summary", "extracted"),
    [
        # the 10 stored articles and the two extraction rejects are extracted again; the malformed line is read
        # again and rejected again; the duplicate of art-001 is that article, taken once
        ("again", "read 14, stored 12 (12 extracted again), rejected 2", [f"art-{i:03d}" for i in range(10)]),
        # only the two extraction rejects; the stored ten are left as they were
        ("again_rejected", "read 14, stored 12 (2 extracted again), rejected 2", []),
    ],
)
def test_ingest_again_extracts_finished_records_anew(
    tmp_path: Path, fake_extractor: FakeExtractor, asked: str, summary: str, extracted: list[str]
) -> None:
    # a record an earlier run rejected because extraction failed stayed rejected on every later run, even once
    # the failure was fixed; --again takes it, and the stored records, through extraction once more, and
    # --again-rejected it alone (fr-1, also rejected at extraction, is rejected again before the extractor: its
    # language is still unsupported)
    corpus = write_corpus(tmp_path / "in.jsonl", 10, extra=BAD_LINES)
    db = tmp_path / "q.db"
    assert str(ingest([corpus], options(db))) == "read 14, stored 11, rejected 3"
    fake_extractor.fails_on = "never in any text"  # the upgrade fixed what failed
    fake_extractor.seen.clear()
    assert str(ingest([corpus], options(db, **{asked: True}))) == summary
    assert sorted(set(fake_extractor.seen)) == [*extracted, "boom-1"]
    with open_store(str(db)) as store:
        assert [r.reason for r in store.rejects()] == [Reason.MALFORMED_JSON, Reason.UNSUPPORTED_LANGUAGE]
        assert store.stats().articles == 11
        assert store.ledger(str(corpus))["line 13"] is None  # boom-1: stored now
    assert str(ingest([corpus], options(db))) == "read 14, stored 12, rejected 2"  # and done


def test_a_stored_record_that_fails_when_extracted_again_keeps_what_was_stored(
    tmp_path: Path, fake_extractor: FakeExtractor
) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 3)
    db = tmp_path / "q.db"
    ingest([corpus], options(db))
    before = dump(str(db))
    fake_extractor.fails_on = "Text 2"  # an upgrade that breaks on one article
    assert str(ingest([corpus], options(db, again=True))) == "read 3, stored 2 (3 extracted again), rejected 1"
    assert dump(str(db)) == before  # nothing already stored is lost
    with open_store(str(db)) as store:
        assert [r.reason for r in store.rejects()] == [Reason.EXTRACTION_FAILED]


def test_ingest_rejects_bad_workers(tmp_path: Path) -> None:
    with pytest.raises(QuotegraphError, match="workers"):
        ingest([write_corpus(tmp_path / "a.jsonl", 1)], options(tmp_path / "q.db", workers=0))


def test_ingest_summary_line() -> None:
    assert str(IngestSummary(read=3, stored=2, rejected=1)) == "read 3, stored 2, rejected 1"


def test_count_records(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "a.jsonl", 7)
    assert count_records([corpus], None, 5.0) == 7
    assert count_records([corpus], None, 0) is None
    assert count_records(["-"], None, 5.0) is None


def test_progress_appears_past_the_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    with Progress(3) as small:
        small.advance(3)
    assert capsys.readouterr().err == ""
    with Progress(None) as large:
        for _ in range(10):
            large.advance(1)
    assert "10article" in capsys.readouterr().err.replace(" ", "")


@pytest.mark.model
@pytest.mark.slow
def test_ingest_pool_matches_in_process(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "a.jsonl", 6, extra=BAD_LINES[:2])
    one = ingest([corpus], options(tmp_path / "one.db"))
    two = ingest([corpus], options(tmp_path / "two.db", workers=2))
    assert str(one) == str(two) == "read 8, stored 6, rejected 2"
    assert dump(str(tmp_path / "one.db")) == dump(str(tmp_path / "two.db"))


def test_an_ingest_in_another_mode_extracts_the_stored_records_again(tmp_path: Path) -> None:
    # the ledger said "done" and the run kept the first mode's attributions, reporting them as stored
    from quotegraph.extract import ExtractOptions, extract

    text = 'The minister said on Monday that taxes would rise, and critics called the plan "a mess."'
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "t-1", "text": text}) + "\n" + json.dumps({"id": "t-2", "text": "Hi."}) + "\n")
    db = tmp_path / "q.db"
    fast = ExtractOptions(mode="fast")

    def spans() -> list[tuple[int, int]]:
        stored = next(r for r in dump(str(db)) if r["article"]["id"] == "t-1")
        return [(a["content"]["start"], a["content"]["end"]) for a in stored["attributions"]]

    first = ingest([corpus], options(db))
    rules_spans = spans()
    again = ingest([corpus], options(db, extract=fast))
    assert (first.extracted_again, again.extracted_again, again.resumed) == (0, 2, 0)
    assert str(again) == "read 2, stored 2 (2 extracted again, another way than before), rejected 0"
    assert spans() == [(a.content.start, a.content.end) for a in extract(text, fast)] != rules_spans
    third = ingest([corpus], options(db, extract=fast))
    assert (third.extracted_again, third.resumed, str(third)) == (0, 2, "read 2, stored 2, rejected 0")
    with open_store(str(db)) as store:
        assert store.ledger_recipes(str(corpus)) == {"line 1": "fast", "line 2": "fast"}
