"""Exporting a whole store: JSON Lines, CSV, Parquet and Quotebank-style quote records, by registered name."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from quotegraph.errors import QuotegraphError
from quotegraph.model import Article, Attribution, ExtractionResult
from quotegraph.registry import exporters
from quotegraph.store.base import Store
from quotegraph.store.rows import VIA_SEPARATOR, quote_date

#: Format name → registry name; a name with a dot is looked up in the registry as it is.
FORMATS = {
    "jsonl": "quotegraph.jsonl_exporter.v1",
    "csv": "quotegraph.csv_exporter.v1",
    "parquet": "quotegraph.parquet_exporter.v1",
    "quotebank": "quotegraph.quotebank_exporter.v1",
    "speakers": "quotegraph.speakers_exporter.v1",
    "statements": "quotegraph.statements_exporter.v1",
}
#: The columns of the CSV and Parquet exports: one row per attribution.
FLAT_COLUMNS = (
    "attribution_id",
    "article_id",
    "type",
    "content",
    "speaker",
    "speaker_kind",
    "role",
    "cue",
    "venue",
    "addressee",
    "via",
    "said_on",
    "date",
    "outlet",
    "published",
    "title",
    "url",
    "start",
    "end",
    "confidence",
    "speaker_id",
    "statement_id",
)
Output = Path | IO[Any] | None
Exporter = Callable[[Store, Output], int]


def flat_row(attribution: Attribution, article: Article) -> dict[str, Any]:
    """Return one attribution and its article's facts as a flat row in ``FLAT_COLUMNS`` order (links left out)."""
    speaker = attribution.speaker
    return {
        "attribution_id": attribution.id,
        "article_id": article.id,
        "type": attribution.type,
        "content": attribution.content.text,
        "speaker": speaker.name,
        "speaker_kind": speaker.kind,
        "role": speaker.role.value if speaker.role else None,
        "cue": attribution.cue.text if attribution.cue else None,
        "venue": attribution.venue.value if attribution.venue else None,
        "addressee": attribution.addressee.value if attribution.addressee else None,
        "via": VIA_SEPARATOR.join(v.value for v in attribution.via) or None,
        "said_on": attribution.said_on.value if attribution.said_on else None,
        "date": quote_date(attribution, article),
        "outlet": article.outlet,
        "published": article.published,
        "title": article.title,
        "url": article.url,
        "start": attribution.content.start,
        "end": attribution.content.end,
        "confidence": round(attribution.confidence, 3),
    }


def iter_flat(store: Store, page_size: int = 200) -> Iterator[dict[str, Any]]:
    """Yield every stored attribution as a flat row, ordered by article id and text position.

    ``speaker_id`` and ``statement_id`` are the attribution's linked speaker identity and statement, when
    the store is linked (else None).
    """
    linked = store.has_links()
    page: list[ExtractionResult] = []
    for result in store.iter_results():
        page.append(result)
        if len(page) >= page_size:
            yield from _flat_page(store, page, linked)
            page = []
    yield from _flat_page(store, page, linked)


def _flat_page(store: Store, page: list[ExtractionResult], linked: bool) -> Iterator[dict[str, Any]]:
    links = store.attribution_links(a.id for r in page for a in r.attributions) if linked else {}
    for result in page:
        for attribution in result.attributions:
            speaker_id, statement_id = links.get(attribution.id, (None, None))
            yield {**flat_row(attribution, result.article), "speaker_id": speaker_id, "statement_id": statement_id}


@contextmanager
def _text_out(out: Output) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
    elif isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield out


@exporters.register("quotegraph.jsonl_exporter.v1")
def export_jsonl(store: Store, out: Output) -> int:
    """Write one ``ExtractionResult`` record per article (articles without attributions included)."""
    n = 0
    with _text_out(out) as handle:
        for result in store.iter_results():
            handle.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


@exporters.register("quotegraph.csv_exporter.v1")
def export_csv(store: Store, out: Output) -> int:
    """Write one CSV row per attribution, with a header row of ``FLAT_COLUMNS``."""
    n = 0
    with _text_out(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in iter_flat(store):
            writer.writerow(row)
            n += 1
    return n


@exporters.register("quotegraph.parquet_exporter.v1")
def export_parquet(store: Store, out: Output, rows_per_group: int = 50_000) -> int:
    """Write one Parquet row per attribution (``FLAT_COLUMNS``), in row groups of bounded size."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out is None or (not isinstance(out, Path) and "b" not in getattr(out, "mode", "b")):
        raise QuotegraphError("parquet is binary: give an output file (--output FILE)")
    types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
    n, rows = 0, []
    with pq.ParquetWriter(out, schema) as writer:
        for row in iter_flat(store):
            rows.append(row)
            if len(rows) >= rows_per_group:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n, rows = n + len(rows), []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n + len(rows)


@exporters.register("quotegraph.quotebank_exporter.v1")
def export_quotebank(store: Store, out: Output) -> int:
    """Write quote-centric records in the style of Quotebank, one per (quotation, speaker).

    Each record: ``quotation``, ``speaker``, ``date`` (earliest), ``numOccurrences`` and ``occurrences``
    (``article_id``, ``offset``, ``outlet``, ``url``, ``date``, in date order). Identical quotation texts
    by the same speaker are grouped. A linked store writes one record per statement instead, with every
    report of it as an occurrence (wire copies, paraphrases, translations; see ``link_export``).
    """
    if store.has_links():
        from quotegraph.store.link_export import export_statement_quotes

        return export_statement_quotes(store, out)
    groups: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for result in store.iter_results():
        article = result.article
        for a in result.attributions:
            groups.setdefault((a.content.text, a.speaker.name), []).append(
                {
                    "article_id": article.id,
                    "offset": a.content.start,
                    "outlet": article.outlet,
                    "url": article.url,
                    "date": quote_date(a, article),
                }
            )
    with _text_out(out) as handle:
        for (quotation, speaker), occurrences in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1] or "")):
            occurrences.sort(key=lambda o: (o["date"] or "9999", o["article_id"], o["offset"]))
            record = {
                "quotation": quotation,
                "speaker": speaker,
                "date": occurrences[0]["date"],
                "numOccurrences": len(occurrences),
                "occurrences": occurrences,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(groups)


def export(store: Store, fmt: str, out: Output = None) -> int:
    """Export a whole store in a registered format.

    Args:
        store: The store to read.
        fmt: ``jsonl``, ``csv``, ``parquet``, ``quotebank``, or a full exporter registry name.
        out: A file path, an open stream, or None for stdout (text formats only).

    Returns:
        The number of records written (results, rows or quote groups).

    Raises:
        QuotegraphError: If no exporter has that name, or parquet is asked for on stdout.
    """
    name = fmt if "." in fmt else FORMATS.get(fmt, fmt)
    if name not in exporters:
        raise QuotegraphError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    exporter: Exporter = exporters.get(name)
    return exporter(store, out)


# Imported for its side effect of registering the speakers and statements exporters.
from quotegraph.store import link_export  # noqa: E402, F401
