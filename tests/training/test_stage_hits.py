"""Accurate mode's stages scored on gold (training/stage_hits.py): the counts, and the last stage is what extraction
gives."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from stage_hits import STAGES, report, stage_hits, stage_spans, tally

from quotegraph.extract.api import extract, load_pipeline
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language
from quotegraph.extract.learned.tagger import load_tagger
from quotegraph.extract.options import ExtractOptions

TEXT = "Officials said the bridge would reopen in May, and the mayor called the delay regrettable."
CLAIM = "the bridge would reopen in May"
GOLD = [{"start": TEXT.index(CLAIM), "end": TEXT.index(CLAIM) + len(CLAIM)}]


def _span(piece: str) -> tuple[int, int]:
    return TEXT.index(piece), TEXT.index(piece) + len(piece)


def test_a_decisive_contest_counts_for_the_exact_side_and_whether_the_merge_kept_it() -> None:
    longer = _span("the bridge would reopen in May, and the mayor")
    spans = {stage: [longer] for stage in STAGES} | {"learned": [_span(CLAIM)]}
    counts: Counter[str] = Counter()
    tally(counts, TEXT, GOLD, spans)
    assert counts["learned exact"] == 1 and counts["rules exact"] == 0 and counts["merged exact"] == 0
    assert counts["rules partial"] == 1  # the longer span still covers the claim
    assert counts["ceiling exact"] == 1
    assert counts["contest learned exact, merge lost"] == 1
    spans["merged"] = [_span(CLAIM)]
    counts.clear()
    tally(counts, TEXT, GOLD, spans)
    assert counts["contest learned exact, merge kept"] == 1 and counts["merged exact"] == 1
    spans["learned"] = [_span("the mayor called the delay regrettable")]  # overlaps no rule content: no contest
    counts.clear()
    tally(counts, TEXT, GOLD, spans)
    assert not [key for key in counts if key.startswith("contest")]


def test_a_contest_neither_side_wins_counts_when_one_start_and_the_other_end_are_exact() -> None:
    right_start = _span("the bridge would reopen in May, and the mayor")
    right_end = _span("Officials said the bridge would reopen in May")
    spans = {stage: [right_end] for stage in STAGES} | {"learned": [right_start]}
    counts: Counter[str] = Counter()
    tally(counts, TEXT, GOLD, spans)
    assert counts["contest neither exact, their edges mixed exact"] == 1
    assert counts["ceiling exact"] == 0 and not [key for key in counts if key.startswith("contest learned")]
    spans["learned"] = [_span("the bridge would reopen")]  # the right start again, but no mix ends at "May"
    spans["rules"] = [_span("said the bridge would reopen in May, and")]
    counts.clear()
    tally(counts, TEXT, GOLD, spans)
    assert counts["contest neither exact, their edges mixed exact"] == 0


def test_the_report_gives_each_stage_its_f1() -> None:
    counts = Counter({"verified exact": 3, "verified partial": 4, "verified pred": 6, "ceiling exact": 5})
    lines = report(counts, gold_total=4)
    row = next(line for line in lines if line.startswith("verified"))
    assert "exact     3 partial     4 of     6" in row and "F1 60.0 / 80.0" in row
    assert "ceiling   exact     5" in "\n".join(lines)


@pytest.mark.model
def test_the_last_stage_is_what_accurate_mode_extracts() -> None:
    text = (
        'The mayor spoke on Monday. "We will rebuild the bridge by spring," she said at the town hall. '
        "Her rival argued that the plan would cost too much."
    )
    doc = load_pipeline("en", "accurate")(text)
    spans = stage_spans(DocIndex(doc, load_language("en")), load_tagger().tag(text))
    extracted = extract(text, ExtractOptions(mode="accurate", convention="polnear"))
    assert sorted(spans["verified"]) == sorted((a.content.start, a.content.end) for a in extracted)
    assert len(spans["verified"]) == 2  # the quotation and the argued claim
    counts = stage_hits([{"quotes": [{"start": s, "end": e} for s, e in spans["verified"]]}], [doc])
    assert counts["verified exact"] == counts["verified pred"] == 2
