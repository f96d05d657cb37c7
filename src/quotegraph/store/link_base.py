"""The part of the store interface that keeps links: speaker identities, statements and the linking state.

``Store`` inherits it; ``store.link_writes`` and ``store.link_reads`` implement it for both SQL backends.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from quotegraph.model import ExtractionResult, Speaker, Statement
from quotegraph.store.link_records import (
    LinkState,
    LinkUpdate,
    Report,
    SpeakerView,
    StatementHit,
    StatementQuery,
    StatementView,
)
from quotegraph.store.records import SpeakerCount


class LinkInterface(ABC):
    """Links across articles: who is who (speaker identities) and which reports are one statement."""

    # -- writing -----------------------------------------------------------------------------------

    @abstractmethod
    def write_links(self, update: LinkUpdate) -> None:
        """Write link rows, and optionally the saved linking state and the pending list, in one transaction.

        Args:
            update: Speakers and statements to write or delete (or all of them), the state to save (None
                marks the tables as ahead of the saved state), and the articles no longer pending.
        """

    @abstractmethod
    def link_state(self) -> LinkState | None:
        """Return the saved linking state, or None when the store was never linked."""

    @abstractmethod
    def pending_links(self) -> list[str]:
        """Return the ids of articles written since the saved linking state included them, sorted.

        ``write_results`` adds every article it writes, in its own transaction.
        """

    @abstractmethod
    def results_of(self, article_ids: Iterable[str]) -> list[ExtractionResult]:
        """Return the stored articles with these ids and their attributions, ordered by id; missing ids are skipped."""

    # -- reading -----------------------------------------------------------------------------------

    @abstractmethod
    def has_links(self) -> bool:
        """Return whether any attribution is linked to a speaker identity."""

    @abstractmethod
    def identities(self, name: str | None = None, limit: int = 50, everyone: bool = False) -> list[SpeakerCount]:
        """List speaker identities by number of linked attributions, most quoted first, ties by id.

        Args:
            name: Keep only identities whose name or an alias contains this, case-insensitively.
            limit: How many at most.
            everyone: Also list speakers known in one article only (anonymous sources, descriptions).
        """

    @abstractmethod
    def find_speakers(self, name: str) -> list[SpeakerCount]:
        """Return the identities a name designates, best first (most quoted, then by id).

        Tried in turn, the first that finds any wins: a speaker id or external id (``Q76``); the identity's
        name (case-insensitive); a name its attributions were written under ("Volkov"); part of its name or
        an alias.
        """

    @abstractmethod
    def speaker_identity(self, name: str) -> SpeakerView | None:
        """Return the best identity ``find_speakers`` gives for a name, over time, or None when none matches.

        The view has its role history, statements and quotes per month, outlets, the names it was written
        under, and the other identities the name also matched.
        """

    @abstractmethod
    def speaker_records(self) -> list[tuple[Speaker, int]]:
        """Return every speaker identity with its number of quotes, ordered by id."""

    @abstractmethod
    def statements(self, query: StatementQuery) -> list[StatementHit]:
        """List statements, newest first by their earliest report's date (undated last), ties by id.

        Args:
            query: Speaker (an id or a name, resolved as ``find_speakers`` does, best match), dates, the
                minimum number of reports and the limit.
        """

    @abstractmethod
    def statement(self, statement_id: str) -> StatementView | None:
        """Return one statement with its speaker and every report of it, earliest first, or None."""

    @abstractmethod
    def statement_reports(self, statement_ids: Iterable[str]) -> dict[str, list[Report]]:
        """Return statement id -> its stored reports (attribution, article facts, language), earliest first."""

    @abstractmethod
    def iter_statements(self, page_size: int = 500) -> Iterator[Statement]:
        """Yield every statement, ordered by id, in bounded memory."""

    @abstractmethod
    def attribution_links(self, attribution_ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """Return attribution id -> (speaker id, statement id) for the linked ones among these ids."""
