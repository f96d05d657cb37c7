"""How records become table rows and back: the denormalised columns both SQL backends store."""

from __future__ import annotations

import json
from typing import Any

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article, Attribution, Evidence
from quotegraph.store.records import day_of

ARTICLE_COLUMNS = (
    "id",
    "text",
    "title",
    "url",
    "outlet",
    "published",
    "dateline",
    "lang",
    "meta",
    "source",
    "position",
)
ATTRIBUTION_COLUMNS = (
    "id",
    "article_id",
    "seq",
    "type",
    "content",
    "speaker_id",
    "speaker",
    "speaker_kind",
    "role",
    "cue",
    "venue",
    "addressee",
    "via",
    "said_on",
    "outlet",
    "outlet_key",
    "published",
    "date",
    "confidence",
    "data",
)
#: Separates the intermediaries of a ``via`` chain (outermost first) in the denormalised column.
VIA_SEPARATOR = " > "


def to_json(data: Any) -> str:
    """Serialise JSON compactly and keep non-ASCII text readable."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def source_position(article: Article) -> tuple[str, str] | None:
    """Return the (source, position) an article was read from, when the reader recorded it."""
    source, position = article.meta.get("source"), article.meta.get("position")
    if source is None or position is None:
        return None
    return str(source), str(position)


def key_of(name: str | None) -> str | None:
    """Return the lower-cased, trimmed key a name is filtered by, or None for no name."""
    key = (name or "").strip().lower()
    return key or None


def article_row(article: Article) -> tuple[Any, ...]:
    """Return an article's values in ``ARTICLE_COLUMNS`` order."""
    where = source_position(article)
    return (
        article.id,
        article.text,
        article.title,
        article.url,
        article.outlet,
        article.published,
        article.dateline,
        article.lang,
        to_json(article.meta),
        where[0] if where else None,
        where[1] if where else None,
    )


def _value(evidence: Evidence | None) -> str | None:
    return evidence.value if evidence else None


def quote_date(attribution: Attribution, article: Article) -> str | None:
    """Return the day a quote is filed under: when it was said if that is a date, else the publication day."""
    return day_of(_value(attribution.said_on)) or day_of(article.published)


def attribution_row(attribution: Attribution, article: Article, seq: int, speaker_id: int | None) -> list[Any]:
    """Return an attribution's values in ``ATTRIBUTION_COLUMNS`` order.

    Args:
        attribution: The attribution.
        article: The article it was extracted from (for outlet and dates).
        seq: Its position among the article's attributions.
        speaker_id: The id of its speaker name row, or None when it has no speaker name.
    """
    speaker = attribution.speaker
    return [
        attribution.id,
        attribution.article_id,
        seq,
        attribution.type,
        attribution.content.text,
        speaker_id,
        speaker.name,
        speaker.kind,
        _value(speaker.role),
        attribution.cue.text if attribution.cue else None,
        _value(attribution.venue),
        _value(attribution.addressee),
        VIA_SEPARATOR.join(v.value for v in attribution.via) or None,
        _value(attribution.said_on),
        article.outlet,
        key_of(article.outlet),
        article.published,
        quote_date(attribution, article),
        attribution.confidence,
        to_json(attribution.to_dict()),
    ]


def article_from_row(row: dict[str, Any]) -> Article:
    """Rebuild an article from its stored columns."""
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
        dateline=row["dateline"],
        lang=row["lang"] or "en",
        meta=json.loads(row["meta"] or "{}"),
    )


def attribution_from_json(data: str) -> Attribution:
    """Rebuild an attribution from its stored JSON."""
    return Attribution.from_dict(json.loads(data))


def reject_from_row(source: str, position: str, code: str, detail: str) -> Reject:
    """Rebuild a reject from its stored columns."""
    return Reject(source, position, Reason(code), detail)
