"""The statement page: every report of one utterance, earliest first, with wording differences marked."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.web import queries
from quotegraph.web.deps import StoreDep
from quotegraph.web.pages.render import path_segment, render
from quotegraph.web.params import AttributionId

router = APIRouter(include_in_schema=False)


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement_page(request: Request, store: StoreDep, statement_id: AttributionId) -> HTMLResponse:
    """Render a statement; the JSON twin is ``/api/statements/{statement_id}``."""
    data = queries.get_statement(store, statement_id)
    return render(request, "statement.html", data=data, json_url=f"/api/statements/{path_segment(statement_id)}")
