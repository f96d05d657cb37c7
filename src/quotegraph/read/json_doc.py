"""The JSON document reader (``.json``): a file holding one article object or an array of them."""

from __future__ import annotations

import json
from collections.abc import Iterator

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.decode import load_text
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import Record, articles_from_records
from quotegraph.read.source import Source
from quotegraph.registry import readers


@readers.register("quotegraph.json_reader.v1")
def read_json(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a JSON file holding one object or an array of objects, fields mapped by column name.

    Args:
        source: The input.
        options: The read options.

    Yields:
        One Article or Reject per object (at ``"record N"``), or one file-level Reject: R005 when the
        document does not parse, R003 when it holds no objects, or a decoding reject (R001, R002, R004,
        R008, R012).
    """
    yield from articles_from_records(iter_json_records(source, options), source=source.label, options=options)


def iter_json_records(source: Source, options: ReadOptions) -> Iterator[Record | Reject]:
    """Yield ``("record N", object)`` for each object in a JSON document, and a Reject for anything else.

    Args:
        source: The input.
        options: The read options (for the encoding).

    Yields:
        Records and Rejects, in document order.
    """
    text = load_text(source, options.encoding)
    if isinstance(text, Reject):
        yield text
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
        yield Reject(source.label, "file", Reason.MALFORMED_JSON, detail)
        return
    items = document if isinstance(document, list) else [document]
    if not items:
        yield Reject(source.label, "file", Reason.EMPTY, "an empty JSON array")
    for number, item in enumerate(items, 1):
        position = f"record {number}"
        if isinstance(item, dict):
            yield position, item
        else:
            detail = f"expected a JSON object, got {type(item).__name__}"
            yield Reject(source.label, position, Reason.MALFORMED_JSON, detail)
