"""``quotegraph speaker``: one speaker identity over time: roles, statements per month, outlets, names."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quotegraph.cli import app
from quotegraph.cli.store_options import DbOpt, console
from quotegraph.store import SpeakerView, api

#: Width of the longest bar in the months table.
BAR = 30


def _months(view: SpeakerView) -> Table:
    table = Table("month", "statements", "quotes", "", title="by month", title_justify="left")
    top = max((m.quotes for m in view.months), default=1) or 1
    for m in view.months:
        table.add_row(m.month, str(m.statements), str(m.quotes), "█" * max(1, round(BAR * m.quotes / top)))
    return table


def render(view: SpeakerView) -> RenderableType:
    """Return a speaker identity as rich renderables: header, roles, months, outlets, names, other matches."""
    s = view.speaker
    head = Text(s.name, style="bold")
    head.append(f"  {s.id}  {s.kind}", style="dim")
    if s.external_id:
        head.append(f"  {s.external_id}", style="bold green")
    dates = f"{view.first_date or '?'} to {view.last_date or '?'}"
    facts = Text(f"{view.quotes} quotes, {view.statements} statements, {dates}")
    parts: list[RenderableType] = [head, facts]
    if s.aliases:
        parts.append(Text("also written: " + ", ".join(s.aliases)))
    roles = Table("role", "first seen", "last seen", title="roles", title_justify="left")
    for role in s.roles:
        roles.add_row(role.role, role.first_seen or "", role.last_seen or "")
    outlets = Table("outlet", "quotes", title="outlets", title_justify="left")
    for outlet in view.outlets:
        outlets.add_row(outlet.value, str(outlet.count))
    names = Table("written as", "quotes", title="names", title_justify="left")
    for name in view.names:
        names.add_row(name.value, str(name.count))
    parts += [roles, _months(view), outlets, names]
    if view.others:
        others = ", ".join(f"{o.name} ({o.id}, {o.quotes})" for o in view.others)
        parts.append(Text(f"also matching: {others}", style="dim"))
    return Group(*parts)


@app.command("speaker")
def speaker_cli(
    name: Annotated[str, typer.Argument(help="A speaker id (sp-...), external id (Q76), name, or part of one.")],
    db: DbOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the view as JSON.")] = False,
) -> None:
    """Show one speaker identity: roles over time, statements per month, outlets, the names it was written as."""
    view = api.speaker(name, db=db)
    if json_:
        typer.echo(json.dumps(view.to_dict(), ensure_ascii=False, indent=2))
    else:
        console().print(render(view))
