"""Statement blocks: reports grouped by speaker, their linking pairs kept, touched components re-clustered; pure."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from quotegraph.link.encoders import VectorCache
from quotegraph.link.records import LinkRecord
from quotegraph.link.statements import PairScorer, cluster_scored, make_statement
from quotegraph.model import Statement

#: The block of reports with no cross-article speaker; they join only near-verbatim copies of each other.
UNNAMED = "unnamed"


@dataclass
class StatementBlocks:
    """Blocks, their edges and the statements clustered from them.

    Two reports can be one statement only if they share a block (a speaker) and their dates are within the
    window. The linking pairs (edges) of each block are scored once and kept; when reports arrive, leave or
    change speaker, only the connected components of the edge graph they touch are clustered again. Since
    groups only merge along edges, clustering each component apart equals clustering the whole block, so the
    statements are the same as from scratch.

    Attributes:
        block_of: Record id -> block (speaker id, or ``UNNAMED``).
        edges: Record id -> {linked record id: link score}, both directions.
        statement_of: Record id -> statement id.
        statements: Statement id -> statement.
    """

    block_of: dict[str, str] = field(default_factory=dict)
    edges: dict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    statement_of: dict[str, str] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    _dated: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    _undated: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _day_of: dict[str, int | None] = field(default_factory=dict)
    _touched: set[str] = field(default_factory=set)

    def place(self, record: LinkRecord, block: str) -> None:
        """Put a record in a block without scoring anything (used when loading a saved index)."""
        self.block_of[record.id] = block
        self._day_of[record.id] = record.day
        if record.day is None:
            self._undated[block].add(record.id)
        else:
            bisect.insort(self._dated[block], (record.day, record.id))

    def _take_out(self, record_id: str) -> set[str]:
        """Remove a record from its block, edges and statement; return the records left to re-cluster."""
        block = self.block_of.pop(record_id, None)
        day = self._day_of.pop(record_id, None)
        if block is None:
            return set()
        if day is None:
            self._undated[block].discard(record_id)
        else:
            dated = self._dated[block]
            position = bisect.bisect_left(dated, (day, record_id))
            if position < len(dated) and dated[position] == (day, record_id):
                dated.pop(position)
        seeds = set(self.edges.pop(record_id, {}))
        for other in seeds:
            self.edges[other].pop(record_id, None)
        return seeds | self._drop_statement(record_id)

    def take_touched(self) -> set[str]:
        """The statement ids created or dropped since the last call (then forgotten)."""
        touched, self._touched = self._touched, set()
        return touched

    def _drop_statement(self, record_id: str) -> set[str]:
        statement = self.statements.pop(self.statement_of.pop(record_id, ""), None)
        if statement is not None:
            self._touched.add(statement.id)
        members = set(statement.attribution_ids) if statement else set()
        for member in members:
            self.statement_of.pop(member, None)
        return members

    def _window(self, record: LinkRecord, block: str, window_days: int) -> list[str]:
        """Records of a block dated within ``window_days`` of a record (all of them if it is undated)."""
        dated = self._dated[block]
        if record.day is None:
            found = [i for _, i in dated]
        else:
            low = bisect.bisect_left(dated, (record.day - window_days, ""))
            high = bisect.bisect_right(dated, (record.day + window_days, "\uffff"))
            found = [i for _, i in dated[low:high]]
        return [i for i in found + sorted(self._undated[block]) if i != record.id]

    def update(
        self,
        records: Mapping[str, LinkRecord],
        moves: Mapping[str, str | None],
        *,
        scorers: tuple[PairScorer, PairScorer],
        partners: Callable[[str], Iterable[str]],
        speaker_of: Mapping[str, str],
        vectors: VectorCache | None,
    ) -> None:
        """Move records between blocks (``None``: removed), score their new pairs and re-cluster what changed.

        Args:
            records: Every record in the index (removed ones may be missing).
            moves: Record id -> its block now, or ``None`` when it was removed.
            scorers: The scorer for speaker blocks and the stricter one for the unnamed block.
            partners: Near-verbatim copies of a record (the only candidates in the unnamed block).
            speaker_of: Record id -> speaker id, for the statements' speaker.
            vectors: The embedding cache, filled for pairs that need it before scoring.
        """
        seeds: set[str] = set()
        for record_id in sorted(moves):
            seeds |= self._take_out(record_id)
        for record_id, block in sorted(moves.items()):
            if block is not None:
                self.place(records[record_id], block)
                seeds.add(record_id)
        self._score_new_pairs(records, moves, scorers, partners, vectors)
        self._recluster(records, {s for s in seeds if s in self.block_of}, scorers, speaker_of)

    def _score_new_pairs(
        self,
        records: Mapping[str, LinkRecord],
        moves: Mapping[str, str | None],
        scorers: tuple[PairScorer, PairScorer],
        partners: Callable[[str], Iterable[str]],
        vectors: VectorCache | None,
    ) -> None:
        """Score every pair a moved record forms in its new block; keep the ones that link."""
        named, strict = scorers
        pairs: set[tuple[str, str]] = set()
        for record_id, block in moves.items():
            if block is None:
                continue
            if block == UNNAMED:
                others = [o for o in partners(record_id) if self.block_of.get(o) == UNNAMED]
            else:
                others = self._window(records[record_id], block, named.options.window_days)
            pairs.update((min(record_id, o), max(record_id, o)) for o in others)
        jobs = [(a, b, strict if self.block_of[a] == UNNAMED else named) for a, b in sorted(pairs)]
        if vectors is not None:
            texts = {
                t
                for a, b, s in jobs
                if s is named and not s.conflict(records[a], records[b]) and s.needs_vectors(records[a], records[b])
                for t in (records[a].text, records[b].text)
            }
            vectors.ensure(sorted(texts))
        for a, b, scorer in jobs:
            value = scorer.score(records[a], records[b])
            if value is not None:
                self.edges[a][b] = self.edges[b][a] = value

    def _component(self, seed: str, seen: set[str]) -> list[str]:
        stack, members = [seed], []
        seen.add(seed)
        while stack:
            current = stack.pop()
            members.append(current)
            for other in self.edges.get(current, {}):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        return sorted(members)

    def _recluster(
        self,
        records: Mapping[str, LinkRecord],
        seeds: set[str],
        scorers: tuple[PairScorer, PairScorer],
        speaker_of: Mapping[str, str],
    ) -> None:
        """Cluster again every edge component that holds a seed."""
        seen: set[str] = set()
        for seed in sorted(seeds):
            if seed in seen:
                continue
            members = self._component(seed, seen)
            for member in members:
                self._drop_statement(member)
            block = self.block_of[seed]
            scorer = scorers[1] if block == UNNAMED else scorers[0]
            position = {m: n for n, m in enumerate(members)}
            scores = {
                (position[a], position[b]): value
                for a in members
                for b, value in self.edges.get(a, {}).items()
                if position[a] < position.get(b, -1)
            }
            component = [records[m] for m in members]
            for group in cluster_scored(component, scores, scorer):
                statement = make_statement(block, [component[i] for i in group], speaker_of)
                self.statements[statement.id] = statement
                self._touched.add(statement.id)
                self.statement_of.update((a, statement.id) for a in statement.attribution_ids)
