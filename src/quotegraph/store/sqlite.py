"""The SQLite store: one file in WAL mode, FTS5 over quote text, one writer and many readers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.registry import stores
from quotegraph.store.records import SearchCursor, SearchQuery
from quotegraph.store.rows import ATTRIBUTION_COLUMNS
from quotegraph.store.sql import HIT_COLUMNS, SqlStore
from quotegraph.store.sqlite_schema import migrate

#: A text search with a speaker filter whose names have at most this many quotes walks that speaker's
#: quotes newest first and tests each against FTS5 (~10-150 us a test); other text searches walk FTS5
#: hits newest first and stop after ``limit`` (see ``quote_key``).
SPEAKER_DRIVEN_MAX = 2_000
#: Bits of a quote key holding the insertion number; the bits above hold the day.
SEQ_BITS = 40
_DATE = ATTRIBUTION_COLUMNS.index("date")
_CONTENT = ATTRIBUTION_COLUMNS.index("content")


def quote_key(day: str | None, seq: int) -> int:
    """Return the rowid of a quote: its day (0 when undated) above its insertion number.

    Ordering rowids descending is then ordering by date descending, undated last, newest stored first,
    which is the store's search order; so FTS5, which yields hits in rowid order, yields them newest
    first and a search can stop after ``limit`` hits however common its words are.

    Args:
        day: ``YYYY-MM-DD`` or None.
        seq: The insertion number, below ``2**SEQ_BITS``.
    """
    days = int(day[:4]) * 372 + int(day[5:7]) * 31 + int(day[8:10]) if day else 0
    return (days << SEQ_BITS) | seq


def sqlite_path(url: str) -> str:
    """Return the file path of a ``sqlite:///path`` URL or plain path (``sqlite:////abs`` is absolute)."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite:"):
        raise QuotegraphError(f"bad SQLite URL {url!r}: use sqlite:///relative/path or sqlite:////abs/path")
    return url


def fts5_query(phrases: Sequence[tuple[str, ...]]) -> str:
    """Return an FTS5 query requiring every phrase; words are letters and digits, so quoting is safe."""
    return " AND ".join('"' + " ".join(phrase) + '"' for phrase in phrases)


#: Bytes of the database file each connection reads through memory mapping rather than ``read()`` copies:
#: searches walk the FTS and date indexes, and mapped pages skip a copy per page (about a quarter faster).
MMAP_BYTES = 256 * 2**20


class SqliteStore(SqlStore):
    """A store in one SQLite file (see ``Store``); opening it applies pending migrations.

    Args:
        url: ``sqlite:///path``, a plain path, or ``:memory:``.
        create: Create the file when it is missing; otherwise a missing file is an error.
    """

    backend = "sqlite"

    def __init__(self, url: str, *, create: bool = True) -> None:
        super().__init__(url)
        self.path = sqlite_path(url)
        if self.path != ":memory:" and not Path(self.path).exists():
            if not create:
                raise QuotegraphError(f"no store at {self.path}: run `quotegraph ingest` first")
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # check_same_thread=False: a pool may hand the store to another thread, one user at a time (web/).
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0, check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            for pragma in (
                "journal_mode = WAL",
                "synchronous = NORMAL",
                "foreign_keys = ON",
                f"mmap_size = {MMAP_BYTES}",
            ):
                self._conn.execute(f"PRAGMA {pragma}")
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            raise QuotegraphError(f"cannot open SQLite store {self.path}: {exc}") from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._conn.execute(sql, params).fetchall()

    def _columns(self, rows: Sequence[Any], names: Sequence[str]) -> dict[str, Sequence[Any]]:
        # sqlite3.Row iterates its values in column order: one C-level transposition.
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
        return dict(zip(names, columns, strict=True))

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # BEGIN IMMEDIATE takes the write lock up front, as Datasette's writer does.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _insert_attributions(self, rows: list[list[Any]]) -> None:
        (last,) = self._conn.execute(
            "UPDATE counters SET value = value + ? WHERE name = 'attributions' RETURNING value", (len(rows),)
        ).fetchone()
        first = last - len(rows) + 1
        keyed = [[quote_key(row[_DATE], first + n), *row] for n, row in enumerate(rows)]
        self._insert_rows("attributions", ("pk", *ATTRIBUTION_COLUMNS), keyed)
        self._run_many(
            "INSERT INTO attributions_fts (rowid, content) VALUES (?, ?)", [(r[0], r[1 + _CONTENT]) for r in keyed]
        )

    def _contains(self, column: str, needle: str) -> tuple[str, Any]:
        return f"instr({column}, ?) > 0", needle

    def _after(self, cursor: SearchCursor) -> tuple[str, list[Any]]:
        # A quote's key sorts exactly as searches do (see quote_key). The unary "+" keeps the planner on
        # the ordered date/speaker/outlet index rather than a rowid range that would then need a sort.
        return "+a.pk < ?", [cursor.key]

    def _text_search(self, query: SearchQuery, where: list[str], params: list[Any], columns: str) -> list[Any]:
        match = fts5_query(query.phrases)
        if query.speaker_key and self._speaker_quotes(query.speaker_key) <= SPEAKER_DRIVEN_MAX:
            # A little-quoted speaker: walk their quotes newest first, testing each against FTS5.
            condition = "EXISTS (SELECT 1 FROM attributions_fts f WHERE f.attributions_fts MATCH ? AND f.rowid = a.pk)"
            return self._rows(self.search_sql([condition, *where], columns=columns), [match, *params, query.limit])
        # Otherwise walk FTS5 hits in rowid order, which is newest first, and stop after ``limit``.
        low = quote_key(query.since_day, 0)
        high = quote_key(query.until_day, (1 << SEQ_BITS) - 1) if query.until_day else (1 << 63) - 1
        if query.after is not None:
            high = min(high, query.after.key - 1)
        conditions = " ".join(f"AND {w}" for w in where)
        join = "CROSS JOIN articles ar ON ar.id = a.article_id " if columns == HIT_COLUMNS else ""
        sql = (
            f"SELECT {columns} FROM attributions_fts f CROSS JOIN attributions a ON a.pk = f.rowid {join}"
            f"WHERE f.attributions_fts MATCH ? AND f.rowid BETWEEN ? AND ? {conditions} ORDER BY f.rowid DESC LIMIT ?"
        )
        return self._rows(sql, [match, low, high, *params, query.limit])

    def _speaker_quotes(self, key: str) -> int:
        rows = self._rows("SELECT coalesce(sum(quotes), 0) AS n FROM speaker_names WHERE instr(key, ?) > 0", (key,))
        return int(rows[0]["n"])

    def close(self) -> None:
        """Close the connection (checkpointing the WAL when this is the last one)."""
        self._conn.close()


@stores.register("quotegraph.sqlite_store.v1")
def open_sqlite(url: str, *, create: bool = True) -> SqliteStore:
    """Open (and create or migrate) a SQLite store.

    Args:
        url: ``sqlite:///path``, a plain path, or ``:memory:``.
        create: Create the file when missing; otherwise raise ``QuotegraphError``.
    """
    return SqliteStore(url, create=create)
