"""Tests for fast mode's span cuts and for its dropping of contents linked to neither a cue nor a source."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from learned_helpers import blank_index

from quotegraph.extract.learned.nearby import Nearby


def _cut_text(text: str, found: str, cut: Callable[[tuple[int, int]], tuple[int, int]]) -> str:
    """The text a fast-mode span cut leaves of ``found`` (its first occurrence in ``text``)."""
    start = text.index(found)
    span = cut((start, start + len(found)))
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("It was a long night. We", "It was a long night. We will rebuild."),  # closed a sentence early
        ("We will rebuild", "It was a long night. We will rebuild."),  # opened a sentence late
        ("the mayor said", "the mayor said"),  # outside any quotation: as found
    ],
)
def test_fast_mode_runs_a_content_inside_a_quotation_to_its_edges(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import to_quote_edges

    text = 'Later the mayor said: "It was a long night. We will rebuild." Then she left.'
    assert _cut_text(text, found, lambda span: to_quote_edges(blank_index(text), span)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ('"We will rebuild," Jane Smith, the', '"We will rebuild,"'),  # ran on into the source after the quote
        ("Smith said, we will rebuild", "we will rebuild"),  # opened inside the source, before the cue
        ('"Soon," Jane Smith said, "and well."', '"Soon," Jane Smith said, "and well."'),  # an interrupted quote
        ("we will rebuild", "we will rebuild"),  # touches no source or cue
    ],
)
def test_fast_mode_cuts_a_content_where_it_runs_into_a_source_or_cue(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import outside_own_spans

    text = (
        'Later: "We will rebuild," Jane Smith, the mayor, said. Jane Smith said, we will rebuild. '
        '"Soon," Jane Smith said, "and well."'
    )
    others = [(m.start(), m.end()) for m in re.finditer(r"Jane Smith, the mayor|Jane Smith|said", text)]
    assert _cut_text(text, found, lambda span: outside_own_spans(text, span, others)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ('"We will rebuild," Jane Smith said, then', "We will rebuild,"),  # ran on past the attribution
        ('the crowd, chanting, "Hands up"', "Hands up"),  # began at the narration before it
        ('"Soon," Jane Smith said, "and well."', '"Soon," Jane Smith said, "and well."'),  # an interrupted quote
        ('she said the "plan" was late', 'she said the "plan" was late'),  # words between: a mixed report
        ("Jane Smith said, we will rebuild", "Jane Smith said, we will rebuild"),  # nothing quoted: as found
    ],
)
def test_fast_mode_keeps_only_the_quotation_beside_an_attribution_it_ran_into(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import quoted_part

    text = (
        'Later "We will rebuild," Jane Smith said, then left. Outside the crowd, chanting, "Hands up" and more. '
        '"Soon," Jane Smith said, "and well." Lee: she said the "plan" was late. Jane Smith said, we will rebuild.'
    )
    others = [(m.start(), m.end()) for m in re.finditer(r"Jane Smith|said|chanting|the crowd", text)]
    assert _cut_text(text, found, lambda span: quoted_part(blank_index(text), span, others)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ('at the ballot box. "I think it is fair to say so', "I think it is fair to say so"),  # narration before
        ('I think it is fair to say so." Then she left', "I think it is fair to say so."),  # narration after
        ('called it "a disaster." Then', 'called it "a disaster.'),  # no sentence end before: the start stays
        ('"maybe" the plan was late', '"maybe" the plan was late'),  # a mixed report: the quote ends no sentence
    ],
)
def test_fast_mode_cuts_a_quote_from_the_narration_across_a_sentence_end(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import without_narration

    text = (
        'Rules could be undone at the ballot box. "I think it is fair to say so." Then she left. '
        'Lee said "maybe" the plan was late. Then she called it "a disaster." Then she left.'
    )
    assert _cut_text(text, found, lambda span: without_narration(blank_index(text), span)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("hiring slowed", "hiring slowed in the spring"),  # stopped between two words: runs to the comma
        ("hiring slowed in the spring", "hiring slowed in the spring"),  # already at a punctuation mark
        ("wages rose", "wages rose"),  # a cue lies on the way ("Lee said")
        ('costs are "high"', 'costs are "high"'),  # quoted content: its edges are the quotation's
    ],
)
def test_fast_mode_runs_an_unquoted_content_to_its_clause_end(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import to_clause_end

    text = (
        'The report showed hiring slowed in the spring, and wages rose Lee said to all. Ann said costs are "high" now.'
    )
    others = Nearby([(m.start(), m.end()) for m in re.finditer(r"Lee|said", text)])
    assert _cut_text(text, found, lambda span: to_clause_end(blank_index(text), span, others)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("the rally at", "the rally at Trump's golf club drew crowds"),  # an apostrophe inside a word runs on
        ("they", "they don’t mind"),  # a curly one too
        ("he called", "he called it"),  # a single quotation mark after a space still stops the run
    ],
)
def test_fast_mode_runs_an_unquoted_content_past_an_apostrophe(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import to_clause_end

    text = "Aides say the rally at Trump's golf club drew crowds, they don’t mind; he called it 'fake' later."
    assert _cut_text(text, found, lambda span: to_clause_end(blank_index(text), span, Nearby([]))) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (  # a paragraph's dateline the content opens with
            "ATHENS (Reuters) - At least 12 people were killed, police said.",
            "ATHENS (Reuters) - At least 12 people were killed",
            "At least 12 people were killed",
        ),
        (
            "First.\n\nCUPERTINO, California (Reuters) - Apple forecast growth, it said.",
            "CUPERTINO, California (Reuters) - Apple forecast growth",
            "Apple forecast growth",
        ),
        ("Not now. NATO - the alliance - will act, he said.", "NATO - the alliance - will act", None),  # mid-paragraph
        ("NATO will act soon, it said.", "NATO will act soon", "NATO will act soon"),  # no dash in reach
    ],
)
def test_fast_mode_starts_a_content_after_the_dateline_it_opens_with(
    text: str, found: str, expected: str | None
) -> None:
    from quotegraph.extract.learned.fast import past_dateline

    assert _cut_text(text, found, lambda span: past_dateline(blank_index(text), span)) == (expected or found)


def test_fast_mode_stops_an_unquoted_run_at_any_quotation_mark_of_the_language() -> None:
    from quotegraph.extract.learned.fast import to_clause_end

    text = "Aides say the plan works \u00abfor now\u00bb and \u2039no more\u203a, they add."

    def run_on(span: tuple[int, int]) -> tuple[int, int]:
        return to_clause_end(blank_index(text), span, Nearby([]))

    assert _cut_text(text, "the plan", run_on) == "the plan works"
    assert _cut_text(text, "and", run_on) == "and"


def test_fast_mode_drops_a_content_linked_to_neither_a_cue_nor_a_source() -> None:
    from quotegraph.extract.learned.fast import attributed
    from quotegraph.extract.learned.linking import Linked

    cued = Linked((0, 10), (12, 16), None)
    sourced = Linked((20, 30), None, (32, 40))
    alone = Linked((50, 60), None, None)
    assert attributed([cued, sourced, alone]) == [cued, sourced]


@pytest.mark.model
def test_fast_mode_names_the_speaker_a_relative_pronoun_stands_for() -> None:
    # fast mode gave the speaker "who"
    from quotegraph.extract import ExtractOptions, extract

    (found,) = extract("Among them were 31 Latinos who said the rules were unfair.", ExtractOptions(mode="fast"))
    assert found.speaker.name == "31 Latinos"
    assert [m.text for m in found.speaker.mentions] == ["31 Latinos", "who"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an epithet takes up the person named last as a source (was "the 42-year-old")
        ('Mikel Arteta said the title race was open. "We have won nothing yet," the 42-year-old said.', "Mikel Arteta"),
        # but not one whose given name tells another gender than the epithet's
        ('Maria Lopez said the title race was open. "We have won nothing yet," the Frenchman said.', "the Frenchman"),
    ],
)
def test_fast_mode_takes_up_the_person_an_epithet_stands_for(text: str, speaker: str) -> None:
    from quotegraph.extract import ExtractOptions, extract

    found = {a.content.text: a.speaker.name for a in extract(text, ExtractOptions(mode="fast"))}
    assert found.get("We have won nothing yet,") == speaker


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("that the risk remained low. But", "that the risk remained low."),  # a source and cue right after
        ("the virus could spread. It", "the virus could spread. It"),  # nothing tagged after it
    ],
)
def test_fast_mode_ends_an_unquoted_content_with_its_sentence_before_the_next_report(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import with_its_sentence

    text = "Kerkhove told reporters that the risk remained low. But she said the virus could spread. It was new."
    others = Nearby([(m.start(), m.end()) for m in re.finditer(r"\bshe\b|\bsaid\b", text)])
    assert _cut_text(text, found, lambda span: with_its_sentence(blank_index(text), span, others)) == expected


def test_fast_mode_reads_no_sentence_end_in_an_abbreviation() -> None:
    from quotegraph.extract.learned.fast import with_its_sentence

    text = "Most were satisfied with Mr. Obama and she said so."
    others = Nearby([(m.start(), m.end()) for m in re.finditer(r"\bshe\b|\bsaid\b", text)])
    found = "satisfied with Mr. Obama and"
    assert _cut_text(text, found, lambda span: with_its_sentence(blank_index(text), span, others)) == found


@pytest.mark.model
def test_fast_mode_names_speakers_past_a_relative_clause_an_age_and_a_description() -> None:
    from quotegraph.extract import ExtractOptions, extract

    text = (
        "Chancellor Olaf Scholz, who toured the flooded areas in wellington boots, said the country would"
        ' "not leave anyone alone". Climate change had made such events more frequent, the chancellor added.\n\n'
        '"We lost everything," said Anna Berger, 54, standing outside her flooded house in Babenhausen.'
    )
    found = {a.content.text: a.speaker.name for a in extract(text, ExtractOptions(mode="fast"))}
    assert found['the country would "not leave anyone alone"'] == "Olaf Scholz"  # was "boots"
    assert found["Climate change had made such events more frequent"] == "Olaf Scholz"  # was "the chancellor"
    assert found["We lost everything,"] == "Anna Berger"  # was "Anna Berger, 54, standing"


@pytest.mark.model
def test_fast_mode_gives_a_personal_pronoun_the_last_person_of_its_gender() -> None:
    from quotegraph.extract import ExtractOptions, extract

    text = 'Maria Lopez said the plan was sound. David Cole said it would fail. "It is too late," she said.'
    found = {a.content.text: a.speaker.name for a in extract(text, ExtractOptions(mode="fast"))}
    assert found.get("It is too late,") == "Maria Lopez"  # was David Cole, the last one named


@pytest.mark.model
def test_fast_mode_cuts_a_dateline_off_a_source() -> None:
    from quotegraph.extract import ExtractOptions, extract

    text = (
        "Kenya\n\nNAIROBI, June 26 (Reuters) - Kenyan President William Ruto said on Wednesday he would not sign a"
        " finance bill containing tax increases."
    )
    found = extract(text, ExtractOptions(mode="fast"))
    read = [(a.speaker.name, a.speaker.role and a.speaker.role.value) for a in found]
    assert ("William Ruto", "Kenyan President") in read  # was the role "Reuters) - Kenyan President"


@pytest.mark.parametrize(
    ("source", "cue", "expected"),
    [
        ("his party. Party spokesman Kwon Min", "according to", "his party"),  # the cue before the source
        ("his party. Party spokesman Kwon Min", "said", "Party spokesman Kwon Min"),  # the cue after it
        ("U.S. Sen. Ann Lee", "said", "U.S. Sen. Ann Lee"),  # abbreviations end no sentence
        ("Sens. Ann Lee and Tom Webb", "said", "Sens. Ann Lee and Tom Webb"),
        ("(Mr. Webb", "said", "(Mr. Webb"),
        ("Friedrichs v. California Teachers", "said", "Friedrichs v. California Teachers"),
    ],
)
def test_fast_mode_keeps_the_part_of_a_source_run_over_a_sentence_end_on_its_cues_side(
    source: str, cue: str, expected: str
) -> None:
    from quotegraph.extract.learned.fast import _in_one_sentence

    text = (
        "Lee was flown to Seoul, according to his party. Party spokesman Kwon Min said the wound was minor."
        " U.S. Sen. Ann Lee said she was shocked. Sens. Ann Lee and Tom Webb said so. (Mr. Webb said no.)"
        " Friedrichs v. California Teachers said it was over."
    )
    start = text.index(source)
    at = text.index(cue, start + len(source)) if cue == "said" else text.index(cue)
    span = _in_one_sentence(blank_index(text), (start, start + len(source)), (at, at + len(cue)))
    assert text[span[0] : span[1]] == expected
