"""The fast tagger's trainer (training/train_fast.py): its joined tags and its ``--set`` config overrides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from train_fast import config_overrides, token_tags


def test_overrides_read_numbers_and_lists_as_json_and_the_rest_as_text() -> None:
    out = config_overrides(["training.max_steps=8000", "training.dropout=0.2", "x.rows=[1,2]", "x.name=adam"])
    assert out == {"training.max_steps": 8000, "training.dropout": 0.2, "x.rows": [1, 2], "x.name": "adam"}


def test_an_override_without_a_value_is_refused() -> None:
    with pytest.raises(SystemExit, match="KEY=VALUE"):
        config_overrides(["training.max_steps"])


def test_each_token_gets_one_letter_per_layer() -> None:
    doc = spacy.blank("en").make_doc("Lee said the bridge is unsafe.")
    gold = {
        "text": doc.text,
        "quotes": [{"start": 9, "end": 29, "type": "indirect", "speaker_spans": [[0, 3]], "cue": [4, 8]}],
    }
    # content, source, cue: "Lee" begins the source, "said" the cue, "the" the content, which runs to "unsafe"
    assert token_tags(doc, gold) == ["OBO", "OOB", "BOO", "IOO", "IOO", "IOO", "OOO"]
