"""The store logic both SQL backends share: writes, the ledger and the queries, over a few dialect hooks."""

from __future__ import annotations

from abc import abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from quotegraph.errors import Reject
from quotegraph.model import Attribution, ExtractionResult
from quotegraph.store.base import Store
from quotegraph.store.link_reads import LinkReads
from quotegraph.store.link_writes import LinkWrites
from quotegraph.store.profiles import KEY_COLUMNS, ProfileQueries
from quotegraph.store.records import (
    ArticleView,
    LedgerEntry,
    QuoteHit,
    SearchCursor,
    SearchQuery,
    SpeakerCount,
    StoreStats,
)
from quotegraph.store.rows import (
    ARTICLE_COLUMNS,
    ATTRIBUTION_COLUMNS,
    article_from_row,
    article_row,
    attribution_from_json,
    attribution_row,
    key_of,
    reject_from_row,
    source_position,
)

#: Ids per ``IN (...)`` list, well under SQLite's bound-parameter limit.
CHUNK = 500
HIT_COLUMNS = "a.data, a.date, a.outlet, a.published, ar.title, ar.url, a.pk"
#: The attribution columns a hit needs before it is joined to its article.
HIT_INNER = "a.pk, a.data, a.date, a.outlet, a.published, a.article_id"


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Yield consecutive slices of at most ``size`` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(n: int) -> str:
    """Return ``n`` comma-separated ``?`` placeholders."""
    return ",".join("?" * n)


