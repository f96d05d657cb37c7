"""One record (a JSON object, CSV row or Parquet row) to one Article, through the column mapping."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.decode import normalise_newlines
from quotegraph.read.fields import ArticleFields, build_article, clean_str, normalise_date
from quotegraph.read.options import ReadOptions
from quotegraph.read.wire import fill_from_header

# Keys of a record's nested ``meta`` object read when the top level lacks the field (gold files keep
# the publication date and publisher there).
_META_DATE_KEYS = ("published", "date")
_META_OUTLET_KEYS = ("outlet", "publisher")


# One parsed input record and where it was found ("line 12", "record 3").
Record = tuple[str, dict[str, Any]]


def articles_from_records(
    items: Iterable[Record | Reject], *, source: str, options: ReadOptions
) -> Iterator[Article | Reject]:
    """Turn ``(position, record)`` pairs into Articles, passing Rejects through in input order."""
    for item in items:
        if isinstance(item, Reject):
            yield item
        else:
            position, record = item
            yield article_from_record(record, source=source, position=position, options=options)


def article_from_record(
    record: Mapping[str, Any], *, source: str, position: str, options: ReadOptions
) -> Article | Reject:
    """Build the Article for one record, mapping its fields through the options' column names.

    The record's id is kept when it has one. Fields that are not mapped are kept in
    ``meta["record"]`` when they are scalars or objects (lists, such as gold ``quotes``, are not
    carried). An unparseable date is kept in ``meta["published_raw"]``.

    Args:
        record: The record.
        source: The source label.
        position: The position in the source ("line 3", "row 5", "record 2").
        options: The read options, with the column mapping.

    Returns:
        The Article, or a Reject: R006 no usable text, R003 blank text, R004 text too long.
    """
    text = record.get(options.text_col)
    if not isinstance(text, str):
        return _missing_text(record, source=source, position=position, column=options.text_col)
    nested_meta = record.get("meta")
    nested: Mapping[str, Any] = nested_meta if isinstance(nested_meta, Mapping) else {}
    fields = ArticleFields(
        text=normalise_newlines(text),
        source=source,
        position=position,
        id=clean_str(record.get(options.id_col)),
        title=clean_str(record.get(options.title_col)),
        url=clean_str(record.get(options.url_col)),
        outlet=clean_str(record.get(options.outlet_col)) or _first(nested, _META_OUTLET_KEYS),
        dateline=clean_str(record.get("dateline")),
        lang=clean_str(record.get(options.lang_col)),
    )
    _set_published(fields, record.get(options.date_col), nested)
    extras = _extras(record, options)
    if extras:
        fields.meta["record"] = extras
    fill_from_header(fields)
    return build_article(fields, options)


def _set_published(fields: ArticleFields, raw_date: Any, nested: Mapping[str, Any]) -> None:
    if raw_date in (None, ""):
        raw_date = _first(nested, _META_DATE_KEYS)
    fields.published = normalise_date(raw_date)
    if fields.published is None and clean_str(raw_date) is not None:
        fields.meta["published_raw"] = clean_str(raw_date)


def _missing_text(record: Mapping[str, Any], *, source: str, position: str, column: str) -> Reject:
    value = record.get(column)
    if value is None:
        names = ", ".join(sorted(str(k) for k in record)) or "none"
        detail = f"no {column!r} field (fields: {names})" if column not in record else f"{column!r} is null"
    else:
        detail = f"{column!r} is a {type(value).__name__}, not a string"
    return Reject(source, position, Reason.MISSING_TEXT, detail)


def _first(mapping: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = clean_str(mapping.get(key))
        if value:
            return value
    return None


def _extras(record: Mapping[str, Any], options: ReadOptions) -> dict[str, Any]:
    mapped = {
        options.text_col,
        options.id_col,
        options.title_col,
        options.url_col,
        options.outlet_col,
        options.date_col,
        options.lang_col,
        "dateline",
    }
    extras: dict[str, Any] = {}
    for key, value in record.items():
        if key in mapped or isinstance(value, list | tuple):
            continue
        if isinstance(value, datetime | date):
            value = value.isoformat()
        if isinstance(value, str | int | float | bool | Mapping) or value is None:
            extras[str(key)] = dict(value) if isinstance(value, Mapping) else value
    return extras
