"""Who the subject of a reporting verb is (a hand-built parse, no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotegraph.extract.cues import speaker_of

# "Ruth Ames — a critic — said the plan failed." with the second dash misparsed as the subject of "said".
WORDS = ["Ruth", "Ames", "—", "a", "critic", "—", "said", "the", "plan", "failed", "."]
SPACES = [True, True, True, True, True, True, True, True, True, False, False]
DEPS = ["compound", "npadvmod", "punct", "det", "appos", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"]
POS = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
VOCAB = spacy.blank("en").vocab  # English lexical attributes: a dash is punctuation
TAGS = ["NNP", "NNP", ":", "DT", "NN", ":", "VBD", "DT", "NN", "VBD", "."]


def _doc(heads: list[int]) -> Doc:
    return Doc(VOCAB, words=WORDS, spaces=SPACES, heads=heads, deps=DEPS, pos=POS, tags=TAGS)


def test_a_dash_taken_for_the_subject_is_no_speaker() -> None:
    doc = _doc([1, 6, 1, 4, 1, 6, 6, 8, 9, 6, 6])
    subject, antecedent = speaker_of(doc[6])
    assert subject is None or subject.text != "—"
    assert antecedent is None


def test_a_word_subject_is_the_speaker() -> None:
    deps = [*DEPS]
    deps[1], deps[5] = "nsubj", "punct"
    doc = Doc(VOCAB, words=WORDS, spaces=SPACES, heads=[1, 6, 1, 4, 1, 6, 6, 8, 9, 6, 6], deps=deps, pos=POS, tags=TAGS)
    subject, _ = speaker_of(doc[6])
    assert subject is not None and subject.text == "Ames"


def test_a_participle_hung_on_a_verb_inside_a_quotation_takes_the_subject_outside_it() -> None:
    # Lee said, adding a question, "do you think so?": the parser hung "adding" on "think" inside the quotation
    words = ["Lee", "said", ",", "adding", "a", "question", ",", '"', "do", "you", "think", "so", "?", '"']
    heads = [1, 1, 1, 10, 5, 3, 10, 10, 10, 10, 1, 10, 10, 10]
    deps = ["nsubj", "ROOT", "punct", "advcl", "det", "dobj", "punct", "punct", "aux", "nsubj", "ccomp"]
    deps += ["advmod", "punct", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "AUX", "PRON", "VERB", "ADV"]
    pos += ["PUNCT", "PUNCT"]
    tags = ["NNP", "VBD", ",", "VBG", "DT", "NN", ",", "``", "VBP", "PRP", "VB", "RB", ".", "''"]
    spaces = [True, False, True, True, True, False, True, False, True, True, True, False, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    subject, _ = speaker_of(doc[3])
    assert subject is not None and subject.text == "Lee"  # not "you", who is inside the quotation
    quoted_subject, _ = speaker_of(doc[10])
    assert quoted_subject is not None and quoted_subject.i == 9  # the quoted verb keeps its own subject


def _reported(last: str, dep: str, tag: str) -> Doc:
    """Lee said that Kim "left early," LAST the police. -- with LAST hung on "left", inside the quotation."""
    words = ["Lee", "said", "that", "Kim", '"', "left", "early", ",", '"', last, "the", "police", "."]
    heads = [1, 1, 5, 5, 5, 1, 5, 5, 5, 5, 11, 9, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "punct", "ccomp", "advmod", "punct", "punct", dep, "det", "dobj"]
    deps += ["punct"]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "DET", "NOUN"]
    pos += ["PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNP", "``", "VBD", "RB", ",", "''", tag, "DT", "NN", "."]
    spaces = [True, True, True, True, False, True, False, False, True, True, True, False, False]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_participle_after_a_quotation_adds_to_the_report_not_to_the_quoted_clause() -> None:
    subject, _ = speaker_of(_reported("warning", "advcl", "VBG")[9])
    assert subject is not None and subject.text == "Lee"  # Lee said ..., warning the police: not Kim


def test_a_conjunct_after_a_quotation_keeps_the_subject_of_its_quoted_verb() -> None:
    subject, _ = speaker_of(_reported("told", "conj", "VBD")[9])
    assert subject is not None and subject.text == "Kim"  # Kim "left early," and told the police
