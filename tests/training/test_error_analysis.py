"""The error counts' breakdown of missed quotes (training/error_analysis.py --missed): their shape and their cue."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from error_analysis import content_shape, missed_kinds

from quotegraph.settings import get_setting

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load(get_setting("spacy_model"))


@pytest.mark.parametrize(
    ("content", "shape"),
    [
        ("the agency's handling of the case", "noun phrase"),
        ("the bridge would reopen in May", "clause"),
        ("that the bridge would reopen", "that-clause"),
        ("to raise taxes on the rich", "to-infinitive"),
        ("whether the plan would work", "wh-clause"),
        ("with attacks on the judge", "other"),
    ],
)
def test_a_content_is_named_by_its_opening_word_or_its_root(
    nlp: spacy.language.Language, content: str, shape: str
) -> None:
    assert content_shape(nlp, content) == shape


def test_only_unpaired_quotes_are_counted_and_a_cue_found_elsewhere_clears_them(nlp: spacy.language.Language) -> None:
    text = "The mayor criticized the agency's handling of the case. She said the bridge would reopen."
    handling = text.index("the agency")
    bridge = text.index("the bridge")
    criticized = [text.index("criticized"), text.index("criticized") + len("criticized")]
    gold = [
        {"start": handling, "end": text.index(".", handling), "type": "indirect", "cue": criticized},
        {
            "start": bridge,
            "end": text.index(".", bridge),
            "type": "indirect",
            "cue": [text.index("said"), text.index("said") + 4],
        },
    ]
    found_bridge = [{"start": bridge, "end": text.index(".", bridge), "cue": gold[1]["cue"]}]
    assert missed_kinds(nlp, text, gold, found_bridge) == [
        "missed indirect: noun phrase",
        "missed indirect: no predicted cue on the gold cue",
    ]
    elsewhere = [*found_bridge, {"start": 0, "end": 9, "cue": criticized}]  # a wrong content, but on that cue
    assert missed_kinds(nlp, text, gold, elsewhere) == ["missed indirect: noun phrase"]
