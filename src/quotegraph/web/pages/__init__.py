"""The HTML pages: one router per resource, each page rendering the same query as its ``/api/`` twin."""

from __future__ import annotations

from fastapi import APIRouter

from quotegraph.web.pages import articles, docs, outlets, search, speakers, statements

pages_router = APIRouter()
for module in (search, articles, speakers, statements, outlets, docs):
    pages_router.include_router(module.router)
