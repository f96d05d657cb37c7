"""Aggregate reads both SQL backends share: search facets, speaker and outlet profiles, the outlet list.

Portable SQL only (``?`` placeholders, ``substr``, ``count``, ``min``/``max``); ties and NULLs are ordered in
Python, where SQLite and PostgreSQL would disagree.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from quotegraph.store.records import (
    OutletProfile,
    QuoteHit,
    RoleSpan,
    SearchFacets,
    SearchQuery,
    SpeakerProfile,
    ValueCount,
)
from quotegraph.store.rows import key_of

#: The columns a facet count reads from each matching quote: no JSON, no article join.
KEY_COLUMNS = "a.pk, a.date, a.speaker, a.outlet, a.outlet_key, a.type"
#: Their names, in order.
KEY_NAMES = ("pk", "date", "speaker", "outlet", "outlet_key", "type")
#: How many of the newest matches ``facets`` counts by default.
FACET_SAMPLE = 200
#: Values kept per facet (years are all kept).
FACET_TOP = 10
_MONTH = "substr(date, 1, 7)"


def _top(counts: Counter[str], names: dict[str, str], top: int) -> tuple[ValueCount, ...]:
    """Return the ``top`` most frequent keys as their display names, ties by key."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return tuple(ValueCount(names.get(k, k), n) for k, n in ranked)


def _months(rows: Iterable[Any]) -> tuple[ValueCount, ...]:
    return tuple(
        ValueCount(r["month"], int(r["n"])) for r in sorted(rows, key=lambda r: r["month"] or "") if r["month"]
    )


def _spellings(keys: Sequence[str | None], spellings: Sequence[str | None]) -> tuple[Counter[str], dict[str, str]]:
    """Count non-empty keys and remember each key's first spelling (rows come newest first)."""
    counts = Counter(k for k in keys if k)
    names: dict[str, str] = {}
    for key, spelling in zip(keys, spellings, strict=True):
        if key and key not in names:
            names[key] = (spelling or key).strip()
    return counts, names


def _facets(columns: dict[str, Sequence[Any]], sampled: int, sample: int, top: int) -> SearchFacets:
    """Count the matching quotes under each facet, from their ``KEY_COLUMNS`` values column by column.

    Whole columns through ``Counter``: a row-by-row loop over named columns cost more than the query.
    """
    speakers = columns["speaker"]
    speaker_counts, speaker_names = _spellings([key_of(s) for s in speakers], speakers)
    outlet_counts, outlet_names = _spellings(columns["outlet_key"], columns["outlet"])
    types = Counter(columns["type"])
    years = Counter(date[:4] for date in columns["date"] if date)
    return SearchFacets(
        sampled=sampled,
        complete=sampled < sample,
        speakers=_top(speaker_counts, speaker_names, top),
        outlets=_top(outlet_counts, outlet_names, top),
        types=_top(types, {}, len(types)),
        years=tuple(ValueCount(y, n) for y, n in sorted(years.items(), reverse=True)),
    )


