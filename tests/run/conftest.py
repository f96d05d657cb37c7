"""Fixtures for the ingest tests: a small JSON Lines corpus and a fake extractor that needs no model."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import UnsupportedLanguageError
from quotegraph.model import Article, Attribution, ExtractionResult, Span, SpeakerRef

_QUOTE = re.compile(r'"([^"]+?),?" said ([^.]+)\.')


def write_corpus(path: Path, n: int, *, extra: Iterable[str] = ()) -> Path:
    """Write ``n`` short articles (``"Text N," said Person N.`` twice) plus any extra raw lines."""
    lines = [
        json.dumps(
            {
                "id": f"art-{i:03d}",
                "text": f'"Text {i}," said Person {i}. Then "more words {i}," said Person {i}.',
                "title": f"Article {i}",
                "outlet": "Wire",
                "published": f"2024-01-{i % 28 + 1:02d}",
            }
        )
        for i in range(n)
    ]
    path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
    return path


class FakeExtractor:
    """Stands in for ``quotegraph.extract.extract_many``: a regex, no model; records what it saw."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.fails_on = "BOOM"  # a text holding this makes the extractor raise

    def __call__(self, articles: Iterable[Article], options: Any = None) -> Iterator[ExtractionResult]:
        for article in articles:
            if article.lang != "en":
                raise UnsupportedLanguageError(f"language not supported: {article.lang!r}")
            if self.fails_on in article.text:
                raise ValueError("the extractor broke")
            self.seen.append(article.id)
            yield ExtractionResult(article, tuple(self._attributions(article)))

    @staticmethod
    def _attributions(article: Article) -> Iterator[Attribution]:
        for match in _QUOTE.finditer(article.text):
            speaker = Span.of(article.text, *match.span(2))
            yield Attribution(
                article.id,
                "direct",
                Span.of(article.text, *match.span(1)),
                SpeakerRef(speaker.text, "person", (speaker,)),
            )


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> FakeExtractor:
    """Replace the extractor for in-process ingests (``workers=1``)."""
    fake = FakeExtractor()
    # Patched on the module object: ``quotegraph.extract`` as an attribute of the package is the function.
    monkeypatch.setattr(importlib.import_module("quotegraph.extract"), "extract_many", fake)
    return fake
