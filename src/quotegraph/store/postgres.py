"""The PostgreSQL store (psycopg 3): tsvector + GIN over quote text, trigram index on speaker names."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row

from quotegraph.errors import QuotegraphError
from quotegraph.registry import stores
from quotegraph.store.postgres_schema import migrate
from quotegraph.store.records import SearchQuery, words
from quotegraph.store.rows import ATTRIBUTION_COLUMNS
from quotegraph.store.sql import HIT_INNER, KEY_COLUMNS, SqlStore

# PostgreSQL's limits on tsvector values: lexemes under 2 KiB, at most 256 positions each,
# positions up to 16383. Quotes never come near them; the caps only keep odd input from failing a batch.
_MAX_LEXEME_BYTES = 2046
_MAX_POSITIONS = 256
_MAX_WORDS = 16_383
_CONTENT = ATTRIBUTION_COLUMNS.index("content")
#: Text searches estimated to match at most this many quotes collect all matches and sort them;
#: others walk quotes newest first and stop after ``limit`` (crossover measured on 1M quotes).
COLLECT_MAX = 3_000


def tsvector_literal(text: str) -> str:
    """Return the tsvector of a text as a literal: its words, and each pair of neighbouring words.

    The words are those SQLite's FTS5 indexes (``records.words``), so tokenisation is identical on both
    backends; PostgreSQL's own parser would also index "3.5" and "well-known" as single words. The word
    pairs ("prime minister") make phrase search an index lookup: without them GIN finds every row holding
    both words and re-reads each to check positions, hundreds of milliseconds for common words.
    """
    found = [w for w in words(text)[:_MAX_WORDS] if len(w.encode("utf-8")) <= _MAX_LEXEME_BYTES // 2]
    positions: dict[str, list[int]] = defaultdict(list)
    for n, word in enumerate(found, start=1):
        keys = (word, f"{found[n - 2]} {word}") if n > 1 else (word,)
        for key in keys:
            if len(positions[key]) < _MAX_POSITIONS:
                positions[key].append(n)
    return " ".join(f"'{w}':{','.join(map(str, p))}" for w, p in positions.items())


def tsquery_literal(phrases: Sequence[tuple[str, ...]]) -> str:
    """Return a tsquery requiring every phrase: each word pair as one lexeme, longer phrases also by position."""
    parts = []
    for phrase in phrases:
        pairs = [f"'{a} {b}'" for a, b in itertools.pairwise(phrase)]
        exact = " <-> ".join(f"'{w}'" for w in phrase) if len(phrase) != 2 else ""
        parts.append("(" + " & ".join([*pairs, exact] if exact else pairs) + ")")
    return " & ".join(parts)


def redact(url: str) -> str:
    """Return a connection URL with any password replaced by ``***``."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


class PostgresStore(SqlStore):
    """A store in a PostgreSQL database (see ``Store``); opening it applies pending migrations.

    Args:
        url: A libpq URL, ``postgresql://user@host:port/dbname``; the database must exist.
    """

    backend = "postgresql"
    order_by = "a.date DESC NULLS LAST, a.pk DESC"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            self._conn: psycopg.Connection[Any] = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            migrate(self._conn)
        except psycopg.Error as exc:
            raise QuotegraphError(f"cannot open PostgreSQL store {redact(url)}: {exc}".strip()) from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        # A NUL in a parameter (a search term, a name in a URL) is refused by PostgreSQL; readers store it as U+FFFD
        params = [p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params]
        cur = self._conn.execute(sql.replace("?", "%s"), params)
        return cur.fetchall() if cur.description else []

    def _columns(self, rows: Sequence[Any], names: Sequence[str]) -> dict[str, Sequence[Any]]:
        return {name: [r[name] for r in rows] for name in names}

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        # COPY is PostgreSQL's bulk path: several times faster than batched INSERTs.
        with (
            self._conn.cursor() as cur,
            cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def _insert_attributions(self, rows: list[list[Any]]) -> None:
        self._insert_rows(
            "attributions",
            [*ATTRIBUTION_COLUMNS, "tsv"],
            [[*row, tsvector_literal(row[_CONTENT])] for row in rows],
        )

    def _contains(self, column: str, needle: str) -> tuple[str, Any]:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"{column} LIKE ?", f"%{escaped}%"

    def _text_search(self, query: SearchQuery, where: list[str], params: list[Any], columns: str) -> list[Any]:
        # PostgreSQL's planner misjudges the crossover between walking quotes newest first (cost ~ rows
        # per hit) and collecting every match from GIN before sorting (cost ~ matches), and it cannot
        # see phrase selectivity, so the plan is chosen here from its row estimate.
        tsquery = tsquery_literal(query.phrases)
        conditions = ["a.tsv @@ ?::tsquery", *where]
        explain = self._rows(
            f"EXPLAIN (FORMAT JSON) SELECT 1 FROM attributions a WHERE {' AND '.join(conditions)}", [tsquery, *params]
        )
        estimate = explain[0]["QUERY PLAN"][0]["Plan"]["Plan Rows"]
        if estimate <= COLLECT_MAX:
            top = (
                f"WITH m AS MATERIALIZED (SELECT a.pk, a.date FROM attributions a WHERE {' AND '.join(conditions)}) "
                f"SELECT {columns if columns == KEY_COLUMNS else HIT_INNER} FROM "
                f"(SELECT pk, date FROM m a ORDER BY {self.order_by} LIMIT ?) t JOIN attributions a ON a.pk = t.pk"
            )
            return self._rows(self.search_sql([], top=top, columns=columns), [tsquery, *params, query.limit])
        # "IS TRUE" hides the condition from the GIN index, so the plan walks an ordered index instead.
        walk = ["(a.tsv @@ ?::tsquery) IS TRUE", *where]
        return self._rows(self.search_sql(walk, columns=columns), [tsquery, *params, query.limit])

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()


@stores.register("quotegraph.postgres_store.v1")
def open_postgres(url: str, *, create: bool = True) -> PostgresStore:
    """Open a PostgreSQL store, creating its tables or applying pending migrations.

    Args:
        url: ``postgresql://user@host:port/dbname``; the database must exist.
        create: Accepted for symmetry with SQLite; tables are always created when missing.
    """
    del create
    return PostgresStore(url)
