"""Candidate edges of a content span and their features, for the boundary refiner (``boundaries.py``).

Every word start up to ``WINDOW`` words around a content's start, and every word end around its end, in the same
paragraph, is a candidate edge. Each is described by the words on either side of it (part of speech, dependency,
the word itself when the model knows it by name), how it sits in the parse (the edge of the content head's subtree,
the next word attached inside or outside the span), its distance from the current edge, the separators and cue
crossed, and the tagger's content probabilities on both sides.

The token attributes are read once per document into a ``DocView`` of plain lists: building features reads each
token dozens of times, and every ``doc[i]`` or ``token.head`` makes a new spaCy object.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from quotegraph.evaluation.spans import trim
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.learned.tagger import Tagging

WINDOW = 15  # words either side of a content's edge that may become the new edge
_SEPARATORS = frozenset({",", ";", "—", "--"})
_OUTSIDE = (1.0, 0.0, 0.0)  # P(O), P(B), P(I) of a word the tagger saw no piece of: outside any content


@dataclass(frozen=True)
class Edge:
    """A candidate edge: the token it falls before (start) or after (end), its offset, and its features."""

    token: int
    offset: int
    features: dict[str, float]


class DocView:
    """The token attributes and content probabilities the edge features read, gathered once per document."""

    def __init__(self, index: DocIndex, tagging: Tagging) -> None:
        self.text = index.text  # ``Doc.text`` joins the tokens' texts again at every call
        self.quote_marks = index.lang.quote_marks.characters
        self.paired_marks = index.lang.quote_marks.unambiguous
        tokens = list(index.doc)
        self.size = len(tokens)
        self.idx = [t.idx for t in tokens]
        self.end = [t.idx + len(t.text) for t in tokens]
        self.word = [t.text for t in tokens]
        self.lower = [t.lower_ for t in tokens]
        self.pos = [t.pos_ for t in tokens]
        self.dep = [t.dep_ for t in tokens]
        self.head = [t.head.i for t in tokens]
        self.left_edge = [t.left_edge.i for t in tokens]
        self.right_edge = [t.right_edge.i for t in tokens]
        self.sent_start = [bool(t.is_sent_start) for t in tokens]
        self.space = [t.is_space for t in tokens]
        self.punct = [t.is_punct for t in tokens]
        self.newline = ["\n" in t.text or "\n" in t.whitespace_ for t in tokens]
        self.complementiser = [t.lower_ == "that" and t.dep_ == "mark" for t in tokens]
        # separators[i]: how many separators precede token i
        self.separators = [0, *accumulate(int(t.text in _SEPARATORS) for t in tokens)]
        # P(O) and P(B) of the content layer at each token's first word piece, P(O) at its last
        self.first_o, self.first_b, self.last_o = _piece_probabilities(tagging, self.idx, self.end)

    def token_at_or_after(self, offset: int) -> int:
        """The first token starting at or after ``offset``."""
        return bisect.bisect_left(self.idx, offset)

    def last_token_before(self, offset: int) -> int:
        """The last token starting before ``offset``."""
        return bisect.bisect_left(self.idx, offset) - 1

    def normal_start(self, start: int) -> int:
        """A start offset past a leading complementiser "that" (how starts are compared)."""
        at = self.token_at_or_after(start)
        if at < self.size - 1 and self.idx[at] == start and self.complementiser[at]:
            return self.idx[at + 1]
        return start

    def separators_between(self, first: int, last: int) -> int:
        """Separators among tokens ``first`` .. ``last`` (inclusive)."""
        return self.separators[last + 1] - self.separators[first] if last >= first else 0

    def describe(self, prefix: str, i: int, words: frozenset[str], out: dict[str, float]) -> None:
        """One-hot and flag features of token ``i`` (or of no token, past either end of the document)."""
        if not 0 <= i < self.size:
            out[prefix + "none"] = 1.0
            return
        out[f"{prefix}pos={self.pos[i]}"] = 1.0
        out[f"{prefix}dep={self.dep[i]}"] = 1.0
        known = self.lower[i] if self.lower[i] in words else "other"
        out[f"{prefix}w={'quote' if self.word[i] in self.quote_marks else known}"] = 1.0
        out[prefix + "sent_start"] = float(self.sent_start[i])
        out[prefix + "newline"] = float(self.newline[i])


def _piece_probabilities(
    tagging: Tagging, starts: list[int], ends: list[int]
) -> tuple[list[float], list[float], list[float]]:
    """Each token's content P(O) and P(B) at its first word piece, and P(O) at its last."""
    content = np.vstack([tagging.content.reshape(-1, 3), _OUTSIDE])  # the last row stands for "no piece"
    first, last = tagging.pieces(np.asarray(starts), np.asarray(ends))
    pieceless = (first >= len(content) - 1) | (last < first)
    first[pieceless] = last[pieceless] = len(content) - 1
    return content[first, 0].tolist(), content[first, 1].tolist(), content[last, 0].tolist()


def _root(view: DocView, first: int, last: int) -> int:
    for i in range(first, last + 1):
        head = view.head[i]
        if head == i or not first <= head <= last:
            return i
    return first


