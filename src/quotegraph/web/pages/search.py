"""The search page (also the home page): quotes with filters, facets with counts, and cursor pages."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.web import queries
from quotegraph.web.deps import StoreDep
from quotegraph.web.pages.render import render
from quotegraph.web.params import SearchDep

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, params: SearchDep) -> HTMLResponse:
    """Render a page of search results with facets; its JSON twin is ``/api/quotes?...&facets=true``."""
    result = queries.search_quotes(store, params, facets=True)
    home = not params.filters and not params.cursor
    stats = request.app.state.stats.get(lambda: queries.get_stats(store)) if home else None
    twin = "/api/quotes?" + urlencode({**params.filters, "limit": params.limit, "facets": "true"})
    return render(request, "search.html", data=result, stats=stats, json_url=twin, query=params)