class ProfileQueries(ABC):
    """The aggregate read queries, written once over the SQL dialect hooks of ``SqlStore``."""

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one statement and return its rows."""

    @abstractmethod
    def _search_rows(self, query: SearchQuery, columns: str) -> list[Any]:
        """Return the rows of a search (``sql.HIT_COLUMNS`` or ``KEY_COLUMNS``), newest first."""

    @abstractmethod
    def _columns(self, rows: Sequence[Any], names: Sequence[str]) -> dict[str, Sequence[Any]]:
        """Return rows column by column: each name and its values, in row order."""

    @abstractmethod
    def search(self, query: SearchQuery) -> list[QuoteHit]:
        """Find attributions matching every filter, newest first (see ``Store.search``)."""

    @abstractmethod
    def _hits_by_key(self, keys: Sequence[int]) -> list[QuoteHit]:
        """Return the hits with these quote keys (``a.pk``), in the order given."""

    @abstractmethod
    def _contains(self, column: str, needle: str) -> tuple[str, Any]:
        """Return a condition that ``column`` contains ``needle``, and its one parameter."""

    def facets(self, query: SearchQuery, sample: int = FACET_SAMPLE, top: int = FACET_TOP) -> SearchFacets:
        """Count the newest ``sample`` matches of a search by speaker, outlet, type and year.

        Args:
            query: The search; its ``limit`` and ``after`` are ignored.
            sample: How many of the newest matches to count (1 to 10,000).
            top: Values kept per facet, most frequent first (years are all kept, newest first).
        """
        rows = self._search_rows(replace(query, limit=sample, after=None), KEY_COLUMNS)
        return _facets(self._columns(rows, KEY_NAMES), len(rows), sample, top)

    def search_faceted(
        self, query: SearchQuery, sample: int = FACET_SAMPLE, top: int = FACET_TOP
    ) -> tuple[list[QuoteHit], SearchFacets]:
        """Return a search's first page and its facets from one walk over the newest ``sample`` matches.

        The page is the first ``query.limit`` of the counted matches, in the same order, read back by key:
        the text index is walked once instead of twice. Later pages (a cursor) and pages longer than the
        sample walk twice, as ``search`` and ``facets`` would.
        """
        if query.after is not None or query.limit > sample:
            return self.search(query), self.facets(query, sample, top)
        rows = self._search_rows(replace(query, limit=sample), KEY_COLUMNS)
        columns = self._columns(rows, KEY_NAMES)
        page = self._hits_by_key(list(columns["pk"][: query.limit]))
        return page, _facets(columns, len(rows), sample, top)

    def speaker_profile(self, name: str) -> SpeakerProfile | None:
        """Return one speaker name's quotes per month, roles with dates and outlets, or None when unknown.

        Args:
            name: The speaker's whole name, matched case-insensitively.
        """
        found = self._rows("SELECT id, name, kind, quotes FROM speaker_names WHERE key = ?", (key_of(name) or "",))
        if not found or not found[0]["quotes"]:
            return None
        sid = found[0]["id"]
        months = _months(
            self._rows(
                f"SELECT {_MONTH} AS month, count(*) AS n FROM attributions WHERE speaker_id = ? AND date IS NOT NULL "
                f"GROUP BY {_MONTH}",
                (sid,),
            )
        )
        role_rows = self._rows(
            "SELECT role, min(date) AS first, max(date) AS last, count(*) AS n FROM attributions "
            "WHERE speaker_id = ? AND role IS NOT NULL GROUP BY role",
            (sid,),
        )
        roles = sorted(
            (RoleSpan(r["role"], r["first"], r["last"], int(r["n"])) for r in role_rows),
            key=lambda r: (r.first_seen is None, r.first_seen or "", -r.quotes, r.role),
        )
        outlets = self._outlet_counts("speaker_id = ?", sid)
        dated = sum(m.count for m in months)
        edges = self._rows(
            "SELECT min(date) AS first, max(date) AS last FROM attributions WHERE speaker_id = ?", (sid,)
        )
        return SpeakerProfile(
            name=found[0]["name"],
            kind=found[0]["kind"],
            quotes=int(found[0]["quotes"]),
            months=months,
            roles=tuple(roles),
            outlets=outlets,
            first_date=edges[0]["first"],
            last_date=edges[0]["last"],
            undated=int(found[0]["quotes"]) - dated,
        )

    def _outlet_counts(self, condition: str, value: Any, limit: int | None = None) -> tuple[ValueCount, ...]:
        """Return outlets by number of quotes meeting a condition, most first, ties by key.

        Spellings that differ only in case are one outlet, shown in its most frequent spelling.
        """
        rows = self._rows(
            "SELECT outlet_key, outlet, count(*) AS n FROM attributions "
            f"WHERE {condition} AND outlet_key IS NOT NULL GROUP BY outlet_key, outlet",
            (value,) if value is not None else (),
        )
        totals: Counter[str] = Counter()
        spellings: dict[str, list[tuple[int, str]]] = {}
        for r in rows:
            totals[r["outlet_key"]] += int(r["n"])
            spellings.setdefault(r["outlet_key"], []).append((-int(r["n"]), r["outlet"]))
        names = {k: min(v)[1] for k, v in spellings.items()}
        return _top(totals, names, len(totals) if limit is None else limit)

    def outlets(self, name: str | None = None, limit: int = 50) -> list[ValueCount]:
        """List outlets by number of stored quotes, most first.

        Args:
            name: Keep only outlets whose name contains this, case-insensitively.
            limit: How many at most.
        """
        key = key_of(name)
        if key:
            condition, param = self._contains("outlet_key", key)
            return list(self._outlet_counts(condition, param, limit))
        return list(self._outlet_counts("1 = 1", None, limit))

    def outlet_profile(self, outlet: str, top: int = 20) -> OutletProfile | None:
        """Return one outlet's quotes per month and most quoted speakers, or None when it has no quotes.

        Args:
            outlet: The outlet's name, matched case-insensitively and exactly.
            top: Speakers kept, most quoted first.
        """
        key = key_of(outlet) or ""
        head = self._rows(
            "SELECT count(*) AS n, count(DISTINCT article_id) AS articles, min(date) AS first, max(date) AS last "
            "FROM attributions WHERE outlet_key = ?",
            (key,),
        )[0]
        if not head["n"]:
            return None
        (name,) = self._outlet_counts("outlet_key = ?", key)
        months = _months(
            self._rows(
                f"SELECT {_MONTH} AS month, count(*) AS n FROM attributions WHERE outlet_key = ? AND date IS NOT NULL "
                f"GROUP BY {_MONTH}",
                (key,),
            )
        )
        rows = self._rows(
            "SELECT s.key, s.name, count(*) AS n FROM attributions a JOIN speaker_names s ON s.id = a.speaker_id "
            "WHERE a.outlet_key = ? GROUP BY s.key, s.name",
            (key,),
        )
        speakers = sorted(rows, key=lambda r: (-int(r["n"]), r["key"]))[:top]
        return OutletProfile(
            name=name.value,
            quotes=int(head["n"]),
            articles=int(head["articles"]),
            months=months,
            speakers=tuple(ValueCount(r["name"], int(r["n"])) for r in speakers),
            first_date=head["first"],
            last_date=head["last"],
        )
