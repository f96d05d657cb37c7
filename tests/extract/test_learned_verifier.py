"""Tests for the attribution verifier (``quotegraph.extract.learned.verifier``): its features and what it drops."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from learned_helpers import blank_index

from quotegraph.errors import QuotegraphError
from quotegraph.extract.candidates import Candidate
from quotegraph.extract.learned.tagger import TaggedSpan, Tagging
from quotegraph.extract.learned.trees import Trees
from quotegraph.extract.learned.verifier import (
    SPARED_TYPES,
    VERIFIER_PATH,
    Verifier,
    candidate_features,
    load_verifier,
    verified,
)

TEXT = "Lee said the bridge is unsafe. The mayor, who arrived late, disagreed."


def _tagging(spans: list[TaggedSpan]) -> Tagging:
    """One piece per word, read as content (P(B) 0.8 on "the", P(I) 0.8 after it, up to "unsafe.")."""
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\S+", TEXT)]
    start, end = TEXT.index("the"), TEXT.index(" The")
    probs = [
        (0.1, 0.8, 0.1) if s == start else (0.1, 0.1, 0.8) if start < s < end else (0.9, 0.05, 0.05) for s, _ in offsets
    ]
    return Tagging(spans, np.asarray(offsets, dtype=np.int32), np.asarray(probs, dtype=np.float32))


def _report(**fields: object) -> Candidate:
    cand = Candidate(content=(TEXT.index("the"), TEXT.index(".")), type="indirect", rule="verb_clause", confidence=0.8)
    for name, value in fields.items():
        setattr(cand, name, value)
    return cand


def test_features_read_the_cue_the_speaker_and_the_tagger() -> None:
    index = blank_index(TEXT)
    said = (TEXT.index("said"), TEXT.index("said") + 4)
    tagging = _tagging([TaggedSpan("cue", *said, 0.9), TaggedSpan("source", 0, 3, 0.7)])
    features = candidate_features(index, tagging, _report(cue=said, cue_token=1, speaker_token=0))
    assert features["rule=verb_clause"] == 1.0 and features["type=indirect"] == 1.0
    assert features["first=the"] == 1.0
    assert features["content_start_b"] == pytest.approx(0.8)  # the tagger starts a content at "the"
    assert features["content_score"] > 0.8
    assert features["cue_side"] == -1.0  # the cue stands before the content
    assert features["cue_tagged"] == pytest.approx(0.9) and features["speaker_tagged"] == pytest.approx(0.7)
    assert features["speaker_distance"] > 0  # the speaker stands before the content
    assert features["sentences"] == 1.0 and features["verbless"] == 0.0  # no tags to tell: counted as having one
    assert "no_cue" not in features and "no_speaker" not in features


def test_an_attribution_without_cue_or_speaker_says_so() -> None:
    index = blank_index(TEXT)
    features = candidate_features(index, _tagging([]), _report())
    assert features["no_cue"] == 1.0 and features["no_speaker"] == 1.0
    assert not [name for name in features if name.startswith(("cue", "speaker"))]


def _no_speaker_is_doubtful(keep_above: float) -> Verifier:
    """One tree: P(kept) 0.27 without a speaker, 0.73 with one."""
    tree = {"feature": [0, 0, 0], "threshold": [0.5, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    trees = Trees.from_json({"features": ["no_speaker"], "base": 0.0, "trees": [tree | {"value": [0.0, 1.0, -1.0]}]})
    return Verifier(trees, keep_above)


def test_the_verifier_drops_what_it_doubts_but_never_a_direct_quote() -> None:
    index, tagging = blank_index(TEXT), _tagging([])
    heard = _report(speaker_token=0)
    unheard = _report()
    quoted = _report(type="direct")
    assert "direct" in SPARED_TYPES
    kept = verified(index, tagging, [heard, unheard, quoted], _no_speaker_is_doubtful(0.5))
    assert kept == [heard, quoted]
    # what stays carries the verifier's probability as its confidence, a spared doubtful quote too
    assert heard.confidence == pytest.approx(0.731, abs=1e-3) and quoted.confidence == pytest.approx(0.269, abs=1e-3)
    assert verified(index, tagging, [heard, unheard], _no_speaker_is_doubtful(0.2)) == [heard, unheard]
    assert verified(index, tagging, [], _no_speaker_is_doubtful(0.5)) == []


def test_missing_verifier_names_its_training_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QuotegraphError, match=r"train_verifier\.py"):
        load_verifier(str(tmp_path / "verifier.json"))


def test_the_shipped_verifier_was_taught_on_cross_fitted_tagger_output() -> None:
    data = json.loads(VERIFIER_PATH.read_text(encoding="utf-8"))
    assert isinstance(data["trained_on"]["taggings"], dict)  # the crossfit record, not the memorized train output
    assert data["trained_on"]["taggings"]["folds"] >= 2
    assert 0.0 < load_verifier().keep_above < 1.0
    assert data["dev"]["roc_auc"]["verifier"] > data["dev"]["roc_auc"]["confidence"]


@pytest.mark.model
def test_accurate_mode_asks_the_verifier_and_keeps_direct_quotes_whatever_it_says(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract import extract
    from quotegraph.extract.learned import verifier as module
    from quotegraph.extract.options import ExtractOptions

    text = (
        'The minister said the bridge was unsafe and would close. "We will not raise taxes," Jane Smith said on Monday.'
    )
    before = extract(text, ExtractOptions(mode="accurate"))
    assert {a.type for a in before} >= {"direct", "indirect"}
    leaf = {"feature": [0], "threshold": [0.0], "left": [-1], "right": [-1], "value": [-5.0]}
    doubts_everything = Verifier(Trees.from_json({"features": ["confidence"], "base": 0.0, "trees": [leaf]}), 0.5)
    monkeypatch.setattr(module, "load_verifier", lambda: doubts_everything)
    after = extract(text, ExtractOptions(mode="accurate"))
    assert [a.content.text for a in after] == [a.content.text for a in before if a.type == "direct"]
    assert extract(text, ExtractOptions(mode="rules")) != []  # the rules do not ask it


@pytest.mark.model
def test_a_named_report_inside_a_report_that_stays_is_kept_with_its_intermediary() -> None:
    from quotegraph.extract import extract
    from quotegraph.extract.options import ExtractOptions

    # the tagger reads "Moscow was ready for talks" as part of the agency's report, and the verifier doubts it
    text = (
        "Sergei Lavrov said Moscow was ready for talks, the news agency RIA reported. Analysts said the economy "
        "was slowing, the agency reported."
    )
    found = {a.content.text: a for a in extract(text, ExtractOptions(mode="accurate"))}
    inner = found["Moscow was ready for talks"]
    assert inner.speaker.name == "Sergei Lavrov" and [v.value for v in inner.via] == ["RIA"]
    assert inner.confidence < load_verifier().keep_above  # spared, with the verifier's doubt as its confidence
    assert found["Sergei Lavrov said Moscow was ready for talks"].speaker.name == "RIA"
    # a report inside another whose speaker is no name stays doubted: "Analysts" could be anyone's reading (with
    # "the agency Interfax reported" the relay is named, and the verifier weighs the report otherwise)
    assert "the economy was slowing" not in found
    assert found["Analysts said the economy was slowing"].speaker.name == "the agency"


@pytest.mark.model
def test_a_named_speakers_plain_report_no_kept_report_overlaps_stays_whatever_the_verifier_says(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language

    text = "Maria Lopez said it was worried. The group said users would leave. Tom Reed added that prices rose."
    doc = nlp(text)
    index = DocIndex(doc, load_language("en"))
    offsets = np.asarray([(t.idx, t.idx + len(t)) for t in doc], dtype=np.int32)
    tagging = Tagging([], offsets, np.full((len(doc), 3), (0.9, 0.05, 0.05), dtype=np.float32))

    def report(speaker: str, cue: str, content: str) -> Candidate:
        at = text.index(content)
        cand = _report(content=(at, at + len(content)), speaker_token=None, cue_token=None)
        cand.speaker_token = next(t.i for t in doc if t.text == speaker)
        cand.cue_token = next(t.i for t in doc if t.text == cue and t.i > cand.speaker_token)
        cand.cue = (doc[cand.cue_token].idx, doc[cand.cue_token].idx + len(cue))
        return cand

    named = report("Lopez", "said", "it was worried")
    described = report("group", "said", "users would leave")  # no name: the verifier decides
    added = report("Reed", "added", "prices rose")  # a verb of speech less plain than "say"
    assert verified(index, tagging, [named, described, added], _no_speaker_is_doubtful(0.99)) == [named]


@pytest.mark.model
def test_a_named_report_that_cites_a_record_of_its_words_stays_whatever_the_verifier_says() -> None:
    from quotegraph.extract import extract
    from quotegraph.extract.options import ExtractOptions

    text = (
        "Foreign Minister Abbas Araqchi told his Omani counterpart in a phone call on Saturday that Tehran reserved"
        " the right to respond, according to a ministry statement."
    )
    found = {a.content.text: a for a in extract(text, ExtractOptions(mode="accurate"))}
    told = found["Tehran reserved the right to respond"]  # was dropped: the tagger read the statement as the source
    assert told.speaker.name == "Abbas Araqchi"
    assert told.confidence < load_verifier().keep_above  # spared, with the verifier's doubt as its confidence


@pytest.mark.model
def test_any_report_the_rules_read_that_cites_a_record_of_its_words_stays() -> None:
    from quotegraph.extract import extract
    from quotegraph.extract.options import ExtractOptions

    text = (
        "Kenya\n\nOpposition leader Raila Odinga called for dialogue.\n\nProtest organisers said they would continue"
        " to march on Thursday, according to posts on social media."
    )
    found = {a.content.text: a.speaker.name for a in extract(text, ExtractOptions(mode="accurate"))}
    assert found.get("they would continue to march on Thursday") == "Protest organisers"  # was dropped
