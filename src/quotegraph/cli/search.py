"""``quotegraph search``: stored quotes by text, speaker, outlet, type and date (wraps ``api.search``)."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from quotegraph.cli import app
from quotegraph.cli.store_options import DbOpt, LimitOpt, console
from quotegraph.model import Article
from quotegraph.store import QuoteHit, api
from quotegraph.store.export import FLAT_COLUMNS, flat_row


class OutputFormat(StrEnum):
    """How search prints its hits."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _print(hits: list[QuoteHit], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.jsonl:
        for hit in hits:
            typer.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
    elif fmt is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=FLAT_COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(_flat(hit) for hit in hits)
    else:
        table = Table(expand=True)
        for name, ratio in (
            ("date", 2),
            ("speaker", 3),
            ("type", 2),
            ("quote", 8),
            ("outlet", 2),
            ("article", 3),
        ):
            table.add_column(name, ratio=ratio, overflow="fold")
        for hit in hits:
            a = hit.attribution
            table.add_row(hit.date or "", a.speaker.name or "?", a.type, a.content.text, hit.outlet or "", a.article_id)
        console().print(table)


def _flat(hit: QuoteHit) -> dict[str, object]:
    a = hit.attribution
    article = Article(a.article_id, "", hit.title, hit.url, hit.outlet, hit.published)
    return flat_row(a, article)


@app.command("search")
def search_cli(
    text: Annotated[str | None, typer.Argument(help='Words that must all occur; "quoted" for a phrase.')] = None,
    speaker: Annotated[str | None, typer.Option(help="Part of the speaker's name.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name.")] = None,
    type: Annotated[str | None, typer.Option(help="direct, indirect or mixed.")] = None,
    since: Annotated[str | None, typer.Option(help="First day: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, same forms.")] = None,
    limit: LimitOpt = 20,
    format: Annotated[OutputFormat, typer.Option(help="Output: table, jsonl or csv.")] = OutputFormat.table,
    db: DbOpt = None,
) -> None:
    """Search stored quotes, newest first."""
    hits = api.search(text, speaker=speaker, outlet=outlet, type=type, since=since, until=until, limit=limit, db=db)
    _print(hits, format)
