"""``quotegraph ingest``: read, extract and store sources, resumably (wraps ``api.ingest``)."""

from __future__ import annotations

from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.cli.store_options import AliasFileOpt, ColumnOpt, DbOpt, LangOpt, LinkerOpt, WindowDaysOpt
from quotegraph.store import api


@app.command("ingest")
def ingest_cli(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
    batch_size: Annotated[int | None, typer.Option(min=1, help="Articles per batch and transaction.")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    format: Annotated[str | None, typer.Option(help="Input format (default: detect).")] = None,
    text_col: ColumnOpt = None,
    id_col: ColumnOpt = None,
    title_col: ColumnOpt = None,
    url_col: ColumnOpt = None,
    outlet_col: ColumnOpt = None,
    date_col: ColumnOpt = None,
    lang_col: ColumnOpt = None,
    lang: LangOpt = None,
    encoding: Annotated[str | None, typer.Option(help="Input encoding (default UTF-8).")] = None,
    link: Annotated[bool, typer.Option(help="Link speakers and statements as articles are stored.")] = True,
    linker: LinkerOpt = None,
    alias_file: AliasFileOpt = None,
    window_days: WindowDaysOpt = None,
    mode: Annotated[
        str | None,
        typer.Option(
            "--mode",
            help="Extraction: rules (default), accurate (learned + rules) or fast. Articles an earlier run stored "
            "in another mode are extracted again.",
        ),
    ] = None,
    again: Annotated[
        bool,
        typer.Option(
            "--again",
            help="Extract every record an earlier run finished again, stored or rejected (after an upgrade), and "
            "replace what was stored; one that fails again keeps it.",
        ),
    ] = False,
    again_rejected: Annotated[
        bool,
        typer.Option(
            "--again-rejected",
            help="Extract again only the records an earlier run rejected when extracting them (after an upgrade "
            "that fixed failures); the stored ones are kept as they are.",
        ),
    ] = False,
    spark: Annotated[
        str | None,
        typer.Option(
            "--spark",
            metavar="MASTER",
            help="Extract on Apache Spark at this master URL (local[4], spark://host:7077, yarn) instead of local "
            "workers; needs the 'spark' extra. Give a --batch-size of a few articles per core.",
        ),
    ] = None,
) -> None:
    """Extract attributions from every article of the sources into the store; safe to stop and re-run (a run in
    another mode, or with --again, extracts the stored articles again; --again-rejected only the rejected ones)."""
    given = locals()
    summary = api.ingest(sources, **{k: v for k, v in given.items() if k != "sources"})
    typer.echo(str(summary))
    if summary.links is not None:
        typer.echo(str(summary.links), err=True)
