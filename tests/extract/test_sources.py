"""Source phrases: "According to X, A" and its kin (written for quotegraph, not from a corpus)."""

from __future__ import annotations

import pytest

from quotegraph.extract import ExtractOptions, extract
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


@pytest.mark.parametrize("mode", ["rules", "accurate"])
@pytest.mark.parametrize("end", ["", "\n"])
def test_a_name_alone_before_the_phrase_is_the_content_not_an_appositive_to_strip(mode: str, end: str) -> None:
    # a line break starts a sentence, so the source phrase's sentence is "Street, according to ..."; taking
    # "Street" for a name set off before the content left an empty content (rules) or a reversed one (accurate
    # mode's verifier failed on it, and the article was lost); without the last line break the parser reads
    # "according" as the verb, which is the cue's all the same, not content
    text = "The blast went off around 9 p.m. in front of 40 East 12th\nStreet, according to Fire Commissioner Ana Ruiz."
    (found,) = extract(text + end, ExtractOptions(mode=mode))
    assert found.content.text.endswith("Street")
    assert found.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a record cited after a verb of belief or perception is the source PolNeAR marks
        (
            "Some Americans would see their taxes go up, according to a statement from the Treasury.",
            "Some Americans would see their taxes go up",
            "Treasury",
        ),
        # and one before the verb
        (
            "According to a transcript, the doctor insisted that the patient go to hospital.",
            "the doctor insisted that the patient go to hospital",
            "a transcript",
        ),
        # and anyone else's record of the speaker's words: it relays them
        (
            "The witness said the order was lawful, according to the report.",
            "The witness said the order was lawful",
            "the report",
        ),
    ],
)
def test_a_record_cited_before_the_report_or_on_a_verb_of_belief_or_by_another_stays_a_source(
    text: str, content: str, speaker: str
) -> None:
    found = _by_content(text)
    assert found[content].speaker.name == speaker


def test_a_record_cited_after_a_speech_verb_is_where_its_report_was_made() -> None:
    found = _by_content("The ministry said exports fell in May, according to a statement on its website.")
    assert list(found) == ["exports fell in May"]
    got = found["exports fell in May"]
    assert (got.speaker.name, got.venue and got.venue.value) == ("The ministry", "a statement on its website")
