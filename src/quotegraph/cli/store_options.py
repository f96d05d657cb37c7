"""Options shared by the store commands, declared once so every command spells them the same."""

from __future__ import annotations

from typing import Annotated

import typer

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Store: a SQLite path, sqlite:///path or postgresql://... (default ./quotegraph.db)."),
]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="How many rows at most.")]