class SqlStore(LinkReads, LinkWrites, ProfileQueries, Store):
    """A store over a DB-API connection; subclasses supply the dialect (placeholders are written ``?``)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self._speaker_cache: dict[str, int] = {}

    # -- dialect hooks -----------------------------------------------------------------------------

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one statement and return its rows (each indexable by column name)."""

    @abstractmethod
    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """Return a context manager holding one write transaction."""

    def _insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows given in ``columns`` order (backends may use a faster bulk path)."""
        self._run_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(len(columns))})", rows)

    def _insert_attributions(self, rows: list[list[Any]]) -> None:
        """Insert attribution rows given in ``ATTRIBUTION_COLUMNS`` order (adding any index columns)."""
        self._insert_rows("attributions", ATTRIBUTION_COLUMNS, rows)

    @abstractmethod
    def _text_search(self, query: SearchQuery, where: list[str], params: list[Any], columns: str) -> list[Any]:
        """Run a search whose query has text; ``where``/``params`` hold the other filters.

        ``columns`` is ``HIT_COLUMNS`` (hits to show) or ``KEY_COLUMNS`` (only which quotes match).
        """

    @abstractmethod
    def _contains(self, column: str, needle: str) -> tuple[str, Any]:
        """Return a condition that ``column`` contains ``needle``, and its one parameter."""

    #: ORDER BY clause giving newest first, undated last, then newest stored.
    order_by = "a.date DESC, a.pk DESC"

    # -- writing -----------------------------------------------------------------------------------

    def write_results(
        self,
        results: Sequence[ExtractionResult],
        *,
        rejects: Sequence[Reject] = (),
        done: Sequence[LedgerEntry] = (),
        recipe: str | None = None,
    ) -> None:
        """Store results, rejects and ledger entries in one transaction (see ``Store.write_results``)."""
        latest = {r.article.id: r for r in results}  # the last copy of an id in one batch wins
        entries = [*self._ledger_entries(latest.values(), rejects, recipe), *done]
        try:
            with self._transaction():
                if latest:
                    self._replace(list(latest.values()))
                # a record an earlier run rejected and this one stored (extracted again) is a reject no more
                self._run_many(
                    "DELETE FROM rejects WHERE source = ? AND position = ?",
                    [(e.source, e.position) for e in entries if e.article_id is not None and e.code is None],
                )
                self._put_rejects(rejects)
                self._run_many(
                    "INSERT INTO ledger (source, position, article_id, code, recipe) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (source, position) DO UPDATE "
                    "SET article_id = excluded.article_id, code = excluded.code, recipe = excluded.recipe",
                    [(e.source, e.position, e.article_id, e.code, e.recipe) for e in entries],
                )
        except BaseException:
            self._speaker_cache.clear()  # ids handed out inside the rolled-back transaction are gone
            raise

    @staticmethod
    def _ledger_entries(
        results: Iterable[ExtractionResult], rejects: Sequence[Reject], recipe: str | None
    ) -> list[LedgerEntry]:
        entries = [LedgerEntry(r.source, r.position, code=r.reason.value) for r in rejects]
        for result in results:
            where = source_position(result.article)
            if where:
                entries.append(LedgerEntry(where[0], where[1], article_id=result.article.id, recipe=recipe))
        return entries

    def _replace(self, results: list[ExtractionResult]) -> None:
        """Delete any stored copies of these articles, then insert them with their attributions."""
        deltas = self._forget([r.article.id for r in results])
        speaker_ids = self._speaker_ids([a for r in results for a in r.attributions])
        self._insert_rows("articles", ARTICLE_COLUMNS, [article_row(r.article) for r in results])
        self._mark_pending(r.article.id for r in results)  # to be linked (see run.linking)
        rows = []
        for result in results:
            for seq, attribution in enumerate(result.attributions):
                speaker_id = speaker_ids.get(key_of(attribution.speaker.name) or "")
                rows.append(attribution_row(attribution, result.article, seq, speaker_id))
                if speaker_id is not None:
                    deltas[speaker_id] += 1
        if rows:
            self._insert_attributions(rows)
        self._run_many(
            "UPDATE speaker_names SET quotes = quotes + ? WHERE id = ?",
            [(n, sid) for sid, n in sorted(deltas.items()) if n],
        )

    def _forget(self, ids: list[str]) -> Counter[int]:
        """Delete stored copies of these articles; return the speaker quote-count changes that implies."""
        deltas: Counter[int] = Counter()
        for part in chunks(sorted(self.existing_articles(ids))):
            in_list = f"({marks(len(part))})"
            for row in self._rows(
                f"SELECT speaker_id, count(*) AS n FROM attributions WHERE article_id IN {in_list} "
                "AND speaker_id IS NOT NULL GROUP BY speaker_id",
                part,
            ):
                deltas[row["speaker_id"]] -= row["n"]
            self._rows(f"DELETE FROM attributions WHERE article_id IN {in_list}", part)
            self._rows(f"DELETE FROM articles WHERE id IN {in_list}", part)
        return deltas

    def _speaker_ids(self, attributions: list[Attribution]) -> dict[str, int]:
        """Return the speaker-name row id of every speaker key, creating missing rows."""
        new: dict[str, tuple[str, str]] = {}
        for a in attributions:
            key = key_of(a.speaker.name)
            if key and key not in self._speaker_cache and key not in new:
                new[key] = (str(a.speaker.name).strip(), a.speaker.kind)
        if new:
            self._run_many(
                "INSERT INTO speaker_names (key, name, kind) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                [(key, name, kind) for key, (name, kind) in new.items()],
            )
            for part in chunks(list(new)):
                for row in self._rows(f"SELECT id, key FROM speaker_names WHERE key IN ({marks(len(part))})", part):
                    self._speaker_cache[row["key"]] = row["id"]
        return self._speaker_cache

    def _put_rejects(self, rejects: Sequence[Reject]) -> None:
        self._run_many(
            "INSERT INTO rejects (source, position, code, detail) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source, position) DO UPDATE SET code = excluded.code, detail = excluded.detail",
            [(r.source, r.position, r.reason.value, r.detail) for r in rejects],
        )

    # -- the ingest ledger -------------------------------------------------------------------------

    def ledger(self, source: str) -> dict[str, str | None]:
        """Return position → reject code (None when stored) for the done records of one source."""
        rows = self._rows("SELECT position, code FROM ledger WHERE source = ?", (source,))
        return {row["position"]: row["code"] for row in rows}

    def ledger_recipes(self, source: str) -> dict[str, str]:
        """Return position → recipe for the records of one source whose extraction stored them."""
        rows = self._rows("SELECT position, recipe FROM ledger WHERE source = ? AND recipe IS NOT NULL", (source,))
        return {row["position"]: row["recipe"] for row in rows}

    def recipes(self) -> dict[str, int]:
        """Return recipe → records over the ledger (see ``Store.recipes``)."""
        rows = self._rows("SELECT recipe, COUNT(*) AS n FROM ledger WHERE recipe IS NOT NULL GROUP BY recipe", ())
        return {row["recipe"]: int(row["n"]) for row in rows}

    def existing_articles(self, ids: Iterable[str]) -> set[str]:
        """Return those of the given article ids that are stored."""
        found: set[str] = set()
        for part in chunks(sorted(set(ids))):
            rows = self._rows(f"SELECT id FROM articles WHERE id IN ({marks(len(part))})", part)
            found.update(row["id"] for row in rows)
        return found

    # -- reading -----------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[QuoteHit]:
        """Find attributions matching every filter, newest first (see ``Store.search``)."""
        return [self._hit(r) for r in self._search_rows(query)]

    def _search_rows(self, query: SearchQuery, columns: str = HIT_COLUMNS) -> list[Any]:
        """Return the rows of a search, newest first: ``HIT_COLUMNS`` or ``KEY_COLUMNS``."""
        where, params = self._filters(query)
        if query.phrases:
            return self._text_search(query, where, params, columns)
        return self._rows(self.search_sql(where, columns=columns), [*params, query.limit])

    @staticmethod
    def _hit(r: Any) -> QuoteHit:
        return QuoteHit(
            attribution_from_json(r["data"]), r["date"], r["outlet"], r["published"], r["title"], r["url"], r["pk"]
        )

    def _hits_by_key(self, keys: Sequence[int]) -> list[QuoteHit]:
        """Return the hits with these quote keys (``a.pk``), in the order given."""
        if not keys:
            return []
        rows = self._rows(
            f"SELECT {HIT_COLUMNS} FROM attributions a JOIN articles ar ON ar.id = a.article_id "
            f"WHERE a.pk IN ({marks(len(keys))})",
            list(keys),
        )
        by_key = {r["pk"]: r for r in rows}
        return [self._hit(by_key[k]) for k in keys if k in by_key]

    def attribution(self, attribution_id: str) -> QuoteHit | None:
        """Return one stored attribution with its article's facts, or None (see ``Store.attribution``)."""
        rows = self._rows(
            f"SELECT {HIT_COLUMNS} FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE a.id = ? "
            "ORDER BY a.pk LIMIT 1",
            (attribution_id,),
        )
        return self._hit(rows[0]) if rows else None

    def _after(self, cursor: SearchCursor) -> tuple[str, list[Any]]:
        """Return the condition selecting the hits after a cursor in ``order_by`` order, and its parameters."""
        if cursor.date is None:
            return "(a.date IS NULL AND a.pk < ?)", [cursor.key]
        return "(a.date < ? OR (a.date = ? AND a.pk < ?) OR a.date IS NULL)", [cursor.date, cursor.date, cursor.key]

    def search_sql(self, where: list[str], top: str = "", columns: str = HIT_COLUMNS) -> str:
        """Return the search statement for these conditions; its last parameter is the limit.

        The hits are chosen from ``attributions`` alone and joined to their articles afterwards, so the
        join costs ``limit`` lookups, not one per candidate. ``top`` replaces the inner selection;
        ``columns`` is ``HIT_COLUMNS`` or ``KEY_COLUMNS`` (which reads neither the JSON nor the article).
        """
        conditions = " AND ".join(where) or "1 = 1"
        inner = KEY_COLUMNS if columns == KEY_COLUMNS else HIT_INNER
        top = top or f"SELECT {inner} FROM attributions a WHERE {conditions} ORDER BY {self.order_by} LIMIT ?"
        join = " JOIN articles ar ON ar.id = a.article_id" if columns == HIT_COLUMNS else ""
        return f"SELECT {columns} FROM ({top}) a{join} ORDER BY {self.order_by}"

    def _filters(self, query: SearchQuery) -> tuple[list[str], list[Any]]:
        """Return the non-text conditions of a query and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if query.speaker_key:
            condition, param = (
                ("key = ?", query.speaker_key) if query.exact_speaker else self._contains("key", query.speaker_key)
            )
            where.append(f"a.speaker_id IN (SELECT id FROM speaker_names WHERE {condition})")
            params.append(param)
        if query.after is not None:
            condition, values = self._after(query.after)
            where.append(condition)
            params.extend(values)
        for condition, value in (
            ("a.outlet_key = ?", query.outlet_key),
            ("a.type = ?", query.type),
            ("a.date >= ?", query.since_day),
            ("a.date <= ?", query.until_day),
        ):
            if value is not None:
                where.append(condition)
                params.append(value)
        return where, params

    def speakers(self, name: str | None = None, limit: int = 50) -> list[SpeakerCount]:
        """List speaker names by number of stored attributions, most quoted first."""
        where, params = ["quotes > 0"], []
        key = key_of(name)
        if key:
            condition, param = self._contains("key", key)
            where.append(condition)
            params.append(param)
        rows = self._rows(
            f"SELECT name, kind, quotes FROM speaker_names WHERE {' AND '.join(where)} "
            "ORDER BY quotes DESC, key LIMIT ?",
            [*params, limit],
        )
        return [SpeakerCount(row["name"], row["kind"], row["quotes"]) for row in rows]

    def article(self, article_id: str) -> ArticleView | None:
        """Return one article with its attributions in text order, or None."""
        rows = self._rows("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        data = self._rows("SELECT data FROM attributions WHERE article_id = ? ORDER BY seq", (article_id,))
        return ArticleView(article_from_row(rows[0]), tuple(attribution_from_json(r["data"]) for r in data))

    def _count(self, sql: str) -> int:
        return int(self._rows(sql)[0]["n"])

    def stats(self) -> StoreStats:
        """Return counts over the whole store."""
        dates = self._rows("SELECT min(date) AS first, max(date) AS last FROM attributions")[0]
        by_type = self._rows("SELECT type, count(*) AS n FROM attributions GROUP BY type ORDER BY type")
        by_code = self._rows("SELECT code, count(*) AS n FROM rejects GROUP BY code ORDER BY code")
        return StoreStats(
            backend=self.backend,
            articles=self._count("SELECT count(*) AS n FROM articles"),
            attributions=self._count("SELECT count(*) AS n FROM attributions"),
            speakers=self._count("SELECT count(*) AS n FROM speaker_names WHERE quotes > 0"),
            outlets=self._count("SELECT count(DISTINCT lower(outlet)) AS n FROM articles"),
            rejects=self._count("SELECT count(*) AS n FROM rejects"),
            by_type={row["type"]: int(row["n"]) for row in by_type},
            rejects_by_code={row["code"]: int(row["n"]) for row in by_code},
            first_date=dates["first"],
            last_date=dates["last"],
            migrations=tuple(r["name"] for r in self._rows("SELECT name FROM schema_migrations ORDER BY name")),
        )

    def rejects(self, limit: int | None = None) -> list[Reject]:
        """Return recorded rejects in the order they were first recorded."""
        sql = "SELECT source, position, code, detail FROM rejects ORDER BY n"
        rows = self._rows(sql + " LIMIT ?", (limit,)) if limit is not None else self._rows(sql)
        return [reject_from_row(r["source"], r["position"], r["code"], r["detail"]) for r in rows]

    def iter_results(self, page_size: int = 500) -> Iterator[ExtractionResult]:
        """Yield every stored article with its attributions, ordered by article id."""
        after = ""
        while True:
            rows = self._rows("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", (after, page_size))
            if not rows:
                return
            ids = [row["id"] for row in rows]
            found: dict[str, list[Attribution]] = {i: [] for i in ids}
            for row in self._rows(
                f"SELECT article_id, data FROM attributions WHERE article_id IN ({marks(len(ids))}) "
                "ORDER BY article_id, seq",
                ids,
            ):
                found[row["article_id"]].append(attribution_from_json(row["data"]))
            for row in rows:
                yield ExtractionResult(article_from_row(row), tuple(found[row["id"]]))
            after = ids[-1]
