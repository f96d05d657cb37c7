"""Datelines on a hand-built parse: where one ends, and the words of a clause past it."""

from __future__ import annotations

from parse_helpers import parse
from spacy.tokens import Doc

from quotegraph.extract.datelines import (
    after_dateline,
    dateline_dash,
    in_dateline,
    opening_dash,
    opens_dateline,
    paragraph_opener,
)


def _wire() -> Doc:
    # "SEATTLE - Starbucks said it grew."
    return parse(
        [
            ("SEATTLE", 2, "compound", "PROPN", "NNP"),
            ("-", 2, "punct", "PUNCT", "HYPH"),
            ("Starbucks", 3, "nsubj", "PROPN", "NNP"),
            ("said", 3, "ROOT", "VERB", "VBD"),
            ("it", 5, "nsubj", "PRON", "PRP"),
            ("grew", 3, "ccomp", "VERB", "VBD"),
            (".", 3, "punct", "PUNCT", "."),
        ]
    )


def test_a_dash_a_few_words_after_a_word_in_capitals_ends_the_dateline() -> None:
    doc = _wire()
    assert dateline_dash(doc[0]) == 1
    assert dateline_dash(doc[2]) is None  # no word in capitals opens a dateline there
    assert [in_dateline(t) for t in doc[:3]] == [True, False, False]
    assert [opens_dateline(t) for t in doc[:3]] == [True, False, False]  # a word in capitals opening a paragraph
    assert paragraph_opener(doc[4]) is not None and paragraph_opener(doc[4]).text == "SEATTLE"


def test_a_clause_the_parser_ran_into_the_dateline_starts_past_its_dash() -> None:
    doc = _wire()
    assert [t.text for t in after_dateline(list(doc[0:6]))] == ["Starbucks", "said", "it", "grew"]
    assert [t.text for t in after_dateline(list(doc[4:6]))] == ["it", "grew"]  # nothing to cut


def test_a_hyphen_inside_a_word_ends_no_dateline() -> None:
    # "CNN reported Ex-CIA chief": the hyphen is glued to the words beside it
    doc = parse(
        [
            ("CNN", 1, "nsubj", "PROPN", "NNP"),
            ("reported", 1, "ROOT", "VERB", "VBD"),
            ("Ex", 5, "compound", "PROPN", "NNP"),
            ("-", 5, "punct", "PUNCT", "HYPH"),
            ("CIA", 5, "compound", "PROPN", "NNP"),
            ("chief", 1, "dobj", "NOUN", "NN"),
        ],
        spaces=[True, True, False, False, True, False],
    )
    assert opening_dash(doc[0], doc[1:]) is None
