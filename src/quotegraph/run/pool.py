"""Ingest: read sources in this process, extract on a process pool, and write each batch in one transaction.

The main process is the store's one writer. Each batch's articles, attributions, rejects and ledger
entries commit together, so an ingest killed at any moment (even by SIGKILL) and run again loses
nothing and duplicates nothing: records the ledger marks done are skipped, and so are articles whose id
is already stored; a record the ledger says was extracted another way (``ExtractOptions.recipe``: another
mode, convention or filter) is extracted again and replaces what was stored, and so is every finished record,
stored or rejected, when the run is asked to (``IngestOptions.again``), or every rejected one
(``IngestOptions.again_rejected``). Linking (speakers and
statements) follows each batch's write; ``run.linking`` says how its state stays consistent with the
articles through a crash.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotegraph.errors import QuotegraphError, Reject
from quotegraph.extract.options import ExtractOptions
from quotegraph.model import Article, ExtractionResult
from quotegraph.run.ledger import Ledger, record_key
from quotegraph.run.link_settings import LinkSettings, LinkSummary
from quotegraph.run.progress import Progress, count_records
from quotegraph.run.workers import extract_batch, init_worker
from quotegraph.settings import get_setting
from quotegraph.store import LedgerEntry, Store, open_store

if TYPE_CHECKING:
    from quotegraph.read import ReadOptions
    from quotegraph.run.linking import StoreLinker


def _default_batch_size() -> int:
    return int(get_setting("batch_size"))


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest.

    Attributes:
        db: Store URL or path; None means ``./quotegraph.db``.
        workers: Extraction processes; 1 extracts in this process.
        batch_size: Articles per extraction batch and per store transaction.
        read: How to read the sources (format, column names, language, encoding).
        extract: How to extract (filters, spaCy batch size).
        progress: Show a progress bar with rate and ETA on stderr.
        count_seconds: Time allowed for a first pass counting the input records, which gives the
            progress bar its total and so an ETA; 0 skips it.
        link: Whether and how to link speakers and statements after each batch is written
            (see ``run.linking``).
        again: Extract every record an earlier run finished again, stored or rejected, and replace what it stored
            (after an upgrade: better extraction, or a failure fixed); a record that fails again keeps what was stored.
        again_rejected: Extract again only the records an earlier run rejected when extracting them (a failure, a
            language then unsupported), not the stored ones: after an upgrade that fixed failures, at the cost of
            those records alone.
        spark: A Spark master URL ("local[4]", "spark://host:7077", "yarn"): extract each batch as one Spark job
            instead of on local processes (see ``run.spark``); give a batch size of a few articles per core.
    """

    db: str | None = None
    workers: int = 1
    batch_size: int = field(default_factory=_default_batch_size)
    read: ReadOptions | None = None
    extract: ExtractOptions | None = None
    progress: bool = True
    count_seconds: float = 5.0
    link: LinkSettings = field(default_factory=LinkSettings)
    again: bool = False
    again_rejected: bool = False
    spark: str | None = None


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest did, counted over the whole input: ``read == stored + rejected``.

    Attributes:
        read: Input records: every article or reject the readers produced.
        stored: Records that are in the store as articles, whether stored by this run, by an earlier run
            of the same ingest, or as a duplicate of an article already stored under the same id.
        rejected: Records recorded as rejects (by the readers or by extraction), with reason codes.
        resumed: Records an earlier run had already finished (counted in stored or rejected too).
        extracted_again: Records an earlier run had finished that this run extracted again: stored ones extracted
            another way (another mode, convention or filter: ``ExtractOptions.recipe``), or, when asked, every one
            (``IngestOptions.again``) or every rejected one (``again_rejected``); counted in stored or rejected by
            the outcome.
        attributions: Attributions written by this run.
        seconds: Wall-clock time of the run.
        links: What linking did, or None when the run did not link.
    """

    read: int = 0
    stored: int = 0
    rejected: int = 0
    resumed: int = 0
    extracted_again: int = 0
    attributions: int = 0
    seconds: float = 0.0
    links: LinkSummary | None = None
    asked_again: bool = False

    def __str__(self) -> str:
        why = "" if self.asked_again else ", another way than before"
        again = f" ({self.extracted_again} extracted again{why})" if self.extracted_again else ""
        return f"read {self.read}, stored {self.stored}{again}, rejected {self.rejected}"


class _InlineExecutor(Executor):
    """Runs each batch at once in this process (``workers=1``)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Run ``fn`` now and return a future already holding its result or exception."""
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def _executor(options: IngestOptions) -> Executor:
    if options.workers < 1:
        raise QuotegraphError(f"bad workers {options.workers}: use 1 or more")
    if options.spark is not None:
        if options.workers > 1:
            raise QuotegraphError("extract on Spark or on local workers, not both")
        from quotegraph.run.spark import SparkExecutor

        return SparkExecutor(options.spark, options.extract)
    if options.workers == 1:
        init_worker(options.extract, warm_up=False)
        return _InlineExecutor()
    return ProcessPoolExecutor(
        max_workers=options.workers,
        mp_context=multiprocessing.get_context("spawn"),  # never fork a process holding a model or a DB
        initializer=init_worker,
        initargs=(options.extract,),
    )


class _Run:
    """The state of one ingest: counts, the batch being filled, and the batches in flight."""

    def __init__(
        self, store: Store, executor: Executor, options: IngestOptions, progress: Progress, linker: StoreLinker | None
    ) -> None:
        self.store, self.executor, self.options, self.progress = store, executor, options, progress
        self.linker = linker
        self.ledger = Ledger(store)
        self.recipe = (options.extract or ExtractOptions()).recipe
        self.counts = {"read": 0, "stored": 0, "rejected": 0, "resumed": 0, "extracted_again": 0, "attributions": 0}
        self.seen: set[str] = set()  # article ids taken by this run
        self.again: set[str] = set()  # article ids an earlier run finished that this run extracts again
        self.batch: list[Article] = []
        self.rejects: list[Reject] = []  # reader rejects waiting for the next transaction
        self.done: list[LedgerEntry] = []  # duplicates waiting for the next transaction
        self.pending: set[Future[list[ExtractionResult | Reject]]] = set()

    def take(self, item: Article | Reject) -> None:
        """Route one input record: skip it, reject it, note it as a duplicate, or batch it."""
        self.counts["read"] += 1
        if isinstance(item, Reject):
            self.rejects.append(item)
            self._finish(rejected=1)
        elif self.ledger.is_done(item) and item.id not in self.seen and self._again(item):
            self.counts["extracted_again"] += 1
            self.again.add(item.id)
            self.seen.add(item.id)
            self.batch.append(item)
        elif self.ledger.is_done(item):
            self.counts["resumed"] += 1
            rejected = self.ledger.was_rejected(item)
            self._finish(stored=int(not rejected), rejected=int(rejected))
        elif item.id in self.seen:
            self._duplicate(item)
        else:
            self.seen.add(item.id)
            self.batch.append(item)
        if len(self.batch) >= self.options.batch_size:
            self.submit()
        if len(self.rejects) + len(self.done) >= self.options.batch_size:
            self.write([])

    def _again(self, article: Article) -> bool:
        """Whether to extract a record an earlier run finished: when asked to (all of them, or the rejected ones),
        or when it was extracted otherwise."""
        if self.options.again or (self.options.again_rejected and self.ledger.was_rejected(article)):
            return True
        return self.ledger.made_otherwise(article, self.recipe) is not None

    def _duplicate(self, article: Article) -> None:
        key = record_key(article)
        if key:
            self.done.append(LedgerEntry(key[0], key[1], article_id=article.id))
        self._finish(stored=1)

    def _finish(self, *, stored: int = 0, rejected: int = 0) -> None:
        self.counts["stored"] += stored
        self.counts["rejected"] += rejected
        self.progress.advance(stored + rejected)

    def submit(self) -> None:
        """Send the current batch to extraction, minus articles an earlier run already stored."""
        batch, self.batch = self.batch, []
        stored = self.store.existing_articles(a.id for a in batch) - self.again
        for article in batch:
            if article.id in stored:
                self._duplicate(article)
        fresh = [a for a in batch if a.id not in stored]
        if fresh:
            self.pending.add(self.executor.submit(extract_batch, fresh))
        self.collect(block=len(self.pending) >= 2 * self.options.workers)

    def collect(self, *, block: bool, everything: bool = False) -> None:
        """Write the batches that have come back; wait for one (or for all) when asked."""
        while self.pending:
            done, self.pending = wait(self.pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    self.write(future.result())
                except BrokenProcessPool as exc:
                    raise QuotegraphError(f"an extraction worker died ({exc}); run again to resume") from exc
            if not everything:
                return

    def write(self, outcome: Sequence[ExtractionResult | Reject]) -> None:
        """Commit one batch's results, its rejects and any waiting rejects and duplicates together."""
        results = [r for r in outcome if isinstance(r, ExtractionResult)]
        rejects = [r for r in outcome if isinstance(r, Reject)]
        self.store.write_results(results, rejects=[*self.rejects, *rejects], done=self.done, recipe=self.recipe)
        if self.linker is not None:
            self.linker.add(results)  # committed right after the batch; see run.linking for crash safety
        self.rejects, self.done = [], []
        self.counts["attributions"] += sum(len(r.attributions) for r in results)
        self._finish(stored=len(results), rejected=len(rejects))

    def finish(self) -> None:
        """Extract the last partial batch, wait for everything in flight and write what is left."""
        if self.batch:
            self.submit()
        self.collect(block=True, everything=True)
        if self.rejects or self.done:
            self.write([])


