"""A quote that ends a cue's object when the parser hangs the quote apart from it (a hand-built parse, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language

# 'Ruth Ames attacked Lee, calling him, among other things, "a weak leader."' with the quoted noun phrase
# misparsed as the root of the sentence (as a parser may do), so the object of "calling" stops at "him".
WORDS = ["Ruth", "Ames", "attacked", "Lee", ",", "calling", "him", ",", "among", "other", "things", ","]
WORDS += ['"', "a", "weak", "leader", ".", '"']
SPACES = [True, True, True, False, True, True, False, True, True, True, False, True]
SPACES += [False, True, True, False, False, False]
HEADS = [1, 2, 15, 2, 2, 2, 5, 5, 5, 10, 8, 15, 15, 15, 15, 15, 15, 15]
DEPS = ["compound", "nsubj", "ccomp", "dobj", "punct", "advcl", "dobj", "punct", "prep", "amod", "pobj", "punct"]
DEPS += ["punct", "det", "amod", "ROOT", "punct", "punct"]
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT", "ADP", "ADJ", "NOUN", "PUNCT"]
POS += ["PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "PUNCT"]
TAGS = ["NNP", "NNP", "VBD", "NNP", ",", "VBG", "PRP", ",", "IN", "JJ", "NNS", ",", "``", "DT", "JJ", "NN", ".", "''"]
LEMMAS = ["Ruth", "Ames", "attack", "Lee", ",", "call", "he", ",", "among", "other", "thing", ","]
LEMMAS += ['"', "a", "weak", "leader", ".", '"']


def test_quote_after_the_object_of_its_cue_takes_the_words_between() -> None:
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS)
    found = find_candidates(DocIndex(doc, load_language("en")))
    contents = {doc.text[c.content[0] : c.content[1]]: c for c in found}
    assert 'him, among other things, "a weak leader."' in contents, list(contents)
    cand = contents['him, among other things, "a weak leader."']
    assert cand.type == "mixed" and cand.rule == "quote_cue_before"
