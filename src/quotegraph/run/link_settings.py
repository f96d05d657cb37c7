"""How ingest and ``quotegraph link`` link a store, and what a linking pass did (light: no linking imports)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LinkSettings:
    """How to link a store; a field left None keeps what the store's saved linking state used.

    A store remembers its linker, window and alias file (the file's contents are saved in the store), so
    later ingests link the same way without repeating them. Changing any of them re-links the whole store.

    Attributes:
        enabled: Link during ingest (``--link/--no-link``); unlinked articles are linked by the next
            linking ingest or ``quotegraph link``.
        linker: A ``quotegraph.registry.linkers`` name, or its short form (``exact``, ``fuzzy``,
            ``embedding``); the default is ``quotegraph.embedding_linker.v1``.
        alias_file: A CSV or JSON alias file pinning identities and external ids; ``""`` drops the saved one.
        window_days: Reports of one statement are at most this many days apart (default 10).
    """

    enabled: bool = True
    linker: str | None = None
    alias_file: str | None = None
    window_days: int | None = None


@dataclass(frozen=True)
class LinkSummary:
    """What one linking pass did.

    Attributes:
        articles: Articles added to the linking index by this pass.
        speakers: Speaker identities in the store afterwards.
        statements: Statements in the store afterwards.
        rebuilt: The whole store was linked from scratch (first link, new settings, or ``--rebuild``).
        linker: The linker used.
        seconds: Wall-clock time of the pass.
    """

    articles: int = 0
    speakers: int = 0
    statements: int = 0
    rebuilt: bool = False
    linker: str = ""
    seconds: float = 0.0

    def __str__(self) -> str:
        how = "rebuilt" if self.rebuilt else "linked"
        return f"{how} {self.articles} articles: {self.speakers} speakers, {self.statements} statements"
