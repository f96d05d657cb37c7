"""Tests for the words of a speaker description (``descriptions``)."""

from __future__ import annotations

import pytest

from quotegraph.extract.language import load_language

pytestmark = pytest.mark.model


def _words(nlp, text: str, head: str) -> str:  # type: ignore[no-untyped-def]
    from quotegraph.extract.descriptions import description_tokens

    doc = nlp(text)
    token = next(t for t in doc if t.text == head)
    toks = description_tokens(token, load_language("en"))
    return doc[toks[0].i : toks[-1].i + 1].text


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        # a phrase of "of", "for", "at" or "with" belongs to the description
        ("A spokesman for the ministry said the talks failed.", "spokesman", "A spokesman for the ministry"),
        # "to" only after a title, "by" only after a record
        ("Russia's ambassador to the Holy See said it was fine.", "ambassador", "Russia's ambassador to the Holy See"),
        ("A report by the inspector general warned of risks.", "report", "A report by the inspector general"),
        # a source adjective with its own phrase
        ("People familiar with the matter said the deal was off.", "People", "People familiar with the matter"),
    ],
)
def test_a_description_holds_the_phrases_that_belong_to_it(nlp, text: str, head: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _words(nlp, text, head) == expected


def test_a_phrase_set_off_by_a_comma_is_not_the_descriptions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The interview by Sarah Montague, with Lewis in Damascus, saw the minister challenged."
    assert _words(nlp, text, "interview") == "The interview by Sarah Montague"


def test_a_word_in_a_clause_below_the_root_is_in_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.descriptions import in_clause

    doc = nlp("A spokesman who asked not to be named said the talks failed.")
    spokesman = next(t for t in doc if t.text == "spokesman")
    assert in_clause(next(t for t in doc if t.text == "asked"), spokesman)
    assert not in_clause(next(t for t in doc if t.text == "A"), spokesman)
