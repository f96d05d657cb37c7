"""Reading links both SQL backends share: speaker identities, one speaker over time, statements and their reports.

Portable SQL only; ties and NULLs are ordered explicitly or in Python, where SQLite and PostgreSQL differ.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from quotegraph.model import RoleSeen, Speaker, Statement
from quotegraph.store.link_records import MonthCount, Report, SpeakerView, StatementHit, StatementQuery, StatementView
from quotegraph.store.records import QuoteHit, SpeakerCount, ValueCount
from quotegraph.store.rows import attribution_from_json, key_of

CHUNK = 500
#: Candidates ``find_speakers`` returns at most.
CANDIDATES = 20
_IDENTITY = "SELECT id, name, kind, aliases, roles, external_id, quotes FROM speakers"
_REPORT = (
    "SELECT so.statement_id, so.seq, a.data, a.date, a.outlet, a.published, ar.title, ar.url, a.pk, ar.lang "
    "FROM statement_of so JOIN attributions a ON a.id = so.attribution_id JOIN articles ar ON ar.id = a.article_id"
)


def _in(values: Sequence[Any]) -> str:
    return f"({','.join('?' * len(values))})"


def _parts(values: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _count(row: Any) -> SpeakerCount:
    aliases = json.loads(row["aliases"] or "[]")
    return SpeakerCount(row["name"], row["kind"], int(row["quotes"]), row["id"], len(aliases), row["external_id"])


def _speaker(row: Any) -> Speaker:
    roles = tuple(RoleSeen(**r) for r in json.loads(row["roles"] or "[]"))
    aliases = tuple(json.loads(row["aliases"] or "[]"))
    return Speaker(row["id"], row["name"], row["kind"], aliases, roles, row["external_id"])


def _ranked(counts: Counter[str], names: dict[str, str]) -> tuple[ValueCount, ...]:
    return tuple(ValueCount(names.get(k, k), n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _months(statements: dict[str | None, int], quotes: Counter[str]) -> tuple[MonthCount, ...]:
    """Statements and quotes per month, oldest first (undated statements are left out)."""
    months = sorted({m for m in statements if m} | set(quotes))
    return tuple(MonthCount(m, statements.get(m, 0), quotes.get(m, 0)) for m in months)


class LinkReads(ABC):
    """The link read queries, over the SQL dialect hooks of ``SqlStore``."""

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one statement and return its rows."""

    @abstractmethod
    def _contains(self, column: str, needle: str) -> tuple[str, Any]:
        """Return a condition that ``column`` contains ``needle``, and its one parameter."""

    def has_links(self) -> bool:
        """Return whether any attribution is linked to a speaker identity."""
        return bool(self._rows("SELECT 1 AS one FROM speaker_of LIMIT 1"))

    # -- speakers ----------------------------------------------------------------------------------

    def identities(self, name: str | None = None, limit: int = 50, everyone: bool = False) -> list[SpeakerCount]:
        """List speaker identities, most quoted first (see ``Store.identities``)."""
        where, params = self._name_filter(name)
        if not everyone:
            where.append("kind IN ('person', 'organisation')")
        sql = f"{_IDENTITY} WHERE {' AND '.join(where) or '1 = 1'} ORDER BY quotes DESC, id LIMIT ?"
        return [_count(row) for row in self._rows(sql, [*params, limit])]

    def _name_filter(self, name: str | None) -> tuple[list[str], list[Any]]:
        key = key_of(name)
        if not key:
            return [], []
        by_name, name_param = self._contains("name_key", key)
        by_alias, alias_param = self._contains("lower(aliases)", key)
        return [f"({by_name} OR {by_alias})"], [name_param, alias_param]

    def find_speakers(self, name: str) -> list[SpeakerCount]:
        """Return the identities a name or id designates, best first (see ``Store.find_speakers``)."""
        key = key_of(name)
        if not key:
            return []
        order = f"ORDER BY quotes DESC, id LIMIT {CANDIDATES}"
        exact = self._rows(f"{_IDENTITY} WHERE id = ? OR external_id = ? {order}", (name.strip(), name.strip()))
        if exact:
            return [_count(r) for r in exact]
        named = self._rows(f"{_IDENTITY} WHERE name_key = ? {order}", (key,))
        if named:
            return [_count(r) for r in named]
        written = self._rows(
            "SELECT DISTINCT so.speaker_id FROM attributions a JOIN speaker_of so ON so.attribution_id = a.id "
            "WHERE a.speaker_id IN (SELECT id FROM speaker_names WHERE key = ?)",
            (key,),
        )
        ids = [r["speaker_id"] for r in written][:CANDIDATES]
        if ids:
            return [_count(r) for r in self._rows(f"{_IDENTITY} WHERE id IN {_in(ids)} {order}", ids)]
        where, params = self._name_filter(name)
        return [_count(r) for r in self._rows(f"{_IDENTITY} WHERE {where[0]} {order}", params)]

    def speaker_identity(self, name: str) -> SpeakerView | None:
        """Return one speaker identity over time, by id, external id or name (see ``Store.speaker_identity``)."""
        candidates = self.find_speakers(name)
        if not candidates or candidates[0].id is None:
            return None
        best = candidates[0].id
        rows = self._rows(f"{_IDENTITY} WHERE id = ?", (best,))
        rows_by_id = self._rows(
            "SELECT so.attribution_id, a.date, a.outlet, a.outlet_key, a.speaker FROM speaker_of so "
            "JOIN attributions a ON a.id = so.attribution_id WHERE so.speaker_id = ? ORDER BY a.pk",
            (best,),
        )
        quotes = list({r["attribution_id"]: r for r in reversed(rows_by_id)}.values())  # one per id: the first
        by_month = self._rows(
            "SELECT substr(earliest_date, 1, 7) AS month, count(*) AS n FROM statements WHERE speaker_id = ? "
            "GROUP BY substr(earliest_date, 1, 7)",
            (best,),
        )
        statements = {r["month"]: int(r["n"]) for r in by_month}
        outlets: Counter[str] = Counter(r["outlet_key"] for r in quotes if r["outlet_key"])
        outlet_names = {r["outlet_key"]: r["outlet"] for r in sorted(quotes, key=lambda r: r["outlet"] or "")}
        names: Counter[str] = Counter(r["speaker"].strip() for r in quotes if r["speaker"])
        dates = sorted(r["date"] for r in quotes if r["date"])
        return SpeakerView(
            speaker=_speaker(rows[0]),
            quotes=len(quotes),
            statements=sum(statements.values()),
            months=_months(statements, Counter(d[:7] for d in dates)),
            outlets=_ranked(outlets, outlet_names),
            names=_ranked(names, {}),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            others=tuple(candidates[1:]),
        )

    def speaker_records(self) -> list[tuple[Speaker, int]]:
        """Return every speaker identity with its number of quotes, ordered by id."""
        rows = self._rows(f"{_IDENTITY} ORDER BY id")
        return [(_speaker(r), int(r["quotes"])) for r in rows]

    # -- statements --------------------------------------------------------------------------------

    def statements(self, query: StatementQuery) -> list[StatementHit]:
        """List statements, newest first by their earliest report (see ``Store.statements``)."""
        where: list[str] = []
        params: list[Any] = []
        if query.speaker:
            found = self.find_speakers(query.speaker)
            if not found:
                return []
            where.append("s.speaker_id = ?")
            params.append(found[0].id)
        for condition, value in (
            ("s.earliest_date >= ?", query.since_day),
            ("s.earliest_date <= ?", query.until_day),
            ("s.reports >= ?", query.min_reports if query.min_reports > 1 else None),
        ):
            if value is not None:
                where.append(condition)
                params.append(value)
        rows = self._statement_rows(
            [*where, "s.earliest_date IS NOT NULL"], params, "s.earliest_date DESC, s.id", query.limit
        )
        if len(rows) < query.limit and query.since_day is None and query.until_day is None:
            rows += self._statement_rows([*where, "s.earliest_date IS NULL"], params, "s.id", query.limit - len(rows))
        members = self._members([r["id"] for r in rows])
        return [StatementHit(self._statement(r, members), r["speaker_name"], r["quotation"]) for r in rows]

    def _statement_rows(self, where: list[str], params: list[Any], order: str, limit: int) -> list[Any]:
        sql = (
            "SELECT s.*, sp.name AS speaker_name, "
            "(SELECT content FROM attributions WHERE id = s.earliest_attribution_id LIMIT 1) AS quotation "
            f"FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE {' AND '.join(where)} "
            f"ORDER BY {order} LIMIT ?"
        )
        return self._rows(sql, [*params, limit])

    def _members(self, statement_ids: Iterable[str]) -> dict[str, list[str]]:
        """Statement id -> its attribution ids, earliest report first."""
        out: dict[str, list[str]] = {}
        for part in _parts(statement_ids):
            rows = self._rows(
                f"SELECT statement_id, attribution_id FROM statement_of WHERE statement_id IN {_in(part)} "
                "ORDER BY statement_id, seq",
                part,
            )
            for row in rows:
                out.setdefault(row["statement_id"], []).append(row["attribution_id"])
        return out

    @staticmethod
    def _statement(row: Any, members: dict[str, list[str]]) -> Statement:
        return Statement(
            id=row["id"],
            speaker_id=row["speaker_id"],
            attribution_ids=tuple(members.get(row["id"], ())),
            earliest_attribution_id=row["earliest_attribution_id"],
            earliest_date=row["earliest_date"],
            venue=row["venue"],
            outlets=tuple(json.loads(row["outlets"] or "[]")),
            languages=tuple(json.loads(row["languages"] or "[]")),
        )

    def statement(self, statement_id: str) -> StatementView | None:
        """Return one statement with every report of it, earliest first (see ``Store.statement``)."""
        rows = self._rows("SELECT * FROM statements WHERE id = ?", (statement_id.strip(),))
        if not rows:
            return None
        statement = self._statement(rows[0], self._members([rows[0]["id"]]))
        speaker = None
        if statement.speaker_id:
            found = self._rows(f"{_IDENTITY} WHERE id = ?", (statement.speaker_id,))
            speaker = _speaker(found[0]) if found else None
        reports = self.statement_reports([statement.id]).get(statement.id, [])
        return StatementView(statement, speaker, tuple(reports))

    def statement_reports(self, statement_ids: Iterable[str]) -> dict[str, list[Report]]:
        """Statement id -> its stored reports (attribution, article facts, language), earliest first."""
        out: dict[str, list[Report]] = {}
        for part in _parts(statement_ids):
            rows = self._rows(
                f"{_REPORT} WHERE so.statement_id IN {_in(part)} ORDER BY so.statement_id, so.seq, a.pk", part
            )
            seen: set[tuple[str, int]] = set()
            for r in rows:
                if (r["statement_id"], r["seq"]) in seen:
                    continue  # an attribution id stored twice (two readings of one span) is reported once
                seen.add((r["statement_id"], r["seq"]))
                hit = QuoteHit(
                    attribution_from_json(r["data"]),
                    r["date"],
                    r["outlet"],
                    r["published"],
                    r["title"],
                    r["url"],
                    r["pk"],
                )
                out.setdefault(r["statement_id"], []).append(Report(hit, r["lang"]))
        return out

    def iter_statements(self, page_size: int = 500) -> Iterator[Statement]:
        """Yield every statement, ordered by id, in bounded memory."""
        after = ""
        while True:
            rows = self._rows("SELECT * FROM statements WHERE id > ? ORDER BY id LIMIT ?", (after, page_size))
            if not rows:
                return
            members = self._members([r["id"] for r in rows])
            yield from (self._statement(r, members) for r in rows)
            after = rows[-1]["id"]

    def attribution_links(self, attribution_ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """Attribution id -> (speaker id, statement id), for the linked ones among these ids."""
        out: dict[str, tuple[str | None, str | None]] = {}
        for part in _parts(attribution_ids):
            for row in self._rows(
                f"SELECT attribution_id, speaker_id FROM speaker_of WHERE attribution_id IN {_in(part)}", part
            ):
                out[row["attribution_id"]] = (row["speaker_id"], None)
            for row in self._rows(
                f"SELECT attribution_id, statement_id FROM statement_of WHERE attribution_id IN {_in(part)}", part
            ):
                out[row["attribution_id"]] = (out.get(row["attribution_id"], (None, None))[0], row["statement_id"])
        return out
