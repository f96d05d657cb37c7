"""The learned finder (``quotegraph.learned_finder.v1``): tagger spans, linked, merged with confident rules.

The tagger proposes every content, source and cue span; linking joins them into attributions; where a rule
attribution with confidence at least ``RULE_PRIORITY`` covers the same content, the rule's attribution is kept
(the rules are exact on the constructions they know, and carry the project's span convention). Resolution and
context reading then run as on the rules' own candidates.
"""

from __future__ import annotations

from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.learned.candidates import has_verb, to_candidate
from quotegraph.extract.learned.linking import Linked, link
from quotegraph.extract.learned.tagger import TaggedSpan, load_tagger
from quotegraph.extract.shapes import long_enough
from quotegraph.registry import finders

RULE_PRIORITY = 0.7  # rule confidence from which a rule attribution wins over an overlapping learned one
BORROW_SPEAKER = True  # a learned attribution overlapping a weak rule one takes the rule's cue and speaker
MIN_CONTENT_SCORE = 0.7  # mean tag probability below which a content span is dropped (tuned on dev)


def link_spans(text: str, spans: list[TaggedSpan]) -> list[Linked]:
    """Link tagged spans into attributions, each scored by its content span's probability."""
    by_layer: dict[str, list[TaggedSpan]] = {"content": [], "source": [], "cue": []}
    for span in spans:
        by_layer[span.layer].append(span)
    scores = {(s.start, s.end): s.score for s in by_layer["content"] if s.score >= MIN_CONTENT_SCORE}
    linked = link(
        text,
        list(scores),
        [(s.start, s.end) for s in by_layer["source"]],
        [(s.start, s.end) for s in by_layer["cue"]],
    )
    return [Linked(item.content, item.cue, item.source, scores[item.content]) for item in linked]


def _overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    shared = min(first[1], second[1]) - max(first[0], second[0])
    return shared > 0.5 * min(first[1] - first[0], second[1] - second[0])


def merge(
    learned: list[Candidate],
    rules: list[Candidate],
    priority: float = RULE_PRIORITY,
    yielding: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Keep confident rule attributions, learned ones elsewhere; a weak rule attribution yields to the model.

    A learned attribution that displaces a weak rule one takes that rule's cue and speaker (``BORROW_SPEAKER``):
    the model is better at where content starts and ends, the parse at who the subject of the cue is.

    Args:
        learned: Candidates from the tagger.
        rules: Candidates from the rule stages.
        priority: Rule confidence from which a rule candidate wins an overlap.
        yielding: ``id()`` of learned candidates that yield to any overlapping rule candidate (verbless
            unquoted content, which the rules read better from the parse).

    Returns:
        The merged candidates in text order.
    """
    strong = [r for r in rules if r.confidence >= priority]
    strong += [
        r
        for r in rules
        if r.confidence < priority and any(id(c) in yielding and _overlaps(c.content, r.content) for c in learned)
    ]
    kept = [c for c in learned if not any(_overlaps(c.content, r.content) for r in strong)]
    chosen = {id(r) for r in strong}
    weak = [r for r in rules if id(r) not in chosen]
    for cand in kept:
        match = next((r for r in weak if _overlaps(r.content, cand.content)), None)
        if match is not None and BORROW_SPEAKER:
            _borrow_speaker(cand, match)
    weak = [r for r in weak if not any(_overlaps(r.content, c.content) for c in kept)]
    return sorted(strong + weak + kept, key=lambda c: c.content)


def _borrow_speaker(cand: Candidate, rule: Candidate) -> None:
    """A learned span keeps its content but takes the cue and speaker the rules read from the parse."""
    cand.cue, cand.cue_token = rule.cue, rule.cue_token
    cand.speaker_token, cand.antecedent = rule.speaker_token, rule.antecedent


def learned_candidates(index: DocIndex) -> list[Candidate]:
    """The tagger's attributions alone, as candidates."""
    spans = load_tagger().spans(index.text)
    return [to_candidate(index, item) for item in link_spans(index.text, spans)]


@finders.register("quotegraph.learned_finder.v1")
def find_learned(index: DocIndex) -> list[Candidate]:
    """Accurate mode: the tagger's attributions merged with the confident rule attributions."""
    learned = long_enough(index.text, learned_candidates(index))
    verbless = frozenset(id(c) for c in learned if c.type == "indirect" and not has_verb(index, c.content))
    return merge(learned, find_candidates(index), RULE_PRIORITY, verbless)


@finders.register("quotegraph.tagger_finder.v1")
def find_tagged(index: DocIndex) -> list[Candidate]:
    """The tagger's attributions only (no rules), for comparison."""
    return learned_candidates(index)
