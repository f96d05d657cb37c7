"""Tests for the Parquet reader: column mapping, batches, missing columns and corrupt files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from quotegraph.errors import Reason
from quotegraph.model import article_id_for

from .conftest import Items, split


def _write(path: Path, columns: dict[str, list[object]]) -> None:
    pq.write_table(pa.table(columns), path, row_group_size=100)


def test_parquet_column_mapping_and_timestamps(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.parquet"
    _write(
        path,
        {
            "body": ["Officials said so.", None],
            "headline": ["H1", "H2"],
            "link": ["https://www.example.com/1", "https://www.example.com/2"],
            "site": ["Example", "Example"],
            "when": [datetime(2023, 6, 14, 9, 0), datetime(2023, 6, 15, 9, 0)],
            "words": [3, 0],
        },
    )
    items = read(path, text_col="body", title_col="headline", url_col="link", outlet_col="site", date_col="when")
    articles, rejects = split(items)
    (article,) = articles
    assert (article.title, article.url, article.outlet, article.published) == (
        "H1",
        "https://www.example.com/1",
        "Example",
        "2023-06-14",
    )
    assert article.id == article_id_for("", "Example", "https://www.example.com/1")
    assert article.meta == {"source": str(path), "position": "row 1", "record": {"words": 3}}
    assert [(r.reason, r.position) for r in rejects] == [(Reason.MISSING_TEXT, "row 2")]


def test_parquet_reads_many_batches_in_order(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "many.parquet"
    _write(path, {"id": [f"r{i}" for i in range(1, 601)], "text": [f"Text {i}." for i in range(1, 601)]})
    articles, rejects = split(read(path))
    assert rejects == [] and len(articles) == 600
    assert (articles[299].id, articles[299].meta["position"]) == ("r300", "row 300")
    assert articles[-1].text == "Text 600."


def test_parquet_missing_text_column(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.parquet"
    _write(path, {"id": ["1"], "content": ["x"]})
    items = read(path)
    assert len(items) == 1
    (reject,) = split(items)[1]
    assert (reject.reason, reject.position) == (Reason.MISSING_TEXT, "file")
    assert reject.detail == "no column 'text'; available columns: id, content"


def test_parquet_truncated_or_empty_file(tmp_path: Path, read: Callable[..., Items]) -> None:
    good = tmp_path / "good.parquet"
    _write(good, {"text": ["x" * 50] * 10})
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(good.read_bytes()[:-40])
    empty = tmp_path / "empty.parquet"
    empty.write_bytes(b"")
    assert [(r.reason, r.position) for r in split(read(bad))[1]] == [(Reason.MALFORMED_ARCHIVE, "file")]
    assert [(r.reason, r.position) for r in split(read(empty))[1]] == [(Reason.EMPTY, "file")]


def test_parquet_corrupt_row_group_keeps_rows_read_before(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.parquet"
    _write(path, {"text": [f"text {i} " * 40 for i in range(1, 1001)]})
    column = pq.ParquetFile(path).metadata.row_group(5).column(0)
    start = column.dictionary_page_offset or column.data_page_offset
    data = bytearray(path.read_bytes())
    data[start : start + 12] = b"\xff" * 12  # wreck the page header of rows 501-600
    path.write_bytes(bytes(data))
    items = read(path)
    articles, rejects = split(items)
    assert 0 < len(articles) <= 500
    assert articles[-1].text.startswith(f"text {len(articles)} ")
    assert [(r.reason, r.position) for r in rejects] == [(Reason.MALFORMED_ARCHIVE, f"row {len(articles) + 1}")]
    assert items[-1] == rejects[0]
