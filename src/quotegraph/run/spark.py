"""Extraction on Apache Spark, for when one machine is not enough: the same ``extract_batch`` as the local pool.

Two ways in:

- ``ingest`` with ``IngestOptions(spark="spark://host:7077")`` (CLI: ``quotegraph ingest --spark MASTER``): this
  process reads the sources and stays the store's one writer, with the same ledger, resuming and linking as the
  local pool; each batch of articles is one Spark job whose partitions are extracted in Spark's Python workers.
- ``extract_dataframe``: articles already in a Spark DataFrame (one row per article, columns named as the readers
  name them) become a DataFrame with one row per input row, holding the whole result as JSON or the reject, so
  nothing is dropped; ``attribution_rows`` flattens the results to one row per attribution, in the columns of
  ``quotegraph export --format parquet``.

Each Python worker loads the spaCy pipeline once, on its first partition (``load_pipeline`` is cached per
process; Spark reuses its Python workers), and the pipeline is never pickled or broadcast. Every worker needs
quotegraph installed, with the same version as the driver.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from quotegraph.errors import QuotegraphError, Reject
from quotegraph.extract.options import ExtractOptions
from quotegraph.model import Article, ExtractionResult
from quotegraph.read.options import ReadOptions
from quotegraph.run.workers import extract_batch, init_worker
from quotegraph.store.export import FLAT_COLUMNS, flat_row
from quotegraph.store.rows import source_position

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, Row, SparkSession

#: The columns of ``extract_dataframe``'s result: one row per input row, a result or a reject.
EXTRACTED_SCHEMA = (
    "source string, position string, article_id string, result string, "
    "reject_code string, reject_reason string, reject_detail string"
)
#: The columns of ``attribution_rows``: the flat export's, less the links (made when a store links speakers).
ATTRIBUTION_COLUMNS = tuple(c for c in FLAT_COLUMNS if c not in ("speaker_id", "statement_id"))
_NUMERIC = {"start": "bigint", "end": "bigint", "confidence": "double"}
ATTRIBUTION_SCHEMA = ", ".join(f"`{c}` {_NUMERIC.get(c, 'string')}" for c in ATTRIBUTION_COLUMNS)
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b.*$", re.MULTILINE)
#: The columns ``extract_files`` adds to what Spark reads: the file a row came from, and where in it: for a JSON
#: Lines file, the byte its split starts at (lines are counted from there); for Parquet, the row's index in its file.
SOURCE_FILE_COLUMN = "_quotegraph_source"
PLACE_COLUMN = "_quotegraph_place"
#: Input formats ``extract_files`` reads with Spark's own readers, so that the input may be anywhere Spark reads.
INPUT_FORMATS = ("jsonl", "parquet")
OUTPUT_FORMATS = ("parquet", "jsonl")
#: Batches of articles a worker passes through spaCy at once, within a partition of ``extract_dataframe``.
_PARTITION_BATCH = 32


def spark_session(master: str | None = None, app_name: str = "quotegraph") -> tuple[SparkSession, bool]:
    """Return the running Spark session (whatever its master), or start one on ``master``; and whether this call
    started it.

    A session started here runs its Python workers on this interpreter (unless ``PYSPARK_PYTHON`` says otherwise),
    binds a local master to loopback (unless ``SPARK_LOCAL_IP`` does), and has no web UI or console progress bar.

    Raises:
        QuotegraphError: When pyspark is not installed, or Spark does not start.
    """
    try:
        from pyspark import SparkContext
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise QuotegraphError("Spark needs pyspark: pip install 'quotegraph[spark]'") from exc
    if SparkContext._active_spark_context is not None:  # the caller's own session: used, and left running
        return SparkSession.builder.getOrCreate(), False
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master is None or master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.log.level", "ERROR")
    )
    try:
        return builder.getOrCreate(), True
    except Exception as exc:  # a bad master URL, no Java, a cluster that does not answer
        raise QuotegraphError(f"could not start Spark at {master or 'the default master'}: {exc}") from exc


def _extract_partition(
    fn: Callable[[list[Article]], list[ExtractionResult | Reject]],
    options: ExtractOptions | None,
    articles: Iterable[Article],
) -> list[ExtractionResult | Reject]:
    """Run in a Spark Python worker: one partition of a batch, through ``fn`` with these options."""
    init_worker(options, warm_up=False)
    return fn(list(articles))


class SparkExecutor(Executor):
    """Runs each batch the ingest submits as one Spark job, its articles spread over the cluster's cores.

    Jobs run from a few driver threads, so the ingest writes one batch while the cluster extracts the next.
    """

    def __init__(self, master: str | None, options: ExtractOptions | None, jobs: int = 2) -> None:
        """Connect to ``master`` (or the active session); ``jobs`` batches may be extracted at once."""
        self.session, self._owned = spark_session(master)
        self._options = options
        self._threads = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="quotegraph-spark")

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Extract one batch (``fn(articles)``, as the local pool calls ``extract_batch``) as one Spark job."""
        if kwargs or len(args) != 1:
            raise TypeError("SparkExecutor.submit takes a function of one batch of articles")
        return self._threads.submit(self._run, fn, list(args[0]))

    def _run(self, fn: Callable[[list[Article]], list[Any]], articles: list[Article]) -> list[Any]:
        context = self.session.sparkContext
        slices = max(1, min(len(articles), context.defaultParallelism))
        try:
            job = context.parallelize(articles, slices).mapPartitions(partial(_extract_partition, fn, self._options))
            return job.collect()
        except Exception as exc:
            raise QuotegraphError(f"a Spark job failed ({_cause(exc)}); run again to resume") from exc

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop submitting jobs, and stop the Spark session if this executor started it."""
        self._threads.shutdown(wait=wait, cancel_futures=cancel_futures)
        if self._owned:
            self.session.stop()


def _cause(exc: Exception) -> str:
    """The last exception a worker's traceback names ("ZeroDivisionError: division by zero"), else the message's
    first line ("[PATH_ALREADY_EXISTS] Path ... already exists"), else the type."""
    message = str(exc)
    named = _EXCEPTION_LINE.findall(message) if "Traceback" in message else []
    lines = named[-1:] or [line for line in message.splitlines() if line.strip()][:1] or [type(exc).__name__]
    return lines[0].strip()[:300]


def extract_dataframe(
    articles: DataFrame,
    extract: ExtractOptions | None = None,
    read: ReadOptions | None = None,
    source: str = "dataframe",
) -> DataFrame:
    """Extract attributions from a DataFrame of articles on its Spark cluster.

    Args:
        articles: One row per article; its columns are read as the JSON Lines and Parquet readers read fields
            (``text``, ``id``, ``title``, ``url``, ``outlet``, ``published``, ``lang``; renamed by ``read``).
        extract: How to extract (mode, convention, filters).
        read: The column mapping and default language.
        source: The source name that rejects and stored articles record.

    Returns:
        A DataFrame in ``EXTRACTED_SCHEMA``: per input row, ``article_id`` and ``result`` (the JSON record
        ``quotegraph extract --format jsonl`` writes), or the reject's code, reason and detail (R003 blank text,
        R006 no text column, R011 extraction failed, ...). ``position`` is "partition P row N".
    """
    return _extract(articles, extract, read or ReadOptions(), source, lines=False)


def _extract(
    frame: DataFrame, extract: ExtractOptions | None, read: ReadOptions, source: str, *, lines: bool
) -> DataFrame:
    """Extract from a DataFrame of article rows, or (``lines``) of JSON Lines lines in a ``value`` column."""
    run = partial(_extract_rows, extract, read, source, lines)
    return frame.sparkSession.createDataFrame(frame.rdd.mapPartitionsWithIndex(run), EXTRACTED_SCHEMA)


def _extract_rows(
    extract: ExtractOptions | None, read: ReadOptions, source: str, lines: bool, index: int, rows: Iterable[Row]
) -> Iterator[tuple[str | None, ...]]:
    init_worker(extract, warm_up=False)
    batch: list[Article] = []
    for position, row in _placed(index, rows, lines=lines):
        item = _article(row, read, source=source, position=position, line=lines)
        if item is None:
            continue
        if isinstance(item, Reject):
            yield from _flush(batch)
            batch = []
            yield _reject_row(item)
            continue
        batch.append(item)
        if len(batch) >= _PARTITION_BATCH:
            yield from _flush(batch)
            batch = []
    yield from _flush(batch)


def _placed(index: int, rows: Iterable[Row], *, lines: bool) -> Iterator[tuple[str, Row]]:
    """Each row with its position, as the local readers name it where Spark lets it be known.

    A JSON Lines file's lines are ``line N`` (blank lines counted, as a text editor counts them); in a split that
    starts further into a file (a large uncompressed file is read in splits), ``line N after byte B``: the Nth line
    to start after byte B. A Parquet row is ``row N`` of its file; any other row ``partition P row N``.
    """
    split, n = None, 0
    for count, row in enumerate(rows, 1):
        place = row[PLACE_COLUMN] if PLACE_COLUMN in row.__fields__ else None
        if place is None:
            yield f"partition {index} row {count}", row
        elif not lines:
            yield f"row {place + 1}", row
        else:
            here = (row[SOURCE_FILE_COLUMN], place)
            split, n = here, (n + 1 if here == split else 1)
            yield (f"line {n}" if place == 0 else f"line {n} after byte {place}"), row


def _article(row: Row, read: ReadOptions, *, source: str, position: str, line: bool) -> Article | Reject | None:
    """The Article of one row: its columns as a record, or (``line``) the JSON object its ``value`` holds, decoded
    and parsed as the JSON Lines reader does it (None for a blank line)."""
    from quotegraph.read.jsonl import parse_line_bytes
    from quotegraph.read.records import article_from_record

    record = row.asDict(recursive=True)
    source = record.pop(SOURCE_FILE_COLUMN, None) or source
    place = record.pop(PLACE_COLUMN, None)
    if line:
        raw = bytes(record["value"])
        if place == 0 and position == "line 1":
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            return None
        parsed = parse_line_bytes(raw, source=source, position=position, encoding=read.encoding or "utf-8")
        if isinstance(parsed, Reject):
            return parsed
        record = parsed[1]
    return article_from_record(record, source=source, position=position, options=read)


def _flush(batch: list[Article]) -> Iterator[tuple[str | None, ...]]:
    if not batch:
        return
    for article, outcome in zip(batch, extract_batch(batch), strict=True):
        if isinstance(outcome, Reject):
            source, position, _, *why = _reject_row(outcome)
            yield (source, position, article.id, *why)
        else:
            source, position = source_position(article) or ("", "")
            yield (source, position, article.id, json.dumps(outcome.to_dict(), ensure_ascii=False), None, None, None)


def _reject_row(reject: Reject) -> tuple[str | None, ...]:
    return (reject.source, reject.position, None, None, reject.reason.value, reject.reason.name.lower(), reject.detail)


def attribution_rows(extracted: DataFrame) -> DataFrame:
    """Flatten ``extract_dataframe``'s results to one row per attribution, in ``ATTRIBUTION_COLUMNS``."""
    rows = extracted.where("result IS NOT NULL").select("result").rdd.mapPartitions(_flat_rows)
    return extracted.sparkSession.createDataFrame(rows, ATTRIBUTION_SCHEMA)


