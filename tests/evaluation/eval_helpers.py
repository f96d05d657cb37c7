"""Shared helpers for the evaluation tests: a hand-written text, gold-format quotes and documents, scoring."""

from __future__ import annotations

from typing import Any

from quotegraph.evaluate import EvalReport, evaluate
from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef

# Hand-written sentences (never corpus text).
TEXT = (
    'Mayor Ann Lee said the new bridge will open in May next year. "We are proud of it," she said. '
    "Officials at the harbour expect delays, according to a city report."
)


def at(text: str, piece: str, nth: int = 1) -> list[int]:
    """Return ``[start, end]`` of the nth occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(piece, start + 1)
    return [start, start + len(piece)]


def quote(text: str, content: str, **fields: Any) -> dict[str, Any]:
    """Build a gold-format quote whose span is the first occurrence of ``content``."""
    start, end = at(text, content)
    return {"start": start, "end": end, "type": "direct", "speaker": None, "speaker_spans": [], **fields}


def doc(quotes: list[dict[str, Any]], doc_id: str = "d1", text: str = TEXT) -> dict[str, Any]:
    return {"id": doc_id, "lang": "en", "text": text, "quotes": quotes}


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]], text: str = TEXT) -> EvalReport:
    return evaluate([doc(gold, text=text)], [doc(pred, text=text)])


BRIDGE = "the new bridge will open in May next year"  # 9 words


def bridge_result() -> ExtractionResult:
    article = Article(id="d1", text=TEXT, published="2024-05-02")
    attribution = Attribution(
        article_id="d1",
        type="indirect",
        content=Span.of(TEXT, *at(TEXT, BRIDGE)),
        speaker=SpeakerRef("Ann Lee", "person", (Span.of(TEXT, *at(TEXT, "Mayor Ann Lee")),), role=Evidence("Mayor")),
        cue=Span.of(TEXT, *at(TEXT, "said")),
        venue=Evidence("City Hall"),
        via=(Evidence("Radio One"), Evidence("City Gazette")),
        said_on=Evidence("2024-05-01"),
        confidence=0.87654,
    )
    return ExtractionResult(article, (attribution,))
