"""Tests for where the speaker's name lies when the parser misread a subject (``subject_names``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_there_a_non_referring_it_and_a_stray_mark_are_no_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.subject_names import no_speaker

    assert no_speaker(_word(nlp("There is said to be a plan."), "There"))
    assert no_speaker(_word(nlp("It is said that the plan failed."), "It"))
    assert not no_speaker(_word(nlp("Officials said the plan had failed."), "Officials"))


def test_a_contraction_split_in_two_gives_back_its_own_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.subject_names import subject_of_clitic

    # with a curly apostrophe the tagger reads "’s" as a noun subject with "He" for its own subject
    own = subject_of_clitic(_word(nlp("He’s said the plan would fail."), "’s"))
    assert own is not None and own.text == "He"
    assert subject_of_clitic(_word(nlp("Officials said the plan had failed."), "Officials")) is None


def test_a_bare_singular_noun_is_a_description_run_into_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.subject_names import bare_description

    assert bare_description(_word(nlp("Lawyer and activist Ann Lee said it."), "Lawyer"))
    assert not bare_description(_word(nlp("The lawyer said it."), "lawyer"))


def test_a_dateline_read_as_the_subject_gives_the_one_hung_after_its_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.subject_names import name_after_dateline

    doc = nlp("WASHINGTON (AP) - President Joe Biden and Emmanuel Macron said the talks went well.")
    named = name_after_dateline(_word(doc, "WASHINGTON"))
    assert named is not None and named.text == "Biden"
    assert name_after_dateline(_word(doc, "talks")) is None