def _flat_rows(rows: Iterable[Row]) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        result = ExtractionResult.from_dict(json.loads(row["result"]))
        for attribution in result.attributions:
            flat = flat_row(attribution, result.article)
            yield tuple(flat[c] for c in ATTRIBUTION_COLUMNS)


@dataclass(frozen=True)
class SparkSummary:
    """What ``extract_files`` wrote: ``read == extracted + rejected`` rows, and the attributions."""

    read: int
    extracted: int
    rejected: int
    attributions: int

    def __str__(self) -> str:
        counts = f"read {self.read}, extracted {self.extracted}, rejected {self.rejected}"
        return f"{counts}; {self.attributions} attributions"


def extract_files(
    sources: Sequence[str],
    output: str,
    *,
    master: str | None = None,
    input_format: str = "jsonl",
    output_format: str = "parquet",
    extract: ExtractOptions | None = None,
    read: ReadOptions | None = None,
) -> SparkSummary:
    """Extract from files Spark reads (local paths, ``hdfs://``, ``s3a://``...) into files it writes, with no store.

    Args:
        sources: JSON Lines or Parquet files or directories of them, one article per line or row.
        output: A directory to create: ``results/`` (``EXTRACTED_SCHEMA``: every input row, its JSON record or its
            reject, JSON lines read as the JSON Lines reader reads them: a line whose bytes are not UTF-8 (or
            ``read.encoding``) is R002, one that is not a JSON object R005, a text that is not a string R006; at
            ``line N`` of the file, or ``row N`` of a Parquet file) and ``attributions/`` (``ATTRIBUTION_COLUMNS``).
        master: The Spark master URL; None uses the running session, or Spark's default.
        input_format: ``jsonl`` or ``parquet``.
        output_format: ``parquet`` or ``jsonl``.
        extract: How to extract.
        read: The column mapping and default language.

    Returns:
        The counts, read back from what was written.

    Raises:
        QuotegraphError: For an unknown format, an output directory that exists, or Spark failing.
    """
    if input_format not in INPUT_FORMATS or output_format not in OUTPUT_FORMATS:
        raise QuotegraphError(f"formats: input one of {INPUT_FORMATS}, output one of {OUTPUT_FORMATS}")
    session, started = spark_session(master)
    try:
        articles = _read_articles(session, sources, input_format)
        results, flat = f"{output.rstrip('/')}/results", f"{output.rstrip('/')}/attributions"
        extracted = _extract(articles, extract, read or ReadOptions(), "spark", lines=input_format == "jsonl")
        _write(extracted, results, output_format)
        extracted = _read_back(session, results, output_format)  # read back: the extraction runs once
        _write(attribution_rows(extracted), flat, output_format)
        counts = extracted.selectExpr("count(*)", "count(result)").first()
        read_n, done = (int(counts[0]), int(counts[1])) if counts is not None else (0, 0)
        return SparkSummary(read_n, done, read_n - done, _read_back(session, flat, output_format).count())
    except QuotegraphError:
        raise
    except Exception as exc:  # a path Spark cannot read, an output that exists, a job that failed
        raise QuotegraphError(f"Spark could not extract: {_cause(exc)}") from exc
    finally:
        if started:
            session.stop()


def _read_articles(session: SparkSession, sources: Sequence[str], input_format: str) -> DataFrame:
    from pyspark.sql.functions import col, input_file_name

    if input_format == "parquet":
        frame = session.read.parquet(*sources)
        place = col("_metadata.row_index")
    else:  # lines as bytes, decoded and parsed in the workers as the JSON Lines reader does it: no schema inferred
        # and none coerced, and a line that is not UTF-8 is rejected (Spark's strings would have replaced its bytes)
        frame = session.read.text(list(sources)).select(col("value").cast("binary").alias("value"))
        place = col("_metadata.file_block_start")
    return frame.withColumn(SOURCE_FILE_COLUMN, input_file_name()).withColumn(PLACE_COLUMN, place)


def _write(frame: DataFrame, path: str, output_format: str) -> None:
    writer = frame.write.mode("errorifexists")
    if output_format == "parquet":
        writer.parquet(path)
    else:
        writer.json(path)


def _read_back(session: SparkSession, path: str, output_format: str) -> DataFrame:
    if output_format == "parquet":
        return session.read.parquet(path)
    schema = EXTRACTED_SCHEMA if path.endswith("results") else ATTRIBUTION_SCHEMA
    return session.read.schema(schema).json(path)
