"""The search page (also the home page): quotes with filters, facets with counts, and cursor pages."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from quotegraph.store import Store
from quotegraph.web import queries
from quotegraph.web.deps import Memo, StoreDep
from quotegraph.web.pages.render import render
from quotegraph.web.params import SearchDep
from quotegraph.web.schemas import StatsPublic

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, store: StoreDep, params: SearchDep) -> HTMLResponse:
    """Render a page of search results with facets; its JSON twin is ``/api/quotes?...&facets=true``.

    Runs in the event loop, not a worker thread: a search is a few milliseconds of Python over indexed
    SQLite reads, and handing each one to a thread cost a quarter of the server's CPU (see ``docs/web.md``).
    """
    result = queries.search_quotes(store, params, facets=True)
    home = not params.filters and not params.cursor
    stats = await _store_stats(request, store) if home else None
    twin = "/api/quotes?" + urlencode({**params.filters, "limit": params.limit, "facets": "true"})
    return render(request, "search.html", data=result, stats=stats, json_url=twin, query=params)


async def _store_stats(request: Request, store: Store) -> StatsPublic:
    """Return the counts over the whole store, recounting them in a worker thread when they are stale."""
    memo: Memo = request.app.state.stats
    stats = memo.fresh()
    if isinstance(stats, StatsPublic):
        return stats
    return await run_in_threadpool(memo.get, lambda: queries.get_stats(store))
