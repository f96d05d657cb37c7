"""A reported clause whose subject the parser hung on the reporting verb gets it back (a hand-built parse, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language

# 'Aides said the plan in the paper was a mistake.' with "the plan in the paper" misparsed as the object of
# "said" (as a parser may do), so the clause "was a mistake" has no subject of its own.
WORDS = ["Aides", "said", "the", "plan", "in", "the", "paper", "was", "a", "mistake", "."]
SPACES = [True, True, True, True, True, True, True, True, True, False, False]
HEADS = [1, 1, 3, 1, 3, 6, 4, 1, 9, 7, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "ccomp", "det", "attr", "punct"]
POS = ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT"]
TAGS = ["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "VBD", "DT", "NN", "."]
LEMMAS = ["aide", "say", "the", "plan", "in", "the", "paper", "be", "a", "mistake", "."]


def test_clause_takes_back_the_subject_hung_on_its_cue() -> None:
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS)
    found = find_candidates(DocIndex(doc, load_language("en")))
    contents = [doc.text[c.content[0] : c.content[1]] for c in found]
    assert "the plan in the paper was a mistake" in contents, contents
