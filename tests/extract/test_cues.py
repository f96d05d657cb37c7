"""Who a candidate's speaker is when the parser hung its participle on a noun (a hand-built parse, no model)."""

from __future__ import annotations

from parse_helpers import parse
from spacy.tokens import Doc, Span

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import new_candidate
from quotegraph.extract.language import load_language


def _saying_after(preposition: str, noun: str, dep: str) -> Doc:
    """Lee criticized Kim PREPOSITION the NOUN saying it was high. -- "saying" hung on the noun (``acl``) or
    made a gerund with the noun as its subject (``pcomp``)."""
    gerund = dep == "pcomp"
    return parse(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP"),
            ("criticized", 1, "ROOT", "VERB", "VBD"),
            ("Kim", 1, "dobj", "PROPN", "NNP"),
            (preposition, 1, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"),
            (noun, 6 if gerund else 3, "nsubj" if gerund else "pobj", "NOUN", "NN"),
            ("saying", 3 if gerund else 5, dep, "VERB", "VBG"),
            ("it", 8, "nsubj", "PRON", "PRP"),
            ("was", 6, "ccomp", "AUX", "VBD"),
            ("high", 8, "acomp", "ADJ", "JJ"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def _speaker_of_saying(doc: Doc) -> str:
    index = DocIndex(doc, load_language("en"))
    cand = new_candidate(index, (doc[7].idx, doc[9].idx + len(doc[9].text)), "test", doc[6], 0.9)
    assert cand is not None and cand.speaker_token is not None
    return doc[cand.speaker_token].text


def test_a_participle_given_to_a_thing_after_a_preposition_is_said_by_the_verb_s_subject() -> None:
    assert _speaker_of_saying(_saying_after("for", "toll", "pcomp")) == "Lee"  # for the death toll saying
    assert _speaker_of_saying(_saying_after("about", "dispute", "acl")) == "Lee"  # about the dispute saying


def test_a_participle_after_a_preposition_stays_with_a_noun_that_can_speak() -> None:
    assert _speaker_of_saying(_saying_after("with", "poster", "pcomp")) == "poster"  # with one poster writing
    assert _speaker_of_saying(_saying_after("to", "voter", "acl")) == "voter"  # a source noun
    assert _speaker_of_saying(_saying_after("to", "remark", "acl")) == "remark"  # a statement speaks for its
    # author, whom a possessive names ("Y's remark calling ...")


def _tweet_attacking(owner: str) -> Doc:
    """Lee read OWNER tweet attacking the budget. -- the participle hung on the tweet, OWNER a name or "his"."""
    doc = parse(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP"),
            ("read", 1, "ROOT", "VERB", "VBD"),
            (owner, 3, "poss" if owner == "his" else "compound", "PRON" if owner == "his" else "PROPN", "NNP"),
            ("tweet", 1, "dobj", "NOUN", "NN"),
            ("attacking", 3, "acl", "VERB", "VBG"),
            ("the", 6, "det", "DET", "DT"),
            ("budget", 4, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    if owner != "his":
        doc.ents = [Span(doc, 2, 3, label="PERSON")]
    return doc


def _speaker_of_attacking(doc: Doc) -> str:
    index = DocIndex(doc, load_language("en"))
    cand = new_candidate(index, (doc[5].idx, doc[6].idx + len(doc[6].text)), "test", doc[4], 0.9)
    assert cand is not None and cand.speaker_token is not None
    return doc[cand.speaker_token].text


def test_a_tweet_speaks_for_its_named_owner_not_for_the_one_reading_it() -> None:
    assert _speaker_of_attacking(_tweet_attacking("Hale")) == "Hale"  # "a Hale tweet attacking the budget"


def test_a_tweet_owned_by_a_pronoun_speaks_for_the_subject_the_pronoun_mostly_stands_for() -> None:
    assert _speaker_of_attacking(_tweet_attacking("his")) == "Lee"  # "Lee read his tweet attacking the budget"
