"""Statement clustering: reports of one utterance grouped by speaker, date window, wording and meaning; pure."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from quotegraph.link.encoders import VectorCache
from quotegraph.link.options import LinkOptions
from quotegraph.link.records import LinkRecord, iso_day
from quotegraph.link.texts import lexical_similarity, numbers_conflict, text_features
from quotegraph.link.words import fold
from quotegraph.model import Statement

_NAMED_VENUE = re.compile(r"\b[A-Z][\w&]+")
#: Venues that share less than this token-set similarity, both naming a medium or place, contradict.
VENUE_CONFLICT = 50.0
#: Share of the report pairs across two groups that must link for the groups to merge.
MIN_LINKED = 0.5


@dataclass(frozen=True)
class StatementLinks:
    """Statements found across articles.

    Attributes:
        by_attribution: Attribution id -> statement id, for every attribution linked.
        statements: Statement id -> statement.
    """

    by_attribution: dict[str, str]
    statements: dict[str, Statement]

    def statement_of(self, attribution_id: str) -> Statement | None:
        """The statement an attribution reports, or ``None`` if it was not linked."""
        statement_id = self.by_attribution.get(attribution_id)
        return self.statements.get(statement_id) if statement_id else None


def _venue_conflict(a: str | None, b: str | None) -> bool:
    """Whether two reports name different media or places ("told CNN" versus "told the BBC")."""
    if not a or not b or not (_NAMED_VENUE.search(a) and _NAMED_VENUE.search(b)):
        return False
    return fuzz.token_set_ratio(fold(a), fold(b)) < VENUE_CONFLICT


@dataclass
class PairScorer:
    """Decides whether two reports by one speaker can be, and are, the same statement."""

    options: LinkOptions
    vectors: VectorCache | None
    fuzzy: bool
    _lexical: dict[tuple[str, str], float] = field(default_factory=dict)

    def conflict(self, a: LinkRecord, b: LinkRecord) -> bool:
        """Whether two reports cannot be of one statement: dates too far apart, stated dates, venues or numbers
        that differ, or two unlike quotes in one article."""
        day_a, day_b = a.day, b.day
        if day_a is not None and day_b is not None and abs(day_a - day_b) > self.options.window_days:
            return True
        said_a, said_b = a.said_on and a.day, b.said_on and b.day
        if said_a and said_b and abs(said_a - said_b) > 1:
            return True
        if _venue_conflict(a.venue, b.venue) or numbers_conflict(text_features(a.text), text_features(b.text)):
            return True
        return a.article_id == b.article_id and self.lexical(a, b) < self.options.same_article_threshold

    def lexical(self, a: LinkRecord, b: LinkRecord) -> float:
        """Wording similarity of two reports, 0-100 (cached); without fuzzy text only verbatim copies score."""
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self._lexical:
            fa, fb = text_features(a.text), text_features(b.text)
            exact = 100.0 if fa.key == fb.key else 0.0
            self._lexical[key] = lexical_similarity(fa, fb) if self.fuzzy else exact
        return self._lexical[key]

    def needs_vectors(self, a: LinkRecord, b: LinkRecord) -> bool:
        """Whether the pair is undecided by wording and should be compared by meaning."""
        if self.vectors is None or self.score_lexical(a, b) is not None:
            return False
        return a.lang != b.lang or self.lexical(a, b) >= self.options.paraphrase_min_text

    def score_lexical(self, a: LinkRecord, b: LinkRecord) -> float | None:
        """The pair's link score from wording alone, or ``None`` below the threshold."""
        fa, fb = text_features(a.text), text_features(b.text)
        threshold = self.options.text_threshold + (self.options.polarity_penalty if fa.negated != fb.negated else 0)
        lexical = self.lexical(a, b)
        return lexical if lexical >= min(threshold, 100.0) else None

    def score(self, a: LinkRecord, b: LinkRecord) -> float | None:
        """The pair's link score (higher links first), or ``None`` when they are not the same statement."""
        if self.conflict(a, b):
            return None
        lexical = self.score_lexical(a, b)
        if lexical is not None or not self.needs_vectors(a, b):
            return lexical
        assert self.vectors is not None
        fa, fb = text_features(a.text), text_features(b.text)
        penalty = self.options.polarity_penalty / 100 if fa.negated != fb.negated else 0.0
        base = self.options.translation_threshold if a.lang != b.lang else self.options.paraphrase_threshold
        cosine = self.vectors.similarity(a.text, b.text)
        return 100 * cosine if cosine >= base + penalty else None


