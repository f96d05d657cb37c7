"""Builders shared by the store, run and CLI tests: hand-made extraction results and store dumps."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef
from quotegraph.store import Store

PG_URL = os.environ.get("QUOTEGRAPH_TEST_PG_URL")


def reset_postgres(url: str) -> None:
    """Drop every table of the test database so that each test starts empty."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def worker_database(url: str) -> str:
    """Return a database of its own for this pytest-xdist worker (created on first use), or ``url`` itself."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    import psycopg

    base, _, name = url.rpartition("/")
    mine = f"{name.split('?')[0]}_{worker}"
    with psycopg.connect(url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (mine,)).fetchone():
            conn.execute(f'CREATE DATABASE "{mine}"')
    return f"{base}/{mine}"


def store_url(backend: str, tmp_path: Path) -> str:
    """Return a fresh, empty store URL on a backend, skipping PostgreSQL when no server is given."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if not PG_URL:
        pytest.skip("QUOTEGRAPH_TEST_PG_URL is not set")
    url = worker_database(PG_URL)
    reset_postgres(url)
    return url


def build_result(
    n: int,
    *,
    quote: str | None = None,
    speaker: str | None = None,
    outlet: str = "Wire",
    published: str | None = "2024-01-01",
    type: str = "direct",
    said_on: str | None = None,
    source: str = "corpus.jsonl",
    kind: str = "person",
    extra_quotes: int = 0,
) -> ExtractionResult:
    """Build an article with one quote per line (``"Q," said S.``) and its attributions by hand."""
    speaker = f"Person {n}" if speaker is None else speaker
    quotes = [quote or f"Text {n}", *(f"More text {n} {i}" for i in range(extra_quotes))]
    text, spans = "", []
    for q in quotes:
        start = len(text) + 1
        text += f'"{q}," said {speaker}.\n'
        spans.append(start)
    article = Article.from_text(
        text,
        title=f"Article {n}",
        url=f"https://example.org/{n}",
        outlet=outlet,
        published=published,
        meta={"source": source, "position": str(n)},
    )
    attributions = []
    for q, start in zip(quotes, spans, strict=True):
        cue_start = start + len(q) + 3
        mention = Span.of(text, cue_start + 5, cue_start + 5 + len(speaker))
        attributions.append(
            Attribution(
                article_id=article.id,
                type=type,  # type: ignore[arg-type]
                content=Span.of(text, start, start + len(q)),
                speaker=SpeakerRef(speaker or None, kind, (mention,) if speaker else ()),  # type: ignore[arg-type]
                cue=Span.of(text, cue_start, cue_start + 4),
                said_on=Evidence(said_on) if said_on else None,
                confidence=0.9,
            )
        )
    return ExtractionResult(article, tuple(attributions))


def dump(store: Store) -> list[dict[str, Any]]:
    """Return a store's whole content as sorted JSON-ready records, for comparisons."""
    return sorted((r.to_dict() for r in store.iter_results()), key=lambda d: d["article"]["id"])
