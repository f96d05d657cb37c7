"""Record → public model conversions (``model`` and ``store`` records into ``web.schemas``); pure, no I/O."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence

from quotegraph.model import Article, Attribution, Evidence, Span
from quotegraph.store import QuoteHit, SearchCursor, ValueCount
from quotegraph.web.errors import bad_request
from quotegraph.web.schemas import (
    ArticleRef,
    AttributionPublic,
    EvidencePublic,
    Page,
    SpanPublic,
    SpeakerRefPublic,
    ValueCountPublic,
)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_KEY = (1 << 63) - 1


def span_public(span: Span) -> SpanPublic:
    """Return a span as its public model."""
    return SpanPublic(start=span.start, end=span.end, text=span.text)


def evidence_public(evidence: Evidence | None) -> EvidencePublic | None:
    """Return evidence as its public model (None stays None)."""
    if evidence is None:
        return None
    span = span_public(evidence.span) if evidence.span else None
    return EvidencePublic(value=evidence.value, span=span, confidence=round(evidence.confidence, 3))


def attribution_public(a: Attribution, date: str | None, article: ArticleRef | None = None) -> AttributionPublic:
    """Return an attribution as its public model.

    Args:
        a: The attribution.
        date: The day it is filed under (see ``store.rows.quote_date``).
        article: The article facts, for listings.
    """
    speaker = SpeakerRefPublic(
        name=a.speaker.name,
        kind=a.speaker.kind,
        mentions=[span_public(m) for m in a.speaker.mentions],
        role=evidence_public(a.speaker.role),
        confidence=round(a.speaker.confidence, 3),
    )
    return AttributionPublic(
        id=a.id,
        article_id=a.article_id,
        type=a.type,
        date=date,
        content=span_public(a.content),
        fragments=[span_public(f) for f in a.fragments],
        cue=span_public(a.cue) if a.cue else None,
        speaker=speaker,
        addressee=evidence_public(a.addressee),
        venue=evidence_public(a.venue),
        via=[e for e in (evidence_public(v) for v in a.via) if e],
        said_on=evidence_public(a.said_on),
        confidence=round(a.confidence, 3),
        article=article,
    )


def hit_public(hit: QuoteHit) -> AttributionPublic:
    """Return a search hit as an attribution with its article facts."""
    ref = ArticleRef(
        id=hit.attribution.article_id, title=hit.title, url=hit.url, outlet=hit.outlet, published=hit.published
    )
    return attribution_public(hit.attribution, hit.date, ref)


def article_ref(article: Article) -> ArticleRef:
    """Return the identifying facts of an article."""
    return ArticleRef(
        id=article.id, title=article.title, url=article.url, outlet=article.outlet, published=article.published
    )


def counts_public(counts: Sequence[ValueCount]) -> list[ValueCountPublic]:
    """Return value counts as public models."""
    return [ValueCountPublic(value=c.value, count=c.count) for c in counts]


def encode_cursor(cursor: SearchCursor | None) -> str | None:
    """Return an opaque, URL-safe token for a search cursor."""
    if cursor is None:
        return None
    raw = json.dumps([cursor.date, cursor.key], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str | None) -> SearchCursor | None:
    """Return the search cursor a token stands for.

    Raises:
        WebError: 400 when the token was not made by ``encode_cursor``.
    """
    if not token:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError):
        data = None
    if (
        isinstance(data, list)
        and len(data) == 2
        and (data[0] is None or (isinstance(data[0], str) and _DAY.match(data[0])))
        and type(data[1]) is int
        and 0 < data[1] <= _MAX_KEY
    ):
        return SearchCursor(data[0], data[1])
    raise bad_request("bad cursor: pass the next_cursor of the previous page unchanged")


def page_of(hits: list[QuoteHit], limit: int) -> Page[AttributionPublic]:
    """Return a page of hits; ``hits`` holds up to ``limit + 1`` hits, the extra one showing a next page exists."""
    shown = hits[:limit]
    more = len(hits) > limit and shown
    cursor = encode_cursor(shown[-1].cursor) if more else None
    return Page[AttributionPublic](
        items=[hit_public(h) for h in shown], count=len(shown), limit=limit, next_cursor=cursor
    )
