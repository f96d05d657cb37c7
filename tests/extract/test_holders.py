"""Tests for the person or body a description names beside it (``quotegraph.extract.holders``)."""

from __future__ import annotations

import pytest

from quotegraph.extract.language import load_language

pytestmark = pytest.mark.model


def _token(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        ("Governor of Washington Chris Gregoire said the bill would pass.", "Governor", "Gregoire"),
        # after "for" only a name glued to another proper noun: a spokesman speaks for the one named
        ("A spokesman for Ann Lee said the bill would pass.", "spokesman", None),
    ],
)
def test_a_titles_holder_is_the_name_glued_to_its_object(nlp, text: str, title: str, holder: str | None) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.holders import title_holder

    found = title_holder(_token(nlp, text, title), load_language("en"))
    assert (found.text if found is not None else None) == holder


@pytest.mark.parametrize(
    ("text", "noun", "owner"),
    [
        ("Cornyn's statement added that the bill would pass.", "statement", "Cornyn"),
        ("A statement from the White House said the bill would pass.", "statement", "House"),
        ("Trump's campaign said the bill would pass.", "campaign", None),  # an organisation noun speaks for itself
    ],
)
def test_a_statement_noun_speaks_for_its_named_owner(nlp, text: str, noun: str, owner: str | None) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.holders import named_owner

    found = named_owner(_token(nlp, text, noun), load_language("en"))
    assert (found.text if found is not None else None) == owner
