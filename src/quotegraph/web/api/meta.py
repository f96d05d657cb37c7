"""``/api/stats`` and ``/api/health``: counts over the store, and a liveness check."""

from __future__ import annotations

from fastapi import APIRouter, Request

from quotegraph.web import queries
from quotegraph.web.deps import SettingsDep, StoreDep
from quotegraph.web.schemas import HealthPublic, StatsPublic

router = APIRouter(tags=["meta"])


@router.get("/stats")
def get_stats(store: StoreDep) -> StatsPublic:
    """Counts over the whole store: articles, attributions, speakers, outlets, rejects, dates."""
    return queries.get_stats(store)


@router.get("/health")
def get_health(request: Request, store: StoreDep, settings: SettingsDep) -> HealthPublic:
    """``ok`` when the server answers and its store can be read; says whether writes are enabled, and how they
    extract."""
    mode = request.app.state.extract_options.mode
    return queries.get_health(store, writes=bool(settings.write_token), mode=mode)
