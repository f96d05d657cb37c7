"""The merge ceiling count (training/coverage.py): which gold contents the rules or the tagger propose exactly, and
how each stage of the finder scores (``--stages``)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from coverage import STAGES, nearest, stage_report, stage_spans, stage_tally, tally

from quotegraph.extract.api import extract, load_pipeline
from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language
from quotegraph.extract.learned.conventions import to_polnear
from quotegraph.extract.learned.finder import learned_candidates
from quotegraph.extract.learned.tagger import load_tagger
from quotegraph.extract.options import ExtractOptions
from quotegraph.extract.shapes import long_enough


def test_a_missed_content_is_sorted_by_the_nearest_candidate() -> None:
    gold = (10, 20)
    assert nearest(gold, {(30, 40)}) == "no overlap"
    assert nearest(gold, {(5, 20)}) == "same end"
    assert nearest(gold, {(10, 25)}) == "same start"
    assert nearest(gold, {(10, 15), (15, 20)}) == "edges apart"  # each edge in a different candidate
    assert nearest(gold, {(12, 18), (20, 30)}) == "neither edge"  # touching at 20 is no overlap


def test_the_tally_counts_each_source_and_their_union() -> None:
    gold = {(0, 5), (10, 20), (30, 40), (50, 60)}
    rules, learned = {(0, 5), (10, 18)}, {(0, 5), (10, 20), (45, 55)}
    counts = tally(gold, rules, learned, final={(0, 5), (30, 40)})
    assert (counts["rules"], counts["tagger"], counts["either"]) == (1, 2, 2)
    assert counts["output"] == 2 and counts["output, proposed by neither"] == 1  # (30, 40): the refiner's
    assert counts["no overlap"] == 1 and counts["neither edge"] == 1  # (30, 40) and (50, 60)
    assert "output" not in tally(gold, rules, learned, final=None)


TEXT = "Officials said the bridge would reopen in May, and the mayor called the delay regrettable."
CLAIM = "the bridge would reopen in May"
GOLD = [{"start": TEXT.index(CLAIM), "end": TEXT.index(CLAIM) + len(CLAIM)}]


def _span(piece: str) -> tuple[int, int]:
    return TEXT.index(piece), TEXT.index(piece) + len(piece)


def test_a_decisive_contest_counts_for_the_exact_side_and_whether_the_merge_kept_it() -> None:
    longer = _span("the bridge would reopen in May, and the mayor")
    spans = {stage: [longer] for stage in STAGES} | {"learned": [_span(CLAIM)]}
    counts = stage_tally(TEXT, GOLD, spans)
    assert counts["learned exact"] == 1 and counts["rules exact"] == 0 and counts["merged exact"] == 0
    assert counts["rules partial"] == 1  # the longer span still covers the claim
    assert counts["contest learned exact, merge lost"] == 1
    spans["merged"] = [_span(CLAIM)]
    counts = stage_tally(TEXT, GOLD, spans)
    assert counts["contest learned exact, merge kept"] == 1 and counts["merged exact"] == 1
    spans["learned"] = [_span("the mayor called the delay regrettable")]  # overlaps no rule content: no contest
    assert not [key for key in stage_tally(TEXT, GOLD, spans) if key.startswith("contest")]


def test_a_contest_neither_side_wins_counts_when_one_start_and_the_other_end_are_exact() -> None:
    right_start = _span("the bridge would reopen in May, and the mayor")
    right_end = _span("Officials said the bridge would reopen in May")
    spans = {stage: [right_end] for stage in STAGES} | {"learned": [right_start]}
    counts = stage_tally(TEXT, GOLD, spans)
    assert counts["contest neither exact, their edges mixed exact"] == 1
    assert not [key for key in counts if key.startswith("contest learned") or key.startswith("contest rule")]
    spans["learned"] = [_span("the bridge would reopen")]  # the right start again, but no mix ends at "May"
    spans["rules"] = [_span("said the bridge would reopen in May, and")]
    assert stage_tally(TEXT, GOLD, spans)["contest neither exact, their edges mixed exact"] == 0


def test_the_stage_report_gives_each_stage_its_f1() -> None:
    counts = Counter({"gold": 4, "verified exact": 3, "verified partial": 4, "verified pred": 6})
    row = next(line for line in stage_report(counts) if "verified" in line)
    assert "exact     3 partial     4 of     6" in row and "F1 60.0 / 80.0" in row


@pytest.mark.model
def test_the_last_stage_is_what_accurate_mode_extracts() -> None:
    text = (
        'The mayor spoke on Monday. "We will rebuild the bridge by spring," she said at the town hall. '
        "Her rival argued that the plan would cost too much."
    )
    doc = load_pipeline("en", "accurate")(text)
    index, tagging = DocIndex(doc, load_language("en")), load_tagger().tag(text)
    learned = long_enough(text, learned_candidates(index, tagging))
    spans = stage_spans(index, tagging, learned, [c.content for c in to_polnear(index, find_candidates(index))])
    extracted = extract(text, ExtractOptions(mode="accurate", convention="polnear"))
    assert sorted(spans["verified"]) == sorted((a.content.start, a.content.end) for a in extracted)
    assert len(spans["verified"]) == 2  # the quotation and the argued claim
    gold = [{"start": s, "end": e} for s, e in spans["verified"]]
    counts = stage_tally(text, gold, spans)
    assert counts["verified exact"] == counts["verified pred"] == 2
