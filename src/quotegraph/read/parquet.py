"""The Parquet reader (pyarrow): rows read in batches, fields by column name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import article_from_record
from quotegraph.read.source import Source
from quotegraph.registry import readers

# Rows decoded to Python at a time: bounds memory on large files while keeping pyarrow's overhead low.
_BATCH_ROWS = 256


@readers.register("quotegraph.parquet_reader.v1")
def read_parquet(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a Parquet file batch by batch; rows are numbered from 1 ("row N").

    Args:
        source: The input.
        options: The read options, with the column mapping.

    Yields:
        One Article or Reject per row (R006, R003, R004); or a file-level Reject: R003 empty file,
        R006 naming the available columns when the text column is missing, R008 for a corrupt file
        (at the row where it broke off, after the rows read before it), R012 unreadable.
    """
    import pyarrow as pa  # imported here so that reading other formats does not load pyarrow
    import pyarrow.parquet as pq

    if source.size() == 0:
        yield Reject(source.label, "file", Reason.EMPTY, "no content")
        return
    try:
        parquet = pq.ParquetFile(source.path if source.path is not None else pa.BufferReader(source.data))
    except (pa.ArrowException, ValueError) as exc:
        yield Reject(source.label, "file", Reason.MALFORMED_ARCHIVE, f"not a readable Parquet file: {exc}")
        return
    names = parquet.schema_arrow.names
    if options.text_col not in names:
        detail = f"no column {options.text_col!r}; available columns: {', '.join(names)}"
        yield Reject(source.label, "file", Reason.MISSING_TEXT, detail)
        return
    yield from _read_rows(parquet, source, options)


def _read_rows(parquet: Any, source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    import pyarrow as pa

    number = 0
    batches = parquet.iter_batches(batch_size=_BATCH_ROWS)
    while True:
        try:
            batch = next(batches, None)
        except (pa.ArrowException, ValueError, OSError) as exc:
            detail = f"corrupt Parquet data, reading stopped: {exc}"
            yield Reject(source.label, f"row {number + 1}", Reason.MALFORMED_ARCHIVE, detail)
            return
        if batch is None:
            return
        for record in batch.to_pylist():
            number += 1
            yield article_from_record(record, source=source.label, position=f"row {number}", options=options)
