"""Tests for the merge selector's features (``quotegraph.extract.learned.selector``)."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from quotegraph.errors import QuotegraphError
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import load_language
from quotegraph.extract.learned.selector import pair_features
from quotegraph.extract.learned.tagger import Tagging

TEXT = "Lee said that the bridge is unsafe and closed it."
OUT, BEGIN, INSIDE = (0.9, 0.05, 0.05), (0.1, 0.8, 0.1), (0.1, 0.1, 0.8)


def _tagging(reading: list[tuple[float, float, float]]) -> Tagging:
    """One piece per word, with the given content probabilities."""
    offsets, at = [], 0
    for word in TEXT.split():
        start = TEXT.index(word, at)
        offsets.append((start, start + len(word)))
        at = start + len(word)
    return Tagging([], np.asarray(offsets, dtype=np.int32), np.asarray(reading, dtype=np.float32))


def _pair() -> tuple[DocIndex, Candidate, Candidate]:
    index = DocIndex(spacy.blank("en")(TEXT), load_language("en"))
    rule = Candidate(
        content=(TEXT.index("the"), TEXT.index(" and")), type="indirect", rule="verb_clause", confidence=0.8
    )
    learned = Candidate(content=(TEXT.index("that"), len(TEXT) - 1), type="indirect", rule="learned", confidence=0.7)
    return index, rule, learned


def test_the_tagger_reading_of_each_span_is_a_feature() -> None:
    index, rule, learned = _pair()
    # Lee said [that the bridge is unsafe] and [closed it.]: the tagger starts a content at "that", ends it at
    # "unsafe", and starts another at "closed".
    tagging = _tagging([OUT, OUT, BEGIN, INSIDE, INSIDE, INSIDE, INSIDE, OUT, BEGIN, INSIDE])
    features = pair_features(index, rule, learned, (1, 1), tagging)
    assert features["rule_start_b"] == pytest.approx(0.1)  # "the": inside, not a start
    assert features["rule_before_o"] == pytest.approx(0.1)  # "that" is inside a content for the tagger
    assert features["rule_after_o"] == pytest.approx(0.9)  # "and" is outside
    assert features["rule_inside_min"] == pytest.approx(0.9)  # no hole in "the bridge is unsafe"
    assert features["rule_inner_b"] == pytest.approx(0.1)
    assert features["learned_start_b"] == pytest.approx(0.8)
    assert features["learned_before_o"] == pytest.approx(0.9)
    assert features["learned_inside_min"] == pytest.approx(0.1)  # runs across "and", which the tagger leaves out
    assert features["learned_inner_b"] == pytest.approx(0.8)  # and over the start of "closed it"
    assert features["learned_after_o"] == 1.0  # nothing after the text's end: outside


def test_a_span_opening_with_any_quotation_mark_of_the_language_opens_with_a_quote() -> None:
    text = "Lee called it \u2039a farce\u203a and \u300cunsafe\u300d."
    index = DocIndex(spacy.blank("en")(text), load_language("en"))
    rule = Candidate(content=(text.index("\u300c"), len(text) - 1), type="direct", rule="quote", confidence=0.8)
    learned = Candidate(content=(text.index("\u2039"), len(text) - 1), type="mixed", rule="learned", confidence=0.7)
    unread = Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    features = pair_features(index, rule, learned, (1, 1), unread)
    assert features["rule_first=quote"] == 1.0 and features["learned_first=quote"] == 1.0
    assert features["start_delta"] == -1.0 and features["end_delta"] == 0.0  # both end at "unsafe", marks trimmed


def test_spans_the_tagger_saw_no_piece_of_have_no_tagger_features() -> None:
    index, rule, learned = _pair()
    unread = Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    features = pair_features(index, rule, learned, (1, 1), unread)
    assert not [name for name in features if name.endswith(("_start_b", "_before_o", "_after_o", "_inner_b"))]
    assert features["rule=verb_clause"] == 1.0


def test_missing_selector_names_its_training_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.selector import load_selector

    with pytest.raises(QuotegraphError, match=r"train_selector\.py"):
        load_selector(str(tmp_path / "selector.json"))


@pytest.mark.model
def test_selector_features_describe_how_the_two_spans_differ(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import Candidate, DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.selector import pair_features
    from quotegraph.extract.learned.tagger import Tagging

    text = "Lee said that the bridge is unsafe. Crews will close it on Monday."
    index = DocIndex(nlp(text), load_language("en"))
    clause = (text.index("the bridge"), text.index(". Crews"))
    rule = Candidate(content=clause, type="indirect", rule="verb_clause", confidence=0.8)
    learned = Candidate(content=(text.index("that"), len(text) - 1), type="indirect", rule="learned", confidence=0.9)
    unread = Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    features = pair_features(index, rule, learned, (1, 1), unread)
    assert features["rule=verb_clause"] == 1.0 and features["learned_first=that"] == 1.0
    assert features["start_delta"] == -1.0 and features["end_delta"] == 1.0  # starts earlier, ends later
    assert features["that_before_rule"] == 1.0
    assert (features["rule_sentences"], features["learned_sentences"]) == (1.0, 2.0)
    assert features["rule_ends_sentence"] == 1.0 and features["verbless"] == 0.0
