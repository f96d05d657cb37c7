"""The linker's view of an attribution (``LinkRecord``) and of its article's context, built from extraction results."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from functools import cached_property
from typing import Any

from quotegraph.link.names import skeleton
from quotegraph.link.words import fold, name_words
from quotegraph.model import Attribution, ExtractionResult

_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'-]{2,}")
#: At most this many context terms are kept per article (the most frequent).
MAX_CONTEXT_TERMS = 40


@dataclass(frozen=True)
class LinkRecord:
    """One attribution with only what linking reads: who, what, where, when and through which outlet.

    Attributes:
        id: ``Attribution.id`` (article id and content offsets).
        article_id: The article it came from.
        name: The speaker's canonical name within the article, or ``None``.
        kind: The speaker kind the extractor gave (person, organisation, anonymous, unknown).
        role: The speaker's role or title in this article, if any.
        text: The reported content.
        lang: The article's language code.
        outlet: The publishing outlet.
        published: The article's publication date (ISO), if known.
        said_on: The statement date read from the text (ISO), if any.
        venue: Where it was said ("told reporters", "on LCI"), if named.
    """

    id: str
    article_id: str
    name: str | None
    kind: str
    role: str | None
    text: str
    lang: str = "en"
    outlet: str | None = None
    published: str | None = None
    said_on: str | None = None
    venue: str | None = None

    @cached_property
    def date(self) -> str | None:
        """The statement's best date: the date read from the text, else the publication date."""
        return self.said_on or self.published

    @cached_property
    def day(self) -> int | None:
        """``date`` as a day number (proleptic Gregorian ordinal), or ``None``."""
        return day_number(self.date)

    def to_dict(self) -> dict[str, Any]:
        """The record as a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkRecord:
        """A record from ``to_dict`` output."""
        return cls(**data)


def day_number(value: str | None) -> int | None:
    """Return the day number of an ISO date or datetime string, or ``None`` when it does not parse."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def iso_day(day: int | None) -> str | None:
    """Return the ISO date of a day number (the inverse of ``day_number``)."""
    return date.fromordinal(day).isoformat() if day is not None else None


def _record(result: ExtractionResult, attribution: Attribution) -> LinkRecord:
    article = result.article
    speaker = attribution.speaker
    return LinkRecord(
        id=attribution.id,
        article_id=article.id,
        name=(speaker.name or "").strip() or None,
        kind=speaker.kind,
        role=speaker.role.value if speaker.role else None,
        text=attribution.content.text,
        lang=article.lang or "en",
        outlet=article.outlet,
        published=article.published,
        said_on=attribution.said_on.value if attribution.said_on else None,
        venue=attribution.venue.value if attribution.venue else None,
    )


def context_terms(text: str) -> tuple[str, ...]:
    """Return an article's context terms: skeletons of capitalised words, common sentence openers left out.

    These stand in for the people, places and organisations an article mentions; two articles about the
    same person tend to share them, which is what tells Bill Clinton's "Clinton" from Hillary Clinton's.

    Args:
        text: The article text.

    Returns:
        Up to ``MAX_CONTEXT_TERMS`` skeletons, the most frequent first (ties alphabetical).
    """
    words = name_words()
    stop = words.honorifics | words.articles | words.titles | words.stop | words.pronouns | words.org_stop
    counts: dict[str, int] = {}
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if fold(word) in stop:
            continue
        key = skeleton(word)
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(k for k, _ in ranked[:MAX_CONTEXT_TERMS])


@dataclass(frozen=True)
class LinkInput:
    """Extraction results flattened for linking: one record per attribution, and context terms per article."""

    records: tuple[LinkRecord, ...]
    contexts: dict[str, tuple[str, ...]]


def link_input(results: Iterable[ExtractionResult]) -> LinkInput:
    """Flatten extraction results into link records and article contexts.

    Args:
        results: Articles with their attributions.

    Returns:
        The records in input order and the context terms of every article; when an article comes twice,
        the last one is kept, and of two attributions with one id (the same content) the first.
    """
    latest = {result.article.id: result for result in results}  # an article given twice counts once, the last
    # the index keeps records by id: a second record under an id would replace the first there but not in the
    # mentions built from this list, and a saved index would no longer load (stores written before extraction
    # kept one attribution per content hold such pairs)
    by_id: dict[str, LinkRecord] = {}
    for result in latest.values():
        for attribution in result.attributions:
            by_id.setdefault(attribution.id, _record(result, attribution))
    records = list(by_id.values())
    contexts = {article_id: context_terms(result.article.text) for article_id, result in latest.items()}
    return LinkInput(tuple(records), contexts)
