"""The typed queries and results that cross the store interface: no SQL, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.model import QUOTE_TYPES, Article, Attribution

MAX_LIMIT = 10_000
_WORD = re.compile(r"[^\W_]+")
_PART = re.compile(r'"([^"]*)"|([^\s"]+)')
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def words(text: str) -> list[str]:
    """Split text into the lower-cased words both backends index, so that search means the same on both.

    Args:
        text: Any text: a quote's content or a user's search terms.

    Returns:
        The runs of letters and digits, lower-cased; punctuation, underscores and spaces separate words.
    """
    return [w.lower() for w in _WORD.findall(text)]


def day_of(value: str | None) -> str | None:
    """Return the ``YYYY-MM-DD`` day at the start of an ISO date or timestamp, or None when there is none."""
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _bound(value: str | None, *, upper: bool) -> str | None:
    # "2020" and "2020-03" widen to the first (since) or last (until) day they cover.
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise QuotegraphError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    pad = ("-12", "-31") if upper else ("-01", "-01")
    parts = value.split("-")
    return "-".join(parts) + "".join(pad[len(parts) - 1 :])


@dataclass(frozen=True)
class SearchQuery:
    """What to look for: every given filter must hold. Results come newest first.

    Attributes:
        text: Words that must all occur in the quote; ``"double quoted"`` parts must occur as a phrase.
        speaker: Case-insensitive substring of the speaker's name ("merkel" finds "Angela Merkel").
        outlet: The outlet, matched case-insensitively and exactly.
        type: ``direct``, ``indirect`` or ``mixed``.
        since: First day included (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), on the quote's date.
        until: Last day included, same forms.
        limit: How many hits at most (1 to 10,000).
        after: Start after this hit (keyset pagination): pass the previous page's last ``QuoteHit.cursor``.
        exact_speaker: Match the speaker's whole name (case-insensitively) instead of a part of it.
    """

    text: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int = 20
    after: SearchCursor | None = None
    exact_speaker: bool = False

    def __post_init__(self) -> None:
        if self.type is not None and self.type not in QUOTE_TYPES:
            raise QuotegraphError(f"bad quote type {self.type!r}: use one of {', '.join(QUOTE_TYPES)}")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise QuotegraphError(f"bad limit {self.limit}: use 1 to {MAX_LIMIT}")
        _bound(self.since, upper=False)
        _bound(self.until, upper=True)

    @property
    def phrases(self) -> list[tuple[str, ...]]:
        """The text as phrases of words: a bare word is a one-word phrase; empty parts are dropped."""
        found: list[tuple[str, ...]] = []
        for quoted, bare in _PART.findall(self.text or ""):
            phrase = tuple(words(quoted or bare))
            if phrase and phrase not in found:
                found.append(phrase)
        return found

    @property
    def speaker_key(self) -> str | None:
        """The speaker filter as stored keys are written (lower case, trimmed), or None."""
        key = (self.speaker or "").strip().lower()
        return key or None

    @property
    def outlet_key(self) -> str | None:
        """The outlet filter as stored keys are written, or None."""
        key = (self.outlet or "").strip().lower()
        return key or None

    @property
    def since_day(self) -> str | None:
        """The first day included, as ``YYYY-MM-DD``."""
        return _bound(self.since, upper=False)

    @property
    def until_day(self) -> str | None:
        """The last day included, as ``YYYY-MM-DD``."""
        return _bound(self.until, upper=True)


@dataclass(frozen=True)
class SearchCursor:
    """Where a page of search hits ended, in the store's order: the last hit's date and its store key.

    The next page is ``SearchQuery(..., after=cursor)``: keyset pagination, so deep pages cost no more
    than the first and stay stable while new quotes arrive.
    """

    date: str | None
    key: int


@dataclass(frozen=True)
class QuoteHit:
    """One attribution found by a search, with the article facts needed to list it.

    ``key`` is the store's own row key, used only for pagination (``cursor``); hits compare without it.
    """

    attribution: Attribution
    date: str | None
    outlet: str | None
    published: str | None
    title: str | None
    url: str | None
    key: int | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        """The attribution id."""
        return self.attribution.id

    @property
    def cursor(self) -> SearchCursor | None:
        """The cursor a next page starts after, or None when the hit has no store key."""
        return None if self.key is None else SearchCursor(self.date, self.key)

    def to_dict(self) -> dict[str, Any]:
        """Return the hit as JSON-ready data: the attribution record plus the listing facts."""
        return {
            "date": self.date,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "attribution": self.attribution.to_dict(),
        }


@dataclass(frozen=True)
class SpeakerCount:
    """A speaker name as extracted, its kind and how many stored attributions credit it.

    For a linked speaker identity (``Store.identities``) ``id`` is its ``sp-`` id, ``aliases`` counts its
    other names and ``external_id`` is its pinned id (a Wikidata QID), if any.
    """

    name: str
    kind: str
    quotes: int
    id: str | None = None
    aliases: int = 0
    external_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready data (with ``id``, ``aliases`` and ``external_id`` for identities)."""
        data: dict[str, Any] = {"name": self.name, "kind": self.kind, "quotes": self.quotes}
        if self.id is not None:
            data.update(id=self.id, aliases=self.aliases, external_id=self.external_id)
        return data


