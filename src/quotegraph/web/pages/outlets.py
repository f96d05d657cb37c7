"""The outlet pages: the list of outlets, and one outlet's quotes over time, speakers and latest quotes."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.web import queries
from quotegraph.web.charts import month_chart
from quotegraph.web.config import DEFAULT_PAGE_SIZE
from quotegraph.web.deps import StoreDep
from quotegraph.web.pages.render import path_segment, render
from quotegraph.web.params import Cursor, Limit, Name, NameFilter

router = APIRouter(include_in_schema=False)


@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request, store: StoreDep, name: NameFilter = None, limit: Limit = 100) -> HTMLResponse:
    """Render the outlets by number of quotes; the JSON twin is ``/api/outlets``."""
    data = queries.list_outlets(store, name, limit)
    twin = "/api/outlets?" + urlencode({k: v for k, v in (("name", name), ("limit", limit)) if v})
    return render(request, "outlets.html", data=data, name=name or "", json_url=twin)


@router.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet_page(
    request: Request, store: StoreDep, name: Name, limit: Limit = DEFAULT_PAGE_SIZE, cursor: Cursor = None
) -> HTMLResponse:
    """Render an outlet's profile; the JSON twin is ``/api/outlets/{name}``."""
    data = queries.get_outlet(store, name, limit, cursor)
    return render(
        request, "outlet.html", data=data, chart=month_chart(data.months), json_url=f"/api/outlets/{path_segment(name)}"
    )
