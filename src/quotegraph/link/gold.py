"""The linking gold set format: articles with attributions labelled by gold speaker and gold statement."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: its extraction result and the gold speaker and statement of each attribution.

    Attributes:
        story: The group of articles it belongs to (the dev/test split is made by story).
        split: ``dev`` or ``test``.
        result: The article and its attributions.
        speakers: Attribution id -> gold speaker label.
        statements: Attribution id -> gold statement label.
    """

    story: str
    split: str
    result: ExtractionResult
    speakers: dict[str, str]
    statements: dict[str, str]


@dataclass(frozen=True)
class LinkGold:
    """A linking gold set."""

    articles: tuple[GoldArticle, ...]

    def select(self, split: str | None = None) -> list[GoldArticle]:
        """The articles of one split (``dev`` or ``test``), or all when ``split`` is ``None``."""
        return [a for a in self.articles if split is None or a.split == split]

    @staticmethod
    def results(articles: Iterable[GoldArticle]) -> list[ExtractionResult]:
        """The extraction results of some gold articles."""
        return [a.result for a in articles]


def _evidence(value: str | None) -> Evidence | None:
    return Evidence(value) if value else None


def _attribution(article: Article, data: dict[str, Any]) -> Attribution:
    start, end = int(data["start"]), int(data["end"])
    if article.text[start:end] != data["content"]:
        raise ValueError(f"{article.id}: content does not match the text at {start}-{end}")
    speaker = data["speaker"]
    return Attribution(
        article_id=article.id,
        type=data.get("type", "direct"),
        content=Span(start, end, data["content"]),
        speaker=SpeakerRef(speaker.get("name"), speaker.get("kind", "person"), role=_evidence(speaker.get("role"))),
        venue=_evidence(data.get("venue")),
        said_on=_evidence(data.get("said_on")),
    )


def parse_gold_line(data: dict[str, Any]) -> GoldArticle:
    """Build one gold article from a decoded JSON line.

    Raises:
        ValueError: If an attribution's offsets do not point at its content.
    """
    meta: dict[str, Any] = {k: data[k] for k in ("source", "license", "credit") if k in data}
    article = Article(
        **{k: data["article"].get(k) for k in ("id", "text", "title", "url", "outlet", "published")},
        lang=data["article"].get("lang") or "en",
        meta=meta,
    )
    attributions = tuple(_attribution(article, a) for a in data["attributions"])
    ids = [a.id for a in attributions]
    return GoldArticle(
        story=data["story"],
        split=data["split"],
        result=ExtractionResult(article, attributions),
        speakers={i: a["gold_speaker"] for i, a in zip(ids, data["attributions"], strict=True)},
        statements={i: a["gold_statement"] for i, a in zip(ids, data["attributions"], strict=True)},
    )


def load_link_gold(path: str | Path) -> LinkGold:
    """Read a linking gold set (JSON Lines, one article per line; see ``tests/link/data/README.md``).

    Args:
        path: The ``.jsonl`` file.

    Returns:
        The gold articles in file order.
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return LinkGold(tuple(parse_gold_line(json.loads(line)) for line in lines if line.strip()))
