"""Tests for questions about who spoke, which report no one, in every mode."""

from __future__ import annotations

import pytest

from quotegraph.extract import ExtractOptions, extract


@pytest.mark.model
@pytest.mark.parametrize("mode", ["rules", "accurate", "fast"])
@pytest.mark.parametrize(
    "text",
    [
        "Who said the war was over? Nobody did.",
        "The war is over. Who said that? Nobody did.",
        '"Who told you the vote was rigged?" the judge asked.',
    ],
)
def test_a_question_about_who_spoke_reports_no_one(mode: str, text: str) -> None:
    # every mode credited it to the speaker "Who"
    found = extract(text, ExtractOptions(mode=mode))
    assert [a.speaker.name for a in found if a.speaker.name and a.speaker.name.lower() == "who"] == []


@pytest.mark.model
@pytest.mark.parametrize("mode", ["rules", "fast"])
def test_a_relative_pronoun_or_a_statement_about_a_question_still_reports(mode: str) -> None:
    text = "Among them were 31 Latinos who said the rules were unfair. Who won? Ann Lee said it was too early."
    speakers = {a.speaker.name for a in extract(text, ExtractOptions(mode=mode))}
    assert {"Ann Lee"} <= speakers and speakers & {"Latinos", "31 Latinos"}