@dataclass(frozen=True)
class ArticleView:
    """One stored article with its attributions, in text order."""

    article: Article
    attributions: tuple[Attribution, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the view as JSON-ready data."""
        return {"article": self.article.to_dict(), "attributions": [a.to_dict() for a in self.attributions]}


@dataclass(frozen=True)
class StoreStats:
    """Counts over a whole store."""

    backend: str
    articles: int
    attributions: int
    speakers: int
    outlets: int
    rejects: int
    by_type: dict[str, int] = field(default_factory=dict)
    rejects_by_code: dict[str, int] = field(default_factory=dict)
    first_date: str | None = None
    last_date: str | None = None
    migrations: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready data."""
        data = dict(vars(self))
        data["migrations"] = list(self.migrations)
        return data


@dataclass(frozen=True)
class LedgerEntry:
    """One input record known to be done: stored as an article, or rejected with a reason code.

    Attributes:
        source: The input the record came from (``Article.meta["source"]`` / ``Reject.source``).
        position: Where in the source (``Article.meta["position"]`` / ``Reject.position``).
        article_id: The stored article it became, when it was stored (possibly as a duplicate).
        code: The reject reason code, when it was rejected.
        recipe: How it was extracted (``ExtractOptions.recipe``), when this record's extraction stored it.
    """

    source: str
    position: str
    article_id: str | None = None
    code: str | None = None
    recipe: str | None = None


@dataclass(frozen=True)
class ValueCount:
    """A value (a speaker, an outlet, a quote type, a year or a ``YYYY-MM`` month) and its number of quotes."""

    value: str
    count: int


@dataclass(frozen=True)
class SearchFacets:
    """Counts over the newest matches of a search, by speaker, outlet, quote type and year.

    Attributes:
        sampled: How many matches were counted (the newest ones, at most the sample size asked for).
        complete: True when those were all the matches.
        speakers: Most quoted first, ties by name.
        outlets: Most quoting first, ties by name.
        types: Most frequent first.
        years: Newest first; undated quotes are not counted.
    """

    sampled: int
    complete: bool
    speakers: tuple[ValueCount, ...] = ()
    outlets: tuple[ValueCount, ...] = ()
    types: tuple[ValueCount, ...] = ()
    years: tuple[ValueCount, ...] = ()


@dataclass(frozen=True)
class RoleSpan:
    """A role a speaker was given, the first and last days it was seen, and in how many quotes."""

    role: str
    first_seen: str | None
    last_seen: str | None
    quotes: int


@dataclass(frozen=True)
class SpeakerProfile:
    """One speaker name over time: quotes per month, roles with dates, and the outlets quoting them.

    Attributes:
        name: The speaker's name as stored.
        kind: ``person``, ``organisation``, ``anonymous`` or ``unknown``.
        quotes: Stored attributions credited to the name.
        months: Quotes per ``YYYY-MM`` month, oldest first; months without quotes are left out.
        roles: Roles seen, earliest first seen first.
        outlets: Outlets by number of the speaker's quotes, most first.
        first_date: The earliest quote's day.
        last_date: The latest quote's day.
        undated: Quotes with no date (not in ``months``).
    """

    name: str
    kind: str
    quotes: int
    months: tuple[ValueCount, ...] = ()
    roles: tuple[RoleSpan, ...] = ()
    outlets: tuple[ValueCount, ...] = ()
    first_date: str | None = None
    last_date: str | None = None
    undated: int = 0


@dataclass(frozen=True)
class OutletProfile:
    """One outlet: its quotes per month and the speakers it quotes most.

    Attributes:
        name: The outlet's name as stored (one spelling when case varies).
        quotes: Stored attributions from its articles.
        articles: Its articles that have attributions.
        months: Quotes per ``YYYY-MM`` month, oldest first.
        speakers: Speakers by number of quotes in this outlet, most first.
        first_date: The earliest quote's day.
        last_date: The latest quote's day.
    """

    name: str
    quotes: int
    articles: int
    months: tuple[ValueCount, ...] = ()
    speakers: tuple[ValueCount, ...] = ()
    first_date: str | None = None
    last_date: str | None = None
