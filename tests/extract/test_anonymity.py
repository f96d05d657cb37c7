"""Requests for anonymity are no reports (``extract/anonymity.py``), in every mode; written for quotegraph."""

from __future__ import annotations

import pytest

from quotegraph.extract import ExtractOptions, extract

pytestmark = pytest.mark.model

MODES = ["rules", "accurate", "fast"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text",
    [
        "The official asked not to be identified.",
        "The official declined to be named.",
        "The diplomat asked that his name not be used because the talks were private.",
        "A White House official, who requested anonymity to discuss a private conversation, said the talks had "
        "stalled.",
        "The spokesperson, who asked not to be named because she was not authorized to speak publicly, said talks "
        "had stalled.",
    ],
)
def test_a_request_that_a_name_be_withheld_reports_nothing(mode: str, text: str) -> None:
    found = extract(text, ExtractOptions(mode=mode))
    assert not [a for a in found if "anonymity" in a.content.text or "identified" in a.content.text]
    assert not [a for a in found if "named" in a.content.text or "name not" in a.content.text]
    assert {a.content.text for a in found} <= {"the talks had stalled", "talks had stalled"}


@pytest.mark.parametrize("mode", MODES)
def test_a_witness_declining_to_give_her_name_says_only_her_words(mode: str) -> None:
    found = extract('"It was chaos," a witness told Reuters, declining to give her name.', ExtractOptions(mode=mode))
    assert [a.content.text for a in found] == ["It was chaos,"]


@pytest.mark.parametrize("mode", MODES)
def test_other_requests_and_reports_about_anonymity_stay(mode: str) -> None:
    text = "Lee asked the board to delay the vote. Ross said anonymity was essential to the program."
    found = {a.content.text: a.speaker.name for a in extract(text, ExtractOptions(mode=mode))}
    assert found.get("anonymity was essential to the program") == "Ross"
    assert any("delay the vote" in content and speaker == "Lee" for content, speaker in found.items())


def test_polnear_convention_keeps_the_request_as_its_annotators_mark_it() -> None:
    text = "A White House official, who requested anonymity to discuss a private conversation, said the talks stalled."
    found = extract(text, ExtractOptions(mode="rules", convention="polnear"))
    assert any(a.content.text.startswith("anonymity to discuss") for a in found)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text",
    [
        "A senior U.S. official, speaking on condition of anonymity to discuss internal deliberations, said the talks "
        "had stalled.",
        "Federal officials, speaking on the condition of anonymity because they were not authorized to discuss the "
        "investigation, said the talks had stalled.",
        "The official, who requested anonymity to speak candidly about the state of the race, said the talks had "
        "stalled.",
    ],
)
def test_what_a_source_was_unnamed_for_reports_nothing(mode: str, text: str) -> None:
    # "internal deliberations" had been the official's statement, cue "discuss"
    found = extract(text, ExtractOptions(mode=mode))
    assert {a.content.text for a in found} == {"the talks had stalled"}


@pytest.mark.parametrize("mode", MODES)
def test_a_permission_to_speak_that_reports_something_else_stays(mode: str) -> None:
    text = "Lee said the board was not authorized to approve the deal."
    found = {a.content.text: a.speaker.name for a in extract(text, ExtractOptions(mode=mode))}
    assert found == {"the board was not authorized to approve the deal": "Lee"}
