"""Tests for the CSV reader: column mapping, multi-line cells, bad bytes and missing columns."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

from quotegraph.errors import Reason
from quotegraph.model import article_id_for

from .conftest import Items, split

MAPPING = {
    "text_col": "body",
    "id_col": "doc",
    "title_col": "headline",
    "url_col": "link",
    "outlet_col": "site",
    "date_col": "date",
    "lang_col": "language",
}


def test_csv_column_mapping(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(
        b"doc,headline,body,link,site,date,language,section\r\n"
        b'd1,First,"He said: ""yes"".\r\nNew line.",https://Example.com/1,Example,14/06/2023,en,world\r\n'
        b",Second,Plain text.,,,2023-06-15,,\r\n"
    )
    articles, rejects = split(read(path, **MAPPING))
    assert rejects == []
    first, second = articles
    assert (first.id, first.title, first.text) == ("d1", "First", 'He said: "yes".\nNew line.')
    assert (first.url, first.outlet, first.published, first.lang) == (
        "https://example.com/1",
        "Example",
        "2023-06-14",
        "en",
    )
    assert first.meta == {"source": str(path), "position": "row 1", "record": {"section": "world"}}
    assert (second.id, second.url, second.published, second.meta["position"]) == (
        article_id_for("Plain text."),
        None,
        "2023-06-15",
        "row 2",
    )


def test_csv_missing_text_column_names_the_columns(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,content\n1,Hello\n2,World\n")
    items = read(path)
    assert len(items) == 1
    (reject,) = split(items)[1]
    assert (reject.reason, reject.position) == (Reason.MISSING_TEXT, "file")
    assert reject.detail == "no column 'text'; available columns: id, content"


def test_csv_bad_bytes_reject_one_row_only(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"\xef\xbb\xbfid,text\n1,Good one.\n2,caf\xe9 bad\n\n3,Good three.\n4,  \n")
    articles, rejects = split(read(path))
    assert [(a.id, a.meta["position"]) for a in articles] == [("1", "row 1"), ("3", "row 4")]
    assert [(r.reason, r.position) for r in rejects] == [
        (Reason.UNDECODABLE, "row 2"),
        (Reason.EMPTY, "row 5"),
    ]
    assert "column 'text' at character 3" in rejects[0].detail


def test_csv_long_cell_and_gzip(tmp_path: Path, read: Callable[..., Items]) -> None:
    body = "word " * 60_000  # 300,000 characters: over the csv module's default field limit
    path = tmp_path / "a.csv.gz"
    path.write_bytes(gzip.compress(f"text\n{body}\n".encode()))
    articles, rejects = split(read(path))
    assert rejects == [] and len(articles[0].text) == 300_000


def test_csv_empty_and_binary(tmp_path: Path, read: Callable[..., Items]) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00\x08\x00" * 20)
    assert [(r.reason, r.position) for r in split(read(empty))[1]] == [(Reason.EMPTY, "file")]
    assert [(r.reason, r.position) for r in split(read(binary))[1]] == [(Reason.BINARY, "file")]
