"""Source phrases: "According to X, A" and its kin (written for quotegraph, not from a corpus)."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract
from quotegraph.model import Attribution

pytestmark = pytest.mark.model


def _by_content(text: str) -> dict[str, Attribution]:
    return {a.content.text: a for a in extract(text)}


def test_according_to_names_the_source_and_the_rest_is_content() -> None:
    got = _by_content("According to the ministry, exports fell by a tenth in May.")["exports fell by a tenth in May"]
    assert got.cue is not None and got.cue.text == "According to"
    assert got.speaker.name == "the ministry"
    assert got.meta["rule"] == "source_phrase"


def test_a_plan_set_off_by_a_comma_is_a_source_and_one_run_into_the_clause_a_manner() -> None:
    found = _by_content("According to the schedule released on Monday, the minister will speak first.")
    assert found["the minister will speak first"].speaker.name == "the schedule"
    assert _by_content("The vote went according to plan on Tuesday.") == {}


def test_what_someone_filed_or_voiced_speaks_for_them() -> None:
    found = _by_content("According to a lawsuit filed by the city of Springfield, the company dumped waste.")
    assert found["the company dumped waste"].speaker.name == "the city of Springfield"
    found = _by_content("According to documents obtained by the newspaper, the company knew.")
    assert found["the company knew"].speaker.name == "documents"  # obtaining a document is not issuing it


def test_a_phrase_set_off_after_its_main_clause_ends_the_content_unless_and_goes_on() -> None:
    found = _by_content("Exports fell by a tenth in May, according to the ministry, but imports held steady.")
    assert list(found) == ["Exports fell by a tenth in May"]
    assert found["Exports fell by a tenth in May"].speaker.name == "the ministry"
    whole = "Exports fell by a tenth in May, according to the ministry, and imports rose by a fifth"
    assert list(_by_content(whole + ".")) == [whole]  # the clause after "and" is the source's too
    inside = "Exports, according to the ministry, fell by a tenth in May"
    assert list(_by_content(inside + ".")) == [inside]
