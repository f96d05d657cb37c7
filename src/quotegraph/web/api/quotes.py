"""``/api/quotes``: quote search with filters, facets and cursor pagination; ``/api/attributions/{id}``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from quotegraph.web import queries
from quotegraph.web.deps import StoreDep
from quotegraph.web.params import AttributionId, SearchDep
from quotegraph.web.schemas import AttributionPublic, SearchPublic

router = APIRouter(tags=["quotes"])
Facets = Annotated[bool, Query(description="Also count the newest 200 matches by speaker, outlet, type and year.")]


@router.get("/quotes")
async def search_quotes(store: StoreDep, params: SearchDep, facets: Facets = False) -> SearchPublic:
    """Search quotes, newest first; every filter given must hold.

    Page through results by passing ``results.next_cursor`` back as ``cursor`` with the same filters.
    With ``facets=true`` the newest 200 matches are also counted by speaker, outlet, type and year.
    """
    return queries.search_quotes(store, params, facets=facets)


@router.get("/attributions/{attribution_id}")
async def get_attribution(store: StoreDep, attribution_id: AttributionId) -> AttributionPublic:
    """One attribution with its evidence offsets and its article's facts."""
    return queries.get_attribution(store, attribution_id)
