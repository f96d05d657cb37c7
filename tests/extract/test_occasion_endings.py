"""Occasions that end a report (``extract/occasion_endings.py``), on hand-built parses of text written for quotegraph
(no model)."""

from __future__ import annotations

from parse_helpers import parse

from quotegraph.extract.language import load_language
from quotegraph.extract.occasion_endings import object_occasion, occasion_ending, set_off_occasion

LANG = load_language("en")

# "Macron said Europe could die, in a speech." with the phrase hung on the reported clause's verb
SET_OFF = [
    ("Macron", 1, "nsubj", "PROPN", "NNP"),
    ("said", 1, "ROOT", "VERB", "VBD"),
    ("Europe", 4, "nsubj", "PROPN", "NNP"),
    ("could", 4, "aux", "AUX", "MD"),
    ("die", 1, "ccomp", "VERB", "VB"),
    (",", 4, "punct", "PUNCT", ","),
    ("in", 4, "prep", "ADP", "IN"),
    ("a", 8, "det", "DET", "DT"),
    ("speech", 6, "pobj", "NOUN", "NN"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_phrase_of_occasion_set_off_at_the_end_of_the_clause_ends_it() -> None:
    doc = parse(SET_OFF)
    ending = occasion_ending(list(doc[4].subtree), LANG)
    assert ending is not None and ending.i == 6
    assert set_off_occasion(doc[6], LANG)


def test_a_phrase_of_no_occasion_or_not_set_off_is_part_of_the_clause() -> None:
    war = parse([*SET_OFF[:8], ("war", 6, "pobj", "NOUN", "NN"), SET_OFF[9]])  # ", in a war": no occasion
    assert occasion_ending(list(war[4].subtree), LANG) is None
    joined = parse([*SET_OFF[:5], ("then", 4, "advmod", "ADV", "RB"), *SET_OFF[6:]])  # no comma before "in"
    assert not set_off_occasion(joined[6], LANG)


# "Lee confirmed the agreement in a post on X." with the phrase hung on the object
OBJECT = [
    ("Lee", 1, "nsubj", "PROPN", "NNP"),
    ("confirmed", 1, "ROOT", "VERB", "VBD"),
    ("the", 3, "det", "DET", "DT"),
    ("agreement", 1, "dobj", "NOUN", "NN"),
    ("in", 3, "prep", "ADP", "IN"),
    ("a", 6, "det", "DET", "DT"),
    ("post", 4, "pobj", "NOUN", "NN"),
    ("on", 6, "prep", "ADP", "IN"),
    ("X", 7, "pobj", "PROPN", "NNP"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_record_introduced_by_a_hung_on_the_object_is_where_it_was_said() -> None:
    doc = parse(OBJECT)
    found = object_occasion(doc[1], LANG)
    assert found is not None and found.i == 4


def test_a_definite_record_hung_on_the_object_is_what_the_object_belongs_to() -> None:
    # "Lee questioned the figures in the report.": the report's figures, not where Lee spoke
    doc = parse(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP"),
            ("questioned", 1, "ROOT", "VERB", "VBD"),
            ("the", 3, "det", "DET", "DT"),
            ("figures", 1, "dobj", "NOUN", "NNS"),
            ("in", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"),
            ("report", 4, "pobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert object_occasion(doc[1], LANG) is None
