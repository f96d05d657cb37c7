"""Tests for a language's quotation-mark conventions (``quote_marks``)."""

from __future__ import annotations

from quotegraph.extract.language import load_language
from quotegraph.extract.quote_marks import load_quote_marks


def test_quote_marks_from_the_language_data_are_one_character_each() -> None:
    marks = load_quote_marks("en")
    assert {'"', "'", "\u201c", "\u201d", "\u00ab", "\u2039", "\u300c"} <= marks.characters
    assert "``" not in marks.characters  # a typewriter pair of two characters is not one mark
    # counting the unambiguous ones tells whether a quotation is open: "\u2019" is also an apostrophe, so
    # neither it nor the marks it closes count
    assert {'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2039"} <= marks.unambiguous
    assert not {"'", "\u2018", "\u2019", "\u201a"} & marks.unambiguous


def test_stand_ins_close_in_place_of_a_mixed_up_pair_but_not_for_other_styles() -> None:
    marks = load_quote_marks("en")
    assert marks.stand_ins_for("\u201c") == frozenset({"\u201c", '"'})  # its own closer is not a stand-in
    assert marks.stand_ins_for('"') == frozenset({"\u201c", "\u201d"})
    assert marks.stand_ins_for("\u00ab") == frozenset()
    assert marks.stand_ins_for("\u2018") == frozenset()


def test_a_symmetric_mark_closes_itself_and_the_language_data_carries_the_same_marks() -> None:
    marks = load_quote_marks("en")
    assert marks.closers_for('"') == frozenset({'"'})
    assert marks.closers_for("\u201c") == frozenset({"\u201d"})
    assert load_language("en").quote_marks == marks
