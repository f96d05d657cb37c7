"""Scoring exported taggers alone and averaged (training/tagger_alone.py), with the shipped tagger."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from tagger_alone import score_taggers

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "quotegraph" / "models" / "attribution"

TEXT = 'The mayor spoke on Monday. "We will rebuild the bridge by spring," she said at the town hall.'
CONTENT = "We will rebuild the bridge by spring,"
DOCS = [
    {"text": TEXT, "quotes": [{"start": TEXT.index(CONTENT), "end": TEXT.index(CONTENT) + len(CONTENT)}]},
    {"text": "The river rose overnight and the road was closed.", "quotes": []},
]

pytestmark = pytest.mark.model


def test_a_tagger_is_scored_on_the_contents_it_finds() -> None:
    scores = score_taggers([SHIPPED], DOCS)
    assert list(scores) == [str(SHIPPED)]  # one tagger: no ensemble line
    score = scores[str(SHIPPED)]
    assert score["gold"] == 1
    assert score["partial"] == 1  # the quotation is found
    assert score["partial_f1"] == round(200 * score["partial"] / (score["gold"] + score["pred"]), 2)


def test_an_ensemble_of_one_tagger_with_itself_scores_as_the_tagger() -> None:
    scores = score_taggers([SHIPPED, SHIPPED], DOCS)
    assert list(scores) == [str(SHIPPED), f"{SHIPPED}#2", "ensemble"]  # each tagger counted on its own
    assert scores["ensemble"] == scores[str(SHIPPED)] == scores[f"{SHIPPED}#2"]
