"""``/api/statements/{id}``: every report of one utterance, earliest first, with wording differences."""

from __future__ import annotations

from fastapi import APIRouter

from quotegraph.web import queries
from quotegraph.web.deps import StoreDep
from quotegraph.web.params import AttributionId
from quotegraph.web.schemas import StatementPublic

router = APIRouter(prefix="/statements", tags=["statements"])


@router.get("/{statement_id}")
def get_statement(store: StoreDep, statement_id: AttributionId) -> StatementPublic:
    """A statement by the linker's id (``st-…``) or by the id of any attribution reporting it.

    ``grouping`` says how its reports were gathered: ``linked``, the linker's statement cluster (copies,
    paraphrases and translations), or ``same-text``, the attributions with the same normalised text and
    speaker (for attributions not linked yet). Each report carries its wording's differences from the earliest.
    """
    return queries.get_statement(store, statement_id)
