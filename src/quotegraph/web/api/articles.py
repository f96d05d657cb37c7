"""``/api/articles``: one article with its attributions and offsets; POST (with the write token) to ingest one."""

from __future__ import annotations

from fastapi import APIRouter, Request

from quotegraph.web import queries
from quotegraph.web.deps import StoreDep, WriteToken
from quotegraph.web.params import ArticleId
from quotegraph.web.schemas import ArticleCreate, ArticlePublic

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("/{article_id}")
async def get_article(store: StoreDep, article_id: ArticleId) -> ArticlePublic:
    """The article's full text and every attribution in text order, with code-point offsets into the text."""
    return queries.get_article(store, article_id)


@router.post("", status_code=201)
def create_article(request: Request, store: StoreDep, body: ArticleCreate, _: WriteToken) -> ArticlePublic:
    """Extract an article's attributions and store them; needs ``Authorization: Bearer <write token>``.

    An article with the same id (given, or derived from outlet and URL, else from the text) is replaced.
    """
    return queries.create_article(store, body, request.app.state.pool.write_lock, request.app.state.extract_options)
