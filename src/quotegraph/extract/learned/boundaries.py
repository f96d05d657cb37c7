"""The boundary refiner: moves the first or last word of an accurate-mode content to where PolNeAR would put it.

Once a report is found, where its content starts and ends is the commonest error left (PolNeAR dev, accurate mode:
about 230 starts and 190 ends off among 1,600 matched contents, most by a clause or a phrase: "... called for more
school investment *in a statement on Thursday*"). For each indirect or mixed content, one tree ensemble per side
(``training/train_boundaries.py``, PolNeAR train) scores the candidate edges around its start and its end
(``edges.py``); the best replaces the current edge when it scores a margin (per side, tuned on dev, in the model
file) above it, and the move neither cuts away most of the span unless it is sure nor reaches into another attribution.

Starts are compared without a leading complementiser "that": whether a content keeps it is the span convention's
business (``conventions.py``). The merged candidates still speak their finders' conventions (the tagger's keep
"that", the rules' drop it), so a learned content moved to just after a "that" takes it in, a rule content not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim, typed_content
from quotegraph.extract.datelines import in_dateline
from quotegraph.extract.learned.edges import DocView, Edge, described, end_edges, start_edges
from quotegraph.extract.learned.tagger import Tagging
from quotegraph.extract.learned.trees import Trees, read_model_file

BOUNDARIES_PATH = Path(__file__).resolve().parents[2] / "models" / "attribution" / "boundaries.json"
TRAIN_COMMAND = (
    "python training/cpu_tagger.py && python training/train_boundaries.py --train-tagger training/work/cpu-tagger"
)
# A move keeps at least MOST of both the old and the new span, unless its new edge scores SURE (PolNeAR dev, exact /
# partial / end-to-end matches, measured with a first 300-tree ensemble: any move 1,383 / 1,761 / 1,613; MOST alone
# 1,381 / 1,764 / 1,618; with SURE 0.75 1,388 / 1,763 / 1,616, with 0.9 1,383 / 1,765 / 1,618; no refiner 1,365 /
# 1,764 / 1,619).
MOST = 2 / 3
SURE = 0.9
REFINED_TYPES = frozenset({"indirect", "mixed"})  # a direct quote's edges are its quotation marks
MARGIN_OFF = 1.0  # a margin no move clears (probabilities differ by less): that side moves nothing


@dataclass(frozen=True)
class Refiner:
    """The two ensembles, the words they know by name, and how much better a new edge must score."""

    start: Trees
    end: Trees
    words: frozenset[str]
    start_margin: float
    end_margin: float


@cache
def load_refiner(path: str | None = None) -> Refiner:
    """The process-wide refiner (loaded on first use).

    Raises:
        ModelMissingError: When the model file is not there.
    """
    data = read_model_file(Path(path) if path else BOUNDARIES_PATH, "boundary refiner", TRAIN_COMMAND)
    return Refiner(
        Trees.from_json(data["start"]),
        Trees.from_json(data["end"]),
        frozenset(data["words"]),
        float(data["margins"]["start"]),
        float(data["margins"]["end"]),
    )


@dataclass(frozen=True)
class Move:
    """The edge a content moves to, and its score."""

    edge: Edge
    score: float


def best_edges(trees: Trees, groups: list[list[Edge]], margin: float) -> list[Move | None]:
    """For each content's edges, the one to move to when it scores ``margin`` above the current edge.

    All contents of a document are scored in one batch: the trees are walked once per document, not per content.
    A margin of ``MARGIN_OFF`` or more turns the side off (its trainer writes it where no margin gained on dev).
    """
    if margin >= MARGIN_OFF:
        return [None] * len(groups)
    scores = trees.probabilities(trees.matrix([e.features for edges in groups for e in edges]))
    out: list[Move | None] = []
    at = 0
    for edges in groups:
        values, at = scores[at : at + len(edges)], at + len(edges)
        current = next((k for k, e in enumerate(edges) if e.features["orig"]), None)
        best = int(np.argmax(values)) if len(values) else -1
        moves = current is not None and best != current and values[best] >= values[current] + margin
        out.append(Move(edges[best], float(values[best])) if moves else None)
    return out


def _keeps_most(old: tuple[int, int], new: tuple[int, int]) -> bool:
    """True when the moved span still shares at least ``MOST`` of each span's characters with the other.

    A wrong small move costs an exact match; a wrong large one also the partial match and the speaker's with it,
    so a large one must be ``SURE``.
    """
    shared = min(old[1], new[1]) - max(old[0], new[0])
    return shared >= MOST * (old[1] - old[0]) and shared >= MOST * (new[1] - new[0])


def _reaches_into(old: tuple[int, int], new: tuple[int, int], other: tuple[int, int]) -> bool:
    """True when the moved span overlaps another attribution's content more than it did, or no longer holds a
    report nested in it (a report's content that starts "where restructuring experts say some judges ..." must not
    be cut down to the nested one's "some judges ...")."""

    def shared(span: tuple[int, int]) -> int:
        return max(0, min(span[1], other[1]) - max(span[0], other[0]))

    def holds(span: tuple[int, int]) -> bool:
        return span[0] <= other[0] and other[1] <= span[1] and span != other

    return shared(new) > shared(old) or (holds(old) and not holds(new))


def _takes_in_own_words(index: DocIndex, cand: Candidate, new: tuple[int, int]) -> bool:
    """True when the moved start takes in the report's own cue or speaker before the old one (a headline's "Iran
    says it will respond" moved to start at "Iran"; a source phrase's "in his view" after the content may be)."""
    words = [cand.cue[0]] if cand.cue is not None else []
    if cand.speaker_token is not None:
        words.append(index.doc[cand.speaker_token].idx)
    return any(new[0] <= w < cand.content[0] for w in words)


def refine(index: DocIndex, tagging: Tagging, candidates: list[Candidate]) -> list[Candidate]:
    """Move the edges of the indirect and mixed contents where the refiner is confident (in place).

    Args:
        index: The Doc's shared lookups.
        tagging: The tagger's reading of the same text (its content probabilities are features).
        candidates: Merged candidates, in any span convention.

    Returns:
        The same candidates.
    """
    refiner = load_refiner()
    chosen = [c for c in candidates if c.type in REFINED_TYPES and not c.fragments]
    if not chosen:
        return candidates
    view = DocView(index, tagging)
    new_ends = best_edges(
        refiner.end, [described(c, end_edges(view, c, refiner.words)) for c in chosen], refiner.end_margin
    )
    new_starts = best_edges(
        refiner.start, [described(c, start_edges(view, c, refiner.words)) for c in chosen], refiner.start_margin
    )
    for cand, new_start, new_end in zip(chosen, new_starts, new_ends, strict=True):
        start, end = cand.content
        if new_end is not None:
            end = new_end.edge.offset
        if new_start is not None and not in_dateline(index.doc[new_start.edge.token]):  # not "NEW YORK - A"
            start = new_start.edge.offset
            before = new_start.edge.token - 1
            if cand.rule == "learned" and before >= 0 and view.complementiser[before]:
                start = view.idx[before]
        if cand.rule != "learned":
            start, end = trim(index.text, start, end)  # the rules' own cut: no leading "that" whatever its parse
        sure = any(m is not None and m.score >= SURE for m in (new_start, new_end))
        if start >= end:  # two sure moves that cross leave no content (seen on PolNeAR train with the veto off)
            continue
        if (start, end) == cand.content or not (sure or _keeps_most(cand.content, (start, end))):
            continue
        if any(_reaches_into(cand.content, (start, end), other.content) for other in candidates if other is not cand):
            continue
        if _takes_in_own_words(index, cand, (start, end)):
            continue
        cand.type, cand.content = typed_content(index, start, end)
    return candidates
