"""``quotegraph serve``: the web UI and JSON API over a store (wraps ``web.serve`` and ``web.get``)."""

from __future__ import annotations

from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.cli.store_options import DbOpt


@app.command("serve")
def serve_cli(
    db: DbOpt = None,
    host: Annotated[
        str,
        typer.Option(
            help="Interface to bind; loopback unless told otherwise (on loopback, only requests addressed to "
            "127.0.0.1 or localhost are answered)."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    write_token: Annotated[
        str | None,
        typer.Option(envvar="QUOTEGRAPH_WRITE_TOKEN", help="Enable write endpoints for requests bearing this token."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes, one per core at most; this process deals connections to them in turn.",
        ),
    ] = 1,
    get: Annotated[
        str | None, typer.Option(help="Answer one GET request in process (e.g. /api/health), print it and exit.")
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option(
            help="How POST /api/articles extracts: rules, accurate (learned + rules) or fast; by default as most of "
            "the store's articles were ingested, else rules."
        ),
    ] = None,
) -> None:
    """Serve the web UI and the JSON API (/api/, reference at /docs); read-only unless given a write token."""
    from quotegraph import web

    if get is not None:
        reply = web.get(get, db=db, write_token=write_token, mode=mode)
        typer.echo(reply.body)
        raise typer.Exit(0 if reply.status < 400 else 1)
    web.serve(db=db, host=host, port=port, write_token=write_token, workers=workers, mode=mode)
