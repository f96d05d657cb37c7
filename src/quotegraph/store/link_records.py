"""The typed records of linked speakers and statements that cross the store interface: no SQL, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.model import Speaker, Statement
from quotegraph.store.records import QuoteHit, SearchQuery, SpeakerCount, ValueCount


@dataclass(frozen=True)
class LinkRows:
    """Link rows to write in one transaction: speakers and statements replaced whole, with their attributions.

    Attributes:
        speakers: Speakers to write (a stored row with the same id is replaced).
        speaker_of: (attribution id, speaker id) for every attribution of the speakers written.
        statements: Statements to write (replacing rows with the same id), with their attribution ids.
        drop_speakers: Speaker ids to delete, with their attribution links.
        drop_statements: Statement ids to delete, with their attribution links.
        full: Delete every link row first: the rows given are then all the links.
    """

    speakers: tuple[Speaker, ...] = ()
    speaker_of: tuple[tuple[str, str], ...] = ()
    statements: tuple[Statement, ...] = ()
    drop_speakers: tuple[str, ...] = ()
    drop_statements: tuple[str, ...] = ()
    full: bool = False


@dataclass(frozen=True)
class LinkState:
    """The saved linking state of a store (see ``run.linking``).

    Attributes:
        settings: What the links were built with: linker, window, alias file (name, text, digest).
        index: The saved ``LinkIndex``: gzipped ``index.json``; empty when only the settings are kept.
        arrays: Its ``arrays.npz`` (MinHash signatures, sentence vectors).
        articles: How many articles the saved index holds.
        tables_ahead: The link tables hold changes made after this state was saved.
        saved_at: When it was saved (ISO timestamp, UTC).
    """

    settings: dict[str, Any]
    index: bytes = b""
    arrays: bytes = b""
    articles: int = 0
    tables_ahead: bool = False
    saved_at: str | None = None


@dataclass(frozen=True)
class LinkUpdate:
    """One linking transaction: link rows, and optionally a new saved state and the articles it now holds.

    Attributes:
        rows: The link rows to write.
        state: The state to save (clears ``tables_ahead``); None marks the tables ahead of the saved state.
        linked: Article ids no longer pending (the saved state includes them); None clears every one.
    """

    rows: LinkRows
    state: LinkState | None = None
    linked: tuple[str, ...] | None = ()


@dataclass(frozen=True)
class MonthCount:
    """Statements first reported in a ``YYYY-MM`` month, and the attributions dated in it."""

    month: str
    statements: int
    quotes: int


@dataclass(frozen=True)
class SpeakerView:
    """One speaker identity: who, in which roles when, how often quoted, by whom, and under which names.

    Attributes:
        speaker: The identity (id, name, kind, aliases, role history, external id).
        quotes: Attributions credited to it.
        statements: Statements it made (each possibly reported many times).
        months: Statements and quotes per month, oldest first.
        outlets: Outlets by number of its quotes, most first.
        names: The names it was written under, by number of quotes, most first.
        first_date: Its earliest dated quote.
        last_date: Its latest dated quote.
        others: Other identities the name asked for also matches, most quoted first.
    """

    speaker: Speaker
    quotes: int
    statements: int
    months: tuple[MonthCount, ...] = ()
    outlets: tuple[ValueCount, ...] = ()
    names: tuple[ValueCount, ...] = ()
    first_date: str | None = None
    last_date: str | None = None
    others: tuple[SpeakerCount, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the view as JSON-ready data."""
        return {
            **self.speaker.to_dict(),
            "quotes": self.quotes,
            "statements": self.statements,
            "months": [vars(m) for m in self.months],
            "outlets": [vars(o) for o in self.outlets],
            "names": [vars(n) for n in self.names],
            "first_date": self.first_date,
            "last_date": self.last_date,
            "others": [o.to_dict() for o in self.others],
        }


@dataclass(frozen=True)
class StatementQuery:
    """Which statements to list, newest first (by the date of the earliest report).

    Attributes:
        speaker: A speaker id, or a name (see ``Store.speaker_identity``): only that identity's statements.
        since: First day included (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), on the earliest report's date.
        until: Last day included, same forms.
        min_reports: Only statements reported at least this many times.
        limit: How many at most (1 to 10,000).
    """

    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    min_reports: int = 1
    limit: int = 20

    def __post_init__(self) -> None:
        SearchQuery(since=self.since, until=self.until, limit=self.limit)  # validates the dates and the limit
        if self.min_reports < 1:
            raise QuotegraphError(f"bad min_reports {self.min_reports}: use 1 or more")

    @property
    def since_day(self) -> str | None:
        """The first day included, as ``YYYY-MM-DD``."""
        return SearchQuery(since=self.since).since_day

    @property
    def until_day(self) -> str | None:
        """The last day included, as ``YYYY-MM-DD``."""
        return SearchQuery(until=self.until).until_day


@dataclass(frozen=True)
class StatementHit:
    """One statement in a listing: the statement, its speaker's name and its earliest report's wording."""

    statement: Statement
    speaker: str | None
    quotation: str | None

    @property
    def reports(self) -> int:
        """How many attributions report it."""
        return len(self.statement.attribution_ids)

    def to_dict(self) -> dict[str, Any]:
        """Return the hit as JSON-ready data."""
        return {**self.statement.to_dict(), "speaker": self.speaker, "quotation": self.quotation}


@dataclass(frozen=True)
class Report:
    """One report of a statement: the attribution found with its article's facts, and the article language."""

    hit: QuoteHit
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {**self.hit.to_dict(), "lang": self.lang}


@dataclass(frozen=True)
class StatementView:
    """One statement with every report of it, earliest first."""

    statement: Statement
    speaker: Speaker | None
    reports: tuple[Report, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the view as JSON-ready data."""
        return {
            **self.statement.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "reports": [r.to_dict() for r in self.reports],
        }
