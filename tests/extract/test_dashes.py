"""Hyphens glued inside words and dashes set apart by spaces, read from a tokenised text."""

from __future__ import annotations

import spacy

from quotegraph.extract.dashes import glued_hyphen, spaced_dash


def test_a_hyphen_inside_a_word_is_glued_and_a_dash_between_spaces_is_spaced() -> None:
    doc = spacy.blank("en")("SEATTLE - The vice-president said \u2014 twice \u2014 no.")
    marks = {t.i: (glued_hyphen(t), spaced_dash(t)) for t in doc if t.text in {"-", "\u2014"}}
    assert marks == {1: (False, True), 4: (True, False), 7: (False, True), 9: (False, True)}


def test_a_hyphen_at_a_texts_edge_is_neither() -> None:
    doc = spacy.blank("en")("- yes")
    assert (glued_hyphen(doc[0]), spaced_dash(doc[0])) == (False, False)
