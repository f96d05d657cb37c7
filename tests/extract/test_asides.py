"""Asides read by their surface when the parser hangs them on the wrong word (a hand-built parse, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.extract.asides import aside_cues
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language

# "Voters, Ruth Ames suggested, need not worry about the tax." with "suggested" misparsed as a relative clause of
# "Voters" (as a parser may do), so that no clause of the sentence governs the aside.
WORDS = ["Voters", ",", "Ruth", "Ames", "suggested", ",", "need", "not", "worry", "about", "the", "tax", "."]
SPACES = [False, True, True, True, False, True, True, True, True, True, True, False, False]
HEADS = [8, 8, 3, 4, 0, 4, 8, 8, 8, 8, 11, 9, 8]
DEPS = ["nsubj", "punct", "compound", "nsubj", "relcl", "punct", "aux", "neg", "ROOT", "prep", "det", "pobj", "punct"]
POS = ["NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "AUX", "PART", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
TAGS = ["NNS", ",", "NNP", "NNP", "VBD", ",", "MD", "RB", "VB", "IN", "DT", "NN", "."]
LEMMAS = ["voter", ",", "Ruth", "Ames", "suggest", ",", "need", "not", "worry", "about", "the", "tax", "."]


def test_aside_misparsed_as_relative_clause_reports_its_sentence() -> None:
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS)
    index = DocIndex(doc, load_language("en"))
    found = aside_cues(index, set(), [])
    assert len(found) == 1
    start, end = found[0].content
    assert doc.text[start:end] == "Voters, Ruth Ames suggested, need not worry about the tax"
    assert found[0].speaker_token == 3 and found[0].rule == "verb_aside"


def test_aside_leaves_a_verb_with_content_of_its_own() -> None:
    heads = [*HEADS]
    deps = [*DEPS]
    heads[8], deps[8] = 4, "ccomp"  # "Ruth Ames suggested (that) voters need not worry": the verb stage's
    heads[4], deps[4] = 4, "ROOT"
    heads[0] = 8
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES, heads=heads, deps=deps, pos=POS, tags=TAGS, lemmas=LEMMAS)
    assert aside_cues(DocIndex(doc, load_language("en")), set(), []) == []
