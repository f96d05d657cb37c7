"""``quotegraph show``: one stored article in the terminal, attributions highlighted (wraps ``api.show``)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from quotegraph.cli import app
from quotegraph.cli.store_options import DbOpt, console
from quotegraph.store import ArticleView, api

#: Styles of the highlighted evidence; the legend under the text repeats them.
STYLES = {"content": "bold cyan", "speaker": "bold magenta", "cue": "underline yellow"}


def render(view: ArticleView) -> RenderableType:
    """Return an article as rich renderables: header, text with quotes, speakers and cues styled, a table."""
    article = view.article
    header = " · ".join(x for x in (article.outlet, article.published, article.url) if x)
    body = Text(article.text)
    for a in view.attributions:
        for span in (a.content, *a.fragments):
            body.stylize(STYLES["content"], span.start, span.end)
        for mention in a.speaker.mentions:
            body.stylize(STYLES["speaker"], mention.start, mention.end)
        if a.cue:
            body.stylize(STYLES["cue"], a.cue.start, a.cue.end)
    legend = Text("  ").join(Text(name, style=style) for name, style in STYLES.items())
    table = Table("#", "type", "speaker", "role", "said on", "quote")
    for n, a in enumerate(view.attributions, start=1):
        role = a.speaker.role.value if a.speaker.role else ""
        said_on = a.said_on.value if a.said_on else ""
        table.add_row(str(n), a.type, a.speaker.name or "?", role, said_on, a.content.text)
    title = Text(article.title or article.id, style="bold")
    return Group(title, Text(f"{article.id}  {header}", style="dim"), Rule(), body, Rule(), legend, table)


@app.command("show")
def show_cli(
    article_id: Annotated[str, typer.Argument(help="The article id (see search or export).")],
    db: DbOpt = None,
) -> None:
    """Show one stored article with its quotes, speakers and cues highlighted."""
    console().print(render(api.show(article_id, db=db)))
