"""``/api/speakers``: speaker names by number of quotes, and one speaker's profile with their quotes."""

from __future__ import annotations

from fastapi import APIRouter

from quotegraph.web import queries
from quotegraph.web.config import DEFAULT_PAGE_SIZE
from quotegraph.web.deps import StoreDep
from quotegraph.web.params import Cursor, Limit, Name, NameFilter
from quotegraph.web.schemas import Page, SpeakerProfilePublic, SpeakerPublic

router = APIRouter(prefix="/speakers", tags=["speakers"])


@router.get("")
def list_speakers(store: StoreDep, name: NameFilter = None, limit: Limit = 50) -> Page[SpeakerPublic]:
    """Speaker names, most quoted first; ``name`` keeps those containing it (case-insensitive)."""
    return queries.list_speakers(store, name, limit)


@router.get("/{name:path}")
def get_speaker(
    store: StoreDep, name: Name, limit: Limit = DEFAULT_PAGE_SIZE, cursor: Cursor = None
) -> SpeakerProfilePublic:
    """A speaker's quotes per month, roles with first and last dates, outlets, and a page of quotes."""
    return queries.get_speaker(store, name, limit, cursor)