def window_pairs(records: Sequence[LinkRecord], window_days: int) -> list[tuple[int, int]]:
    """Index pairs of records whose dates are at most ``window_days`` apart (undated records pair with all).

    Args:
        records: One block's records.
        window_days: The date window.

    Returns:
        Pairs ``(i, j)`` with ``i < j`` in index order.
    """
    dated = sorted((r.day, i) for i, r in enumerate(records) if r.day is not None)
    undated = {i for i, r in enumerate(records) if r.day is None}
    pairs = set()
    for k, (day, i) in enumerate(dated):
        for other_day, j in dated[k + 1 :]:
            if other_day - day > window_days:
                break
            pairs.add((min(i, j), max(i, j)))
    for i in undated:
        pairs.update((min(i, j), max(i, j)) for j in range(len(records)) if j != i)
    return sorted(set(pairs))


def cluster(records: Sequence[LinkRecord], pairs: Iterable[tuple[int, int]], scorer: PairScorer) -> list[list[int]]:
    """Group records into statements: score candidate pairs, then ``cluster_scored``.

    Args:
        records: One block's records.
        pairs: Candidate index pairs ``(i, j)`` with ``i < j``.
        scorer: Scores pairs and tells conflicts.

    Returns:
        Groups of record indexes, each sorted, ordered by their first index.
    """
    scores = {}
    for i, j in pairs:
        value = scorer.score(records[i], records[j])
        if value is not None:
            scores[(i, j)] = value
    return cluster_scored(records, scores, scorer)


def cluster_scored(
    records: Sequence[LinkRecord], scores: Mapping[tuple[int, int], float], scorer: PairScorer
) -> list[list[int]]:
    """Group records into statements: link pairs best first, never joining groups that conflict.

    Greedy agglomeration over the linking pairs: every report in a statement must be compatible with every
    other (dates within the window, no contradicting stated date, venue or number), and two groups merge
    only when at least ``MIN_LINKED`` of the pairs across them link on their own. Groups only ever merge along
    linking pairs, so clustering each connected component apart gives the same result as clustering all.

    Args:
        records: The records.
        scores: Link score of every linking pair ``(i, j)``, ``i < j``; pairs not listed do not link.
        scorer: Tells conflicts.

    Returns:
        Groups of record indexes, each sorted, ordered by their first index.
    """

    def linked(i: int, j: int) -> bool:
        """Whether records ``i`` and ``j`` form a linking pair."""
        return (min(i, j), max(i, j)) in scores

    edges = sorted((-v, records[i].id, records[j].id, i, j) for (i, j), v in scores.items())
    groups: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    owner = list(range(len(records)))
    for _, _, _, i, j in edges:
        gi, gj = owner[i], owner[j]
        if gi == gj or not _may_join(groups[gi], groups[gj], records, scorer, linked):
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        groups[keep].extend(groups.pop(gone))
        for member in groups[keep]:
            owner[member] = keep
    return sorted(sorted(g) for g in groups.values())


def _may_join(
    a: list[int], b: list[int], records: Sequence[LinkRecord], scorer: PairScorer, linked: Callable[[int, int], bool]
) -> bool:
    """Whether two groups may merge: no conflicting pair, and at least ``MIN_LINKED`` of the pairs across linked.

    The second test is an average-link check: it stops one report (a translation close to two different
    statements, say) from bridging two groups that are otherwise unlike.
    """
    if any(scorer.conflict(records[x], records[y]) for x in a for y in b):
        return False
    if len(a) == 1 and len(b) == 1:
        return True
    hits = sum(1 for x in a for y in b if linked(x, y))
    return hits >= MIN_LINKED * len(a) * len(b)


def _first_seen(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return tuple(seen)


def make_statement(block: str, members: Sequence[LinkRecord], speaker_of: Mapping[str, str]) -> Statement:
    """Build the statement reported by ``members``; its id derives from the block and the earliest report.

    Args:
        block: The speaker id the reports were grouped under (or the unnamed block).
        members: The reports.
        speaker_of: Attribution id -> speaker id.

    Returns:
        The statement, with reports, outlets and languages in order of first report.
    """
    ordered = sorted(members, key=lambda r: (r.day if r.day is not None else 10**9, r.id))
    earliest = ordered[0]
    digest = hashlib.sha1(f"{block}|{earliest.id}".encode()).hexdigest()[:12]
    return Statement(
        id=f"st-{digest}",
        speaker_id=speaker_of.get(earliest.id),
        attribution_ids=tuple(r.id for r in ordered),
        earliest_attribution_id=earliest.id,
        earliest_date=iso_day(earliest.day),
        venue=next((r.venue for r in ordered if r.venue), None),
        outlets=_first_seen(r.outlet for r in ordered),
        languages=_first_seen(r.lang for r in ordered),
    )
