"""The store commands: stats, rejects, speakers, export here; ingest, search and show imported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from quotegraph.cli import app
from quotegraph.cli.store_options import DbOpt, LimitOpt, console
from quotegraph.store import api


@app.command("stats")
def stats_cli(db: DbOpt = None) -> None:
    """Print counts over the store: articles, attributions, speakers, rejects, dates."""
    for key, value in api.stats(db=db).to_dict().items():
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        typer.echo(f"{key}: {shown}")


@app.command("rejects")
def rejects_cli(db: DbOpt = None, limit: Annotated[int | None, typer.Option(min=1)] = None) -> None:
    """List the inputs that could not be used, with their reason codes (R001...)."""
    found = api.rejects(db=db, limit=limit)
    table = Table("code", "reason", "source", "position", "detail")
    for reject in found:
        row = reject.to_dict()
        table.add_row(row["code"], row["reason"], row["source"], row["position"], row["detail"])
    console().print(table)
    typer.echo(f"{len(found)} rejects", err=True)


@app.command("speakers")
def speakers_cli(
    db: DbOpt = None,
    limit: LimitOpt = 50,
    name: Annotated[str | None, typer.Option(help="Only names containing this.")] = None,
) -> None:
    """List speaker names, most quoted first."""
    table = Table("quotes", "speaker", "kind")
    for speaker in api.speakers(name=name, limit=limit, db=db):
        table.add_row(str(speaker.quotes), speaker.name, speaker.kind)
    console().print(table)


@app.command("export")
def export_cli(
    format: Annotated[str, typer.Option(help="jsonl, csv, parquet or quotebank.")] = "jsonl",
    output: Annotated[Path | None, typer.Option(help="File to write (default stdout; parquet needs one).")] = None,
    db: DbOpt = None,
) -> None:
    """Export the whole store: JSON Lines results, CSV or Parquet rows, or Quotebank-style quotes."""
    n = api.export(format=format, output=output, db=db)
    typer.echo(f"exported {n} records", err=True)


# Imported for their side effect of adding their commands to ``app``.
from quotegraph.cli import ingest, search, show  # noqa: E402, F401
