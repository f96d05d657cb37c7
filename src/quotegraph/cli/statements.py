"""``quotegraph statements`` and ``quotegraph statement``: utterances with every report of them."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quotegraph.cli import app
from quotegraph.cli.store_options import DbOpt, LimitOpt, console
from quotegraph.store import StatementHit, StatementView, api


def _listing(hits: list[StatementHit]) -> Table:
    table = Table(expand=True)
    for column in ("date", "statement", "speaker", "reports"):
        table.add_column(column, no_wrap=column != "speaker")
    table.add_column("quote", ratio=3, overflow="fold")
    table.add_column("outlets", ratio=1, overflow="fold")
    for hit in hits:
        s = hit.statement
        outlets = ", ".join(s.outlets)
        langs = f" [{', '.join(s.languages)}]" if len(s.languages) > 1 else ""
        row = (s.earliest_date or "", s.id, hit.speaker or "?", str(hit.reports), hit.quotation or "", outlets + langs)
        table.add_row(*row)
    return table


@app.command("statements")
def statements_cli(
    speaker: Annotated[str | None, typer.Option(help="Only this speaker's: an id or a name.")] = None,
    since: Annotated[str | None, typer.Option(help="First day: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, same forms.")] = None,
    min_reports: Annotated[int, typer.Option(min=1, help="Only statements reported this many times.")] = 1,
    limit: LimitOpt = 20,
    db: DbOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON Lines.")] = False,
) -> None:
    """List statements (one utterance and all its reports), newest first by the earliest report."""
    hits = api.statements(speaker=speaker, since=since, until=until, min_reports=min_reports, limit=limit, db=db)
    if json_:
        for hit in hits:
            typer.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
    else:
        console().print(_listing(hits))


def render(view: StatementView) -> RenderableType:
    """Return a statement as rich renderables: who, when, where, then every report's wording side by side."""
    s = view.statement
    head = Text(s.id, style="bold")
    who = f"{view.speaker.name} ({view.speaker.id})" if view.speaker else "unlinked speaker"
    head.append(f"  {who}")
    facts = [f"first reported {s.earliest_date or '?'}", f"{len(view.reports)} reports"]
    if s.venue:
        facts.append(f"venue: {s.venue}")
    facts.append("outlets: " + ", ".join(s.outlets))
    facts.append("languages: " + ", ".join(s.languages))
    table = Table(expand=True)
    for column in ("#", "date", "outlet", "lang", "type", "as written"):
        table.add_column(column, no_wrap=column in ("#", "date", "lang", "type"))
    table.add_column("wording", ratio=1, overflow="fold")
    for n, report in enumerate(view.reports, start=1):
        a = report.hit.attribution
        date, outlet = report.hit.date or "", report.hit.outlet or ""
        table.add_row(str(n), date, outlet, report.lang or "", a.type, a.speaker.name or "?", a.content.text)
    return Group(head, Text(" · ".join(facts), style="dim"), table)


@app.command("statement")
def statement_cli(
    statement_id: Annotated[str, typer.Argument(help="The statement id (st-..., see statements).")],
    db: DbOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the statement as JSON.")] = False,
) -> None:
    """Show one statement: every report of it, earliest first, with the wording side by side."""
    view = api.statement(statement_id, db=db)
    if json_:
        typer.echo(json.dumps(view.to_dict(), ensure_ascii=False, indent=2))
    else:
        console().print(render(view))
