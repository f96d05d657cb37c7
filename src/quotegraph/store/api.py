"""The store commands as plain Python functions; each CLI command wraps one, with the same parameter names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotegraph.errors import QuotegraphError, Reject
from quotegraph.store import open_store
from quotegraph.store.export import export as export_store
from quotegraph.store.records import ArticleView, QuoteHit, SearchQuery, SpeakerCount, StoreStats

if TYPE_CHECKING:
    from quotegraph.run.pool import IngestSummary

#: ReadOptions fields that ``ingest`` takes as keywords (and the CLI as ``--text-col`` and so on).
READ_FIELDS = (
    "format",
    "text_col",
    "id_col",
    "title_col",
    "url_col",
    "outlet_col",
    "date_col",
    "lang_col",
    "lang",
    "encoding",
)


def ingest(
    sources: Sequence[str | Path],
    *,
    db: str | None = None,
    workers: int = 1,
    batch_size: int | None = None,
    progress: bool = True,
    format: str | None = None,
    text_col: str | None = None,
    id_col: str | None = None,
    title_col: str | None = None,
    url_col: str | None = None,
    outlet_col: str | None = None,
    date_col: str | None = None,
    lang_col: str | None = None,
    lang: str | None = None,
    encoding: str | None = None,
) -> IngestSummary:
    """Read, extract and store sources; resumable: run it again after an interruption.

    Args:
        sources: Files, directories, or ``"-"`` for stdin.
        db: Store URL or path (default ``./quotegraph.db``).
        workers: Extraction processes (1 extracts in this process).
        batch_size: Articles per batch and per transaction (default: the ``batch_size`` setting).
        progress: Show a progress bar on stderr.
        format: Input format name; None detects it. The remaining keywords map input fields to
            article fields (``text_col``, ``id_col``, ...) and set ``lang`` and ``encoding``, as in
            ``ReadOptions``; None keeps each default.

    Returns:
        The summary; ``str(summary)`` is ``read N, stored M, rejected K``.
    """
    from quotegraph.read import ReadOptions
    from quotegraph.run.pool import IngestOptions
    from quotegraph.run.pool import ingest as run_ingest

    given = locals()
    read = ReadOptions(**{f: given[f] for f in READ_FIELDS if given[f] is not None})
    options = IngestOptions(db=db, workers=workers, read=read, progress=progress)
    if batch_size is not None:
        options = replace(options, batch_size=batch_size)
    return run_ingest(sources, options)


def search(
    text: str | None = None,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    db: str | None = None,
) -> list[QuoteHit]:
    """Search stored quotes, newest first.

    Args:
        text: Words that must all occur; ``"double quoted"`` parts must occur as phrases.
        speaker: Case-insensitive part of the speaker's name.
        outlet: Outlet name (case-insensitive, exact).
        type: ``direct``, ``indirect`` or ``mixed``.
        since: First day (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
        until: Last day, same forms.
        limit: How many hits at most.
        db: Store URL or path.

    Raises:
        QuotegraphError: On a bad filter or a missing store.
    """
    query = SearchQuery(text, speaker, outlet, type, since, until, limit)
    with open_store(db, create=False) as store:
        return store.search(query)


def speakers(*, name: str | None = None, limit: int = 50, db: str | None = None) -> list[SpeakerCount]:
    """List speaker names, most quoted first.

    Args:
        name: Keep only names containing this (case-insensitive).
        limit: How many at most.
        db: Store URL or path.
    """
    with open_store(db, create=False) as store:
        return store.speakers(name, limit)


def show(article_id: str, *, db: str | None = None) -> ArticleView:
    """Return one stored article with its attributions.

    Raises:
        QuotegraphError: If the store has no such article.
    """
    with open_store(db, create=False) as store:
        view = store.article(article_id)
    if view is None:
        raise QuotegraphError(f"no article {article_id!r} in the store")
    return view


def stats(*, db: str | None = None) -> StoreStats:
    """Return counts over the store."""
    with open_store(db, create=False) as store:
        return store.stats()


def rejects(*, limit: int | None = None, db: str | None = None) -> list[Reject]:
    """Return the recorded rejects, each with its reason code, in the order first recorded."""
    with open_store(db, create=False) as store:
        return store.rejects(limit)


def export(*, format: str = "jsonl", output: str | Path | IO[Any] | None = None, db: str | None = None) -> int:
    """Export the whole store.

    Args:
        format: ``jsonl``, ``csv``, ``parquet`` or ``quotebank``.
        output: A file path or open stream; None writes to stdout (not for parquet).
        db: Store URL or path.

    Returns:
        The number of records written.
    """
    out = Path(output) if isinstance(output, str) else output
    with open_store(db, create=False) as store:
        return export_store(store, format, out)
