"""The stages' last step: one attribution per content span, so that each attribution's id names one."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quotegraph.extract import ExtractOptions, extract
from quotegraph.extract.candidates import Candidate
from quotegraph.extract.pipeline import _one_per_content
from quotegraph.model import Article

DEMO = Path(__file__).resolve().parents[2] / "demo" / "wikinews-articles.jsonl"


def test_of_two_attributions_of_one_content_the_one_with_its_cue_outside_stands() -> None:
    # '"Bryan already asserted his right," MacDougall said': the verb inside the quotation is no cue of it
    inside = Candidate((1, 34), "direct", "learned", 0.9, cue=(7, 23), name="Bryan", kind="person")
    outside = Candidate((1, 34), "direct", "learned", 0.6, cue=(47, 51), name="MacDougall", kind="person")
    other = Candidate((60, 80), "indirect", "verb_object", 0.5, cue=(55, 59), name="Lee", kind="person")
    assert _one_per_content([inside, other, outside]) == [other, outside]
    surer = Candidate((1, 34), "direct", "learned", 0.7, cue=(47, 51), name="Pat", kind="person")
    assert _one_per_content([outside, surer]) == [surer]
    assert _one_per_content([surer, Candidate((1, 34), "direct", "learned", 0.7, cue=(47, 51), name="Al")]) == [surer]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_no_two_attributions_share_an_id_in_a_demo_article(mode: str) -> None:
    # this article had one content credited twice in both learned modes; the linker keeps one record per id
    wanted = "wikinews-local-municipalities-in-italy-ask-taxes-from-religious-schools"
    record = next(r for r in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines()) if r["id"] == wanted)
    found = extract(Article(id=wanted, text=record["text"]), ExtractOptions(mode=mode))
    assert found and Counter(a.id for a in found).most_common(1)[0][1] == 1
