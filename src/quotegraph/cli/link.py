"""``quotegraph link``: link a store's speakers and statements, pending articles or all (wraps ``api.link``)."""

from __future__ import annotations

from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.cli.store_options import AliasFileOpt, DbOpt, LinkerOpt, WindowDaysOpt
from quotegraph.store import api


@app.command("link")
def link_cli(
    db: DbOpt = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Link every stored article from scratch.")] = False,
    linker: LinkerOpt = None,
    alias_file: AliasFileOpt = None,
    window_days: WindowDaysOpt = None,
) -> None:
    """Link speakers into identities and reports into statements: articles not linked yet, or all with --rebuild."""
    summary = api.link(db=db, rebuild=rebuild, linker=linker, alias_file=alias_file, window_days=window_days)
    typer.echo(str(summary))
