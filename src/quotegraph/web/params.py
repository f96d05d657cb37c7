"""Query parameters shared by API routes and pages, declared once with their limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query

from quotegraph.model import QUOTE_TYPES
from quotegraph.web.config import (
    DEFAULT_PAGE_SIZE,
    MAX_CURSOR_CHARS,
    MAX_FIELD_CHARS,
    MAX_PAGE_SIZE,
    MAX_QUERY_CHARS,
)
from quotegraph.web.errors import bad_request
from quotegraph.web.schemas import SearchParams

_DATE_HELP = "First or last day included: YYYY, YYYY-MM or YYYY-MM-DD."

Text = Annotated[
    str | None,
    Query(max_length=MAX_QUERY_CHARS, description='Words that must all occur; "double quoted" parts as phrases.'),
]
Speaker = Annotated[str | None, Query(max_length=MAX_FIELD_CHARS, description="Part of the speaker's name.")]
Outlet = Annotated[str | None, Query(max_length=MAX_FIELD_CHARS, description="The outlet (case-insensitive, exact).")]
QuoteType = Annotated[str | None, Query(max_length=10, description="direct, indirect or mixed.")]
Since = Annotated[str | None, Query(max_length=10, description=_DATE_HELP)]
Until = Annotated[str | None, Query(max_length=10, description=_DATE_HELP)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page (1 to {MAX_PAGE_SIZE}).")]
Cursor = Annotated[
    str | None, Query(max_length=MAX_CURSOR_CHARS, description="The next_cursor of the previous page, unchanged.")
]
NameFilter = Annotated[str | None, Query(max_length=MAX_FIELD_CHARS, description="Keep names containing this.")]
ArticleId = Annotated[str, Path(max_length=MAX_FIELD_CHARS, description="The article id.")]
AttributionId = Annotated[str, Path(max_length=MAX_FIELD_CHARS, description="An attribution id.")]
Name = Annotated[str, Path(max_length=MAX_FIELD_CHARS, description="The whole name (case-insensitive).")]


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


async def search_params(
    text: Text = None,
    speaker: Speaker = None,
    outlet: Outlet = None,
    type: QuoteType = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = DEFAULT_PAGE_SIZE,
    cursor: Cursor = None,
) -> SearchParams:
    """Collect the filters of a quote search; empty fields (as HTML forms send them) mean no filter.

    Async only so that FastAPI runs it in the event loop rather than handing it to a worker thread.

    Raises:
        WebError: 400 for a quote type other than direct, indirect or mixed.
    """
    kind = _blank_to_none(type)
    if kind is not None and kind not in QUOTE_TYPES:
        raise bad_request(f"bad quote type {kind!r}: use one of {', '.join(QUOTE_TYPES)}")
    return SearchParams(
        text=_blank_to_none(text),
        speaker=_blank_to_none(speaker),
        outlet=_blank_to_none(outlet),
        type=kind,  # type: ignore[arg-type]
        since=_blank_to_none(since),
        until=_blank_to_none(until),
        limit=limit,
        cursor=_blank_to_none(cursor),
    )


SearchDep = Annotated[SearchParams, Depends(search_params)]
