"""Exports of a whole store, on each backend: JSON Lines, CSV, Parquet and Quotebank-style records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.model import ExtractionResult
from quotegraph.registry import exporters
from quotegraph.store import Store
from quotegraph.store.export import FLAT_COLUMNS, FORMATS, export

Make = Callable[..., ExtractionResult]


@pytest.fixture
def exported(store: Store, make_result: Make) -> Store:
    store.write_results(
        [
            make_result(1, quote="Same words", speaker="Ann Lee", published="2021-05-02"),
            make_result(2, quote="Same words", speaker="Ann Lee", published="2020-01-01", outlet="Post"),
            make_result(3, quote="Same words", speaker="Bob Ray", extra_quotes=1),
            make_result(4, quote="x", speaker="Cy", said_on="2019-09-09"),
        ]
    )
    return store


def test_export_formats_are_registered() -> None:
    assert all(name in exporters for name in FORMATS.values())


def test_export_jsonl_round_trips(exported: Store) -> None:
    out = io.StringIO()
    assert export(exported, "jsonl", out) == 4
    records = [ExtractionResult.from_dict(json.loads(line)) for line in out.getvalue().splitlines()]
    assert records == list(exported.iter_results())


def test_export_csv_one_row_per_attribution(exported: Store, tmp_path: Path) -> None:
    assert export(exported, "csv", tmp_path / "q.csv") == 5
    with (tmp_path / "q.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert sorted(r["speaker"] for r in rows) == ["Ann Lee", "Ann Lee", "Bob Ray", "Bob Ray", "Cy"]
    assert {r["date"] for r in rows if r["speaker"] == "Cy"} == {"2019-09-09"}


def test_export_parquet(exported: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    assert export(exported, "quotegraph.parquet_exporter.v1", tmp_path / "q.parquet") == 5
    table = pq.read_table(tmp_path / "q.parquet")
    assert table.column_names == list(FLAT_COLUMNS)
    assert table.num_rows == 5
    assert sorted(table.column("start").to_pylist())[0] == 1


def test_export_parquet_needs_a_file(exported: Store) -> None:
    with pytest.raises(QuotegraphError, match="parquet"):
        export(exported, "parquet", None)


def test_export_quotebank_groups_quote_and_speaker(exported: Store) -> None:
    out = io.StringIO()
    assert export(exported, "quotebank", out) == 4
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    ann = next(r for r in records if r["speaker"] == "Ann Lee")
    assert ann["quotation"] == "Same words"
    assert ann["numOccurrences"] == 2
    assert ann["date"] == "2020-01-01"
    assert [o["outlet"] for o in ann["occurrences"]] == ["Post", "Wire"]
    assert set(ann["occurrences"][0]) == {"article_id", "offset", "outlet", "url", "date"}
    assert ann["occurrences"][0]["offset"] == 1


def test_export_unknown_format(exported: Store) -> None:
    with pytest.raises(QuotegraphError, match="unknown export format"):
        export(exported, "xml", io.StringIO())
