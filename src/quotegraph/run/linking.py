"""Linking a store: speaker identities and statements kept up to date as articles are written.

How it survives a crash (SIGKILL at any point, then a re-run):

- ``write_results`` adds every article it writes to ``link_pending``, in the same transaction as the
  article, so the store always knows which articles the saved linking state does not include.
- After each ingest batch is written, the ``LinkIndex`` (kept in memory for the run) links the batch, and
  the speakers and statements it changed are written in one transaction that also marks the link tables
  as ahead of the saved state (``tables_ahead``). ``LinkIndex.add`` re-links only what the batch touches,
  so a new article joins existing statements without re-linking everything.
- At the end of the run (and every ``CHECKPOINT_SECONDS``) the index is saved into the store with
  ``LinkIndex.save`` (JSON and NumPy arrays, no pickle) in one transaction that also removes the articles it
  holds from ``link_pending`` and clears ``tables_ahead``.
- The next run loads the saved index and links the pending articles. When the tables were ahead (the last
  run died after writing links it had not yet saved), every link row is rewritten from the caught-up index
  in the same transaction as the new save. When there is no saved index, it cannot be read, or the
  settings changed (linker, window, alias file), the store is linked from scratch from its attributions.

Linking is deterministic and incremental linking equals linking from scratch (``LinkIndex``), so every
path ends with the same links as one uninterrupted run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from quotegraph.link import LinkIndex
from quotegraph.model import ExtractionResult
from quotegraph.run.link_settings import LinkSettings, LinkSummary
from quotegraph.run.link_state import full_rows, link_rows, new_index, pack, resolve_settings, same_links, unpack
from quotegraph.store import Store
from quotegraph.store.link_records import LinkRows, LinkUpdate

#: Save the index at least this often during a long ingest (each save writes the whole index).
CHECKPOINT_SECONDS = 300.0
#: Articles read from the store per ``LinkIndex.add`` when catching up or linking from scratch.
PAGE = 500


class StoreLinker:
    """Links a store's articles as they are written, keeping its link tables and saved state consistent.

    Args:
        store: The store (this process is its one writer).
        settings: Linker, alias file and window; None fields keep the store's saved settings.
        rebuild: Link every stored article from scratch, even when a saved index could be used.
        checkpoint_seconds: Save the index at least this often while articles are added.
    """

    def __init__(
        self,
        store: Store,
        settings: LinkSettings | None = None,
        *,
        rebuild: bool = False,
        checkpoint_seconds: float = CHECKPOINT_SECONDS,
    ) -> None:
        self.store = store
        saved = store.link_state()
        self.settings = resolve_settings(saved.settings if saved else None, settings or LinkSettings())
        self.checkpoint_seconds = checkpoint_seconds
        self.articles = 0
        self.rebuilt = False
        self._unsaved: set[str] = set()  # article ids added since the last save
        self._saved_at = time.monotonic()
        index = None
        if saved is not None and not rebuild and same_links(saved.settings, self.settings):
            index = unpack(saved, self.settings)
        if index is None:
            self.index = self._rebuild()
            self.rebuilt = saved is not None  # a first linking is no rebuild
        else:
            self.index = index
            self._catch_up(full=saved is not None and saved.tables_ahead)

    def _pages(self, ids: Sequence[str]) -> Iterable[list[ExtractionResult]]:
        for start in range(0, len(ids), PAGE):
            yield self.store.results_of(ids[start : start + PAGE])

    def _rebuild(self) -> LinkIndex:
        """Link every stored article from scratch and replace all links, the state and the pending list."""
        index = new_index(self.settings)
        page: list[ExtractionResult] = []
        for result in self.store.iter_results(page_size=PAGE):
            page.append(result)
            if len(page) >= PAGE:
                index.add(page)
                page = []
        index.add(page)
        self.articles += len(index.contexts)
        self.store.write_links(LinkUpdate(full_rows(index), pack(index, self.settings), linked=None))
        self._saved_at = time.monotonic()
        return index

    def _catch_up(self, *, full: bool) -> None:
        """Link the articles written since the saved state; rewrite every link row when the tables were ahead."""
        pending = self.store.pending_links()
        if not pending and not full:
            return
        speakers: set[str] = set()
        statements: set[str] = set()
        for results in self._pages(pending):
            delta = self.index.add(results)
            speakers.update(delta.speakers_changed, delta.speakers_removed)
            statements.update(delta.statements_changed, delta.statements_removed)
        self.articles += len(pending)
        rows = full_rows(self.index) if full else link_rows(self.index, speakers, statements)
        self.store.write_links(LinkUpdate(rows, pack(self.index, self.settings), linked=tuple(pending)))
        self._saved_at = time.monotonic()

    def add(self, results: Sequence[ExtractionResult]) -> None:
        """Link results just written to the store and write the links they changed.

        The changed rows are committed at once (marking the tables ahead of the saved state); the index is
        saved when ``checkpoint_seconds`` have passed since the last save, and by ``finish``.

        Args:
            results: Results the store has committed (``write_results``).
        """
        if not results:
            return
        delta = self.index.add(results)
        speakers = {*delta.speakers_changed, *delta.speakers_removed}
        statements = {*delta.statements_changed, *delta.statements_removed}
        self.store.write_links(LinkUpdate(link_rows(self.index, speakers, statements), state=None))
        self._unsaved.update(r.article.id for r in results)
        self.articles += len({r.article.id for r in results})
        if time.monotonic() - self._saved_at >= self.checkpoint_seconds:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Save the index, and mark the articles it holds as linked, in one transaction."""
        if not self._unsaved:
            return
        linked = tuple(sorted(self._unsaved))
        self.store.write_links(LinkUpdate(LinkRows(), pack(self.index, self.settings), linked=linked))
        self._unsaved.clear()
        self._saved_at = time.monotonic()

    def finish(self, started: float | None = None) -> LinkSummary:
        """Save what is unsaved and return what linking did.

        Args:
            started: ``time.monotonic()`` when linking started, for the summary's ``seconds``.
        """
        self.checkpoint()
        return LinkSummary(
            articles=self.articles,
            speakers=len(self.index.speakers),
            statements=len(self.index.statements),
            rebuilt=self.rebuilt,
            linker=self.settings["linker"],
            seconds=round(time.monotonic() - started, 3) if started is not None else 0.0,
        )


def link_store(store: Store, settings: LinkSettings | None = None, *, rebuild: bool = False) -> LinkSummary:
    """Bring a store's links up to date: link pending articles, or everything when needed or asked.

    Args:
        store: The store.
        settings: Linker, alias file and window; None fields keep the store's saved settings.
        rebuild: Link every stored article from scratch.

    Returns:
        What was done.
    """
    started = time.monotonic()
    return StoreLinker(store, settings, rebuild=rebuild).finish(started)
