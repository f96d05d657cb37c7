"""Extraction on Apache Spark (local master, loopback only): the same results as the local pool and extract()."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from conftest import write_corpus
from quotegraph.errors import QuotegraphError, Reason, Reject
from quotegraph.extract import ExtractOptions, extract
from quotegraph.model import Article, ExtractionResult
from quotegraph.read import ReadOptions
from quotegraph.run import IngestOptions, ingest
from quotegraph.run.spark import (
    ATTRIBUTION_COLUMNS,
    SparkExecutor,
    attribution_rows,
    extract_dataframe,
    extract_files,
    spark_session,
)
from quotegraph.store import open_store
from quotegraph.store.export import flat_row

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytest.importorskip("pyspark")
pytestmark = [pytest.mark.model, pytest.mark.slow]

SEED = Path(__file__).parents[2] / "../shared/seed/tass-2023-06-14.txt"
BAD_LINES = [
    "{not json",
    json.dumps({"id": "blank-1", "text": "   "}),
    json.dumps({"id": "fr-1", "text": '"Bonjour," dit Marie.', "lang": "fr"}),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session, started = spark_session("local[2]")
    assert started  # no other test module leaves a session running
    yield session
    session.stop()


def dump(db: Path) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    with open_store(str(db), create=False) as store:
        results = sorted((r.to_dict() for r in store.iter_results()), key=lambda d: d["article"]["id"])
        return results, [r.to_dict() for r in store.rejects()]


def test_ingest_on_spark_stores_what_the_local_pool_stores(tmp_path: Path, spark: SparkSession) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 9, extra=BAD_LINES)
    local = ingest([corpus], IngestOptions(db=str(tmp_path / "local.db"), progress=False, batch_size=4))
    on_spark = IngestOptions(db=str(tmp_path / "spark.db"), progress=False, batch_size=4, spark="local[2]")
    summary = ingest([corpus], on_spark)
    assert str(summary) == str(local) == "read 12, stored 9, rejected 3"
    assert summary.attributions == local.attributions == 18
    assert dump(tmp_path / "spark.db") == dump(tmp_path / "local.db")
    assert summary.links is not None and str(summary.links) == str(local.links)
    assert spark.sparkContext.parallelize([1, 2]).count() == 2  # the caller's session is used, not stopped

    again = ingest([corpus], on_spark)  # resumes: every record is done, nothing is extracted again
    local_again = ingest([corpus], IngestOptions(db=str(tmp_path / "local.db"), progress=False, batch_size=4))
    assert (again.resumed, again.attributions, str(again)) == (local_again.resumed, 0, str(summary))
    assert again.resumed >= 10  # the reader's own rejects (malformed JSON, blank text) are read again


def test_ingest_on_spark_and_on_local_workers_at_once_is_refused(tmp_path: Path) -> None:
    options = IngestOptions(db=str(tmp_path / "q.db"), progress=False, workers=2, spark="local[2]")
    with pytest.raises(QuotegraphError, match="not both"):
        ingest([write_corpus(tmp_path / "in.jsonl", 1)], options)


def test_a_master_that_does_not_start_is_a_clear_error_and_leaves_no_store(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 1)
    db = tmp_path / "q.db"
    cmd = [sys.executable, "-m", "quotegraph", "ingest", str(corpus), "--db", str(db), "--spark", "bogus://x"]
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1"}  # the driver binds to loopback even for a cluster's URL
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 2
    assert "quotegraph: error: could not start Spark at bogus://x" in done.stderr
    assert "Traceback" not in done.stderr and not db.exists()


def test_a_job_that_fails_on_the_cluster_says_why(spark: SparkSession) -> None:
    executor = SparkExecutor(None, None)  # the running session, left running
    failing = executor.submit(lambda articles: [1 / 0 for _ in articles], [Article(id="a", text="Hi.")])
    with pytest.raises(QuotegraphError, match=r"Spark job failed \(ZeroDivisionError: division by zero\); run again"):
        failing.result()
    executor.shutdown()
    assert spark.sparkContext.parallelize([1]).count() == 1


def test_extract_dataframe_gives_every_row_its_result_or_its_reject(spark: SparkSession) -> None:
    seed = SEED.read_text(encoding="utf-8")
    rows = [
        ("seed", seed, "TASS", "2023-06-14"),
        ("blank", "  \n ", None, None),
        ("none", None, None, None),
        ("short", '"We will win," said Ann Lee, the mayor.', "Wire", "June 3, 2024"),
    ]
    frame = spark.createDataFrame(rows, "id string, body string, outlet string, published string").repartition(2)
    extracted = extract_dataframe(frame, read=ReadOptions(text_col="body"), source="news").collect()

    assert len(extracted) == len(rows)
    by_id = {r["article_id"]: r for r in extracted if r["result"] is not None}
    assert sorted(by_id) == ["seed", "short"]
    for article_id, text in (("seed", seed), ("short", rows[3][1])):
        result = ExtractionResult.from_dict(json.loads(by_id[article_id]["result"]))
        assert result.article.text == text and result.article.meta["source"] == "news"
        assert by_id[article_id]["position"].startswith("partition ")
        assert [a.to_dict() for a in result.attributions] == [a.to_dict() for a in extract(result.article)]
    assert by_id["short"]["result"].count('"Ann Lee"') >= 1
    assert json.loads(by_id["short"]["result"])["article"]["published"] == "2024-06-03"
    rejects = sorted((r["reject_code"], r["reject_reason"]) for r in extracted if r["result"] is None)
    assert rejects == [(Reason.EMPTY.value, "empty"), (Reason.MISSING_TEXT.value, "missing_text")]
    assert all(r["source"] == "news" and r["reject_detail"] for r in extracted if r["result"] is None)


def test_an_article_that_cannot_be_extracted_is_rejected_alone(spark: SparkSession) -> None:
    rows = [("a", '"Yes," said Ann.', None), ("b", '"Oui," a dit Marie.', "fr"), ("c", '"No," said Bob.', None)]
    frame = spark.createDataFrame(rows, "id string, text string, lang string").coalesce(1)
    extracted = extract_dataframe(frame, ExtractOptions(mode="fast")).collect()
    assert [(r["article_id"], r["reject_code"]) for r in extracted] == [
        ("a", None),
        ("b", Reason.UNSUPPORTED_LANGUAGE.value),
        ("c", None),
    ]
    speakers = [[a["speaker"]["name"] for a in json.loads(r["result"])["attributions"]] for r in extracted[::2]]
    assert speakers == [["Ann"], ["Bob"]]


def test_attribution_rows_are_the_flat_export_rows(spark: SparkSession) -> None:
    seed = SEED.read_text(encoding="utf-8")
    rows = [("seed", seed, "TASS"), ("blank", " ", None)]
    frame = spark.createDataFrame(rows, "id string, text string, outlet string")
    extracted = extract_dataframe(frame)
    flat = attribution_rows(extracted).collect()
    (result,) = [ExtractionResult.from_dict(json.loads(r["result"])) for r in extracted.collect() if r["result"]]
    assert result.article.published == "2023-06-14"  # read from the wire header, as the readers do
    expected = [flat_row(a, result.article) for a in extract(result.article)]
    assert len(flat) == len(expected) > 5
    assert [tuple(r) for r in flat] == [tuple(e[c] for c in ATTRIBUTION_COLUMNS) for e in expected]


def test_the_ingest_command_extracts_on_spark(
    tmp_path: Path, spark: SparkSession, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotegraph.cli import main

    corpus = write_corpus(tmp_path / "in.jsonl", 3, extra=BAD_LINES[:1])
    db = str(tmp_path / "q.db")
    assert main(["ingest", str(corpus), "--db", db, "--spark", "local[2]", "--no-progress", "--no-link"]) == 0
    assert capsys.readouterr().out.strip() == "read 4, stored 3, rejected 1"
    with open_store(db) as store:
        assert store.stats().attributions == 6


def test_extract_files_reads_and_writes_with_spark_and_rejects_what_it_cannot_use(
    tmp_path: Path, spark: SparkSession
) -> None:
    from quotegraph.extract import extract_many
    from quotegraph.read import read_sources

    bad = ["{not json", "[1, 2]", json.dumps({"id": "t", "title": "No text"}), json.dumps({"id": "n", "text": 12})]
    corpus = write_corpus(tmp_path / "in.jsonl", 3, extra=["", *bad])
    summary = extract_files([str(corpus)], str(tmp_path / "out"))
    assert str(summary) == "read 7, extracted 3, rejected 4; 6 attributions"  # the blank line is no record

    results = spark.read.parquet(str(tmp_path / "out" / "results")).collect()
    rejects = sorted((r["reject_code"], r["source"].endswith("in.jsonl")) for r in results if r["result"] is None)
    # as the JSON Lines reader rejects them: a number is no text, whatever type Spark would have inferred
    assert rejects == [(Reason.MALFORMED_JSON.value, True)] * 2 + [(Reason.MISSING_TEXT.value, True)] * 2
    local = [r for r in read_sources([corpus]) if isinstance(r, Article)]
    expected = {r.article.id: [a.to_dict() for a in r.attributions] for r in extract_many(local)}
    got = {r["article_id"]: json.loads(r["result"])["attributions"] for r in results if r["result"] is not None}
    assert got == expected
    flat = spark.read.parquet(str(tmp_path / "out" / "attributions"))
    assert tuple(flat.columns) == ATTRIBUTION_COLUMNS
    assert sorted(r["speaker"] for r in flat.collect()) == sorted(a["speaker"]["name"] for v in got.values() for a in v)

    with pytest.raises(QuotegraphError, match="already exists"):  # what was written is never overwritten
        extract_files([str(corpus)], str(tmp_path / "out"))
    with pytest.raises(QuotegraphError, match="formats"):
        extract_files([str(corpus)], str(tmp_path / "other"), input_format="csv")


def test_extract_files_rejects_and_places_lines_as_the_json_lines_reader_does(
    tmp_path: Path, spark: SparkSession
) -> None:
    from quotegraph.read import read_sources

    good = json.loads(write_corpus(tmp_path / "one.jsonl", 1).read_text(encoding="utf-8"))
    lines = [
        b"\xef\xbb\xbf" + json.dumps(good).encode(),  # a byte-order mark before the first line
        json.dumps({"id": "latin", "text": "Caf\u00e9 owners said prices rose."}, ensure_ascii=False).encode("latin-1"),
        b"",
        json.dumps({"id": "fffd", "text": '"A \ufffd mark," said Ann.'}, ensure_ascii=False).encode(),
        b"{not json",
    ]
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    summary = extract_files([str(corpus)], str(tmp_path / "out"), output_format="jsonl")
    assert str(summary) == "read 4, extracted 2, rejected 2; 3 attributions"

    results = spark.read.json(str(tmp_path / "out" / "results")).collect()
    placed = sorted((r["position"], r["article_id"], r["reject_code"]) for r in results)
    assert placed == [
        ("line 1", "art-000", None),
        ("line 2", None, Reason.UNDECODABLE.value),  # not the text with Spark's replacement character
        ("line 4", "fffd", None),
        ("line 5", None, Reason.MALFORMED_JSON.value),
    ]
    local = sorted((r.position, r.reason.value) for r in read_sources([corpus]) if isinstance(r, Reject))
    assert local == [(p, code) for p, _, code in placed if code]
    (latin,) = [r for r in results if r["position"] == "line 2"]
    bad_byte = lines[1].index("\u00e9".encode("latin-1"))
    assert latin["reject_detail"] == f"not valid utf-8 at byte {bad_byte} of the line"
    texts = [json.loads(r["result"])["article"]["text"] for r in results if r["result"]]
    assert texts[1] == '"A \ufffd mark," said Ann.'


def test_a_line_in_a_later_split_of_a_large_file_is_placed_from_the_split_start(
    tmp_path: Path, spark: SparkSession
) -> None:
    texts = [f'"Line {i} is long enough," said Person {i}.' for i in range(8)]
    lines = [json.dumps({"id": f"a{i}", "text": text}).encode() for i, text in enumerate(texts)]
    lines[5] = lines[5].replace(b"long", b"l\xffng")
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    spark.conf.set("spark.sql.files.maxPartitionBytes", "200")  # splits of 200 bytes, as a huge file is split
    try:
        extract_files([str(corpus)], str(tmp_path / "out"), output_format="jsonl")
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
    results = spark.read.json(str(tmp_path / "out" / "results")).collect()
    (reject,) = [r for r in results if r["reject_code"]]
    assert reject["reject_code"] == Reason.UNDECODABLE.value
    n, split = re.fullmatch(r"line (\d+) after byte (\d+)", reject["position"]).groups()  # type: ignore[union-attr]
    data = corpus.read_bytes()
    starts = [i for i in range(len(data)) if i == 0 or data[i - 1 : i] == b"\n"]
    assert [start for start in starts if start >= int(split)][int(n) - 1] == data.index(lines[5])
    assert sorted(r["article_id"] for r in results if r["result"]) == [f"a{i}" for i in range(8) if i != 5]


def test_the_spark_extract_command_reads_parquet_with_a_column_mapping(
    tmp_path: Path, spark: SparkSession, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from quotegraph.cli import main

    rows = [{"key": "a", "body": '"We will win," said Ann Lee.'}, {"key": "b", "body": " "}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    out = tmp_path / "out"
    args = ["spark-extract", str(tmp_path / "in.parquet"), "--output", str(out), "--input-format", "parquet"]
    code = main([*args, "--output-format", "jsonl", "--text-col", "body", "--id-col", "key", "--mode", "fast"])
    assert code == 0
    assert capsys.readouterr().out.strip() == "read 2, extracted 1, rejected 1; 1 attributions"
    (line,) = [
        json.loads(x) for f in sorted((out / "attributions").glob("part-*.json")) for x in f.read_text().splitlines()
    ]
    assert (line["article_id"], line["speaker"], line["content"]) == ("a", "Ann Lee", "We will win,")
    results = [json.loads(x) for f in (out / "results").glob("part-*.json") for x in f.read_text().splitlines()]
    assert sorted((r["position"], r.get("reject_code")) for r in results) == [
        ("row 1", None),
        ("row 2", Reason.EMPTY.value),  # where the Parquet reader places a row
    ]
