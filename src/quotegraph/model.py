"""The records that flow through quotegraph: articles, spans, attributions, speakers and statements.

Plain frozen dataclasses with JSON in/out and a schema version. Every value read from an article points at
its evidence (code-point offsets into ``Article.text``, end exclusive) and carries a confidence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organisation", "anonymous", "unknown"]
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
# A Python string may hold UTF-16 surrogates on their own (from a JSON "\ud83d" escape without its pair, or a byte
# decoded with "surrogateescape"); they are not characters, and no UTF-8 store or output can hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def article_id_for(text: str, outlet: str | None = None, url: str | None = None) -> str:
    """Return the stable id of an article: a hash of outlet+url when there is a URL, else of the text.

    Args:
        text: The article body.
        outlet: The publishing outlet, if known.
        url: The article URL, if known.

    Returns:
        A 16-hex-digit id prefixed with ``a-``; the same article arriving twice gets the same id.
    """
    key = f"url:{(outlet or '').strip().lower()}|{url.strip()}" if url else f"text:{text}"
    return "a-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def lone_surrogate(value: Any, path: str = "") -> tuple[str, int, str] | None:
    """Find the first lone UTF-16 surrogate in a string, or in the strings and keys of nested dicts and lists.

    Args:
        value: What to search.
        path: The name of ``value``, prefixed to the path returned.

    Returns:
        Where it is (``path``, then ``[key]`` or ``[index]`` for each level down), its character index in that
        string, and the surrogate itself; None when there is none.
    """
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        return None if found is None else (path, found.start(), found.group())
    if isinstance(value, dict):
        for key, item in value.items():
            hit = lone_surrogate(key, f"{path} key") or lone_surrogate(item, f"{path}[{key!r}]")
            if hit is not None:
                return hit
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            hit = lone_surrogate(item, f"{path}[{index}]")
            if hit is not None:
                return hit
    return None


def surrogate_detail(found: tuple[str, int, str]) -> str:
    """Say where a lone surrogate (``lone_surrogate``'s answer) is and why it cannot be kept."""
    path, index, char = found
    return (
        f"{path} holds a lone surrogate U+{ord(char):04X} at character {index}: not a Unicode character (an unpaired "
        "\\u escape, or a byte its encoding does not decode), so it cannot be stored or written as UTF-8"
    )


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build the span ``text[start:end]``."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Evidence:
    """A value read from the text (a role, a venue, a date), the span it came from and a confidence."""

    value: str
    span: Span | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "span": self.span.to_dict() if self.span else None,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Evidence | None:
        if data is None:
            return None
        span = Span.from_dict(data["span"]) if data.get("span") else None
        return cls(str(data["value"]), span, float(data.get("confidence", 1.0)))


@dataclass(frozen=True)
class Article:
    """One document: its text and what is known about where and when it was published."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    lang: str = "en"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Article:
        """Build an article from its text, giving it a stable id when none is supplied."""
        if not fields.get("id"):
            fields["id"] = article_id_for(text, fields.get("outlet"), fields.get("url"))
        return cls(text=text, **fields)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "dateline": self.dateline,
            "lang": self.lang,
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            published=data.get("published"),
            dateline=data.get("dateline"),
            lang=data.get("lang") or "en",
            meta=dict(data.get("meta") or {}),
        )


@dataclass(frozen=True)
class SpeakerRef:
    """Who an attribution is credited to inside one article.

    ``name`` is the canonical name for the whole article (the fullest proper-name mention), or the
    description for anonymous sources ("a source"); ``mentions`` are the spans of this attribution's
    own mentions ("he", "the official", "Blejean").
    """

    name: str | None
    kind: SpeakerKind = "unknown"
    mentions: tuple[Span, ...] = ()
    role: Evidence | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
            "role": self.role.to_dict() if self.role else None,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpeakerRef:
        return cls(
            name=data.get("name"),
            kind=data.get("kind", "unknown"),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
            role=Evidence.from_dict(data.get("role")),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True)
class Attribution:
    """One reported statement: what was said, by whom, how, where, when and through whom."""

    article_id: str
    type: QuoteType
    content: Span
    speaker: SpeakerRef
    cue: Span | None = None
    fragments: tuple[Span, ...] = ()
    addressee: Evidence | None = None
    venue: Evidence | None = None
    via: tuple[Evidence, ...] = ()
    said_on: Evidence | None = None
    confidence: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        """A stable id: the article id plus the content offsets."""
        return f"{self.article_id}:{self.content.start}-{self.content.end}"

    def with_changes(self, **changes: Any) -> Attribution:
        """Return a copy with some fields replaced."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "type": self.type,
            "content": self.content.to_dict(),
            "fragments": [f.to_dict() for f in self.fragments],
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict(),
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "venue": self.venue.to_dict() if self.venue else None,
            "via": [v.to_dict() for v in self.via],
            "said_on": self.said_on.to_dict() if self.said_on else None,
            "confidence": round(self.confidence, 3),
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        return cls(
            article_id=str(data["article_id"]),
            type=data["type"],
            content=Span.from_dict(data["content"]),
            fragments=tuple(Span.from_dict(f) for f in data.get("fragments", ())),
            cue=Span.from_dict(data["cue"]) if data.get("cue") else None,
            speaker=SpeakerRef.from_dict(data["speaker"]),
            addressee=Evidence.from_dict(data.get("addressee")),
            venue=Evidence.from_dict(data.get("venue")),
            via=tuple(e for e in (Evidence.from_dict(v) for v in data.get("via", ())) if e),
            said_on=Evidence.from_dict(data.get("said_on")),
            confidence=float(data.get("confidence", 1.0)),
            meta=dict(data.get("meta") or {}),
        )


@dataclass(frozen=True)
class RoleSeen:
    """A role a speaker was given, and the first and last dates it was seen."""

    role: str
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass(frozen=True)
class Speaker:
    """One speaker identity across articles."""

    id: str
    name: str
    kind: SpeakerKind = "person"
    aliases: tuple[str, ...] = ()
    roles: tuple[RoleSeen, ...] = ()
    external_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "roles": [vars(r) for r in self.roles],
            "external_id": self.external_id,
        }


@dataclass(frozen=True)
class Statement:
    """One utterance as reported by one or more attributions, possibly across outlets and languages."""

    id: str
    speaker_id: str | None
    attribution_ids: tuple[str, ...]
    earliest_attribution_id: str | None = None
    earliest_date: str | None = None
    venue: str | None = None
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker_id": self.speaker_id,
            "attribution_ids": list(self.attribution_ids),
            "earliest_attribution_id": self.earliest_attribution_id,
            "earliest_date": self.earliest_date,
            "venue": self.venue,
            "outlets": list(self.outlets),
            "languages": list(self.languages),
        }


@dataclass(frozen=True)
class ExtractionResult:
    """An article with the attributions extracted from it: the unit written as one JSON line."""

    article: Article
    attributions: tuple[Attribution, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "article": self.article.to_dict(),
            "attributions": [a.to_dict() for a in self.attributions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExtractionResult:
        version = str(data.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(f"unsupported schema_version {version!r} (this is {SCHEMA_VERSION})")
        return cls(
            Article.from_dict(data["article"]),
            tuple(Attribution.from_dict(a) for a in data.get("attributions", ())),
        )
