"""Tests for the words at a name's edges (``quotegraph.extract.name_edges``)."""

from __future__ import annotations

from typing import Any

import pytest

from quotegraph.extract.language import load_language
from quotegraph.extract.name_edges import is_title, nickname_before, organisation_of, particles_before

pytestmark = pytest.mark.model

EN = load_language("en")


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def _text(tokens: list[Any]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


def test_a_nickname_between_marks_after_a_given_name_goes_with_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Gang leader Jimmy "Barbecue" Cherizier has said he would fight.')
    assert _text(nickname_before(_word(doc, "Cherizier"))) == 'Jimmy "Barbecue"'
    quoted = nlp('He called it "Project" Smith said.')  # a quotation after a word that names no one
    assert nickname_before(_word(quoted, "Smith")) == []


def test_particles_and_the_given_name_before_a_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ursula von der Leyen said the plan would work.")
    assert _text(particles_before(_word(doc, "Leyen"), EN)) == "Ursula von der"
    assert particles_before(_word(doc, "Ursula"), EN) == []


def test_an_organisations_of_phrase_of_capitalised_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The U.S. Chamber of Commerce said the rule was costly.")
    assert _text(organisation_of(_word(doc, "Chamber"), EN)) == "of Commerce"
    lower = nlp("The chamber of horrors opened on Monday.")
    assert organisation_of(_word(lower, "chamber"), EN) == []


def test_a_title_as_written_and_a_word_that_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister met the president on Monday.")
    assert is_title(_word(doc, "minister"), EN) and is_title(_word(doc, "president"), EN)
    assert not is_title(_word(doc, "met"), EN) and not is_title(_word(doc, "Monday"), EN)
