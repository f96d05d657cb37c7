"""The news-please reader: its JSON output (``maintext``, ``source_domain``, ``date_publish``) as articles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from quotegraph.errors import Reject
from quotegraph.model import Article
from quotegraph.read.detect import looks_like_jsonl, sniff_head
from quotegraph.read.json_doc import iter_json_records
from quotegraph.read.jsonl import iter_jsonl_records
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import articles_from_records
from quotegraph.read.source import Source
from quotegraph.registry import readers

_JSONL_NAMES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def newsplease_options(options: ReadOptions) -> ReadOptions:
    """Return the options with the column mapping replaced by news-please's field names."""
    return replace(
        options,
        text_col="maintext",
        id_col="id",
        title_col="title",
        url_col="url",
        outlet_col="source_domain",
        date_col="date_publish",
        lang_col="language",
    )


@readers.register("quotegraph.newsplease_reader.v1")
def read_newsplease(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read news-please output: a JSON file (one article or an array) or JSON Lines.

    Fields: ``maintext`` → text, ``title``, ``url``, ``source_domain`` → outlet, ``date_publish``
    ("YYYY-MM-DD HH:MM:SS") → published date, ``language`` → lang; the rest goes to ``meta["record"]``.

    Args:
        source: The input.
        options: The read options (the column mapping is ignored).

    Yields:
        Articles and Rejects, as the JSON and JSON Lines readers do (R006 when ``maintext`` is null).
    """
    mapped = newsplease_options(options)
    is_lines = source.name.endswith(_JSONL_NAMES) or (source.path is None and looks_like_jsonl(sniff_head(source)))
    records = iter_jsonl_records(source, mapped) if is_lines else iter_json_records(source, mapped)
    yield from articles_from_records(records, source=source.label, options=mapped)
