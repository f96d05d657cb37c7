"""The JSON API under ``/api/``: one router per resource, joined here (and nothing else here).

Quote search, single attributions and articles (indexed reads of a few milliseconds) are ``async`` and run in
the event loop, as their pages do; open-ended aggregates (profiles, statements, stats) and writes are plain
functions FastAPI runs in worker threads, so a slow one does not hold up the others.
"""

from __future__ import annotations

from fastapi import APIRouter

from quotegraph.web.api import articles, meta, outlets, quotes, speakers, statements
from quotegraph.web.schemas import ErrorPublic

_ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorPublic, "description": "Bad parameters"},
    404: {"model": ErrorPublic, "description": "Not in the store"},
    422: {"model": ErrorPublic, "description": "Parameters that fail validation"},
}

api_router = APIRouter(prefix="/api", responses=_ERRORS)
for module in (quotes, articles, speakers, statements, outlets, meta):
    api_router.include_router(module.router)
