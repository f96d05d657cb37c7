"""The store commands as plain Python functions; each CLI command wraps one, with the same parameter names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotegraph.errors import QuotegraphError, Reject
from quotegraph.store import open_store
from quotegraph.store.export import export as export_store
from quotegraph.store.link_records import SpeakerView, StatementHit, StatementQuery, StatementView
from quotegraph.store.records import ArticleView, QuoteHit, SearchQuery, SpeakerCount, StoreStats

if TYPE_CHECKING:
    from quotegraph.run.link_settings import LinkSettings, LinkSummary
    from quotegraph.run.pool import IngestOptions, IngestSummary

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
    link: bool = True,
    linker: str | None = None,
    alias_file: str | Path | None = None,
    window_days: int | None = None,
    mode: str | None = None,
    again: bool = False,
    again_rejected: bool = False,
    spark: str | None = None,
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
        link: Link speakers and statements after each batch; ``linker``, ``alias_file`` and
            ``window_days`` as ``link`` takes them (None keeps the store's setting).
        mode: Extraction mode, ``rules`` (the default), ``accurate`` or ``fast`` (see ``ExtractOptions``).
        again: Extract every record an earlier run finished again, stored or rejected (``IngestOptions.again``).
        again_rejected: Extract again only the records an earlier run rejected when extracting them
            (``IngestOptions.again_rejected``).
        spark: A Spark master URL: extract on Spark rather than on ``workers`` local processes
            (``IngestOptions.spark``).

    Returns:
        The summary: ``str(summary)`` is ``read N, stored M, rejected K``; ``summary.links`` what linking did.

    Raises:
        QuotegraphError: For an unknown mode, before anything is read.
    """
    from quotegraph.run.pool import ingest as run_ingest

    return run_ingest(sources, _ingest_options(locals()))


def _ingest_options(given: dict[str, Any]) -> IngestOptions:
    """The ingest options for ``ingest``'s keywords."""
    from quotegraph.extract import ExtractOptions
    from quotegraph.read import ReadOptions
    from quotegraph.run.pool import IngestOptions

    read = ReadOptions(**{f: given[f] for f in READ_FIELDS if given[f] is not None})
    extract = ExtractOptions(mode=given["mode"]) if given["mode"] is not None else None
    linking = _link_settings(given["linker"], given["alias_file"], given["window_days"], enabled=given["link"])
    options = IngestOptions(
        db=given["db"],
        workers=given["workers"],
        read=read,
        extract=extract,
        progress=given["progress"],
        link=linking,
        again=given["again"],
        again_rejected=given["again_rejected"],
        spark=given["spark"],
    )
    return options if given["batch_size"] is None else replace(options, batch_size=given["batch_size"])


def _link_settings(
    linker: str | None, alias_file: str | Path | None, window_days: int | None, *, enabled: bool = True
) -> LinkSettings:
    from quotegraph.run.link_settings import LinkSettings

    aliases = None if alias_file is None else str(alias_file)
    return LinkSettings(enabled=enabled, linker=linker, alias_file=aliases, window_days=window_days)


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


def speakers(
    *,
    name: str | None = None,
    limit: int = 50,
    db: str | None = None,
    merged: bool = True,
    everyone: bool = False,
) -> list[SpeakerCount]:
    """List speakers, most quoted first: merged identities when the store is linked, else names as written.

    Args:
        name: Keep only names (or, for identities, aliases) containing this (case-insensitive).
        limit: How many at most.
        db: Store URL or path.
        merged: List linked identities (with ``id`` and ``aliases``) when there are any; False lists the
            names as extracted.
        everyone: With identities, also list speakers known in one article only (anonymous sources).
    """
    with open_store(db, create=False) as store:
        if merged and store.has_links():
            return store.identities(name, limit, everyone)
        return store.speakers(name, limit)


def speaker(name: str, *, db: str | None = None) -> SpeakerView:
    """Return one speaker identity: roles over time, statements and quotes per month, outlets, names.

    Args:
        name: A speaker id (``sp-...``), an external id (``Q76``), the identity's name, a name it was
            written under, or part of one; the most quoted match wins (``others`` lists the rest).
        db: Store URL or path.

    Raises:
        QuotegraphError: If no linked speaker matches (or the store is not linked: run ``link``).
    """
    with open_store(db, create=False) as store:
        view = store.speaker_identity(name)
        linked = view is not None or store.has_links()
    if view is None:
        hint = "" if linked else " (the store is not linked: run `quotegraph link`)"
        raise QuotegraphError(f"no speaker matches {name!r}{hint}")
    return view


def statements(
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_reports: int = 1,
    limit: int = 20,
    db: str | None = None,
) -> list[StatementHit]:
    """List statements (an utterance with all its reports), newest first by their earliest report.

    Args:
        speaker: Only this speaker's statements: an id or a name, as ``speaker`` resolves it.
        since: First day of the earliest report (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
        until: Last day, same forms.
        min_reports: Only statements reported at least this many times (2: reported by more than one).
        limit: How many at most.
        db: Store URL or path.

    Raises:
        QuotegraphError: On a bad date or limit, or a missing store.
    """
    query = StatementQuery(speaker, since, until, min_reports, limit)
    with open_store(db, create=False) as store:
        return store.statements(query)


def statement(statement_id: str, *, db: str | None = None) -> StatementView:
    """Return one statement with every report of it, earliest first (wording, outlet, date, language).

    Raises:
        QuotegraphError: If the store has no such statement.
    """
    with open_store(db, create=False) as store:
        view = store.statement(statement_id)
    if view is None:
        raise QuotegraphError(f"no statement {statement_id!r} in the store")
    return view


def link(
    *,
    db: str | None = None,
    rebuild: bool = False,
    linker: str | None = None,
    alias_file: str | Path | None = None,
    window_days: int | None = None,
) -> LinkSummary:
    """Link a store's speakers and statements: the articles not linked yet, or all of them.

    The store keeps its linking settings; giving another linker, alias file or window links everything
    again, as does ``rebuild``. Speaker ids derive from each identity's canonical name, so they are the
    same after a rebuild.

    Args:
        db: Store URL or path.
        rebuild: Link every stored article from scratch.
        linker: Linker name (``exact``, ``fuzzy``, ``embedding`` or a registry name); None keeps the store's.
        alias_file: CSV or JSON alias file pinning identities and external ids (``""`` drops the store's).
        window_days: Days between reports of one statement at most; None keeps the store's.

    Returns:
        What was linked, and the numbers of speakers and statements.
    """
    from quotegraph.run.linking import link_store

    with open_store(db, create=False) as store:
        return link_store(store, _link_settings(linker, alias_file, window_days), rebuild=rebuild)


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
        format: ``jsonl``, ``csv``, ``parquet``, ``quotebank`` (grouped by statement when the store is
            linked), ``speakers`` or ``statements``.
        output: A file path or open stream; None writes to stdout (not for parquet).
        db: Store URL or path.

    Returns:
        The number of records written.
    """
    out = Path(output) if isinstance(output, str) else output
    with open_store(db, create=False) as store:
        return export_store(store, format, out)
