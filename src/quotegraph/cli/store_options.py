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
LinkerOpt = Annotated[
    str | None,
    typer.Option("--linker", help="Linker: exact, fuzzy, embedding or a registry name (default: the store's)."),
]
AliasFileOpt = Annotated[
    str | None,
    typer.Option("--alias-file", help="CSV or JSON alias file pinning identities and external ids (QIDs)."),
]
WindowDaysOpt = Annotated[
    int | None, typer.Option("--window-days", min=0, help="Days between reports of one statement at most.")
]
#: An input field mapped to an article field (``--text-col``, ``--id-col`` ...), as ``ReadOptions`` names them.
ColumnOpt = Annotated[str | None, typer.Option(help="Input field holding this article field.")]
LangOpt = Annotated[str | None, typer.Option(help="Language when a record gives none.")]


def console() -> Console:
    """A console for tables: the terminal's width, or 140 columns when output is piped or captured."""
    probe = Console()
    return probe if probe.is_terminal else Console(width=140)
