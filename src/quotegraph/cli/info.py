"""``quotegraph version``: the package and schema versions."""

from __future__ import annotations

import typer

from quotegraph import __version__
from quotegraph.cli import app
from quotegraph.model import SCHEMA_VERSION


@app.command("version")
def version_cli() -> None:
    """Print the quotegraph version and the record schema version."""
    typer.echo(f"quotegraph {__version__} (schema {SCHEMA_VERSION})")
