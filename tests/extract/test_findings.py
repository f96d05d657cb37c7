"""Findings a poll reports through a fronted "in" phrase (written for quotegraph, not from a corpus)."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract
from quotegraph.extract.language import load_language
from quotegraph.model import Attribution

pytestmark = pytest.mark.model


def _by_content(text: str) -> dict[str, Attribution]:
    return {a.content.text: a for a in extract(text)}


def test_fronted_poll_reports_its_clause() -> None:
    found = _by_content("In a new Marist poll released Monday, Smith led Jones by 8 points among likely voters.")
    got = found["Smith led Jones by 8 points among likely voters"]
    assert got.type == "indirect"
    assert got.cue is not None and got.cue.text == "In"
    assert [m.text for m in got.speaker.mentions] == ["a new Marist poll"]
    assert got.meta["rule"] == "source_phrase"


def test_adverb_set_off_after_the_poll_is_no_part_of_the_finding() -> None:
    found = _by_content("In a Register poll last month, Mr. Cruz had a 10-point lead.")
    assert "Mr. Cruz had a 10-point lead" in found
    found = _by_content("In a CNN poll, however, 73 percent of Americans backed the plan.")
    assert "73 percent of Americans backed the plan" in found


def test_speech_reported_inside_the_finding_stays_beside_it() -> None:
    found = _by_content("In a Gallup survey, 79 percent of Democrats said they were satisfied with the mayor.")
    assert found["79 percent of Democrats said they were satisfied with the mayor"].cue.text == "In"  # type: ignore[union-attr]
    assert found["they were satisfied with the mayor"].cue.text == "said"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Jones has been leading in the polls since May.",  # mid-clause: PolNeAR rarely marks these
        "Turnout in the poll was low.",  # the phrase names where, not who found it
        "Only 200 people took part in the survey.",
        "In the face of rising costs, the council cut the budget.",  # not a poll
    ],
)
def test_poll_phrase_that_does_not_open_its_clause_reports_nothing(text: str) -> None:
    assert extract(text) == []


def test_finding_nouns_are_language_data() -> None:
    lang = load_language("en")
    assert {"poll", "survey"} <= lang.finding_nouns and lang.finding_preps == {"in"}