def ingest(sources: Sequence[str | Path], options: IngestOptions | None = None) -> IngestSummary:
    """Read, extract and store every record of the sources; safe to interrupt and run again.

    Args:
        sources: Files, directories or ``"-"`` for stdin, as ``read_sources`` takes them.
        options: Where to store, how many workers, how to read and extract.

    Returns:
        The counts over the whole input (see ``IngestSummary``); ``str()`` gives
        ``read N, stored M, rejected K``.

    Raises:
        QuotegraphError: On bad options, an unreadable store, or a worker process that died.
    """
    from quotegraph.read import read_sources

    options = options or IngestOptions()
    started = time.monotonic()
    total = count_records(sources, options.read, options.count_seconds) if options.progress else None
    executor = _executor(options)  # first: a Spark master that does not answer leaves no store behind
    try:
        store = open_store(options.db)
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    with store, Progress(total, enabled=options.progress) as progress:
        try:
            linker = _linker(store, options.link)
            run = _Run(store, executor, options, progress, linker)
            for item in read_sources(sources, options.read):
                run.take(item)
            run.finish()
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
        links = linker.finish(started) if linker is not None else None
    seconds = round(time.monotonic() - started, 3)
    asked = options.again or options.again_rejected
    return IngestSummary(**run.counts, seconds=seconds, links=links, asked_again=asked)


def _linker(store: Store, settings: LinkSettings) -> StoreLinker | None:
    """Start linking (catching up on articles an earlier run stored but did not link), unless turned off."""
    if not settings.enabled:
        return None
    from quotegraph.run.linking import StoreLinker

    return StoreLinker(store, settings)
