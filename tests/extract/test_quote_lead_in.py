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


# 'Ann Hale left early, telling reporters, "We will win."' with the quote hung apart from "telling", as above: the
# object of a verb of telling is the listener, so it does not lead into the quote.
TOLD_WORDS = ["Ann", "Hale", "left", "early", ",", "telling", "reporters", ",", '"', "We", "will", "win", ".", '"']
TOLD_SPACES = [True, True, True, False, True, True, False, True, False, True, True, False, False, False]
TOLD_HEADS = [1, 2, 2, 2, 2, 2, 5, 2, 2, 11, 11, 2, 2, 2]
TOLD_DEPS = ["compound", "nsubj", "ROOT", "advmod", "punct", "advcl", "dobj", "punct", "punct", "nsubj", "aux", "dep"]
TOLD_DEPS += ["punct", "punct"]
TOLD_POS = ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "VERB", "NOUN", "PUNCT", "PUNCT", "PRON", "AUX", "VERB"]
TOLD_POS += ["PUNCT", "PUNCT"]
TOLD_TAGS = ["NNP", "NNP", "VBD", "RB", ",", "VBG", "NNS", ",", "``", "PRP", "MD", "VB", ".", "''"]
TOLD_LEMMAS = ["Ann", "Hale", "leave", "early", ",", "tell", "reporter", ",", '"', "we", "will", "win", ".", '"']


def test_listener_of_a_verb_of_telling_does_not_lead_into_the_quote() -> None:
    doc = Doc(
        Vocab(),
        words=TOLD_WORDS,
        spaces=TOLD_SPACES,
        heads=TOLD_HEADS,
        deps=TOLD_DEPS,
        pos=TOLD_POS,
        tags=TOLD_TAGS,
        lemmas=TOLD_LEMMAS,
    )
    found = find_candidates(DocIndex(doc, load_language("en")))
    contents = [doc.text[c.content[0] : c.content[1]] for c in found]
    assert "We will win." in contents, contents
    assert not any(c.startswith("reporters") for c in contents), contents
