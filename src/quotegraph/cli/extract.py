"""``quotegraph extract``: read articles, extract attributions, print a table, JSON lines or the gold format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.extract.options import DEFAULT_CONVENTION, DEFAULT_MODE, ExtractOptions
from quotegraph.extract_files import OutputFormat, extract_paths


@app.command("extract")
def extract_cli(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    format: Annotated[
        OutputFormat,
        typer.Option("--format", help="table (readable), jsonl (full records) or eval (gold format)."),
    ] = OutputFormat.table,
    output: Annotated[Path | None, typer.Option("--output", help="Write here instead of standard output.")] = None,
    mode: Annotated[str, typer.Option("--mode", help="accurate (learned + rules), fast, or rules.")] = DEFAULT_MODE,
    convention: Annotated[
        str, typer.Option("--convention", help="Span convention: quotegraph or polnear.")
    ] = DEFAULT_CONVENTION,
) -> None:
    """Extract who said what from articles (English).

    Rejected inputs are listed on standard error with their reason code; the exit status is 1 when any were
    rejected and nothing could be extracted.
    """
    summary = extract_paths(
        paths, format=format, output=output, options=ExtractOptions(mode=mode, convention=convention)
    )
    typer.echo(summary.line(), err=True)
    if summary.rejected and not summary.extracted:
        raise typer.Exit(1)
