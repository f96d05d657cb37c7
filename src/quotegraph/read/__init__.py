"""Reading news articles from files, directories and stdin, one registered reader per input format."""

from __future__ import annotations

# Imported for their side effect of registering each reader in ``quotegraph.registry.readers``.
from quotegraph.read import (  # noqa: F401
    csv_reader,
    html,
    json_doc,
    jsonl,
    markdown,
    newsplease,
    parquet,
    text,
    warc,
    wire,
)
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.read.sources import read_sources
from quotegraph.read.wire import WireHeader, parse_wire_header

__all__ = ["ReadOptions", "Source", "WireHeader", "parse_wire_header", "read_sources"]
