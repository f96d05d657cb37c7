"""Tests for the boundary refiner's candidate edges and their features."""

from __future__ import annotations

import numpy as np
import pytest

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import load_language
from quotegraph.extract.learned.edges import DocView, end_edges, start_edges
from quotegraph.extract.learned.tagger import Tagging


def _untagged() -> Tagging:
    return Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))


def test_an_edge_inside_any_pair_of_quotation_marks_of_the_language_is_inside_a_quotation() -> None:
    import spacy

    text = "Lee said it was \u2039a farce\u203a and \u00aba sham\u00bb on Monday."
    index = DocIndex(spacy.blank("en")(text), load_language("en"))
    cand = Candidate(content=(text.index("it"), text.index(" on")), type="indirect", rule="learned", confidence=0.9)
    ends = {text[: e.offset].split()[-1]: e.features for e in end_edges(DocView(index, _untagged()), cand, frozenset())}
    assert ends["\u00aba"]["quote_open"] == 1.0 and ends["sham"]["quote_open"] == 1.0  # inside the guillemets
    assert ends["and"]["quote_open"] == 0.0 and ends["Monday"]["quote_open"] == 0.0
    assert ends["and"]["n_w=quote"] == 1.0  # "\u00ab" follows "and"


@pytest.mark.model
def test_candidate_edges_stay_in_the_paragraph_and_skip_a_complementiser(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lee said on Monday that the bridge is unsafe, in a statement.\nCrews will close it."
    index = DocIndex(nlp(text), load_language("en"))
    content = (text.index("that"), text.index("."))
    cand = Candidate(content=content, type="indirect", rule="learned", confidence=0.9, cue=(4, 8))
    words = frozenset({"that", "in"})
    view = DocView(index, _untagged())
    starts = start_edges(view, cand, words)
    ends = end_edges(view, cand, words)
    start_words = [text[e.offset : e.offset + 6] for e in starts]
    assert "that t" not in start_words  # "that" goes with whatever follows it
    assert [text[e.offset :].split()[0] for e in starts if e.features["orig"]] == ["the"]
    assert text[: next(e.offset for e in ends if e.features["orig"])].endswith("statement")
    assert max(e.offset for e in ends) <= text.index("\n")  # the next paragraph is out of reach
    assert min(e.offset for e in starts) == 0
    lee = next(e for e in starts if e.offset == 0)
    assert lee.features["crosses_cue"] == 1.0 and lee.features["dist"] < 0
    comma = next(e for e in ends if text[: e.offset].endswith("unsafe"))
    assert comma.features["n_pos=PUNCT"] == 1.0 and comma.features["n2_w=in"] == 1.0
    assert next(e for e in ends if e.features["orig"]).features["separators"] == 0.0


@pytest.mark.model
def test_edges_read_the_taggers_content_probabilities_at_the_word_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lee said the bridge is unsafe in winter."
    index = DocIndex(nlp(text), load_language("en"))
    words = text.split()
    offsets = [(text.index(w), text.index(w) + len(w.rstrip("."))) for w in words]
    inside = {"the", "bridge", "is", "unsafe"}
    content = [(0.1, 0.0, 0.9) if w in inside else (0.8, 0.1, 0.1) for w in words]
    tagging = Tagging([], np.asarray(offsets, dtype=np.int32), np.asarray(content, dtype=np.float32))
    cand = Candidate(content=(text.index("the"), text.index(".")), type="indirect", rule="verb_clause", confidence=0.9)
    ends = {text[: e.offset].split()[-1]: e.features for e in end_edges(DocView(index, tagging), cand, frozenset())}
    assert ends["unsafe"]["drop"] == pytest.approx(0.7)  # P(O) rises from 0.1 inside to 0.8 after it
    assert ends["unsafe"]["drop_vs_max"] == pytest.approx(0.0) and ends["winter"]["orig"] == 1.0
    assert ends["winter"]["drop_vs_orig"] == 0.0 and ends["unsafe"]["drop_vs_orig"] > 0.5
    assert ends["unsafe"]["pc_t"] == pytest.approx(0.9) and ends["unsafe"]["pc_n"] == pytest.approx(0.2)
