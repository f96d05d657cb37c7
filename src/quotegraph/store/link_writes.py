"""Writing links both SQL backends share: speaker and statement rows, the saved linking state, pending articles.

Every ``write_links`` call is one transaction, so the link tables, the saved state and the pending list
always change together (see ``run.linking`` for how ingest uses this to survive a crash at any point).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from quotegraph.model import Attribution, ExtractionResult, Speaker, Statement
from quotegraph.store.link_records import LinkRows, LinkState, LinkUpdate
from quotegraph.store.rows import article_from_row, attribution_from_json, key_of, to_json

#: Ids per ``IN (...)`` list.
CHUNK = 500
#: The one row of ``link_state``.
STATE_ROW = "index"
SPEAKER_COLUMNS = ("id", "name", "name_key", "kind", "aliases", "roles", "external_id", "quotes")
STATEMENT_COLUMNS = (
    "id",
    "speaker_id",
    "earliest_attribution_id",
    "earliest_date",
    "venue",
    "outlets",
    "languages",
    "reports",
)
LINK_TABLES = ("speakers", "speaker_of", "statements", "statement_of")


def speaker_row(speaker: Speaker, quotes: int) -> tuple[Any, ...]:
    """Return a speaker's values in ``SPEAKER_COLUMNS`` order."""
    roles = [vars(r) for r in speaker.roles]
    aliases = list(speaker.aliases)
    key = key_of(speaker.name) or ""
    return (speaker.id, speaker.name, key, speaker.kind, to_json(aliases), to_json(roles), speaker.external_id, quotes)


def statement_row(statement: Statement) -> tuple[Any, ...]:
    """Return a statement's values in ``STATEMENT_COLUMNS`` order."""
    return (
        statement.id,
        statement.speaker_id,
        statement.earliest_attribution_id,
        statement.earliest_date,
        statement.venue,
        to_json(list(statement.outlets)),
        to_json(list(statement.languages)),
        len(statement.attribution_ids),
    )


class LinkWrites(ABC):
    """The link writes, over the SQL dialect hooks of ``SqlStore``."""

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one statement and return its rows."""

    @abstractmethod
    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """Return a context manager holding one write transaction."""

    @abstractmethod
    def _insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows given in ``columns`` order."""

    # -- writing -----------------------------------------------------------------------------------

    def write_links(self, update: LinkUpdate) -> None:
        """Write link rows, the saved state and the pending list in one transaction (see ``Store.write_links``)."""
        with self._transaction():
            self._put_link_rows(update.rows)
            if update.state is None:
                self._rows("UPDATE link_state SET tables_ahead = 1 WHERE name = ?", (STATE_ROW,))
            else:
                self._put_link_state(update.state)
            if update.linked is None:
                self._rows("DELETE FROM link_pending")
            else:
                self._delete_in("link_pending", "article_id", update.linked)

    def _delete_in(self, table: str, column: str, values: Iterable[str]) -> None:
        ordered = sorted(set(values))
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            self._rows(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(part))})", part)

    def _put_link_rows(self, rows: LinkRows) -> None:
        if rows.full:
            for table in LINK_TABLES:
                self._rows(f"DELETE FROM {table}")
        else:
            speakers = {s.id for s in rows.speakers} | set(rows.drop_speakers)
            self._delete_in("speakers", "id", speakers)
            self._delete_in("speaker_of", "speaker_id", speakers)
            self._delete_in("speaker_of", "attribution_id", (a for a, _ in rows.speaker_of))
            statements = {s.id for s in rows.statements} | set(rows.drop_statements)
            self._delete_in("statements", "id", statements)
            self._delete_in("statement_of", "statement_id", statements)
            self._delete_in("statement_of", "attribution_id", (a for s in rows.statements for a in s.attribution_ids))
        quotes = Counter(s for _, s in rows.speaker_of)
        self._insert_rows("speakers", SPEAKER_COLUMNS, [speaker_row(s, quotes[s.id]) for s in rows.speakers])
        self._insert_rows("speaker_of", ("attribution_id", "speaker_id"), sorted(rows.speaker_of))
        self._insert_rows("statements", STATEMENT_COLUMNS, [statement_row(s) for s in rows.statements])
        links = sorted((a, s.id, n) for s in rows.statements for n, a in enumerate(s.attribution_ids))
        self._insert_rows("statement_of", ("attribution_id", "statement_id", "seq"), links)

    def _put_link_state(self, state: LinkState) -> None:
        saved_at = state.saved_at or datetime.now(UTC).isoformat(timespec="seconds")
        self._rows(
            "INSERT INTO link_state (name, settings, state, arrays, articles, tables_ahead, saved_at) "
            "VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (name) DO UPDATE SET settings = excluded.settings, "
            "state = excluded.state, arrays = excluded.arrays, articles = excluded.articles, "
            "tables_ahead = 0, saved_at = excluded.saved_at",
            (STATE_ROW, to_json(state.settings), state.index, state.arrays, state.articles, saved_at),
        )

    def _mark_pending(self, article_ids: Iterable[str]) -> None:
        """Note articles written since the saved linking state (called inside ``write_results``)."""
        self._run_many(
            "INSERT INTO link_pending (article_id) VALUES (?) ON CONFLICT (article_id) DO NOTHING",
            [(i,) for i in sorted(set(article_ids))],
        )

    # -- reading the state -------------------------------------------------------------------------

    def link_state(self) -> LinkState | None:
        """Return the saved linking state, or None when the store was never linked."""
        rows = self._rows("SELECT * FROM link_state WHERE name = ?", (STATE_ROW,))
        if not rows:
            return None
        row = rows[0]
        return LinkState(
            settings=json.loads(row["settings"]),
            index=bytes(row["state"] or b""),
            arrays=bytes(row["arrays"] or b""),
            articles=int(row["articles"]),
            tables_ahead=bool(row["tables_ahead"]),
            saved_at=row["saved_at"],
        )

    def pending_links(self) -> list[str]:
        """Return the ids of articles written since the saved linking state included them, sorted."""
        return sorted(row["article_id"] for row in self._rows("SELECT article_id FROM link_pending"))

    def results_of(self, article_ids: Iterable[str]) -> list[ExtractionResult]:
        """Return the stored articles with these ids, with their attributions, ordered by id (missing ids skipped)."""
        ordered = sorted(set(article_ids))
        out: list[ExtractionResult] = []
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            in_list = ",".join("?" * len(part))
            articles = self._rows(f"SELECT * FROM articles WHERE id IN ({in_list}) ORDER BY id", part)
            found: dict[str, list[Attribution]] = {row["id"]: [] for row in articles}
            for row in self._rows(
                f"SELECT article_id, data FROM attributions WHERE article_id IN ({in_list}) ORDER BY article_id, seq",
                part,
            ):
                found[row["article_id"]].append(attribution_from_json(row["data"]))
            out.extend(ExtractionResult(article_from_row(row), tuple(found[row["id"]])) for row in articles)
        return out