def _position(view: DocView, cand: Candidate, j: int, current: int, low: int, high: int) -> dict[str, float]:
    """Where edge token ``j`` lies from the current edge token: distance, and the separators and cue crossed among
    tokens ``low`` .. ``high`` (the words the move would add or drop)."""
    crosses_cue = cand.cue is not None and high >= low and view.idx[low] < cand.cue[1] and cand.cue[0] < view.end[high]
    return {
        "dist": float(j - current),
        "orig": float(j == current),
        "separators": float(view.separators_between(low, high)),
        "crosses_cue": float(crosses_cue),
    }


def end_edges(view: DocView, cand: Candidate, words: frozenset[str]) -> list[Edge]:
    """Every candidate end of a content, the current one among them (``orig`` = 1)."""
    start, end = trim(view.text, *cand.content)
    first, last = view.token_at_or_after(start), view.last_token_before(end)
    if last < first:
        return []
    root = _root(view, first, last)
    right_edge = view.right_edge[root]
    upper = min(view.size - 1, last + WINDOW)
    for j in range(last + 1, upper + 1):
        if view.newline[j - 1] or "\n" in view.word[j]:
            upper = j - 1
            break
    quotes = 0  # unambiguous quotation marks from the content's start to the edge
    for ch in view.text[start : view.end[max(first, last - WINDOW)]]:
        quotes += ch in view.paired_marks
    edges = []
    for j in range(max(first, last - WINDOW), upper + 1):
        if j > max(first, last - WINDOW):
            quotes += sum(ch in view.paired_marks for ch in view.text[view.end[j - 1] : view.end[j]])
        if view.space[j] or (view.punct[j] and j != last):
            continue
        after = j + 1
        features = _position(view, cand, j, last, min(j, last) + 1, max(j, last))
        features |= {
            "root_right_edge": float(j == right_edge),
            "past_root_edge": float(j > right_edge),
            "right_edge_of_head": float(view.right_edge[view.head[j]] == j),
            "quote_open": float(quotes % 2),
            "sentence_end": float(after < view.size and view.sent_start[after]),
            "length": float(min(last - first, 60)),
        }
        view.describe("t_", j, words, features)
        view.describe("n_", after, words, features)
        view.describe("n2_", j + 2, words, features)
        if after < view.size:
            head = view.head[after]
            features["n_head_inside"] = float(first <= head <= j)
            features["n_head_is_root"] = float(head == root)
            features["n_head_after"] = float(head > j)
            features["n_head_before_span"] = float(head < first)
        here = view.last_o[j]
        there, there_b = (view.first_o[after], view.first_b[after]) if after < view.size else _OUTSIDE[:2]
        features.update(pc_t=1 - here, pc_n=1 - there, pB_n=there_b, drop=there - here)
        edges.append(Edge(j, view.end[j], features))
    return _relative(edges, "drop")


def start_edges(view: DocView, cand: Candidate, words: frozenset[str]) -> list[Edge]:
    """Every candidate start of a content, the current one among them (``orig`` = 1)."""
    start, end = trim(view.text, *cand.content)
    first, last = view.token_at_or_after(view.normal_start(start)), view.last_token_before(end)
    if last < first:
        return []
    root = _root(view, first, last)
    left_edge = view.left_edge[root]
    lower = max(0, first - WINDOW)
    for j in range(first - 1, lower - 1, -1):
        if view.newline[j] or "\n" in view.word[j]:
            lower = j + 1
            break
    edges = []
    for j in range(lower, min(last, first + WINDOW) + 1):
        if view.space[j] or view.complementiser[j]:
            continue
        if view.punct[j] and view.word[j] not in view.quote_marks and j != first:
            continue
        before = j - 1
        head = view.head[j]
        features = _position(view, cand, j, first, min(j, first), max(j, first) - 1)
        features |= {
            "root_left_edge": float(j == left_edge),
            "before_root_edge": float(j < left_edge),
            "head_inside": float(j <= head <= last),
            "head_before": float(head < j),
            "left_edge_of_head": float(view.left_edge[head] == j),
            "left_edge": float(view.left_edge[j] == j),
            "length": float(min(last - first, 60)),
        }
        view.describe("t_", j, words, features)
        view.describe("p_", before, words, features)
        view.describe("p2_", j - 2, words, features)
        if before >= 0:
            features["p_head_is_t"] = float(view.head[before] == j)
            features["t_head_is_p"] = float(head == before)
        here, here_b = view.first_o[j], view.first_b[j]
        there = view.last_o[before] if before >= 0 else _OUTSIDE[0]
        features.update(pc_t=1 - here, pB_t=here_b, pc_p=1 - there, rise=there - here)
        edges.append(Edge(j, view.idx[j], features))
    return _relative(edges, "rise")


def _relative(edges: list[Edge], key: str) -> list[Edge]:
    """Add how a candidate's probability step compares with the current edge's and with the steepest one."""
    if not edges:
        return edges
    current = next((e.features[key] for e in edges if e.features["orig"]), 0.0)
    steepest = max(e.features[key] for e in edges)
    for edge in edges:
        edge.features[key + "_vs_orig"] = edge.features[key] - current
        edge.features[key + "_vs_max"] = edge.features[key] - steepest
    return edges


def described(cand: Candidate, edges: list[Edge]) -> list[Edge]:
    """Add what every edge of one content shares: the rule that found it, its type and confidence."""
    shared = {f"rule={cand.rule}": 1.0, f"type={cand.type}": 1.0, "confidence": cand.confidence}
    for edge in edges:
        edge.features.update(shared)
    return edges
