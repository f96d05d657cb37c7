"""The one interface every store implements: write results, keep the ingest ledger, answer queries."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType

from quotegraph.errors import Reject
from quotegraph.model import ExtractionResult
from quotegraph.store.link_base import LinkInterface
from quotegraph.store.records import (
    ArticleView,
    LedgerEntry,
    OutletProfile,
    QuoteHit,
    SearchFacets,
    SearchQuery,
    SpeakerCount,
    SpeakerProfile,
    StoreStats,
    ValueCount,
)


class Store(LinkInterface, ABC):
    """A place to keep articles, their attributions, rejects and the ingest ledger, and links across them.

    One process writes (the ingest main process); any number may read. Every write method runs in one
    transaction: after a crash at any point, either all of a call's rows are there or none are.
    Stores are context managers: ``with open_store(url) as store: ...`` closes them.
    """

    #: The backend's short name ("sqlite", "postgresql").
    backend: str = ""

    def __init__(self, url: str) -> None:
        self.url = url

    # -- writing -----------------------------------------------------------------------------------

    @abstractmethod
    def write_results(
        self,
        results: Sequence[ExtractionResult],
        *,
        rejects: Sequence[Reject] = (),
        done: Sequence[LedgerEntry] = (),
        recipe: str | None = None,
    ) -> None:
        """Store results, rejects and ledger entries in one transaction.

        An article already stored under the same id is replaced, with its attributions: writing the
        same result twice leaves one copy. Results whose article carries ``meta["source"]`` and
        ``meta["position"]``, and every reject, also mark that input record done in the ledger.

        Args:
            results: Articles with their attributions.
            rejects: Inputs that could not be used, each with its reason code.
            done: Further ledger entries, e.g. records skipped as duplicates of a stored article.
            recipe: How the results were extracted (``ExtractOptions.recipe``), kept in their ledger entries.
        """

    def record_rejects(self, rejects: Sequence[Reject]) -> None:
        """Store rejects (and mark their input records done) in one transaction.

        Args:
            rejects: The rejects; one row per (source, position), the latest wins.
        """
        self.write_results((), rejects=rejects)

    # -- the ingest ledger -------------------------------------------------------------------------

    @abstractmethod
    def ledger(self, source: str) -> dict[str, str | None]:
        """Return the records of one source already done.

        Args:
            source: The source as the reader names it.

        Returns:
            Position → reject code for rejected records, or None for records stored as articles.
        """

    @abstractmethod
    def ledger_recipes(self, source: str) -> dict[str, str]:
        """Return how the stored records of one source were extracted, where the ledger knows.

        Args:
            source: The source as the reader names it.

        Returns:
            Position → ``ExtractOptions.recipe`` for records this source's extraction stored (not duplicates of
            an article stored from elsewhere, nor records done before stores kept it).
        """

    @abstractmethod
    def recipes(self) -> dict[str, int]:
        """Return how the store's records were extracted, where the ledger knows: recipe → records."""

    @abstractmethod
    def existing_articles(self, ids: Iterable[str]) -> set[str]:
        """Return those of the given article ids that are stored."""

    # -- reading -----------------------------------------------------------------------------------

    @abstractmethod
    def search(self, query: SearchQuery) -> list[QuoteHit]:
        """Find attributions matching every filter of the query, newest first.

        Quotes are ordered by date (the date the quote was said when known, else the publication day),
        newest first, then by newest stored; undated quotes come last.

        Args:
            query: The filters and the limit.

        Returns:
            At most ``query.limit`` hits.
        """

    @abstractmethod
    def speakers(self, name: str | None = None, limit: int = 50) -> list[SpeakerCount]:
        """List speaker names by number of stored attributions, most quoted first.

        Args:
            name: Keep only names containing this, case-insensitively.
            limit: How many at most.
        """

    @abstractmethod
    def article(self, article_id: str) -> ArticleView | None:
        """Return one article with its attributions in text order, or None when it is not stored."""

    @abstractmethod
    def attribution(self, attribution_id: str) -> QuoteHit | None:
        """Return one attribution with its article's facts (as a search hit), or None when it is not stored."""

    @abstractmethod
    def facets(self, query: SearchQuery, sample: int = 200, top: int = 10) -> SearchFacets:
        """Count the newest ``sample`` matches of a search by speaker, outlet, quote type and year.

        Args:
            query: The search; its ``limit`` and ``after`` are ignored.
            sample: How many of the newest matches to count.
            top: Values kept per facet, most frequent first (years are all kept, newest first).
        """

    def search_faceted(
        self, query: SearchQuery, sample: int = 200, top: int = 10
    ) -> tuple[list[QuoteHit], SearchFacets]:
        """Return ``search(query)`` and ``facets(query, sample, top)`` together.

        A search page shows both; SQL stores answer them with one walk over the matches when they can.
        """
        return self.search(query), self.facets(query, sample, top)

    @abstractmethod
    def speaker_profile(self, name: str) -> SpeakerProfile | None:
        """Return a speaker name's quotes per month, roles with first and last dates, and outlets.

        Args:
            name: The whole name, matched case-insensitively.

        Returns:
            The profile, or None when no stored quote credits that name.
        """

    @abstractmethod
    def outlets(self, name: str | None = None, limit: int = 50) -> list[ValueCount]:
        """List outlets by number of stored quotes, most first (ties by name).

        Args:
            name: Keep only outlets whose name contains this, case-insensitively.
            limit: How many at most.
        """

    @abstractmethod
    def outlet_profile(self, outlet: str, top: int = 20) -> OutletProfile | None:
        """Return an outlet's quotes per month and its most quoted speakers, or None when it has no quotes.

        Args:
            outlet: The outlet's name, matched case-insensitively and exactly.
            top: Speakers kept, most quoted first.
        """

    @abstractmethod
    def stats(self) -> StoreStats:
        """Return counts over the whole store."""

    @abstractmethod
    def rejects(self, limit: int | None = None) -> list[Reject]:
        """Return recorded rejects in input order (by source, then position as recorded).

        Args:
            limit: How many at most; None for all.
        """

    @abstractmethod
    def iter_results(self, page_size: int = 500) -> Iterator[ExtractionResult]:
        """Yield every stored article with its attributions, ordered by article id, in bounded memory.

        Args:
            page_size: Articles fetched per round trip.
        """

    # -- lifecycle ---------------------------------------------------------------------------------

    @abstractmethod
    def close(self) -> None:
        """Release the connection; the store must not be used afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
