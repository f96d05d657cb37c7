"""Options shared by the store commands, declared once so every command spells them the same."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Store: a SQLite path, sqlite:///path or postgresql://... (default ./quotegraph.db)."),
]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="How many rows at most.")]


def console() -> Console:
    """A console for tables: the terminal's width, or 140 columns when output is piped or captured."""
    probe = Console()
    return probe if probe.is_terminal else Console(width=140)
