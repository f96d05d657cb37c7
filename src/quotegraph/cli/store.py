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
    merged: Annotated[
        bool, typer.Option("--merged/--names", help="Merged identities (when linked), or names as written.")
    ] = True,
    everyone: Annotated[bool, typer.Option("--everyone", help="Also anonymous, one-article speakers.")] = False,
) -> None:
    """List speakers, most quoted first: merged identities when the store is linked, else names as written."""
    found = api.speakers(name=name, limit=limit, db=db, merged=merged, everyone=everyone)
    if found and found[0].id is not None:
        table = Table("quotes", "speaker", "id", "aliases", "kind", "external id")
        for s in found:
            table.add_row(str(s.quotes), s.name, s.id, str(s.aliases), s.kind, s.external_id or "")
    else:
        table = Table("quotes", "speaker", "kind")
        for s in found:
            table.add_row(str(s.quotes), s.name, s.kind)
    console().print(table)


@app.command("export")
def export_cli(
    format: Annotated[str, typer.Option(help="jsonl, csv, parquet, quotebank, speakers or statements.")] = "jsonl",
    output: Annotated[Path | None, typer.Option(help="File to write (default stdout; parquet needs one).")] = None,
    db: DbOpt = None,
) -> None:
    """Export the whole store: JSON Lines results, CSV or Parquet rows, or Quotebank-style quotes."""
    n = api.export(format=format, output=output, db=db)
    typer.echo(f"exported {n} records", err=True)


# Imported for their side effect of adding their commands to ``app``.
from quotegraph.cli import ingest, link, search, show, speaker, statements  # noqa: E402, F401
