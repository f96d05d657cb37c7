"""The public shapes of the API (pydantic): what pages render and what ``/api/`` returns, never storage rows."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from quotegraph.web.config import MAX_FIELD_CHARS

T = TypeVar("T")


class _Public(BaseModel):
    model_config = ConfigDict(frozen=True)


class SpanPublic(_Public):
    """A stretch of an article's text: ``text == article.text[start:end]`` (code-point offsets)."""

    start: int
    end: int
    text: str


class EvidencePublic(_Public):
    """A value read from the text (a role, a venue, a date) with the span it came from and a confidence."""

    value: str
    span: SpanPublic | None = None
    confidence: float


class SpeakerRefPublic(_Public):
    """Who an attribution credits: the canonical name, kind, mention spans and role."""

    name: str | None
    kind: str
    mentions: list[SpanPublic]
    role: EvidencePublic | None = None
    confidence: float


class ArticleRef(_Public):
    """The facts that identify an article in a listing."""

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class AttributionPublic(_Public):
    """One reported statement with every field's evidence offsets; ``article`` is set in listings."""

    id: str
    article_id: str
    type: str
    date: str | None = Field(None, description="The day the quote is filed under: when said if known, else published.")
    content: SpanPublic
    fragments: list[SpanPublic] = []
    cue: SpanPublic | None = None
    speaker: SpeakerRefPublic
    addressee: EvidencePublic | None = None
    venue: EvidencePublic | None = None
    via: list[EvidencePublic] = Field([], description="The intermediary chain, outermost first.")
    said_on: EvidencePublic | None = None
    confidence: float
    article: ArticleRef | None = None


class Page(_Public, Generic[T]):
    """One page of a list: its items, how many, the page size, and the cursor of the next page (None at the end)."""

    items: list[T]
    count: int
    limit: int
    next_cursor: str | None = None


class ValueCountPublic(_Public):
    """A value (speaker, outlet, type, year, ``YYYY-MM`` month) and its number of quotes."""

    value: str
    count: int


class FacetsPublic(_Public):
    """Counts over the newest ``sampled`` matches; ``complete`` when those were all of them."""

    sampled: int
    complete: bool
    speakers: list[ValueCountPublic]
    outlets: list[ValueCountPublic]
    types: list[ValueCountPublic]
    years: list[ValueCountPublic]


class SearchParams(_Public):
    """The filters of a quote search, as the client gave them."""

    text: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    type: Literal["direct", "indirect", "mixed"] | None = None
    since: str | None = None
    until: str | None = None
    limit: int = 20
    cursor: str | None = None

    @property
    def filters(self) -> dict[str, str]:
        """The non-empty filters (no limit or cursor), for building links."""
        fields = ("text", "speaker", "outlet", "type", "since", "until")
        return {f: str(getattr(self, f)) for f in fields if getattr(self, f)}


class SearchPublic(_Public):
    """A page of quote search results, newest first, with facets when asked for."""

    query: SearchParams
    results: Page[AttributionPublic]
    facets: FacetsPublic | None = None


class ArticleSpeaker(_Public):
    """A speaker of one article: name, kind, how many attributions, and the colour index the page uses."""

    name: str | None
    kind: str
    quotes: int
    colour: int


class ArticlePublic(_Public):
    """One article: full text, and every attribution with its offsets, in text order."""

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    lang: str
    text: str
    attributions: list[AttributionPublic]
    speakers: list[ArticleSpeaker]


class ArticleCreate(BaseModel):
    """An article to extract and store (``POST /api/articles``); the id is derived when not given."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body; its size is bounded by max_article_chars.")
    id: str | None = Field(None, max_length=MAX_FIELD_CHARS)
    title: str | None = Field(None, max_length=2_000)
    url: str | None = Field(None, max_length=2_000)
    outlet: str | None = Field(None, max_length=MAX_FIELD_CHARS)
    published: str | None = Field(None, max_length=40)
    lang: str = Field("en", max_length=12)


class SpeakerPublic(_Public):
    """A speaker name as extracted, its kind and how many stored attributions credit it."""

    name: str
    kind: str
    quotes: int


class RolePublic(_Public):
    """A role a speaker was given, first and last seen, and in how many quotes."""

    role: str
    first_seen: str | None = None
    last_seen: str | None = None
    quotes: int


class SpeakerProfilePublic(_Public):
    """One speaker over time: quotes per month, roles with dates, outlets, and a page of their quotes."""

    name: str
    kind: str
    quotes: int
    first_date: str | None = None
    last_date: str | None = None
    undated: int = 0
    months: list[ValueCountPublic]
    roles: list[RolePublic]
    outlets: list[ValueCountPublic]
    latest: Page[AttributionPublic]


class OutletProfilePublic(_Public):
    """One outlet: quotes per month, most quoted speakers, and a page of its quotes."""

    name: str
    quotes: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None
    months: list[ValueCountPublic]
    speakers: list[ValueCountPublic]
    latest: Page[AttributionPublic]


class DiffPart(_Public):
    """A run of a report's wording against the earliest report: kept, added or left out."""

    op: Literal["same", "add", "del"]
    text: str


class ReportPublic(_Public):
    """One report of a statement, with its wording compared to the earliest report."""

    attribution: AttributionPublic
    diff: list[DiffPart]
    same_wording: bool


class StatementPublic(_Public):
    """Every report of one utterance, earliest first; the id is the earliest report's attribution id."""

    id: str
    speaker: str | None
    text: str
    earliest_date: str | None = None
    outlets: list[str]
    grouping: str = Field(
        description="How reports were grouped: 'linked' (the linker's statement cluster: copies, paraphrases and "
        "translations) or 'same-text' (same normalised text and speaker, for attributions not linked yet)."
    )
    reports: list[ReportPublic]


class StatsPublic(_Public):
    """Counts over the whole store."""

    backend: str
    articles: int
    attributions: int
    speakers: int
    outlets: int
    rejects: int
    by_type: dict[str, int]
    first_date: str | None = None
    last_date: str | None = None


class HealthPublic(_Public):
    """Liveness: the server answers and its store can be read."""

    status: Literal["ok"]
    version: str
    backend: str
    writes: bool = Field(description="Whether write endpoints are enabled (a write token was set at start).")
    mode: str = Field(description="How POST /api/articles extracts: rules, accurate or fast.")


class ErrorPublic(_Public):
    """Every error the API returns: the HTTP status, its name, and a message for people."""

    status: int
    error: str
    message: str
    details: list[str] = []
