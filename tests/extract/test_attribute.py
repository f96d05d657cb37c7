"""The stages together on a hand-built parse (no model): which cue a quotation beside other words goes to."""

from __future__ import annotations

from parse_helpers import parse
from spacy.tokens import Doc, Span

from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language


def _describing_as_reckless() -> Doc:
    """``Ann Lee is describing as “reckless” a Tom Hale tweet attacking the budget.``, parsed as the parser does:
    the tweet as the quoted word's object, and "attacking" hung on the tweet with an object of its own."""
    rows = [
        ("Ann", 1, "compound", "PROPN", "NNP"),
        ("Lee", 3, "nsubj", "PROPN", "NNP"),
        ("is", 3, "aux", "AUX", "VBZ"),
        ("describing", 3, "ROOT", "VERB", "VBG"),
        ("as", 3, "prep", "ADP", "IN"),
        ("“", 6, "punct", "PUNCT", "``"),
        ("reckless", 4, "pcomp", "ADJ", "JJ"),
        ("”", 6, "punct", "PUNCT", "''"),
        ("a", 11, "det", "DET", "DT"),
        ("Tom", 10, "compound", "PROPN", "NNP"),
        ("Hale", 11, "compound", "PROPN", "NNP"),
        ("tweet", 6, "dobj", "NOUN", "NN"),
        ("attacking", 11, "acl", "VERB", "VBG"),
        ("the", 14, "det", "DET", "DT"),
        ("budget", 12, "dobj", "NOUN", "NN"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    # a space after every word but the opening mark, the quoted word and the last two
    doc = parse(rows, spaces=[i not in {5, 6, 14, 15} for i in range(len(rows))])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 9, 11, label="PERSON")]
    return doc


def test_a_participle_with_an_object_of_its_own_after_a_quotation_does_not_take_it() -> None:
    doc = _describing_as_reckless()
    assert doc.text == "Ann Lee is describing as “reckless” a Tom Hale tweet attacking the budget."
    found = find_candidates(DocIndex(doc, load_language("en")))
    said = {doc.text[c.content[0] : c.content[1]]: c for c in found}
    assert "reckless" not in said  # not the tweet's words
    attack = said["the budget"]  # what the tweet does, for its named owner
    assert attack.speaker_token is not None and doc[attack.speaker_token].text == "Hale"
