"""The attribute-ruler speed-up: the ruler's own matches, one-token rules matched once per kind of token."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotegraph.extract.api import load_pipeline
from quotegraph.extract.attribute_rules import RuleMemo
from quotegraph.settings import get_setting

# The English ruler's exceptions: contractions over two tokens, a form matched by pattern, pronoun objects,
# "there is", a main-verb "do", determiners standing alone, and paragraph breaks.
TEXT = (
    "Y'all ain't gonna believe it, she said.\n\nLet's go. There is nothin' we didn't do, and that is that. "
    "I told you it was what we had. They gave it to me, and I did it."
)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_pipeline_annotates_as_spacy_does() -> None:
    plain = spacy.load(get_setting("spacy_model"))
    plain.add_pipe("qg_paragraphs", before="parser")
    nlp = load_pipeline("en", "rules")
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, RuleMemo)
    expected = _annotations(plain(TEXT))
    assert ("ai", "AUX", "Tense=Pres|VerbForm=Fin", "be", "aux") in expected  # a two-token rule set the lemma
    assert _annotations(nlp(TEXT)) == expected
    assert _annotations(nlp(TEXT)) == expected  # again, from the memo
    doc = nlp(TEXT)
    fresh = RuleMemo(ruler)
    assert fresh(doc) == ruler.match(doc)
    assert 0 < len(fresh.memo) < len(doc) - 10  # many tokens of one kind: matched once


def test_rules_match_as_the_ruler_matches_them() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN", "LOWER": {"NOT_IN": ["news"]}}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": {"REGEX": "^re"}}]], {"MORPH": "Number=Plur"})
    ruler.add([[{"LENGTH": 2}]], {"LEMMA": "xx"})  # tests something else: matched over the text
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"TAG": "NN", "DEP": {"IN": ["nsubj"]}}], [{"LOWER": "a"}, {"TAG": "NN"}]], {"LEMMA": "thing"})
    words = ["a", "table", "and", "a", "chair", "in", "New", "York", "\n\n", "news", "reports", "on", "a", "desk"]
    tags = ["DT", "NN", "CC", "DT", "NN", "IN", "NNP", "NNP", "_SP", "NN", "NNS", "IN", "DT", "NN"]
    deps = ["det", "nsubj", "cc", "det", "conj", "prep", "compound", "pobj"]
    deps += ["dep", "nsubj", "ROOT", "prep", "det", "pobj"]
    heads = [1, 10, 1, 4, 1, 1, 7, 5, 7, 10, 10, 10, 13, 11]
    doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)
    memo = RuleMemo(ruler)
    assert len(memo.longer) == 3  # the length rule, the two-token rule and the rule with a two-token pattern
    expected = ruler.match(doc)
    assert {(s, e) for _, _, s, e in expected} >= {(1, 2), (6, 8), (8, 9), (10, 11), (0, 2), (5, 6)}
    assert memo(doc) == expected
    # "chair" and "desk" (NN, no named form, a label no rule names) are one kind; "table" (nsubj) another
    kinds = {kind for kind in memo.memo if kind[0] == nlp.vocab.strings["NN"]}
    assert len(kinds) == 3  # table / chair and desk / news
    assert memo(doc) == expected  # again, from the memo
