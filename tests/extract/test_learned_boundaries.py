"""Tests for the boundary refiner: candidate edges, the batched tree walk, moving edges, and the shipped model."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import load_language
from quotegraph.extract.learned import boundaries
from quotegraph.extract.learned.boundaries import Refiner, refine
from quotegraph.extract.learned.tagger import Tagging
from quotegraph.extract.learned.trees import Trees


def _favouring(feature: str, strength: float = 3.0) -> Trees:
    """One tree: probability 0.95 where ``feature`` is set, 0.05 elsewhere (at the default strength)."""
    return Trees.from_json(
        {
            "features": [feature],
            "base": 0.0,
            "trees": [
                {"feature": [0, 0, 0], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
                 "value": [0, -strength, strength]}
            ],
        }
    )  # fmt: skip


def _untagged(text: str) -> Tagging:
    return Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))


def _candidate(text: str, first: str, after: str, qtype: str, rule: str) -> Candidate:
    return Candidate(content=(text.index(first), text.index(after)), type=qtype, rule=rule, confidence=0.9)


def _index(nlp: Any, text: str) -> DocIndex:
    return DocIndex(nlp(text), load_language("en"))


_BRIDGE = 'Lee said on Monday that the bridge over the old river is unsafe for all cars and trucks in a statement. "It will close," Lee said.'  # noqa: E501
# End before "in", start after "that": the edges these trees prefer.
_BEFORE_IN_AFTER_THAT = Refiner(
    start=_favouring("p_w=that"),
    end=_favouring("n_w=in"),
    words=frozenset({"in", "that"}),
    start_margin=0.2,
    end_margin=0.2,
)


def _refine_bridge(nlp: Any, monkeypatch: pytest.MonkeyPatch, *candidates: Candidate) -> None:
    """Refine candidates of ``_BRIDGE`` with the trees that prefer ending before "in" and starting after "that"."""
    monkeypatch.setattr(boundaries, "load_refiner", lambda: _BEFORE_IN_AFTER_THAT)
    refine(_index(nlp, _BRIDGE), _untagged(_BRIDGE), list(candidates))


@pytest.mark.model
def test_refine_moves_the_edges_the_trees_prefer_and_leaves_direct_quotes(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    learned = _candidate(_BRIDGE, "Monday", ".", "indirect", "learned")
    direct = _candidate(_BRIDGE, "It will", ',"', "direct", "quote_cue_after")
    _refine_bridge(nlp, monkeypatch, learned, direct)
    # a learned content (PolNeAR's convention) moved to just after "that" takes it in
    assert _BRIDGE[slice(*learned.content)] == "that the bridge over the old river is unsafe for all cars and trucks"
    assert _BRIDGE[slice(*direct.content)] == "It will close"
    rule = _candidate(_BRIDGE, "the bridge", ".", "indirect", "verb_clause")
    _refine_bridge(nlp, monkeypatch, rule)
    assert _BRIDGE[slice(*rule.content)] == "the bridge over the old river is unsafe for all cars and trucks"


@pytest.mark.model
def test_refine_never_cuts_a_nested_report_or_most_of_a_span(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    outer = _candidate(_BRIDGE, "Monday", ".", "indirect", "learned")
    nested = _candidate(_BRIDGE, "the bridge", ".", "indirect", "verb_clause")
    _refine_bridge(nlp, monkeypatch, outer, nested)
    assert _BRIDGE[slice(*outer.content)].endswith("trucks in a statement")  # its move would drop the nested end
    assert _BRIDGE[slice(*nested.content)].endswith("trucks")  # moving inside the outer one is fine
    text = "Lee said that the bridge is unsafe in a statement issued by the city council late on Monday."
    for strength, expected in ((1.5, "late on Monday"), (3.0, "is unsafe")):  # probability 0.82, then 0.95
        refiner = Refiner(_favouring("orig"), _favouring("n_w=in", strength), frozenset({"in"}), 0.2, 0.2)
        monkeypatch.setattr(boundaries, "load_refiner", lambda r=refiner: r)
        cand = _candidate(text, "the bridge", ".", "indirect", "verb_clause")
        refine(_index(nlp, text), _untagged(text), [cand])
        # "the bridge is unsafe" keeps under 2/3 of the span: only a sure edge may cut that much
        assert text[slice(*cand.content)].endswith(expected)


@pytest.mark.model
def test_a_rule_content_moved_onto_that_drops_it_as_the_rules_do(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said that shows the plan failed badly."  # "that" parsed as a subject, not a complementiser
    index = _index(nlp, text)
    onto_that = Refiner(_favouring("t_w=that"), _favouring("orig"), frozenset({"that"}), 0.2, 0.2)
    monkeypatch.setattr(boundaries, "load_refiner", lambda: onto_that)
    rule = _candidate(text, "shows", ".", "indirect", "verb_clause")
    learned = _candidate(text, "shows", ".", "indirect", "learned")
    refine(index, _untagged(text), [rule])
    refine(index, _untagged(text), [learned])
    assert text[slice(*rule.content)] == "shows the plan failed badly"  # the quotegraph convention has no "that"
    assert text[slice(*learned.content)] == "that shows the plan failed badly"  # PolNeAR's keeps it


@pytest.mark.model
def test_refine_keeps_edges_no_candidate_beats_by_the_margin(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "Lee said that the bridge is unsafe in a statement."
    index = _index(nlp, text)
    monkeypatch.setattr(
        boundaries, "load_refiner", lambda: Refiner(_favouring("orig"), _favouring("orig"), frozenset(), 0.0, 0.0)
    )
    cand = _candidate(text, "the", ".", "indirect", "verb_clause")
    refine(index, _untagged(text), [cand])
    assert text[slice(*cand.content)] == "the bridge is unsafe in a statement"


@pytest.mark.model
def test_a_side_with_a_margin_of_one_moves_nothing_however_sure_its_trees(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sure = Refiner(_favouring("p_w=that", 50.0), _favouring("n_w=in", 50.0), frozenset({"in", "that"}), 1.0, 0.2)
    monkeypatch.setattr(boundaries, "load_refiner", lambda: sure)
    cand = _candidate(_BRIDGE, "Monday", ".", "indirect", "learned")
    refine(_index(nlp, _BRIDGE), _untagged(_BRIDGE), [cand])
    # the end still moves before "in"; the start, off, stays where it was however sure the trees are
    assert _BRIDGE[slice(*cand.content)].startswith("Monday that the bridge")
    assert _BRIDGE[slice(*cand.content)].endswith("all cars and trucks")


@pytest.mark.model
def test_refine_never_moves_a_start_over_the_reports_own_cue_or_speaker(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "Iran says it will respond to the strike."
    onto_the_speaker = Refiner(_favouring("t_w=iran"), _favouring("orig"), frozenset({"iran"}), 0.2, 0.2)
    monkeypatch.setattr(boundaries, "load_refiner", lambda: onto_the_speaker)
    cand = _candidate(text, "it will", ".", "indirect", "verb_clause")
    cand.cue, cand.cue_token, cand.speaker_token = (5, 9), 1, 0
    refine(_index(nlp, text), _untagged(text), [cand])
    assert text[slice(*cand.content)] == "it will respond to the strike"  # a headline's "Iran says" is not its words
    unowned = _candidate(text, "it will", ".", "indirect", "verb_clause")  # with no cue or speaker it moves
    refine(_index(nlp, text), _untagged(text), [unowned])
    assert text[slice(*unowned.content)] == "Iran says it will respond to the strike"


def test_missing_refiner_names_its_training_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QuotegraphError, match=r"train_boundaries\.py"):
        boundaries.load_refiner(str(tmp_path / "boundaries.json"))


@pytest.mark.model
def test_the_shipped_refiner_cuts_a_trailing_time_from_an_object() -> None:
    from quotegraph.extract.api import extract
    from quotegraph.extract.options import ExtractOptions

    text = "The coach defended his decision after the game on Sunday."
    ruled = extract(text, ExtractOptions(mode="rules", convention="polnear"))
    refined = extract(text, ExtractOptions(mode="accurate", convention="polnear"))
    assert [a.content.text for a in ruled] == ["his decision after the game"]  # the day is the statement's date
    assert [(a.content.text, a.meta["rule"]) for a in refined] == [("his decision", "verb_object")]
    refiner = boundaries.load_refiner()
    assert {"that", "in", "according"} <= refiner.words
    assert 0.0 <= refiner.start_margin < 1.0 and 0.0 <= refiner.end_margin < 1.0


@pytest.mark.model
def test_two_sure_moves_never_cross_into_an_inverted_span(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "Lee said that the bridge is unsafe in a statement issued by the city council on Monday."
    crossing = Refiner(_favouring("p_w=statement"), _favouring("n_w=in"), frozenset({"in", "statement"}), 0.2, 0.2)
    monkeypatch.setattr(boundaries, "load_refiner", lambda: crossing)
    cand = _candidate(text, "the bridge", ".", "indirect", "verb_clause")
    refine(_index(nlp, text), _untagged(text), [cand])
    # the start would move after "statement" and the end before "in", both sure: no span is left, so neither moves
    assert text[slice(*cand.content)] == "the bridge is unsafe in a statement issued by the city council on Monday"
