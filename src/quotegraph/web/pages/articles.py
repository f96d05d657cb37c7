"""The article page: the full text with every attribution highlighted, and the list of attributions."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.web import queries
from quotegraph.web.deps import StoreDep
from quotegraph.web.highlight import runs, tooltip
from quotegraph.web.pages.render import path_segment, render
from quotegraph.web.params import ArticleId

router = APIRouter(include_in_schema=False)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, store: StoreDep, article_id: ArticleId) -> HTMLResponse:
    """Render an article; its JSON twin is ``/api/articles/{article_id}``.

    Runs in the event loop (one indexed read and a render), as the search page does.
    """
    article = queries.get_article(store, article_id)
    colours = {s.name: s.colour for s in article.speakers}
    return render(
        request,
        "article.html",
        data=article,
        runs=runs(article.text, article.attributions),
        colours=colours,
        tips=[tooltip(a) for a in article.attributions],
        json_url=f"/api/articles/{path_segment(article_id)}",
    )
