"""``/api/outlets``: outlets by number of quotes, and one outlet's profile with its quotes."""

from __future__ import annotations

from fastapi import APIRouter

from quotegraph.web import queries
from quotegraph.web.config import DEFAULT_PAGE_SIZE
from quotegraph.web.deps import StoreDep
from quotegraph.web.params import Cursor, Limit, Name, NameFilter
from quotegraph.web.schemas import OutletProfilePublic, Page, ValueCountPublic

router = APIRouter(prefix="/outlets", tags=["outlets"])


@router.get("")
def list_outlets(store: StoreDep, name: NameFilter = None, limit: Limit = 50) -> Page[ValueCountPublic]:
    """Outlets, most quotes first; ``name`` keeps those containing it (case-insensitive)."""
    return queries.list_outlets(store, name, limit)


@router.get("/{name:path}")
def get_outlet(
    store: StoreDep, name: Name, limit: Limit = DEFAULT_PAGE_SIZE, cursor: Cursor = None
) -> OutletProfilePublic:
    """An outlet's quotes per month, most quoted speakers, and a page of its quotes."""
    return queries.get_outlet(store, name, limit, cursor)
