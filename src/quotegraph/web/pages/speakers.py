"""The speaker pages: the list of speakers, and one speaker's roles over time, chart, outlets and quotes."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.web import queries
from quotegraph.web.charts import month_chart, role_lanes
from quotegraph.web.config import DEFAULT_PAGE_SIZE
from quotegraph.web.deps import StoreDep
from quotegraph.web.pages.render import path_segment, render
from quotegraph.web.params import Cursor, Limit, Name, NameFilter

router = APIRouter(include_in_schema=False)


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(request: Request, store: StoreDep, name: NameFilter = None, limit: Limit = 100) -> HTMLResponse:
    """Render the most quoted speakers; the JSON twin is ``/api/speakers``."""
    data = queries.list_speakers(store, name, limit)
    twin = "/api/speakers?" + urlencode({k: v for k, v in (("name", name), ("limit", limit)) if v})
    return render(request, "speakers.html", data=data, name=name or "", json_url=twin)


@router.get("/speakers/{name:path}", response_class=HTMLResponse)
def speaker_page(
    request: Request, store: StoreDep, name: Name, limit: Limit = DEFAULT_PAGE_SIZE, cursor: Cursor = None
) -> HTMLResponse:
    """Render a speaker's profile; the JSON twin is ``/api/speakers/{name}``."""
    data = queries.get_speaker(store, name, limit, cursor)
    chart = month_chart(data.months)
    return render(
        request,
        "speaker.html",
        data=data,
        chart=chart,
        lanes=role_lanes(chart, data.roles),
        json_url=f"/api/speakers/{path_segment(name)}",
    )
