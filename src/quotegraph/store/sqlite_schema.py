"""The SQLite schema as an ordered list of named migrations, applied once each and recorded.

Modelled on sqlite-utils' migrations: a ``schema_migrations`` table names every migration applied, and
opening a store applies the missing ones in order inside one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from quotegraph.store.link_schema import SQLITE_LINKS


@dataclass(frozen=True)
class Migration:
    """One schema step: a sortable name and the statements it runs."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_initial",
        (
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                text TEXT NOT NULL,
                title TEXT, url TEXT, outlet TEXT, published TEXT, dateline TEXT, lang TEXT,
                meta TEXT NOT NULL DEFAULT '{}',
                source TEXT, position TEXT,
                stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            )""",
            "CREATE INDEX articles_outlet ON articles (outlet)",
            "CREATE INDEX articles_published ON articles (published)",
            """CREATE TABLE speaker_names (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                quotes INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX speaker_names_quotes ON speaker_names (quotes DESC)",
            # pk is assigned by the store as (day key << 40 | insertion number): rowid order is newest-first
            # order, so full-text hits come out of FTS5 already sorted and a search stops after ``limit``.
            """CREATE TABLE attributions (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                type TEXT NOT NULL,
                content TEXT NOT NULL,
                speaker_id INTEGER REFERENCES speaker_names (id),
                speaker TEXT, speaker_kind TEXT, role TEXT, cue TEXT, venue TEXT, addressee TEXT,
                via TEXT, said_on TEXT,
                outlet TEXT, outlet_key TEXT, published TEXT, date TEXT,
                confidence REAL NOT NULL,
                data TEXT NOT NULL,
                UNIQUE (article_id, seq)
            )""",
            "CREATE INDEX attributions_id ON attributions (id)",
            "CREATE INDEX attributions_date ON attributions (date)",
            "CREATE INDEX attributions_speaker ON attributions (speaker_id, date)",
            "CREATE INDEX attributions_outlet ON attributions (outlet_key, date)",
            "CREATE INDEX attributions_type ON attributions (type, date)",
            # External-content FTS5 over the quote text (sqlite-utils enable_fts). Deletes and updates are
            # kept in step by triggers; inserts are indexed by the store itself in the same transaction
            # (SqliteStore._insert_attributions), because a per-row trigger into FTS5 costs ~45 us a row
            # against ~5 us for direct inserts, which made bulk loads 5x slower.
            """CREATE VIRTUAL TABLE attributions_fts USING fts5 (
                content, content='attributions', content_rowid='pk',
                tokenize='unicode61 remove_diacritics 0'
            )""",
            """CREATE TRIGGER attributions_ad AFTER DELETE ON attributions BEGIN
                INSERT INTO attributions_fts (attributions_fts, rowid, content)
                VALUES ('delete', old.pk, old.content);
            END""",
            """CREATE TRIGGER attributions_au AFTER UPDATE OF content ON attributions BEGIN
                INSERT INTO attributions_fts (attributions_fts, rowid, content)
                VALUES ('delete', old.pk, old.content);
                INSERT INTO attributions_fts (rowid, content) VALUES (new.pk, new.content);
            END""",
            """CREATE TABLE rejects (
                n INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                position TEXT NOT NULL,
                code TEXT NOT NULL,
                detail TEXT NOT NULL,
                recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                UNIQUE (source, position)
            )""",
            "CREATE INDEX rejects_code ON rejects (code)",
            "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "INSERT INTO counters (name, value) VALUES ('attributions', 0)",
            """CREATE TABLE ledger (
                source TEXT NOT NULL,
                position TEXT NOT NULL,
                article_id TEXT,
                code TEXT,
                PRIMARY KEY (source, position)
            ) WITHOUT ROWID""",
        ),
    ),
    Migration("0002_links", SQLITE_LINKS),
    # how each stored record was extracted, so that an ingest in another mode extracts it again (run.ledger)
    Migration("0003_ledger_recipe", ("ALTER TABLE ledger ADD COLUMN recipe TEXT",)),
)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks, in order, in one transaction.

    Args:
        conn: A connection in autocommit mode (``isolation_level=None``).

    Returns:
        The names of the migrations applied now (empty when the schema was current).
    """
    if _applied(conn) >= {m.name for m in MIGRATIONS}:
        return []  # current: readers never take the write lock
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
        )
        done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        applied = []
        for migration in MIGRATIONS:
            if migration.name in done:
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", (migration.name,))
            applied.append(migration.name)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied


def _applied(conn: sqlite3.Connection) -> set[str]:
    """Return the names of the applied migrations, without locking (empty for a new database)."""
    try:
        return {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    except sqlite3.OperationalError:  # no such table yet
        return set()
